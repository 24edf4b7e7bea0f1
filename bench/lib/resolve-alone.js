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
// The index files as the registry's newest commit holds them (the clone has no
// working tree): each namespace's files are in the commit main links for it.
const commit = execFileSync('git', ['-C', clone, 'rev-parse', 'refs/remotes/origin/main'], { encoding: 'utf8' }).trim();
const git = (args) => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const indexFiles = new Map();
for (const line of git(['ls-tree', commit, 'targets/']).split('\n').filter(Boolean)) {
  const [mode, , oid] = line.split('\t')[0].split(' ');
  const namespace = line.split('\t')[1].slice('targets/'.length);
  const holder = mode === '160000' ? oid : `${commit}:targets/${namespace}`;
  if (mode !== '160000' && mode !== '040000') continue;
  for (const path of git(['ls-tree', '-r', '--name-only', holder]).split('\n')) {
    if (path.endsWith('.index.json')) indexFiles.set(`${namespace}/${path.split('/')[0]}`, { holder: mode === '160000' ? oid : commit, path: mode === '160000' ? path : `targets/${namespace}/${path}` });
  }
}
const reader = new GitBlobReader(clone, 'bench registry');
const raw = new Map();
for (const name of Object.keys(app.solution)) {
  const file = indexFiles.get(name.slice(1));
  const found = await reader.read(file.holder, file.path, 1 << 26);
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
