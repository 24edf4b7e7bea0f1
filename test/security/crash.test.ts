// Issue 4, section 4: servers lose power. An install and a publish are
// killed with SIGKILL (the whole process group, git included) at random
// moments spread over a normal run. After each kill the workspace must be the
// old tree or the new one, never a mix; the next run must succeed; and the
// registry must never show a half-published version.
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit } from '../../src/core/concurrency.js';
import { urlId } from '../../src/registry/locate.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt, runAndKill, runAndKillOnChange, startGotong, watchChanges, type Run } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { recordCount } from '../helpers/security-counts.js';
import { snapshotTree } from '../helpers/snapshot.js';

const INSTALL_KILLS = Number(process.env.GOTONG_CRASH_INSTALL_RUNS ?? 18);
const PUBLISH_KILLS = Number(process.env.GOTONG_CRASH_PUBLISH_RUNS ?? 16);

const pad = (n: number) => String(n).padStart(2, '0');
const mod = (n: number) => `@bandung/modul-${pad(n)}`;

// Old workspace: modules 1-10 at 1.x. New: 1-8 move to 2.x, 9-10 are dropped,
// 11-16 are added. So one install replaces, removes and adds folders.
const OLD_DEPS = Object.fromEntries([...Array(10).keys()].map((i) => [mod(i + 1), '^1.0.0']));
const NEW_DEPS = Object.fromEntries([
  ...[...Array(8).keys()].map((i) => [mod(i + 1), '^2.0.0']),
  ...[...Array(6).keys()].map((i) => [mod(i + 11), '^1.0.0']),
]);

/** ~20 files of 4-12 KB: enough work that a kill lands inside extract and link. */
function moduleFiles(n: number, version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let f = 0; f < 20; f++) files[`src/bagian-${pad(f)}/berkas.txt`] = `modul ${n} versi ${version} berkas ${f}\n`.repeat(120 + 40 * (f % 8));
  return files;
}

/** Spreads `count` random points over [0, span): one in each equal slice. */
function spread(count: number, span: number): number[] {
  return [...Array(count).keys()].map((i) => Math.floor(((i + Math.random()) / count) * span));
}

interface KillPlan {
  afterMs?: number;
  afterChange?: number;
}

/**
 * Half the kills come at a random time over the whole length of a normal
 * run; the other half right after a random one of the file-system
 * changes a normal run makes, which is where a crash can tear something.
 */
function killPlan(count: number, spanMs: number, changes: number): KillPlan[] {
  const timed = spread(Math.ceil(count / 2), spanMs).map((afterMs) => ({ afterMs }));
  const onChange = spread(Math.floor(count / 2), Math.max(changes, 1)).map((n) => ({ afterChange: n + 1 }));
  return timed.flatMap((t, i) => (onChange[i] ? [t, onChange[i]] : [t]));
}

interface Crash {
  run: Run;
  /** When the kill came, for messages. */
  when: string;
}

/**
 * Runs `makeRun()` and kills it as planned. A run that finishes first (it
 * was faster than the measured one) must have succeeded; then a new run is
 * killed at a random moment within that run's own length, so every planned
 * crash is a crash.
 */
async function injectCrash(plan: KillPlan, makeRun: (attempt: number) => Promise<Run>, dirs: (run: Run) => string[]): Promise<Crash> {
  let afterMs = plan.afterMs;
  for (let attempt = 0; ; attempt++) {
    const run = await makeRun(attempt);
    const { killed, result } = afterMs !== undefined ? await runAndKill(run, afterMs) : await runAndKillOnChange(run, dirs(run), plan.afterChange!);
    const when = afterMs !== undefined ? `${afterMs} ms` : `change ${plan.afterChange}`;
    if (killed) return { run, when };
    expect(result.json.ok, `a run that outran its kill at ${when}: ${result.stdout}${result.stderr}`).toBe(true);
    afterMs = Math.floor(Math.random() * result.ms);
  }
}

/** A short account of how two folder snapshots differ. */
function difference(actual: Record<string, string>, expected: Record<string, string>): string {
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
  const lines = keys.filter((k) => actual[k] !== expected[k]).map((k) => (!(k in actual) ? `-${k}` : !(k in expected) ? `+${k}` : `~${k}`));
  return `${lines.length} paths differ (${lines.slice(0, 6).join(' ')}${lines.length > 6 ? ' …' : ''})`;
}

