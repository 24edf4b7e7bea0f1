// Every refusal the core issue names, through the real command line: the
// user sees a stable code, and the workspace, its lockfile and the registry
// are exactly as before.
import { checkOutEverything } from '../../src/registry/namespaces.js';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Metadata, MetadataKind, Timestamp } from '@tufjs/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { snapshotTree } from '../helpers/snapshot.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'attacker', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'attacker', GIT_COMMITTER_EMAIL: 'a@x' } }).trim();
}

/** Clones the registry, lets `edit` change the working tree, then pushes (force when asked). */
async function tamper(world: TestWorld, registry: TestRegistry, edit: (dir: string) => Promise<void>): Promise<void> {
  const dir = world.path(`tamper-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  git(world.root, 'clone', '--quiet', registry.url, dir);
  await checkOutEverything(dir, 'HEAD'); // each namespace's files in its folder
  await edit(dir);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'tamper');
  git(dir, 'push', '--quiet', 'origin', 'HEAD:main');
}

async function workspaceState(dir: string) {
  return snapshotTree(dir);
}

async function registryState(registry: TestRegistry) {
  return { head: git(registry.url, 'rev-parse', 'main'), files: await snapshotTree(registry.url) };
}

describe('refusals through the command line', () => {
  let world: TestWorld;
  let registry: TestRegistry;

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    await writeModule(world.path('mod/ui-kit'), { name: '@bandung/ui-kit', version: '1.2.0' }, { 'ui.css': 'body{}' });
    await writeModule(world.path('mod/musrenbang'), { name: '@bandung/e-musrenbang', version: '2.1.0', dependencies: { '@bandung/ui-kit': '^1.2.0' } }, { 'index.html': '<h1>Musrenbang</h1>' });
    await registry.publishDir(world.path('mod/ui-kit'));
    await registry.publishDir(world.path('mod/musrenbang'));
  });
  afterAll(() => world.cleanup());

  async function freshWorkspace(name: string, dependencies: Record<string, string> = {}): Promise<string> {
    const dir = world.path(name);
    await writeModule(dir, { name: '@kuburaya/portal', private: true, dependencies } as never, {});
    await fs.rm(join(dir, 'README.md'));
    return dir;
  }

  it('refuses a module name that is not @namespace/name, and changes nothing', async () => {
    const ws = await freshWorkspace('ws-name');
    const before = await workspaceState(ws);
    for (const bad of ['@Bandung/UI', 'bandung/ui-kit', '@bandung/ui_kit', '@bandung/../x']) {
      const result = await gotong(['install', bad, '--json'], { cwd: ws, env: world.env });
      expect(result.json.error?.code, bad).toBe('GOTONG_E_NAME_INVALID');
      expect(result.code).toBe(1);
    }
    expect(await workspaceState(ws)).toEqual(before);
  });

  it('refuses an invalid range and an invalid version', async () => {
    const ws = await freshWorkspace('ws-range');
    const before = await workspaceState(ws);
    const range = await gotong(['install', '@bandung/ui-kit@not a range', '--json'], { cwd: ws, env: world.env });
    expect(range.json.error?.code).toBe('GOTONG_E_RANGE_INVALID');
    const version = await gotong(['version', '1.x', world.path('mod/ui-kit'), '--json'], { cwd: ws, env: world.env });
    expect(version.json.error?.code).toBe('GOTONG_E_VERSION_INVALID');
    expect(await workspaceState(ws)).toEqual(before);
  });

  it('refuses a malformed gotong.json with the line, and changes nothing', async () => {
    const ws = world.path('ws-malformed');
    await fs.mkdir(ws, { recursive: true });
    await fs.writeFile(join(ws, 'gotong.json'), '{\n  "private": true,\n  "dependencies": { "@bandung/ui-kit": "^1.0.0", }\n}\n');
    const before = await workspaceState(ws);
    const result = await gotong(['install'], { cwd: ws, env: world.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GOTONG_E_MANIFEST_INVALID');
    expect(result.stderr).toMatch(/line 3/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await workspaceState(ws)).toEqual(before);
  });

  it('refuses an unknown module and an unsatisfiable range', async () => {
    const ws = await freshWorkspace('ws-unknown');
    const before = await workspaceState(ws);
    const unknown = await gotong(['install', '@bandung/e-budgeting', '--json'], { cwd: ws, env: world.env });
    expect(unknown.json.error?.code).toBe('GOTONG_E_MODULE_NOT_FOUND');
    const unsatisfiable = await gotong(['install', '@bandung/ui-kit@^3.0.0', '--json'], { cwd: ws, env: world.env });
    expect(unsatisfiable.json.error?.code).toBe('GOTONG_E_NO_MATCHING_VERSION');
    expect(unsatisfiable.json.error?.hint).toContain('1.2.0');
    expect(await workspaceState(ws)).toEqual(before);
  });

  it('explains a conflict in words: who asks for what', async () => {
    const ws = await freshWorkspace('ws-conflict', { '@bandung/e-musrenbang': '^2.1.0', '@bandung/ui-kit': '~1.0.0' });
    const result = await gotong(['install', '--json'], { cwd: ws, env: world.env });
    expect(result.json.error?.code).toBe('GOTONG_E_RESOLVE_CONFLICT');
    expect(result.json.error?.message).toContain('the workspace asks for ~1.0.0');
    expect(result.json.error?.message).toContain('@bandung/e-musrenbang@2.1.0 asks for ^1.2.0');
    // The same facts as data, for scripts: who asks for what range.
    expect(result.json.error?.details).toEqual({
      module: '@bandung/ui-kit',
      demands: [
        { from: 'the workspace', range: '~1.0.0' },
        { from: '@bandung/e-musrenbang@2.1.0', range: '^1.2.0' },
      ],
      published: ['1.2.0'],
      yanked: [],
    });
  });

  it('refuses a publisher key that is not delegated for the namespace, and the registry is untouched', async () => {
    await writeModule(world.path('mod/kuburaya-x'), { name: '@bandung/peta-kuburaya', version: '1.0.0' });
    const before = await registryState(registry);
    const result = await gotong(['publish', world.path('mod/kuburaya-x'), '--registry', 'nusantara', '--key', registry.publishers.kuburaya.privateFile, '--online-key', registry.online.privateFile, '--json'], { cwd: world.root, env: world.env });
    expect(result.json.error?.code).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect(result.stdout + result.stderr).not.toContain('PRIVATE KEY');
    expect(await registryState(registry)).toEqual(before);
  });

  it('refuses the same version with different bytes, and accepts the same bytes again', async () => {
    const before = await registryState(registry);
    const same = await gotong(['publish', world.path('mod/ui-kit'), '--registry', 'nusantara', '--key', registry.publishers.bandung.privateFile, '--online-key', registry.online.privateFile, '--json'], { cwd: world.root, env: world.env });
    expect(same.json.status).toBe('already-published');
    await fs.writeFile(world.path('mod/ui-kit/ui.css'), 'body{color:red}');
    const changed = await gotong(['publish', world.path('mod/ui-kit'), '--registry', 'nusantara', '--key', registry.publishers.bandung.privateFile, '--online-key', registry.online.privateFile, '--json'], { cwd: world.root, env: world.env });
    expect(changed.json.error?.code).toBe('GOTONG_E_VERSION_EXISTS');
    await fs.writeFile(world.path('mod/ui-kit/ui.css'), 'body{}');
    expect(await registryState(registry)).toEqual(before);
  });

  it('refuses a root whose sha256 differs from the pinned one', async () => {
    const config = await fs.readFile(join(world.env.GOTONG_HOME!, 'config.json'), 'utf8');
    const result = await gotong(['registry', 'add', 'palsu', registry.url, '--root-sha256', 'a'.repeat(64), '--json'], { cwd: world.root, env: world.env });
    expect(result.json.error?.code).toBe('GOTONG_E_ROOT_MISMATCH');
    expect(await fs.readFile(join(world.env.GOTONG_HOME!, 'config.json'), 'utf8')).toBe(config);
  });

  it('refuses --frozen when the lockfile is stale', async () => {
    const ws = await freshWorkspace('ws-frozen', { '@bandung/ui-kit': '^1.0.0' });
    expect((await gotong(['install', '--json'], { cwd: ws, env: world.env })).json.ok).toBe(true);
    const manifest = JSON.parse(await fs.readFile(join(ws, 'gotong.json'), 'utf8'));
    manifest.dependencies['@bandung/e-musrenbang'] = '^2.0.0';
    await fs.writeFile(join(ws, 'gotong.json'), JSON.stringify(manifest, null, 2));
    const before = await workspaceState(ws);
    const result = await gotong(['install', '--frozen', '--json'], { cwd: ws, env: world.env });
    expect(result.json.error?.code).toBe('GOTONG_E_LOCKFILE_STALE');
    expect(await workspaceState(ws)).toEqual(before);
  });
});

describe('refusals of a tampered registry', () => {
  let world: TestWorld;
  let registry: TestRegistry;

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    await writeModule(world.path('mod/ui-kit'), { name: '@bandung/ui-kit', version: '1.0.0' }, { 'ui.css': 'body{}' });
    await registry.publishDir(world.path('mod/ui-kit'));
  });
  afterAll(() => world.cleanup());

  async function installedWorkspace(name: string): Promise<string> {
    const ws = world.path(name);
    await fs.mkdir(ws, { recursive: true });
    const first = await gotong(['install', '@bandung/ui-kit', '--json'], { cwd: ws, env: world.env });
    expect(first.json.ok).toBe(true);
    return ws;
  }

  it('refuses metadata rolled back to an older commit after a newer one was seen', async () => {
    const ws = await installedWorkspace('ws-rollback');
    const old = git(registry.url, 'rev-parse', 'main');
    await writeModule(world.path('mod/ui-kit-2'), { name: '@bandung/ui-kit', version: '1.1.0' }, { 'ui.css': 'body{margin:0}' });
    await registry.publishDir(world.path('mod/ui-kit-2'));
    expect((await gotong(['info', '@bandung/ui-kit', '--json'], { cwd: ws, env: world.env })).json.latest).toBe('1.1.0');
    const latest = git(registry.url, 'rev-parse', 'main');
    // What a force-push to an old commit leaves on the server.
    git(registry.url, 'update-ref', 'refs/heads/main', old);
    const before = await workspaceState(ws);
    const result = await gotong(['install', '@bandung/ui-kit@^1.0.0', '--json'], { cwd: ws, env: world.env });
    expect(result.json.error?.code).toBe('GOTONG_E_METADATA_ROLLBACK');
    expect(await workspaceState(ws)).toEqual(before);
    git(registry.url, 'update-ref', 'refs/heads/main', latest);
  });

  it('refuses a tarball altered after signing, before extracting anything', async () => {
    const env = { ...world.env, GOTONG_HOME: world.path('home-alter') };
    await fs.cp(world.env.GOTONG_HOME!, env.GOTONG_HOME, { recursive: true });
    // Neither the cache nor the module store may answer: the tarball must be read from the registry.
    for (const dir of ['cache', 'store']) await fs.rm(join(env.GOTONG_HOME, dir), { recursive: true, force: true });
    await tamper(world, registry, async (dir) => {
      const folder = join(dir, 'targets', 'bandung', 'ui-kit');
      for (const name of await fs.readdir(folder)) {
        if (!name.endsWith('ui-kit-1.0.0.tgz')) continue;
        const bytes = await fs.readFile(join(folder, name));
        bytes[bytes.length - 10] ^= 0xff;
        await fs.writeFile(join(folder, name), bytes);
      }
    });
    const ws = world.path('ws-altered');
    await fs.mkdir(ws);
    const before = await workspaceState(ws);
    const result = await gotong(['install', '@bandung/ui-kit@1.0.0', '--json'], { cwd: ws, env });
    expect(result.json.error?.code).toBe('GOTONG_E_TARGET_MISMATCH');
    expect(await workspaceState(ws)).toEqual(before);
  });

  it('refuses an expired timestamp (a freeze)', async () => {
    const ws = await installedWorkspace('ws-expired');
    await tamper(world, registry, async (dir) => {
      const path = join(dir, 'metadata', 'timestamp.json');
      const current = Metadata.fromJSON(MetadataKind.Timestamp, JSON.parse(await fs.readFile(path, 'utf8')));
      const json = current.signed.toJSON() as Record<string, unknown>;
      const expired = new Metadata(Timestamp.fromJSON({ ...json, version: current.signed.version + 1, expires: '2020-01-01T00:00:00Z' } as never));
      expired.sign((data) => registry.online.signer.sign(data));
      await fs.writeFile(path, JSON.stringify(expired.toJSON()));
    });
    const before = await workspaceState(ws);
    const result = await gotong(['install', '@bandung/ui-kit@^1.0.0', '--json'], { cwd: ws, env: world.env });
    expect(result.json.error?.code).toBe('GOTONG_E_METADATA_EXPIRED');
    expect(result.code).toBe(3);
    expect(await workspaceState(ws)).toEqual(before);
  });
});
