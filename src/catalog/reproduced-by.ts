// Who reproduced each version: other cities that rebuilt it from its recorded
// source commit and signed an attestation (`gotong rebuild-verify --attest`,
// docs/TRANSPARENCY.md). This file is the single place the catalog learns it:
// prepareCatalog (view.ts) calls reproducedByOf once per module and stores the
// lists on its versions; the module page and the city history page only read
// `VersionView.reproducedBy`. Until the attestation reader is wired in, every
// list is empty and the pages say so.
import type { CatalogInput } from './model.js';

/** One city's signed statement that it rebuilt a version to the same bytes. Untrusted text: escaped when shown. */
export interface ReproducedBy {
  /** The namespace whose key signed the attestation, e.g. `kuburaya`. */
  namespace: string;
  /** The id of the key that signed it. */
  keyId: string;
  /** When it was attested (ISO 8601), '' when unknown. */
  attestedAt: string;
}

/**
 * The hook: one `reproducedBy` list per version of `fullName`, in the order
 * of `versions` (`versions[i]` gets `result[i]`). Returns empty lists for now;
 * wiring the attestation reader means filling them here from `_input` (renamed
 * `input` then).
 */
export function reproducedByOf(_input: CatalogInput, _fullName: string, versions: readonly { version: string }[]): ReproducedBy[][] {
  return versions.map(() => []);
}
