// Issue 4, section 3: publishing pipelines and installers running at the
// same moment. Publishers are separate processes with separate GOTONG_HOMEs
// (separate CI runners) pushing over a real git server on loopback; nothing
// any of them pushed may be lost, and the registry must verify afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { readLockfile } from '../../src/manifest/lockfile.js';
import { openForQuery } from '../../src/query/info.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt, raceGotong, type Run } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { recordCount } from '../helpers/security-counts.js';

interface Job {
  name: string;
  version: string;
  namespace: 'bandung' | 'kuburaya';
}

// Sixteen pipelines, a wave of releases: several versions of one module race
// each other (they share an index file), and both namespaces race (they share
// snapshot and timestamp, so every publish in direct mode contends for main).
const JOBS: Job[] = [
  { name: '@bandung/ui-kit', version: '1.0.0', namespace: 'bandung' },
  { name: '@bandung/ui-kit', version: '1.1.0', namespace: 'bandung' },
  { name: '@bandung/ui-kit', version: '2.0.0', namespace: 'bandung' },
  { name: '@bandung/e-musrenbang', version: '1.0.0', namespace: 'bandung' },
  { name: '@bandung/e-musrenbang', version: '1.1.0', namespace: 'bandung' },
  { name: '@bandung/sso-asn', version: '1.2.1', namespace: 'bandung' },
  { name: '@bandung/ref-kode-wilayah', version: '2024.1.0', namespace: 'bandung' },
  { name: '@kuburaya/portal-desa', version: '1.0.0', namespace: 'kuburaya' },
  { name: '@kuburaya/portal-desa', version: '1.1.0', namespace: 'kuburaya' },
  { name: '@kuburaya/sipades', version: '0.1.0', namespace: 'kuburaya' },
  { name: '@kuburaya/sipades', version: '0.2.0', namespace: 'kuburaya' },
  { name: '@kuburaya/e-musrenbang', version: '1.0.0', namespace: 'kuburaya' },
  { name: '@bandung/sabilulungan', version: '3.0.0', namespace: 'bandung' },
  { name: '@bandung/sipd-connector', version: '1.0.0', namespace: 'bandung' },
  { name: '@bandung/dashboard-command-center', version: '0.9.0', namespace: 'bandung' },
  { name: '@kuburaya/ref-kode-wilayah', version: '2024.1.0', namespace: 'kuburaya' },
];

