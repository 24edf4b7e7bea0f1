// What `registry accept` checks of a proposal (docs/REGISTRY.md, "Staged
// publishing") before the registry's own key signs it into the snapshot.
// A proposal signs the namespace role and the module roles it touches
// (module-roles.ts): the namespace role is the next version, unexpired, and
// either delegates exactly its module roles in gotong's shape and lists no
// target itself, or (as gotong wrote before module roles) lists targets and
// delegates nothing; each module role is the next version of that role,
// unexpired, delegated by the proposed namespace role, delegates nothing and
// lists only its own folder's files. The rest is checked on the namespace's
// targets flattened over its roles, before and after: it names only its
// namespace's paths, keeps every published tarball as it was, and every file
// it names that is new is among the files the proposal adds, with the signed
// length and hashes; module indexes keep every published version as it was
// (only yank and deprecation may change) and agree with the targets they
// name; advisories and adoption records parse, are bounded and agree with
// their path, keep every published advisory, and a record is replaced only by
// a newer one (manifest/advisory-files.ts); attestations parse, agree with
// their path, keep every earlier statement, and each new statement names a
// version the subject's signed index publishes with the same integrity
// (manifest/attestation-files.ts). The signatures themselves are checked
// before the roles are adopted (change/proposal-chain.ts), as a client
// checks them: the namespace role against the targets role's delegation, a
// module role against the proposed namespace role's. Pure: the caller reads
// git.
import { MetadataKind, type Metadata, type Targets } from '@tufjs/models';
import { bug, isGotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile } from '../manifest/advisory-files.js';
import { droppedStatement, parseAttestationFile } from '../manifest/attestation-files.js';
import { parseModuleIndex } from '../manifest/module-index.js';
import { indexTarget, parseModuleName } from '../manifest/names.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { TARGETS_DIR } from '../core/registry-folders.js';
import { targetStoragePath } from './file-names.js';
import { parseMetadata } from './metadata-io.js';
import { moduleDelegationProblem, moduleRoleOf, moduleRolePattern, parseModuleRoleName, type ModuleKeySet } from './module-roles.js';
import { inBothLanguages, phrase, say, type Bilingual, type Phrase, type PhraseValue } from './phrase.js';
import { checkTargetBytes, integrityFromHashes } from './target-check.js';

type DelegatedRole = NonNullable<NonNullable<Targets['delegations']>['roles']>[string];

/**
 * Why a proposal is refused, in words its publisher can act on: `message` in
 * the user's language for the terminal, `english` for the refused/ record
 * written into the registry, whose content does not depend on who ran accept.
 */
export class ProposalRefusal extends Error {
  readonly english: string;

  constructor(message: string, english: string = message) {
    super(message);
    this.name = 'ProposalRefusal';
    this.english = english;
  }
}

export interface ProposedChange {
  namespace: string;
  /** The proposed namespace role. */
  roleBytes: Buffer;
  /** The proposed module roles, by role name (`bandung.sipd`). */
  moduleRoles?: Map<string, Buffer>;
  /** The files the proposal adds to the namespace, by path inside the namespace (`<module>/<sha256>.<file>`). */
  added: Map<string, Buffer>;
  /**
   * A file the namespace already holds at that path, before the proposal, or
   * null. Files are named by their sha256, so undoing a yank signs again an
   * index file the namespace kept: it is there, not added. Checked against
   * the signed length and hashes like an added one.
   */
  held?(path: string): Promise<Buffer | null>;
}

/** The namespace as main signs it now. */
export interface CurrentNamespace {
  /** Its namespace role; null before its first publish. */
  role: Metadata<Targets> | null;
  /** Its module roles that main signs, by role name, verified. */
  modules: Map<string, Metadata<Targets>>;
  /** Its delegation in the targets role; undefined for a namespace the registry does not have. */
  delegation: DelegatedRole | undefined;
  /** Its publisher keys and threshold as the targets role delegates them: what every module delegation names. */
  keys: ModuleKeySet;
  /**
   * The version the snapshot lists for a role, 0 for one never signed: a
   * module role's next version follows it (a client refuses a snapshot whose
   * version of a role goes back). Without it, that of `modules`.
   */
  listedVersion?(role: string): number;
}

