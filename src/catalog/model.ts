// What the catalog is built from. The registry reader produces this from
// metadata it has already verified through TUF; the catalog itself never
// touches signatures. Everything a publisher wrote (index fields, README) is
// untrusted text from another organisation and is only ever escaped.
import type { AdoptionRecord, Advisory, ModuleIndex, AttestationFile } from '../manifest/types.js';

export interface CatalogInput {
  registry: { name: string; url: string; rootSha256: string; generatedAt: string /* ISO */ };
  namespaces: Array<{ name: string; keyIds: string[]; threshold: number }>;
  modules: Array<{ namespace: string; index: ModuleIndex; readme: string | null /* README.md of the newest non-yanked version, untrusted */ }>;
  /** Signed adoption records and advisories for the command-centre page; absent means none were read. */
  adoption?: AdoptionInput;
  /** Every attestations file the namespaces sign (who reproduced which version), refused ones already left out; absent means none were read. */
  attestations?: AttestationFile[];
}

export interface AdoptionInput {
  /** Every adoption record the namespaces sign (one per workspace), refused ones already left out. */
  records: AdoptionRecord[];
  advisories: Array<{ module: string; advisories: Advisory[] }>;
}
