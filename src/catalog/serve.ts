// `gotong serve`: the catalog at / and the registry's files, read-only, under
// /registry/, on loopback by default. Only GET and HEAD; no directory
// listings; a path is served only if, after decoding and resolving every
// symlink, it is still a file inside the folder it was asked from; names
// starting with a dot (.git, staging folders) are never served. Registry
// files are sent as data (never as HTML or SVG) inside a sandbox CSP, so a
// file a member committed cannot run script on the catalog's origin.
import { createReadStream, watch, type FSWatcher } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { GotongError } from '../core/errors.js';
import { silentReporter, stage, type Reporter } from '../core/reporter.js';
import { PAGE_CSP } from './layout.js';

export interface CatalogServerOptions {
  catalogDir: string;
  registryDir?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  rebuild?: () => Promise<void>;
  watchPaths?: string[];
  /** Quiet time after the last change before rebuilding (default 300 ms). */
  debounceMs?: number;
  reporter?: Reporter;
}

export interface CatalogServer {
  url: string;
  close(): Promise<void>;
}

const CATALOG_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const REGISTRY_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.tgz': 'application/gzip',
  '.gz': 'application/gzip',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};
const CATALOG_CSP = `${PAGE_CSP}; frame-ancestors 'none'`;
const REGISTRY_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

type Area = 'catalog' | 'registry';

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

/** Splits and decodes a request path; null when any segment is unsafe. */
export function safeSegments(rawUrl: string): string[] | null {
  const path = rawUrl.split(/[?#]/, 1)[0];
  if (!path.startsWith('/')) return null;
  const segments: string[] = [];
  const parts = path.slice(1).split('/');
  for (let i = 0; i < parts.length; i++) {
    let segment: string;
    try {
      segment = decodeURIComponent(parts[i]);
    } catch {
      return null;
    }
    const last = i === parts.length - 1;
    if (segment === '' && last) {
      segments.push('');
      continue;
    }
    // eslint-disable-next-line no-control-regex
    if (segment === '' || segment.startsWith('.') || /[/\\:\u0000-\u001f\u007f]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

export async function startCatalogServer(options: CatalogServerOptions): Promise<CatalogServer> {
  const host = options.host ?? '127.0.0.1';
  const reporter = options.reporter ?? silentReporter;
  const catalogDir = resolve(options.catalogDir);
  const registryDir = options.registryDir === undefined ? undefined : resolve(options.registryDir);
  let allowedHosts: Set<string> | null = null;

  const send = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': REGISTRY_CSP, ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : `${text}\n`);
  };

  const resolveFile = async (root: string, segments: string[]): Promise<string | null> => {
    let realRoot: string;
    let real: string;
    try {
      realRoot = await realpath(root);
      real = await realpath(join(realRoot, ...segments));
    } catch {
      return null;
    }
    if (!real.startsWith(realRoot + sep)) return null;
    const info = await stat(real).catch(() => null);
    return info?.isFile() ? real : null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (allowedHosts && !allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      // A loopback server answers only to its own names (defeats DNS rebinding).
      return send(res, 421, 'Misdirected request');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let segments = safeSegments(req.url ?? '');
    if (!segments) return send(res, 404, 'Not found');
    let area: Area = 'catalog';
    let root = catalogDir;
    if (segments[0] === 'registry') {
      if (!registryDir) return send(res, 404, 'Not found');
      area = 'registry';
      root = registryDir;
      segments = segments.slice(1);
    }
    if (segments.length === 0 || segments[segments.length - 1] === '') {
      // No listings; the catalog's home page is its only index.
      if (area === 'registry' || segments.length > 1) return send(res, 404, 'Not found');
      segments = ['index.html'];
    }
    const file = await resolveFile(root, segments);
    if (!file) return send(res, 404, 'Not found');
    const info = await stat(file);
    const ext = extname(file).toLowerCase();
    const type = (area === 'catalog' ? CATALOG_TYPES[ext] : REGISTRY_TYPES[ext]) ?? 'application/octet-stream';
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': type,
      'Content-Length': String(info.size),
      'Content-Security-Policy': area === 'catalog' ? CATALOG_CSP : REGISTRY_CSP,
      ...(area === 'catalog' ? { 'Cross-Origin-Resource-Policy': 'same-origin', 'X-Frame-Options': 'DENY' } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new GotongError('GOTONG_E_USAGE', `cannot listen on ${host}:${options.port ?? 0} (${error.code ?? error.message})`, {
        hint: error.code === 'EADDRINUSE' ? 'Another program uses that port: pass a different --port.' : 'Check --host and --port.',
        cause: error,
      })));
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  if (isLoopback(host)) {
    allowedHosts = new Set([`${urlHost(host)}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  }

  const watcher = watchForChanges(options, catalogDir, reporter);
  return {
    url: `http://${urlHost(host)}:${port}/`,
    async close() {
      await watcher.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

/** Calls rebuild after watched paths change, debounced, one rebuild at a time. */
function watchForChanges(options: CatalogServerOptions, catalogDir: string, reporter: Reporter): { close(): Promise<void> } {
  const rebuild = options.rebuild;
  const paths = options.watchPaths ?? [];
  if (!rebuild || paths.length === 0) return { close: async () => undefined };
  const debounceMs = options.debounceMs ?? 300;
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let closed = false;

  const run = () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      pending = true;
      return;
    }
    running = stage(reporter, 'catalog:rebuild', rebuild)
      .catch((error: unknown) => {
        reporter.emit({
          type: 'warn',
          code: 'GOTONG_W_CATALOG_REBUILD_FAILED',
          message: `catalog rebuild failed: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'The previous catalog is still served; fix the registry and it will rebuild on the next change.',
        });
      })
      .finally(() => {
        running = undefined;
        if (pending && !closed) {
          pending = false;
          schedule();
        }
      });
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  const ignored = (watched: string, filename: string | Buffer | null) => {
    if (filename === null) return false;
    const name = filename.toString();
    if (name.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return true;
    const full = resolve(watched, name);
    return full === catalogDir || full.startsWith(catalogDir + sep) || full.startsWith(`${catalogDir}.old-`);
  };

  for (const path of paths) {
    const watched = resolve(path);
    const onChange = (_event: string, filename: string | Buffer | null) => {
      if (!ignored(watched, filename)) schedule();
    };
    let w: FSWatcher;
    try {
      w = watch(watched, { recursive: true }, onChange);
    } catch {
      try {
        w = watch(watched, onChange);
      } catch (error) {
        reporter.emit({ type: 'warn', code: 'GOTONG_W_CATALOG_WATCH_FAILED', message: `cannot watch ${watched}: ${(error as Error).message}` });
        continue;
      }
    }
    w.on('error', (error) =>
      reporter.emit({ type: 'warn', code: 'GOTONG_W_CATALOG_WATCH_FAILED', message: `stopped watching ${watched}: ${error.message}` }));
    watchers.push(w);
  }

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      await running;
    },
  };
}
