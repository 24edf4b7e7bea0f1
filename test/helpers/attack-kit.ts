// Tools for acting as an attacker on a real gotong registry, for the TUF
// attack tests (test/security/tuf-*.test.ts).
//
// A *scene* is a whole world built once per test file: three administrator
// keys (root and targets threshold 2 of 3), an online key, Kota Bandung's two
// publisher keys (ci and lead, threshold 1), Kubu Raya's two (threshold 2 of
// 2), a bare git registry with four modules, and Kubu Raya's workspace with
// @bandung/e-musrenbang installed, so the client has trusted metadata,
// a lockfile, a cache and a tree to lose. `scene.restore()` puts every byte of
// it back before each test, which keeps each attack independent and the file fast.
//
// An *Attacker* is a full git clone of the registry: it edits and re-signs
// metadata with whatever keys the attack assumes were stolen (through
// @tufjs/models directly, not gotong's writer, so a writer bug cannot hide
// the same bug in the client), commits, pushes, force-pushes, and resets the
// remote to old commits, as a compromised git host or mirror could.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { Metadata, MetadataKind, MetaFile, Snapshot, TargetFile, Targets, Timestamp, type Root } from '@tufjs/models';
import { expect } from 'vitest';
import { isGotongError, type ErrorCode } from '../../src/core/errors.js';
import { gotongPaths } from '../../src/core/paths.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install, type InstallResult } from '../../src/install/install.js';
import { updateRegistry } from '../../src/publish/registry-update.js';
import { publish } from '../../src/publish/publish.js';
import { addNamespace, initRegistry } from '../../src/registry/admin.js';
import { addRegistry } from '../../src/registry/add.js';
import { locateRegistry, type RegistryLocation } from '../../src/registry/locate.js';
import { registrySource } from '../../src/registry/open.js';
import type { SigningKey } from '../../src/trust/keys.js';
import { assertRegistryOk, verifyRegistry } from '../../src/trust/verify-registry.js';
import type { RegistryWriter } from '../../src/trust/writer.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from './env.js';
import { writeModule } from './modules.js';

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
  await fs.cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
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

/** Runs `work` and returns the GOTONG_E_ code it was refused with (failing the test if it succeeded or threw something else). */
export async function refusal(work: Promise<unknown>): Promise<ErrorCode> {
  try {
    await work;
  } catch (error) {
    if (isGotongError(error)) return error.code;
    throw error;
  }
  throw new Error('the attack was not refused: the operation succeeded');
}

/** The victim's everyday command: add a module to Kubu Raya's workspace. */
export function victimInstall(scene: Scene, add: string[] = [VICTIM_MODULE], env: NodeJS.ProcessEnv = scene.world.env): Promise<InstallResult> {
  return install({ cwd: scene.workspace, add, reporter: new MemoryReporter(), env });
}

/** `gotong registry verify` as the command runs it (the pinned registry, read through its git clone). */
export async function registryVerify(scene: Scene): Promise<void> {
  const source = await registrySource(scene.location, false, scene.world.env);
  const result = await verifyRegistry(source);
  assertRegistryOk(result, scene.location.label);
}

async function hashTree(root: string): Promise<Record<string, string>> {
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
        out[rel + '/'] = `dir ${(stat.mode & 0o777).toString(8)}`;
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
  /** The content cache under GOTONG_HOME. */
  cache: Record<string, string>;
  /** Every file of the bare repository the git host serves. */
  registry: Record<string, string>;
}

/** What must not change when an attack is refused. */
export async function fingerprint(scene: Scene): Promise<Fingerprint> {
  return {
    workspace: await hashTree(scene.workspace),
    cache: await hashTree(gotongPaths(scene.world.env).cacheDir),
    registry: await hashTree(scene.url),
  };
}

/**
 * The two checks every attack test makes: the victim's operation is refused
 * with `code`, and the workspace, the cache and the registry are byte for
 * byte what they were before it ran.
 */
