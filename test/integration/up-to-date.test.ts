// "Nothing changed" is answered from the record of the last install
// (src/install/up-to-date.ts) only while gotong.json, the lockfile and the
// install record are byte for byte what that install left and every module
// folder is there; any change goes through the full install again.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry } from '../helpers/registry.js';

describe('an install with nothing to do', () => {
  let world: TestWorld;
  let workspace: string;
  const run = (options: { frozen?: boolean; add?: string[] } = {}) => {
    const reporter = new MemoryReporter();
    return install({ cwd: workspace, reporter, env: world.env, ...options }).then((result) => ({ result, stages: reporter.events.filter((e) => e.type === 'stage').map((e) => (e as { stage: string }).stage) }));
  };

  beforeAll(async () => {
    world = makeWorld();
    const registry = await makeRegistry(world);
    await writeModule(world.path('src/ui-kit'), { name: '@bandung/ui-kit', version: '1.2.0' }, { 'ui.css': 'body{}' });
    await writeModule(world.path('src/app'), { name: '@bandung/e-musrenbang', version: '2.1.0', dependencies: { '@bandung/ui-kit': '^1.0.0' } });
    await registry.publishDir(world.path('src/ui-kit'));
    await registry.publishDir(world.path('src/app'));
    workspace = world.path('kuburaya');
    await fs.mkdir(workspace);
    await run({ add: ['@bandung/e-musrenbang'] });
  });
  afterAll(() => world.cleanup());

  it('is answered without opening the registry, frozen or not', async () => {
    for (const frozen of [false, true]) {
      const { result, stages } = await run({ frozen });
      expect(result.upToDate).toBe(true);
      expect(result.installed.map((m) => m.name).sort()).toEqual(['@bandung/e-musrenbang', '@bandung/ui-kit']);
      expect(stages).toEqual([]);
    }
  });

  it('still finds the workspace up to date (the full way) when gotong.json only changed its spacing', async () => {
    const manifest = join(workspace, 'gotong.json');
    await fs.writeFile(manifest, JSON.stringify(JSON.parse(await fs.readFile(manifest, 'utf8'))) + '\n');
    const { result } = await run();
    expect(result.upToDate).toBe(true);
  });

  it('installs a module folder deleted by hand again', async () => {
    await fs.rm(join(workspace, 'gotong_modules/@bandung/ui-kit'), { recursive: true });
    const { result } = await run();
    expect(result.upToDate).toBe(false);
    expect(result.changed).toEqual(['@bandung/ui-kit']);
    expect((await run()).stages).toEqual([]);
  });

  it('does not trust a record whose lockfile changed', async () => {
    const lockFile = join(workspace, 'gotong-lock.json');
    const lock = JSON.parse(await fs.readFile(lockFile, 'utf8'));
    lock.requested['@bandung/ui-kit'] = '^1.2.0';
    await fs.writeFile(lockFile, JSON.stringify(lock, null, 2) + '\n');
    const { result, stages } = await run();
    expect(result.upToDate).toBe(false);
    expect(stages).toContain('resolve');
  });

  it('is answered by the command line before it loads its command table, in the same words, and any other case runs the full command line', async () => {
    // A preload that tells, as the process exits, whether the command line library was loaded.
    const probe = join(world.root, 'probe.cjs');
    await fs.writeFile(probe, "process.on('exit', () => process.stderr.write(Object.keys(require.cache).some((f) => f.includes('commander')) ? 'full\\n' : 'fast\\n'));\n");
    const env = { ...world.env, NODE_OPTIONS: `--require ${probe}` };
    const fast = await gotong(['install', '--frozen', '--verbose'], { cwd: workspace, env });
    const full = await gotong(['install', '--cwd', workspace], { cwd: world.root, env });
    expect(fast).toMatchObject({ code: 0, stdout: 'already up to date: 2 modules (verified against nusantara just now)\n', stderr: 'fast\n' });
    expect(full).toMatchObject({ code: 0, stdout: fast.stdout, stderr: 'full\n' });

    await fs.rm(join(workspace, 'gotong_modules/@bandung/ui-kit'), { recursive: true });
    const again = await gotong(['install'], { cwd: workspace, env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('+ @bandung/ui-kit@1.2.0');
    expect(again.stderr).toBe('full\n');

    // A first install that fails leaves no gotong_modules/ behind, also through the early answer.
    const fresh = world.path('kota-baru');
    await fs.mkdir(fresh);
    await fs.writeFile(join(fresh, 'gotong.json'), JSON.stringify({ private: true, registry: 'nusantara', dependencies: { '@bandung/tidak-ada': '^1.0.0' } }));
    const failed = await gotong(['install'], { cwd: fresh, env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('GOTONG_E_MODULE_NOT_FOUND');
    expect(await fs.readdir(fresh)).toEqual(['gotong.json']);
  });
});