/** What passed review, to adopt in this order. */
export interface ReviewedProposal {
  role: Metadata<Targets>;
  modules: Array<{ role: string; metadata: Metadata<Targets> }>;
}

/** Index fields a later change may set on a published version; the rest never change. */
const MUTABLE_FIELDS = new Set(['yanked', 'yankedReason', 'yankedAt', 'deprecated']);

function refuse(reason: Phrase | Bilingual): never {
  // The English side goes into the registry's refused/ record (registry content, translateTo('en') through say()).
  if ('key' in reason) throw new ProposalRefusal(say(reason), say(reason, 'en'));
  throw new ProposalRefusal(reason.shown, reason.english);
}

function refuseFor(key: Phrase['key'], values: Record<string, PhraseValue> = {}): never {
  refuse(phrase(key, values));
}

function sameTarget(a: { length: number; hashes: Record<string, string> }, b: { length: number; hashes: Record<string, string> }): boolean {
  const keys = new Set([...Object.keys(a.hashes), ...Object.keys(b.hashes)]);
  return a.length === b.length && [...keys].every((k) => a.hashes[k] === b.hashes[k]);
}

/** Runs a parser; a file it refuses refuses the proposal, with its message (in English too: the parser runs again in English). */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isGotongError(error)) refuse(inBothLanguages(error, parse));
    throw error;
  }
}

function parseIndex(bytes: Buffer, moduleName: string): ModuleIndex {
  return parsed(() => parseModuleIndex(bytes, moduleName));
}