export async function expectRefusedIntact(scene: Scene, code: ErrorCode, work: () => Promise<unknown>): Promise<void> {
  const before = await fingerprint(scene);
  expect(await refusal(work())).toBe(code);
  const after = await fingerprint(scene);
  expect(after.workspace).toEqual(before.workspace);
  expect(after.cache).toEqual(before.cache);
  expect(after.registry).toEqual(before.registry);
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

// ---------------------------------------------------------------- the attacker

type AnyMeta = Metadata<Root> | Metadata<Targets> | Metadata<Snapshot> | Metadata<Timestamp>;
type JSONObject = Parameters<typeof Metadata.fromJSON>[1];

export interface Republish {
  /** Changes to the snapshot's meta before it is signed. */
  meta?: (meta: Record<string, MetaFile>) => void;
  snapshotVersion?: number;
  timestampVersion?: number;
  /** Expiry of the new snapshot and timestamp (default: in 7 days). */
  expires?: string;
  /** Key(s) that sign; default: none of the victim's (the attacker must say which keys it stole). */
  signers: SigningKey[];
}

export function inDays(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class Attacker {
  private constructor(readonly dir: string, readonly url: string) {}

  /** A full clone of the registry (history included), as someone with write access to the git host has. */
  static async clone(scene: Scene, name = 'attacker'): Promise<Attacker> {
    const dir = scene.world.path(name);
    await fs.rm(dir, { recursive: true, force: true });
    await run('git', ['clone', '--quiet', scene.url, dir]);
    return new Attacker(dir, scene.url);
  }

  private git(...args: string[]) {
    return run('git', args, {
      cwd: this.dir,
      env: { ...process.env, GIT_AUTHOR_NAME: 'mallory', GIT_AUTHOR_EMAIL: 'mallory@attacker.invalid', GIT_COMMITTER_NAME: 'mallory', GIT_COMMITTER_EMAIL: 'mallory@attacker.invalid' },
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'buffer',
    });
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  read(rel: string): Promise<Buffer> {
    return fs.readFile(this.path(rel));
  }

  async write(rel: string, bytes: Buffer | string): Promise<void> {
    await fs.mkdir(dirname(this.path(rel)), { recursive: true });
    await fs.writeFile(this.path(rel), bytes);
  }

  async remove(rel: string): Promise<void> {
    await fs.rm(this.path(rel), { force: true });
  }

  async list(dir = 'metadata'): Promise<string[]> {
    return (await fs.readdir(this.path(dir))).sort();
  }

  /** A file as it was at an older commit. */
  async readAt(commit: string, rel: string): Promise<Buffer> {
    return (await this.git('show', `${commit}:${rel}`)).stdout;
  }

  async head(): Promise<string> {
    return (await this.git('rev-parse', 'HEAD')).stdout.toString().trim();
  }

  /** Fetches what the legitimate writers pushed since the clone, and moves to it. */
  async pull(): Promise<void> {
    await this.git('fetch', '--quiet', 'origin');
    await this.git('reset', '--quiet', '--hard', 'origin/main');
  }

  async commit(message: string): Promise<string> {
    await this.git('add', '--all', '.');
    await this.git('-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '--allow-empty', '-m', message);
    return this.head();
  }

  /** Pushes HEAD to the registry's main branch, with --force when `force`. */
  async push(options: { force?: boolean } = {}): Promise<void> {
    await this.git('push', '--quiet', ...(options.force ? ['--force'] : []), 'origin', 'HEAD:refs/heads/main');
  }

  async commitAndPush(message: string): Promise<string> {
    const commit = await this.commit(message);
    await this.push();
    return commit;
  }

  /** What a compromised git host or mirror can do: serve an older commit as the newest. */
  async resetRemoteTo(commit: string): Promise<void> {
    await this.git('push', '--quiet', '--force', 'origin', `${commit}:refs/heads/main`);
    await this.git('reset', '--quiet', '--hard', commit);
  }

  // ------------------------------------------------------------ metadata

  async current(): Promise<{ timestamp: Metadata<Timestamp>; snapshot: Metadata<Snapshot>; snapshotRel: string }> {
    const timestamp = await this.meta(MetadataKind.Timestamp, 'metadata/timestamp.json');
    const snapshotRel = `metadata/${timestamp.signed.snapshotMeta.version}.snapshot.json`;
    return { timestamp, snapshot: await this.meta(MetadataKind.Snapshot, snapshotRel), snapshotRel };
  }

  /** The file of a role as the current snapshot names it (`targets`, `bandung`, ...). */
  async roleRel(role: string): Promise<string> {
    const { snapshot } = await this.current();
    const entry = snapshot.signed.meta[`${role}.json`];
    if (!entry) throw new Error(`the snapshot does not list ${role}.json`);
    return `metadata/${entry.version}.${role}.json`;
  }

  async rootRel(): Promise<string> {
    const versions = (await this.list()).map((n) => /^(\d+)\.root\.json$/.exec(n)?.[1]).filter(Boolean).map(Number);
    return `metadata/${Math.max(...versions)}.root.json`;
  }

  meta(kind: MetadataKind.Root, rel: string): Promise<Metadata<Root>>;
  meta(kind: MetadataKind.Targets, rel: string): Promise<Metadata<Targets>>;
  meta(kind: MetadataKind.Snapshot, rel: string): Promise<Metadata<Snapshot>>;
  meta(kind: MetadataKind.Timestamp, rel: string): Promise<Metadata<Timestamp>>;
  async meta(kind: MetadataKind, rel: string): Promise<AnyMeta> {
    return Metadata.fromJSON(kind as MetadataKind.Root, JSON.parse((await this.read(rel)).toString('utf8')) as JSONObject);
  }

  /** Replaces the signatures of `metadata` by ones from `signers` (or adds them, with `append`). */
  sign<T extends AnyMeta>(metadata: T, signers: SigningKey[], options: { append?: boolean } = {}): T {
    if (!options.append) metadata.signatures = {};
    for (const signer of signers) metadata.sign((data) => signer.sign(data), true);
    return metadata;
  }

  static bytes(metadata: AnyMeta): Buffer {
    return Buffer.from(JSON.stringify(metadata.toJSON(), null, 1) + '\n');
  }

  async writeMeta(rel: string, metadata: AnyMeta): Promise<Buffer> {
    const bytes = Attacker.bytes(metadata);
    await this.write(rel, bytes);
    return bytes;
  }

  /**
   * Signs a new snapshot (version + 1 unless told) from the current one, with
   * `meta` changes applied, and a timestamp naming it, with the given keys:
   * what holding the online key allows.
   */
  async republish(options: Republish): Promise<{ snapshotVersion: number; timestampVersion: number }> {
    const { timestamp, snapshot } = await this.current();
    const meta: Record<string, MetaFile> = {};
    for (const [name, file] of Object.entries(snapshot.signed.meta)) meta[name] = new MetaFile({ version: file.version, length: file.length, hashes: file.hashes });
    options.meta?.(meta);
    const snapshotVersion = options.snapshotVersion ?? snapshot.signed.version + 1;
    const timestampVersion = options.timestampVersion ?? timestamp.signed.version + 1;
    const expires = options.expires ?? inDays(7);
    const nextSnapshot = this.sign(new Metadata(new Snapshot({ version: snapshotVersion, specVersion: snapshot.signed.specVersion, expires, meta })), options.signers);
    const snapshotBytes = await this.writeMeta(`metadata/${snapshotVersion}.snapshot.json`, nextSnapshot);
    const snapshotMeta = new MetaFile({ version: snapshotVersion, length: snapshotBytes.length, hashes: { sha256: createHash('sha256').update(snapshotBytes).digest('hex') } });
    const nextTimestamp = this.sign(new Metadata(new Timestamp({ version: timestampVersion, specVersion: timestamp.signed.specVersion, expires, snapshotMeta })), options.signers);
    await this.writeMeta('metadata/timestamp.json', nextTimestamp);
    return { snapshotVersion, timestampVersion };
  }

  /**
   * Writes version N+1 of a namespace role with `targets` added (bytes stored
   * content-addressed as the registry stores them), signed by `signers`, and
   * returns its version; the snapshot is not touched (see `republish`).
   */
  async forgeRole(role: string, targets: Record<string, Buffer>, signers: SigningKey[], options: { expires?: string; version?: number; declaredLength?: (bytes: Buffer) => number } = {}): Promise<number> {
    const current = await this.meta(MetadataKind.Targets, await this.roleRel(role));
    const json = current.signed.toJSON() as Record<string, unknown> & { targets: Record<string, unknown> };
    for (const [path, bytes] of Object.entries(targets)) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const sha512 = createHash('sha512').update(bytes).digest('hex');
      json.targets[path] = new TargetFile({ path, length: options.declaredLength?.(bytes) ?? bytes.length, hashes: { sha256, sha512 } }).toJSON();
      const dir = path.split('/').slice(0, -1).join('/');
      await this.write(`targets/${dir}/${sha256}.${path.split('/').pop()}`, bytes);
    }
    const version = options.version ?? current.signed.version + 1;
    const next = new Metadata(Targets.fromJSON({ ...json, version, expires: options.expires ?? current.signed.expires } as Parameters<typeof Targets.fromJSON>[0]));
    await this.writeMeta(`metadata/${version}.${role}.json`, this.sign(next, signers));
    return version;
  }
}

/** The stored file of a target in the current tree (`targets/<dir>/<sha256>.<name>`), found by its name. */
export async function storedTarget(attacker: Attacker, targetPath: string): Promise<string> {
  const dir = targetPath.split('/').slice(0, -1).join('/');
  const base = targetPath.split('/').pop()!;
  const names = (await fs.readdir(attacker.path(`targets/${dir}`))).filter((n) => n.endsWith(`.${base}`));
  if (names.length !== 1) throw new Error(`expected one stored file for ${targetPath}, found ${names.length}`);
  return `targets/${dir}/${names[0]}`;
}
