// One member namespace as `gotong registry verify` checks it (docs/REGISTRY.md,
// "Roles"). Its role is signed by the keys the targets role delegates to it
// (TUF 1.0 section 5.6.3). A namespace role written before module roles
// lists the namespace's targets itself; one written since lists none and
// delegates each module folder `<ns>/<folder>/*` to a module role with
// exactly the namespace's keys and threshold (module-roles.ts). Each module
// role is signed by the keys its namespace role, at the snapshot's version,
// names for it, delegates nothing, and lists only files of its own folder:
// so a namespace can hand no path to anyone but its own keys, and no module
// role can sign another module's files. Every target's stored file must be
// there with its signed length and both hashes, and what it holds must parse.
import { MetadataKind, type Metadata, type Targets } from '@tufjs/models';
import './linear-maps.js';
import { mapLimit } from '../core/concurrency.js';
import { t } from '../i18n/translate.js';
import { namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile } from '../manifest/advisory-files.js';
import { parseAttestationFile } from '../manifest/attestation-files.js';
import { parseModuleIndex } from '../manifest/module-index.js';
import { metadataPath, targetStoragePath } from './file-names.js';
import { moduleDelegationProblem, moduleRoleOf, moduleRolePattern, parseModuleRoleName, type ModuleKeySet } from './module-roles.js';
import { namespacePattern } from './policy.js';
import { say } from './phrase.js';
import { Audit, parseOrReport, readMetadata } from './registry-audit.js';
import type { RegistryReader } from './registry-reader.js';
import { matchesDelegation } from './role-index.js';
import { checkTargetBytes, integrityFromHashes } from './target-check.js';

type Delegation = NonNullable<NonNullable<Targets['delegations']>['roles']>[string];

const MAX_TARGET_BYTES = 2 * 1024 * 1024 * 1024;
const TARGET_READS_IN_FLIGHT = 16;

/** What every namespace's check reads from: the registry, the verified top-level roles, and the audit's options. */
export interface NamespaceAuditScope {
  source: RegistryReader;
  audit: Audit;
  /** The snapshot's `meta`: the version of every role. */
  meta: Record<string, { version: number }>;
  /** The top-level targets role, already checked. */
  targets: Metadata<Targets>;
  /** VerifyRegistryOptions.checkedBefore. */
  checkedBefore?(path: string, length: number): Promise<boolean>;
}

export interface NamespaceTally {
  /** Module roles read. */
  modules: number;
  targets: number;
  /** Tarballs not read again because the caller vouched for them. */
  vouchedFor: number;
}

/** How one role's targets are checked: the paths it may sign, in words and as a test. */
interface TargetScope {
  namespace: string;
  /** The role's name, shown before each of its targets. */
  role: string;
  outside: string;
  allows(path: string): boolean;
  /** The namespace's publisher key ids now, to notice versions published by a removed key. */
  currentKeyIds: string[];
}

/** The namespace's publisher keys as the targets role delegates them: what its module delegations must name. */
function namespaceKeys(targets: Metadata<Targets>, delegation: Delegation): ModuleKeySet {
  const keys = targets.signed.delegations?.keys ?? {};
  return { keyIds: [...delegation.keyIDs], threshold: delegation.threshold, keyJSON: Object.fromEntries(delegation.keyIDs.map((id) => [id, keys[id]?.toJSON()])) };
}

/** Reads a delegated role at the snapshot's version and checks it the way a client would: signatures, expiry, version. */
async function signedRole(scope: NamespaceAuditScope, name: string, version: number, delegator: Metadata<Targets>): Promise<Metadata<Targets> | null> {
  const { audit } = scope;
  const rel = metadataPath(name, version);
  const bytes = await readMetadata(scope.source, rel, audit);
  const role = bytes && (parseOrReport(MetadataKind.Targets, bytes, rel, audit) as Metadata<Targets> | null);
  if (!role) return null;
  audit.check(rel, () => delegator.verifyDelegate(name, role));
  audit.expiry(rel, role.signed.expires);
  if (role.signed.version !== version) audit.problem(rel, t('trust.verify.versionDiffers', { version: role.signed.version, expected: version }));
  return role;
}

function rawDelegations(role: Metadata<Targets>): Parameters<typeof moduleDelegationProblem>[1] {
  return (role.signed.toJSON() as { delegations?: Parameters<typeof moduleDelegationProblem>[1] }).delegations;
}

