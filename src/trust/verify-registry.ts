// `gotong registry verify`: checks a whole registry the way an auditor would,
// independently of any client's history: the root chain (TUF 1.0 section
// 5.3: each new root signed by the old and the new threshold), every role's
// signatures, threshold and expiry, snapshot and timestamp consistency
// (5.4, 5.5), gotong's delegation rules (policy.ts) and every target's length
// and hashes. It reports every problem it finds instead of stopping at one.
import { Metadata, MetadataKind, type Root, type Targets } from '@tufjs/models';
import './linear-maps.js';
import { mapLimit } from '../core/concurrency.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile } from '../manifest/advisory-files.js';
import { parseAttestationFile } from '../manifest/attestation-files.js';
import { parseModuleIndex } from '../manifest/module-index.js';
import { metadataPath, targetStoragePath, timestampPath } from './file-names.js';
import type { RegistryReader } from './registry-reader.js';
import { parseMetadata, sha256Hex } from './metadata-io.js';
import { isValidRoleName, namespacePattern } from './policy.js';
import { matchesDelegation } from './role-index.js';
import { checkTargetBytes, integrityFromHashes } from './target-check.js';

export interface RegistryProblem {
  where: string;
  message: string;
}

/**
 * A version whose index entry names a publisher key that its namespace no
 * longer lists (a key revoked with `registry namespace-keys`). Not a
 * problem: the namespace's current keys re-signed its bytes when the key was
 * revoked, so clients still verify them; but an auditor reviews what such a
 * key published (docs/DECISIONS.md, "Versions published by a removed key").
 */
export interface PublishedByRemovedKey {
  module: string;
  version: string;
  publisherKeyId: string;
}

export interface RegistryVerifyResult {
  ok: boolean;
  rootVersion: number;
  rootSha256: string | null;
  namespaces: number;
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

/** The most bytes one metadata file may take when read for an audit or a status. */
export const MAX_METADATA_BYTES = 64 * 1024 * 1024;
const MAX_TARGET_BYTES = 2 * 1024 * 1024 * 1024;
const TARGET_READS_IN_FLIGHT = 16;
/** Root versions read before a chain is taken as endless (a hostile registry). */
export const MAX_ROOT_VERSIONS = 10_000;

class Audit {
  readonly problems: RegistryProblem[] = [];
  readonly publishedByRemovedKeys: PublishedByRemovedKey[] = [];
  constructor(private readonly now: Date) {}

  problem(where: string, message: string): void {
    this.problems.push({ where, message });
  }

  /** Runs a check; a thrown error becomes a problem, and the audit goes on. */
  check(where: string, work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      this.problem(where, (error as Error).message);
      return false;
    }
  }

  expiry(where: string, expires: string): void {
    const time = Date.parse(expires);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(expires) || Number.isNaN(time)) this.problem(where, t('trust.verify.expiryInvalid', { expires }));
    else if (time <= this.now.getTime()) this.problem(where, t('trust.verify.expired', { expires }));
  }
}

async function readMetadata(source: RegistryReader, rel: string, audit: Audit): Promise<Buffer | null> {
  try {
    const bytes = await source.read(rel, MAX_METADATA_BYTES);
    if (!bytes) audit.problem(rel, t('trust.verify.fileMissing'));
    return bytes;
  } catch (error) {
    audit.problem(rel, (error as Error).message);
    return null;
  }
}

