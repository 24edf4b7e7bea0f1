// Installing from a git registry downloads what the install reads, not every
// city's tarballs: a reader's clone holds main without file contents, the
// namespace commits it reads are fetched one commit deep, and the files read
// together come in one request. A host that refuses filters still works (with
// every file of main and of the namespaces read), and says so once.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

/** Bytes of git objects in the read clones under a GOTONG_HOME. */
function clonedBytes(home: string): number {
  let total = 0;
  for (const id of readdirSync(join(home, 'registries'))) {
    const out = execFileSync('git', ['-C', join(home, 'registries', id, 'read'), 'count-objects', '-v'], { encoding: 'utf8' });
    total += Number(/size-pack: (\d+)/.exec(out)![1]) * 1024 + Number(/size: (\d+)/.exec(out)![1]) * 1024;
  }
  return total;
}

describe('a first install from a git registry fetches only what it installs', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  const BIG = 3 * 1024 * 1024;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-partial-');
    registry = await makeRegistry(world, ['bandung', 'kuburaya'], world.path('served', 'registry.git'));
    // Kubu Raya's large applications, which Bandung's adopters never install.
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) {
      const dir = world.path('src', `portal-${version}`);
      await writeModule(dir, { name: '@kuburaya/portal', version }, { 'assets/peta.bin': randomBytes(BIG).toString('base64') });
      expect((await registry.publishDir(dir, 'kuburaya')).status).toBe('published');
    }
    for (const [name, version, deps] of [['@bandung/ui-kit', '1.2.0', {}], ['@bandung/e-musrenbang', '2.1.0', { '@bandung/ui-kit': '^1.2.0' }]] as const) {
      const dir = world.path('src', `${name.split('/')[1]}-${version}`);
      await writeModule(dir, { name, version, dependencies: deps }, { 'index.html': `<h1>${name}</h1>\n` });
      expect((await registry.publishDir(dir)).status).toBe('published');
    }
    server = await startGitServer(world.path('served'));
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  async function installFrom(url: string, home: string): Promise<{ json: Record<string, unknown>; stderr: string }> {
    const ws = world.path(`${home}-ws`);
    await fs.mkdir(ws, { recursive: true });
    const env = { ...world.env, GOTONG_HOME: world.path(home) };
    const added = await gotong(['registry', 'add', 'nusantara', url, '--root-sha256', registry.rootSha256, '--json'], { cwd: ws, env });
    expect(added.json.ok, added.stderr).toBe(true);
    const run = await gotong(['install', '@bandung/e-musrenbang', '--registry', 'nusantara', '--json'], { cwd: ws, env });
    expect(run.json, run.stderr).toMatchObject({ ok: true });
    // Whichever command clones first (here `registry add`, which verifies the registry) says it.
    return { json: run.json, stderr: added.stderr + run.stderr };
  }

  it('receives the metadata, two indexes and two small tarballs, not Kubu Raya\'s 9 MB', async () => {
    const run = await installFrom(server.url('registry.git'), 'kuburaya-home');
    expect((run.json.installed as Array<{ name: string }>).map((m) => m.name).sort()).toEqual(['@bandung/e-musrenbang', '@bandung/ui-kit']);
    expect(run.stderr).not.toContain('GOTONG_W_PARTIAL_CLONE_UNSUPPORTED');
    expect(clonedBytes(world.path('kuburaya-home'))).toBeLessThan(BIG / 4);
    // An audit reads everything: the same clone fetches the rest in one request, and verifies.
    const audit = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('kuburaya-home') } });
    expect(audit.json, audit.stderr).toMatchObject({ ok: true, targets: 8 });
    expect(clonedBytes(world.path('kuburaya-home'))).toBeGreaterThan(BIG);
  });

  it('a host without filters: the same install, with every file of the namespaces it reads, and one warning that says so', async () => {
    const plain = await startGitServer(world.path('served'), { allowFilter: false });
    try {
      const run = await installFrom(plain.url('registry.git'), 'plain-home');
      expect(run.stderr.match(/GOTONG_W_PARTIAL_CLONE_UNSUPPORTED/g)).toHaveLength(1);
      // Every file of main and of Bandung's branch, which it reads; still none of Kubu Raya's.
      expect(clonedBytes(world.path('plain-home'))).toBeLessThan(BIG / 4);
    } finally {
      await plain.stop();
    }
  });

  it('forgets a city\'s earlier commit once main links a newer one, so the clone does not grow with every publish', async () => {
    await installFrom(server.url('registry.git'), 'later-home');
    const read = join(world.path('later-home'), 'registries', readdirSync(join(world.path('later-home'), 'registries'))[0], 'read');
    const linkedRefs = (): string[] => execFileSync('git', ['-C', read, 'for-each-ref', '--format=%(objectname)', 'refs/gotong/linked/'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const linkedByMain = (): string => execFileSync('git', ['-C', world.path('served', 'registry.git'), 'rev-parse', 'main:targets/bandung'], { encoding: 'utf8' }).trim();
    expect(linkedRefs()).toEqual([linkedByMain()]);
    const dir = world.path('src', 'ui-kit-1.3.0');
    await writeModule(dir, { name: '@bandung/ui-kit', version: '1.3.0' }, { 'index.html': '<h1>ui-kit 1.3.0</h1>\n' });
    expect((await registry.publishDir(dir)).status).toBe('published');
    const info = await gotong(['info', '@bandung/ui-kit', '--registry', 'nusantara', '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('later-home') } });
    expect(info.json, info.stderr).toMatchObject({ ok: true });
    expect(linkedRefs()).toEqual([linkedByMain()]);
  });
});
