// startCatalogServer: serves the catalog and the registry read-only on
// loopback, refuses anything that could leave those folders (no link is
// followed), and swaps the folders it serves as a whole.
import { request, type IncomingMessage } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { safeSegments, startCatalogServer, type CatalogServer } from '../../src/catalog/serve.js';
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
    // A member's commit: a link inside the registry, into the clone's git folder.
    await symlink('../.git/config', join(registryDir, 'metadata/leak.json'));
    await symlink('../../.git', join(registryDir, 'targets/bandung/git'));
    server = await startCatalogServer({ catalogDir, registryDir });
    const refused = [
      '/../secret.txt', '/%2e%2e/secret.txt', '/m/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/m/..%5c..%5csecret.txt',
      '//secret.txt', '/%2fetc%2fpasswd', '/index.html%00', '/%E0%A4%A', '/registry/.git/config', '/registry/%2egit/config',
      '/registry/../secret.txt', '/registry/targets/tautan/secret.txt', '/keluar.txt', '/registry/', '/registry', '/m/', '/m/bandung',
      '/registry/targets/', '/.hidden', '/C:/Windows/win.ini', '/registry/metadata/leak.json', '/registry/targets/bandung/git/config',
      // No link is followed, even one that stays inside the served folder.
      '/kota.html',
    ];
    for (const path of refused) {
      const reply = await send(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('rahasia');
      expect(reply.body, path).not.toContain('secret');
    }
    expect((await send(server.url, '/index.html', { method: 'POST' })).status).toBe(405);
    expect((await send(server.url, '/index.html', { method: 'DELETE' })).headers.allow).toBe('GET, HEAD');
  });

  it("answers an unknown address with the catalog's 404 page, in both languages, without repeating the address", async () => {
    server = await startCatalogServer({ catalogDir, registryDir });
    const deep = await send(server.url, '/m/bandung/%3Cscript%3EPENANDA-ALAMAT%3C%2Fscript%3E.html?q=PENANDA-KUERI');
    expect(deep.status).toBe(404);
    expect(deep.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(deep.headers['content-security-policy']).toContain("script-src 'self'");
    expect(deep.headers['x-frame-options']).toBe('DENY');
    expect(deep.body).toContain('<span class="i-id">Halaman tidak ditemukan</span><span class="i-en" lang="en">Page not found</span>');
    expect(deep.body).not.toMatch(/PENANDA/);
    // Its links are relative to the address asked for, so the stylesheet and the way home work at any depth.
    expect(deep.body).toContain('<link rel="stylesheet" href="../../assets/catalog.css">');
    expect(deep.body).toContain('data-root="../../"');
    expect(deep.body).toContain('<a href="../../index.html">');
    const top = await send(server.url, '/tidak-ada.html');
    expect(top.body).toContain('<link rel="stylesheet" href="assets/catalog.css">');
    for (const path of ['/registry/targets/bandung/tidak-ada.tgz', '/../secret.txt', '/registry/']) {
      const reply = await send(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).toContain('Halaman tidak ditemukan');
    }
    const head = await send(server.url, '/m/nope.html', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
    // A catalog built before 404.html existed gets the plain answer.
    await rm(join(catalogDir, '404.html'));
    const plain = await send(server.url, '/m/nope.html');
    expect(plain).toMatchObject({ status: 404, body: 'Not found\n' });
  });

  it('answers only to its own host names on loopback', async () => {
    server = await startCatalogServer({ catalogDir });
    const port = new URL(server.url).port;
    expect((await send(server.url, '/', { host: 'attacker.example' })).status).toBe(421);
    expect((await send(server.url, '/', { host: `attacker.example:${port}` })).status).toBe(421);
    expect((await send(server.url, '/', { host: `localhost:${port}` })).status).toBe(200);
    expect((await send(server.url, '/registry/metadata/1.root.json')).status).toBe(404);
  });

  it('serves new folders from the next request on, and finishes a file it already opened', async () => {
    server = await startCatalogServer({ catalogDir, registryDir });
    const big = Buffer.alloc(8 * 1024 * 1024, 7);
    await writeFile(join(registryDir, 'targets/bandung/ui-kit/besar.tgz'), big);
    // Ask for the big file; once its first bytes arrived, pause it, swap the folders and delete the old ones.
    const url = new URL(server.url);
    let response: IncomingMessage | undefined;
    const chunks: Buffer[] = [];
    const firstBytes = new Promise<void>((arrived, fail) => {
      const req = request({ host: url.hostname, port: url.port, path: '/registry/targets/bandung/ui-kit/besar.tgz' }, (res) => {
        response = res;
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('data', () => {
          res.pause();
          arrived();
        });
      });
      req.on('error', fail);
      req.end();
    });
    await firstBytes;
    const nextCatalog = join(dir, 'catalog-2');
    const nextRegistry = join(dir, 'registry-2');
    await buildCatalog(catalogFixture({ hostile: false }), nextCatalog);
    await mkdir(join(nextRegistry, 'metadata'), { recursive: true });
    await writeFile(join(nextRegistry, 'metadata/1.root.json'), '{"signed":{"version":2}}');
    server.setRoots({ catalogDir: nextCatalog, registryDir: nextRegistry });
    await rm(registryDir, { recursive: true, force: true });
    await rm(catalogDir, { recursive: true, force: true });
    // The rest of the file comes from the handle opened before the swap.
    const ended = new Promise((r) => response!.on('end', r));
    response!.resume();
    await ended;
    const done = { status: response!.statusCode, bytes: Buffer.concat(chunks) };
    expect(done.status).toBe(200);
    expect(done.bytes.equals(big)).toBe(true);
    expect((await send(server.url, '/registry/metadata/1.root.json')).body).toContain('"version":2');
    expect((await send(server.url, '/m/kuburaya/tamu-jahat.html')).status).toBe(404);
    expect((await send(server.url, '/m/kuburaya/portal-layanan.html')).status).toBe(200);
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
