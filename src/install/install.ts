// install = resolve -> fetch -> verify -> extract/link -> lock, under the
// workspace lock. A failure at any stage before link leaves the workspace
// untouched; link itself is journaled (link.ts). This module holds only what
// an install with nothing to do needs; the rest (install-run.ts) is loaded
// when there is work.
import { promises as fs } from 'node:fs';
import { pathExists, withLock } from '../core/fsx.js';
import type { Reporter } from '../core/reporter.js';
import type { SettingsInput } from '../settings/settle.js';
import { recoverInterruptedLink } from './link.js';
import { installedIfUnchanged, type FreshnessOptions, type InstalledEntry, type UpToDate, type Verification } from './up-to-date.js';
import type { VersionWarning } from './version-warnings.js';
import { workspacePaths, type WorkspacePaths } from './workspace-paths.js';

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
  /** Accept a bundle whose signed metadata has expired, with a loud warning. */
  allowExpiredBundle?: boolean;
  /** Settings values given on this run, and how to ask for missing required ones (src/settings/). */
  settings?: SettingsInput;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export type { InstalledEntry, UpToDate, Verification } from './up-to-date.js';
export type { VersionWarning } from './version-warnings.js';

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

/** Runs `work` under the workspace lock, after finishing or undoing an interrupted install. */
function inWorkspace<T>(cwd: string, paths: WorkspacePaths, work: () => Promise<T>): Promise<T> {
  return withLock(paths.lockPath, { waitMs: 30_000, what: `the workspace ${cwd}` }, async () => {
    await recoverInterruptedLink(paths);
    return work();
  });
}

/**
 * The installed modules when nothing changed since the last install and its
 * check against the registry still answers, else null; never creates
 * anything (without the record of an earlier install, taking the lock would
 * create gotong_modules/). For the early answer of the command line
 * (cli/up-to-date-answer.ts).
 */
export async function installedIfNothingChanged(cwd: string, options: FreshnessOptions): Promise<UpToDate | null> {
  const paths = workspacePaths(cwd);
  if (!(await pathExists(paths.stampFile))) return null;
  return inWorkspace(cwd, paths, () => installedIfUnchanged(paths, options));
}

export async function install(options: InstallOptions): Promise<InstallResult> {
  const paths = workspacePaths(options.cwd);
  const firstInstall = !(await pathExists(paths.modulesDir));
  try {
    return await inWorkspace(options.cwd, paths, async () => {
      if (!options.add?.length && !options.unlock) {
        const unchanged = await installedIfUnchanged(paths, options);
        if (unchanged) return { installed: unchanged.installed, changed: [], removed: [], upToDate: true, verified: unchanged.verified, warnings: [], versionChanges: [] };
      }
      const { installInWorkspace } = await import('./install-run.js');
      return await installInWorkspace(options);
    });
  } catch (error) {
    // A first install that fails leaves no empty gotong_modules/ behind (rmdir removes only empty folders).
    if (firstInstall) for (const dir of [paths.stagingRoot, paths.trashRoot, paths.internalDir, paths.modulesDir]) await fs.rmdir(dir).catch(() => undefined);
    throw error;
  }
}