function comparableEntry(entry: IndexVersion): string {
  return JSON.stringify(Object.entries(entry).filter(([k]) => !MUTABLE_FIELDS.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A proposed role, parsed: the next version after `listed`, unexpired. */
function proposedRole(name: string, bytes: Buffer, listed: number, now: Date): Metadata<Targets> {
  const role = parsed(() => parseMetadata(MetadataKind.Targets, bytes, t('trust.proposal.proposedRole', { namespace: name })));
  if (role.signed.version !== listed + 1) refuseFor('trust.proposal.notNextVersion', { base: role.signed.version - 1, namespace: name, current: listed });
  if (!(new Date(role.signed.expires).getTime() > now.getTime())) refuseFor('trust.proposal.expired', { namespace: name, expires: role.signed.expires });
  return role;
}

/**
 * The module roles the proposed namespace role delegates, by name, when it
 * delegates them as gotong does and lists no target beside them. A role
 * without delegations (as gotong wrote before module roles) delegates none.
 */
function delegatedModules(namespace: string, role: Metadata<Targets>, bytes: Buffer, keys: ModuleKeySet): Set<string> {
  if (!role.signed.delegations) return new Set();
  // The delegations as signed: the parsed form folds a role named twice into one.
  const signed = (JSON.parse(bytes.toString('utf8')) as { signed: { delegations?: Parameters<typeof moduleDelegationProblem>[1] } }).signed.delegations;
  const problem = moduleDelegationProblem(namespace, signed, keys);
  if (problem) refuseFor('trust.proposal.moduleDelegations', { namespace, problem });
  if (Object.keys(role.signed.targets).length > 0) refuseFor('trust.proposal.targetsBesideDelegations', { namespace });
  return new Set(Object.keys(role.signed.delegations.roles ?? {}));
}

/** Each proposed module role, parsed: delegated, the next version, unexpired, delegating nothing, naming only its own folder's files. */
function reviewModuleRoles(proposal: ProposedChange, current: CurrentNamespace, delegated: Set<string>, now: Date): ReviewedProposal['modules'] {
  const modules: ReviewedProposal['modules'] = [];
  for (const [name, bytes] of [...(proposal.moduleRoles ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!delegated.has(name)) refuseFor('trust.proposal.moduleNotDelegated', { role: name, namespace: proposal.namespace });
    const listed = current.listedVersion?.(name) ?? current.modules.get(name)?.signed.version ?? 0;
    const role = proposedRole(name, bytes, listed, now);
    if (role.signed.delegations) refuseFor('trust.proposal.moduleDelegates', { role: name });
    const outside = Object.keys(role.signed.targets).find((path) => moduleRoleOf(path) !== name);
    if (outside !== undefined) {
      const { namespace, folder } = parseModuleRoleName(name) ?? bug(`${name} is not a module role's name`);
      refuseFor('trust.proposal.moduleOutsideFolder', { role: name, path: JSON.stringify(outside.slice(0, 200)), folder: moduleRolePattern(namespace, folder) });
    }
    modules.push({ role: name, metadata: role });
  }
  return modules;
}

function flatten(roles: Array<Metadata<Targets> | null | undefined>): Targets['targets'] {
  return Object.assign({}, ...roles.map((role) => role?.signed.targets ?? {})) as Targets['targets'];
}

/**
 * The proposed roles, parsed, when they pass every check but the
 * signatures; a ProposalRefusal saying why not otherwise. `current` is the
 * namespace as main signs it now, `previousIndex` reads a file of the
 * namespace as main signs it now, `publishedFile` a file of any namespace
 * as the registry signs it now (attestations name other cities' versions).
 */
export async function reviewProposal(
  proposal: ProposedChange,
  current: CurrentNamespace,
  previousIndex: (targetPath: string) => Promise<Buffer | null>,
  now: Date,
  publishedFile: (targetPath: string) => Promise<Buffer | null> = async () => null,
): Promise<ReviewedProposal> {
  const { namespace } = proposal;
  const { delegation } = current;
  if (!delegation) refuseFor('trust.proposal.noNamespace', { namespace });
  const role = proposedRole(namespace, proposal.roleBytes, current.role?.signed.version ?? 0, now);
  const delegated = delegatedModules(namespace, role, proposal.roleBytes, current.keys);
  const modules = reviewModuleRoles(proposal, current, delegated, now);
  const resigned = new Set(modules.map((m) => m.role));
  for (const name of [...delegated].sort()) {
    if (!resigned.has(name) && !current.modules.has(name)) refuseFor('trust.proposal.moduleUnsigned', { namespace, role: name });
  }
  // A module role the proposal leaves as it is counts while the proposed role still delegates it; one it stops delegating is dropped with its files.
  const kept = [...current.modules].filter(([name]) => delegated.has(name) && !resigned.has(name)).map(([, module]) => module);
  const proposed = flatten([role, ...modules.map((m) => m.metadata), ...kept]);
  const before = flatten([current.role, ...current.modules.values()]);
  for (const [path, info] of Object.entries(before)) {
    const next = proposed[path];
    if (!next) refuseFor('trust.proposal.drops', { path });
    // An index changes with every publish, yank and deprecation of its module
    // (reviewIndex below); advisories and adoption records with each new one.
    if (namespaceFileOf(path).kind === 'other' && !sameTarget(info, next)) refuseFor('trust.proposal.changesPublished', { path });
  }
  const prefix = `${TARGETS_DIR}/${namespace}/`;
  const used = new Set<string>();
  for (const [path, info] of Object.entries(proposed)) {
    if (!delegation.isDelegatedPath(path) || path.split('/').length !== 3) refuseFor('trust.proposal.outsideNamespace', { path: JSON.stringify(path.slice(0, 200)), namespace });
    if (!info.hashes.sha256 || !info.hashes.sha512) refuseFor('trust.proposal.lacksHashes', { path });
    const old = before[path];
    if (old && sameTarget(old, info)) continue;
    const stored = targetStoragePath(path, info.hashes.sha256).slice(prefix.length);
    const added = proposal.added.get(stored);
    const bytes = added ?? (await proposal.held?.(stored)) ?? null;
    if (!bytes) refuseFor('trust.proposal.fileNotAdded', { path });
    try {
      checkTargetBytes({ path, length: info.length, hashes: info.hashes }, bytes);
    } catch {
      refuseFor('trust.proposal.fileMismatch', { path });
    }
    if (added) used.add(stored);
    const kind = namespaceFileOf(path).kind;
    if (kind === 'index') await reviewIndex(path, bytes, proposed, previousIndex);
    else if (kind === 'advisories') await reviewAdvisories(path, bytes, proposed, previousIndex);
    else if (kind === 'adoption') await reviewAdoption(path, bytes, previousIndex);
    else if (kind === 'attestations') await reviewAttestations(path, bytes, previousIndex, publishedFile);
  }
  const stray = [...proposal.added.keys()].find((p) => !used.has(p));
  if (stray) refuseFor('trust.proposal.strayFile', { path: JSON.stringify(stray.slice(0, 200)) });
  return { role, modules };
}

async function reviewIndex(path: string, bytes: Buffer, proposed: Targets['targets'], previousIndex: (targetPath: string) => Promise<Buffer | null>): Promise<void> {
  const [namespace, module] = path.split('/');
  const moduleName = `@${namespace}/${module}`;
  const index = parseIndex(bytes, moduleName);
  for (const [version, entry] of Object.entries(index.versions)) {
    const info = proposed[entry.target];
    if (!info) refuseFor('trust.proposal.indexNamesUnsigned', { module: `${moduleName}@${version}`, target: entry.target });
    if (info.length !== entry.length || integrityFromHashes(info.hashes) !== entry.integrity || info.hashes.sha256 !== entry.sha256) {
      refuseFor('trust.proposal.indexDisagrees', { module: `${moduleName}@${version}`, target: entry.target });
    }
  }
  const previous = await previousIndex(path);
  if (!previous) return;
  const old = parseIndex(previous, moduleName);
  for (const [version, entry] of Object.entries(old.versions)) {
    const next = index.versions[version];
    if (!next) refuseFor('trust.proposal.removesVersion', { module: `${moduleName}@${version}` });
    if (comparableEntry(next) !== comparableEntry(entry)) refuseFor('trust.proposal.changesVersion', { module: `${moduleName}@${version}` });
  }
}

async function reviewAdvisories(path: string, bytes: Buffer, proposed: Targets['targets'], previousFile: (targetPath: string) => Promise<Buffer | null>): Promise<void> {
  const file = parsed(() => parseAdvisoryFile(bytes, path));
  const index = `${path.slice(0, -'advisories.json'.length)}index.json`;
  if (!proposed[index]) refuseFor('trust.proposal.advisoriesForUnknown', { module: file.name });
  const previous = await previousFile(path);
  if (!previous) return;
  const kept = new Set(file.advisories.map((a) => a.id));
  const dropped = parsed(() => parseAdvisoryFile(previous, path)).advisories.find((a) => !kept.has(a.id));
  if (dropped) refuseFor('trust.proposal.removesAdvisory', { advisory: JSON.stringify(dropped.id), module: file.name });
}

async function reviewAdoption(path: string, bytes: Buffer, previousFile: (targetPath: string) => Promise<Buffer | null>): Promise<void> {
  const record = parsed(() => parseAdoptionRecord(bytes, path));
  const previous = await previousFile(path);
  if (!previous) return;
  const old = parsed(() => parseAdoptionRecord(previous, path));
  if (Date.parse(record.reportedAt) <= Date.parse(old.reportedAt)) refuseFor('trust.proposal.adoptionNotNewer', { path, published: old.reportedAt });
}

/** Append-only, and every new statement is about a version its subject publishes with that integrity. */
async function reviewAttestations(
  path: string,
  bytes: Buffer,
  previousFile: (targetPath: string) => Promise<Buffer | null>,
  publishedFile: (targetPath: string) => Promise<Buffer | null>,
): Promise<void> {
  const file = parsed(() => parseAttestationFile(bytes, path));
  const previous = await previousFile(path);
  const old = previous ? parsed(() => parseAttestationFile(previous, path)) : null;
  if (old) {
    const dropped = droppedStatement(old, file);
    if (dropped) refuseFor('attest.review.dropsStatement', { module: `${dropped.statement.module}@${dropped.statement.version}`, path });
  }
  const indexes = new Map<string, ModuleIndex | null>();
  for (const statement of file.statements.slice(old?.statements.length ?? 0)) {
    const shown = `${statement.module}@${statement.version}`;
    if (!indexes.has(statement.module)) {
      const { namespace, name } = parseModuleName(statement.module);
      const index = await publishedFile(indexTarget(namespace, name));
      indexes.set(statement.module, index && parseIndex(index, statement.module));
    }
    const entry = indexes.get(statement.module)?.versions[statement.version];
    if (!entry) refuseFor('attest.review.unknownVersion', { module: shown });
    if (entry.integrity !== statement.integrity) refuseFor('attest.review.otherIntegrity', { module: shown, integrity: statement.integrity.slice(0, 20) });
  }
}
