// The client side of TUF: every install, info and search goes through here.
// tuf-js's Updater does the verification (TUF 1.0 section 5); gotong adds the
// pinned first root, a fetcher bound to a RegistrySource, a lock around the
// trusted-metadata folder (tuf-js writes it without one) and gotong's codes.
// One TrustedRegistry is made per command: an Updater refreshes only once.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Metadata, MetadataKind, TargetFile } from '@tufjs/models';
import { Updater, type Fetcher } from 'tuf-js';
import { DownloadHTTPError, DownloadLengthMismatchError } from 'tuf-js/dist/error.js';
import { GotongError, bug } from '../core/errors.js';
import { readFileOrNull, withLock, writeFileAtomic } from '../core/fsx.js';
import type { Reporter } from '../core/reporter.js';
import { METADATA_DIR, metadataPath, targetStoragePath } from '../registry/layout.js';
import type { RegistrySource } from '../registry/source.js';
import { checkTargetBytes } from './target-check.js';
import { RoleIndex } from './role-index.js';
import { mapTufError } from './tuf-errors.js';

const METADATA_BASE = 'gotong://registry/metadata/';
const MAX_ROOT_BYTES = 512 * 1024;

/** Reads registry files for tuf-js, turning "no such file" into the 404 its root walk expects. */
class SourceFetcher implements Fetcher {
  constructor(private readonly source: RegistrySource) {}

  private relPath(url: string): string {
    if (!url.startsWith(METADATA_BASE)) throw new DownloadHTTPError(`unexpected URL ${url}`, 404);
    return `${METADATA_DIR}/${decodeURIComponent(url.slice(METADATA_BASE.length))}`;
  }

  async downloadBytes(url: string, maxLength: number): Promise<Buffer> {
    let bytes: Buffer | null;
    try {
      bytes = await this.source.read(this.relPath(url), maxLength);
    } catch (error) {
      if (error instanceof GotongError && error.code === 'GOTONG_E_TARGET_MISMATCH') throw new DownloadLengthMismatchError('Max length reached');
      throw error;
    }
    if (!bytes) throw new DownloadHTTPError(`${url} not found`, 404);
    return bytes;
  }

  async downloadFile<T>(url: string, maxLength: number, handler: (file: string) => Promise<T>): Promise<T> {
    const bytes = await this.downloadBytes(url, maxLength);
    const file = join(tmpdir(), `gotong-${randomBytes(8).toString('hex')}`);
    await fs.writeFile(file, bytes);
    try {
      return await handler(file);
    } finally {
      await fs.rm(file, { force: true });
    }
  }
}

export interface TrustPin {
  /** sha256 of the first root this client trusts (from `registry add` or a lockfile). */
  rootSha256: string | null;
  /** Accept an unpinned root, with a loud warning (never under --frozen). */
  allowFirstUse: boolean;
}

export interface OpenTrustedOptions {
  trustDir: string;
  source: RegistrySource;
  label: string;
  pin: TrustPin;
  offline: boolean;
  reporter: Reporter;
}

