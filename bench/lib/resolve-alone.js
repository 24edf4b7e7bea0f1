// Resolve alone: the resolver over an app's module graph, with every index
// already in memory, so nothing but the version search is timed. A second
// figure adds parsing and schema-checking the index files, which the resolve
// stage of an install also does (but for reading them through TUF).
//
//   node bench/lib/resolve-alone.js CLONE_DIR WORLD_JSON APP_NAME
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { resolveDependencies } from '../../dist/install/resolve.js';
import { parseModuleIndex } from '../../dist/manifest/module-index.js';
import { GitBlobReader } from '../../dist/registry/git.js';

const [clone, worldFile, appName] = process.argv.slice(2);
const world = JSON.parse(await fs.readFile(worldFile, 'utf8'));
const app = world.apps.find((a) => a.name === appName);
// The index files as the registry's newest commit holds them (the clone has no working tree).
const commit = execFileSync('git', ['-C', clone, 'rev-parse', 'refs/remotes/origin/main'], { encoding: 'utf8' }).trim();
const indexFiles = new Map();
for (const path of execFileSync('git', ['-C', clone, 'ls-tree', '-r', '--name-only', commit, 'targets/'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')) {
  if (path.endsWith('.index.json')) indexFiles.set(path.split('/').slice(1, 3).join('/'), path);
}
const reader = new GitBlobReader(clone, 'bench registry');
const raw = new Map();
for (const name of Object.keys(app.solution)) {
  const found = await reader.read(commit, indexFiles.get(name.slice(1)), 1 << 26);
  raw.set(name, found.bytes);
}

let started = performance.now();
const parsed = new Map([...raw].map(([name, bytes]) => [name, parseModuleIndex(bytes, name)]));
const parseMs = performance.now() - started;

started = performance.now();
let loads = 0;
const resolution = await resolveDependencies({
  requested: app.requested,
  locked: {},
  loadIndex: async (name) => {
    loads++;
    return parsed.get(name);
  },
});
const resolveMs = performance.now() - started;
let mismatches = 0;
for (const [name, version] of Object.entries(app.solution)) if (resolution.modules.get(name)?.version !== version) mismatches++;
if (mismatches > 0 || resolution.modules.size !== Object.keys(app.solution).length) {
  throw new Error(`the resolver chose ${mismatches} versions other than planned (${resolution.modules.size} modules)`);
}
process.stdout.write(`${JSON.stringify({ ms: resolveMs, resolveMs, parseMs, modules: resolution.modules.size, loads })}\n`);
