// install = resolve -> fetch -> verify -> extract/link -> lock, under the
// workspace lock. A failure at any stage before link leaves the workspace
// untouched; link itself is journaled (link.ts). This module holds only what
// an install with nothing to do needs; the rest (install-run.ts) is loaded
// when there is work.
import { promises as fs } from 'node:fs';
import { pathExists, withLock } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { recoverInterruptedLink } from './link.js';
import type { InstallOptions, InstallResult } from './install-types.js';
import { installedIfUnchanged, type FreshnessOptions, type UpToDate } from './up-to-date.js';
import { workspacePaths, type WorkspacePaths } from './workspace-paths.js';

export type { InstallOptions, InstallResult, VersionChange } from './install-types.js';
export type { InstalledEntry, UpToDate, Verification } from './up-to-date.js';
export type { VersionWarning } from './version-warnings.js';

/** Runs `work` under the workspace lock, after finishing or undoing an interrupted install. */
function inWorkspace<T>(cwd: string, paths: WorkspacePaths, work: () => Promise<T>): Promise<T> {
  return withLock(paths.lockPath, { waitMs: 30_000, what: t('install.folder.workspace', { path: cwd }) }, async () => {
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

