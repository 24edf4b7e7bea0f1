// The built CLI as separate processes that can be started together behind a
// barrier (so a race is a real race, not whoever happened to boot first) or
// killed with SIGKILL at a chosen moment (a power cut, as far as gotong can
// tell). Each child gets its own process group so that a kill also takes the
// git processes it started, as losing power would.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GOTONG_BIN, type CliResult } from './cli.js';

export interface Run {
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface ProcessResult extends CliResult {
  signal: NodeJS.Signals | null;
  ms: number;
}

export interface Started {
  pid: number;
  done: Promise<ProcessResult>;
  kill(): void;
}

const BARRIER_SOURCE = `// Loaded with --import before gotong: say "ready", then wait for "go".
import { existsSync, writeFileSync } from 'node:fs';
const go = process.env.GOTONG_TEST_BARRIER;
if (go) {
  writeFileSync(go + '.ready.' + process.pid, '');
  while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 2));
}
`;

export function startGotong(run: Run, preload: string[] = []): Started {
  const started = Date.now();
  const child = spawn(process.execPath, [...preload.flatMap((p) => ['--import', pathToFileURL(p).href]), GOTONG_BIN, ...run.args], {
    cwd: run.cwd,
    env: { ...run.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<ProcessResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let json = {} as CliResult['json'];
      try {
        json = JSON.parse(stdout);
      } catch {
        // killed, or not --json
      }
      resolve({ code: code ?? -1, signal, stdout, stderr, json, ms: Date.now() - started });
    });
  });
  return {
    pid: child.pid!,
    done,
    kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/** Starts every run, waits until all of them are loaded, then lets them go at once. */
export async function raceGotong(runs: Run[], scratch: string): Promise<ProcessResult[]> {
  await fs.mkdir(scratch, { recursive: true });
  const barrierFile = join(scratch, `barrier-${Date.now()}.mjs`);
  const go = join(scratch, `go-${Date.now()}`);
  await fs.writeFile(barrierFile, BARRIER_SOURCE);
  const children = runs.map((run) => startGotong({ ...run, env: { ...run.env, GOTONG_TEST_BARRIER: go } }, [barrierFile]));
  const deadline = Date.now() + 60_000;
  const ready = () => readdirSync(scratch).filter((f) => f.startsWith(`${go.slice(scratch.length + 1)}.ready.`)).length;
  while (ready() < runs.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  await fs.writeFile(go, '');
  const results = await Promise.all(children.map((c) => c.done));
  return results;
}

/** Runs the CLI and kills its whole process group after `afterMs` (if it is still running). */
export async function runAndKill(run: Run, afterMs: number): Promise<{ killed: boolean; result: ProcessResult }> {
  const child = startGotong(run);
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill();
  }, afterMs);
  const result = await child.done;
  clearTimeout(timer);
  return { killed: killed && result.signal === 'SIGKILL', result };
}

/**
 * Watches folders (not recursively; folders that do not exist yet are
 * skipped) and counts the changes gotong makes in them, in order.
 */
export function watchChanges(dirs: string[], onChange: (count: number) => void = () => undefined): { count(): number; close(): void } {
  let count = 0;
  const watchers: FSWatcher[] = [];
  for (const dir of dirs) {
    try {
      watchers.push(watch(dir, () => onChange(++count)));
    } catch {
      // not there (yet): its changes show up in its parent
    }
  }
  return { count: () => count, close: () => watchers.forEach((w) => w.close()) };
}

/** Runs the CLI and kills its process group right after the `nth` change in `dirs`. */
export async function runAndKillOnChange(run: Run, dirs: string[], nth: number): Promise<{ killed: boolean; result: ProcessResult }> {
  let killed = false;
  let child: Started | null = null;
  const watcher = watchChanges(dirs, (count) => {
    if (count === nth && child) {
      killed = true;
      child.kill();
    }
  });
  child = startGotong(run);
  const result = await child.done;
  watcher.close();
  return { killed: killed && result.signal === 'SIGKILL', result };
}

/** These tests run the built command line; say so plainly when it is not built. */
export function assertCliBuilt(): void {
  if (!existsSync(join(GOTONG_BIN, '..', '..', 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
}
