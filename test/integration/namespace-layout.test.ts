// Each namespace's files live on a branch of their own, linked from main
// (src/registry/namespaces.ts): a publish pushes main and its namespace's
// branch together and leaves the other namespaces' commits alone; a registry
// in the earlier layout (every file in main's tree) still installs, and its
// namespace moves to a branch with its next publish; a link to a commit the
// registry does not have is a clear refusal.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { verifyInstalled } from '../../src/install/verify-installed.js';
import { checkOutEverything } from '../../src/registry/namespaces.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'admin', GIT_AUTHOR_EMAIL: 'admin@gotong.invalid', GIT_COMMITTER_NAME: 'admin', GIT_COMMITTER_EMAIL: 'admin@gotong.invalid' } }).trim();
}

/** main's entries under targets/: name -> "<mode> <type> <oid>". */
function targetEntries(registry: TestRegistry): Map<string, string> {
  const lines = git(registry.url, 'ls-tree', 'main', 'targets/').split('\n').filter(Boolean);
  return new Map(lines.map((line) => [line.split('\t')[1].slice('targets/'.length), line.split('\t')[0]]));
}

describe('the namespace layout of a registry', () => {
  let world: TestWorld;
  let registry: TestRegistry;

  async function publish(name: string, version: string, namespace = 'bandung') {
    const dir = world.path(`src/${name}-${version}`);
    await writeModule(dir, { name: `@${namespace}/${name}`, version }, { 'data/wilayah.csv': `kode,nama\n32.73,Kota Bandung ${version}\n` });
    expect((await registry.publishDir(dir, namespace)).status).toBe('published');
  }

  async function installInto(name: string, modules: string[]) {
    const cwd = world.path(name);
    await fs.mkdir(cwd, { recursive: true });
    const result = await install({ cwd, add: modules, reporter: new MemoryReporter(), env: world.env });
    expect((await verifyInstalled(cwd)).ok).toBe(true);
    return result;
  }

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
  });
  afterAll(() => world.cleanup());

  it('links each namespace from main, and a publish moves only its own namespace', async () => {
    await publish('ref-kode-wilayah', '1.0.0');
    await publish('portal-kuburaya', '1.0.0', 'kuburaya');
    const before = targetEntries(registry);
    expect(before.get('bandung')).toMatch(/^160000 commit /);
    expect(before.get('kuburaya')).toMatch(/^160000 commit /);
    expect(git(registry.url, 'rev-parse', 'targets/bandung')).toBe(before.get('bandung')!.split(' ')[2]);

    await publish('ref-kode-wilayah', '1.1.0');
    const after = targetEntries(registry);
    expect(after.get('kuburaya')).toBe(before.get('kuburaya'));
    const bandung = after.get('bandung')!.split(' ')[2];
    expect(bandung).not.toBe(before.get('bandung')!.split(' ')[2]);
    // The branch keeps its history: the new commit's parent is the one main linked before.
    expect(git(registry.url, 'rev-parse', `${bandung}^`)).toBe(before.get('bandung')!.split(' ')[2]);
    expect(git(registry.url, 'rev-parse', 'targets/bandung')).toBe(bandung);
    // main's tree holds no tarball: the server's check of a push walks only its few entries.
    expect(git(registry.url, 'ls-tree', '-r', '--name-only', 'main').split('\n').filter((p) => p.endsWith('.tgz'))).toEqual([]);

    const verified = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], { cwd: world.root, env: world.env });
    expect(verified.json).toMatchObject({ ok: true, problems: [] });

    const installed = await installInto('kota-a', ['@bandung/ref-kode-wilayah', '@kuburaya/portal-kuburaya']);
    expect(installed.installed.map((m) => `${m.name}@${m.version}`).sort()).toEqual(['@bandung/ref-kode-wilayah@1.1.0', '@kuburaya/portal-kuburaya@1.0.0']);
  });

  it('installs from a registry in the earlier layout, and moves a namespace to its branch with its next publish', async () => {
    // Rewrite main as the earlier layout wrote it: every namespace's files in main's own tree.
    const flat = world.path('flat');
    git(world.root, 'clone', '--quiet', registry.url, flat);
    await checkOutEverything(flat, 'HEAD');
    git(flat, 'add', '--all', '.');
    git(flat, 'commit', '--quiet', '-m', 'the earlier layout');
    git(flat, 'push', '--quiet', 'origin', 'HEAD:main');
    expect(targetEntries(registry).get('bandung')).toMatch(/^040000 tree /);
    expect(git(registry.url, 'ls-tree', '-r', '--name-only', 'main').split('\n').some((p) => p.endsWith('ref-kode-wilayah-1.1.0.tgz'))).toBe(true);

    await installInto('kota-b', ['@bandung/ref-kode-wilayah@1.0.0']);

    await publish('ref-kode-wilayah', '1.2.0');
    const entries = targetEntries(registry);
    expect(entries.get('bandung')).toMatch(/^160000 commit /);
    expect(entries.get('kuburaya')).toMatch(/^040000 tree /); // untouched: stays as it was
    const result = await installInto('kota-c', ['@bandung/ref-kode-wilayah@1.2.0', '@kuburaya/portal-kuburaya']);
    expect(result.installed).toHaveLength(2);
    // Every earlier version is still there, on the namespace's new branch.
    await installInto('kota-d', ['@bandung/ref-kode-wilayah@1.0.0']);
  });

  it('fetches the namespace branches into a clone that has the newest main without them (one made before them)', async () => {
    const registries = join(world.env.GOTONG_HOME!, 'registries');
    const [id] = await fs.readdir(registries);
    const clone = join(registries, id, 'read');
    const link = targetEntries(registry).get('bandung')!.split(' ')[2];
    // What an earlier gotong left: main fetched, no namespace branch, no mark.
    for (const ref of git(clone, 'for-each-ref', '--format=%(refname)', 'refs/remotes/origin/targets/').split('\n').filter(Boolean)) git(clone, 'update-ref', '-d', ref);
    await fs.rm(join(clone, '.git', 'gotong-namespaces-fetched'));
    git(clone, 'reflog', 'expire', '--expire=now', '--all');
    git(clone, 'gc', '--quiet', '--prune=now');
    expect(() => git(clone, 'cat-file', '-e', link)).toThrow();

    await fs.rm(join(world.env.GOTONG_HOME!, 'cache'), { recursive: true, force: true });
    await fs.rm(join(world.env.GOTONG_HOME!, 'store'), { recursive: true, force: true });
    await installInto('kota-upgrade', ['@bandung/ref-kode-wilayah@1.1.0']);
    expect(git(clone, 'cat-file', '-t', link)).toBe('commit');
  });

  it('fetches a namespace commit that reached its branch after main, even though main has not moved since', async () => {
    // main links a commit that the server has but no branch holds yet, as a reader sees for a
    // moment while a publish moves main and the branch one after the other.
    const late = world.path('late');
    git(world.root, 'clone', '--quiet', registry.url, late);
    const branch = git(late, 'rev-parse', 'origin/targets/kuburaya');
    const newer = git(late, 'commit-tree', `${branch}^{tree}`, '-p', branch, '-m', 'kuburaya, linked before its branch holds it');
    git(late, 'push', '--quiet', 'origin', `${newer}:refs/heads/held-back`);
    git(late, 'rm', '-r', '--cached', '--quiet', 'targets/kuburaya');
    git(late, 'update-index', '--add', '--cacheinfo', `160000,${newer},targets/kuburaya`);
    git(late, 'commit', '--quiet', '-m', 'link kuburaya ahead of its branch');
    git(late, 'push', '--quiet', 'origin', 'HEAD:main', ':refs/heads/held-back');

    await fs.rm(join(world.env.GOTONG_HOME!, 'cache'), { recursive: true, force: true });
    await fs.rm(join(world.env.GOTONG_HOME!, 'store'), { recursive: true, force: true });
    const ws = world.path('kota-late');
    await fs.mkdir(ws);
    const first = await install({ cwd: ws, add: ['@kuburaya/portal-kuburaya'], reporter: new MemoryReporter(), env: world.env }).then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(first?.code).toBe('GOTONG_E_TARGET_MISSING');

    git(late, 'push', '--quiet', '--force', 'origin', `${newer}:refs/heads/targets/kuburaya`);
    await installInto('kota-late', ['@kuburaya/portal-kuburaya']);
  });

  it('refuses, and changes nothing, when main links a namespace commit the registry does not have', async () => {
    const ws = world.path('kota-e');
    await installInto('kota-e', ['@bandung/ref-kode-wilayah@1.2.0']);
    const installedBefore = await fs.readFile(join(ws, 'gotong-lock.json'), 'utf8');

    const bad = world.path('bad-link');
    git(world.root, 'clone', '--quiet', registry.url, bad);
    git(bad, 'update-index', '--cacheinfo', `160000,${'1'.repeat(40)},targets/bandung`);
    git(bad, 'commit', '--quiet', '-m', 'link to nothing');
    git(bad, 'push', '--quiet', 'origin', 'HEAD:main');

    await fs.rm(join(world.env.GOTONG_HOME!, 'cache'), { recursive: true, force: true });
    await fs.rm(join(world.env.GOTONG_HOME!, 'store'), { recursive: true, force: true });
    await fs.rm(join(ws, 'gotong_modules'), { recursive: true, force: true });
    const error = await install({ cwd: ws, reporter: new MemoryReporter(), env: world.env }).then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).toBe('GOTONG_E_TARGET_MISSING');
    expect(await fs.readFile(join(ws, 'gotong-lock.json'), 'utf8')).toBe(installedBefore);
    await expect(fs.access(join(ws, 'gotong_modules', '@bandung'))).rejects.toThrow();

    // `registry verify` names the link the branch does not hold, which a host's housekeeping may delete.
    const verified = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], { cwd: world.root, env: world.env });
    expect(verified.code).toBe(3);
    expect(verified.json.problems).toContainEqual({ where: 'targets/bandung', message: `main links commit ${'1'.repeat(12)}, which branch targets/bandung does not hold: the git host may delete it` });
  });
});
