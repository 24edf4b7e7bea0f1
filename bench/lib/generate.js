// Writes a planned registry (plan.js) as a real gotong registry: a bare git
// repository with root, targets, snapshot and timestamp signed by real
// Ed25519 keys, one delegated role per namespace and one per module under it,
// signed by that namespace's own publisher key, real tarballs and module
// index files.
//
// Publishing 10,000 modules one `gotong publish` at a time would take hours,
// so this goes through gotong's RegistryWriter directly: the registry is made
// by `initRegistry`, then one working clone delegates every namespace in one
// new targets version, signs each namespace's roles once with all of its
// targets, signs snapshot and timestamp, and lands everything in a single
// commit. The result is a registry `gotong registry verify` accepts
// (test/bench/generate.test.ts).
//
// Namespaces are signed in chunks, each in its own process that writes its
// files out and exits, so the generator's memory stays bounded whatever the
// registry's size. Signing is still the slow part of a large registry:
// @tufjs/models builds each role's target map one key at a time (quadratic in
// the role's size), about 0.1 s per namespace of 200 targets here.
//
//   node bench/lib/generate.js CHUNK WORK_DIR KEYS_DIR PLAN_OPTIONS_JSON CONTENT_JSON FROM TO
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { silentReporter } from '../../dist/core/reporter.js';
import { serializeModuleIndex, withVersion } from '../../dist/manifest/module-index.js';
import { indexTarget, tarballTarget } from '../../dist/manifest/names.js';
import { initRegistry } from '../../dist/admin/registry-setup.js';
import { pushRegistryChange } from '../../dist/registry/namespaces.js';
import { commitRegistryChange, prepareRegistryChange } from '../../dist/registry/namespaces.js';
import { generateKeyPair, loadSigningKey } from '../../dist/trust/keys.js';
import { integrityOf, sha256Hex, sha512Hex } from '../../dist/trust/metadata-io.js';
import { RegistryWriter } from '../../dist/trust/writer.js';
import { moduleTarball } from './content.js';
import { planRegistry } from './plan.js';

const run = promisify(execFile);
const BASE_TIME = Date.UTC(2023, 0, 1);
const SELF = fileURLToPath(import.meta.url);
const NAMESPACES_PER_CHUNK = 40;

async function writeKey(dir, name) {
  const pair = generateKeyPair();
  const file = join(dir, `${name}.pem`);
  await fs.writeFile(file, pair.privatePem, { mode: 0o600 });
  await fs.writeFile(`${file}.pub`, pair.publicPem);
  return { file, signer: loadSigningKey(pair.privatePem, file) };
}

async function readKey(file) {
  return loadSigningKey(await fs.readFile(file, 'utf8'), file);
}

/** Signs the namespaces plan.namespaces[from..to) into the working tree; returns their statistics. */
async function signChunk(work, keysDir, plan, content, from, to) {
  const online = await readKey(join(keysDir, 'online.pem'));
  const writer = await RegistryWriter.load(work);
  const chunk = new Set(plan.namespaces.slice(from, to));
  const byNamespace = new Map();
  for (const module of plan.modules) {
    if (!chunk.has(module.namespace)) continue;
    if (!byNamespace.has(module.namespace)) byNamespace.set(module.namespace, []);
    byNamespace.get(module.namespace).push(module);
  }
  const stats = { modules: 0, versions: 0, tarballBytes: 0, files: 0, unpackedBytes: 0, solutions: {} };
  for (const [ns, modules] of byNamespace) {
    const publisher = await readKey(join(keysDir, `publisher-${ns}.pem`));
    const writes = [];
    for (const module of modules) {
      let index = null;
      stats.modules++;
      module.versions.forEach((version, v) => {
        const tarball = moduleTarball(plan.seed, module, version, content);
        const target = tarballTarget(ns, module.short, version.version);
        writes.push({ targetPath: target, bytes: tarball.bytes });
        stats.versions++;
        stats.tarballBytes += tarball.bytes.length;
        stats.files += tarball.fileCount;
        stats.unpackedBytes += tarball.unpackedBytes;
        if (version.version === module.solution) stats.solutions[module.name] = { bytes: tarball.bytes.length, files: tarball.fileCount, unpacked: tarball.unpackedBytes };
        index = withVersion(index, module.name, version.version, {
          target,
          length: tarball.bytes.length,
          sha256: sha256Hex(tarball.bytes),
          integrity: integrityOf(sha512Hex(tarball.bytes)),
          dependencies: version.dependencies,
          publishedAt: new Date(BASE_TIME + module.index * 3_600_000 + v * 86_400_000).toISOString(),
          publisherKeyId: publisher.keyId,
          yanked: version.yanked,
          deprecated: null,
          ...module.info,
        });
      });
      writes.push({ targetPath: indexTarget(ns, module.short), bytes: serializeModuleIndex(index) });
    }
    await writer.putTargets(ns, writes, [publisher]);
    await writer.flush();
  }
  writer.refreshTimestamp(online);
  await writer.flush();
  return stats;
}

/**
 * @param {object} o
 * @param {object} o.planOptions      arguments of planRegistry
 * @param {string} o.dir              the world folder: registry.git, keys/ and world.json go here
 * @param {import('./content.js').ContentOptions} o.content
 * @param {(line: string) => void} [o.log]
 */
