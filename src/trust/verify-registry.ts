// `gotong registry verify`: checks a whole registry the way an auditor would,
// independently of any client's history: the root chain (TUF 1.0 section
// 5.3: each new root signed by the old and the new threshold), every role's
// signatures, threshold and expiry, snapshot and timestamp consistency
// (5.4, 5.5), gotong's delegation rules (policy.ts; module roles under each
// namespace role, verify-namespace.ts) and every target's length and hashes.
// It reports every problem it finds instead of stopping at one.
import { MetadataKind, type Metadata, type Root, type Targets } from '@tufjs/models';
import './linear-maps.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { metadataPath, timestampPath } from './file-names.js';
import { parseModuleRoleName } from './module-roles.js';
import type { RegistryReader } from './registry-reader.js';
import { parseMetadata, sha256Hex } from './metadata-io.js';
import { isValidRoleName, namespacePattern } from './policy.js';
import { Audit, MAX_METADATA_BYTES, parseOrReport, readMetadata, type PublishedByRemovedKey, type RegistryProblem } from './registry-audit.js';
import { verifyNamespace } from './verify-namespace.js';

export { MAX_METADATA_BYTES, type PublishedByRemovedKey, type RegistryProblem } from './registry-audit.js';

export interface RegistryVerifyResult {
  ok: boolean;
  rootVersion: number;
  rootSha256: string | null;
  namespaces: number;
  /** Module roles read (one per module folder of a namespace written since module roles). */
  modules: number;
  targets: number;
  problems: RegistryProblem[];
  publishedByRemovedKeys: PublishedByRemovedKey[];
  /** Tarballs not read again because the caller had checked those very files before (VerifyRegistryOptions). */
  vouchedFor: number;
}

export interface VerifyRegistryOptions {
  now?: Date;
  /**
   * Whether the caller checked the stored file at `path`, of this signed
   * length, against these hashes before and knows it has not changed since
   * (a mirror's own folder, by inode and change time): such a tarball is not
   * read and hashed again. Index, advisory and adoption files are always read,
   * since their content is checked too.
   */
  checkedBefore?(path: string, length: number): Promise<boolean>;
}

/** Root versions read before a chain is taken as endless (a hostile registry). */
export const MAX_ROOT_VERSIONS = 10_000;

async function verifyRootChain(source: RegistryReader, audit: Audit): Promise<{ root: Metadata<Root> | null; version: number; firstSha256: string | null }> {
  let trusted: Metadata<Root> | null = null;
  let firstSha256: string | null = null;
  for (let version = 1; version < MAX_ROOT_VERSIONS; version++) {
    const rel = metadataPath('root', version);
    const bytes = await source.read(rel, MAX_METADATA_BYTES).catch(() => null);
    if (!bytes) {
      if (version === 1) audit.problem(rel, t('trust.verify.fileMissing'));
      break;
    }
    if (version === 1) firstSha256 = sha256Hex(bytes);
    const root = parseMetadata(MetadataKind.Root, bytes, rel);
    if (root.signed.version !== version) audit.problem(rel, t('trust.verify.claimsVersion', { version: root.signed.version }));
    if (trusted) audit.check(rel, () => trusted!.verifyDelegate('root', root));
    audit.check(rel, () => root.verifyDelegate('root', root));
    trusted = root;
  }
  if (trusted) audit.expiry(metadataPath('root', trusted.signed.version), trusted.signed.expires);
  return { root: trusted, version: trusted?.signed.version ?? 0, firstSha256 };
}

function verifyDelegationRules(targets: Metadata<Targets>, audit: Audit): void {
  const where = t('trust.verify.delegations');
  const roles = targets.signed.delegations?.roles ?? {};
  const raw = (targets.toJSON() as { signed?: { delegations?: { roles?: Array<{ name: string }> } } }).signed?.delegations?.roles ?? [];
  const names = raw.map((r) => r.name);
  if (new Set(names).size !== names.length) audit.problem(where, t('trust.verify.roleTwice'));
  for (const [name, role] of Object.entries(roles)) {
    if (!isValidRoleName(name)) audit.problem(where, t('trust.verify.roleName', { name }));
    if (!role.paths || role.paths.length !== 1 || role.paths[0] !== namespacePattern(name)) {
      audit.problem(where, t('trust.verify.rolePattern', { name, pattern: namespacePattern(name), paths: JSON.stringify(role.paths ?? role.pathHashPrefixes ?? []) }));
    }
    if (role.threshold < 1 || role.threshold > role.keyIDs.length) audit.problem(where, t('trust.verify.roleThreshold', { name, threshold: role.threshold, count: role.keyIDs.length }));
    for (const id of role.keyIDs) if (!targets.signed.delegations?.keys[id]) audit.problem(where, t('trust.verify.unknownKey', { name, keyId: id }));
  }
}

