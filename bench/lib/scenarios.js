// The scenarios of issue 5, each a preparation (not timed), one measured
// child process, and a clean-up (not timed). Every scenario leaves the
// shared state (caches, clones, trusted metadata) as the next one expects
// it, so the rounds can run them in any order.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureNode, stageTimings } from './measure.js';

const BIN = fileURLToPath(new URL('../../bin/gotong.js', import.meta.url));
const FLOOR = fileURLToPath(new URL('./floor.js', import.meta.url));
const RESOLVE = fileURLToPath(new URL('./resolve-alone.js', import.meta.url));

const rm = (path) => fs.rm(path, { recursive: true, force: true });
const exists = (path) => fs.access(path).then(() => true, () => false);

export function gotongEnv(home, tmp) {
  const env = { ...process.env, GOTONG_HOME: home, NO_COLOR: '1', CI: 'true', TMPDIR: tmp, GOTONG_REGISTRY: '' };
  for (const name of ['GOTONG_SIGNING_KEY', 'GOTONG_ONLINE_KEY', 'GOTONG_KEY_PASSPHRASE', 'NODE_OPTIONS']) delete env[name];
  return env;
}

/** Runs the CLI in a child process; stage timings come from --verbose. */
export async function gotong(ctx, home, cwd, args) {
  const result = await measureNode({ args: [BIN, ...args, '--verbose'], cwd, env: gotongEnv(home, ctx.tmp), tmp: ctx.tmp });
  return { ...result, stages: stageTimings(result.stderr) };
}

async function writeWorkspace(dir, dependencies) {
  await rm(dir);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(join(dir, 'gotong.json'), `${JSON.stringify({ private: true, registry: 'bench', dependencies }, null, 2)}\n`);
}

/**
 * Moves folders of a home aside (the content cache, the module store) so a
 * run starts without them, and puts them back afterwards.
 */
function withoutFolders(home, names) {
  const pairs = names.map((name) => ({ dir: join(home, name), saved: join(home, `${name}.saved`) }));
  return {
    prepare: async () => {
      for (const { dir, saved } of pairs) {
        await rm(saved);
        if (await exists(dir)) await fs.rename(dir, saved);
      }
    },
    after: async () => {
      for (const { dir, saved } of pairs) {
        await rm(dir);
        if (await exists(saved)) await fs.rename(saved, dir);
      }
    },
  };
}

async function cachedTarballs(home, workspace) {
  const lock = JSON.parse(await fs.readFile(join(workspace, 'gotong-lock.json'), 'utf8'));
  return Object.values(lock.modules).map((m) => {
    const hex = Buffer.from(m.integrity.slice('sha512-'.length), 'base64').toString('hex');
    return join(home, 'cache', 'sha512', hex.slice(0, 2), hex.slice(2));
  });
}

/** A floor scenario over the tarballs a workspace's lockfile names. */
async function floorScenario(ctx, id, label, home, workspace, group) {
  const list = join(ctx.runDir, `${id}.json`);
  await fs.writeFile(list, JSON.stringify(await cachedTarballs(home, workspace)));
  const out = join(ctx.runDir, 'floor-out');
  return {
    id, label, group, weight: 'light',
    prepare: () => rm(out),
    run: async () => {
      const result = await measureNode({ args: [FLOOR, list, out], cwd: ctx.runDir, env: gotongEnv(home, ctx.tmp), tmp: ctx.tmp });
      return { ms: result.ms, rssBytes: result.rssBytes, inProcessMs: JSON.parse(result.stdout).ms };
    },
    after: () => rm(out),
  };
}

/**
 * Install scenarios on one app: cold, warm without lockfile, warm --frozen,
 * nothing changed, and (when the plan has one) one module updated.
 */
