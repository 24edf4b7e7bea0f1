// The install itself, once the workspace may have something to do
// (install.ts answers "nothing changed" without loading this).
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { mapLimit } from '../core/concurrency.js';
import { GotongError } from '../core/errors.js';
import { pathExists, readFileOrNull, writeFileAtomic } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import { stage, type Reporter } from '../core/reporter.js';
import { readLockfile, serializeLockfile } from '../manifest/lockfile.js';
import { addDependency, serializeManifest } from '../manifest/manifest.js';
import { parseModuleSpec } from '../manifest/names.js';
import type { Lockfile, ModuleManifest } from '../manifest/types.js';
import { generatedFile, writeGeneratedIfChanged } from '../settings/installed.js';
import { settleSettings, type SettledSettings } from '../settings/settle.js';
import { settingsFile } from '../settings/store.js';
import { ContentCache } from '../verified/cache.js';
import { useFolder } from '../verified/in-use.js';
import { rememberWorkspace } from './known-workspaces.js';
import { linkAhead, modulePlacer, placementWorkers, type LinkedAhead, type ModulePlacer, type Placement, type PlacementWorkers } from './place.js';
import { forgetRepair, readRepairList } from './repair.js';
import { ModuleStore } from './store.js';
import { applyLinkPlan, newTransactionId, stagingDir } from './link.js';
import { assertFrozenUsable, assertLockedVersionsUnchanged, buildLockfile, expectedRootOf, lockfileStaleness } from './lock.js';
import { resolveDependencies, type Resolution, type ResolvedModule } from './resolve.js';
import { readInstalledState, serializeState, type InstalledState } from './state.js';
import { assertEntryMatchesTarget, targetReader, type TargetReader } from '../verified/targets.js';
import { t } from '../i18n/translate.js';
import { lastVerification, recent, sameRegistry, stampFor, verificationOf, type Verification } from './up-to-date.js';
import { loadWorkspace, moduleDir, type LoadedWorkspace } from './workspace.js';
import { reportVersionWarnings, versionWarnings, type VersionWarning } from './version-warnings.js';
import type { InstallOptions, InstallResult, VersionChange } from './install-types.js';
import type { InstalledEntry } from './up-to-date.js';

const FETCH_CONCURRENCY = 8;

function listInstalled(lock: Lockfile): InstalledEntry[] {
  return Object.entries(lock.modules).map(([name, m]) => ({ name, version: m.version, integrity: m.integrity }));
}

/** True when the tree already holds exactly what the lockfile says. */
async function treeMatches(workspace: LoadedWorkspace, lock: Lockfile, state: InstalledState): Promise<boolean> {
  const lockedNames = Object.keys(lock.modules);
  if (lockedNames.length !== Object.keys(state.modules).length) return false;
  if (!lockedNames.every((name) => state.modules[name]?.integrity === lock.modules[name].integrity)) return false;
  return (await presentModules(workspace, lockedNames)).size === lockedNames.length;
}

/** Names whose folder exists in gotong_modules (a deleted folder is reinstalled). */
async function presentModules(workspace: LoadedWorkspace, names: string[]): Promise<Set<string>> {
  const present = await Promise.all(names.map((name) => pathExists(moduleDir(workspace.paths, name))));
  return new Set(names.filter((_, i) => present[i]));
}

function lockedResolution(lock: Lockfile): Resolution {
  const modules = new Map();
  for (const [name, m] of Object.entries(lock.modules)) {
    modules.set(name, {
      name,
      version: m.version,
      entry: { target: m.target, length: m.length, integrity: m.integrity, sha256: '', dependencies: m.dependencies, publishedAt: '', publisherKeyId: '', yanked: false, deprecated: null },
    });
  }
  return { modules };
}

/** The modules whose lockfile pins `gotong update` lifts; each must be one the workspace has. */
function unlockedModules(unlock: InstallOptions['unlock'], requested: Record<string, string>, lock: Lockfile | null): Set<string> {
  if (unlock === 'all') return new Set(Object.keys(lock?.modules ?? {}));
  for (const name of unlock ?? []) {
    if (!Object.hasOwn(requested, name) && !(lock && Object.hasOwn(lock.modules, name))) {
      throw new GotongError('GOTONG_E_NOT_INSTALLED', t('install.notDependency', { name }), {
        hint: t('install.notDependency.hint'),
        details: { module: name },
      });
    }
  }
  return new Set(unlock ?? []);
}

/** --frozen takes its versions from the lockfile, so their yanked and deprecated states come from the index files. */
async function withIndexedState(resolution: Resolution, reader: TargetReader): Promise<ResolvedModule[]> {
  return Promise.all([...resolution.modules.values()].map(async (m) => ({ ...m, entry: (await reader.loadIndex(m.name)).versions[m.version] ?? m.entry })));
}