describe('concurrent publishers and installers', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let gitUrl: string;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-race-');
    registry = await makeRegistry(world, ['bandung', 'kuburaya'], world.path('served', 'registry.git'));
    server = await startGitServer(world.path('served'));
    gitUrl = server.url('registry.git');
  });
  afterAll(async () => {
    await recordCount('publishers raced', JOBS.length);
    await server?.stop();
    await world?.cleanup();
  });

  async function runnerEnv(id: string, namespace: string): Promise<NodeJS.ProcessEnv> {
    return {
      ...world.env,
      GOTONG_HOME: world.path('runners', id),
      GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers[namespace].privateFile, 'utf8'),
      GOTONG_ONLINE_KEY: await fs.readFile(registry.online.privateFile, 'utf8'),
    };
  }

  // Sixteen processes on a busy two-core machine take a while; each may retry for its whole retry time (5 min in CI).
  it(`${JOBS.length} publishers in separate processes push at once and nothing is lost`, async () => {
    const runs: Run[] = [];
    for (const [i, job] of JOBS.entries()) {
      const dir = world.path('pipelines', String(i));
      await writeModule(dir, { name: job.name, version: job.version, description: { id: `Modul ${job.name} versi ${job.version}` } }, { 'index.html': `<p>${job.name}@${job.version}</p>`, 'lib/app.js': `export const version = '${job.version}';\n` });
      runs.push({ args: ['publish', dir, '--registry', gitUrl, '--json', '--yes'], cwd: dir, env: await runnerEnv(`ci-${i}`, job.namespace) });
    }
    const started = Date.now();
    const results = await raceGotong(runs, world.path('barrier'));
    const elapsed = Date.now() - started;

    for (const [i, result] of results.entries()) {
      expect(result.json, `${JOBS[i].name}@${JOBS[i].version}: ${result.stderr}`).toMatchObject({ ok: true, status: 'published', name: JOBS[i].name, version: JOBS[i].version });
      expect(result.code).toBe(0);
    }
    const retries = results.map((r) => r.json.retries as number);
    const total = retries.reduce((a, b) => a + b, 0);
    // Every refused push is reported twice: as a count in the result and as a retry event on stderr.
    for (const result of results) {
      const events = result.stderr.split('\n').filter((line) => line.includes('"type":"retry"'));
      expect(events).toHaveLength(result.json.retries as number);
      // Each says how long the publisher waited before trying again.
      for (const event of events) expect(JSON.parse(event).waitMs).toBeGreaterThan(0);
    }
    // All of them started from the same commit, so all but the first push must have been refused at least once.
    expect(total).toBeGreaterThanOrEqual(JOBS.length - 1);
    console.info(`[concurrency] ${JOBS.length} publishers raced in ${elapsed} ms; pushes refused and retried: ${total} (${retries.join(', ')})`);

    // One commit per version in the served repository's history: none overwritten.
    const log = execFileSync('git', ['--git-dir', world.path('served', 'registry.git'), 'log', '--format=%s', 'main'], { encoding: 'utf8' });
    for (const job of JOBS) expect(log.split('\n').filter((s) => s === `publish ${job.name}@${job.version}`)).toHaveLength(1);

    // An auditor and a client, each with a fresh home, see every version.
    const client = { ...world.env, GOTONG_HOME: world.path('auditor') };
    const verify = await gotong(['registry', 'verify', '--registry', gitUrl, '--json'], { cwd: world.root, env: client });
    expect(verify.json, verify.stderr).toMatchObject({ ok: true, problems: [] });
    expect(verify.json.targets).toBeGreaterThanOrEqual(JOBS.length);
    const { reader } = await openForQuery({ cwd: world.root, registry: gitUrl, reporter: new MemoryReporter(), env: client });
    for (const name of new Set(JOBS.map((j) => j.name))) {
      const index = await reader.loadIndex(name);
      expect(Object.keys(index.versions).sort(), name).toEqual(JOBS.filter((j) => j.name === name).map((j) => j.version).sort());
    }
    const workspace = world.path('kuburaya-ws');
    await fs.mkdir(workspace);
    const names = [...new Set(JOBS.map((j) => j.name))];
    const installed = await gotong(['install', ...names, '--registry', gitUrl, '--json'], { cwd: workspace, env: client });
    expect(installed.json.ok, installed.stderr).toBe(true);
    expect((installed.json.installed as unknown[]).length).toBe(names.length);
    expect((await gotong(['verify', '--json'], { cwd: workspace, env: client })).json.ok).toBe(true);
  }, 240_000);

  it('two installs into one workspace at once: one waits, neither corrupts it, nothing is lost', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`data/berkas-${i}.txt`] = `baris ${i}\n`.repeat(200);
    await writeModule(world.path('src/antrian'), { name: '@kuburaya/antrian', version: '1.0.0' }, files);
    await writeModule(world.path('src/arsip'), { name: '@kuburaya/arsip', version: '1.0.0' }, files);
    expect((await registry.publishDir(world.path('src/antrian'), 'kuburaya')).status).toBe('published');
    expect((await registry.publishDir(world.path('src/arsip'), 'kuburaya')).status).toBe('published');

    // A dead process's pid: the lock left by an install that lost power.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    for (const round of [0, 1]) {
      const workspace = world.path(`shared-ws-${round}`);
      await fs.mkdir(workspace);
      await fs.writeFile(`${workspace}/gotong.json`, JSON.stringify({ private: true, dependencies: {} }, null, 2) + '\n');
      // The second round starts from a stale lock, which both installs try to take over at once.
      if (round === 1) {
        await fs.mkdir(`${workspace}/gotong_modules/.gotong`, { recursive: true });
        await fs.writeFile(`${workspace}/gotong_modules/.gotong/workspace.lock`, String(deadPid));
      }
      const env = world.env;
      const [a, b] = await raceGotong(
        [
          { args: ['install', '@kuburaya/antrian', '--registry', 'nusantara', '--json'], cwd: workspace, env },
          { args: ['install', '@kuburaya/arsip', '--registry', 'nusantara', '--json'], cwd: workspace, env },
        ],
        world.path('barrier'),
      );
      for (const result of [a, b]) {
        // Waiting is the expected outcome; giving up must say why.
        if (!result.json.ok) expect(result.json.error?.code, result.stderr).toBe('GOTONG_E_WORKSPACE_BUSY');
      }
      const manifest = JSON.parse(await fs.readFile(`${workspace}/gotong.json`, 'utf8'));
      const lock = await readLockfile(workspace);
      const succeeded = [a.json.ok ? '@kuburaya/antrian' : null, b.json.ok ? '@kuburaya/arsip' : null].filter((n): n is string => n !== null);
      expect(succeeded.length).toBeGreaterThan(0);
      // Both asked for a module: each one that reported success is in gotong.json, the lockfile and the tree.
      for (const name of succeeded) {
        expect(manifest.dependencies[name], `${name} lost from gotong.json`).toBe('^1.0.0');
        expect(lock?.modules[name]?.version, `${name} lost from the lockfile`).toBe('1.0.0');
      }
      const verify = await gotong(['verify', '--json'], { cwd: workspace, env });
      expect(verify.json).toMatchObject({ ok: true, modules: succeeded.length });
      // No journal, lock or half-written file is left; staging and trash are empty.
      const internal = `${workspace}/gotong_modules/.gotong`;
      expect((await fs.readdir(internal)).filter((f) => !['state.json', 'up-to-date.json', 'staging', 'trash'].includes(f))).toEqual([]);
      for (const dir of ['staging', 'trash']) expect(await fs.readdir(`${internal}/${dir}`).catch(() => [])).toEqual([]);
    }
  });
});