export function sha256OfBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the first trusted root into `trustDir`, checked against the pin. Returns its sha256. */
export async function bootstrapRoot(options: Omit<OpenTrustedOptions, 'offline'>): Promise<string> {
  const rootFile = join(options.trustDir, 'root.json');
  const pinnedFile = join(options.trustDir, 'pinned-root.sha256');
  const existing = await readFileOrNull(pinnedFile);
  if (existing && (await readFileOrNull(rootFile))) {
    const sha = existing.toString('utf8').trim();
    if (options.pin.rootSha256 && options.pin.rootSha256 !== sha) {
      throw new GotongError('GOTONG_E_ROOT_MISMATCH', `${options.label} was first trusted with root ${sha.slice(0, 16)}…, not the pinned ${options.pin.rootSha256.slice(0, 16)}…`, {
        hint: 'Check the fingerprint with the registry administrators; if the registry was really re-created, remove its folder under GOTONG_HOME/trust and add it again.',
      });
    }
    return sha;
  }
  const bytes = await options.source.read(metadataPath('root', 1), MAX_ROOT_BYTES);
  if (!bytes) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', `${options.label} has no metadata/1.root.json`, {
      hint: 'Check the URL: it must point at a registry made by `gotong registry init`.',
    });
  }
  const sha = sha256OfBytes(bytes);
  // After a damaged root.json was deleted, the fingerprint first trusted here still pins the start.
  const remembered = existing?.toString('utf8').trim() ?? '';
  const pin = options.pin.rootSha256 ?? (/^[0-9a-f]{64}$/.test(remembered) ? remembered : null);
  if (pin) {
    if (pin.toLowerCase() !== sha) {
      throw new GotongError('GOTONG_E_ROOT_MISMATCH', `the root of ${options.label} has sha256 ${sha}, not the pinned ${pin}`, {
        hint: 'Someone may be impersonating the registry. Confirm the fingerprint with its administrators out of band before trusting it.',
      });
    }
  } else if (options.pin.allowFirstUse) {
    options.reporter.emit({
      type: 'warn',
      code: 'GOTONG_W_TRUST_ON_FIRST_USE',
      message: `TRUSTING ${options.label} ON FIRST USE: its root (sha256 ${sha}) was not pinned`,
      hint: 'Pin it: `gotong registry add NAME URL --root-sha256 HEX` with the fingerprint from the registry administrators.',
    });
  } else {
    throw new GotongError('GOTONG_E_ROOT_NOT_PINNED', `the root of ${options.label} is not pinned and trust on first use is refused`, {
      hint: 'Run `gotong registry add NAME URL --root-sha256 HEX` with the fingerprint from the registry administrators.',
    });
  }
  try {
    parseRootOrThrow(bytes);
  } catch (error) {
    throw mapTufError(error, options.label);
  }
  await fs.mkdir(options.trustDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(rootFile, bytes);
  await writeFileAtomic(pinnedFile, sha + '\n');
  return sha;
}

function parseRootOrThrow(bytes: Buffer): void {
  const root = Metadata.fromJSON(MetadataKind.Root, JSON.parse(bytes.toString('utf8')));
  root.verifyDelegate('root', root);
}