function versionChanges(before: Lockfile | null, after: Lockfile): VersionChange[] {
  const names = [...new Set([...Object.keys(before?.modules ?? {}), ...Object.keys(after.modules)])].sort();
  return names.map((name) => ({ name, from: before?.modules[name]?.version ?? null, to: after.modules[name]?.version ?? null })).filter((c) => c.from !== c.to);
}

interface Fetched {
  module: ResolvedModule;
  placement: Placement;
}

interface Prepared {
  newLock: Lockfile;
  removed: string[];
  nextState: InstalledState;
  fetched: Fetched[];
  /** When the registry's signed metadata was checked. */
  verifiedAt: Date;
  warnings: VersionWarning[];
  settings: SettledSettings;
  /** Modules left in place: their settings file is rewritten where it changed. */
  kept: string[];
}

/**
 * verify: the resolver's index entry (or the lockfile) must name the bytes
 * the TUF-signed target info names; read() checks the bytes themselves.
 */
async function assertSigned(reader: TargetReader, module: ResolvedModule): Promise<void> {
  const info = await reader.info(module.entry.target);
  assertEntryMatchesTarget(module.name, module.version, { ...module.entry, sha256: module.entry.sha256 || info.hashes.sha256 }, info);
}

/**
 * Each module is linked from the module store when it holds the module's
 * tarball; otherwise the tarball is extracted as soon as its bytes are
 * verified, on another core when there is one, while the next ones are
 * fetched and checked. Fills in nextState's files.
 */
async function placeModules(job: { toExtract: ResolvedModule[]; placer: ModulePlacer; nextState: InstalledState; destinationOf: (module: ResolvedModule) => string; reporter: Reporter }): Promise<Fetched[]> {
  const { toExtract, placer, nextState, reporter } = job;
  let fetched: Fetched[];
  try {
    fetched = await stage(reporter, 'fetch', () => {
      let done = 0;
      return mapLimit(toExtract, FETCH_CONCURRENCY, async (module) => {
        await assertSigned(placer.reader, module);
        const placement = await placer.place(module, job.destinationOf(module));
        placement.files.catch(() => undefined); // awaited in the extract stage
        reporter.emit({ type: 'progress', stage: 'fetch', done: ++done, total: toExtract.length });
        return { module, placement };
      });
    });
    await stage(reporter, 'extract', async () => {
      await placer.pool.help();
      for (const { module, placement } of fetched) {
        const files: InstalledState['modules'][string]['files'] = {};
        for (const file of await placement.files) files[file.path] = { size: file.size, integrity: file.integrity, executable: file.executable };
        nextState.modules[module.name] = { version: module.version, integrity: module.entry.integrity, files };
      }
    });
  } catch (error) {
    // Nothing may still be extracting when the caller removes the staging folder.
    await placer.pool.abandon().catch(() => undefined);
    throw error;
  }
  await placer.pool.close();
  return fetched;
}

/** Reads gotong.json (under the workspace lock: another install may have just added to it) and installs. */
export async function installInWorkspace(options: InstallOptions): Promise<InstallResult> {
  const workspace = await loadWorkspace(options.cwd);
  // Recorded for `gotong store prune`, and the store marked as used, so that no prune removes an entry this install makes or links.
  const home = gotongPaths(options.env);
  await rememberWorkspace(home.home, options.cwd);
  const release = await useFolder(home.storeDir, t('install.folder.store'));
  try {
    return await installLocked(workspace, options);
  } finally {
    release();
  }
}

