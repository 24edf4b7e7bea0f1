// `gotong bundle create`: one file holding everything an install of some
// modules needs on a machine with no network (docs/DECISIONS.md, "Offline
// bundles"). Stages: open (the registry verified against this machine's
// trust, as install does) -> resolve (the modules asked for, or a
// lockfile's exact set) -> collect (the signed metadata a fresh client reads
// for them, the index files and tarballs) -> write -> check (the written
// file opened and verified as `install --from-bundle` would; a bundle that
// fails is never left behind).
//
// Which metadata files a fresh client reads depends on the delegations
// (namespace roles today; bins or per-module roles later). Rather than
// predict it, the resolve stage runs through a TUF client that starts from
// the pinned first root in a throwaway trust folder and reads through a
// recording source: the bundle holds exactly the metadata files it read,
// which includes the whole root chain.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { GotongError } from '../core/errors.js';
import { gotongPaths } from '../core/paths.js';
import { stage, type Reporter } from '../core/reporter.js';
import { lockfileFileName, readLockfile } from '../manifest/lockfile.js';
import { indexTarget, parseModuleName, parseModuleSpec } from '../manifest/names.js';
import type { Lockfile } from '../manifest/types.js';
import { ContentCache } from '../verified/cache.js';
import { resolveDependencies, type ResolvedModule } from '../install/resolve.js';
import { assertEntryMatchesTarget, targetReader, type TargetReader } from '../verified/targets.js';
import { loadWorkspace } from '../install/workspace.js';
import { BUNDLE_FORMAT, BUNDLE_MANIFEST_FILE, type BundleManifest } from '../registry/bundle-source.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import { parseMetadataFileName, targetStoragePath } from '../trust/file-names.js';
import { locateRegistry } from '../registry/locate.js';
import { redactUrl } from '../registry/redact.js';
import type { RegistrySource } from '../registry/source.js';
import { TrustedRegistry } from '../trust/client.js';
import { openBundle } from '../verified/open-bundle.js';
import { openRegistry } from '../verified/open-registry.js';
import { writeBundleFile, type BundleMember } from './write.js';
import { t } from '../i18n/translate.js';

export interface CreateBundleOptions {
  cwd: string;
  /** MODULE[@RANGE] specs, resolved together with their dependencies. */
  modules: string[];
  /** Bundle exactly a lockfile's modules instead: true for the one in cwd, or a path to it or its folder. */
  lockfile?: string | true;
  out: string;
  registry?: string;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export interface CreateBundleResult {
  file: string;
  bytes: number;
  registry: string;
  rootSha256: string;
  modules: Array<{ name: string; version: string; integrity: string }>;
  metadataFiles: number;
  targetFiles: number;
  /** When the first signed file in the bundle expires: after that it installs only with --allow-expired-bundle. */
  validUntil: string | null;
}

/** Keeps the bytes of every metadata file read through it. */
class RecordingSource implements RegistrySource {
  readonly metadata = new Map<string, Buffer>();
  constructor(private readonly inner: RegistrySource) {}
  get label(): string {
    return this.inner.label;
  }
  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    const bytes = await this.inner.read(relPath, maxBytes);
    if (bytes && relPath.startsWith(`${METADATA_DIR}/`)) this.metadata.set(relPath, bytes);
    return bytes;
  }
  localFile(relPath: string): string | null {
    return this.inner.localFile(relPath);
  }
}

function usage(message: string, hint: string): GotongError {
  return new GotongError('GOTONG_E_USAGE', message, { hint });
}

/** The lockfile `--lockfile [PATH]` names, and the workspace folder it is in. */
async function lockfileOf(cwd: string, option: string | true): Promise<{ dir: string; lock: Lockfile }> {
  let dir = option === true ? cwd : resolve(cwd, option);
  if (option !== true && !(await fs.stat(dir).then((s) => s.isDirectory(), () => false))) {
    if (!dir.endsWith(lockfileFileName)) throw usage(t('bundle.lockfileOption', { value: option, file: lockfileFileName }), t('bundle.lockfileOption.hint', { file: lockfileFileName }));
    dir = dirname(dir);
  }
  const lock = await readLockfile(dir);
  if (!lock) throw usage(t('bundle.noLockfile', { file: lockfileFileName, dir }), t('bundle.noLockfile.hint'));
  return { dir, lock };
}

/** The lockfile's exact versions, each checked against the signed index entry. */
async function lockedModules(lock: Lockfile, reader: TargetReader): Promise<ResolvedModule[]> {
  return Promise.all(
    Object.entries(lock.modules).map(async ([name, locked]) => {
      const entry = (await reader.loadIndex(name)).versions[locked.version];
      if (!entry) {
        throw new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('bundle.lockedMissing', { name, version: locked.version }), {
          hint: t('bundle.lockedMissing.hint'),
          details: { module: name, version: locked.version },
        });
      }
      if (entry.integrity !== locked.integrity) {
        throw new GotongError('GOTONG_E_TARGET_MISMATCH', t('bundle.lockedIntegrity', { name, version: locked.version }), {
          hint: t('bundle.lockedIntegrity.hint'),
          details: { module: name, version: locked.version },
        });
      }
      return { name, version: locked.version, entry };
    }),
  );
}

