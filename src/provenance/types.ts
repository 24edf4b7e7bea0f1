// The provenance record lives with the index entry it belongs to (manifest/types.ts).
export type { VersionProvenance } from '../manifest/types.js';
