// The workspace: a folder with gotong.json (usually private), its lockfile
// and gotong_modules/. gotong's own bookkeeping lives in gotong_modules/.gotong
// so that renames between it and the tree stay on one file system.
import { pathExists } from '../core/fsx.js';
import { readManifest } from '../manifest/manifest.js';
import type { ModuleManifest } from '../manifest/types.js';
import { workspacePaths, type WorkspacePaths } from './workspace-paths.js';

export { MODULES_DIR, moduleDir, workspacePaths, type WorkspacePaths } from './workspace-paths.js';

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
