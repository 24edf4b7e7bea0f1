// startCatalogServer: serves the catalog and the registry read-only on
// loopback, refuses anything that could leave those folders, and rebuilds
// when the registry changes.
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { safeSegments, startCatalogServer, type CatalogServer } from '../../src/catalog/serve.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { catalogFixture } from '../helpers/catalog-fixture.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends the path exactly as given (no normalisation by a URL parser). */
function send(base: string, path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let dir: string;
let catalogDir: string;
let registryDir: string;
let server: CatalogServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gotong-serve-'));
  catalogDir = join(dir, 'catalog');
  registryDir = join(dir, 'registry');
  await buildCatalog(catalogFixture(), catalogDir);
  await mkdir(join(registryDir, 'metadata'), { recursive: true });
  await mkdir(join(registryDir, 'targets/bandung/ui-kit'), { recursive: true });
  await mkdir(join(registryDir, '.git'), { recursive: true });
  await writeFile(join(registryDir, 'metadata/1.root.json'), '{"signed":{}}');
  await writeFile(join(registryDir, 'targets/bandung/ui-kit/ui-kit-2.1.0.tgz'), Buffer.from([0x1f, 0x8b, 8, 0]));
  await writeFile(join(registryDir, 'targets/evil.html'), '<script>alert(1)</script>');
  await writeFile(join(registryDir, 'targets/evil.svg'), '<svg onload="alert(1)"/>');
  await writeFile(join(registryDir, '.git/config'), '[remote "origin"]\nurl = https://ci:secret@gitlab.example/reg.git');
  await writeFile(join(dir, 'secret.txt'), 'rahasia');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('startCatalogServer', () => {
  it('serves the catalog with content types and security headers', async () => {
    server = await startCatalogServer({ catalogDir, registryDir });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await send(server.url, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.body).toContain('<dd id="stat-modules">8</dd>');
    expect((await send(server.url, '/m/bandung/e-musrenbang.html')).body).toContain('gotong install @bandung/e-musrenbang');
    expect((await send(server.url, '/index.html?lang=en')).status).toBe(200);
    expect((await send(server.url, '/assets/catalog.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(server.url, '/assets/catalog.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(server.url, '/catalog.json')).headers['content-type']).toBe('application/json; charset=utf-8');
    const head = await send(server.url, '/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(home.body));
  });

  it('serves registry files as data, never as a page', async () => {
    server = await startCatalogServer({ catalogDir, registryDir });
    const root = await send(server.url, '/registry/metadata/1.root.json');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(root.headers['content-security-policy']).toContain('sandbox');
    expect((await send(server.url, '/registry/targets/bandung/ui-kit/ui-kit-2.1.0.tgz')).headers['content-type']).toBe('application/gzip');
    for (const path of ['/registry/targets/evil.html', '/registry/targets/evil.svg']) {
      const reply = await send(server.url, path);
      expect(reply.headers['content-type'], path).toBe('application/octet-stream');
      expect(reply.headers['content-security-policy'], path).toContain('sandbox');
    }
  });

  it('refuses traversal, dot files, symlinks out, listings and other methods', async () => {
    await symlink(join(dir, 'secret.txt'), join(catalogDir, 'keluar.txt'));
    await symlink(join(dir), join(registryDir, 'targets/tautan'));
    await symlink(join(catalogDir, 'cities.html'), join(catalogDir, 'kota.html'));
    server = await startCatalogServer({ catalogDir, registryDir });
    const refused = [
      '/../secret.txt', '/%2e%2e/secret.txt', '/m/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/m/..%5c..%5csecret.txt',
      '//secret.txt', '/%2fetc%2fpasswd', '/index.html%00', '/%E0%A4%A', '/registry/.git/config', '/registry/%2egit/config',
      '/registry/../secret.txt', '/registry/targets/tautan/secret.txt', '/keluar.txt', '/registry/', '/registry', '/m/', '/m/bandung',
      '/registry/targets/', '/.hidden', '/C:/Windows/win.ini',
    ];
    for (const path of refused) {
      const reply = await send(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('rahasia');
      expect(reply.body, path).not.toContain('secret');
    }
    // A link that stays inside the catalog is fine.
    expect((await send(server.url, '/kota.html')).status).toBe(200);
    expect((await send(server.url, '/index.html', { method: 'POST' })).status).toBe(405);
    expect((await send(server.url, '/index.html', { method: 'DELETE' })).headers.allow).toBe('GET, HEAD');
  });

  it('answers only to its own host names on loopback', async () => {
    server = await startCatalogServer({ catalogDir });
    const port = new URL(server.url).port;
    expect((await send(server.url, '/', { host: 'attacker.example' })).status).toBe(421);
    expect((await send(server.url, '/', { host: `attacker.example:${port}` })).status).toBe(421);
    expect((await send(server.url, '/', { host: `localhost:${port}` })).status).toBe(200);
    expect((await send(server.url, '/registry/metadata/1.root.json')).status).toBe(404);
  });

  it('rebuilds once after a burst of registry changes, ignoring .git', async () => {
    const reporter = new MemoryReporter();
    let rebuilds = 0;
    server = await startCatalogServer({
      catalogDir,
      registryDir,
      watchPaths: [registryDir],
      debounceMs: 150,
      reporter,
      rebuild: async () => {
        rebuilds += 1;
        await buildCatalog(catalogFixture({ hostile: false }), catalogDir);
      },
    });
    await writeFile(join(registryDir, '.git/FETCH_HEAD'), 'x');
    await new Promise((r) => setTimeout(r, 400));
    expect(rebuilds).toBe(0);

    for (let i = 2; i < 6; i++) await writeFile(join(registryDir, 'metadata', `${i}.root.json`), '{}');
    await until(() => rebuilds === 1 && reporter.ofType('stage').some((e) => e.stage === 'catalog:rebuild' && e.status === 'end'));
    await new Promise((r) => setTimeout(r, 400));
    expect(rebuilds).toBe(1);
    expect((await send(server.url, '/m/kuburaya/tamu-jahat.html')).status).toBe(404);
    expect((await send(server.url, '/m/kuburaya/portal-layanan.html')).status).toBe(200);
  });

  it('keeps serving the last catalog when a rebuild fails', async () => {
    const reporter = new MemoryReporter();
    server = await startCatalogServer({
      catalogDir,
      watchPaths: [registryDir],
      debounceMs: 50,
      reporter,
      rebuild: async () => {
        throw new Error('registry verify failed');
      },
    });
    await writeFile(join(registryDir, 'metadata/timestamp.json'), '{}');
    await until(() => reporter.ofType('warn').length > 0);
    expect(reporter.ofType('warn')[0]).toMatchObject({ code: 'GOTONG_W_CATALOG_REBUILD_FAILED' });
    expect((await send(server.url, '/')).status).toBe(200);
  });

  it('reports a port in use as a usage error', async () => {
    server = await startCatalogServer({ catalogDir });
    const port = Number(new URL(server.url).port);
    await expect(startCatalogServer({ catalogDir, port })).rejects.toMatchObject({ code: 'GOTONG_E_USAGE' });
  });
});

describe('safeSegments', () => {
  it('decodes ordinary paths and rejects unsafe segments', () => {
    expect(safeSegments('/m/bandung/e-musrenbang.html?lang=en#x')).toEqual(['m', 'bandung', 'e-musrenbang.html']);
    expect(safeSegments('/')).toEqual(['']);
    expect(safeSegments('/a%20b/')).toEqual(['a b', '']);
    for (const bad of ['', 'relative', '/a//b', '/..', '/.git', '/a%2fb', '/a%5cb', '/a%00', '/%zz', '/c:']) expect(safeSegments(bad), bad).toBeNull();
  });
});