/** The folders install's link stage renames in and out of. */
const linkDirs = (ws: string) => [ws, `${ws}/gotong_modules`, `${ws}/gotong_modules/.gotong`, `${ws}/gotong_modules/@bandung`];

const workspaceView = (dir: string) => snapshotTree(dir, { ignore: (rel) => rel === 'gotong_modules/.gotong' || rel.startsWith('gotong_modules/.gotong/') });

describe('crashes: SIGKILL at random moments', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let gitUrl: string;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-crash-');
    registry = await makeRegistry(world, ['bandung', 'kuburaya'], world.path('served', 'registry.git'));
    server = await startGitServer(world.path('served'));
    gitUrl = server.url('registry.git');
  }, 120_000);
  afterAll(async () => {
    await recordCount('crashes injected', INSTALL_KILLS + PUBLISH_KILLS);
    await server?.stop();
    await world?.cleanup();
  });

  it(`install killed ${INSTALL_KILLS} times: old tree or new tree, never a mix; the next run succeeds`, async () => {
    for (let n = 1; n <= 16; n++) {
      for (const version of n <= 8 ? ['1.0.0', '2.0.0'] : ['1.0.0']) {
        const dir = world.path('src', `${n}-${version}`);
        await writeModule(dir, { name: mod(n), version }, moduleFiles(n, version));
        await registry.publishDir(dir);
      }
    }
    const env = world.env;
    const template = world.path('template');
    await fs.mkdir(template);
    await fs.writeFile(`${template}/gotong.json`, JSON.stringify({ private: true, registry: 'nusantara', dependencies: OLD_DEPS }, null, 2) + '\n');
    expect((await gotong(['install', '--json'], { cwd: template, env })).json.ok).toBe(true);
    // The new wish list: gotong.json already asks for it, the tree and lockfile are still the old ones.
    await fs.writeFile(`${template}/gotong.json`, JSON.stringify({ private: true, registry: 'nusantara', dependencies: NEW_DEPS }, null, 2) + '\n');
    const oldView = await workspaceView(template);

    // Two full runs: the first fills the cache, the second is measured as the killed runs will be:
    // its duration, and how many changes it makes in the folders the link stage touches.
    let newView: Record<string, string> = {};
    let span = 0;
    let changes = 0;
    for (const round of [0, 1]) {
      const reference = world.path(`reference-${round}`);
      await fs.cp(template, reference, { recursive: true });
      const watcher = watchChanges(linkDirs(reference));
      const started = Date.now();
      const done = await gotong(['install', '--json'], { cwd: reference, env });
      span = Date.now() - started;
      watcher.close();
      changes = watcher.count();
      expect(done.json.ok, done.stderr).toBe(true);
      newView = await workspaceView(reference);
    }
    expect(Object.keys(newView).length).toBeGreaterThan(300);
    expect(newView).not.toEqual(oldView);

    const outcomes = { old: 0, new: 0, midLink: 0 };
    // Two workspaces at a time (sharing one GOTONG_HOME, as two deploy jobs on one server would).
    await mapLimit(killPlan(INSTALL_KILLS, span, changes), 2, async (plan, i) => {
      const { run, when } = await injectCrash(
        plan,
        async (attempt) => {
          const workspace = world.path(`killed-install-${i}-${attempt}`);
          await fs.cp(template, workspace, { recursive: true });
          return { args: ['install', '--json'], cwd: workspace, env };
        },
        (r) => linkDirs(r.cwd),
      );
      const workspace = run.cwd;
      if (await fs.stat(`${workspace}/gotong_modules/.gotong/journal.json`).catch(() => null)) outcomes.midLink++;

      // `gotong verify` finishes or undoes the cut-off install, then finds the tree intact.
      const verify = await gotong(['verify', '--json'], { cwd: workspace, env });
      expect(verify.json.ok, `kill at ${when}: ${verify.stdout}${verify.stderr}`).toBe(true);
      const view = await workspaceView(workspace);
      const which = JSON.stringify(view) === JSON.stringify(oldView) ? 'old' : JSON.stringify(view) === JSON.stringify(newView) ? 'new' : 'mix';
      if (which === 'mix') expect.fail(`kill at ${when} left a mix: against the old tree ${difference(view, oldView)}; against the new ${difference(view, newView)}`);
      outcomes[which as 'old' | 'new']++;

      const next = await gotong(['install', '--json'], { cwd: workspace, env });
      expect(next.json.ok, `after a kill at ${when}: ${next.stdout}${next.stderr}`).toBe(true);
      expect(await workspaceView(workspace)).toEqual(newView);
      await fs.rm(workspace, { recursive: true, force: true });
    });
    console.info(`[crash] install: normal run ${span} ms, ${changes} changes in the linked folders; ${INSTALL_KILLS} kills, ${outcomes.midLink} of them during link; after recovery old ${outcomes.old}, new ${outcomes.new}`);
    expect(outcomes.old).toBeGreaterThan(0);
  }, 240_000);

  it(`publish killed ${PUBLISH_KILLS} times: never a half-published version; the next publish succeeds`, async () => {
    const runner = {
      ...world.env,
      GOTONG_HOME: world.path('ci-runner'),
      GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers.kuburaya.privateFile, 'utf8'),
      GOTONG_ONLINE_KEY: await fs.readFile(registry.online.privateFile, 'utf8'),
    };
    const auditor = { ...world.env, GOTONG_HOME: world.path('auditor') };
    const files: Record<string, string> = {};
    for (let f = 0; f < 40; f++) files[`laporan/${pad(f)}.csv`] = `kecamatan,desa,jumlah\nSungai Raya,Kapur,${f}\n`.repeat(200);
    const publishRun = async (version: string): Promise<Run> => {
      const dir = world.path('laporan', version);
      await writeModule(dir, { name: '@kuburaya/laporan-desa', version }, { ...files, 'versi.txt': version });
      return { args: ['publish', dir, '--registry', gitUrl, '--json'], cwd: dir, env: runner };
    };

    // Where the runner's publish clone and the served repository change during a publish.
    const clone = world.path('ci-runner', 'registries', urlId(gitUrl), 'publish');
    const served = world.path('served', 'registry.git');
    const publishDirs = [clone, `${clone}/.git`, `${clone}/.git/refs/heads`, `${clone}/.git/refs/remotes/origin`, served, `${served}/refs/heads`];

    let span = 0;
    let changes = 0;
    for (const version of ['0.9.0', '0.9.1']) {
      const watcher = watchChanges(publishDirs);
      const started = Date.now();
      const first = await startGotong(await publishRun(version)).done;
      span = Date.now() - started;
      watcher.close();
      changes = watcher.count();
      expect(first.json, first.stderr).toMatchObject({ ok: true, status: 'published' });
    }

    const outcomes = { published: 0, 'already-published': 0 };
    const versions = ['0.9.0', '0.9.1'];
    for (const [i, plan] of killPlan(PUBLISH_KILLS, span, changes).entries()) {
      const { run, when } = await injectCrash(
        plan,
        async (attempt) => {
          // A version that got published by a run that outran its kill stays; the next attempt takes another.
          const version = attempt === 0 ? `1.0.${i}` : `1.0.${i}-${attempt}`;
          versions.push(version);
          return publishRun(version);
        },
        () => publishDirs,
      );

      // Whatever the registry holds now verifies: every index entry's tarball is there and signed.
      const audit = await gotong(['registry', 'verify', '--registry', gitUrl, '--json'], { cwd: world.root, env: auditor });
      expect(audit.json, `kill at ${when}: ${audit.stderr}`).toMatchObject({ ok: true, problems: [] });

      // The same pipeline runs again on the same runner and finishes the job.
      const again = await startGotong(run).done;
      expect(again.json.ok, `after a kill at ${when}: ${again.stdout}${again.stderr}`).toBe(true);
      expect(['published', 'already-published']).toContain(again.json.status);
      outcomes[again.json.status as 'published' | 'already-published']++;
    }
    console.info(`[crash] publish: normal run ${span} ms, ${changes} changes in the clone and the served repository; ${PUBLISH_KILLS} runs; re-run said published ${outcomes.published}, already-published ${outcomes['already-published']}`);

    const audit = await gotong(['registry', 'verify', '--registry', gitUrl, '--json'], { cwd: world.root, env: auditor });
    expect(audit.json.ok, audit.stderr).toBe(true);
    const info = await gotong(['info', '@kuburaya/laporan-desa', '--registry', gitUrl, '--json'], { cwd: world.root, env: auditor });
    expect((info.json.versions as Array<{ version: string }>).map((v) => v.version).sort()).toEqual([...versions].sort());
  }, 240_000);
});
