// The client side of TUF: every install, info and search goes through here.
// tuf-js's Updater does the verification (TUF 1.0 section 5); gotong adds the
// pinned first root, a fetcher bound to a RegistryReader, a lock around the
// trusted-metadata folder (tuf-js writes it without one) and gotong's codes.
// What tuf-js verified is remembered by its bytes (verified-files.ts): while
// the registry has not moved, a command checks that and the expiry dates
// instead of verifying the same signatures again (unchanged.ts), and makes an
// Updater only for what changed. An Updater refreshes only once, so there is
// at most one per command.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Metadata, MetadataKind, TargetFile } from '@tufjs/models';
import './linear-maps.js';
import type { Fetcher, Updater } from 'tuf-js';
import { DownloadHTTPError, DownloadLengthMismatchError } from 'tuf-js/dist/error.js';
import { GotongError, bug } from '../core/errors.js';
import { readFileOrNull, withLock, writeFileAtomic } from '../core/fsx.js';
import type { Reporter } from '../core/reporter.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import { t } from '../i18n/translate.js';
import { metadataPath, targetStoragePath } from './file-names.js';
import type { RegistryReader } from './registry-reader.js';
import { sha256Hex } from './metadata-io.js';
import { checkTargetBytes } from './target-check.js';
import { RoleIndex } from './role-index.js';
import { moduleRoleName, moduleRoleOf, parseModuleRoleName } from './module-roles.js';
import { mapTufError } from './tuf-errors.js';
import { copyRefused, refusesCopy } from './copy-refusal.js';
import { assertCachedUnexpired } from './offline-expiry.js';
import { matchesMeta, readTopLevel, readTrustedFile, topLevelRecords, unchangedSinceVerified, unexpired, type TrustedTopLevel } from './unchanged.js';
import { VerifiedFiles } from './verified-files.js';

const METADATA_BASE = 'gotong://registry/metadata/';
const MAX_ROOT_BYTES = 512 * 1024;

/** Reads registry files for tuf-js, turning "no such file" into the 404 its root walk expects. */
class SourceFetcher implements Fetcher {
  constructor(private readonly source: RegistryReader) {}

  private relPath(url: string): string {
    if (!url.startsWith(METADATA_BASE)) throw new DownloadHTTPError(t('trust.fetch.unexpectedUrl', { url }), 404);
    return `${METADATA_DIR}/${decodeURIComponent(url.slice(METADATA_BASE.length))}`;
  }

