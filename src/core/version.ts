// The gotong version: printed by `gotong --version` and recorded in the
// provenance of every version it publishes.
export const GOTONG_VERSION = '0.1.0';
