// The shapes of gotong's JSON files. The JSON Schemas in registry-schema/ are
// the source of truth for what is valid; these types mirror them for code.
import type { SettingDeclarations } from '../settings/types.js';

/** Text in Bahasa Indonesia and/or English. A plain string is taken as Indonesian. */
export type LocalizedText = string | { id?: string; en?: string };

export type ModuleKind = 'app' | 'library' | 'data' | 'service' | 'ui';

/** gotong.json of a module (publishable) or of a workspace (`private: true`). */
export interface ModuleManifest {
  /** The schema an editor should use; gotong ignores it. */
  $schema?: string;
  name?: string;
  version?: string;
  private?: boolean;
  description?: LocalizedText;
  type?: ModuleKind;
  category?: string;
  keywords?: string[];
  license?: string;
  repository?: string;
  homepage?: string;
  /** Publishing organisation's display name, e.g. "Diskominfo Kota Bandung". */
  publisher?: string;
  dependencies?: Record<string, string>;
  /** Glob-free list of files or folders to pack; default: everything but ignored names. */
  files?: string[];
  /** Workspace only: registry name or URL to install from. */
  registry?: string;
  /** Values each installing organisation gives the module (src/settings/). */
  settings?: SettingDeclarations;
  /** Fields named `x-...` belong to organisations and tools; gotong keeps them and ignores them. */
  [extension: `x-${string}`]: unknown;
}

/** A module manifest that passed validation for publishing: name and version are present. */
export interface PublishableManifest extends ModuleManifest {
  name: string;
  version: string;
}

/** One version in a module index target (`<ns>/<name>/index.json`). */
export interface IndexVersion {
  /** TUF target path of the tarball, e.g. `bandung/e-musrenbang/e-musrenbang-2.1.0.tgz`. */
  target: string;
  length: number;
  sha256: string;
  /** Subresource-integrity string `sha512-<base64>`. */
  integrity: string;
  dependencies: Record<string, string>;
  publishedAt: string;
  publisherKeyId: string;
  yanked: boolean;
  /** Why the version was yanked, while it is (absent when its publisher gave no reason). */
  yankedReason?: string;
  /** When it was yanked (ISO), while it is. */
  yankedAt?: string;
  deprecated: string | null;
  /** Descriptive fields copied from the manifest for info, search and the catalog. */
  description?: LocalizedText;
  /**
   * A ModuleKind when written by this gotong. The index is read by every client
   * version, so a kind added later must not make older clients refuse the file:
   * treat an unknown value as opaque text.
   */
  type?: string;
  category?: string;
  keywords?: string[];
  license?: string;
  repository?: string;
  homepage?: string;
  publisher?: string;
  /** Fields of the version's publiccode.yml, when it had one without errors (src/publiccode/summary.ts). */
  publiccode?: PubliccodeSummary;
  /** Where the version came from (docs/TRANSPARENCY.md); absent in versions published before it was recorded. */
  provenance?: VersionProvenance;
}

/** The provenance a version's signed index entry carries (src/provenance/provenance.ts). */
export interface VersionProvenance {
  /** The git source, when the module folder was in a git repository with a commit. */
  source?: {
    /** Address without credentials, or null when the repository had no usable remote. */
    repository: string | null;
    commit: string;
    /** The module folder in the repository, `/`-separated; `.` for its root. */
    path: string;
    /** Published with --allow-dirty from a tree that differed from the commit. */
    dirty: boolean;
  };
  ci?: { system: string; runUrl: string };
  /** The gotong version that packed and published it. */
  gotongVersion: string;
  /** Hex sha512 of the uncompressed tar stream. */
  tarSha512: string;
}

/** What an index entry keeps of a publiccode.yml (standard version 0.x). */
export interface PubliccodeSummary {
  publiccodeYmlVersion: string;
  developmentStatus: string;
  softwareType: string;
  categories: string[];
  platforms: string[];
  intendedAudience?: { countries?: string[]; unsupportedCountries?: string[]; scope?: string[] };
  maintenance: {
    type: string;
    contacts: Array<{ name: string; email?: string; phone?: string; affiliation?: string }>;
    contractors: Array<{ name: string; until: string; email?: string; website?: string }>;
  };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
}

/** A module index target: every version of one module. */
export interface ModuleIndex {
  schemaVersion: 1;
  name: string;
  versions: Record<string, IndexVersion>;
}

export interface LockedModule {
  version: string;
  target: string;
  length: number;
  integrity: string;
  dependencies: Record<string, string>;
}

/** gotong-lock.json. */
export interface Lockfile {
  lockfileVersion: 1;
  registry: { url: string; rootSha256: string };
  /** The workspace's direct dependencies when the lock was written: --frozen compares them. */
  requested: Record<string, string>;
  modules: Record<string, LockedModule>;
}

/** registry.json at the top of a registry repository (unsigned, informative). */
export interface RegistryInfo {
  name: string;
  protocolVersion: 1;
  description?: string;
  /** Where target files live relative to the repository; the one place that may later name a static host. */
  targetsBase: string;
  metadataBase: string;
  /**
   * How publishes reach main (docs/DECISIONS.md, "Direct and staged publishing"):
   * `direct`, each publisher also signs snapshot and timestamp with the online
   * key; `staged`, publishers push proposals that the registry's own pipeline
   * accepts. Absent: direct (registries made before the field existed).
   */
  mode?: RegistryMode;
}

export type RegistryMode = 'direct' | 'staged';

/** An adoption record target `<namespace>/_adoption/<workspace>.json`: what one workspace of a city runs. */
export interface AdoptionRecord {
  schemaVersion: 1;
  namespace: string;
  workspace: string;
  reportedAt: string;
  /** Module name -> exact version installed. */
  modules: Record<string, string>;
}

/** One statement of an attestations file: the verifier rebuilt this version to the same tar. */
export interface AttestationStatement {
  /** The module, in the file's subject namespace. */
  module: string;
  version: string;
  /** The published tarball's integrity as the subject's signed index names it. */
  integrity: string;
  /** Hex sha512 of the uncompressed tar stream, published and rebuilt alike. */
  tarSha512: string;
  /** Where the verifier got the source: the address fetched (null for a local checkout) and the commit. */
  source: { repository: string | null; commit: string; [unknown: string]: unknown };
  reproducedAt: string;
  gotongVersion: string;
  [unknown: string]: unknown;
}

/** An attestations target `<namespace>/_attestations/<subject>.json`: what one city reproduced of another's versions. */
export interface AttestationFile {
  schemaVersion: 1;
  /** The verifying city, whose namespace signs the file. */
  namespace: string;
  /** The namespace whose versions the statements are about. */
  subject: string;
  /** Oldest first; only ever appended to. */
  statements: AttestationStatement[];
  [unknown: string]: unknown;
}

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface Advisory {
  id: string;
  /** The affected versions, a SemVer range. */
  range: string;
  severity: Severity;
  summary: string;
  /** The first version with the fix; null while there is none. */
  fixedIn: string | null;
  publishedAt: string;
  updatedAt?: string;
  [unknown: string]: unknown;
}

/** The advisories target `<namespace>/<name>/advisories.json` of one module. */
export interface AdvisoryFile {
  schemaVersion: 1;
  name: string;
  advisories: Advisory[];
  [unknown: string]: unknown;
}