export async function createBundle(options: CreateBundleOptions): Promise<CreateBundleResult> {
  const { reporter } = options;
  if (options.lockfile === undefined && options.modules.length === 0) {
    throw usage(t('bundle.nothingToBundle'), t('bundle.nothingToBundle.hint'));
  }
  const specs = options.modules.map(parseModuleSpec);
  const out = resolve(options.cwd, options.out);
  const locked = options.lockfile === undefined ? null : await lockfileOf(options.cwd, options.lockfile);
  const workspace = await loadWorkspace(locked?.dir ?? options.cwd);
  const location = await locateRegistry({ flag: options.registry, workspace: workspace.manifest.registry ?? locked?.lock.registry.url, env: options.env });

  // open: brought up to date and verified against what this machine trusts (rollback included).
  const opened = await openRegistry({ location, offline: false, lockedRootSha256: locked?.lock.registry.rootSha256 ?? null, allowFirstUse: true, reporter, env: options.env });
  const recorder = new RecordingSource(opened.source);
  const trustDir = await fs.mkdtemp(join(tmpdir(), 'gotong-bundle-trust-'));
  try {
    const fresh = await TrustedRegistry.open({ trustDir, source: recorder, label: location.label, pin: { rootSha256: opened.trusted.rootSha256, allowFirstUse: false }, offline: false, reporter });
    const reader = targetReader(fresh, new ContentCache(gotongPaths(options.env).cacheDir, reporter));

    // With both, the lockfile's exact set plus the modules named (resolved preferring the locked versions), as one bundle.
    const modules = await stage(reporter, 'resolve', async () => {
      const fromLock = locked ? await lockedModules(locked.lock, reader) : [];
      if (specs.length === 0) return fromLock;
      const requested = Object.fromEntries(specs.map((spec) => [spec.fullName, spec.range ?? '*']));
      const preferred = Object.fromEntries(fromLock.map((m) => [m.name, m.version]));
      const resolution = await resolveDependencies({ requested, locked: preferred, loadIndex: (name) => reader.loadIndex(name), prefetch: (names) => names.forEach((n) => void reader.loadIndex(n)) });
      const all = new Map(fromLock.map((m) => [`${m.name}@${m.version}`, m]));
      for (const m of resolution.modules.values()) all.set(`${m.name}@${m.version}`, m);
      return [...all.values()];
    });
    modules.sort((a, b) => a.name.localeCompare(b.name));

    // collect: every path a fresh install reads, its signed info known before anything is written.
    const targetPaths = await stage(reporter, 'collect', async () => {
      const paths: string[] = [];
      for (const module of modules) {
        const { namespace, name } = parseModuleName(module.name);
        const info = await reader.info(module.entry.target);
        assertEntryMatchesTarget(module.name, module.version, module.entry, info);
        paths.push(indexTarget(namespace, name), module.entry.target);
      }
      // Two versions of one module (locked and named) share its index file.
      return [...new Set(paths)];
    });
    const infos = await Promise.all(targetPaths.map((path) => reader.info(path)));
    const metadata = [...recorder.metadata.keys()].sort(metadataOrder);
    const manifest: BundleManifest = {
      bundleFormat: BUNDLE_FORMAT,
      createdAt: new Date().toISOString(),
      registry: { name: location.name, url: redactUrl(location.url), rootSha256: opened.trusted.rootSha256 },
      modules: Object.fromEntries(modules.map((m) => [m.name, m.version])),
    };
    const members: BundleMember[] = [
      { path: BUNDLE_MANIFEST_FILE, read: async () => Buffer.from(JSON.stringify(manifest, null, 2) + '\n') },
      ...metadata.map((path) => ({ path, read: async () => recorder.metadata.get(path)! })),
      ...infos.map((info) => ({ path: targetStoragePath(info.path, info.hashes.sha256), read: async () => (await reader.read(info.path)).bytes })),
    ];
    const bytes = await stage(reporter, 'write', () => writeBundleFile(out, members));

    // check: the file as written installs, or it is removed.
    const validUntil = await stage(reporter, 'check', async () => {
      try {
        const check = await openBundle({ file: out, location: { ...location, pinnedRootSha256: opened.trusted.rootSha256 }, allowExpired: false, reporter, env: options.env });
        try {
          for (const path of targetPaths) {
            const info = await check.trusted.targetInfo(path);
            if (!info) throw new GotongError('GOTONG_E_TARGET_MISSING', t('bundle.targetUnlisted', { path }), { hint: t('bundle.targetUnlisted.hint') });
            await check.trusted.readTarget(info);
          }
          return check.validUntil;
        } finally {
          await check.close();
        }
      } catch (error) {
        await fs.rm(out, { force: true });
        throw error;
      }
    });
    return {
      file: out,
      bytes,
      registry: location.label,
      rootSha256: opened.trusted.rootSha256,
      modules: modules.map((m) => ({ name: m.name, version: m.version, integrity: m.entry.integrity })),
      metadataFiles: metadata.length,
      targetFiles: targetPaths.length,
      validUntil,
    };
  } finally {
    await fs.rm(trustDir, { recursive: true, force: true });
  }
}

/** Roots first in version order (the chain a client walks), then the rest by name. */
function metadataOrder(a: string, b: string): number {
  const [ra, rb] = [a, b].map((path) => parseMetadataFileName(path.slice(METADATA_DIR.length + 1)));
  const rootA = ra?.role === 'root';
  const rootB = rb?.role === 'root';
  if (rootA && rootB) return ra.version - rb.version;
  if (rootA !== rootB) return rootA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
