// What `registry accept` checks of a proposal (docs/REGISTRY.md, "Staged
// publishing") before the registry's own key signs it into the snapshot: the
// proposed namespace role is the next version, unexpired, names only its
// namespace's paths, keeps every published tarball as it was, and every file
// it names that is new is among the files the proposal adds, with the signed
// length and hashes; module indexes keep every published version as it was
// (only yank and deprecation may change) and agree with the targets they
// name; advisories and adoption records parse, are bounded and agree with
// their path, keep every published advisory, and a record is replaced only by
// a newer one (manifest/advisory-files.ts). The signatures themselves are checked where the role is adopted
// (RegistryWriter.adoptSigned), against the delegation's current keys and
// threshold. Pure: the caller reads git.
import { MetadataKind, type Metadata, type Targets } from '@tufjs/models';
import { isGotongError } from '../core/errors.js';
import { namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile } from '../manifest/advisory-files.js';
import { parseModuleIndex } from '../manifest/module-index.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { TARGETS_DIR } from '../core/registry-folders.js';
import { targetStoragePath } from './file-names.js';
import { parseMetadata } from './metadata-io.js';
import { checkTargetBytes, integrityFromHashes } from './target-check.js';

type DelegatedRole = NonNullable<NonNullable<Targets['delegations']>['roles']>[string];

/** Why a proposal is refused, in words its publisher can act on. */
export class ProposalRefusal extends Error {}

export interface ProposedChange {
  namespace: string;
  roleBytes: Buffer;
  /** The files the proposal adds to the namespace, by path inside the namespace (`<module>/<sha256>.<file>`). */
  added: Map<string, Buffer>;
}

/** Index fields a later change may set on a published version; the rest never change. */
const MUTABLE_FIELDS = new Set(['yanked', 'yankedReason', 'yankedAt', 'deprecated']);

function refuse(reason: string): never {
  throw new ProposalRefusal(reason);
}

function sameTarget(a: { length: number; hashes: Record<string, string> }, b: { length: number; hashes: Record<string, string> }): boolean {
  const keys = new Set([...Object.keys(a.hashes), ...Object.keys(b.hashes)]);
  return a.length === b.length && [...keys].every((k) => a.hashes[k] === b.hashes[k]);
}

/** Runs a parser; a file it refuses refuses the proposal, with its message. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isGotongError(error)) refuse(error.message);
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
 * module index as main signs it now.
 */
export async function reviewProposedRole(
  proposal: ProposedChange,
  current: Metadata<Targets> | null,
  delegation: DelegatedRole | undefined,
  previousIndex: (targetPath: string) => Promise<Buffer | null>,
  now: Date,
): Promise<Metadata<Targets>> {
  const { namespace } = proposal;
  if (!delegation) refuse(`the registry has no namespace ${namespace}`);
  let role: Metadata<Targets>;
  try {
    role = parseMetadata(MetadataKind.Targets, proposal.roleBytes, `the proposed ${namespace} role`);
  } catch (error) {
    if (isGotongError(error)) refuse(error.message);
    throw error;
  }
  const currentVersion = current?.signed.version ?? 0;
  if (role.signed.version !== currentVersion + 1) {
    refuse(`it builds on version ${role.signed.version - 1} of the ${namespace} role, but the registry is at version ${currentVersion}: publish again`);
  }
  if (!(new Date(role.signed.expires).getTime() > now.getTime())) refuse(`the proposed ${namespace} role expired on ${role.signed.expires}`);
  if (role.signed.delegations) refuse(`the proposed ${namespace} role delegates to other roles, which a namespace role never does`);
  const proposed = role.signed.targets;
  const before = current?.signed.targets ?? {};
  for (const [path, info] of Object.entries(before)) {
    const next = proposed[path];
    if (!next) refuse(`it drops ${path}, which is published`);
    // An index changes with every publish, yank and deprecation of its module
    // (reviewIndex below); advisories and adoption records with each new one.
    if (namespaceFileOf(path).kind === 'other' && !sameTarget(info, next)) refuse(`it changes ${path}, which is published`);
  }
  const prefix = `${TARGETS_DIR}/${namespace}/`;
  const used = new Set<string>();
  for (const [path, info] of Object.entries(proposed)) {
    if (!delegation.isDelegatedPath(path) || path.split('/').length !== 3) refuse(`it names ${JSON.stringify(path.slice(0, 200))}, outside the files of @${namespace}/*`);
    if (!info.hashes.sha256 || !info.hashes.sha512) refuse(`${path} lacks its sha256 or sha512`);
    const old = before[path];
    if (old && sameTarget(old, info)) continue;
    const stored = targetStoragePath(path, info.hashes.sha256).slice(prefix.length);
    const bytes = proposal.added.get(stored);
    if (!bytes) refuse(`it names a new ${path} but does not add its file`);
    try {
      checkTargetBytes({ path, length: info.length, hashes: info.hashes }, bytes);
    } catch {
      refuse(`the file it adds for ${path} does not match the signed length and hashes`);
    }
    used.add(stored);
    const kind = namespaceFileOf(path).kind;
    if (kind === 'index') await reviewIndex(path, bytes, proposed, previousIndex);
    else if (kind === 'advisories') await reviewAdvisories(path, bytes, proposed, previousIndex);
    else if (kind === 'adoption') await reviewAdoption(path, bytes, previousIndex);
  }
  const stray = [...proposal.added.keys()].find((p) => !used.has(p));
  if (stray) refuse(`it adds ${JSON.stringify(stray.slice(0, 200))}, which the role does not name`);
  return role;
}