export async function verifyNamespace(scope: NamespaceAuditScope, name: string, delegation: Delegation): Promise<NamespaceTally> {
  const tally: NamespaceTally = { modules: 0, targets: 0, vouchedFor: 0 };
  const entry = scope.meta[`${name}.json`];
  const role = entry && (await signedRole(scope, name, entry.version, scope.targets));
  if (!role) return tally;
  const rel = metadataPath(name, entry.version);
  const currentKeyIds = [...delegation.keyIDs];
  // Its own targets: all of them before module roles; none since, but a client would still take them.
  await verifyTargets(scope, role, { namespace: name, role: name, outside: t('trust.verify.outsidePattern', { pattern: namespacePattern(name) }), allows: (path) => matchesDelegation(delegation, path), currentKeyIds }, tally);
  const delegations = rawDelegations(role);
  if (!delegations) return tally;
  const problem = moduleDelegationProblem(name, delegations, namespaceKeys(scope.targets, delegation));
  if (problem) scope.audit.problem(rel, say(problem));
  const listed = Object.keys(role.signed.targets).length;
  if (listed > 0) scope.audit.problem(rel, t('trust.verify.delegatorListsTargets', { count: listed }));
  for (const moduleName of Object.keys(role.signed.delegations?.roles ?? {}).sort()) {
    const parsed = parseModuleRoleName(moduleName);
    if (!parsed || parsed.namespace !== name) continue; // moduleDelegationProblem said so
    const moduleEntry = scope.meta[`${moduleName}.json`];
    if (!moduleEntry) {
      scope.audit.problem(rel, t('trust.verify.moduleNotListed', { role: moduleName }));
      continue;
    }
    const module = await signedRole(scope, moduleName, moduleEntry.version, role);
    if (!module) continue;
    tally.modules++;
    if (rawDelegations(module) !== undefined) scope.audit.problem(metadataPath(moduleName, moduleEntry.version), t('trust.verify.moduleDelegates'));
    const outside = t('trust.verify.outsideModule', { pattern: moduleRolePattern(name, parsed.folder) });
    await verifyTargets(scope, module, { namespace: name, role: moduleName, outside, allows: (path) => moduleRoleOf(path) === moduleName, currentKeyIds }, tally);
  }
  return tally;
}

/**
 * Checks every target a role lists. Several are read at a time: a registry
 * read through git answers in order, and keeping reads in flight hides each
 * one's latency. Each target gets its own list of problems, reported in the
 * role's order.
 */
async function verifyTargets(scope: NamespaceAuditScope, role: Metadata<Targets>, targetScope: TargetScope, tally: NamespaceTally): Promise<void> {
  const paths = Object.keys(role.signed.targets);
  tally.targets += paths.length;
  const found = await mapLimit(paths, TARGET_READS_IN_FLIGHT, async (path) => {
    const local = new Audit(scope.audit.now);
    if (await verifyTarget(scope, role, targetScope, path, local)) tally.vouchedFor++;
    return local;
  });
  for (const local of found) scope.audit.merge(local);
}

/** Checks one target; resolves true when it was a tarball the caller vouched for (NamespaceAuditScope.checkedBefore) and so was not read. */
async function verifyTarget(scope: NamespaceAuditScope, role: Metadata<Targets>, targetScope: TargetScope, path: string, audit: Audit): Promise<boolean> {
  const info = role.signed.targets[path];
  const where = `${targetScope.role}: ${path}`;
  if (!targetScope.allows(path)) audit.problem(where, targetScope.outside);
  if (!info.hashes.sha256 || !info.hashes.sha512) {
    audit.problem(where, t('trust.verify.bothHashes'));
    return false;
  }
  const stored = targetStoragePath(path, info.hashes.sha256);
  const kind = namespaceFileOf(path).kind;
  if (kind === 'other' && (await scope.checkedBefore?.(stored, info.length))) return true;
  let bytes: Buffer | null = null;
  try {
    bytes = await scope.source.read(stored, Math.min(info.length, MAX_TARGET_BYTES));
  } catch (error) {
    audit.problem(where, (error as Error).message);
    return false;
  }
  if (!bytes) {
    audit.problem(where, t('trust.verify.targetFileMissing', { path: stored }));
    return false;
  }
  if (!audit.check(where, () => checkTargetBytes(info, bytes!))) return false;
  if (kind === 'index') verifyIndexTarget(targetScope, path, bytes, role, audit);
  // An advisory, adoption record or attestations file must parse and agree with the path it is signed at.
  else if (kind === 'advisories') audit.check(path, () => parseAdvisoryFile(bytes!, path));
  else if (kind === 'adoption') audit.check(path, () => parseAdoptionRecord(bytes!, path));
  else if (kind === 'attestations') audit.check(path, () => parseAttestationFile(bytes!, path));
  return false;
}

/** A module index names only tarballs the same role signs, with their signed length and hashes. */
function verifyIndexTarget(targetScope: TargetScope, path: string, bytes: Buffer, role: Metadata<Targets>, audit: Audit): void {
  const moduleName = `@${targetScope.namespace}/${path.split('/')[1]}`;
  audit.check(path, () => {
    const index = parseModuleIndex(bytes, moduleName);
    for (const [version, entry] of Object.entries(index.versions)) {
      if (!targetScope.currentKeyIds.includes(entry.publisherKeyId)) audit.publishedByRemovedKeys.push({ module: moduleName, version, publisherKeyId: entry.publisherKeyId });
      const info = role.signed.targets[entry.target];
      if (!info) {
        audit.problem(path, t('trust.verify.indexNamesUnsigned', { version, target: entry.target }));
        continue;
      }
      if (info.length !== entry.length || integrityFromHashes(info.hashes) !== entry.integrity) audit.problem(path, t('trust.verify.indexDisagrees', { version }));
    }
  });
}
