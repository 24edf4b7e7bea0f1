// Catalog scale benchmark (issue 3): builds the catalog of a synthetic
// registry (default 10,000 modules x 5 versions = 50,000 versions) and reports
// build time, total size, search data size and home page size.
//
//   npm run build && node bench/catalog-scale.js [modules] [versionsPerModule] [seed]
//
// Runs against dist/, like the other benchmarks. bench/run.js can import
// catalogScale() and add its result to the combined report.
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../dist/catalog/build.js';
import { syntheticCatalogInput } from '../dist/catalog/synthetic.js';

export async function catalogScale({ modules = 10_000, versionsPerModule = 5, seed = 1 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'gotong-catalog-bench-'));
  try {
    let started = performance.now();
    const input = syntheticCatalogInput(seed, modules, versionsPerModule);
    const inputMs = performance.now() - started;
    started = performance.now();
    const result = await buildCatalog(input, join(dir, 'site'));
    const buildMs = performance.now() - started;
    return {
      modules: result.modules,
      versions: result.versions,
      namespaces: input.namespaces.length,
      pages: result.pages,
      syntheticInputMs: Math.round(inputMs),
      buildMs: Math.round(buildMs),
      totalBytes: result.totalBytes,
      searchDataBytes: result.searchDataBytes,
      homePageBytes: result.homePageBytes,
      peakRssBytes: process.memoryUsage().rss,
      node: process.version,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [modules, versionsPerModule, seed] = process.argv.slice(2).map(Number);
  const report = await catalogScale({ modules: modules || undefined, versionsPerModule: versionsPerModule || undefined, seed: seed || undefined });
  const results = fileURLToPath(new URL('./results/', import.meta.url));
  await mkdir(results, { recursive: true });
  await writeFile(join(results, 'catalog-scale.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
}
