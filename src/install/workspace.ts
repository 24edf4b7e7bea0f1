// The workspace: a folder with gotong.json (usually private), its lockfile
// and gotong_modules/. gotong's own bookkeeping lives in gotong_modules/.gotong
// so that renames between it and the tree stay on one file system.
import { join } from 'node:path';
import { pathExists } from '../core/fsx.js';
import { readManifest } from '../manifest/manifest.js';
import type { ModuleManifest } from '../manifest/types.js';

export const MODULES_DIR = 'gotong_modules';

export interface WorkspacePaths {
  dir: string;
  manifestFile: string;
  lockFile: string;
  modulesDir: string;
  internalDir: string;
  stateFile: string;
  /** Hashes of what the last install left (up-to-date.ts). */
  stampFile: string;
  journalFile: string;
  lockPath: string;
  stagingRoot: string;
  trashRoot: string;
}

export function workspacePaths(dir: string): WorkspacePaths {
  const modulesDir = join(dir, MODULES_DIR);
  const internalDir = join(modulesDir, '.gotong');
  return {
    dir,
    manifestFile: join(dir, 'gotong.json'),
    lockFile: join(dir, 'gotong-lock.json'),
    modulesDir,
    internalDir,
    stateFile: join(internalDir, 'state.json'),
    stampFile: join(internalDir, 'up-to-date.json'),
    journalFile: join(internalDir, 'journal.json'),
    lockPath: join(internalDir, 'workspace.lock'),
    stagingRoot: join(internalDir, 'staging'),
    trashRoot: join(internalDir, 'trash'),
  };
}

/** `@bandung/ui-kit` -> gotong_modules/@bandung/ui-kit */
export function moduleDir(paths: WorkspacePaths, fullName: string): string {
  return join(paths.modulesDir, ...fullName.split('/'));
}

export interface LoadedWorkspace {
  paths: WorkspacePaths;
  manifest: ModuleManifest;
  /** False when gotong.json did not exist and a default was made in memory. */
  existed: boolean;
}

export async function loadWorkspace(dir: string): Promise<LoadedWorkspace> {
  const paths = workspacePaths(dir);
  if (!(await pathExists(paths.manifestFile))) {
    return { paths, manifest: { private: true, dependencies: {} }, existed: false };
  }
  return { paths, manifest: await readManifest(dir), existed: true };
}
