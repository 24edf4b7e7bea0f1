// Who reproduced each version: other cities that rebuilt it from its recorded
// source commit and signed an attestation (`gotong rebuild-verify --attest`,
// docs/TRANSPARENCY.md). This file is the single place the catalog learns it:
// prepareCatalog (view.ts) calls reproducedByOf once per module and stores the
// lists on its versions; the module page and the city history page only read
// `VersionView.reproducedBy`. The attestations files come in the catalog's
// input, read and checked through the verified reader (from-registry.ts).
import { reproducedBy, type Reproduction } from '../provenance/attestations.js';
import type { CatalogInput } from './model.js';

/** One city's signed statement that it rebuilt a version to the same tar. Untrusted text: escaped when shown. */
export type ReproducedBy = Reproduction;

/**
 * One `reproducedBy` list per version of `fullName`, in the order of
 * `versions` (`versions[i]` gets `result[i]`): the statements that name the
 * version with the integrity it is published with.
 */
export function reproducedByOf(input: CatalogInput, fullName: string, versions: readonly { version: string; integrity: string }[]): ReproducedBy[][] {
  const files = input.attestations ?? [];
  return versions.map((v) => (files.length === 0 ? [] : reproducedBy(files, fullName, v.version, v.integrity)));
}
