// A network that drops in the middle of a transfer: a proxy on loopback in
// front of a real `git daemon` cuts the connection after a number of bytes,
// while a clone, a fetch or a push is under way. Each is "the registry could
// not be reached" (exit 4, which scripts retry on), never a generic git
// failure, and nothing is left half-done in the workspace or the registry.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startCuttingProxy, startGitServer, type CuttingProxy, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { snapshotTree } from '../helpers/snapshot.js';

// Well past the ref listing, well short of a pack that holds the big module below.
const CUT_AFTER = 24_000;

describe('a connection dropped in the middle of a transfer', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let proxy: CuttingProxy;
  const limits: { down?: number; up?: number } = {};
  let url: string;
  let publisherEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-dropped-');
    registry = await makeRegistry(world, ['bandung'], world.path('served', 'registry.git'));
    server = await startGitServer(world.path('served'));
    proxy = await startCuttingProxy(server.port, limits);
    url = proxy.url('registry.git');
    publisherEnv = {
      ...world.env,
      GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers.bandung.privateFile, 'utf8'),
      GOTONG_ONLINE_KEY: await fs.readFile(registry.online.privateFile, 'utf8'),
    };
    await writeModule(world.path('mod/ui-kit'), { name: '@bandung/ui-kit', version: '1.0.0' }, { 'ui.css': 'body { font-family: sans-serif }\n' });
    // Random bytes do not compress: the pack that carries this module is far larger than CUT_AFTER.
    await writeModule(world.path('mod/peta'), { name: '@bandung/peta-kode-wilayah', version: '1.0.0' }, { 'peta.b64': randomBytes(200_000).toString('base64') });
    expect((await registry.publishDir(world.path('mod/ui-kit'))).status).toBe('published');
  });
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
    await world?.cleanup();
  });

  function unlimited(): void {
    delete limits.down;
    delete limits.up;
  }

  it('a clone cut short: GOTONG_E_REGISTRY_UNREACHABLE, exit 4, the workspace untouched', async () => {
    await registry.publishDir(world.path('mod/peta'));
    limits.down = CUT_AFTER;
    try {
      const workspace = world.path('ws-clone');
      await fs.mkdir(workspace);
      const cutsBefore = proxy.cuts();
      const env = { ...world.env, GOTONG_HOME: world.path('home-clone') };
      const result = await gotong(['install', '@bandung/peta-kode-wilayah', '--registry', url, '--json'], { cwd: workspace, env });
      expect(proxy.cuts(), result.stdout + result.stderr).toBeGreaterThan(cutsBefore);
      expect(result.json.error?.code, result.stdout + result.stderr).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      expect(result.code).toBe(4);
      // git names the cut by where it fell: inside the pack, or before its header.
      expect(result.json.error?.message).toMatch(/early EOF|hung up|disconnect|bad pack header/);
      expect(await fs.readdir(workspace)).toEqual([]);
    } finally {
      unlimited();
    }
  });

  it('a fetch into an existing clone cut short: exit 4, the installed tree and lockfile as they were', async () => {
    const env = { ...world.env, GOTONG_HOME: world.path('home-fetch') };
    const workspace = world.path('ws-fetch');
    await fs.mkdir(workspace);
    const first = await gotong(['install', '@bandung/ui-kit', '--registry', url, '--json'], { cwd: workspace, env });
    expect(first.json.ok, first.stderr).toBe(true);
    const before = await snapshotTree(workspace);
    await writeModule(world.path('mod/peta-2'), { name: '@bandung/peta-kode-wilayah', version: '1.1.0' }, { 'peta.b64': randomBytes(200_000).toString('base64') });
    await registry.publishDir(world.path('mod/peta-2'));
    limits.down = CUT_AFTER;
    try {
      const cutsBefore = proxy.cuts();
      const result = await gotong(['install', '@bandung/peta-kode-wilayah@1.1.0', '--registry', url, '--json'], { cwd: workspace, env });
      expect(proxy.cuts(), result.stdout + result.stderr).toBeGreaterThan(cutsBefore);
      expect(result.json.error?.code, result.stdout + result.stderr).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      expect(result.code).toBe(4);
      expect(await snapshotTree(workspace)).toEqual(before);
    } finally {
      unlimited();
    }
  });

  it('a push cut short: exit 4, not retried as contention, the registry unchanged', async () => {
    await writeModule(world.path('mod/peta-3'), { name: '@bandung/peta-kode-wilayah', version: '2.0.0' }, { 'peta.b64': randomBytes(200_000).toString('base64') });
    const refs = () => execFileSync('git', ['--git-dir', world.path('served', 'registry.git'), 'for-each-ref'], { encoding: 'utf8' });
    const before = refs();
    // The publisher's own fetch goes through; what it sends is cut.
    limits.up = CUT_AFTER;
    try {
      const cutsBefore = proxy.cuts();
      const result = await gotong(['publish', world.path('mod/peta-3'), '--registry', url, '--json'], { cwd: world.root, env: publisherEnv });
      expect(proxy.cuts(), result.stdout + result.stderr).toBeGreaterThan(cutsBefore);
      expect(result.json.error?.code, result.stdout + result.stderr).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      expect(result.code).toBe(4);
      expect(result.stderr).not.toContain('"type":"retry"');
      expect(refs()).toBe(before);
    } finally {
      unlimited();
    }
    // The same publish over a network that holds goes through.
    const again = await gotong(['publish', world.path('mod/peta-3'), '--registry', url, '--json'], { cwd: world.root, env: publisherEnv });
    expect(again.json, again.stderr).toMatchObject({ ok: true, status: 'published' });
  });
});
