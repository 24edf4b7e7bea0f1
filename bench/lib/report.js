// The benchmark's table and its JSON: one row per scenario with median, min
// and max wall time, peak memory, and for installs the ratio to the floor
// measured in the same rounds (the median of the per-round ratios).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { summarize } from './measure.js';

export function machine(runDir) {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  let fsType = 'unknown';
  let git = 'unknown';
  try {
    fsType = execFileSync('stat', ['-f', '-c', '%T', runDir], { encoding: 'utf8' }).trim();
  } catch {
    // not Linux
  }
  try {
    git = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace(/^git version /, '');
  } catch {
    // no git
  }
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpu,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    git,
    platform: `${os.platform()} ${os.release()}`,
    workDir: runDir,
    workFs: fsType,
  };
}

export function rowsOf(scenarios, samples) {
  const rows = scenarios.map((s) => {
    const runs = samples.get(s.id) ?? [];
    const time = summarize(runs.map((r) => r.ms));
    const rss = runs.map((r) => r.rssBytes).filter((v) => v !== null);
    const stages = {};
    for (const r of runs) for (const [k, v] of Object.entries(r.stages ?? {})) (stages[k] ??= []).push(v);
    return {
      id: s.id,
      group: s.group ?? s.label,
      label: s.label,
      floor: s.floor ?? null,
      runs: runs.length,
      medianMs: round(time.median),
      minMs: round(time.min),
      maxMs: round(time.max),
      peakRssMB: rss.length ? Math.round((Math.max(...rss) / 2 ** 20) * 10) / 10 : null,
      stagesMedianMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(summarize(v).median)])),
      inProcessMedianMs: runs[0]?.inProcessMs !== undefined ? round(summarize(runs.map((r) => r.inProcessMs)).median) : undefined,
      extra: runs[0]?.extra ? Object.fromEntries(Object.keys(runs[0].extra).map((k) => [k, round(summarize(runs.map((r) => r.extra[k])).median)])) : undefined,
      samplesMs: runs.map((r) => round(r.ms)),
    };
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    const floor = row.floor && byId.get(row.floor);
    // Paired by round: a run and the floor run of the same round saw the same
    // moment of a shared, noisy host; the median of those ratios is what the
    // table shows. The ratio of the two medians is kept beside it.
    const pairs = floor ? row.samplesMs.slice(0, floor.samplesMs.length).map((ms, i) => ms / floor.samplesMs[i]) : [];
    row.ratioToFloor = pairs.length ? Math.round(summarize(pairs).median * 100) / 100 : null;
    row.ratioOfMedians = floor ? Math.round((row.medianMs / floor.medianMs) * 100) / 100 : null;
  }
  return rows;
}

function round(value) {
  return value === undefined || Number.isNaN(value) ? value : Math.round(value * 10) / 10;
}

const ms = (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

export function table(rows) {
  const lines = [];
  const header = ['scenario', 'median', 'min', 'max', 'peak RSS', 'x floor'];
  const body = [];
  let group = null;
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      body.push([`${group}`, '', '', '', '', '']);
    }
    body.push([`  ${row.label}`, ms(row.medianMs), ms(row.minMs), ms(row.maxMs), row.peakRssMB === null ? '' : `${row.peakRssMB} MB`, row.ratioToFloor === null ? '' : `${row.ratioToFloor.toFixed(2)}x`]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt));
  return lines.join('\n');
}

/** The targets, checked against the rows. */
export function targets(rows, options) {
  const get = (id) => rows.find((r) => r.id === id);
  const checks = [];
  const add = (what, row, value, limit, unit) => {
    if (row) checks.push({ target: what, value, limit, unit, met: value <= limit });
  };
  const frozen = get('install-frozen');
  add('warm cache + lockfile within 1.5x of the floor', frozen, frozen?.ratioToFloor, 1.5, 'x');
  const cold = get('install-cold');
  add('cold install within 2.5x of the floor', cold, cold?.ratioToFloor, 2.5, 'x');
  const noop = get('install-noop');
  add(`nothing changed under 150 ms for ${options.closure} modules`, noop, noop?.medianMs, 150, 'ms');
  for (const kind of ['cold', 'warm']) {
    const small = get(`size-small-${kind}`);
    const large = get(`size-large-${kind}`);
    if (small && large) add(`${kind} install from ${options.largeRegistry} modules within 1.2x of from ${options.smallRegistry}`, large, Math.round((large.medianMs / small.medianMs) * 100) / 100, 1.2, 'x');
  }
  const pubs = rows.filter((r) => r.id.startsWith('publish-'));
  if (pubs.length > 1) {
    const first = pubs[0];
    const last = pubs[pubs.length - 1];
    add(`publish ${last.label.replace(/ \(.*/, '')} within 1.5x of ${first.label.replace(/ \(.*/, '')}`, last, Math.round((last.medianMs / first.medianMs) * 100) / 100, 1.5, 'x');
  }
  const firsts = rows.filter((r) => r.id.startsWith('first-'));
  if (firsts.length > 1) {
    const small = firsts[0];
    const large = firsts[firsts.length - 1];
    add(`first install over git:// ${large.label.replace(/ \(.*/, '')} within 1.5x of ${small.label.replace(/ \(.*/, '')}`, large, Math.round((large.medianMs / small.medianMs) * 100) / 100, 1.5, 'x');
  }
  for (const row of firsts) add(`first install ${row.label.replace(/ \(.*/, '')}: bytes received within 2x of what it needed`, row, row.extra?.receivedToNeeded, 2, 'x');
  const big = get('big-cold');
  add(`peak memory of a ${options.bigClosure}-module install under 200 MB`, big, big?.peakRssMB, 200, 'MB');
  return checks;
}