async function installScenarios(ctx, o) {
  const { home, app, prefix, group, floor, kinds } = o;
  const scenarios = [];
  const ws = (kind) => join(ctx.runDir, `ws-${prefix}-${kind}`);
  // One install first: fills the content cache and gives the lockfile the others start from.
  const base = ws('base');
  await writeWorkspace(base, app.requested);
  await gotong(ctx, home, base, ['install']);
  const lockfile = await fs.readFile(join(base, 'gotong-lock.json'));
  const installed = (r) => ({ ms: r.ms, rssBytes: r.rssBytes, stages: r.stages });

  if (kinds.includes('cold')) {
    const dir = ws('cold');
    await writeWorkspace(dir, app.requested);
    // Cold: neither tarballs nor extracted modules on the machine.
    const cache = withoutFolders(home, ['cache', 'store']);
    scenarios.push({
      id: `${prefix}-cold`, group, label: 'cold: empty cache and store, no lockfile', floor, weight: o.weight ?? 'light',
      prepare: async () => {
        await writeWorkspace(dir, app.requested);
        await cache.prepare();
      },
      run: async () => installed(await gotong(ctx, home, dir, ['install'])),
      after: cache.after,
    });
  }
  if (kinds.includes('warm')) {
    const dir = ws('warm');
    scenarios.push({
      id: `${prefix}-warm`, group, label: 'warm cache and store, no lockfile', floor, weight: 'light',
      prepare: () => writeWorkspace(dir, app.requested),
      run: async () => installed(await gotong(ctx, home, dir, ['install'])),
    });
  }
  if (kinds.includes('frozen')) {
    const dir = ws('frozen');
    scenarios.push({
      id: `${prefix}-frozen`, group, label: 'warm cache and store + lockfile (--frozen)', floor, weight: 'light',
      prepare: async () => {
        await writeWorkspace(dir, app.requested);
        await fs.writeFile(join(dir, 'gotong-lock.json'), lockfile);
      },
      run: async () => installed(await gotong(ctx, home, dir, ['install', '--frozen'])),
    });
  }
  if (kinds.includes('frozen-nostore')) {
    // What the module store saves: the same install, extracting every tarball from the cache.
    const dir = ws('frozen-nostore');
    const store = withoutFolders(home, ['store']);
    scenarios.push({
      id: `${prefix}-frozen-nostore`, group, label: 'warm cache + lockfile, empty module store', floor, weight: 'light',
      prepare: async () => {
        await writeWorkspace(dir, app.requested);
        await fs.writeFile(join(dir, 'gotong-lock.json'), lockfile);
        await store.prepare();
      },
      run: async () => installed(await gotong(ctx, home, dir, ['install', '--frozen'])),
      after: store.after,
    });
  }
  if (kinds.includes('noop')) {
    scenarios.push({
      id: `${prefix}-noop`, group, label: 'nothing changed (install again)', floor, weight: 'light',
      run: async () => installed(await gotong(ctx, home, base, ['install'])),
    });
  }
  if (kinds.includes('update') && o.update) {
    const dir = ws('update');
    const snapshot = ws('update-snapshot');
    await rm(snapshot);
    await fs.cp(base, snapshot, { recursive: true });
    scenarios.push({
      id: `${prefix}-update`, group, label: `one module updated (${o.update.to})`, floor, weight: 'light',
      prepare: async () => {
        await rm(dir);
        await fs.cp(snapshot, dir, { recursive: true });
      },
      run: async () => installed(await gotong(ctx, home, dir, ['install', `${o.update.name}@${o.update.to}`])),
    });
  }
  return { scenarios, base };
}

/** Registers the registry in a fresh home and makes its read clone and trusted metadata. */
export async function prepareHome(ctx, world, home) {
  await rm(home);
  await fs.mkdir(home, { recursive: true });
  await gotong(ctx, home, ctx.runDir, ['registry', 'add', 'bench', world.url, '--root-sha256', world.rootSha256]);
}

