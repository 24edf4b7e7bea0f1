// The provenance a version's signed index entry carries (`provenance`).
import type { CiRun } from './ci-run.js';

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
  ci?: CiRun;
  /** The gotong version that packed and published it. */
  gotongVersion: string;
  /** Hex sha512 of the uncompressed tar stream. */
  tarSha512: string;
}
