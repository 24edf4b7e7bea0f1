// The stage for the TUF attack tests (test/security/tuf-*.test.ts): a real
// registry and its users, what the victim runs, and the checks every attack
// test makes. The attacker's own tools are in attack-kit.ts.
//
// A *scene* is a whole world built once per test file: three administrator
// keys (root and targets threshold 2 of 3), an online key, Kota Bandung's two
// publisher keys (ci and lead, threshold 1), Kubu Raya's two (threshold 2 of
// 2), a bare git registry with four modules, and Kubu Raya's workspace with
// @bandung/e-musrenbang installed, so the client has trusted metadata,
// a lockfile, a cache and a tree to lose. `scene.restore()` puts every byte of
// it back before each test, which keeps each attack independent and the file fast.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { isGotongError, type ErrorCode, type GotongError } from '../../src/core/errors.js';
import { gotongPaths } from '../../src/core/paths.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install, type InstallResult } from '../../src/install/install.js';
import { updateRegistry } from '../../src/change/registry-update.js';
import { publish } from '../../src/publish/publish.js';
import { addNamespace, initRegistry } from '../../src/admin/registry-setup.js';
import { addRegistry } from '../../src/admin/known-registries.js';
import { locateRegistry, type RegistryLocation } from '../../src/registry/locate.js';
import { registrySource } from '../../src/registry/open.js';
import type { SigningKey } from '../../src/trust/keys.js';
import { assertRegistryOk, verifyRegistry } from '../../src/trust/verify-registry.js';
import type { RegistryWriter } from '../../src/trust/writer.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from './env.js';
import { writeModule } from './modules.js';
import { recordCount } from './security-counts.js';

const run = promisify(execFile);

export const REGISTRY_NAME = 'nusantara';
/** The module the victim adds in most attacks: published, not yet installed. */
export const VICTIM_MODULE = '@bandung/peta-dasar';

export interface SceneKeys {
  admins: [KeyFiles, KeyFiles, KeyFiles];
  online: KeyFiles;
  bandungCi: KeyFiles;
  bandungLead: KeyFiles;
  kuburayaA: KeyFiles;
  kuburayaB: KeyFiles;
}

export interface Scene {
  world: TestWorld;
  keys: SceneKeys;
  /** The bare git repository: what the git host serves. */
  url: string;
  location: RegistryLocation;
  /** Kubu Raya's workspace, with @bandung/e-musrenbang installed. */
  workspace: string;
  /** Puts every file of the world back as it was when the scene was built. */
  restore(): Promise<void>;
  cleanup(): Promise<void>;
}

async function copyTree(from: string, to: string): Promise<void> {
  await fs.rm(to, { recursive: true, force: true });
  // cp -a keeps modes, times and links, and is much faster than fs.cp here.
  await run('cp', ['-a', from, to]);
}