function parseOrReport<K extends MetadataKind>(kind: K, bytes: Buffer, rel: string, audit: Audit) {
  try {
    return parseMetadata(kind as MetadataKind.Root, bytes, rel) as unknown as Metadata<K extends MetadataKind.Root ? Root : Targets>;
  } catch (error) {
    audit.problem(rel, (error as Error).message);
    return null;
  }
}

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
  const result: RegistryVerifyResult = { ok: false, rootVersion: 0, rootSha256: null, namespaces: 0, targets: 0, problems: audit.problems, publishedByRemovedKeys: audit.publishedByRemovedKeys, vouchedFor: 0 };
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
  // A role the snapshot lists and no delegation names is a removed namespace:
  // it stays listed for good (TUF 1.0 section 5.5.5), and no client reads it.
  for (const name of Object.keys(meta)) {
    const role = name.replace(/\.json$/, '');
    if (role !== 'targets' && !roles[role] && (!name.endsWith('.json') || !isValidRoleName(role))) audit.problem(snapshotRel, t('trust.verify.notNamespace', { name }));
  }
  for (const [name, delegation] of Object.entries(roles)) {
    const entry = meta[`${name}.json`];
    if (!entry) continue; // delegated but nothing published yet
    result.namespaces++;
    const rel = metadataPath(name, entry.version);
    const bytes = await readMetadata(source, rel, audit);
    const role = bytes && (parseOrReport(MetadataKind.Targets, bytes, rel, audit) as Metadata<Targets> | null);
    if (!role) continue;
    audit.check(rel, () => targets.verifyDelegate(name, role));
    audit.expiry(rel, role.signed.expires);
    if (role.signed.version !== entry.version) audit.problem(rel, t('trust.verify.versionDiffers', { version: role.signed.version, expected: entry.version }));
    const paths = Object.keys(role.signed.targets);
    result.targets += paths.length;
    // Several targets are read at a time: a registry read through git answers
    // in order, and keeping reads in flight hides each one's latency. Each
    // target gets its own list of problems, reported in the role's order.
    const found = await mapLimit(paths, TARGET_READS_IN_FLIGHT, async (path) => {
      const local = new Audit(now);
      if (await verifyTarget(source, name, delegation, role, path, local, options)) result.vouchedFor++;
      return local;
    });
    for (const local of found) {
      audit.problems.push(...local.problems);
      audit.publishedByRemovedKeys.push(...local.publishedByRemovedKeys);
    }
  }
  result.ok = audit.problems.length === 0;
  return result;
}

/** Checks one target; resolves true when it was a tarball the caller vouched for (VerifyRegistryOptions.checkedBefore) and so was not read. */
async function verifyTarget(source: RegistryReader, name: string, delegation: Parameters<typeof matchesDelegation>[0] & { keyIDs: string[] }, role: Metadata<Targets>, path: string, audit: Audit, options: VerifyRegistryOptions): Promise<boolean> {
  const info = role.signed.targets[path];
  const where = `${name}: ${path}`;
  if (!matchesDelegation(delegation, path)) audit.problem(where, t('trust.verify.outsidePattern', { pattern: namespacePattern(name) }));
  if (!info.hashes.sha256 || !info.hashes.sha512) {
    audit.problem(where, t('trust.verify.bothHashes'));
    return false;
  }
  const stored = targetStoragePath(path, info.hashes.sha256);
  const kind = namespaceFileOf(path).kind;
  if (kind === 'other' && (await options.checkedBefore?.(stored, info.length))) return true;
  let bytes: Buffer | null = null;
  try {
    bytes = await source.read(stored, Math.min(info.length, MAX_TARGET_BYTES));
  } catch (error) {
    audit.problem(where, (error as Error).message);
    return false;
  }
  if (!bytes) {
    audit.problem(where, t('trust.verify.targetFileMissing', { path: stored }));
    return false;
  }
  if (!audit.check(where, () => checkTargetBytes(info, bytes!))) return false;
  if (kind === 'index') verifyIndexTarget(name, path, bytes, role, delegation.keyIDs, audit);
  // An advisory, adoption record or attestations file must parse and agree with the path it is signed at.
  else if (kind === 'advisories') audit.check(path, () => parseAdvisoryFile(bytes!, path));
  else if (kind === 'adoption') audit.check(path, () => parseAdoptionRecord(bytes!, path));
  else if (kind === 'attestations') audit.check(path, () => parseAttestationFile(bytes!, path));
  return false;
}

function verifyIndexTarget(namespace: string, path: string, bytes: Buffer, role: Metadata<Targets>, currentKeyIds: string[], audit: Audit): void {
  const moduleName = `@${namespace}/${path.split('/')[1]}`;
  audit.check(path, () => {
    const index = parseModuleIndex(bytes, moduleName);
    for (const [version, entry] of Object.entries(index.versions)) {
      if (!currentKeyIds.includes(entry.publisherKeyId)) audit.publishedByRemovedKeys.push({ module: moduleName, version, publisherKeyId: entry.publisherKeyId });
      const info = role.signed.targets[entry.target];
      if (!info) {
        audit.problem(path, t('trust.verify.indexNamesUnsigned', { version, target: entry.target }));
        continue;
      }
      if (info.length !== entry.length || integrityFromHashes(info.hashes) !== entry.integrity) audit.problem(path, t('trust.verify.indexDisagrees', { version }));
    }
  });
}

export function assertRegistryOk(result: Pick<RegistryVerifyResult, 'ok' | 'problems'>, label: string): void {
  if (!result.ok) {
    throw new GotongError('GOTONG_E_REGISTRY_VERIFY_FAILED', t('trust.verify.failed', { label, count: result.problems.length }), {
      hint: t('trust.verify.failed.hint'),
      details: { problems: result.problems },
    });
  }
}
