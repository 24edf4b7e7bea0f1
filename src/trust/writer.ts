// The repository side of TUF: builds and signs metadata in a registry working
// tree. @tufjs/models has no repository layer, so version bumps, expiry,
// snapshot and timestamp regeneration and file naming live here. Nothing in
// this file verifies for a client; it refuses to sign what the current,
// verified metadata does not allow (a key not delegated for a namespace).
import { Metadata, MetadataKind, MetaFile, Root, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';
import './linear-maps.js';
import { GotongError, bug } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { listContained, readContained, removeContained, writeContained } from '../core/contained.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import { metadataPath, parseMetadataFileName, targetStoragePath, timestampPath } from './file-names.js';
import type { PublicKeyInfo, SigningKey } from './keys.js';
import { DEFAULT_EXPIRY_DAYS, type ExpiryDays, isoExpiry, parseMetadata, serializeMetadata, serializeSnapshot, sha256Hex, sha512Hex, SPEC_VERSION } from './metadata-io.js';
import { withNamespaceKeys, withNamespacesAdded, type NamespaceKeys, type TakenName, type TargetsJSON } from './delegations.js';
import { nextRoot, type RootChange } from './root-rotation.js';
import { moduleDelegations, moduleRoleName, moduleRoleOf, parseModuleRoleName, publisherKeySet, type ModuleKeySet } from './module-roles.js';

type JSONObject = Parameters<typeof Targets.fromJSON>[0];
type Delegations = NonNullable<Targets['delegations']>;
type DelegatedRole = NonNullable<Delegations['roles']>[string];
type Role = Root['roles'][string];
export type TargetFileJSON = ReturnType<TargetFile['toJSON']>;

/**
 * A change in a namespace also re-signs its module roles that expire within
 * this many days, so a module nobody republishes stays valid while its city
 * keeps publishing (docs/DECISIONS.md, "One role per module").
 */
export const RENEW_MODULE_DAYS = 90;

function targetsJSON(role: Metadata<Targets>): Record<string, TargetFileJSON> {
  return Object.fromEntries(Object.entries(role.signed.targets).map(([path, info]) => [path, info.toJSON() as TargetFileJSON]));
}

export interface NewRegistryOptions {
  rootKeys: PublicKeyInfo[];
  rootSigners: SigningKey[];
  threshold: number;
  onlineKey: SigningKey;
  now?: Date;
  expiry?: Partial<ExpiryDays>;
}

export interface TargetWrite {
  targetPath: string;
  bytes: Buffer;
}

/** `roleName` names the role as a reader knows it: `root`, `snapshot`, `@bandung/*`, or the words for the targets role (targetsRoleName). */
function requireThreshold(signers: SigningKey[], role: Role, roleName: string): void {
  const usable = new Set(signers.map((s) => s.keyId).filter((id) => role.keyIDs.includes(id)));
  if (usable.size < role.threshold) {
    throw new GotongError('GOTONG_E_KEY_NOT_DELEGATED', t('trust.thresholdNotMet', { given: signers.length, role: roleName, usable: usable.size, threshold: role.threshold }), {
      hint: t('trust.thresholdNotMet.hint', { role: roleName, keys: signers.map((s) => s.keyId.slice(0, 12)).join(', ') || t('trust.keyIds.none') }),
    });
  }
}

function targetsRoleName(): string {
  return t('trust.targetsRole');
}

function signWith(metadata: Metadata<Root | Targets | Snapshot | Timestamp>, signers: SigningKey[], role: Role): void {
  metadata.signatures = {};
  for (const signer of signers) {
    if (role.keyIDs.includes(signer.keyId)) metadata.sign((data) => signer.sign(data), true);
  }
}

/** Metadata of one registry working tree, with pending writes applied by `flush()`. */
export class RegistryWriter {
  private readonly writes = new Map<string, Buffer>();
  private readonly deletes = new Set<string>();
  private readonly roleCache = new Map<string, Metadata<Targets> | null>();
  /** Version of the timestamp (and so of the snapshot it names) already in the registry; 0 when new. */
  private publishedTimestamp: number | null = null;

  private constructor(
    readonly dir: string,
    public root: Metadata<Root>,
    public targets: Metadata<Targets>,
    public snapshot: Metadata<Snapshot>,
    public timestamp: Metadata<Timestamp>,
    readonly now: Date,
    private readonly expiry: ExpiryDays,
  ) {}

  /** Creates version 1 of every top-level role for a new registry. */
  static create(dir: string, options: NewRegistryOptions): RegistryWriter {
    const now = options.now ?? new Date();
    const expiry = { ...DEFAULT_EXPIRY_DAYS, ...options.expiry };
    const keys: Record<string, unknown> = {};
    for (const key of [...options.rootKeys, options.onlineKey]) keys[key.keyId] = key.tufKey.toJSON();
    const adminRole = { keyids: options.rootKeys.map((k) => k.keyId), threshold: options.threshold };
    const onlineRole = { keyids: [options.onlineKey.keyId], threshold: 1 };
    const root = new Metadata(
      Root.fromJSON({
        _type: 'root',
        spec_version: SPEC_VERSION,
        version: 1,
        expires: isoExpiry(now, expiry.root),
        keys,
        roles: { root: adminRole, targets: adminRole, snapshot: onlineRole, timestamp: onlineRole },
        consistent_snapshot: true,
      } as JSONObject),
    );
    const targets = new Metadata(
      Targets.fromJSON({ _type: 'targets', spec_version: SPEC_VERSION, version: 1, expires: isoExpiry(now, expiry.targets), targets: {}, delegations: { keys: {}, roles: [] } } as JSONObject),
    );
    // Placeholders until refreshTimestamp signs version 1 of both.
    const snapshot = new Metadata(new Snapshot({ version: 1, specVersion: SPEC_VERSION, expires: isoExpiry(now, expiry.snapshot), meta: {} }));
    const timestamp = new Metadata(new Timestamp({ version: 1, specVersion: SPEC_VERSION, expires: isoExpiry(now, expiry.timestamp), snapshotMeta: new MetaFile({ version: 1 }) }));
    const writer = new RegistryWriter(dir, root, targets, snapshot, timestamp, now, expiry);
    writer.publishedTimestamp = 0;
    requireThreshold(options.rootSigners, root.signed.roles.root, 'root');
    signWith(root, options.rootSigners, root.signed.roles.root);
    writer.stage(metadataPath('root', 1), serializeMetadata(root));
    signWith(targets, options.rootSigners, root.signed.roles.targets);
    writer.stage(metadataPath('targets', 1), serializeMetadata(targets));
    writer.roleCache.set('targets', targets);
    writer.snapshot = writer.nextSnapshot({ 'targets.json': new MetaFile({ version: 1 }) });
    writer.refreshTimestamp(options.onlineKey);
    return writer;
  }

  /** Loads the newest metadata of a registry working tree and checks its signatures. */
  static async load(dir: string, options: { now?: Date; expiry?: Partial<ExpiryDays> } = {}): Promise<RegistryWriter> {
    const read = async (rel: string): Promise<Buffer> => {
      const bytes = await readContained(dir, rel);
      if (!bytes) {
        throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('trust.registryLacks', { path: rel }), { hint: t('trust.notARegistry.hint') });
      }
      return bytes;
    };
    const names = await listContained(dir, METADATA_DIR);
    if (names.length === 0) {
      throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('trust.noMetadataFolder', { folder: `${METADATA_DIR}/` }), { hint: t('trust.notARegistry.hint') });
    }
    const rootVersion = Math.max(0, ...names.map(parseMetadataFileName).filter((p) => p?.role === 'root').map((p) => p!.version));
    const root = parseMetadata(MetadataKind.Root, await read(metadataPath('root', rootVersion)), `root v${rootVersion}`);
    const timestamp = parseMetadata(MetadataKind.Timestamp, await read(timestampPath()), 'timestamp');
    const snapshotVersion = timestamp.signed.snapshotMeta.version;
    const snapshot = parseMetadata(MetadataKind.Snapshot, await read(metadataPath('snapshot', snapshotVersion)), 'snapshot');
    const targetsVersion = snapshot.signed.meta['targets.json']?.version ?? bug('snapshot lists no targets.json');
    const targets = parseMetadata(MetadataKind.Targets, await read(metadataPath('targets', targetsVersion)), 'targets');
    // The writer signs on top of what it read, so it checks that first: a
    // tampered working tree must not get a fresh signature.
    try {
      root.verifyDelegate('root', root);
      root.verifyDelegate('targets', targets);
      root.verifyDelegate('snapshot', snapshot);
      root.verifyDelegate('timestamp', timestamp);
    } catch (error) {
      throw new GotongError('GOTONG_E_METADATA_INVALID', t('trust.currentUnverified', { detail: (error as Error).message }), { hint: t('trust.unverified.hint') });
    }
    const writer = new RegistryWriter(dir, root, targets, snapshot, timestamp, options.now ?? new Date(), { ...DEFAULT_EXPIRY_DAYS, ...options.expiry });
    writer.roleCache.set('targets', targets);
    return writer;
  }

  get delegations(): Delegations {
    return this.targets.signed.delegations ?? bug('targets metadata has no delegations');
  }

  namespaceRole(namespace: string): DelegatedRole | undefined {
    return this.delegations.roles?.[namespace];
  }

  /**
   * A delegated role's signed metadata at the version the snapshot names,
   * checked against the role that delegates it; null when the snapshot names
   * none (a namespace or module that has published nothing yet).
   */
  private async loadDelegated(role: string, delegator: Metadata<Targets>): Promise<Metadata<Targets> | null> {
    if (this.roleCache.has(role)) return this.roleCache.get(role)!;
    const meta = this.snapshot.signed.meta[`${role}.json`];
    let loaded: Metadata<Targets> | null = null;
    if (meta) {
      const rel = metadataPath(role, meta.version);
      const bytes = this.writes.get(rel) ?? (await readContained(this.dir, rel));
      if (!bytes) throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('trust.registryLacks', { path: rel }), { hint: t('trust.runVerify.hint') });
      loaded = parseMetadata(MetadataKind.Targets, bytes, `${role} v${meta.version}`);
      try {
        delegator.verifyDelegate(role, loaded);
      } catch (error) {
        throw new GotongError('GOTONG_E_METADATA_INVALID', t('trust.namespaceUnverified', { namespace: role, detail: (error as Error).message }), { hint: t('trust.unverified.hint') });
      }
    }
    this.roleCache.set(role, loaded);
    return loaded;
  }

  /** The namespace's signed targets metadata, or null before its first publish. */
  loadNamespace(namespace: string): Promise<Metadata<Targets> | null> {
    return this.loadDelegated(namespace, this.targets);
  }

  /** The module roles the namespace role delegates, by folder (module name), each verified; null for one not yet signed. */
  async moduleRoles(namespace: string): Promise<Map<string, Metadata<Targets> | null>> {
    const role = await this.loadNamespace(namespace);
    const modules = new Map<string, Metadata<Targets> | null>();
    for (const name of Object.keys(role?.signed.delegations?.roles ?? {})) {
      const parsed = parseModuleRoleName(name);
      if (!parsed || parsed.namespace !== namespace) continue;
      modules.set(parsed.folder, await this.loadDelegated(name, role!));
    }
    return modules;
  }

  /**
   * Every target the namespace signs, as JSON by path: its module roles' and,
   * in a namespace last written before module roles, its own role's. Null
   * before its first publish.
   */
  async namespaceTargets(namespace: string): Promise<Record<string, TargetFileJSON> | null> {
    const role = await this.loadNamespace(namespace);
    if (!role) return null;
    const all: Record<string, TargetFileJSON> = { ...targetsJSON(role) };
    for (const module of (await this.moduleRoles(namespace)).values()) if (module) Object.assign(all, targetsJSON(module));
    return all;
  }

  /** Delegates `namespace/*\/*` to publisher keys (signed by the targets role keys). */
  addNamespace(namespace: string, publisherKeys: PublicKeyInfo[], threshold: number, adminSigners: SigningKey[]): void {
    this.addNamespaces([{ namespace, publisherKeys, threshold }], adminSigners);
  }

  /** Delegates several namespaces in one new version of the targets role (one signing round, not one per namespace). */
  addNamespaces(entries: NamespaceKeys[], adminSigners: SigningKey[]): void {
    const json = withNamespacesAdded(this.targets.signed.toJSON() as TargetsJSON, entries, (namespace) => this.takenName(namespace));
    requireThreshold(adminSigners, this.root.signed.roles.targets, targetsRoleName());
    this.replaceTargets(json, adminSigners);
  }

  /**
   * Whether a namespace name is in use: delegated now, or removed. A removed
   * namespace stays listed in the snapshot for good (TUF 1.0 section 5.5.5:
   * a client refuses a snapshot that drops a role it listed), so its name is
   * never delegated again.
   */
  takenName(namespace: string): TakenName {
    if (this.namespaceRole(namespace)) return 'delegated';
    return this.snapshot.signed.meta[`${namespace}.json`] ? 'removed' : null;
  }

  /** Targets version N+1 with the delegations of `json` and a renewed expiry, not yet signed. */
  unsignedTargets(json: Record<string, unknown>): Metadata<Targets> {
    const version = this.targets.signed.version + 1;
    return new Metadata(Targets.fromJSON({ ...json, version, expires: isoExpiry(this.now, this.expiry.targets) } as JSONObject));
  }

  private replaceTargets(json: Record<string, unknown>, adminSigners: SigningKey[]): void {
    const metadata = this.unsignedTargets(json);
    signWith(metadata, adminSigners, this.root.signed.roles.targets);
    this.stageTargets(metadata);
  }

  private stageTargets(metadata: Metadata<Targets>): void {
    const version = metadata.signed.version;
    this.targets = metadata;
    this.roleCache.set('targets', metadata);
    this.stage(metadataPath('targets', version), serializeMetadata(metadata));
    this.snapshot = this.nextSnapshot({ 'targets.json': new MetaFile({ version }) });
  }

  /** Adds or replaces targets of a namespace, in its module roles, signed by its publisher keys. */
  async putTargets(namespace: string, files: TargetWrite[], signers: SigningKey[]): Promise<void> {
    const delegation = this.namespaceRole(namespace);
    if (!delegation) {
      throw new GotongError('GOTONG_E_NAMESPACE_UNKNOWN', t('trust.namespaceUnknown', { namespace }), { hint: t('trust.namespaceUnknown.hint.publisher', { namespace }) });
    }
    requireThreshold(signers, delegation, `@${namespace}/*`);
    const changes = new Map<string, Record<string, TargetFileJSON>>();
    for (const file of files) {
      if (!delegation.isDelegatedPath(file.targetPath)) bug(`${file.targetPath} is outside ${namespace}`);
      const folder = file.targetPath.split('/')[1];
      const sha256 = sha256Hex(file.bytes);
      // sha256 first: consistent-snapshot clients name the stored file by the first hash.
      const info = new TargetFile({ path: file.targetPath, length: file.bytes.length, hashes: { sha256, sha512: sha512Hex(file.bytes) } }).toJSON() as TargetFileJSON;
      changes.set(folder, { ...changes.get(folder), [file.targetPath]: info });
      this.stage(targetStoragePath(file.targetPath, sha256), file.bytes);
    }
    for (const { role, metadata } of await this.namespaceDocuments(namespace, changes, this.publisherKeys(delegation), false)) {
      signWith(metadata, signers, delegation);
      this.stageDelegated(role, metadata);
    }
  }

  /** The namespace's publisher keys and threshold as the targets role delegates them. */
  private publisherKeys(delegation: DelegatedRole): ModuleKeySet {
    const keys = this.delegations.keys ?? {};
    return { keyIds: [...delegation.keyIDs], threshold: delegation.threshold, keyJSON: Object.fromEntries(delegation.keyIDs.map((id) => [id, keys[id]?.toJSON()])) };
  }

  /**
   * The unsigned next versions of a namespace's roles for a change: each
   * module role `changes` touches, with those files added or replaced; every
   * module role when `all` (new keys re-sign everything), otherwise also those
   * that expire within RENEW_MODULE_DAYS; the targets of a namespace written
   * before module roles, moved into module roles; and namespace role N+1,
   * which lists no target and delegates every module to `keys`. The namespace
   * role comes first, in the order a client verifies them.
   */
  async namespaceDocuments(namespace: string, changes: Map<string, Record<string, TargetFileJSON>>, keys: ModuleKeySet, all: boolean): Promise<Array<{ role: string; metadata: Metadata<Targets> }>> {
    const current = await this.loadNamespace(namespace);
    const modules = await this.moduleRoles(namespace);
    const moved = new Map<string, Record<string, TargetFileJSON>>();
    for (const [path, info] of Object.entries(current ? targetsJSON(current) : {})) {
      const folder = path.split('/')[1];
      moved.set(folder, { ...moved.get(folder), [path]: info });
    }
    const folders = [...new Set([...modules.keys(), ...moved.keys(), ...changes.keys()])].sort();
    const documents = [{ role: namespace, metadata: this.unsignedNamespace(current, {}, moduleDelegations(namespace, folders, keys)) }];
    const renewBy = this.now.getTime() + RENEW_MODULE_DAYS * 86_400_000;
    for (const folder of folders) {
      const role = modules.get(folder) ?? null;
      const due = all || !role || Date.parse(role.signed.expires) <= renewBy;
      if (!due && !changes.has(folder) && !moved.has(folder)) continue;
      const targets = { ...moved.get(folder), ...(role ? targetsJSON(role) : {}), ...changes.get(folder) };
      documents.push({ role: moduleRoleName(namespace, folder), metadata: this.unsignedNamespace(role, targets) });
    }
    return documents;
  }

  /** Version N+1 of a namespace or module role listing `targets` (and, for a namespace, its `delegations`) with a renewed expiry, not yet signed. */
  unsignedNamespace(current: Metadata<Targets> | null, targets: Record<string, unknown>, delegations?: Record<string, unknown>): Metadata<Targets> {
    const version = (current?.signed.version ?? 0) + 1;
    const json = { _type: 'targets', spec_version: SPEC_VERSION, version, expires: isoExpiry(this.now, this.expiry.namespace), targets, ...(delegations ? { delegations } : {}) };
    return new Metadata(Targets.fromJSON(json as JSONObject));
  }

  private stageDelegated(role: string, metadata: Metadata<Targets>): void {
    const version = metadata.signed.version;
    this.roleCache.set(role, metadata);
    this.stage(metadataPath(role, version), serializeMetadata(metadata));
    if (version > 2) this.retire(metadataPath(role, version - 2));
    this.snapshot = this.nextSnapshot({ [`${role}.json`]: new MetaFile({ version }) });
  }

  /**
   * Replaces the publisher keys of a namespace, e.g. to revoke a leaked one.
   * Signatures by a key that is no longer delegated stop counting at once, so
   * the namespace's current targets (checked against the keys as they were)
   * are re-signed in the same change by `publisherSigners`, which must meet
   * the new threshold: clients never see a gap where the namespace does not verify.
   */
  async replaceNamespaceKeys(namespace: string, publisherKeys: PublicKeyInfo[], threshold: number, adminSigners: SigningKey[], publisherSigners: SigningKey[]): Promise<void> {
    const json = withNamespaceKeys(this.targets.signed.toJSON() as TargetsJSON, { namespace, publisherKeys, threshold });
    requireThreshold(adminSigners, this.root.signed.roles.targets, targetsRoleName());
    const published = await this.loadNamespace(namespace);
    const documents = published ? await this.namespaceDocuments(namespace, new Map(), publisherKeySet(publisherKeys, threshold), true) : [];
    this.replaceTargets(json, adminSigners);
    if (documents.length === 0) return;
    const delegation = this.namespaceRole(namespace) ?? bug('the namespace disappeared');
    requireThreshold(publisherSigners, delegation, `@${namespace}/*`);
    const namespaceRole = documents[0].metadata;
    for (const { role, metadata } of documents) {
      signWith(metadata, publisherSigners, role === namespace ? delegation : (namespaceRole.signed.delegations?.roles?.[role] ?? bug(`${role} is not delegated`)));
      this.stageDelegated(role, metadata);
    }
  }

  /**
   * Writes root version N+1 (root-rotation.ts). When the targets role's keys
   * or threshold change, targets is re-signed to match in the same change, or
   * clients would refuse it under the new root. Call refreshTimestamp
   * afterwards with the online key the new root names.
   */
  rotateRoot(change: RootChange, signers: SigningKey[]): void {
    const previous = this.root.signed.roles.targets;
    const next = nextRoot(this.root, change, signers, isoExpiry(this.now, this.expiry.root));
    this.root = next;
    this.stage(metadataPath('root', next.signed.version), serializeMetadata(next));
    if (!next.signed.roles.targets.equals(previous)) {
      requireThreshold(signers, next.signed.roles.targets, targetsRoleName());
      this.replaceTargets(this.targets.signed.toJSON() as Record<string, unknown>, signers);
    }
  }

  /**
   * Puts documents that administrators signed one at a time (a ceremony,
   * trust/ceremony.ts) in place of the current ones, in the order a client
   * reads them: root, then targets, then namespaces, then module roles. Each must be the next
   * version and verify exactly as a client would check it (TUF 1.0 sections
   * 5.3.4, 5.3.5, 5.6.3); the caller signs snapshot and timestamp afterwards.
   */
  async adoptSigned(documents: Array<{ role: string; metadata: Metadata<Root> | Metadata<Targets> }>): Promise<void> {
    const order = (role: string) => (role === 'root' ? 0 : role === 'targets' ? 1 : role.includes('.') ? 3 : 2);
    for (const { role, metadata } of [...documents].sort((a, b) => order(a.role) - order(b.role))) {
      const previous = role === 'root' ? this.root.signed.version : role === 'targets' ? this.targets.signed.version : (this.snapshot.signed.meta[`${role}.json`]?.version ?? 0);
      if (metadata.signed.version !== previous + 1) bug(`${role} v${metadata.signed.version} is not the next version after v${previous}`);
      const module = parseModuleRoleName(role);
      const delegator = module ? await this.loadNamespace(module.namespace) : null;
      try {
        if (role === 'root') {
          this.root.verifyDelegate('root', metadata as Metadata<Root>);
          (metadata as Metadata<Root>).verifyDelegate('root', metadata as Metadata<Root>);
        } else if (role === 'targets') this.root.verifyDelegate('targets', metadata as Metadata<Targets>);
        else if (module) (delegator ?? bug(`${role} adopted before its namespace role`)).verifyDelegate(role, metadata as Metadata<Targets>);
        else this.targets.verifyDelegate(role, metadata as Metadata<Targets>);
      } catch (error) {
        throw new GotongError('GOTONG_E_METADATA_INVALID', t('trust.signedUnverified', { role, version: metadata.signed.version, detail: (error as Error).message }), {
          hint: t('trust.signedUnverified.hint'),
        });
      }
      if (role === 'root') {
        this.root = metadata as Metadata<Root>;
        this.stage(metadataPath('root', metadata.signed.version), serializeMetadata(metadata));
      } else if (role === 'targets') this.stageTargets(metadata as Metadata<Targets>);
      else this.stageDelegated(role, metadata as Metadata<Targets>);
    }
  }

  private nextSnapshot(changes: Record<string, MetaFile>): Metadata<Snapshot> {
    const meta = { ...this.snapshot.signed.meta, ...changes };
    return new Metadata(new Snapshot({ version: this.snapshot.signed.version, specVersion: SPEC_VERSION, expires: this.snapshot.signed.expires, meta }));
  }

  /** Signs a new snapshot (if anything changed) and a new timestamp with the online key. */
  refreshTimestamp(onlineKey: SigningKey): void {
    const roles = this.root.signed.roles;
    requireThreshold([onlineKey], roles.snapshot, 'snapshot');
    requireThreshold([onlineKey], roles.timestamp, 'timestamp');
    const fresh = this.publishedTimestamp === 0;
    const previousSnapshot = fresh ? 0 : this.timestamp.signed.snapshotMeta.version;
    const snapshotVersion = previousSnapshot + 1;
    const snapshot = new Metadata(
      new Snapshot({ version: snapshotVersion, specVersion: SPEC_VERSION, expires: isoExpiry(this.now, this.expiry.snapshot), meta: this.snapshot.signed.meta }),
    );
    signWith(snapshot, [onlineKey], roles.snapshot);
    const snapshotBytes = serializeSnapshot(snapshot);
    this.stage(metadataPath('snapshot', snapshotVersion), snapshotBytes);
    if (previousSnapshot > 1) this.retire(metadataPath('snapshot', previousSnapshot - 1));
    this.snapshot = snapshot;
    const timestamp = new Metadata(
      new Timestamp({
        version: fresh ? 1 : this.timestamp.signed.version + 1,
        specVersion: SPEC_VERSION,
        expires: isoExpiry(this.now, this.expiry.timestamp),
        snapshotMeta: new MetaFile({ version: snapshotVersion, length: snapshotBytes.length, hashes: { sha256: sha256Hex(snapshotBytes) } }),
      }),
    );
    signWith(timestamp, [onlineKey], roles.timestamp);
    this.timestamp = timestamp;
    this.publishedTimestamp = null;
    this.stage(timestampPath(), serializeMetadata(timestamp));
  }

  /** Reads a target's bytes as they are now (pending writes included), by its signed sha256. */
  async readTarget(namespace: string, targetPath: string): Promise<{ bytes: Buffer; info: TargetFile } | null> {
    const role = await this.loadNamespace(namespace);
    const moduleRole = moduleRoleOf(targetPath);
    const module = role && moduleRole && role.signed.delegations?.roles?.[moduleRole] ? await this.loadDelegated(moduleRole, role) : null;
    const info = role?.signed.targets[targetPath] ?? module?.signed.targets[targetPath];
    if (!info) return null;
    const rel = targetStoragePath(targetPath, info.hashes.sha256);
    const bytes = this.writes.get(rel) ?? (await readContained(this.dir, rel));
    if (!bytes) throw new GotongError('GOTONG_E_TARGET_MISSING', t('trust.listedFileMissing', { path: targetPath }), { hint: t('trust.runVerify.hint') });
    return { bytes, info };
  }

  private stage(rel: string, bytes: Buffer): void {
    this.deletes.delete(rel);
    this.writes.set(rel, bytes);
  }

  /** Superseded metadata stays one version back (for readers mid-update), then goes; git history keeps it. */
  private retire(rel: string): void {
    if (!this.writes.has(rel)) this.deletes.add(rel);
  }

  /**
   * Writes pending files into the working tree. The tree was checked out from
   * commits others pushed, so nothing here follows a link (core/contained.ts).
   */
  async flush(): Promise<void> {
    for (const [rel, bytes] of this.writes) await writeContained(this.dir, rel, bytes);
    for (const rel of this.deletes) await removeContained(this.dir, rel);
    this.writes.clear();
    this.deletes.clear();
  }

  pendingPaths(): string[] {
    return [...this.writes.keys()];
  }
}
