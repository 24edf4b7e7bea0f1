// Links in the registry's own content. Anyone who can push to the registry
// (a member, a compromised git host) can commit symbolic links and gitlinks;
// no TUF signature covers the git tree itself. An honest publish must never
// write through one, `gotong serve` must never serve one (nor the clone's
// .git folder), and `registry verify` must name each. `gotong serve` is also
// checked here as a long-running reader: it builds again only when main
// moved, and readers never see a torn or missing file while publishes land.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRegistry, type RunningServe } from '../../src/catalog/serve-registry.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const run = promisify(execFile);
const MALLORY = { GIT_AUTHOR_NAME: 'mallory', GIT_AUTHOR_EMAIL: 'm@attacker.invalid', GIT_COMMITTER_NAME: 'mallory', GIT_COMMITTER_EMAIL: 'm@attacker.invalid' };

/** Every path under `dir` that is a symbolic link, and whether a .git entry exists anywhere. */
async function linksAndGit(dir: string): Promise<{ links: string[]; git: boolean }> {
  const links: string[] = [];
  let git = false;
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) links.push(path);
    if (entry.name === '.git') git = true;
  }
  return { links, git };
}

describe('links that a member pushes into the registry', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let served: RunningServe;
  const reporter = new MemoryReporter();
  const victim = () => world.path('publisher-home', '.bashrc');
  let nextSnapshot = 0;

  async function mallory(...args: string[]): Promise<string> {
    return (await run('git', args, { cwd: world.path('mallory'), env: { ...process.env, ...MALLORY } })).stdout.trim();
  }

  async function publishVersion(version: string) {
    const dir = world.path('src', `ui-kit-${version}`);
    await writeModule(dir, { name: '@bandung/ui-kit', version, description: { id: 'Komponen antarmuka', en: 'Interface components' } });
    return registry.publishDir(dir);
  }

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    await publishVersion('1.0.0');
    await fs.mkdir(world.path('publisher-home'));
    await fs.writeFile(victim(), 'export PATH=/usr/bin\n');
    served = await serveRegistry({ cwd: world.root, registry: 'nusantara', reporter, env: world.env, port: 0, pollMs: 3_600_000 });
  });
  afterAll(async () => {
    await served?.close();
    await world.cleanup();
  });

  it('gotong serve builds again only when main moved, and readers never see a torn or missing file', async () => {
    const first = served.current();
    expect(await served.poll()).toBe(false);
    expect(served.current()).toEqual(first);

    let reading = true;
    const failures: string[] = [];
    let reads = 0;
    const reader = (async () => {
      while (reading) {
        for (const path of ['/registry/metadata/timestamp.json', '/catalog.json', '/']) {
          const response = await fetch(`${served.url}${path}`);
          const text = await response.text();
          reads++;
          if (response.status !== 200) failures.push(`${path}: ${response.status}`);
          else if (path !== '/' && !(() => { try { JSON.parse(text); return true; } catch { return false; } })()) failures.push(`${path}: torn`);
        }
      }
    })();
    for (const version of ['1.0.1', '1.0.2']) {
      expect((await publishVersion(version)).status).toBe('published');
      expect(await served.poll()).toBe(true);
    }
    reading = false;
    await reader;
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(10);
    expect(served.current().version).not.toBe(first.version);
    expect(await (await fetch(`${served.url}/catalog.json`)).text()).toContain('1.0.2');
    // The registry files served are a plain copy of one commit: no .git, no link.
    expect(await linksAndGit(served.current().registryDir!)).toEqual({ links: [], git: false });
    // The build two back is gone; the one just replaced stays for readers still on it.
    await expect(fs.stat(first.catalogDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a link pushed where the next publish writes is refused, and nothing outside the clone is written', async () => {
    await run('git', ['clone', '--quiet', registry.url, world.path('mallory')]);
    const timestamp = JSON.parse(await fs.readFile(world.path('mallory', 'metadata', 'timestamp.json'), 'utf8'));
    const next = (nextSnapshot = timestamp.signed.meta['snapshot.json'].version + 1);
    await fs.symlink(victim(), world.path('mallory', 'metadata', `${next}.snapshot.json`));
    await mallory('add', '--all', '.');
    await mallory('commit', '--quiet', '-m', 'tidy metadata');
    await mallory('push', '--quiet', 'origin', 'HEAD:refs/heads/main');
    const pushed = await mallory('rev-parse', 'HEAD');

    await expect(publishVersion('1.1.0')).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID', message: expect.stringContaining(`metadata/${next}.snapshot.json`) });
    expect(await fs.readFile(victim(), 'utf8')).toBe('export PATH=/usr/bin\n');
    expect((await run('git', ['rev-parse', 'main'], { cwd: registry.url })).stdout.trim()).toBe(pushed);
  });

  it('a link in a namespace\'s files is refused before the module folder is written', async () => {
    // The links in metadata/ would stop the publish first: taken out again.
    await fs.rm(world.path('mallory', 'metadata', `${nextSnapshot}.snapshot.json`));
    await mallory('fetch', '--quiet', 'origin', 'targets/bandung:refs/remotes/origin/targets/bandung');
    await run('git', ['worktree', 'add', '--quiet', '--detach', world.path('mallory-ns'), 'origin/targets/bandung'], { cwd: world.path('mallory') });
    const ns = (...args: string[]) => run('git', args, { cwd: world.path('mallory-ns'), env: { ...process.env, ...MALLORY } }).then((r) => r.stdout.trim());
    await fs.symlink(world.path('publisher-home'), world.path('mallory-ns', 'ui-kit', 'cache'));
    await ns('add', '--all', '.');
    await ns('commit', '--quiet', '-m', 'cache folder');
    const linked = await ns('rev-parse', 'HEAD');
    await mallory('add', '--all', '.');
    await mallory('update-index', '--cacheinfo', `160000,${linked},targets/bandung`);
    await mallory('commit', '--quiet', '-m', 'move bandung');
    await mallory('push', '--quiet', 'origin', 'HEAD:refs/heads/main', `${linked}:refs/heads/targets/bandung`);

    await expect(publishVersion('1.1.0')).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID', message: expect.stringContaining('targets/bandung/ui-kit/cache') });
    expect(await fs.readdir(world.path('publisher-home'))).toEqual(['.bashrc']);
  });

  it('gotong serve leaves every link out, and registry verify names each', async () => {
    await fs.symlink('../.git/config', world.path('mallory', 'metadata', 'leak.json'));
    await mallory('add', '--all', '.');
    // A gitlink where the layout has none (only targets/<namespace> may be one).
    await mallory('update-index', '--add', '--cacheinfo', `160000,${await mallory('rev-parse', 'HEAD')},metadata/sub`);
    await mallory('commit', '--quiet', '-m', 'notes');
    await mallory('push', '--quiet', 'origin', 'HEAD:refs/heads/main');
    expect(await served.poll()).toBe(true);
    expect((await fetch(`${served.url}/registry/metadata/leak.json`)).status).toBe(404);
    expect((await fetch(`${served.url}/registry/targets/bandung/ui-kit/cache/.bashrc`)).status).toBe(404);
    expect(await linksAndGit(served.current().registryDir!)).toEqual({ links: [], git: false });
    expect(reporter.ofType('warn').filter((w) => w.code === 'GOTONG_W_REGISTRY_LINK_SKIPPED').map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('metadata/leak.json'), expect.stringContaining('targets/bandung/ui-kit/cache')]),
    );

    const verify = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], { cwd: world.root, env: world.env });
    expect(verify.code).toBe(3);
    const where = (verify.json.problems as Array<{ where: string }>).map((p) => p.where);
    expect(where).toEqual(expect.arrayContaining(['metadata/leak.json', 'metadata/sub', 'targets/bandung/ui-kit/cache']));
  });
});