export async function generateRegistry(o) {
  const log = o.log ?? (() => undefined);
  const started = performance.now();
  const plan = planRegistry(o.planOptions);
  await fs.rm(o.dir, { recursive: true, force: true });
  const keysDir = join(o.dir, 'keys');
  await fs.mkdir(keysDir, { recursive: true });
  const admin = await writeKey(keysDir, 'admin');
  const online = await writeKey(keysDir, 'online');
  const publishers = {};
  for (const ns of plan.namespaces) publishers[ns] = await writeKey(keysDir, `publisher-${ns}`);

  const env = { ...process.env, GOTONG_HOME: join(o.dir, 'gen-home') };
  const bare = join(o.dir, 'registry.git');
  const init = await initRegistry({ target: bare, name: 'bench', rootSigners: [admin.signer], threshold: 1, onlineKey: online.signer, reporter: silentReporter, env });
  const work = join(o.dir, 'work');
  // No automatic gc or maintenance in the throw-away clone: after a commit of
  // 110,000 files git starts one in the background, which was still writing
  // into work/.git when the clone was removed (ENOTEMPTY on a first run).
  await run('git', ['clone', '--quiet', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', bare, work]);
  const change = await prepareRegistryChange(work, []);
  const writer = await RegistryWriter.load(work);
  writer.addNamespaces(plan.namespaces.map((ns) => ({ namespace: ns, publisherKeys: [publishers[ns].signer], threshold: 1 })), [admin.signer]);
  writer.refreshTimestamp(online.signer);
  await writer.flush();
  log(`  ${plan.namespaces.length} namespaces delegated (${Math.round(performance.now() - started)} ms)`);

  const stats = { modules: 0, versions: 0, tarballBytes: 0, files: 0, unpackedBytes: 0, apps: {} };
  const solutions = {};
  for (let from = 0; from < plan.namespaces.length; from += NAMESPACES_PER_CHUNK) {
    const to = Math.min(plan.namespaces.length, from + NAMESPACES_PER_CHUNK);
    const args = [SELF, 'chunk', work, keysDir, JSON.stringify(o.planOptions), JSON.stringify(o.content), String(from), String(to)];
    const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 28 });
    const chunk = JSON.parse(stdout);
    for (const key of ['modules', 'versions', 'tarballBytes', 'files', 'unpackedBytes']) stats[key] += chunk[key];
    Object.assign(solutions, chunk.solutions);
  }
  log(`  ${stats.versions} versions signed (${Math.round(performance.now() - started)} ms)`);
  // Every namespace's files go to a branch of their own, as a publish puts them.
  const commit = await commitRegistryChange(change, `bench: ${stats.modules} modules, ${stats.versions} versions`, { name: 'gotong bench', email: 'bench@gotong.invalid' });
  if ((await pushRegistryChange(work, bare, commit)) !== 'pushed') throw new Error('push of the generated registry was refused');
  log(`  committed and pushed (${Math.round(performance.now() - started)} ms)`);
  // Packed as a git host's housekeeping keeps a long-lived repository (a
  // registry of 100,000 versions is not one push old). It did not make the
  // publish scenarios faster: see docs/PERFORMANCE.md on publishing.
  await run('git', ['-C', bare, 'gc', '--quiet']);
  log(`  packed (${Math.round(performance.now() - started)} ms)`);
  await fs.rm(work, { recursive: true, force: true, maxRetries: 5 });
  await fs.rm(env.GOTONG_HOME, { recursive: true, force: true, maxRetries: 5 });

  for (const app of plan.apps) {
    stats.apps[app.name] = Object.keys(app.solution).reduce(
      (sum, name) => {
        const s = solutions[name];
        return { modules: sum.modules + 1, tarballBytes: sum.tarballBytes + s.bytes, files: sum.files + s.files, unpackedBytes: sum.unpackedBytes + s.unpacked };
      },
      { modules: 0, tarballBytes: 0, files: 0, unpackedBytes: 0 },
    );
  }
  const large = plan.modules.find((m) => m.kind === 'large');
  if (large) stats.large = solutions[large.name];
  const world = {
    url: bare,
    rootSha256: init.rootSha256,
    keys: {
      admin: admin.file,
      online: online.file,
      publishers: Object.fromEntries(Object.entries(publishers).map(([ns, k]) => [ns, k.file])),
    },
    namespaces: plan.namespaces.length,
    apps: plan.apps,
    update: plan.update,
    large: large ? { name: large.name, version: large.solution } : null,
    stats,
    generatedAt: new Date().toISOString(),
    generateMs: Math.round(performance.now() - started),
  };
  await fs.writeFile(join(o.dir, 'world.json'), `${JSON.stringify(world, null, 2)}\n`);
  return world;
}

if (process.argv[1] === SELF && process.argv[2] === 'chunk') {
  const [work, keysDir, planOptions, content, from, to] = process.argv.slice(3);
  const stats = await signChunk(work, keysDir, planRegistry(JSON.parse(planOptions)), JSON.parse(content), Number(from), Number(to));
  process.stdout.write(JSON.stringify(stats));
}
