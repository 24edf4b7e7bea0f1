// The signed metadata of one commit of main, as `gotong log` checks it
// (docs/TRANSPARENCY.md, "The registry's log"): parsed once per file (by
// blob id), the root chain walked from 1.root.json, then timestamp,
// snapshot and targets, a namespace role against the targets role's
// delegation, and a module role against the namespace role that delegates
// to it (module-roles.ts). Nothing here reads git: the caller hands in the
// files of each commit's metadata folder by name and their bytes by blob id.
import { createHash } from 'node:crypto';
import { Metadata, MetadataKind, type Key, type Root, type Snapshot, type Targets, type Timestamp } from '@tufjs/models';
import '../trust/linear-maps.js';
import { t } from '../i18n/translate.js';
import { verifies } from '../trust/current-roles.js';
import { parseMetadataFileName } from '../trust/file-names.js';
import { parseModuleRoleName } from '../trust/module-roles.js';
import type { Delegation } from './derive.js';

/** The namespace a delegated role belongs to: its own name, or the namespace of a module role. */
export function namespaceOfRole(role: string): string {
  return parseModuleRoleName(role)?.namespace ?? role;
}

/** Who signs a namespace's file at a commit: the role, its file, why it does not verify (or null), the keys whose signatures count. */
export interface RoleCheck {
  /** The role's name: the namespace's, or a module role's (`bandung.sipd`). */
  name: string;
  role: Metadata<Targets> | null;
  file: string;
  problem: string | null;
  keyIds: string[];
}

export type Blobs = Map<string, Buffer>;

/** Parsed documents by blob id and kind, and the verdicts that depend only on them. */
export class Documents {
  private parsed = new Map<string, Metadata<Root | Targets | Snapshot | Timestamp> | Error>();
  private chains = new Map<string, RootChain>();

  constructor(
    private readonly blobs: Blobs,
    /** sha256 of the 1.root.json every chain must start from. */
    private readonly anchor: string | null,
  ) {}

  add(oid: string, bytes: Buffer): void {
    this.blobs.set(oid, bytes);
  }

  bytes(oid: string | undefined): Buffer | null {
    return oid ? this.blobs.get(oid) ?? null : null;
  }

  parse<T extends Root | Targets | Snapshot | Timestamp>(kind: MetadataKind, oid: string | undefined): Metadata<T> | Error {
    if (!oid) return new Error(t('log.reason.missing'));
    const key = `${kind}:${oid}`;
    let found = this.parsed.get(key);
    if (!found) {
      const bytes = this.blobs.get(oid);
      try {
        if (!bytes) throw new Error(t('log.reason.missing'));
        const json = JSON.parse(bytes.toString('utf8')) as { signed?: { _type?: unknown } };
        if (json?.signed?._type !== kind) throw new Error(t('log.reason.wrongType', { kind }));
        found = Metadata.fromJSON(kind as MetadataKind.Root, json as Parameters<typeof Metadata.fromJSON>[1]);
      } catch (error) {
        found = error instanceof Error ? error : new Error(String(error));
      }
      this.parsed.set(key, found);
    }
    return found as Metadata<T> | Error;
  }

  /** The root chain of a commit's metadata folder, checked from 1.root.json on. */
  chain(files: Map<string, string>): RootChain {
    const versions = [...files.keys()].map((name) => parseMetadataFileName(name)).filter((n) => n?.role === 'root').map((n) => n!.version).sort((a, b) => a - b);
    const key = versions.map((v) => files.get(`${v}.root.json`)).join(',');
    let chain = this.chains.get(key);
    if (!chain) {
      chain = this.walkChain(files, versions);
      this.chains.set(key, chain);
    }
    return chain;
  }

  private walkChain(files: Map<string, string>, versions: number[]): RootChain {
    const roots = new Map<number, Metadata<Root>>();
    let broken: { version: number; reason: string } | null = null;
    let previous: Metadata<Root> | null = null;
    for (let version = 1; version <= (versions.at(-1) ?? 0); version++) {
      const file = `${version}.root.json`;
      const root = this.parse<Root>(MetadataKind.Root, files.get(file));
      if (root instanceof Error) {
        broken ??= { version, reason: t('log.reason.unreadable', { file, detail: root.message }) };
        break;
      }
      roots.set(version, root);
      if (broken) continue;
      if (version === 1) {
        const sha = createHash('sha256').update(this.bytes(files.get(file))!).digest('hex');
        if (this.anchor && sha !== this.anchor) broken = { version, reason: t('log.reason.rootAnchor', { sha: sha.slice(0, 16), anchor: this.anchor.slice(0, 16) }) };
      }
      if (!broken && root.signed.version !== version) broken = { version, reason: t('log.reason.rootVersion', { file, version: root.signed.version }) };
      if (!broken && previous && !verifies(() => previous!.verifyDelegate('root', root))) broken = { version, reason: t('log.reason.rootPrevious', { version, previous: version - 1 }) };
      if (!broken && !verifies(() => root.verifyDelegate('root', root))) broken = { version, reason: t('log.reason.rootSelf', { version }) };
      previous = root;
    }
    return { roots, newest: previous, broken };
  }
}

