// `gotong serve`: the catalog at / and the registry's files, read-only, under
// /registry/, on loopback by default. Only GET and HEAD; no directory
// listings; names starting with a dot are never served, and no symbolic link
// is ever followed (every folder on the way must be a real folder, the file
// is opened with O_NOFOLLOW), so a link a member committed cannot point a
// request anywhere else. The folders served are swapped as a whole
// (setRoots): a request is answered from the folders current when it
// arrived, and a file once opened is sent whole even if its folder is
// replaced meanwhile. Registry files are sent as data (never as HTML or SVG)
// inside a sandbox CSP, so a file a member committed cannot run script on the
// catalog's origin. An unknown or refused path gets the catalog's own 404
// page (pages-not-found.ts), which never repeats the address asked for.
import { t } from '../i18n/translate.js';
import { constants, createReadStream, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { GotongError } from '../core/errors.js';
import { PAGE_CSP } from './layout.js';
import { NOT_FOUND_PAGE } from './pages-not-found.js';

export interface ServedRoots {
  catalogDir: string;
  /** The registry's files, served under /registry/ (absent: none). */
  registryDir?: string;
}

export interface CatalogServerOptions extends ServedRoots {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface CatalogServer {
  url: string;
  /** Serves other folders from the next request on (a new build); requests already answering finish from the old ones. */
  setRoots(roots: ServedRoots): void;
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

/** The 404 page is built for the catalog's top folder; bigger than this, it is not ours. */
const MAX_NOT_FOUND_BYTES = 256 * 1024;

/**
 * The 404 page for an address `depth` folders below the top: its relative
 * links (stylesheet, script, icon, navigation) are prefixed with as many
 * `../`, since the browser resolves them against the address it asked for.
 * The page is gotong's own markup, so the attributes to change are known.
 */
export function notFoundForDepth(page: string, rawUrl: string): string {
  const path = rawUrl.split(/[?#]/, 1)[0];
  const depth = path.startsWith('/') ? path.split('/').length - 2 : 0;
  if (depth <= 0) return page;
  const up = '../'.repeat(depth);
  return page
    .replace(/(\s(?:href|src)=")(?![a-z][a-z0-9+.-]*:|\/|#)/gi, `$1${up}`)
    .replace(' data-root=""', ` data-root="${up}"`);
}

function resolvedRoots(roots: ServedRoots): ServedRoots {
  return { catalogDir: resolve(roots.catalogDir), registryDir: roots.registryDir === undefined ? undefined : resolve(roots.registryDir) };
}

/**
 * Opens `segments` under `root` for sending, following no link: each folder
 * on the way is looked at with lstat and must be a real folder, and the file
 * is opened with O_NOFOLLOW and must be a regular file. Null: not servable.
 */
async function openServed(root: string, segments: string[]): Promise<{ handle: fs.FileHandle; size: number } | null> {
  let path = root;
  for (const folder of segments.slice(0, -1)) {
    path = join(path, folder);
    const info = await fs.lstat(path).catch(() => null);
    if (!info?.isDirectory()) return null;
  }
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(join(path, segments[segments.length - 1]), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  const info = await handle.stat().catch(() => null);
  if (!info?.isFile()) {
    await handle.close();
    return null;
  }
  return { handle, size: info.size };
}

export async function startCatalogServer(options: CatalogServerOptions): Promise<CatalogServer> {
  const host = options.host ?? '127.0.0.1';
  let roots = resolvedRoots(options);
  let allowedHosts: Set<string> | null = null;

  const send = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': REGISTRY_CSP, ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : `${text}\n`);
  };

  const catalogHeaders = { 'Content-Security-Policy': CATALOG_CSP, 'Cross-Origin-Resource-Policy': 'same-origin', 'X-Frame-Options': 'DENY' };

  /** The catalog's 404 page with status 404; the plain text answer when the catalog has none (an older build). */
  const notFound = async (req: IncomingMessage, res: ServerResponse, catalogDir: string) => {
    const file = await openServed(catalogDir, [NOT_FOUND_PAGE]);
    if (!file) return send(res, 404, 'Not found'); // i18n-exempt: the HTTP status's own reason phrase, for a program reading the response
    let page: string | null = null;
    try {
      if (file.size <= MAX_NOT_FOUND_BYTES) page = await file.handle.readFile('utf8');
    } finally {
      await file.handle.close();
    }
    if (page === null) return send(res, 404, 'Not found'); // i18n-exempt: the HTTP status's own reason phrase, for a program reading the response
    const body = Buffer.from(notFoundForDepth(page, req.url ?? '/'), 'utf8');
    res.writeHead(404, { ...COMMON_HEADERS, 'Content-Type': CATALOG_TYPES['.html'], 'Content-Length': String(body.length), ...catalogHeaders });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (allowedHosts && !allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      // A loopback server answers only to its own names (defeats DNS rebinding).
      return send(res, 421, 'Misdirected request'); // i18n-exempt: the HTTP status's own reason phrase, for a program reading the response
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' }); // i18n-exempt: the HTTP status's own reason phrase, for a program reading the response
    const { catalogDir, registryDir } = roots;
    let segments = safeSegments(req.url ?? '');
    if (!segments) return notFound(req, res, catalogDir);
    let area: Area = 'catalog';
    let root = catalogDir;
    if (segments[0] === 'registry') {
      if (!registryDir) return notFound(req, res, catalogDir);
      area = 'registry';
      root = registryDir;
      segments = segments.slice(1);
    }
    if (segments.length === 0 || segments[segments.length - 1] === '') {
      // No listings; the catalog's home page is its only index.
      if (area === 'registry' || segments.length > 1) return notFound(req, res, catalogDir);
      segments = ['index.html'];
    }
    const file = await openServed(root, segments);
    if (!file) return notFound(req, res, catalogDir);
    const ext = extname(segments[segments.length - 1]).toLowerCase();
    const type = (area === 'catalog' ? CATALOG_TYPES[ext] : REGISTRY_TYPES[ext]) ?? 'application/octet-stream';
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': type,
      'Content-Length': String(file.size),
      'Content-Security-Policy': area === 'catalog' ? CATALOG_CSP : REGISTRY_CSP,
      ...(area === 'catalog' ? catalogHeaders : {}),
    });
    if (req.method === 'HEAD') {
      await file.handle.close();
      return void res.end();
    }
    const stream = createReadStream('', { fd: file.handle, autoClose: true });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error'); // i18n-exempt: the HTTP status's own reason phrase, for a program reading the response
      else res.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new GotongError('GOTONG_E_USAGE', t('catalog.serve.cannotListen', { address: `${host}:${options.port ?? 0}`, reason: error.code ?? error.message }), {
        hint: t(error.code === 'EADDRINUSE' ? 'catalog.serve.cannotListen.portTaken' : 'catalog.serve.cannotListen.hint'),
        cause: error,
      })));
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  if (isLoopback(host)) {
    allowedHosts = new Set([`${urlHost(host)}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  }

  return {
    url: `http://${urlHost(host)}:${port}/`,
    setRoots(next: ServedRoots) {
      roots = resolvedRoots(next);
    },
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