  async downloadBytes(url: string, maxLength: number): Promise<Buffer> {
    let bytes: Buffer | null;
    try {
      bytes = await this.source.read(this.relPath(url), maxLength);
    } catch (error) {
      // i18n-exempt: tuf-js's own words for this failure, which mapTufError (tuf-errors.ts) matches.
      if (error instanceof GotongError && error.code === 'GOTONG_E_TARGET_MISMATCH') throw new DownloadLengthMismatchError('Max length reached');
      throw error;
    }
    if (!bytes) throw new DownloadHTTPError(t('trust.fetch.notFound', { url }), 404);
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
  source: RegistryReader;
  label: string;
  pin: TrustPin;
  offline: boolean;
  reporter: Reporter;
  /**
   * Check expiry as of this time (ms since the epoch) instead of now: only for
   * an offline bundle whose expiry the user explicitly accepted
   * (verified/open-bundle.ts). Every signature, hash and version is checked as usual.
   */
  clock?: number;
}

/** Writes the first trusted root into `trustDir`, checked against the pin. Returns its sha256. */
export async function bootstrapRoot(options: Omit<OpenTrustedOptions, 'offline'>): Promise<string> {
  const rootFile = join(options.trustDir, 'root.json');
  const pinnedFile = join(options.trustDir, 'pinned-root.sha256');
  const existing = await readFileOrNull(pinnedFile);
  if (existing && (await readFileOrNull(rootFile))) {
    const sha = existing.toString('utf8').trim();
    if (options.pin.rootSha256 && options.pin.rootSha256 !== sha) {
      throw new GotongError('GOTONG_E_ROOT_MISMATCH', t('trust.rootFirstTrusted', { label: options.label, trusted: sha.slice(0, 16), pinned: options.pin.rootSha256.slice(0, 16) }), {
        hint: t('trust.rootFirstTrusted.hint'),
      });
    }
    return sha;
  }
  const bytes = await options.source.read(metadataPath('root', 1), MAX_ROOT_BYTES);
  if (!bytes) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('trust.noFirstRoot', { label: options.label, path: metadataPath('root', 1) }), {
      hint: t('trust.noFirstRoot.hint'),
    });
  }
  const sha = sha256Hex(bytes);
  // After a damaged root.json was deleted, the fingerprint first trusted here still pins the start.
  const remembered = existing?.toString('utf8').trim() ?? '';
  const pin = options.pin.rootSha256 ?? (/^[0-9a-f]{64}$/.test(remembered) ? remembered : null);
  if (pin) {
    if (pin.toLowerCase() !== sha) {
      throw new GotongError('GOTONG_E_ROOT_MISMATCH', t('trust.rootMismatch', { label: options.label, sha, pin }), {
        hint: t('trust.rootMismatch.hint'),
      });
    }
  } else if (options.pin.allowFirstUse) {
    options.reporter.emit({
      type: 'warn',
      code: 'GOTONG_W_TRUST_ON_FIRST_USE',
      message: t('trust.firstUse', { label: options.label, sha }),
      hint: t('trust.firstUse.hint'),
    });
  } else {
    throw new GotongError('GOTONG_E_ROOT_NOT_PINNED', t('trust.rootNotPinned', { label: options.label }), {
      hint: t('trust.rootNotPinned.hint'),
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

/** A delegated role as verified: its targets, its own delegations (module roles under a namespace) and the sha256 of its file, which its delegates are verified under. */
type RoleTargets = { targets: Record<string, unknown>; delegates: boolean; roles: RoleIndex | null; sha256: string };

function roleTargetsOf(file: { sha256: string; signed: Record<string, unknown> }): RoleTargets {
  const delegations = file.signed.delegations as { roles?: Array<{ name: string; keyids: string[]; threshold: number }>; succinct_roles?: unknown } | undefined;
  return {
    targets: (file.signed.targets ?? {}) as Record<string, unknown>,
    delegates: delegations !== undefined,
    // Hash-bin delegations are left to tuf-js entirely.
    roles: delegations && delegations.succinct_roles === undefined ? new RoleIndex(delegations.roles ?? []) : null,
    sha256: file.sha256,
  };
}

/** Namespace role, then module role: deeper delegations are left to tuf-js's own walk. */
const MAX_WALKED_DEPTH = 2;

interface TrustedState {
  /** sha256 of the trusted timestamp.json the state was read from. */
  timestampSha256: string;
  /** sha256 of the trusted targets.json: the delegator of every namespace role. */
  targetsSha256: string;
  topTargets: Record<string, unknown>;
  roles: RoleIndex | null;
  rawRoles: Array<{ name: string; keyids: string[]; threshold: number }>;
  snapshotMeta: Record<string, unknown>;
}

function stateFrom(top: TrustedTopLevel): TrustedState {
  const delegations = (top.targets.signed.delegations ?? {}) as { roles?: Array<{ name: string; keyids: string[]; threshold: number }>; succinct_roles?: unknown };
  return {
    timestampSha256: top.timestamp.sha256,
    targetsSha256: top.targets.sha256,
    topTargets: (top.targets.signed.targets ?? {}) as Record<string, unknown>,
    // Hash-bin delegations are left to tuf-js entirely.
    roles: delegations.succinct_roles === undefined ? new RoleIndex(delegations.roles ?? []) : null,
    rawRoles: delegations.roles ?? [],
    snapshotMeta: (top.snapshot.signed.meta ?? {}) as Record<string, unknown>,
  };
}

export class TrustedRegistry {
  /** The targets of namespace roles verified in this command: later lookups are answered from memory. */
  private readonly roleTargets = new Map<string, RoleTargets>();
  /** Role loads in progress or done, so that concurrent lookups in one namespace load it once. */
  private readonly roleLoads = new Map<string, Promise<RoleTargets | undefined>>();
  /** Serialises, within this process, the steps that may make tuf-js read or write the trust folder. */
  private exclusive: Promise<unknown> = Promise.resolve();
  /** Made and refreshed only when something has to be verified anew (never, when the registry has not moved). */
  private updater: Updater | null;

  private constructor(
    private readonly options: OpenTrustedOptions,
    readonly rootSha256: string,
    private readonly verified: VerifiedFiles,
    private trusted: TrustedState,
    updater: Updater | null,
    private readonly now: number,
  ) {
    this.updater = updater;
  }

  static async open(options: OpenTrustedOptions): Promise<TrustedRegistry> {
    // The trust folder is this machine's rollback memory: only its owner may change it.
    await fs.mkdir(options.trustDir, { recursive: true, mode: 0o700 });
    return withLock(trustLock(options.trustDir), { waitMs: 60_000, what: t('trust.lockWhat', { label: options.label }) }, async () => {
      const rootSha256 = await bootstrapRoot(options);
      await checkTrustStore(options.trustDir, options.label, TOP_LEVEL_FILES);
      const verified = await VerifiedFiles.load(options.trustDir);
      const now = options.clock ?? Date.now();
      const unchanged = await unchangedSinceVerified({ trustDir: options.trustDir, source: options.source, offline: options.offline, verified, now });
      if (unchanged) return new TrustedRegistry(options, rootSha256, verified, stateFrom(unchanged), null, now);
      if (options.offline) await assertCachedUnexpired(options.trustDir, TOP_LEVEL_FILES, now, options.label);
      const { updater, top } = await refreshWithTufJs(options, verified);
      return new TrustedRegistry(options, rootSha256, verified, stateFrom(top), updater, now);
    });
  }

  /** Runs `step` under the trust folder's lock, after every earlier step of this process. */
  private locked<T>(step: () => Promise<T>): Promise<T> {
    const turn = this.exclusive.then(() => withLock(trustLock(this.options.trustDir), { waitMs: 60_000, what: t('trust.lockWhat', { label: this.options.label }) }, step));
    this.exclusive = turn.catch(() => undefined);
    return turn;
  }

  /** The refreshed Updater, refreshing first when the registry looked unchanged at open (called under the lock). */
  private async refreshedUpdater(): Promise<Updater> {
    if (this.updater) return this.updater;
    const { updater, top } = await refreshWithTufJs(this.options, this.verified);
    this.updater = updater;
    if (top.timestamp.sha256 !== this.trusted.timestampSha256) {
      // The registry moved since open (an HTTP mirror updated): start over from what tuf-js verified.
      this.trusted = stateFrom(top);
      this.roleTargets.clear();
      this.roleLoads.clear();
    }
    return updater;
  }

  /**
   * A delegated role as verified earlier, when the trust folder holds exactly
   * the bytes tuf-js verified under the delegating role's file whose sha256
   * is `delegatorSha256`, at the version the trusted snapshot names, and it
   * has not expired.
   */
  private async alreadyVerifiedRole(role: string, delegatorSha256: string): Promise<RoleTargets | null> {
    const file = await readTrustedFile(this.options.trustDir, `${role}.json`);
    if (!file || !this.verified.has(file.file, file.sha256, delegatorSha256)) return null;
    if (!matchesMeta(this.trusted.snapshotMeta[file.file], file) || !unexpired(file.signed, this.now)) return null;
    return roleTargetsOf(file);
  }

  /**
   * Makes a delegated role's targets available in memory: from the trust
   * folder when those exact bytes were verified before under its delegator
   * (the targets role for a namespace, the namespace role for a module),
   * otherwise through tuf-js, which reads, fetches, verifies and persists it
   * (TUF 1.0 section 5.6) while looking up `viaPath`. Runs under the trust
   * folder's lock.
   */
  private loadRole(role: string, viaPath: string, delegatorSha256: string): Promise<RoleTargets | undefined> {
    let pending = this.roleLoads.get(role);
    if (!pending) {
      pending = this.loadRoleOnce(role, viaPath, delegatorSha256);
      this.roleLoads.set(role, pending);
      // A failed load is tried again by the next lookup (and fails the same way, with the same error).
      pending.catch(() => this.roleLoads.delete(role));
    }
    return pending;
  }

  private async loadRoleOnce(role: string, viaPath: string, delegatorSha256: string): Promise<RoleTargets | undefined> {
    // Without the lock: a file tuf-js is rewriting in another process cannot
    // have the sha256 of the verified bytes, and then the locked path below runs.
    const remembered = await this.alreadyVerifiedRole(role, delegatorSha256);
    if (remembered) {
      this.roleTargets.set(role, remembered);
      return remembered;
    }
    return this.locked(async () => {
      if (this.roleTargets.has(role)) return this.roleTargets.get(role);
      await checkTrustStore(this.options.trustDir, this.options.label, [`${role}.json`]);
      if (this.options.offline) await assertCachedUnexpired(this.options.trustDir, [`${role}.json`], this.now, this.options.label);
      await this.fromSomeCopy(async () => {
        await this.options.source.soon?.(this.filesOnTheWay(role, viaPath));
        try {
          await (await this.refreshedUpdater()).getTargetInfo(viaPath);
        } catch (error) {
          throw mapTufError(error, this.options.label);
        }
      });
      // tuf-js's preorder walk for viaPath verified this role (and its delegators) and left it in the trust folder.
      const file = await readTrustedFile(this.options.trustDir, `${role}.json`);
      if (!file) return undefined;
      const loaded = roleTargetsOf(file);
      this.roleTargets.set(role, loaded);
      const module = parseModuleRoleName(role);
      const delegator = module ? await readTrustedFile(this.options.trustDir, `${module.namespace}.json`) : null;
      // Remembered only under the delegator's file tuf-js verified it with, which is the one this command holds.
      const by = delegator ? delegator.sha256 : this.trusted.targetsSha256;
      if (by === delegatorSha256) await this.verified.record([{ file: file.file, sha256: file.sha256, by }]);
      return loaded;
    });
  }

  /**
   * The role files tuf-js's walk to `viaPath` through `role` will fetch: the
   * role's own and, under a namespace, the module role gotong's layout gives
   * the path. A guess that only saves a round trip; the walk decides.
   */
  private filesOnTheWay(role: string, viaPath: string): string[] {
    const names = [role];
    const module = parseModuleRoleName(role) ? null : moduleRoleOf(viaPath);
    if (module && module.startsWith(`${role}.`)) names.push(module);
    return names.flatMap((name) => {
      const version = (this.trusted.snapshotMeta[`${name}.json`] as { version?: unknown } | undefined)?.version;
      return Number.isInteger(version) ? [metadataPath(name, version as number)] : [];
    });
  }

  /** tuf-js's whole walk for a path: nested delegations and hash bins. */
  private viaTufJs(targetPath: string): Promise<TargetFile | null> {
    return this.locked(() =>
      this.fromSomeCopy(async () => {
        try {
          return (await (await this.refreshedUpdater()).getTargetInfo(targetPath)) ?? null;
        } catch (error) {
          throw mapTufError(error, this.options.label);
        }
      }),
    );
  }

  /**
   * Signed info for a path, found as tuf-js's preorder walk finds it (TUF 1.0
   * section 5.6.7): the top-level role first, then the first matching
   * delegated role (the namespace), then the first role it delegates the path
   * to (the module). Answered from memory while every role on the way is
   * verified and terminating; otherwise tuf-js walks.
   */
  private async lookup(targetPath: string): Promise<TargetFile | null> {
    const { roles: index, topTargets } = this.trusted;
    if (!index) return this.viaTufJs(targetPath);
    if (Object.hasOwn(topTargets, targetPath)) return TargetFile.fromJSON(targetPath, topTargets[targetPath] as Parameters<typeof TargetFile.fromJSON>[1]);
    let delegation = index.rolesFor(targetPath)[0];
    if (!delegation) return null;
    let role = await this.loadRole(delegation.name, targetPath, this.trusted.targetsSha256);
    for (let depth = 1; role; depth++) {
      if (Object.hasOwn(role.targets, targetPath)) return TargetFile.fromJSON(targetPath, role.targets[targetPath] as Parameters<typeof TargetFile.fromJSON>[1]);
      if (!delegation.terminating || (role.delegates && (!role.roles || depth >= MAX_WALKED_DEPTH))) break;
      const next = role.roles?.rolesFor(targetPath)[0];
      if (!next) return null;
      role = await this.loadRole(next.name, targetPath, role.sha256);
      delegation = next;
    }
    return this.viaTufJs(targetPath);
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
    return Object.hasOwn(this.trusted.snapshotMeta, `${namespace}.json`);
  }

  /** Signed info for a target path, or null when no role lists it. */
  async targetInfo(targetPath: string): Promise<TargetFile | null> {
    const namespace = targetPath.split('/')[0];
    if (!this.trusted.rawRoles.some((role) => role.name === namespace) || !(await this.hasNamespaceRole(namespace))) return null;
    return this.lookup(targetPath);
  }

  /** Every target a namespace signs: its own role's and its module roles' (each verified through its delegation). */
  async namespaceTargets(namespace: string): Promise<Record<string, TargetFile>> {
    if (!(await this.hasNamespaceRole(namespace))) return {};
    const role = await this.loadRole(namespace, `${namespace}/-/-`, this.trusted.targetsSha256);
    const raw: Record<string, unknown> = { ...role?.targets };
    const modules = await Promise.all(
      (role?.roles?.names() ?? []).map((name) => {
        const folder = parseModuleRoleName(name)?.folder;
        return folder && Object.hasOwn(this.trusted.snapshotMeta, `${name}.json`) ? this.loadRole(name, `${namespace}/${folder}/-`, role!.sha256) : undefined;
      }),
    );
    for (const module of modules) Object.assign(raw, module?.targets);
    return Object.fromEntries(Object.entries(raw).map(([path, info]) => [path, TargetFile.fromJSON(path, info as Parameters<typeof TargetFile.fromJSON>[1])]));
  }

  /** The targets of one folder of a namespace (`bandung/_adoption/…`): its module role alone, not the rest of the city. */
  async folderTargets(namespace: string, folder: string): Promise<Record<string, TargetFile>> {
    if (!(await this.hasNamespaceRole(namespace))) return {};
    const role = await this.loadRole(namespace, `${namespace}/-/-`, this.trusted.targetsSha256);
    const name = moduleRoleName(namespace, folder);
    const delegated = role?.roles?.get(name) && Object.hasOwn(this.trusted.snapshotMeta, `${name}.json`);
    const module = delegated ? await this.loadRole(name, `${namespace}/${folder}/-`, role!.sha256) : undefined;
    const raw = { ...role?.targets, ...module?.targets };
    const prefix = `${namespace}/${folder}/`;
    return Object.fromEntries(
      Object.entries(raw)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, info]) => [path, TargetFile.fromJSON(path, info as Parameters<typeof TargetFile.fromJSON>[1])]),
    );
  }

  /**
   * Runs a read; when the copy of the registry it read (a mirror) served
   * something refused or could not be reached, and the source has another
   * copy, warns naming the refused one and runs the read again from the
   * next. Reads in flight together that fail on the same copy move on once.
   */
  private async fromSomeCopy<T>(step: () => Promise<T>): Promise<T> {
    const { source, reporter } = this.options;
    for (;;) {
      const copy = source.label;
      try {
        return await step();
      } catch (error) {
        if (!source.fallBack || !refusesCopy(error)) throw error;
        if (source.label === copy) {
          const next = source.fallBack();
          if (next === null) throw error;
          reporter.emit(copyRefused(copy, error, next));
        }
      }
    }
  }

  /** Reads a target's bytes from the registry and checks them against the signed info. */
  readTarget(info: TargetFile): Promise<Buffer> {
    return this.fromSomeCopy(() => this.readTargetOnce(info));
  }

  private async readTargetOnce(info: TargetFile): Promise<Buffer> {
    const rel = targetStoragePath(info.path, info.hashes.sha256 ?? '');
    const bytes = await this.options.source.read(rel, info.length);
    if (!bytes) {
      throw new GotongError('GOTONG_E_TARGET_MISSING', t('trust.targetFileMissing', { label: this.options.label, path: info.path }), {
        hint: t('trust.targetFileMissing.hint'),
      });
    }
    checkTargetBytes(info, bytes);
    return bytes;
  }
}

