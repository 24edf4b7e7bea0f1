// Kubu Raya installs Bandung's region codes from a static copy of the
// registry that misbehaves: `gotong serve` behind a fault-injecting server
// (test/helpers/fault-server.ts), and a branch-office proxy. Every fault ends
// in a clear error or a successful retry; a failed install leaves the
// previous tree and lockfile exactly as they were. One registry, one serve,
// one fault server for the whole file; each story is a "scene" of its own, so
// the stories run side by side.
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRegistry, type RunningServe } from '../../src/catalog/serve-registry.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { HttpSource } from '../../src/registry/source.js';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { makeTestCa, startFaultServer, startProxy, type Fault, type FaultServer, type TestProxy } from '../helpers/fault-server.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { snapshotTree } from '../helpers/snapshot.js';

const MODULE = '@bandung/ref-kode-wilayah';
const TARBALL = /ref-kode-wilayah-1\.1\.0\.tgz$/;
const TIMESTAMP = /^metadata\/timestamp\.json$/;

describe('installing over HTTP from a host that misbehaves', () => {
  let world: TestWorld;
  let served: RunningServe;
  let faults: FaultServer;
  let proxy: TestProxy;
  let registry: TestRegistry;

  /** The workspace and GOTONG_HOME of Kubu Raya with 1.0.0 installed, copied for one scene. */
  async function kubuRaya(scene: string): Promise<{ ws: string; home: string }> {
    const ws = world.path(`ws-${scene}`);
    const home = world.path(`home-${scene}`);
    await fs.cp(world.path('ws-base'), ws, { recursive: true });
    await fs.cp(world.path('home-base'), home, { recursive: true });
    return { ws, home };
  }

  /** `gotong install MODULE@1.1.0` from a scene of the fault server; the workspace before and after. */
  async function installIn(scene: string, url: string, env: NodeJS.ProcessEnv = {}): Promise<{ result: CliResult; changed: boolean }> {
    const { ws, home } = await kubuRaya(scene);
    const before = await snapshotTree(ws);
    const result = await gotong(['install', `${MODULE}@1.1.0`, '--registry', url, '--json'], {
      cwd: ws,
      env: { ...world.env, GOTONG_HOME: home, GOTONG_HTTP_TIMEOUT: '2', GOTONG_HTTP_RETRIES: '1', ...env },
    });
    return { result, changed: JSON.stringify(await snapshotTree(ws)) !== JSON.stringify(before) };
  }

  const hitsOf = (scene: string) => faults.hits.filter((h) => h.scene === scene);

  beforeAll(async () => {
    world = makeWorld();
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'NODE_EXTRA_CA_CERTS', 'GOTONG_ALLOW_REDIRECT_HOSTS']) delete world.env[name];
    registry = await makeRegistry(world, ['bandung']);
    for (const version of ['1.0.0', '1.1.0']) {
      const dir = world.path(`mod-${version}`);
      await writeModule(dir, { name: MODULE, version, description: { id: 'Kode wilayah', en: 'Region codes' } }, { 'data/wilayah.csv': `kode,nama,versi\n32.73,Kota Bandung,${version}\n61.12,Kabupaten Kubu Raya,${version}\n` });
      await registry.publishDir(dir);
    }
    served = await serveRegistry({ cwd: world.root, registry: 'nusantara', reporter: new MemoryReporter(), env: world.env, port: 0, pollMs: 60_000 });
    faults = await startFaultServer(`${served.url}/registry/`);
    proxy = await startProxy();
    await fs.mkdir(world.path('ws-base'));
    const first = await gotong(['install', `${MODULE}@1.0.0`, '--registry', faults.scene('base'), '--json'], { cwd: world.path('ws-base'), env: { ...world.env, GOTONG_HOME: world.path('home-base') } });
    expect(first.json, first.stderr).toMatchObject({ ok: true, installed: [{ name: MODULE, version: '1.0.0' }] });
    expect(await fs.readFile(world.path('ws-base/gotong_modules', MODULE, 'data/wilayah.csv'), 'utf8')).toContain('Kabupaten Kubu Raya,1.0.0');
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await faults?.close();
    await served?.close();
    await world?.cleanup();
  });

  it('an unchanged registry costs two small requests: timestamp.json answers 304', async () => {
    const before = faults.hits.length;
    const again = await gotong(['install', '--refresh', '--registry', faults.scene('base'), '--json'], { cwd: world.path('ws-base'), env: { ...world.env, GOTONG_HOME: world.path('home-base') } });
    expect(again.json, JSON.stringify(again.json)).toMatchObject({ ok: true });
    const hits = faults.hits.slice(before);
    expect(hits.map((h) => `${h.rel} ${h.status}`)).toEqual(['metadata/2.root.json 404', 'metadata/timestamp.json 304']);
    expect(hits[1].ifNoneMatch).toMatch(/^"[0-9a-f]+"$/);
  });

  it('a 500, a cut-off body and a stalled one are each retried, and the install succeeds', async () => {
    const url = faults.scene(
      'flaky',
      { path: TIMESTAMP, kind: 'status', status: 503, times: 1 },
      { path: /^metadata\/\d+\.snapshot\.json$/, kind: 'stall-body', times: 1 },
      { path: TARBALL, kind: 'truncate', times: 1 },
    );
    const { result } = await installIn('flaky', url);
    expect(result.json, result.stderr).toMatchObject({ ok: true, installed: [{ name: MODULE, version: '1.1.0' }] });
    expect(await fs.readFile(world.path('ws-flaky/gotong_modules', MODULE, 'data/wilayah.csv'), 'utf8')).toContain('Kabupaten Kubu Raya,1.1.0');
    const tries = (re: RegExp) => hitsOf('flaky').filter((h) => re.test(h.rel)).length;
    expect([tries(TIMESTAMP), tries(/snapshot\.json$/), tries(TARBALL)]).toEqual([2, 2, 2]);
  });

  it('every lasting fault ends in a clear error, and the previous tree and lockfile stay as they were', async () => {
    const cases: Array<[string, Fault, string, RegExp, NodeJS.ProcessEnv?]> = [
      ['down', { path: TARBALL, kind: 'status', status: 500 }, 'GOTONG_E_REGISTRY_UNREACHABLE', /HTTP 500 \(2 attempts\)/],
      ['no-headers', { path: TIMESTAMP, kind: 'stall-headers' }, 'GOTONG_E_REGISTRY_UNREACHABLE', /no answer within 2s/],
      ['stalled-body', { path: TARBALL, kind: 'stall-body' }, 'GOTONG_E_REGISTRY_UNREACHABLE', /stalled for 2s/],
      ['trickled', { path: TARBALL, kind: 'trickle' }, 'GOTONG_E_REGISTRY_UNREACHABLE', /slower than 4 KiB\/s/, { GOTONG_HTTP_TIMEOUT: '1' }],
      ['truncated', { path: TARBALL, kind: 'truncate' }, 'GOTONG_E_REGISTRY_UNREACHABLE', /closed before the whole file arrived/],
      ['declared-longer', { path: TARBALL, kind: 'declared-longer' }, 'GOTONG_E_TARGET_MISMATCH', /larger than the \d+ bytes allowed/],
      ['declared-shorter', { path: TARBALL, kind: 'declared-shorter' }, 'GOTONG_E_TARGET_MISMATCH', /does not match its signed length/],
      ['endless', { path: TIMESTAMP, kind: 'endless' }, 'GOTONG_E_METADATA_INVALID', /larger than allowed/],
      ['elsewhere', { path: /./, kind: 'redirect', location: (rel) => `http://192.0.2.7/${rel}` }, 'GOTONG_E_REDIRECT_REFUSED', /to another host \(192\.0\.2\.7\)/],
    ];
    const outcomes = await Promise.all(cases.map(([scene, fault, , , env]) => installIn(scene, faults.scene(scene, fault), env)));
    cases.forEach(([scene, , code, message], i) => {
      const { result, changed } = outcomes[i];
      expect({ scene, code: result.json.error?.code, changed }, result.stdout + result.stderr).toEqual({ scene, code, changed: false });
      expect(result.json.error?.message).toMatch(message);
      expect(result.json.error?.hint).toBeTruthy();
    });
    expect(outcomes.find((_, i) => cases[i][0] === 'elsewhere')!.result.json.error?.hint).toContain('GOTONG_ALLOW_REDIRECT_HOSTS=192.0.2.7');
  }, 30_000);

  it('no more than 8 requests are in flight to one registry', async () => {
    const url = faults.scene('crowd', { path: /^many\//, kind: 'stall-headers' });
    const source = new HttpSource(url, 'the crowded mirror', { cacheDir: null, env: { ...world.env, GOTONG_HTTP_TIMEOUT: '2', GOTONG_HTTP_RETRIES: '0' } });
    const reads = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => source.read(`many/${i}.json`, 1024)));
    expect(reads.every((r) => r.status === 'rejected')).toBe(true);
    // The first 8 went out together; the other 12 waited their turn and, the host being down by then, never went out.
    expect(hitsOf('crowd')).toHaveLength(8);
    await source.close();
  });

  it('once a host has failed every attempt, the rest of the command does not wait for it again', async () => {
    const url = faults.scene('dead', { path: /./, kind: 'stall-headers' });
    const source = new HttpSource(url, 'the stalled mirror', { cacheDir: null, env: { ...world.env, GOTONG_HTTP_TIMEOUT: '0.5', GOTONG_HTTP_RETRIES: '0' } });
    await expect(source.read('metadata/2.root.json', 1)).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_UNREACHABLE', message: expect.stringContaining('no answer within 0.5s') });
    await expect(source.read('metadata/timestamp.json', 16 * 1024)).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_UNREACHABLE' });
    expect(hitsOf('dead')).toHaveLength(1);
    await source.close();
  });

  it('redirects are followed on the same host, and to another host once it is allowed', async () => {
    faults.scene('ok');
    const other = await faults.listenAgain();
    const hop = await installIn('hop', faults.scene('hop', { path: /./, kind: 'redirect', location: (rel) => `/ok/${rel}` }));
    expect(hop.result.json, hop.result.stderr).toMatchObject({ ok: true, installed: [{ version: '1.1.0' }] });
    const away = faults.scene('away', { path: /./, kind: 'redirect', location: (rel) => `${other}ok/${rel}` });
    const allowed = await installIn('away', away, { GOTONG_ALLOW_REDIRECT_HOSTS: new URL(other).host });
    expect(allowed.result.json, allowed.result.stderr).toMatchObject({ ok: true, installed: [{ version: '1.1.0' }] });
  });

  it('credentials in the registry URL go to its host, and not to a host it redirects to', async () => {
    const locked = faults.scene('locked', { path: /./, kind: 'needs-auth', credentials: 'kuburaya:rahasia' });
    const env = { ...world.env, GOTONG_HTTP_RETRIES: '0' };
    const read = (url: string, extra: NodeJS.ProcessEnv = {}) => new HttpSource(url, 'the office mirror', { cacheDir: null, env: { ...env, ...extra } }).read('registry.json', 64 * 1024);
    await expect(read(locked)).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_UNREACHABLE', message: expect.stringContaining('HTTP 401'), hint: expect.stringContaining('https://user:token@host') });
    expect((await read(locked.replace('http://', 'http://kuburaya:rahasia@')))?.toString('utf8')).toContain('nusantara');
    const other = new URL(await faults.listenAgain());
    faults.scene('onward', { path: /./, kind: 'redirect', location: (rel) => `${other.origin}/ok/${rel}` });
    await read(faults.scene('onward').replace('http://', 'http://kuburaya:rahasia@'), { GOTONG_ALLOW_REDIRECT_HOSTS: other.host });
    expect(hitsOf('onward').map((h) => h.authorization)).toEqual([`Basic ${Buffer.from('kuburaya:rahasia').toString('base64')}`]);
    expect(faults.hits.filter((h) => h.scene === 'ok').at(-1)?.authorization).toBeNull();
  });

  it('HTTP_PROXY carries the requests, except to hosts NO_PROXY names', async () => {
    const through = await installIn('proxied', faults.scene('proxied'), { HTTP_PROXY: proxy.url });
    expect(through.result.json, through.result.stderr).toMatchObject({ ok: true });
    // undici tunnels plain http through the proxy too.
    const tunnels = proxy.log.filter((line) => line === `CONNECT ${new URL(faults.url).host}`).length;
    expect(tunnels).toBeGreaterThan(0);
    const around = await installIn('direct', faults.scene('direct'), { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    expect(around.result.json, around.result.stderr).toMatchObject({ ok: true });
    expect(proxy.log.filter((line) => line === `CONNECT ${new URL(faults.url).host}`).length).toBe(tunnels);
    expect(hitsOf('direct').length).toBeGreaterThan(0);
  });

  it('a proxy that wants credentials gets them from the proxy URL, and says so when they are missing', async () => {
    const guarded = await startProxy({ credentials: 'kantor:rahasia' });
    try {
      const url = faults.scene('guarded');
      const read = (proxyUrl: string) => new HttpSource(url, 'the office mirror', { cacheDir: null, env: { ...world.env, HTTP_PROXY: proxyUrl } }).read('registry.json', 64 * 1024);
      await expect(read(guarded.url)).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_UNREACHABLE', message: expect.stringContaining('HTTP 407'), hint: expect.stringContaining('HTTPS_PROXY=http://user:password@proxy:port') });
      expect((await read(guarded.url.replace('http://', 'http://kantor:rahasia@')))?.toString('utf8')).toContain('nusantara');
      expect(guarded.log).toHaveLength(2);
    } finally {
      await guarded.close();
    }
  });

  it('over HTTPS through a CONNECT proxy, trusting the office CA from NODE_EXTRA_CA_CERTS', async () => {
    const ca = await makeTestCa(world.path('ca'));
    const secure = await startFaultServer(`${served.url}/registry/`, { tls: { key: ca.key, cert: ca.cert } });
    try {
      const [trusted, untrusted] = await Promise.all([
        installIn('tls', secure.scene('tls'), { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: ca.caFile }),
        installIn('tls-unknown-ca', secure.scene('tls-unknown-ca')),
      ]);
      expect(trusted.result.json, trusted.result.stderr).toMatchObject({ ok: true, installed: [{ version: '1.1.0' }] });
      expect(proxy.log).toContain(`CONNECT ${new URL(secure.url).host}`);
      expect(untrusted.result.json.error).toMatchObject({ code: 'GOTONG_E_REGISTRY_UNREACHABLE', hint: expect.stringContaining('NODE_EXTRA_CA_CERTS') });
      expect(untrusted.changed).toBe(false);
      // In process (gotong serve, tests), the CA comes from the env the command was given, not the one Node started with.
      const env = { ...world.env, NODE_EXTRA_CA_CERTS: ca.caFile };
      const source = new HttpSource(secure.scene('in-process'), 'the office mirror', { cacheDir: null, env });
      expect((await source.read('registry.json', 64 * 1024))?.toString('utf8')).toContain('nusantara');
      await source.close();
    } finally {
      await secure.close();
    }
  });

  // Last: it publishes, and the scenes above expect 1.1.0 to be the newest.
  it('when the registry moves, timestamp.json answers 200 with the new bytes, and then 304 again', async () => {
    const dir = world.path('mod-1.2.0');
    await writeModule(dir, { name: MODULE, version: '1.2.0', description: { id: 'Kode wilayah', en: 'Region codes' } }, { 'data/wilayah.csv': 'kode,nama,versi\n61.12,Kabupaten Kubu Raya,1.2.0\n' });
    await registry.publishDir(dir);
    expect(await served.poll()).toBe(true);
    const run = (args: string[]) => gotong([...args, '--registry', faults.scene('base'), '--json'], { cwd: world.path('ws-base'), env: { ...world.env, GOTONG_HOME: world.path('home-base') } });
    const timestamps = () => faults.hits.filter((h) => h.scene === 'base' && h.rel === 'metadata/timestamp.json');
    const seen = timestamps().length;
    const moved = await run(['install', `${MODULE}@1.2.0`]);
    expect(moved.json, moved.stderr).toMatchObject({ ok: true, installed: [{ version: '1.2.0' }] });
    const [revalidated] = timestamps().slice(seen);
    expect(revalidated).toMatchObject({ status: 200, ifNoneMatch: expect.stringMatching(/^"/) });
    const again = await run(['install', '--refresh']);
    expect(again.json, again.stderr).toMatchObject({ ok: true });
    const last = timestamps().at(-1)!;
    expect(last).toMatchObject({ status: 304 });
    expect(last.ifNoneMatch).not.toBe(revalidated.ifNoneMatch);
  });
});
