// uninstall: drop modules from the workspace's dependencies and remove what
// nothing needs any more. Works from the lockfile alone, so it never needs
// the registry.
import { GotongError } from '../core/errors.js';
import { withLock } from '../core/fsx.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { readLockfile, serializeLockfile } from '../manifest/lockfile.js';
import { removeDependency, serializeManifest } from '../manifest/manifest.js';
import { parseModuleName } from '../manifest/names.js';
import type { Lockfile } from '../manifest/types.js';
import { t } from '../i18n/translate.js';
import { applyLinkPlan, newTransactionId, recoverInterruptedLink } from './link.js';
import { readInstalledState, serializeState } from './state.js';
import { loadWorkspace, workspacePaths } from './workspace.js';

export interface UninstallOptions {
  cwd: string;
  modules: string[];
  reporter: Reporter;
}

export interface UninstallResult {
  removed: string[];
  remaining: number;
}

/** Names reachable from `roots` through the lockfile's recorded dependencies. */
export function lockClosure(lock: Lockfile, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name) || !lock.modules[name]) continue;
    seen.add(name);
    stack.push(...Object.keys(lock.modules[name].dependencies));
  }
  return seen;
}

export async function uninstall(options: UninstallOptions): Promise<UninstallResult> {
  if (!(await loadWorkspace(options.cwd)).existed) {
    throw new GotongError('GOTONG_E_MANIFEST_MISSING', t('install.noWorkspace', { dir: options.cwd }), { hint: t('install.noWorkspace.hint') });
  }
  return withLock(workspacePaths(options.cwd).lockPath, { waitMs: 30_000, what: t('install.folder.workspace', { path: options.cwd }) }, async () => {
    await recoverInterruptedLink(workspacePaths(options.cwd));
    // Read gotong.json only under the lock: another command may have just changed it.
    const workspace = await loadWorkspace(options.cwd);
    let manifest = workspace.manifest;
    for (const text of options.modules) {
      const { fullName } = parseModuleName(text);
      if (!manifest.dependencies?.[fullName]) {
        throw new GotongError('GOTONG_E_NOT_INSTALLED', t('install.notDependency', { name: fullName }), { hint: t('install.notDependency.hintList') });
      }
      manifest = removeDependency(manifest, fullName);
    }
    const lock = await readLockfile(workspace.paths.dir);
    const state = await readInstalledState(workspace.paths);
    const requested = manifest.dependencies ?? {};
    const keep = lock ? lockClosure(lock, Object.keys(requested)) : new Set<string>();
    const removed = Object.keys(state.modules).filter((name) => !keep.has(name));
    for (const name of removed) delete state.modules[name];
    const files = [
      { path: workspace.paths.manifestFile, content: serializeManifest(manifest) },
      { path: workspace.paths.stateFile, content: serializeState(state) },
    ];
    if (lock) {
      const modules = Object.fromEntries(Object.entries(lock.modules).filter(([name]) => keep.has(name)));
      files.push({ path: workspace.paths.lockFile, content: serializeLockfile({ ...lock, requested, modules }) });
    }
    await stage(options.reporter, 'link', () => applyLinkPlan(workspace.paths, { txid: newTransactionId(), place: [], remove: removed, files }));
    return { removed, remaining: Object.keys(state.modules).length };
  });
}
