import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { verifyInstalled } from '../../src/install/verify-installed.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry } from '../helpers/registry.js';

describe('Bandung publishes, Kubu Raya installs', () => {
  let world: TestWorld;
  beforeEach(() => {
    world = makeWorld();
  });
  afterEach(() => world.cleanup());

  it('publishes two modules and installs the tree verified', async () => {
    const registry = await makeRegistry(world);
    await writeModule(world.path('src/ui-kit'), { name: '@bandung/ui-kit', version: '1.2.0' }, { 'ui.css': 'body{}' });
    await writeModule(world.path('src/app'), { name: '@bandung/e-musrenbang', version: '2.1.0', dependencies: { '@bandung/ui-kit': '^1.0.0' } }, { 'index.html': '<h1>Musrenbang</h1>' });
    expect((await registry.publishDir(world.path('src/ui-kit'))).status).toBe('published');
    const published = await registry.publishDir(world.path('src/app'));
    expect(published.status).toBe('published');
    expect((await registry.publishDir(world.path('src/app'))).status).toBe('already-published');

    const workspace = world.path('kuburaya');
    await fs.mkdir(workspace);
    const reporter = new MemoryReporter();
    const result = await install({ cwd: workspace, add: ['@bandung/e-musrenbang'], reporter, env: world.env });
    expect(result.installed.map((m) => `${m.name}@${m.version}`).sort()).toEqual(['@bandung/e-musrenbang@2.1.0', '@bandung/ui-kit@1.2.0']);
    expect(await fs.readFile(world.path('kuburaya/gotong_modules/@bandung/e-musrenbang/index.html'), 'utf8')).toBe('<h1>Musrenbang</h1>');
    const manifest = JSON.parse(await fs.readFile(world.path('kuburaya/gotong.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ '@bandung/e-musrenbang': '^2.1.0' });
    const lock = JSON.parse(await fs.readFile(world.path('kuburaya/gotong-lock.json'), 'utf8'));
    expect(lock.modules['@bandung/ui-kit'].integrity).toMatch(/^sha512-/);
    expect((await verifyInstalled(workspace)).ok).toBe(true);

    const again = await install({ cwd: workspace, reporter, env: world.env });
    expect(again.upToDate).toBe(true);
    const frozen = await install({ cwd: workspace, frozen: true, reporter, env: world.env });
    expect(frozen.installed).toHaveLength(2);

    await fs.writeFile(world.path('kuburaya/gotong_modules/@bandung/ui-kit/ui.css'), 'body{display:none}');
    const verify = await verifyInstalled(workspace);
    expect(verify.changed).toEqual(['@bandung/ui-kit/ui.css']);
  });
});
