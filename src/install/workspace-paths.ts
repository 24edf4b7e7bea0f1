// Where a workspace keeps what: kept apart from reading gotong.json so that
// the commands that only need the paths (an install with nothing to do) do not
// load the manifest reader.
import { join } from 'node:path';

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
  /** Modules `gotong verify` found changed, for the next install to place again (repair.ts). */
  repairFile: string;
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
    repairFile: join(internalDir, 'repair.json'),
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