export interface RootChain {
  roots: Map<number, Metadata<Root>>;
  newest: Metadata<Root> | null;
  /** The first version that does not verify, and why. */
  broken: { version: number; reason: string } | null;
}


/** Key ids among `keyIds` (looked up in `keys`) whose signature on `metadata` verifies. */
export function validSigners(metadata: Metadata<Root | Targets | Snapshot | Timestamp>, keyIds: string[], keys: Record<string, Key>): string[] {
  return [...new Set(keyIds)].filter((id) => keys[id] && verifies(() => keys[id].verifySignature(metadata as never))).sort();
}

export function claimedSigners(metadata: Metadata<Root | Targets | Snapshot | Timestamp>): string[] {
  return Object.keys(metadata.signatures).sort();
}

/** The verified top of one commit: root, timestamp, snapshot, targets; `problem` says what failed first. */
interface Top {
  chain: RootChain;
  snapshot: Metadata<Snapshot> | null;
  targets: Metadata<Targets> | null;
  problem: string | null;
}

/** One commit's signed metadata, checked as a client checks it, lazily. */
export class CommitMetadata {
  private topLevel: Top | null = null;
  /** Namespace and module roles checked so far, by name. */
  private readonly checked = new Map<string, RoleCheck>();

  constructor(
    private readonly docs: Documents,
    readonly files: Map<string, string>,
  ) {}

  top(): Top {
    if (this.topLevel) return this.topLevel;
    const chain = this.docs.chain(this.files);
    const top: Top = { chain, snapshot: null, targets: null, problem: chain.broken?.reason ?? null };
    this.topLevel = top;
    const root = chain.newest;
    if (!root) {
      top.problem ??= t('log.reason.noRoot');
      return top;
    }
    // Each file read, then checked against root; the first problem is the one reported.
    const signedByRoot = <T extends Timestamp | Snapshot | Targets>(kind: MetadataKind, role: 'timestamp' | 'snapshot' | 'targets', file: string): Metadata<T> | null => {
      const doc = this.docs.parse<T>(kind, this.files.get(file));
      if (doc instanceof Error) {
        top.problem ??= t('log.reason.unreadable', { file, detail: doc.message });
        return null;
      }
      if (!verifies(() => root.verifyDelegate(role, doc))) top.problem ??= t('log.reason.notSigned', { file, role: 'root' });
      return doc;
    };
    const timestamp = signedByRoot<Timestamp>(MetadataKind.Timestamp, 'timestamp', 'timestamp.json');
    if (!timestamp) return top;
    top.snapshot = signedByRoot<Snapshot>(MetadataKind.Snapshot, 'snapshot', `${timestamp.signed.snapshotMeta.version}.snapshot.json`);
    if (!top.snapshot) return top;
    top.targets = signedByRoot<Targets>(MetadataKind.Targets, 'targets', `${top.snapshot.signed.meta['targets.json']?.version ?? 0}.targets.json`);
    return top;
  }

  /** The namespace's delegations of this commit's targets role, verified or not. */
  delegations(): Map<string, Delegation> | null {
    const targets = this.top().targets;
    if (!targets) return null;
    const roles = targets.signed.delegations?.roles ?? {};
    return new Map(Object.entries(roles).map(([name, role]) => [name, { keyIds: [...role.keyIDs], threshold: role.threshold }]));
  }

  /** The namespace role the snapshot names, and whether it verifies under the targets delegation. */
  role(namespace: string): RoleCheck {
    let found = this.checked.get(namespace);
    if (!found) this.checked.set(namespace, (found = this.checkNamespace(namespace)));
    return found;
  }