export async function allScenarios(ctx, worlds, options, log) {
  const list = [];
  const want = (id) => !options.only || options.only.some((o) => id.startsWith(o));

  const r10k = worlds.r10k;
  const r100 = worlds.r100;
  let h10k = null;
  let h100 = null;
  if (r10k) {
    h10k = join(ctx.runDir, 'home-r10k');
    log('preparing the home for the large registry (clone, trusted metadata)');
    await prepareHome(ctx, r10k, h10k);
  }
  if (r100) {
    h100 = join(ctx.runDir, 'home-r100');
    await prepareHome(ctx, r100, h100);
  }

  // Install of the main app (closure of `--closure` modules) from the large registry.
  if (r10k && want('install')) {
    const app = r10k.apps.find((a) => a.size === options.closure);
    log(`setting up install scenarios (${app.name})`);
    const { scenarios, base } = await installScenarios(ctx, {
      home: h10k, app, prefix: 'install', group: `install ${app.size} modules`, floor: 'floor-install',
      kinds: ['cold', 'warm', 'frozen', 'frozen-nostore', 'noop', 'update'], update: r10k.update && r10k.update.app === app.name ? r10k.update : null,
    });
    list.push(await floorScenario(ctx, 'floor-install', `floor: the same ${app.size} tarballs, sha512 + gunzip + tar in plain Node`, h10k, base, `install ${app.size} modules`));
    list.push(...scenarios);
  }

  // The same small app from a small and a large registry.
  if (r10k && r100 && want('size')) {
    const app = r100.apps.find((a) => a.size === options.sizeApp);
    log(`setting up registry-size scenarios (${app.name})`);
    const small = await installScenarios(ctx, { home: h100, app, prefix: 'size-small', group: `install ${app.size} modules from ${options.smallRegistry} vs ${options.largeRegistry} modules`, floor: 'floor-size', kinds: ['cold', 'warm'] });
    const large = await installScenarios(ctx, { home: h10k, app: r10k.apps.find((a) => a.size === options.sizeApp), prefix: 'size-large', group: `install ${app.size} modules from ${options.smallRegistry} vs ${options.largeRegistry} modules`, floor: 'floor-size', kinds: ['cold', 'warm'] });
    list.push(await floorScenario(ctx, 'floor-size', `floor: the same ${app.size} tarballs`, h100, small.base, small.scenarios[0].group));
    for (const s of small.scenarios) s.label = `${options.smallRegistry}-module registry: ${s.label}`;
    for (const s of large.scenarios) s.label = `${options.largeRegistry}-module registry: ${s.label}`;
    list.push(...small.scenarios, ...large.scenarios);
  }

  // Peak memory of a 1,000-module install (cold), and resolve alone over its graph.
  if (r10k && want('big')) {
    const app = r10k.apps.find((a) => a.size === options.bigClosure);
    log(`setting up ${app.size}-module scenarios`);
    const { scenarios, base } = await installScenarios(ctx, { home: h10k, app, prefix: 'big', group: `install ${app.size} modules`, floor: 'floor-big', kinds: ['cold', 'frozen'], weight: 'heavy' });
    list.push(await floorScenario(ctx, 'floor-big', `floor: the same ${app.size} tarballs`, h10k, base, `install ${app.size} modules`));
    list.push(...scenarios);
    const worldFile = join(r10k.dir, 'world.json');
    list.push({
      id: 'resolve-big', group: `resolve ${app.size} modules`, label: 'resolver alone, indexes in memory (in-process time)', weight: 'light',
      run: async () => {
        const result = await measureNode({ args: [RESOLVE, join(h10k, 'registries', 'bench', 'read'), worldFile, app.name], cwd: ctx.runDir, env: gotongEnv(h10k, ctx.tmp), tmp: ctx.tmp });
        const report = JSON.parse(result.stdout);
        return { ms: report.resolveMs, rssBytes: result.rssBytes, extra: { parseIndexesMs: Math.round(report.parseMs), processMs: Math.round(result.ms) } };
      },
    });
  }

  // One large module.
  if (r100 && r100.large && want('large')) {
    log('setting up the large-module scenarios');
    const app = { name: 'large', requested: { [r100.large.name]: `^${r100.large.version}` } };
    const stats = r100.stats.large;
    const { scenarios, base } = await installScenarios(ctx, { home: h100, app, prefix: 'large', group: `one module, ${stats.files} files, ${Math.round(stats.unpacked / 1e6)} MB`, floor: 'floor-large', kinds: ['cold', 'frozen'] });
    list.push(await floorScenario(ctx, 'floor-large', 'floor: the same tarball', h100, base, scenarios[0].group));
    list.push(...scenarios);
  }

  // Whole-registry commands.
  if (r10k && want('verify')) {
    list.push({
      id: 'verify-registry', group: `${options.largeRegistry}-module registry`, label: '`gotong registry verify`', weight: 'heavy',
      run: async () => {
        const r = await gotong(ctx, h10k, ctx.runDir, ['registry', 'verify', '--registry', 'bench']);
        return { ms: r.ms, rssBytes: r.rssBytes, stages: r.stages };
      },
    });
  }
  if (r10k && want('catalog')) {
    const out = join(ctx.runDir, 'catalog-out');
    list.push({
      id: 'catalog-build', group: `${options.largeRegistry}-module registry`, label: '`gotong catalog build`', weight: 'heavy',
      prepare: () => rm(out),
      run: async () => {
        const r = await gotong(ctx, h10k, ctx.runDir, ['catalog', 'build', '--registry', 'bench', '--out', out]);
        return { ms: r.ms, rssBytes: r.rssBytes, stages: r.stages };
      },
      after: () => rm(out),
    });
  }

  // Publish one version into registries of growing size.
  if (want('publish')) {
    for (const [key, world] of Object.entries(worlds).filter(([k]) => k.startsWith('pub'))) {
      const home = join(ctx.runDir, `home-${key}`);
      await rm(home);
      const namespace = 'bandung';
      // Every publish must be a new version: the same version again is answered
      // "already published" without a push, which is not what is measured. The
      // registries outlive a run, so each run starts its own minor version.
      const minor = Math.floor(Date.now() / 1000);
      let n = 0;
      const source = join(ctx.runDir, `pub-src-${key}`);
      const writeModule = async () => {
        await rm(source);
        await fs.mkdir(source, { recursive: true });
        await fs.writeFile(join(source, 'gotong.json'), `${JSON.stringify({ name: `@${namespace}/bench-terbit`, version: `1.${minor}.${n++}`, description: { id: 'Modul uji terbit', en: 'Publish benchmark module' }, license: 'Apache-2.0' }, null, 2)}\n`);
        await fs.writeFile(join(source, 'README.md'), '# bench-terbit\n');
        await fs.writeFile(join(source, 'index.js'), `export const n = ${n};\n`);
      };
      const args = () => ['publish', source, '--registry', world.url, '--key', world.keys.publishers[namespace], '--online-key', world.keys.online, '--yes'];
      log(`setting up publish into ${world.stats.versions} versions (first publish makes the publishing clone)`);
      await writeModule();
      await gotong(ctx, home, ctx.runDir, args());
      list.push({
        id: `publish-${key}`, group: 'publish one version', label: `into ${world.stats.versions.toLocaleString('en')} versions (${world.namespaces} namespaces)`, weight: 'light',
        prepare: writeModule,
        run: async () => {
          const r = await gotong(ctx, home, ctx.runDir, args());
          if (!r.stdout.startsWith('published ')) throw new Error(`publish into ${key} did not publish a new version: ${r.stdout.trim()}`);
          return { ms: r.ms, rssBytes: r.rssBytes, stages: r.stages };
        },
      });
    }
  }
  return list;
}
