// The top of a registry repository: the two folders of its TUF repository
// and the unsigned description beside them. Every layer meets here: the
// transports (src/registry/) keep namespace branches under the targets
// folder, the trust layer names the files inside both folders
// (trust/file-names.ts), and mirrors and bundles copy them.
export const REGISTRY_INFO_FILE = 'registry.json';
export const METADATA_DIR = 'metadata';
export const TARGETS_DIR = 'targets';