export class TrustedRegistry {
  /** The targets of namespace roles tuf-js has verified in this command, read back from the trust folder: later lookups are answered from memory. */
  private readonly roleTargets = new Map<string, { targets: Record<string, unknown>; delegates: boolean }>();
  /** Serialises, within this process, the lookups that may make tuf-js read or write the trust folder. */
  private exclusive: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly updater: Updater,
    private readonly options: OpenTrustedOptions,
    readonly rootSha256: string,
    /** From the top-level targets role and the snapshot as the refresh verified them (read once). */
    private readonly trusted: {
      topTargets: Record<string, unknown>;
      roles: RoleIndex | null;
      rawRoles: Array<{ name: string; keyids: string[]; threshold: number }>;
      snapshotRoles: ReadonlySet<string>;
    },
  ) {}

  static async open(options: OpenTrustedOptions): Promise<TrustedRegistry> {
    const lockPath = join(options.trustDir, '.lock');
    // The trust folder is this machine's rollback memory: only its owner may change it.
    await fs.mkdir(options.trustDir, { recursive: true, mode: 0o700 });
    return withLock(lockPath, { waitMs: 60_000, what: `the trusted metadata of ${options.label}` }, async () => {
      const rootSha256 = await bootstrapRoot(options);
      await checkTrustStore(options.trustDir, options.label, TOP_LEVEL_FILES);
      let updater: Updater;
      try {
        updater = new Updater({
          metadataDir: options.trustDir,
          metadataBaseUrl: METADATA_BASE,
          fetcher: new SourceFetcher(options.source),
          forceCache: options.offline,
          config: { prefixTargetsWithHash: true },
        });
        await updater.refresh();
      } catch (error) {
        throw mapTufError(error, options.label);
      }
      // refresh() leaves targets.json and snapshot.json in the trust folder as
      // it verified them, and under this lock nobody changes them: read once.
      const targets = await readSigned(options.trustDir, 'targets');
      if (!targets) bug(`no trusted targets metadata after refreshing ${options.label}`);
      const delegations = (targets.delegations ?? {}) as { roles?: Array<{ name: string; keyids: string[]; threshold: number }>; succinct_roles?: unknown };
      const meta = ((await readSigned(options.trustDir, 'snapshot'))?.meta ?? {}) as Record<string, unknown>;
      return new TrustedRegistry(updater, options, rootSha256, {
        topTargets: (targets.targets ?? {}) as Record<string, unknown>,
        // Hash-bin delegations are left to tuf-js entirely.
        roles: delegations.succinct_roles === undefined ? new RoleIndex(delegations.roles ?? []) : null,
        rawRoles: delegations.roles ?? [],
        snapshotRoles: new Set(Object.keys(meta)),
      });
    });
  }

  /**
   * The first lookup in a namespace makes tuf-js read, fetch, verify and
   * persist its role (TUF 1.0 section 5.6), so it runs under the trust
   * folder's lock, one at a time in this process (waiting on a promise, not
   * polling the lock file). The role it verified is then read back from the
   * trust folder, still under the lock, and later lookups in the namespace
   * are answered from it in memory.
   */
  private async walk(targetPath: string, role: string | null): Promise<TargetFile | undefined> {
    const run = async () => {
      if (role) await checkTrustStore(this.options.trustDir, this.options.label, [`${role}.json`]);
      try {
        const found = await this.updater.getTargetInfo(targetPath);
        if (role && !this.roleTargets.has(role)) {
          const signed = await readSigned(this.options.trustDir, role);
          if (signed) this.roleTargets.set(role, { targets: (signed.targets ?? {}) as Record<string, unknown>, delegates: signed.delegations !== undefined });
        }
        return found;
      } catch (error) {
        throw mapTufError(error, this.options.label);
      }
    };
    const turn = this.exclusive.then(() => withLock(join(this.options.trustDir, '.lock'), { waitMs: 60_000, what: `the trusted metadata of ${this.options.label}` }, run));
    this.exclusive = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Signed info for a path, found as tuf-js's preorder walk finds it (TUF 1.0
   * section 5.6.7): the top-level role first, then the first matching
   * delegated role. Answered from memory when that role is already verified,
   * terminating and delegates nothing further; otherwise tuf-js walks.
   */
  private async lookup(targetPath: string): Promise<TargetFile | null> {
    const index = this.trusted.roles;
    if (!index || Object.hasOwn(this.trusted.topTargets, targetPath)) return (await this.walk(targetPath, null)) ?? null;
    const first = index.rolesFor(targetPath)[0];
    if (!first) return null;
    const role = this.roleTargets.get(first.name) ?? (await this.exclusive.then(() => this.roleTargets.get(first.name)));
    if (!role) return (await this.walk(targetPath, first.name)) ?? null;
    if (Object.hasOwn(role.targets, targetPath)) return TargetFile.fromJSON(targetPath, role.targets[targetPath] as Parameters<typeof TargetFile.fromJSON>[1]);
    if (first.terminating && !role.delegates) return null;
    return (await this.walk(targetPath, first.name)) ?? null;
  }

  /** Names of the namespaces the verified targets role delegates. */
  async namespaces(): Promise<string[]> {
    return this.trusted.rawRoles.map((role) => role.name).sort();
  }

  /** Each delegated namespace with its publisher key ids and threshold, from the verified targets role. */
  async namespaceDelegations(): Promise<Array<{ name: string; keyIds: string[]; threshold: number }>> {
    const byName = new Map(this.trusted.rawRoles.map((role) => [role.name, role]));
    return [...byName.keys()].sort().map((name) => ({ name, keyIds: [...byName.get(name)!.keyids], threshold: byName.get(name)!.threshold }));
  }

  /** Whether the namespace has published anything (its role is in the verified snapshot). */
  async hasNamespaceRole(namespace: string): Promise<boolean> {
    return this.trusted.snapshotRoles.has(`${namespace}.json`);
  }

  /** Signed info for a target path, or null when no role lists it. */
  async targetInfo(targetPath: string): Promise<TargetFile | null> {
    const namespace = targetPath.split('/')[0];
    if (!this.trusted.rawRoles.some((role) => role.name === namespace) || !(await this.hasNamespaceRole(namespace))) return null;
    return this.lookup(targetPath);
  }

  /** Every target a namespace role lists (verified through the delegation). */
  async namespaceTargets(namespace: string): Promise<Record<string, TargetFile>> {
    if (!(await this.hasNamespaceRole(namespace))) return {};
    if (!this.roleTargets.has(namespace)) await this.walk(`${namespace}/-/-`, namespace);
    const raw = this.roleTargets.get(namespace)?.targets ?? {};
    return Object.fromEntries(Object.entries(raw).map(([path, info]) => [path, TargetFile.fromJSON(path, info as Parameters<typeof TargetFile.fromJSON>[1])]));
  }

  /** Reads a target's bytes from the registry and checks them against the signed info. */
  async readTarget(info: TargetFile): Promise<Buffer> {
    const rel = targetStoragePath(info.path, info.hashes.sha256 ?? '');
    const bytes = await this.options.source.read(rel, info.length);
    if (!bytes) {
      throw new GotongError('GOTONG_E_TARGET_MISSING', `${this.options.label} lists ${info.path} but does not have its file`, {
        hint: 'The registry is incomplete; tell its administrators.',
      });
    }
    checkTargetBytes(info, bytes);
    return bytes;
  }
}