function trustLock(trustDir: string): string {
  return join(trustDir, '.lock');
}

/** tuf-js's full refresh (TUF 1.0 sections 5.2 to 5.5); what it verified is remembered. Called under the lock. */
async function refreshWithTufJs(options: OpenTrustedOptions, verified: VerifiedFiles): Promise<{ updater: Updater; top: TrustedTopLevel }> {
  let updater: Updater;
  try {
    // Loaded only here: a command whose registry looked unchanged never needs it (about 10 ms to load).
    const { Updater } = await import('tuf-js');
    updater = new Updater({
      metadataDir: options.trustDir,
      metadataBaseUrl: METADATA_BASE,
      fetcher: new SourceFetcher(options.source),
      forceCache: options.offline,
      config: { prefixTargetsWithHash: true },
    });
    // tuf-js fixes its reference time when the Updater is made (TUF 1.0 section 5.1) and has no option for it.
    if (options.clock !== undefined) {
      const store = (updater as unknown as { trustedSet?: { referenceTime?: unknown } }).trustedSet;
      if (!(store?.referenceTime instanceof Date)) bug('tuf-js no longer keeps its reference time where gotong sets it');
      store.referenceTime = new Date(options.clock);
    }
    await updater.refresh();
  } catch (error) {
    throw mapTufError(error, options.label);
  }
  // refresh() leaves the four files in the trust folder as it verified them,
  // and under this lock nobody changes them.
  const top = await readTopLevel(options.trustDir);
  if (!top) bug(`no trusted top-level metadata after refreshing ${options.label}`);
  await verified.record(topLevelRecords(top));
  return { updater, top };
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
    new GotongError('GOTONG_E_TRUST_STORE_CORRUPT', t('trust.storeDamaged', { label, name, why }), {
      hint: name === 'root.json' ? t('trust.storeDamaged.hint.root', { path: join(trustDir, name) }) : t('trust.storeDamaged.hint.other', { path: join(trustDir, name), folder: trustDir }),
    });
  for (const name of names ?? (await fs.readdir(trustDir)).sort()) {
    if (!name.endsWith('.json')) continue;
    let json: unknown;
    try {
      json = JSON.parse((await fs.readFile(join(trustDir, name))).toString('utf8'));
    } catch (error) {
      if (names && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw damaged(name, error instanceof SyntaxError ? t('trust.storeDamaged.notJson') : t('trust.storeDamaged.unreadable', { code: (error as NodeJS.ErrnoException).code ?? 'error' }));
    }
    if (name !== 'root.json') continue;
    try {
      // The trusted root is the anchor of every other check (TUF 1.0 section 5.2).
      const root = Metadata.fromJSON(MetadataKind.Root, json as Parameters<typeof Metadata.fromJSON>[1]);
      root.verifyDelegate('root', root);
    } catch (error) {
      throw damaged(name, t('trust.storeDamaged.rootUnsigned', { detail: (error as Error).message }));
    }
  }
}
