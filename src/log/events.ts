// The events of one commit of main, each with its verdict from the commit's
// own signed metadata (commit-metadata.ts): root versions, delegations of
// the targets role, and the versions of a module index that changed.
import { createHash } from 'node:crypto';
import { t } from '../i18n/translate.js';
import type { ModuleIndex } from '../manifest/types.js';
import { claimedSigners, CommitMetadata, Documents, validSigners } from './commit-metadata.js';
import { delegationChanges, keyChange, versionChanges, type Delegation, type LogEvent } from './derive.js';

/** A module index a commit changed: its blob before and after. */
export interface IndexChange {
  namespace: string;
  module: string;
  before: string;
  after: string;
  /** The module's folder at the commit (`<commit>:<path>`), where an index added in git is; '' when not known yet. */
  folder: string;
}

export function parseJson<T>(bytes: Buffer | null): T | null {
  if (!bytes) return null;
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    return null;
  }
}

export function withVerdict(event: Omit<LogEvent, 'verified' | 'reason'>, problem: string | null): LogEvent {
  return problem ? { ...event, verified: false, reason: problem } : { ...event, verified: true };
}

export function rootEvents(at: CommitMetadata, versions: number[], base: { time: string; commit: string }): LogEvent[] {
  const chain = at.top().chain;
  return versions.map((version) => {
    const root = chain.roots.get(version);
    const previous = chain.roots.get(version - 1) ?? null;
    const problem = !root ? t('log.reason.unreadable', { file: `${version}.root.json`, detail: t('log.reason.missing') }) : chain.broken && chain.broken.version <= version ? chain.broken.reason : null;
    if (!root) return withVerdict({ ...base, kind: 'root-changed', namespace: null, keyIds: [], details: { version } }, problem);
    const signing = [...new Set([...(previous?.signed.roles.root.keyIDs ?? []), ...root.signed.roles.root.keyIDs])];
    const keys = { ...(previous?.signed.keys ?? {}), ...root.signed.keys };
    const keyIds = problem ? claimedSigners(root) : validSigners(root, signing, keys);
    const admin = keyChange(previous?.signed.roles.root.keyIDs ?? [], root.signed.roles.root.keyIDs);
    const online = keyChange(previous?.signed.roles.timestamp.keyIDs ?? [], root.signed.roles.timestamp.keyIDs);
    const details = {
      version,
      threshold: root.signed.roles.root.threshold,
      previousThreshold: previous?.signed.roles.root.threshold ?? null,
      keysAdded: admin.added,
      keysRemoved: admin.removed,
      onlineKeyChanged: previous !== null && (online.added.length > 0 || online.removed.length > 0),
      expires: root.signed.expires,
    };
    return withVerdict({ ...base, kind: 'root-changed', namespace: null, keyIds, details }, problem);
  });
}

export function targetsEvents(at: CommitMetadata, before: Map<string, Delegation> | null, namespace: string | undefined, base: { time: string; commit: string }): LogEvent[] {
  const after = at.delegations();
  if (!after) return [];
  const top = at.top();
  const root = top.chain.newest;
  const targets = top.targets!;
  const keyIds = top.problem || !root ? claimedSigners(targets) : validSigners(targets, root.signed.roles.targets.keyIDs, root.signed.keys);
  return delegationChanges(before, after)
    .filter((change) => !namespace || change.namespace === namespace)
    .map((change) => withVerdict({ ...base, kind: change.kind, namespace: change.namespace, keyIds, details: { ...change.details, targetsVersion: targets.signed.version } }, top.problem));
}

export function indexEvents(at: CommitMetadata, docs: Documents, index: IndexChange, base: { time: string; commit: string }): LogEvent[] {
  const after = parseJson<ModuleIndex>(docs.bytes(index.after));
  const before = parseJson<ModuleIndex>(docs.bytes(index.before));
  if (!after || typeof after.versions !== 'object') return [];
  const target = `${index.namespace}/${index.module}/index.json`;
  // The module role that signs the index (the namespace role, as gotong wrote before module roles).
  const role = at.signer(index.namespace, target);
  let problem = role.problem;
  let keyIds = role.keyIds;
  if (!problem && role.role) {
    const signed = role.role.signed.targets[target];
    const bytes = docs.bytes(index.after)!;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!signed) problem = t('log.reason.indexUnsigned', { target, file: role.file });
    else if (signed.length !== bytes.length || signed.hashes.sha256 !== sha256) problem = t('log.reason.indexMismatch', { target, file: role.file });
    // The role's signatures do not cover this index: nobody signed the change.
    if (problem) keyIds = [];
  }
  const roleVersion = at.role(index.namespace).role?.signed.version ?? null;
  const moduleRole = role.name === index.namespace ? {} : { moduleRole: role.name, moduleRoleVersion: role.role?.signed.version ?? null };
  return versionChanges(before, after).map((change) =>
    withVerdict(
      { ...base, kind: change.kind, namespace: index.namespace, module: `@${index.namespace}/${index.module}`, version: change.version, keyIds, details: { ...change.details, roleVersion, ...moduleRole } },
      problem,
    ),
  );
}