/** The `signed` part of a metadata file tuf-js verified and persisted in the trust folder. */
async function readSigned(trustDir: string, role: string): Promise<Record<string, unknown> | null> {
  const bytes = await readFileOrNull(join(trustDir, `${role}.json`));
  if (!bytes) return null;
  return ((JSON.parse(bytes.toString('utf8')) as { signed?: Record<string, unknown> }).signed ?? null);
}

/** The files the refresh reads (TUF 1.0 sections 5.2 to 5.6); a namespace's file is checked when the namespace is first used. */
const TOP_LEVEL_FILES = ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json'];

/**
 * A truncated or corrupted trust folder gets a clear error and a documented
 * way out (docs/SECURITY.md, "Recovering a damaged trust folder"). tuf-js
 * itself would fail on a damaged root.json with an error that blames the
 * registry, and gotong reads snapshot.json and the targets files directly.
 * Only the files `names` lists are checked (all when absent): a command pays
 * for the namespaces it uses, not for every one the folder remembers.
 */
async function checkTrustStore(trustDir: string, label: string, names?: string[]): Promise<void> {
  const damaged = (name: string, why: string) =>
    new GotongError('GOTONG_E_TRUST_STORE_CORRUPT', `the trusted metadata of ${label} is damaged (${name} ${why})`, {
      hint:
        name === 'root.json'
          ? `Delete ${join(trustDir, name)} and run the command again: gotong starts over from the registry's first root, checked against the pinned fingerprint, and follows the signed root updates from there.`
          : `Delete ${join(trustDir, name)} (or the whole folder ${trustDir}) and run the command again: gotong fetches it anew and verifies it against the root it trusts.`,
    });
  for (const name of names ?? (await fs.readdir(trustDir)).sort()) {
    if (!name.endsWith('.json')) continue;
    let json: unknown;
    try {
      json = JSON.parse((await fs.readFile(join(trustDir, name))).toString('utf8'));
    } catch (error) {
      if (names && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw damaged(name, error instanceof SyntaxError ? 'is not valid JSON' : `cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    if (name !== 'root.json') continue;
    try {
      // The trusted root is the anchor of every other check (TUF 1.0 section 5.2).
      const root = Metadata.fromJSON(MetadataKind.Root, json as Parameters<typeof Metadata.fromJSON>[1]);
      root.verifyDelegate('root', root);
    } catch (error) {
      throw damaged(name, `is not a root signed by its own keys: ${(error as Error).message}`);
    }
  }
}
