// `gotong catalog build` and `gotong serve`: open a registry through TUF,
// build the static catalog from what verified, and (for serve) keep it fresh
// when the registry moves on.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { headCommit } from '../registry/git.js';
import { openForQuery } from '../query/info.js';
import { buildCatalog, type CatalogBuildResult } from './build.js';
import { catalogInputFromRegistry } from './from-registry.js';
import { startCatalogServer, type CatalogServer } from './serve.js';

export interface RegistryCatalogOptions {
  cwd: string;
  registry?: string;
  out: string;
  offline?: boolean;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  /** Also check the registry's files out in the local clone, to serve them. */
  worktree?: boolean;
}

export interface RegistryCatalogResult extends CatalogBuildResult {
  registry: string;
  modules: number;
  /** The registry's local copy (a git clone), served under /registry/. */
  registryDir: string | null;
}

export async function buildRegistryCatalog(options: RegistryCatalogOptions): Promise<RegistryCatalogResult> {
  const { opened, reader } = await openForQuery(options);
  const input = await stage(options.reporter, 'read-registry', () => catalogInputFromRegistry(opened, reader, options.reporter, opened.location.name ?? opened.location.label));
  const built = await stage(options.reporter, 'build-catalog', () => buildCatalog(input, options.out, options.reporter));
  const registryDir = opened.location.kind === 'git' && !options.offline ? gotongPaths(options.env).cloneDir(opened.location.id) : null;
  return { ...built, registry: opened.location.label, modules: input.modules.length, registryDir };
}

export interface ServeOptions extends Omit<RegistryCatalogOptions, 'out'> {
  host?: string;
  port?: number;
  /** How often to look for new registry commits (ms). */
  pollMs?: number;
}

export interface RunningServe {
  url: string;
  catalogDir: string;
  close(): Promise<void>;
}

/** Serves the catalog and the registry's files on loopback, rebuilding when the registry changes. */
export async function serveRegistry(options: ServeOptions): Promise<RunningServe> {
  const paths = gotongPaths(options.env);
  const catalogDir = join(paths.home, 'catalog', String(process.pid));
  await fs.rm(catalogDir, { recursive: true, force: true });
  const first = await buildRegistryCatalog({ ...options, out: catalogDir, worktree: true });
  let lastCommit = first.registryDir ? await headCommit(first.registryDir) : null;
  let building = false;
  const rebuild = async () => {
    if (building) return;
    building = true;
    try {
      const result = await buildRegistryCatalog({ ...options, out: catalogDir, worktree: true });
      const commit = result.registryDir ? await headCommit(result.registryDir) : null;
      if (commit !== lastCommit) options.reporter.emit({ type: 'info', message: `registry changed (${commit?.slice(0, 12)}); catalog rebuilt` });
      lastCommit = commit;
    } catch (error) {
      options.reporter.emit({ type: 'warn', code: 'GOTONG_W_CATALOG_REBUILD_FAILED', message: `catalog rebuild failed: ${(error as Error).message}` });
    } finally {
      building = false;
    }
  };
  const server: CatalogServer = await startCatalogServer({
    catalogDir,
    registryDir: first.registryDir ?? undefined,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    reporter: options.reporter,
  });
  const timer = setInterval(() => void rebuild(), options.pollMs ?? 10_000);
  timer.unref();
  return {
    url: server.url.replace(/\/+$/, ''),
    catalogDir,
    close: async () => {
      clearInterval(timer);
      await server.close();
      await fs.rm(catalogDir, { recursive: true, force: true });
    },
  };
}
