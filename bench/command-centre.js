// Command-centre scale benchmark (issue 15): 500 cities each reporting 1,000
// modules (500,000 cells) and 200 advisories. Reports the time to build the
// whole catalog with the command-centre page, and the page's own share (plan,
// render, JSON), with the sizes of command-centre.html and .json.
//
//   npm run build && node bench/command-centre.js [cities] [modules] [advisories] [seed]
//
// Runs against dist/, like the other benchmarks. The goal is under 10 s.
import { mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../dist/catalog/build.js';
import { commandCentreJson, planCommandCentre } from '../dist/catalog/command-centre.js';
import { commandCentrePage } from '../dist/catalog/pages-command-centre.js';
import { syntheticAdoption, syntheticCatalogInput } from '../dist/catalog/synthetic.js';
import { prepareCatalog } from '../dist/catalog/view.js';

export async function commandCentreScale({ cities = 500, modules = 1_000, advisories = 200, seed = 1 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'gotong-cc-bench-'));
  try {
    const input = syntheticCatalogInput(seed, modules, 5);
    input.adoption = syntheticAdoption(input, seed, cities, advisories);

    // The page alone: plan, render and serialise, as build.ts does.
    let started = performance.now();
    const view = prepareCatalog(input);
    const centre = planCommandCentre(view, input.adoption);
    const planMs = performance.now() - started;
    started = performance.now();
    const html = commandCentrePage(view, centre);
    const json = JSON.stringify(commandCentreJson(centre, view.registry));
    const renderMs = performance.now() - started;

    // The whole catalog build, command-centre page included.
    started = performance.now();
    const result = await buildCatalog(input, join(dir, 'site'));
    const buildMs = performance.now() - started;
    const cells = centre.cells.reduce((n, row) => n + row.filter(Boolean).length, 0);
    return {
      cities: centre.cities.length,
      modules: centre.modules.length,
      advisories,
      cells,
      counts: centre.counts,
      planMs: Math.round(planMs),
      renderMs: Math.round(renderMs),
      commandCentreMs: Math.round(planMs + renderMs),
      catalogBuildMs: Math.round(buildMs),
      pageBytes: Buffer.byteLength(html),
      jsonBytes: Buffer.byteLength(json),
      writtenPageBytes: (await stat(join(dir, 'site', 'command-centre.html'))).size,
      catalogPages: result.pages,
      peakRssBytes: process.memoryUsage().rss,
      node: process.version,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [cities, modules, advisories, seed] = process.argv.slice(2).map(Number);
  const report = await commandCentreScale({ cities: cities || undefined, modules: modules || undefined, advisories: advisories || undefined, seed: seed || undefined });
  const results = fileURLToPath(new URL('./results/', import.meta.url));
  await mkdir(results, { recursive: true });
  await writeFile(join(results, 'command-centre.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
}
