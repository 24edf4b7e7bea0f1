// What an install is asked and what it answers: the types shared by the
// light entry (install.ts, enough for an install with nothing to do) and the
// run that does the work (install-run.ts), which the entry loads lazily.
import type { Reporter } from '../core/reporter.js';
import type { SettingsInput } from '../settings/settle.js';
import type { InstalledEntry, Verification } from './up-to-date.js';
import type { VersionWarning } from './version-warnings.js';

export interface InstallOptions {
  cwd: string;
  /** Module specs to add to the workspace's dependencies (`@bandung/ui-kit@^1.2`). */
  add?: string[];
  registry?: string;
  frozen?: boolean;
  offline?: boolean;
  /** Check against the registry even when the last check is recent. */
  refresh?: boolean;
  /**
   * Modules whose lockfile pins the resolver ignores, so that they move to the
   * newest version their ranges allow ('all': every module); `gotong update`.
   */
  unlock?: string[] | 'all';
  /** Read the registry from this offline bundle (`gotong bundle create`) instead of the network. */
  fromBundle?: string;
  /**
   * The root fingerprint the registry must have (`--root-sha256`): pins a
   * registry that is not configured on this machine, as the lockfile's does,
   * so that a bundle installs on a machine with neither.
   */
  rootSha256?: string;
  /** Accept a bundle whose signed metadata has expired, with a loud warning. */
  allowExpiredBundle?: boolean;
  /** Settings values given on this run, and how to ask for missing required ones (src/settings/). */
  settings?: SettingsInput;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

/** A module whose version this install changed (from null: newly installed; to null: removed). */
export interface VersionChange {
  name: string;
  from: string | null;
  to: string | null;
}

export interface InstallResult {
  installed: InstalledEntry[];
  /** Modules placed anew in this run, extracted or linked from the module store (the rest were already in place). */
  changed: string[];
  removed: string[];
  upToDate: boolean;
  /** The last check of the workspace against the registry's signed metadata: this install's, unless it was --offline or answered from the record. */
  verified: Verification | null;
  /** Yanked and deprecated versions in the tree, also reported as warnings; empty when the registry was not read. */
  warnings: VersionWarning[];
  versionChanges: VersionChange[];
}