  private checkNamespace(namespace: string): RoleCheck {
    const top = this.top();
    const version = top.snapshot?.signed.meta[`${namespace}.json`]?.version;
    const file = `${version ?? 0}.${namespace}.json`;
    const name = namespace;
    if (!top.snapshot || !top.targets) return { name, role: null, file, problem: top.problem ?? t('log.reason.noRoot'), keyIds: [] };
    if (version === undefined) return { name, role: null, file, problem: t('log.reason.notInSnapshot', { namespace }), keyIds: [] };
    const role = this.docs.parse<Targets>(MetadataKind.Targets, this.files.get(file));
    if (role instanceof Error) return { name, role: null, file, problem: t('log.reason.unreadable', { file, detail: role.message }), keyIds: [] };
    const delegation = top.targets.signed.delegations?.roles?.[namespace];
    const keys = top.targets.signed.delegations?.keys ?? {};
    const signers = delegation ? validSigners(role, delegation.keyIDs, keys) : [];
    if (!delegation) return { name, role, file, problem: t('log.reason.notDelegated', { namespace }), keyIds: claimedSigners(role) };
    if (!verifies(() => top.targets!.verifyDelegate(namespace, role))) {
      return { name, role, file, problem: t('log.reason.roleThreshold', { file, count: signers.length, threshold: delegation.threshold, namespace }), keyIds: claimedSigners(role) };
    }
    return { name, role, file, problem: top.problem, keyIds: signers };
  }

  /**
   * The role that signs `targetPath` of `namespace` here, found as a client
   * finds it: the namespace role when it lists the path itself (as gotong
   * wrote before module roles), else the roles it delegates the path to, in
   * order, each checked against the namespace role, until one lists it or a
   * terminating one is reached. The namespace role when none does.
   */
  signer(namespace: string, targetPath: string): RoleCheck {
    const parent = this.role(namespace);
    if (!parent.role || parent.problem || parent.role.signed.targets[targetPath]) return parent;
    for (const { role, terminating } of parent.role.signed.delegations?.rolesForTarget(targetPath) ?? []) {
      const found = this.moduleRole(namespace, role, parent);
      if (found.problem || found.role?.signed.targets[targetPath] || terminating) return found;
    }
    return parent;
  }

  /** A role the namespace role delegates to, as the snapshot names it, checked against that delegation. */
  private moduleRole(namespace: string, name: string, parent: RoleCheck): RoleCheck {
    let found = this.checked.get(name);
    if (found) return found;
    const version = this.top().snapshot?.signed.meta[`${name}.json`]?.version;
    const file = `${version ?? 0}.${name}.json`;
    const delegations = parent.role!.signed.delegations!;
    const delegation = delegations.roles![name];
    const role = version === undefined ? null : this.docs.parse<Targets>(MetadataKind.Targets, this.files.get(file));
    if (!role) found = { name, role: null, file, problem: t('log.reason.moduleNotInSnapshot', { role: name, file: parent.file }), keyIds: [] };
    else if (role instanceof Error) found = { name, role: null, file, problem: t('log.reason.unreadable', { file, detail: role.message }), keyIds: [] };
    else {
      const signers = validSigners(role, delegation.keyIDs, delegations.keys ?? {});
      const valid = verifies(() => parent.role!.verifyDelegate(name, role));
      const problem = valid ? parent.problem : t('log.reason.roleThreshold', { file, count: signers.length, threshold: delegation.threshold, namespace });
      found = { name, role, file, problem, keyIds: valid ? signers : claimedSigners(role) };
    }
    this.checked.set(name, found);
    return found;
  }
}

/**
 * Every target a namespace signs at a commit, by path, flattened over its
 * namespace role and the module roles it delegates to, as the files are
 * (unverified: what changed is found with it; each event is then checked
 * through CommitMetadata). A module role counts only for the paths its
 * delegation covers, as a client reads it.
 */
export function signedTargets(docs: Documents, files: Map<string, string>, namespace: string): Targets['targets'] {
  const timestamp = docs.parse<Timestamp>(MetadataKind.Timestamp, files.get('timestamp.json'));
  if (timestamp instanceof Error) return {};
  const snapshot = docs.parse<Snapshot>(MetadataKind.Snapshot, files.get(`${timestamp.signed.snapshotMeta.version}.snapshot.json`));
  if (snapshot instanceof Error) return {};
  const read = (role: string) => {
    const version = snapshot.signed.meta[`${role}.json`]?.version;
    const parsed = version === undefined ? null : docs.parse<Targets>(MetadataKind.Targets, files.get(`${version}.${role}.json`));
    return parsed instanceof Error ? null : parsed;
  };
  const role = read(namespace);
  if (!role) return {};
  const all: Targets['targets'] = { ...role.signed.targets };
  for (const [name, delegation] of Object.entries(role.signed.delegations?.roles ?? {})) {
    for (const [path, info] of Object.entries(read(name)?.signed.targets ?? {})) if (!all[path] && delegation.isDelegatedPath(path)) all[path] = info;
  }
  return all;
}

