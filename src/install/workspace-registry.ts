// The registry a workspace installs from, opened for reading as install opens
// it (the same precedence of --registry, GOTONG_REGISTRY, gotong.json and the
// user's default; the lockfile's root fingerprint as a pin), for the commands
// that compare the workspace with what the registry offers: outdated, and
// update --latest before it asks to move ranges.
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { readLockfile } from '../manifest/lockfile.js';
import type { Lockfile } from '../manifest/types.js';
import { locateRegistry } from '../registry/locate.js';
import { openRegistry } from '../verified/open-registry.js';
import { ContentCache } from '../verified/cache.js';
import { targetReader, type TargetReader } from '../verified/targets.js';
import { loadWorkspace, type LoadedWorkspace } from './workspace.js';

export interface WorkspaceRegistryOptions {
  cwd: string;
  registry?: string;
  offline?: boolean;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export interface WorkspaceAndRegistry {
  workspace: LoadedWorkspace;
  lock: Lockfile | null;
  /** Index files and targets, each verified through TUF. */
  reader: TargetReader;
  /** The registry's name or URL, without credentials. */
  registryLabel: string;
}

export async function openWorkspaceRegistry(options: WorkspaceRegistryOptions): Promise<WorkspaceAndRegistry> {
  const workspace = await loadWorkspace(options.cwd);
  const lock = await readLockfile(options.cwd);
  const location = await locateRegistry({ flag: options.registry, workspace: workspace.manifest.registry, env: options.env });
  const opened = await openRegistry({ location, offline: options.offline ?? false, lockedRootSha256: lock?.registry.rootSha256 ?? null, allowFirstUse: true, reporter: options.reporter, env: options.env });
  const reader = targetReader(opened.trusted, new ContentCache(gotongPaths(options.env).cacheDir, options.reporter));
  return { workspace, lock, reader, registryLabel: location.label };
}