export async function verifyRegistry(source: RegistryReader, options: VerifyRegistryOptions = {}): Promise<RegistryVerifyResult> {
  const now = options.now ?? new Date();
  const audit = new Audit(now);
  const result: RegistryVerifyResult = { ok: false, rootVersion: 0, rootSha256: null, namespaces: 0, modules: 0, targets: 0, problems: audit.problems, publishedByRemovedKeys: audit.publishedByRemovedKeys, vouchedFor: 0 };
  const chain = await verifyRootChain(source, audit).catch((error: Error) => {
    audit.problem('root', error.message);
    return { root: null, version: 0, firstSha256: null };
  });
  result.rootVersion = chain.version;
  result.rootSha256 = chain.firstSha256;
  const root = chain.root;
  if (!root) return { ...result, ok: false };

  const timestampBytes = await readMetadata(source, timestampPath(), audit);
  const timestamp = timestampBytes && parseOrReport(MetadataKind.Timestamp, timestampBytes, timestampPath(), audit);
  if (!timestamp) return { ...result, ok: false };
  audit.check(timestampPath(), () => root.verifyDelegate('timestamp', timestamp as never));
  audit.expiry(timestampPath(), timestamp.signed.expires);
  const snapshotMeta = (timestamp.signed as unknown as { snapshotMeta: { version: number; length?: number; hashes?: Record<string, string> } }).snapshotMeta;
  const snapshotRel = metadataPath('snapshot', snapshotMeta.version);
  const snapshotBytes = await readMetadata(source, snapshotRel, audit);
  if (!snapshotBytes) return { ...result, ok: false };
  if (snapshotMeta.length !== undefined && snapshotMeta.length !== snapshotBytes.length) audit.problem(snapshotRel, t('trust.verify.snapshotLength'));
  if (snapshotMeta.hashes?.sha256 && snapshotMeta.hashes.sha256 !== sha256Hex(snapshotBytes)) audit.problem(snapshotRel, t('trust.verify.snapshotHash'));
  const snapshot = parseOrReport(MetadataKind.Snapshot, snapshotBytes, snapshotRel, audit);
  if (!snapshot) return { ...result, ok: false };
  audit.check(snapshotRel, () => root.verifyDelegate('snapshot', snapshot as never));
  audit.expiry(snapshotRel, snapshot.signed.expires);
  const meta = (snapshot.signed as unknown as { meta: Record<string, { version: number }> }).meta;

  const targetsVersion = meta['targets.json']?.version;
  if (!targetsVersion) {
    audit.problem(snapshotRel, t('trust.verify.noTargets'));
    return { ...result, ok: false };
  }
  const targetsRel = metadataPath('targets', targetsVersion);
  const targetsBytes = await readMetadata(source, targetsRel, audit);
  const targets = targetsBytes && (parseOrReport(MetadataKind.Targets, targetsBytes, targetsRel, audit) as Metadata<Targets> | null);
  if (!targets) return { ...result, ok: false };
  audit.check(targetsRel, () => root.verifyDelegate('targets', targets));
  audit.expiry(targetsRel, targets.signed.expires);
  if (targets.signed.version !== targetsVersion) audit.problem(targetsRel, t('trust.verify.versionDiffers', { version: targets.signed.version, expected: targetsVersion }));
  if (Object.keys(targets.signed.targets).length > 0) audit.problem(targetsRel, t('trust.verify.topLevelTargets'));
  verifyDelegationRules(targets, audit);

  const roles = targets.signed.delegations?.roles ?? {};
  // A role the snapshot lists and no delegation names is a removed namespace
  // or one of its module roles: it stays listed for good (TUF 1.0 section
  // 5.5.5), and no client reads it.
  for (const name of Object.keys(meta)) {
    const role = name.replace(/\.json$/, '');
    const module = parseModuleRoleName(role);
    const known = role === 'targets' || roles[role] || isValidRoleName(role) || (module && isValidRoleName(module.namespace));
    if (!name.endsWith('.json') || !known) audit.problem(snapshotRel, t('trust.verify.notNamespace', { name }));
  }
  const scope = { source, audit, meta, targets, checkedBefore: options.checkedBefore };
  for (const [name, delegation] of Object.entries(roles)) {
    if (!meta[`${name}.json`]) continue; // delegated but nothing published yet
    result.namespaces++;
    const tally = await verifyNamespace(scope, name, delegation);
    result.modules += tally.modules;
    result.targets += tally.targets;
    result.vouchedFor += tally.vouchedFor;
  }
  result.ok = audit.problems.length === 0;
  return result;
}

export function assertRegistryOk(result: Pick<RegistryVerifyResult, 'ok' | 'problems'>, label: string): void {
  if (!result.ok) {
    throw new GotongError('GOTONG_E_REGISTRY_VERIFY_FAILED', t('trust.verify.failed', { label, count: result.problems.length }), {
      hint: t('trust.verify.failed.hint'),
      details: { problems: result.problems },
    });
  }
}
