// `npm run bench`: gotong's benchmark (issue 5, docs/PERFORMANCE.md).
//
// Generates seeded synthetic registries (kept between runs), sets up
// workspaces and homes, then measures every scenario in rounds (one run of
// each per round, so a slow moment of the machine spreads over all of them),
// each run in its own process. Prints a table and writes JSON to
// bench/results/. Caches, workspaces and outputs live on /dev/shm unless
// --disk is given.
//
//   npm run bench -- [--runs 5] [--heavy-runs 3] [--only install,size,...] [--disk] [--dir PATH]
//                    [--closure 200] [--big-closure 1000] [--size-app 50]
//                    [--small-registry 100] [--large-registry 10000]
//                    [--publish-sizes 100,10000,100000] [--first-sizes 100,2000,20000] [--files 44] [--file-bytes 2300]
//                    [--large-files 5000] [--large-mb 100] [--seed 1] [--fresh] [--keep]
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, rowsOf, table, targets } from './lib/report.js';
import { allScenarios } from './lib/scenarios.js';
import { ensureWorld } from './lib/worlds.js';
import { firstInstallScenarios } from './lib/first-install.js';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'heavy-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    disk: { type: 'boolean', default: false },
    dir: { type: 'string' },
    closure: { type: 'string', default: '200' },
    'big-closure': { type: 'string', default: '1000' },
    'size-app': { type: 'string', default: '50' },
    'small-registry': { type: 'string', default: '100' },
    'large-registry': { type: 'string', default: '10000' },
    'publish-sizes': { type: 'string', default: '100,10000,100000' },
    'first-sizes': { type: 'string', default: '100,2000,20000' },
    files: { type: 'string', default: '44' },
    'file-bytes': { type: 'string', default: '2300' },
    'large-files': { type: 'string', default: '5000' },
    'large-mb': { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const num = (name) => {
  const value = Number(flags[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};
const options = {
  runs: num('runs'),
  heavyRuns: num('heavy-runs'),
  only: flags.only ? flags.only.split(',').map((s) => s.trim()).filter(Boolean) : null,
  closure: num('closure'),
  bigClosure: num('big-closure'),
  sizeApp: num('size-app'),
  smallRegistry: num('small-registry'),
  largeRegistry: num('large-registry'),
  publishSizes: flags['publish-sizes'].split(',').map(Number).filter((n) => n > 0),
  firstSizes: flags['first-sizes'].split(',').map(Number).filter((n) => n > 0),
  seed: num('seed'),
};
const content = { files: num('files'), fileBytes: num('file-bytes'), largeFiles: num('large-files'), largeBytes: num('large-mb') * 1e6 };

const root = flags.dir ?? (flags.disk ? '/var/tmp/gotong-bench' : '/dev/shm/gotong-bench');
const runDir = join(root, 'run');
const tmp = join(runDir, 'tmp');
const log = (line) => process.stderr.write(`${line}\n`);
const want = (group) => !options.only || options.only.some((o) => group.startsWith(o) || o.startsWith(group));

async function main() {
  const started = Date.now();
  await fs.rm(runDir, { recursive: true, force: true });
  await fs.mkdir(tmp, { recursive: true });
  // Everything gotong and git write to a temporary folder stays on the chosen file system.
  process.env.TMPDIR = tmp;

  const worldsRoot = join(root, 'worlds');
  const apps = [...new Set([options.sizeApp, options.closure, options.bigClosure])].sort((a, b) => a - b);
  const worlds = {};
  const needLarge = ['install', 'size', 'big', 'resolve', 'verify', 'catalog'].some(want);
  const needSmall = ['size', 'large'].some(want);
  if (needLarge) {
    worlds.r10k = await ensureWorld({ root: worldsRoot, name: 'r10k', plan: { seed: options.seed, modules: options.largeRegistry, apps }, content, fresh: flags.fresh, log });
  }
  if (needSmall) {
    worlds.r100 = await ensureWorld({ root: worldsRoot, name: 'r100', plan: { seed: options.seed, modules: options.smallRegistry, apps: [options.sizeApp], large: true }, content, fresh: flags.fresh, log });
  }
  if (want('publish')) {
    for (const versions of options.publishSizes) {
      const modules = Math.max(1, Math.round(versions / 10));
      worlds[`pub${versions}`] = await ensureWorld({ root: worldsRoot, name: `pub${versions}`, plan: { seed: options.seed, modules, apps: [], fillerVersions: Math.round(versions / modules) }, content, fresh: flags.fresh, log });
    }
  }
  const firstWorlds = [];
  if (want('first')) {
    for (const versions of options.firstSizes) {
      const modules = Math.max(1, Math.round(versions / 10));
      const world = await ensureWorld({ root: worldsRoot, name: `first${versions}`, plan: { seed: options.seed, modules, apps: [1], fillerVersions: 10, fillerContent: 'full' }, content, fresh: flags.fresh, log });
      worlds[`first${versions}`] = world;
      firstWorlds.push([`${versions}`, world]);
    }
  }
  const generatedMs = Date.now() - started;

  const ctx = { runDir, tmp };
  const scenarios = await allScenarios(ctx, worlds, options, log);
  const first = firstWorlds.length > 0 ? await firstInstallScenarios(ctx, firstWorlds) : null;
  if (first) scenarios.push(...first.scenarios);
  const samples = new Map();
  const rounds = Math.max(options.runs, options.heavyRuns);
  for (let round = 0; round < rounds; round++) {
    log(`round ${round + 1} of ${rounds}`);
    for (const scenario of scenarios) {
      if (round >= (scenario.weight === 'heavy' ? options.heavyRuns : options.runs)) continue;
      await scenario.prepare?.();
      const result = await scenario.run();
      await scenario.after?.();
      if (!samples.has(scenario.id)) samples.set(scenario.id, []);
      samples.get(scenario.id).push(result);
      log(`  ${scenario.id.padEnd(22)} ${Math.round(result.ms)} ms${result.rssBytes ? `, ${Math.round(result.rssBytes / 2 ** 20)} MB` : ''}`);
    }
  }

  await first?.stop();
  const rows = rowsOf(scenarios, samples);
  const checks = targets(rows, options);
  const report = {
    benchVersion: 1,
    date: new Date().toISOString(),
    machine: machine(runDir),
    options: { ...options, content, disk: flags.disk, root },
    registries: Object.fromEntries(Object.entries(worlds).map(([k, w]) => [k, { namespaces: w.namespaces, ...w.stats, generateMs: w.generateMs, reused: w.reused }])),
    rows,
    targets: checks,
    totalMs: Date.now() - started,
    generatedMs,
  };
  const results = fileURLToPath(new URL('./results/', import.meta.url));
  await fs.mkdir(results, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-');
  await fs.writeFile(join(results, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await fs.writeFile(join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);

  const m = report.machine;
  console.log(`\ngotong bench: ${m.cpus} cpus (${m.cpu}), ${m.memoryGiB} GiB, node ${m.node}, git ${m.git}, work on ${m.workFs} (${m.workDir})\n`);
  console.log(table(rows));
  console.log('\ntargets:');
  for (const c of checks) console.log(`  ${c.met ? 'met   ' : 'MISSED'} ${c.target}: ${c.value}${c.unit === 'x' ? 'x' : ` ${c.unit}`}`);
  console.log(`\n${Math.round(report.totalMs / 1000)} s in all (${Math.round(generatedMs / 1000)} s generating registries); results in bench/results/latest.json`);
  if (!flags.keep) await fs.rm(runDir, { recursive: true, force: true });
}

await main();
