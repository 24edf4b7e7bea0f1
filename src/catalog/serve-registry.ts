// `gotong serve`: the catalog and the registry's files of one registry
// commit, served together, and replaced as a whole when the registry moves.
//
// Each build is a folder of its own under GOTONG_HOME/serve/<pid>/: the
// catalog built from the verified registry, and the files of the very commit
// it was built from, written out without .git and without any link
// (registry/export.ts). Nothing in a build changes once it is served; a new
// build is made beside it and swapped in by the server (setRoots), so a
// reader never sees a torn file, a half-built catalog or the clone's own
// git folder. The registry is looked at every pollMs, which costs one ref
// listing (git) or one timestamp read (HTTP); a build happens only when that
// changed.
import { t } from '../i18n/translate.js';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import { exportRegistryCommit, type RegistryExport } from '../registry/export.js';
import type { RegistryLocation } from '../registry/locate.js';
import { registrySource } from '../registry/open.js';
import { GitCommitSource, type RegistrySource } from '../registry/source.js';
import { describeUnsafe } from '../registry/tree-check.js';
import { sha256Hex } from '../trust/metadata-io.js';
import { buildRegistryCatalog, type RegistryCatalogOptions } from './registry-catalog.js';
import { startCatalogServer } from './serve.js';

export interface ServeOptions extends Omit<RegistryCatalogOptions, 'out' | 'offline'> {
  host?: string;
  port?: number;
  /** How often to look whether the registry moved (ms). */
  pollMs?: number;
}

export interface RunningServe {
  url: string;
  /** The folders served now. */
  current(): { catalogDir: string; registryDir: string | null; version: string };
  /** Looks at the registry now; resolves true when it moved and a new build is served. */
  poll(): Promise<boolean>;
  close(): Promise<void>;
}

interface Build {
  folder: string;
  catalogDir: string;
  registry: RegistryExport | null;
  location: RegistryLocation;
  /** The commit (git) or the timestamp's sha256 (HTTP) the build was made from. */
  version: string;
}

/** What identifies the registry's current state, cheaply: main's commit, or the bytes of timestamp.json. */
async function versionOf(source: RegistrySource): Promise<string> {
  if (source instanceof GitCommitSource) return source.commit;
  return sha256Hex((await source.read('metadata/timestamp.json', 16 * 1024)) ?? Buffer.alloc(0));
}

/** Removes the build folders of servers that are no longer running. */
async function sweepAbandoned(serveRoot: string): Promise<void> {
  for (const name of await fs.readdir(serveRoot).catch(() => [])) {
    const pid = Number(name);
    if (pid !== process.pid && !processAlive(pid)) await fs.rm(join(serveRoot, name), { recursive: true, force: true });
  }
}

export async function serveRegistry(options: ServeOptions): Promise<RunningServe> {
  const { reporter, env } = options;
  const serveRoot = join(gotongPaths(env).home, 'serve');
  const base = join(serveRoot, String(process.pid));
  await sweepAbandoned(serveRoot);
  await fs.rm(base, { recursive: true, force: true });
  await fs.mkdir(base, { recursive: true });
  let builds = 0;

  const build = async (previous: Build | null): Promise<Build> => {
    const folder = join(base, String(++builds));
    await fs.mkdir(folder);
    try {
      const catalogDir = join(folder, 'catalog');
      const { opened } = await buildRegistryCatalog({ ...options, out: catalogDir });
      const source = opened.source;
      let registry: RegistryExport | null = null;
      if (source instanceof GitCommitSource) {
        await source.prefetchEverything();
        registry = await exportRegistryCommit(source.dir, source.commit, join(folder, 'registry'), previous?.registry ?? undefined);
        for (const entry of registry.skipped) reporter.emit({ type: 'warn', code: 'GOTONG_W_REGISTRY_LINK_SKIPPED', message: t('catalog.serve.linkSkipped', { what: describeUnsafe(entry) }), hint: t('catalog.serve.linkSkipped.hint') });
      }
      return { folder, catalogDir, registry, location: opened.location, version: await versionOf(source) };
    } catch (error) {
      await fs.rm(folder, { recursive: true, force: true });
      throw error;
    }
  };

  let current = await build(null);
  let retired: Build | null = null;
  const server = await startCatalogServer({ catalogDir: current.catalogDir, registryDir: current.registry?.dir, host: options.host ?? '127.0.0.1', port: options.port ?? 0 });

  let running: Promise<boolean> | null = null;
  const poll = (): Promise<boolean> => {
    running ??= (async () => {
      try {
        if ((await versionOf(await registrySource(current.location, false, env))) === current.version) return false;
        const next = await build(current);
        server.setRoots({ catalogDir: next.catalogDir, registryDir: next.registry?.dir });
        // The build before the one just replaced goes: a request still sending
        // one of its files keeps the file open, so it finishes.
        if (retired) await fs.rm(retired.folder, { recursive: true, force: true });
        retired = current;
        current = next;
        reporter.emit({ type: 'info', message: t('catalog.serve.rebuilt', { version: next.version.slice(0, 12) }) });
        return true;
      } catch (error) {
        reporter.emit({ type: 'warn', code: 'GOTONG_W_CATALOG_REBUILD_FAILED', message: t('catalog.serve.rebuildFailed', { reason: (error as Error).message }), hint: t('catalog.serve.rebuildFailed.hint') });
        return false;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void poll(), options.pollMs ?? 10_000);
  timer.unref();
  return {
    url: server.url.replace(/\/+$/, ''),
    current: () => ({ catalogDir: current.catalogDir, registryDir: current.registry?.dir ?? null, version: current.version }),
    poll,
    close: async () => {
      clearInterval(timer);
      await running;
      await server.close();
      await fs.rm(base, { recursive: true, force: true });
    },
  };
}
