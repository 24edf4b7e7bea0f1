// What `registry accept` checks of a proposal (docs/REGISTRY.md, "Staged
// publishing") before the registry's own key signs it into the snapshot: the
// proposed namespace role is the next version, unexpired, names only its
// namespace's paths, keeps every published tarball as it was, and every file
// it names that is new is among the files the proposal adds, with the signed
// length and hashes; module indexes keep every published version as it was
// (only yank and deprecation may change) and agree with the targets they
// name; advisories and adoption records parse, are bounded and agree with
// their path, keep every published advisory, and a record is replaced only by
// a newer one (manifest/advisory-files.ts); attestations parse, agree with
// their path, keep every earlier statement, and each new statement names a
// version the subject's signed index publishes with the same integrity
// (manifest/attestation-files.ts). The signatures themselves are checked where the role is adopted
// (RegistryWriter.adoptSigned), against the delegation's current keys and
// threshold. Pure: the caller reads git.
import { MetadataKind, type Metadata, type Targets } from '@tufjs/models';
import { isGotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile } from '../manifest/advisory-files.js';
import { droppedStatement, parseAttestationFile } from '../manifest/attestation-files.js';
import { parseModuleIndex } from '../manifest/module-index.js';
import { indexTarget, parseModuleName } from '../manifest/names.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { TARGETS_DIR } from '../core/registry-folders.js';
import { targetStoragePath } from './file-names.js';
import { parseMetadata } from './metadata-io.js';
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
  roleBytes: Buffer;
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

/**
 * The proposed role, parsed, when it passes every check but the signatures;
 * a ProposalRefusal saying why not otherwise. `current` is the namespace's
 * role on main now (null before its first publish), `previousIndex` reads a
 * module index as main signs it now, `publishedFile` a file of any namespace
 * as the registry signs it now (attestations name other cities' versions).
 */
export async function reviewProposedRole(
  proposal: ProposedChange,
  current: Metadata<Targets> | null,
  delegation: DelegatedRole | undefined,
  previousIndex: (targetPath: string) => Promise<Buffer | null>,
  now: Date,
  publishedFile: (targetPath: string) => Promise<Buffer | null> = async () => null,
): Promise<Metadata<Targets>> {
  const { namespace } = proposal;
  if (!delegation) refuseFor('trust.proposal.noNamespace', { namespace });
  const role = parsed(() => parseMetadata(MetadataKind.Targets, proposal.roleBytes, t('trust.proposal.proposedRole', { namespace })));
  const currentVersion = current?.signed.version ?? 0;
  if (role.signed.version !== currentVersion + 1) {
    refuseFor('trust.proposal.notNextVersion', { base: role.signed.version - 1, namespace, current: currentVersion });
  }
  if (!(new Date(role.signed.expires).getTime() > now.getTime())) refuseFor('trust.proposal.expired', { namespace, expires: role.signed.expires });
  if (role.signed.delegations) refuseFor('trust.proposal.delegates', { namespace });
  const proposed = role.signed.targets;
  const before = current?.signed.targets ?? {};
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
  return role;
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