/** Builds the scene once; call `restore()` before each test. */
export async function buildScene(): Promise<Scene> {
  const world = makeWorld('gotong-attack-');
  const reporter = new MemoryReporter();
  const env = world.env;
  const admins = [await makeKey(world, 'admin-1'), await makeKey(world, 'admin-2'), await makeKey(world, 'admin-3')] as SceneKeys['admins'];
  const keys: SceneKeys = {
    admins,
    online: await makeKey(world, 'online'),
    bandungCi: await makeKey(world, 'bandung-ci'),
    bandungLead: await makeKey(world, 'bandung-lead'),
    kuburayaA: await makeKey(world, 'kuburaya-a'),
    kuburayaB: await makeKey(world, 'kuburaya-b'),
  };
  const adminSigners = [admins[0].signer, admins[1].signer];
  const init = await initRegistry({ target: world.path('registry.git'), name: REGISTRY_NAME, rootSigners: admins.map((a) => a.signer), threshold: 2, onlineKey: keys.online.signer, reporter, env });
  const direct = await locateRegistry({ flag: init.url, env });
  await addNamespace({ namespace: 'bandung', location: direct, publisherKeys: [keys.bandungCi.signer, keys.bandungLead.signer], threshold: 1, adminSigners, onlineKey: keys.online.signer, reporter, env });
  await addNamespace({ namespace: 'kuburaya', location: direct, publisherKeys: [keys.kuburayaA.signer, keys.kuburayaB.signer], threshold: 2, adminSigners, onlineKey: keys.online.signer, reporter, env });
  await addRegistry({ name: REGISTRY_NAME, url: init.url, rootSha256: init.rootSha256, reporter, env });
  const location = await locateRegistry({ flag: REGISTRY_NAME, env });

  const modules: Array<[string, Record<string, string>, SigningKey[]]> = [
    ['@bandung/ui-kit', {}, [keys.bandungCi.signer]],
    ['@bandung/e-musrenbang', { '@bandung/ui-kit': '^1.0.0' }, [keys.bandungCi.signer]],
    [VICTIM_MODULE, {}, [keys.bandungCi.signer]],
    ['@kuburaya/portal', {}, [keys.kuburayaA.signer, keys.kuburayaB.signer]],
  ];
  for (const [name, dependencies, signers] of modules) {
    const dir = await writeModule(world.path('src', name.split('/')[1]), { name, version: '1.0.0', dependencies }, { 'index.html': `<h1>${name}</h1>\n` });
    await publish({ dir, location, signers, onlineKey: keys.online.signer, reporter, env });
  }
  const workspace = world.path('kuburaya-app');
  await fs.mkdir(workspace);
  await install({ cwd: workspace, add: ['@bandung/e-musrenbang'], reporter, env });

  // The local git clones are left out: gotong makes them again when missing,
  // which costs less than copying their hundreds of files before every test.
  await fs.rm(join(gotongPaths(env).home, 'registries'), { recursive: true, force: true });
  const pristine = `${world.root}.pristine`;
  await copyTree(world.root, pristine);
  return {
    world,
    keys,
    url: init.url,
    location,
    workspace,
    restore: () => copyTree(pristine, world.root),
    cleanup: async () => {
      await world.cleanup();
      await fs.rm(pristine, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- what the victim sees

/** Runs `work` and returns the GotongError it was refused with (failing the test if it succeeded or threw something else). */
export async function refusal(work: Promise<unknown>): Promise<GotongError> {
  try {
    await work;
  } catch (error) {
    if (isGotongError(error)) return error;
    throw error;
  }
  throw new Error('the attack was not refused: the operation succeeded');
}

/** The victim's everyday command: add a module to Kubu Raya's workspace. */
export function victimInstall(scene: Scene, add: string[] = [VICTIM_MODULE], env: NodeJS.ProcessEnv = scene.world.env): Promise<InstallResult> {
  return install({ cwd: scene.workspace, add, reporter: new MemoryReporter(), env });
}

/**
 * The same command on a new machine of Kubu Raya that has never talked to
 * the registry: no configuration and no trusted metadata, only the workspace
 * (whose lockfile pins the registry's root) and the registry's URL.
 */
export function newMachineInstall(scene: Scene, add: string[] = [VICTIM_MODULE]): Promise<InstallResult> {
  const env = { ...scene.world.env, GOTONG_HOME: scene.world.path('new-machine-home') };
  return install({ cwd: scene.workspace, registry: scene.url, add, reporter: new MemoryReporter(), env });
}

/** `gotong registry verify` as the command runs it (the pinned registry, read through its git clone). */
export async function registryVerify(scene: Scene): Promise<void> {
  const source = await registrySource(scene.location, false, scene.world.env);
  const result = await verifyRegistry(source);
  assertRegistryOk(result, scene.location.label);
}

/**
 * Every entry under `root` with its type, mode and content hash. Folders in
 * `transient` (gotong's empty staging and trash roots, which any install may
 * tidy away) are not listed themselves, but anything inside them is.
 */
async function hashTree(root: string, transient: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      const stat = await fs.lstat(path);
      if (entry.isDirectory()) {
        if (!transient.includes(rel)) out[rel + '/'] = `dir ${(stat.mode & 0o777).toString(8)}`;
        await walk(path);
      } else if (entry.isSymbolicLink()) {
        out[rel] = `link ${await fs.readlink(path)}`;
      } else {
        out[rel] = `file ${(stat.mode & 0o777).toString(8)} ${createHash('sha256').update(await fs.readFile(path)).digest('hex')}`;
      }
    }
  }
  await walk(root);
  return out;
}

export interface Fingerprint {
  /** gotong.json, gotong-lock.json and the whole gotong_modules tree. */
  workspace: Record<string, string>;
  /** The content cache under GOTONG_HOME (files by sha512; see expectCacheKept). */
  cache: Record<string, string>;
  /** Every file of the bare repository the git host serves. */
  registry: Record<string, string>;
}

/** What must not change when an attack is refused. */
export async function fingerprint(scene: Scene): Promise<Fingerprint> {
  return {
    workspace: await hashTree(scene.workspace, ['gotong_modules/.gotong/staging', 'gotong_modules/.gotong/trash']),
    cache: await hashTree(gotongPaths(scene.world.env).cacheDir),
    registry: await hashTree(scene.url),
  };
}

/**
 * The two checks every attack test makes: the victim's operation is refused
 * with `code`, and the workspace, the cache and the registry are byte for
 * byte what they were before it ran. Returns the error for further checks.
 */
export async function expectRefusedIntact(scene: Scene, code: ErrorCode, work: () => Promise<unknown>): Promise<GotongError> {
  const before = await fingerprint(scene);
  const error = await refusal(work());
  expect(error.code, error.message).toBe(code);
  const after = await fingerprint(scene);
  expect(after.workspace).toEqual(before.workspace);
  expect(after.registry).toEqual(before.registry);
  await expectCacheKept(scene, before.cache, after.cache);
  return error;
}

/**
 * Nothing in the content cache was lost or changed. Resolution may have
 * cached genuine files (a module index) before the attack was noticed; each
 * new entry must be verified content, i.e. hash to the sha512 it is filed under.
 */
async function expectCacheKept(scene: Scene, before: Record<string, string>, after: Record<string, string>): Promise<void> {
  expect(Object.fromEntries(Object.keys(before).map((k) => [k, after[k]]))).toEqual(before);
  const cacheDir = gotongPaths(scene.world.env).cacheDir;
  for (const rel of Object.keys(after).filter((k) => !(k in before) && !k.endsWith('/'))) {
    const sha512 = createHash('sha512').update(await fs.readFile(join(cacheDir, rel))).digest('hex');
    expect(rel, 'a new cache entry must be verified content').toBe(`sha512/${sha512.slice(0, 2)}/${sha512.slice(2)}`);
  }
}

/** `gotong registry verify` fails, names a problem matching `problem`, and changes nothing. */
export async function expectVerifyFails(scene: Scene, problem: RegExp): Promise<void> {
  const error = await expectRefusedIntact(scene, 'GOTONG_E_REGISTRY_VERIFY_FAILED', () => registryVerify(scene));
  const problems = (error.details?.problems ?? []) as Array<{ where: string; message: string }>;
  expect(problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toMatch(problem);
}

/** Versions the client has verified and remembers (its rollback memory). */
export async function trustedVersions(scene: Scene): Promise<Record<string, number>> {
  const dir = gotongPaths(scene.world.env).trustDir(REGISTRY_NAME);
  const out: Record<string, number> = {};
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    try {
      out[name.replace(/\.json$/, '')] = (JSON.parse(await fs.readFile(join(dir, name), 'utf8')) as { signed: { version: number } }).signed.version;
    } catch {
      // a damaged file has no version
    }
  }
  return out;
}

// ---------------------------------------------------------------- the legitimate administrators

/** One registry change by the administrators or a publisher, through gotong's own writer. */
export async function legitimately<T = void>(scene: Scene, build: (writer: RegistryWriter) => Promise<T> | T, options: { now?: Date; message?: string } = {}): Promise<T> {
  const outcome = await updateRegistry({ location: scene.location, identity: { name: 'admin', email: 'admin@gotong.invalid' }, reporter: new MemoryReporter(), env: scene.world.env, now: options.now }, async (writer) => {
    const result = await build(writer);
    return { changed: true, message: options.message ?? 'admin change', result };
  });
  return outcome.result;
}

/** A module version published the normal way. */
export async function publishVersion(scene: Scene, name: string, version: string, signers: SigningKey[], options: { now?: Date; files?: Record<string, string> } = {}): Promise<void> {
  const dir = await writeModule(scene.world.path('src', `${name.split('/')[1]}-${version}`), { name, version }, options.files ?? { 'index.html': `<h1>${name} ${version}</h1>\n` });
  await publish({ dir, location: scene.location, signers, onlineKey: scene.keys.online.signer, reporter: new MemoryReporter(), env: scene.world.env, now: options.now });
}

/**
 * `it`, counting each test as one attack tried. The count is recorded for
 * docs/SECURITY.md after the file's tests (declared tests, so a filtered run
 * records the same number).
 */
export function attackSuite(fileUrl: string) {
  let count = 0;
  afterAll(() => recordCount('attacks tried', count, fileUrl));
  return (name: string, test: () => Promise<void>, timeout?: number) => {
    count++;
    it(name, test, timeout);
  };
}