async function installLocked(workspace: LoadedWorkspace, options: InstallOptions): Promise<InstallResult> {
  const { reporter } = options;
  const { paths } = workspace;
  const specs = (options.add ?? []).map(parseModuleSpec);
  if (options.frozen && specs.length > 0) {
    throw new GotongError('GOTONG_E_USAGE', t('install.frozenAdd'), {
      hint: t('install.frozenAdd.hint'),
    });
  }
  let manifest: ModuleManifest = workspace.manifest;
  for (const spec of specs) manifest = addDependency(manifest, spec.fullName, spec.range ?? '*');
  const requested = manifest.dependencies ?? {};
  const lock = await readLockfile(paths.dir);
  const state = await readInstalledState(paths);
  const repair = await readRepairList(paths);
  if (options.frozen) assertFrozenUsable(lock, requested);
  const expectedRoot = expectedRootOf(options.rootSha256, lock);
  const unlocked = unlockedModules(options.unlock, requested, lock);

  // Loaded only now, so that an install with nothing to do never loads git, TUF or HTTP.
  const [{ locateRegistry }, { openRegistry }, { redactUrl }] = await Promise.all([import('../registry/locate.js'), import('../verified/open-registry.js'), import('../registry/redact.js')]);
  // From a bundle, a machine that never reached the registry installs a copied workspace: its lockfile names the registry and pins its root.
  const lockedRegistry = options.fromBundle ? lock?.registry.url : undefined;
  const location = await locateRegistry({ flag: options.registry, workspace: manifest.registry ?? lockedRegistry, env: options.env });
  const registryUrl = redactUrl(location.url);
  // The last check against this registry (none, when it was another one).
  const previous = await lastVerification(paths).then((verified) => (sameRegistry(verified, location, registryUrl) ? verified : null));
  if (specs.length === 0 && !options.unlock && !options.settings?.supplied.length && lock && workspace.existed && !repair.pending && previous && recent(previous, options) && lockfileStaleness(lock, requested) === null && (await treeMatches(workspace, lock, state))) {
    return { installed: listInstalled(lock), changed: [], removed: [], upToDate: true, verified: previous, warnings: [], versionChanges: [] };
  }

  const present = await presentModules(workspace, Object.keys(state.modules));
  const keeps = (name: string, integrity: string) => state.modules[name]?.integrity === integrity && present.has(name) && !repair.includes(name);
  const txid = newTransactionId();
  const staging = stagingDir(paths, txid);
  const destinationOf = (module: ResolvedModule) => join(staging, ...module.name.split('/'));
  const store = new ModuleStore(gotongPaths(options.env).storeDir);
  // Started once it is known how many modules there are to place.
  const workers: { started?: PlacementWorkers } = {};
  const startWorkers = (modules: number) => (workers.started ??= placementWorkers(store, modules));
  // With --frozen the versions are known before the registry is read: the
  // modules the store holds are linked while it is opened, and each is used
  // only once the signed metadata has named the same integrity.
  const lockedAhead = options.frozen ? lockedResolution(lock!) : null;
  let ahead: LinkedAhead = new Map();
  if (lockedAhead) {
    const toLink = [...lockedAhead.modules.values()].filter((m) => !keeps(m.name, m.entry.integrity));
    ahead = linkAhead(store, startWorkers(toLink.length), toLink, destinationOf);
  }

  // An offline bundle stands in for the registry; its throwaway trust folder goes once the install is done.
  const bundle: { close?: () => Promise<void>; explain?: (error: unknown) => unknown } = {};
  async function openBundleOnce(file: string) {
    const { openBundle } = await import('../verified/open-bundle.js');
    const opened = await openBundle({ file: resolve(options.cwd, file), location, lockedRootSha256: expectedRoot.sha256, pinnedBy: expectedRoot.by, allowExpired: options.allowExpiredBundle ?? false, reporter, env: options.env });
    bundle.close = opened.close;
    bundle.explain = opened.explain;
    return opened;
  }

  async function resolveAndPlace(): Promise<Prepared> {
    const opened = options.fromBundle
      ? await openBundleOnce(options.fromBundle)
      : await openRegistry({
          location,
          offline: options.offline ?? false,
          lockedRootSha256: expectedRoot.sha256, pinnedBy: expectedRoot.by,
          allowFirstUse: !options.frozen,
          reporter,
          env: options.env,
        });
    const verifiedAt = new Date();
    const reader = targetReader(opened.trusted, new ContentCache(gotongPaths(options.env).cacheDir, reporter));
    const indexedAhead = lockedAhead ? withIndexedState(lockedAhead, reader) : null;
    indexedAhead?.catch(() => undefined); // awaited once the modules are placed
    const resolution = await stage(reporter, 'resolve', async () => {
      if (lockedAhead) return lockedAhead;
      const locked: Record<string, string> = {};
      for (const [name, m] of Object.entries(lock?.modules ?? {})) if (!unlocked.has(name)) locked[name] = m.version;
      return resolveDependencies({
        requested,
        locked,
        loadIndex: (name) => reader.loadIndex(name),
        prefetch: (names) => names.forEach((n) => void reader.loadIndex(n)),
      });
    });
    assertLockedVersionsUnchanged(resolution, lock);

    // A module added without a range is recorded as ^<chosen version>, as npm and cargo do.
    for (const spec of specs) {
      if (spec.range === null) manifest = addDependency(manifest, spec.fullName, `^${resolution.modules.get(spec.fullName)!.version}`);
    }
    const newLock = buildLockfile(resolution, manifest.dependencies ?? {}, { url: registryUrl, rootSha256: opened.trusted.rootSha256 });
    const toExtract = [...resolution.modules.values()].filter((m) => !keeps(m.name, m.entry.integrity));
    const kept = [...resolution.modules.values()].filter((m) => keeps(m.name, m.entry.integrity));
    // Modules left in place are checked against the signed metadata as well:
    // a target the registry no longer signs (its key revoked) is noticed even
    // when nothing is placed.
    await mapLimit(kept, FETCH_CONCURRENCY, (module) => assertSigned(reader, module));
    const removed = Object.keys(state.modules).filter((name) => !resolution.modules.has(name));
    const nextState: InstalledState = { stateVersion: 1, modules: {} };
    for (const module of kept) nextState.modules[module.name] = state.modules[module.name];
    const placer = modulePlacer(store, startWorkers(toExtract.length), reader, ahead);
    const fetched = await placeModules({ toExtract, placer, nextState, destinationOf, reporter });
    const warnings = versionWarnings(indexedAhead ? await indexedAhead : resolution.modules.values());
    // Settings: what the new tree declares, given before anything is linked; each placed module's file goes in with it.
    const modules = [...fetched.map((f) => ({ name: f.module.name, folder: destinationOf(f.module) })), ...kept.map((m) => ({ name: m.name, folder: moduleDir(paths, m.name) }))];
    const settings = await settleSettings({ workspaceDir: paths.dir, modules, input: options.settings });
    for (const { module } of fetched) {
      const text = settings.generated.get(module.name);
      if (text !== undefined) await writeFileAtomic(generatedFile(destinationOf(module)), text);
    }
    return { newLock, removed, nextState, fetched, verifiedAt, warnings, settings, kept: kept.map((m) => m.name) };
  }

  let prepared: Prepared;
  try {
    prepared = await resolveAndPlace();
  } catch (error) {
    await bundle.close?.();
    // Once nothing is linked or extracted any more, give back the space the
    // modules already placed took (the disk may be full) and leave no trace.
    await workers.started?.pool.abandon().catch(() => undefined);
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw bundle.explain ? bundle.explain(error) : error;
  }
  await bundle.close?.();
  const { newLock, removed, nextState, fetched, verifiedAt, warnings, settings, kept } = prepared;
  const writeKeptSettings = () => Promise.all(kept.filter((name) => settings.generated.has(name)).map((name) => writeGeneratedIfChanged(moduleDir(paths, name), settings.generated.get(name)!)));
  const changes = versionChanges(lock, newLock);
  // An --offline install checked nothing against the registry: the last check stands.
  // Nor did an install from a bundle: it checked a copy of the registry as it was when the bundle was made.
  const verified: Verification | null = options.offline || options.fromBundle ? previous : verificationOf(location, registryUrl, verifiedAt);

  const stateText = serializeState(nextState);
  const lockText = options.frozen ? null : serializeLockfile(newLock);
  const manifestText = workspace.existed && specs.length === 0 ? null : serializeManifest(manifest);
  const [lockOnDisk, manifestOnDisk, stateOnDisk] = await Promise.all([readFileOrNull(paths.lockFile), manifestText === null ? readFileOrNull(paths.manifestFile) : null, readFileOrNull(paths.stateFile)]);
  const lockfileLeft = lockText ?? lockOnDisk ?? '';
  const stamp = stampFor({ manifest: manifestText ?? manifestOnDisk ?? '', lockfile: lockfileLeft, state: stateText }, listInstalled(newLock), verified);
  const installed = listInstalled(newLock);
  if (fetched.length === 0 && removed.length === 0 && manifestText === null && lockOnDisk?.equals(Buffer.from(lockfileLeft)) && stateOnDisk?.equals(Buffer.from(stateText))) {
    // Checked against the registry and found as it was: only the record of the check is new.
    await writeFileAtomic(paths.stampFile, stamp);
    if (settings.storeText !== null) await writeFileAtomic(settingsFile(paths.dir), settings.storeText);
    await writeKeptSettings();
    await forgetRepair(paths);
    reportVersionWarnings(reporter, warnings);
    return { installed, changed: [], removed: [], upToDate: true, verified, warnings, versionChanges: changes };
  }
  await stage(reporter, 'link', () =>
    applyLinkPlan(paths, {
      txid,
      place: fetched.map((f) => f.module.name),
      remove: removed,
      files: [
        { path: paths.stateFile, content: stateText },
        ...(lockText === null ? [] : [{ path: paths.lockFile, content: lockText }]),
        ...(manifestText === null ? [] : [{ path: paths.manifestFile, content: manifestText }]),
        ...(settings.storeText === null ? [] : [{ path: settingsFile(paths.dir), content: settings.storeText }]),
        { path: paths.stampFile, content: stamp },
      ],
    }),
  );
  await writeKeptSettings();
  // Every module the list named was placed again (or is no longer installed).
  if (repair.pending) await forgetRepair(paths);
  reportVersionWarnings(reporter, warnings);
  return { installed, changed: fetched.map((f) => f.module.name), removed, upToDate: false, verified, warnings, versionChanges: changes };
}