async function reviewIndex(path: string, bytes: Buffer, proposed: Targets['targets'], previousIndex: (targetPath: string) => Promise<Buffer | null>): Promise<void> {
  const [namespace, module] = path.split('/');
  const moduleName = `@${namespace}/${module}`;
  const index = parseIndex(bytes, moduleName);
  for (const [version, entry] of Object.entries(index.versions)) {
    const info = proposed[entry.target];
    if (!info) refuse(`${moduleName}@${version} names ${entry.target}, which the role does not sign`);
    if (info.length !== entry.length || integrityFromHashes(info.hashes) !== entry.integrity || info.hashes.sha256 !== entry.sha256) {
      refuse(`${moduleName}@${version} disagrees with the signed ${entry.target}`);
    }
  }
  const previous = await previousIndex(path);
  if (!previous) return;
  const old = parseIndex(previous, moduleName);
  for (const [version, entry] of Object.entries(old.versions)) {
    const next = index.versions[version];
    if (!next) refuse(`it removes ${moduleName}@${version}, which is published`);
    if (comparableEntry(next) !== comparableEntry(entry)) refuse(`it changes the published entry of ${moduleName}@${version} (only yank and deprecation may change)`);
  }
}

async function reviewAdvisories(path: string, bytes: Buffer, proposed: Targets['targets'], previousFile: (targetPath: string) => Promise<Buffer | null>): Promise<void> {
  const file = parsed(() => parseAdvisoryFile(bytes, path));
  const index = `${path.slice(0, -'advisories.json'.length)}index.json`;
  if (!proposed[index]) refuse(`it publishes advisories for ${file.name}, which the registry does not have`);
  const previous = await previousFile(path);
  if (!previous) return;
  const kept = new Set(file.advisories.map((a) => a.id));
  const dropped = parsed(() => parseAdvisoryFile(previous, path)).advisories.find((a) => !kept.has(a.id));
  if (dropped) refuse(`it removes the advisory ${JSON.stringify(dropped.id)} of ${file.name}, which is published`);
}

async function reviewAdoption(path: string, bytes: Buffer, previousFile: (targetPath: string) => Promise<Buffer | null>): Promise<void> {
  const record = parsed(() => parseAdoptionRecord(bytes, path));
  const previous = await previousFile(path);
  if (!previous) return;
  const old = parsed(() => parseAdoptionRecord(previous, path));
  if (Date.parse(record.reportedAt) <= Date.parse(old.reportedAt)) refuse(`its adoption record ${path} is not newer than the published one (${old.reportedAt})`);
}
