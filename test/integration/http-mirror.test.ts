// A registry read over HTTP: `gotong serve` publishes the registry's files on
// loopback, and a client that pinned the root installs from that static copy.
// The mirror needs no trust: a mirror that changes a byte is refused.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { verifyInstalled } from '../../src/install/verify-installed.js';
import { serveRegistry, type RunningServe } from '../../src/catalog/serve-registry.js';
import { addRegistry } from '../../src/admin/known-registries.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { snapshotTree } from '../helpers/snapshot.js';

describe('installing from a static HTTP copy of the registry', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let served: RunningServe;

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    await writeModule(world.path('mod/ref'), { name: '@bandung/ref-kode-wilayah', version: '1.1.0', description: { id: 'Kode wilayah', en: 'Region codes' } }, { 'data/wilayah.csv': 'kode,nama\n32.73,Kota Bandung\n' });
    await registry.publishDir(world.path('mod/ref'));
    served = await serveRegistry({ cwd: world.root, registry: 'nusantara', reporter: new MemoryReporter(), env: world.env, port: 0, pollMs: 60_000 });
  });
  afterAll(async () => {
    await served?.close();
    await world.cleanup();
  });

  it('serves the catalog and the registry files, never the git folder', async () => {
    const home = await fetch(`${served.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html');
    expect(await (await fetch(`${served.url}/catalog.json`)).text()).toContain('@bandung/ref-kode-wilayah');
    expect((await fetch(`${served.url}/registry/metadata/1.root.json`)).status).toBe(200);
    expect((await fetch(`${served.url}/registry/.git/config`)).status).toBe(404);
    expect((await fetch(`${served.url}/registry/../../etc/passwd`)).status).toBe(404);
  });

  it('a client pinned to the root installs over HTTP, every byte verified', async () => {
    const env = { ...world.env, GOTONG_HOME: world.path('client-home') };
    const reporter = new MemoryReporter();
    await addRegistry({ name: 'cermin', url: `${served.url}/registry/`, rootSha256: registry.rootSha256, reporter, env });
    const ws = world.path('portal');
    await fs.mkdir(ws);
    const result = await install({ cwd: ws, add: ['@bandung/ref-kode-wilayah'], registry: 'cermin', reporter, env });
    expect(result.installed).toEqual([{ name: '@bandung/ref-kode-wilayah', version: '1.1.0', integrity: expect.stringMatching(/^sha512-/) }]);
    expect(await fs.readFile(join(ws, 'gotong_modules/@bandung/ref-kode-wilayah/data/wilayah.csv'), 'utf8')).toContain('Kota Bandung');
    expect((await verifyInstalled(ws)).ok).toBe(true);
  });

  it('registry status reads the static copy: every role, and no branches to list', async () => {
    const env = { ...world.env, GOTONG_HOME: world.path('client-home') };
    const result = await gotong(['registry', 'status', '--registry', 'cermin', '--json'], { cwd: world.root, env });
    expect(result.json, result.stderr).toMatchObject({ ok: true, name: 'cermin', mode: 'direct', commit: null, pending: null, pinMatches: true, state: 'ok' });
    expect((result.json.roles as Array<{ name: string }>).map((r) => r.name)).toEqual(['root', 'timestamp', 'snapshot', 'targets', 'bandung', 'kuburaya']);
    expect((await gotong(['registry', 'status', '--registry', 'cermin'], { cwd: world.root, env })).stdout).toContain('pending: not known (a static copy has no branches)');
  });

  it('a mirror that serves altered bytes is refused and nothing changes', async () => {
    const env = { ...world.env, GOTONG_HOME: world.path('client-home-2') };
    const reporter = new MemoryReporter();
    await addRegistry({ name: 'cermin', url: `${served.url}/registry/`, rootSha256: registry.rootSha256, reporter, env });
    // The mirror's copy is the folder it serves: change a tarball there.
    const clone = join(served.current().registryDir!, 'targets', 'bandung', 'ref-kode-wilayah');
    const tarball = (await fs.readdir(clone)).find((name) => name.endsWith('.tgz'))!;
    const bytes = await fs.readFile(join(clone, tarball));
    bytes[bytes.length - 20] ^= 0x01;
    await fs.writeFile(join(clone, tarball), bytes);
    const ws = world.path('portal-2');
    await fs.mkdir(ws);
    const before = await snapshotTree(ws);
    await expect(install({ cwd: ws, add: ['@bandung/ref-kode-wilayah'], registry: 'cermin', reporter, env })).rejects.toMatchObject({ code: 'GOTONG_E_TARGET_MISMATCH' });
    expect(await snapshotTree(ws)).toEqual(before);
  });
});
