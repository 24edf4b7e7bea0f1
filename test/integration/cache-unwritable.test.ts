// The content cache only saves downloads: when GOTONG_HOME/cache cannot be
// written, an install still installs, without caching, and says once why.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotongPaths } from '../../src/core/paths.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { verifyInstalled } from '../../src/install/verify-installed.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry } from '../helpers/registry.js';

/**
 * Makes `dir` a place no file can be written under: a read-only folder, or,
 * where that does not stop writes (tests may run as root), a file where the
 * folder should be. Returns the errno a write then fails with.
 */
async function makeUnwritable(dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  await fs.chmod(dir, 0o555);
  try {
    await fs.writeFile(join(dir, 'probe'), '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return 'EACCES';
    throw error;
  }
  await fs.rm(dir, { recursive: true, force: true });
  await fs.writeFile(dir, 'not a folder\n');
  return 'ENOTDIR';
}

describe('a cache folder that cannot be written', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = makeWorld();
    const registry = await makeRegistry(world, ['bandung']);
    await writeModule(world.path('src/ui-kit'), { name: '@bandung/ui-kit', version: '1.2.0' }, { 'ui.css': 'body{}' });
    await writeModule(world.path('src/app'), { name: '@bandung/e-musrenbang', version: '2.1.0', dependencies: { '@bandung/ui-kit': '^1.0.0' } }, { 'index.html': '<h1>Musrenbang</h1>' });
    await registry.publishDir(world.path('src/ui-kit'));
    await registry.publishDir(world.path('src/app'));
  });
  afterAll(async () => {
    await fs.chmod(gotongPaths(world.env).cacheDir, 0o755).catch(() => undefined);
    await world.cleanup();
  });

  it('installs without caching and warns once, naming the real error and the path', async () => {
    const cacheDir = gotongPaths(world.env).cacheDir;
    const errno = await makeUnwritable(cacheDir);
    const workspace = world.path('kuburaya');
    await fs.mkdir(workspace);
    const reporter = new MemoryReporter();
    const result = await install({ cwd: workspace, add: ['@bandung/e-musrenbang'], reporter, env: world.env });

    expect(result.installed.map((m) => `${m.name}@${m.version}`).sort()).toEqual(['@bandung/e-musrenbang@2.1.0', '@bandung/ui-kit@1.2.0']);
    expect(await fs.readFile(join(workspace, 'gotong_modules/@bandung/e-musrenbang/index.html'), 'utf8')).toBe('<h1>Musrenbang</h1>');
    expect((await verifyInstalled(workspace)).ok).toBe(true);
    // Two index files and two tarballs were not cached: one warning says so.
    const warnings = reporter.ofType('warn').filter((w) => w.code === 'GOTONG_W_CACHE_NOT_WRITTEN');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(new RegExp(`^could not write to the download cache: ${cacheDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/sha512/[0-9a-f]{2}/[0-9a-f]{126} \\(${errno}\\); going on without caching$`));
    expect(warnings[0].hint).toMatch(/GOTONG_HOME/);
    if (errno === 'ENOTDIR') expect(await fs.readFile(cacheDir, 'utf8')).toBe('not a folder\n');
    else expect(await fs.readdir(cacheDir)).toEqual([]);
  });
});
