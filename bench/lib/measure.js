// Running one measured operation in its own process: wall time seen from
// the parent (process start to exit, so Node's own start-up counts, as it
// does for a user), and the child's peak resident memory, which a small
// preloaded probe reads from process.resourceUsage() as the child exits.
// Memory of programs the child starts (git) is not included.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./rusage-probe.cjs', import.meta.url));
let counter = 0;

/**
 * @param {object} o
 * @param {string[]} o.args     arguments to node (a script and its arguments)
 * @param {string} o.cwd
 * @param {NodeJS.ProcessEnv} o.env
 * @param {string} o.tmp        folder for the probe's report
 * @param {number} [o.timeoutMs]
 */
export async function measureNode(o) {
  const report = join(o.tmp, `rusage-${process.pid}-${++counter}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', PROBE, ...o.args], {
    cwd: o.cwd,
    env: { ...o.env, GOTONG_BENCH_RUSAGE: report },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 600_000);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? signal));
  });
  const ms = performance.now() - started;
  clearTimeout(timer);
  let usage = null;
  try {
    usage = JSON.parse(await fs.readFile(report, 'utf8'));
    await fs.rm(report, { force: true });
  } catch {
    // the child died before its exit handler ran
  }
  if (code !== 0) {
    throw new Error(`node ${o.args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}${stdout.slice(-1000)}`);
  }
  return { ms, rssBytes: usage ? usage.maxRSS * 1024 : null, stdout, stderr };
}

/** Stage timings the CLI prints with --verbose ("  resolve 12 ms"). */
export function stageTimings(stderr) {
  const stages = {};
  for (const match of stderr.matchAll(/^ {2}([a-z-]+) (\d+) ms$/gm)) stages[match[1]] = (stages[match[1]] ?? 0) + Number(match[2]);
  return stages;
}

export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
