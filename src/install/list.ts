// `gotong ls`: the workspace's modules from the lockfile, marked direct or
// not and whether they are in place.
import { readLockfile } from '../manifest/lockfile.js';
import { readInstalledState } from './state.js';
import { loadWorkspace } from './workspace.js';

export interface ListedModule {
  name: string;
  version: string;
  direct: boolean;
  installed: boolean;
  integrity: string;
}

export async function listWorkspace(cwd: string): Promise<{ modules: ListedModule[] }> {
  const workspace = await loadWorkspace(cwd);
  const lock = await readLockfile(cwd);
  const state = await readInstalledState(workspace.paths);
  const direct = workspace.manifest.dependencies ?? {};
  const modules = Object.entries(lock?.modules ?? {}).map(([name, m]) => ({
    name,
    version: m.version,
    direct: name in direct,
    installed: state.modules[name]?.integrity === m.integrity,
    integrity: m.integrity,
  }));
  return { modules };
}
