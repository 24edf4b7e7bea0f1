// "Nothing changed" is answered from the record of the last install
// (src/install/up-to-date.ts) only while gotong.json, the lockfile and the
// install record are byte for byte what that install left and every module
// folder is there; any change goes through the full install again. And only
// for the registry the workspace was last checked against, while that check
// is recent (GOTONG_VERIFY_INTERVAL, a day by default): after that, the
// install checks against the registry again, and fails when it cannot.
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
  const run = (options: { frozen?: boolean; add?: string[]; registry?: string; offline?: boolean; refresh?: boolean; env?: NodeJS.ProcessEnv } = {}) => {
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

  const stampFile = () => join(workspace, 'gotong_modules/.gotong/up-to-date.json');
  /** The record of the last install, as if its check against the registry was made `hours` ago. */
  async function lastCheckedHoursAgo(hours: number): Promise<void> {
    const stamp = JSON.parse(await fs.readFile(stampFile(), 'utf8'));
    stamp.verified = { ...stamp.verified, at: new Date(Date.now() - hours * 3600_000).toISOString() };
    await fs.writeFile(stampFile(), JSON.stringify(stamp));
  }
  const lastChecked = async () => Date.parse(JSON.parse(await fs.readFile(stampFile(), 'utf8')).verified.at);
  /** Runs `work` while the registry's git repository cannot be reached. */
  async function registryAway<T>(work: () => Promise<T>): Promise<T> {
    const remote = world.path('registry.git');
    await fs.rename(remote, `${remote}-away`);
    try {
      return await work();
    } finally {
      await fs.rename(`${remote}-away`, remote);
    }
  }

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

  it('needs no registry while the last check against it is recent, and says when that was', async () => {
    await lastCheckedHoursAgo(3);
    for (const frozen of [false, true]) {
      const { result, stages } = await registryAway(() => run({ frozen }));
      expect(result.upToDate).toBe(true);
      expect(stages).toEqual([]);
      expect(result.verified?.against).toBe('nusantara');
    }
    const answer = await registryAway(() => gotong(['install'], { cwd: workspace, env: world.env }));
    expect(answer).toMatchObject({ code: 0, stdout: 'already up to date: 2 modules (verified against nusantara 3 hours ago)\n' });
  });

  it('checks against the registry again once the last check is a day old, and fails (exit 4) when the registry cannot be reached', async () => {
    await lastCheckedHoursAgo(25);
    const lockFile = join(workspace, 'gotong-lock.json');
    const lockBefore = await fs.stat(lockFile);
    for (const args of [['install'], ['install', '--frozen'], ['install', '--json']]) {
      const away = await registryAway(() => gotong(args, { cwd: workspace, env: world.env }));
      expect(away.code, args.join(' ')).toBe(4);
      expect(away.stdout).not.toContain('already up to date');
      expect(away.stderr + away.stdout).toContain('GOTONG_E_REGISTRY_UNREACHABLE');
    }

    // Reachable, the check finds nothing changed: the answer is the same, the lockfile untouched, the time new.
    const checked = await gotong(['install', '--json'], { cwd: workspace, env: world.env });
    expect(checked.code).toBe(0);
    expect(checked.json).toMatchObject({ ok: true, upToDate: true, changed: [], verifiedAgainst: 'nusantara' });
    expect(Date.now() - Date.parse(checked.json.lastVerified as string)).toBeLessThan(60_000);
    expect(await fs.stat(lockFile)).toMatchObject({ mtimeMs: lockBefore.mtimeMs, ino: lockBefore.ino });
    expect(Date.now() - (await lastChecked())).toBeLessThan(60_000);
    expect((await run()).stages).toEqual([]);
  });

  it('checks on every install with GOTONG_VERIFY_INTERVAL=0 or --refresh, waits longer with a longer interval, and refuses an interval it cannot read', async () => {
    const opened = (stages: string[]) => stages.includes('verify-metadata');
    expect(opened((await run({ env: { ...world.env, GOTONG_VERIFY_INTERVAL: '0' } })).stages)).toBe(true);
    const refreshed = await run({ refresh: true, frozen: true });
    expect(opened(refreshed.stages)).toBe(true);
    expect(refreshed.stages).not.toContain('link');
    expect(refreshed.result).toMatchObject({ upToDate: true, changed: [] });

    await lastCheckedHoursAgo(25);
    expect((await run({ env: { ...world.env, GOTONG_VERIFY_INTERVAL: '7d' } })).stages).toEqual([]);
    expect(opened((await run({ env: { ...world.env, GOTONG_VERIFY_INTERVAL: '12h' } })).stages)).toBe(true);

    const unreadable = await gotong(['install'], { cwd: workspace, env: { ...world.env, GOTONG_VERIFY_INTERVAL: 'sehari' } });
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('GOTONG_E_USAGE GOTONG_VERIFY_INTERVAL "sehari" is not a duration');
  });

  it('does not answer for a registry other than the one it last checked against', async () => {
    const nowhere = world.path('no-registry.git');
    const flag = await gotong(['install', '--registry', nowhere], { cwd: workspace, env: world.env });
    expect(flag.code).toBe(4);
    expect(flag.stdout).not.toContain('already up to date');
    // The early answer of the command line takes GOTONG_REGISTRY into account too.
    const variable = await gotong(['install', '--frozen'], { cwd: workspace, env: { ...world.env, GOTONG_REGISTRY: nowhere } });
    expect(variable.code).toBe(4);
    // The same registry, named or by its URL, is the one the check was made against.
    expect((await run({ registry: 'nusantara' })).stages).toEqual([]);
    expect((await run({ env: { ...world.env, GOTONG_REGISTRY: world.path('registry.git') } })).stages).toEqual([]);
  });

  it('with --offline and an old check, answers from the trusted metadata on this machine and keeps the time of the last real check', async () => {
    await lastCheckedHoursAgo(30);
    const before = await lastChecked();
    const { result, stages } = await registryAway(() => run({ offline: true }));
    expect(result.upToDate).toBe(true);
    expect(stages).toContain('verify-metadata');
    expect(await lastChecked()).toBe(before);
    expect(Date.parse(result.verified!.at)).toBe(before);
  });
});
