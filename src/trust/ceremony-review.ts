// Checks a ceremony proposal (ceremony.ts) against the registry's current,
// verified metadata: before anyone signs it, and again before it is
// committed. Anyone who can push to the registry can write a proposal
// branch, so nothing in it is taken on trust: it must propose the next
// version of each role (one made before main moved on is stale, one that
// skips a version is refused), change only what a root or targets change may
// change, name every key by its true id, and re-sign a namespace whose keys
// change, with each of its module roles, in the same step, listing nothing
// new. The review says in words what the proposal
// changes and whose signatures it still needs (TUF 1.0 sections 5.3.4, 5.3.5:
// a new root needs the old root's threshold and its own).
import type { Key, Metadata, Root, Targets } from '@tufjs/models';
import './linear-maps.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { documentPath, missingSignatures, type CeremonyKind, type Proposal, type ProposalDocument, type Requirement } from './ceremony.js';
import type { DelegationJSON } from './delegations.js';
import { canonicalBytes, tufKeyFromHex } from './keys.js';
import { parseModuleRoleName, type ModuleKeySet } from './module-roles.js';
import { phrase, say, type Phrase } from './phrase.js';
import { isValidRoleName, namespacePattern } from './policy.js';
import type { RegistryWriter } from './writer.js';

export interface Review {
  id: string;
  kind: CeremonyKind;
  /** Why main no longer takes this proposal (it moved on since), or null. */
  stale: string | null;
  /** What it changes, one line each, in the user's language. */
  changes: string[];
  /** The same lines in English, for the commit message written into the registry (its content does not depend on who commits). */
  changesInEnglish: string[];
  requirements: Requirement[];
  /** Every threshold is met: it can be committed. */
  ready: boolean;
}

type Json = Record<string, unknown>;
type RoleKeys = { keyIDs: string[]; threshold: number };

const short = (id: string) => id.slice(0, 12);

function sameJSON(a: unknown, b: unknown): boolean {
  return canonicalBytes(a).equals(canonicalBytes(b));
}

function without(json: unknown, fields: string[]): Json {
  const copy = { ...(json as Json) };
  for (const field of fields) delete copy[field];
  return copy;
}

/** A proposal gotong refuses to sign or commit; `reason` says what it does, as a clause whose subject is the proposal. */
function invalid(id: string, reason: string): GotongError {
  return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.ceremony.invalid', { id, reason }), { hint: t('trust.ceremony.invalid.hint') });
}

function currentVersion(writer: RegistryWriter, role: string): number {
  if (role === 'root') return writer.root.signed.version;
  if (role === 'targets') return writer.targets.signed.version;
  return writer.snapshot.signed.meta[`${role}.json`]?.version ?? 0;
}

function roleLabel(role: string): string {
  if (role === 'root' || role === 'targets') return role;
  return parseModuleRoleName(role) ? t('trust.ceremony.moduleRole', { role }) : t('trust.ceremony.namespaceRole', { namespace: role });
}

/** The namespace a namespace or module role belongs to (`bandung.sipd` → `bandung`). */
function namespaceOf(role: string): string {
  return parseModuleRoleName(role)?.namespace ?? role;
}

function staleness(writer: RegistryWriter, id: string, proposal: Proposal): string | null {
  for (const { role, metadata } of proposal.documents) {
    const current = currentVersion(writer, role);
    if (metadata.signed.version > current + 1) throw invalid(id, t('trust.ceremony.skipsVersion', { role, proposed: metadata.signed.version, current }));
  }
  for (const { role, metadata } of proposal.documents) {
    const current = currentVersion(writer, role);
    if (metadata.signed.version <= current) return t('trust.ceremony.stale', { role: roleLabel(role), current, base: metadata.signed.version - 1 });
  }
  return null;
}

function checkExpiry(id: string, role: string, expires: string, now: Date): void {
  const at = Date.parse(expires);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(expires) || !Number.isFinite(at) || at <= now.getTime()) throw invalid(id, t('trust.ceremony.expiryNotFuture', { role, expires }));
}

/** Every key is an Ed25519 key listed under its true id (sha256 of the key, TUF 1.0 section 4.2): the ids people compare are the keys they trust. */
function checkKeys(id: string, keys: Record<string, Key>, used: Set<string>): void {
  for (const [keyId, key] of Object.entries(keys)) {
    const real = key.keyType === 'ed25519' && key.scheme === 'ed25519' && typeof key.keyVal.public === 'string' && tufKeyFromHex(key.keyVal.public).keyID === keyId;
    if (!real) throw invalid(id, t('trust.ceremony.wrongKeyId', { keyId: short(keyId) }));
    if (!used.has(keyId)) throw invalid(id, t('trust.ceremony.unusedKey', { keyId: short(keyId) }));
  }
}

function checkRole(id: string, name: string, role: RoleKeys, keys: Record<string, unknown>): void {
  const ids = role.keyIDs;
  const sound = ids.length > 0 && new Set(ids).size === ids.length && ids.every((k) => keys[k]) && Number.isInteger(role.threshold) && role.threshold >= 1 && role.threshold <= ids.length;
  if (!sound) throw invalid(id, t('trust.ceremony.unsoundRole', { name, count: ids.length, threshold: role.threshold }));
}

/** How a role's keys change, one phrase per kind of change ("adds key …", "threshold 2 → 3"); empty when they do not. */
function keyChange(before: RoleKeys | undefined, after: RoleKeys): Phrase[] {
  const added = after.keyIDs.filter((k) => !before?.keyIDs.includes(k)).map(short);
  const removed = (before?.keyIDs ?? []).filter((k) => !after.keyIDs.includes(k)).map(short);
  const parts: Phrase[] = [];
  if (added.length) parts.push(phrase('trust.change.addsKey', { keys: added.join(', ') }));
  if (removed.length) parts.push(phrase('trust.change.removesKey', { keys: removed.join(', ') }));
  if (before && before.threshold !== after.threshold) parts.push(phrase('trust.change.threshold', { from: before.threshold, to: after.threshold }));
  return parts;
}

/** "label: adds key …; removes key …", said in `lang`; the parts are clauses of one list, joined as such. */
function keyChangeLine(label: Phrase | string, parts: Phrase[]): Phrase {
  return phrase('trust.change.keys', { label, changes: { shown: parts.map((p) => say(p)).join('; '), english: parts.map((p) => say(p, 'en')).join('; ') } });
}

function sameChange(a: Phrase[], b: Phrase[]): boolean {
  return a.map((p) => say(p, 'en')).join('\n') === b.map((p) => say(p, 'en')).join('\n');
}

function checkRootProposal(writer: RegistryWriter, id: string, proposal: Proposal): Phrase[] {
  const current = writer.root.signed;
  const next = (proposal.documents.find((d) => d.role === 'root')!.metadata as Metadata<Root>).signed;
  const free = ['version', 'expires', 'keys', 'roles'];
  if (!sameJSON(without(current.toJSON(), free), without(next.toJSON(), free))) throw invalid(id, t('trust.ceremony.rootChangesMore'));
  const names = Object.keys(next.roles).sort().join(',');
  if (names !== 'root,snapshot,targets,timestamp') throw invalid(id, t('trust.ceremony.rootRoles', { names }));
  for (const [name, role] of Object.entries(next.roles)) checkRole(id, t('trust.ceremony.theRole', { name }), role, next.keys);
  checkKeys(id, next.keys, new Set(Object.values(next.roles).flatMap((r) => r.keyIDs)));
  checkExpiry(id, 'root', next.expires, writer.now);
  const targets = proposal.documents.find((d) => d.role === 'targets')?.metadata;
  if (!next.roles.targets.equals(current.roles.targets) && !targets) throw invalid(id, t('trust.ceremony.targetsKeysNotResigned'));
  if (targets) {
    if (!sameJSON(without(writer.targets.signed.toJSON(), ['version', 'expires']), without(targets.signed.toJSON(), ['version', 'expires']))) throw invalid(id, t('trust.ceremony.rootChangesDelegations'));
    checkExpiry(id, 'targets', targets.signed.expires, writer.now);
  }
  const changes: Phrase[] = [];
  // Each pair of roles shares its keys in a registry gotong wrote: said once when they change alike.
  for (const [a, b, both] of [['root', 'targets', 'trust.change.adminKeys'], ['snapshot', 'timestamp', 'trust.change.onlineKey']] as const) {
    const [partsA, partsB] = [keyChange(current.roles[a], next.roles[a]), keyChange(current.roles[b], next.roles[b])];
    if (partsA.length && sameChange(partsA, partsB)) changes.push(keyChangeLine(phrase(both), partsA));
    else {
      if (partsA.length) changes.push(keyChangeLine(phrase('trust.change.role', { role: a }), partsA));
      if (partsB.length) changes.push(keyChangeLine(phrase('trust.change.role', { role: b }), partsB));
    }
  }
  changes.push(phrase('trust.change.rootExpires', { version: next.version, expires: next.expires }));
  if (targets) changes.push(phrase('trust.change.targetsResigned', { version: targets.signed.version, expires: targets.signed.expires }));
  return changes;
}

function delegationsOf(metadata: { toJSON(): unknown }): { keys: Record<string, unknown>; roles: DelegationJSON[] } {
  const delegations = (metadata.toJSON() as { delegations?: { keys?: Record<string, unknown>; roles?: DelegationJSON[] } }).delegations;
  return { keys: delegations?.keys ?? {}, roles: delegations?.roles ?? [] };
}

/** The delegations of a proposed targets role: gotong's rules (policy.ts), and which namespaces it adds, removes and re-keys. */
function checkDelegations(writer: RegistryWriter, id: string, next: Metadata<Targets>): { changes: Phrase[]; rekeyed: string[] } {
  const json = (next.signed.toJSON() as { delegations?: Json }).delegations ?? {};
  if (Object.keys(without(json, ['keys', 'roles'])).length > 0) throw invalid(id, t('trust.ceremony.delegatesOddly'));
  const { roles } = delegationsOf(next.signed);
  const keys = next.signed.delegations?.keys ?? {};
  const names = roles.map((r) => r.name);
  if (new Set(names).size !== names.length) throw invalid(id, t('trust.ceremony.delegatesTwice'));
  for (const role of roles) {
    const expected = { name: role.name, keyids: role.keyids, threshold: role.threshold, terminating: true, paths: [namespacePattern(role.name)] };
    if (!isValidRoleName(role.name) || !sameJSON(role, expected)) throw invalid(id, t('trust.ceremony.delegationShape', { name: JSON.stringify(role.name), pattern: namespacePattern(String(role.name)) }));
    checkRole(id, `@${role.name}`, { keyIDs: role.keyids, threshold: role.threshold }, keys);
  }
  checkKeys(id, keys, new Set(roles.flatMap((r) => r.keyids)));
  const before = new Map(delegationsOf(writer.targets.signed).roles.map((r) => [r.name, r]));
  const changes: Phrase[] = [];
  const rekeyed: string[] = [];
  for (const role of roles) {
    const old = before.get(role.name);
    if (!old) {
      if (writer.takenName(role.name) === 'removed') throw invalid(id, t('trust.ceremony.delegatesRemoved', { namespace: role.name }));
      changes.push(phrase('trust.change.addsNamespace', { namespace: role.name, keys: role.keyids.map(short).join(', '), threshold: role.threshold }));
      continue;
    }
    const parts = keyChange({ keyIDs: old.keyids, threshold: old.threshold }, { keyIDs: role.keyids, threshold: role.threshold });
    if (parts.length) {
      changes.push(keyChangeLine(`@${role.name}`, parts));
      rekeyed.push(role.name);
    }
  }
  for (const name of before.keys()) if (!names.includes(name)) changes.push(phrase('trust.change.removesNamespace', { namespace: name }));
  return { changes, rekeyed };
}

async function checkTargetsProposal(writer: RegistryWriter, id: string, proposal: Proposal): Promise<Phrase[]> {
  const next = proposal.documents.find((d) => d.role === 'targets')!.metadata as Metadata<Targets>;
  const fixed = ['version', 'expires', 'delegations'];
  if (!sameJSON(without(writer.targets.signed.toJSON(), fixed), without(next.signed.toJSON(), fixed))) throw invalid(id, t('trust.ceremony.targetsChangesMore'));
  checkExpiry(id, 'targets', next.signed.expires, writer.now);
  const { changes, rekeyed } = checkDelegations(writer, id, next);
  for (const { role } of proposal.documents.filter((d) => d.role !== 'targets')) {
    if (!rekeyed.includes(namespaceOf(role))) throw invalid(id, t('trust.ceremony.resignsUnchanged', { namespace: namespaceOf(role) }));
  }
  for (const namespace of rekeyed) {
    const documents = proposal.documents.filter((d) => d.role !== 'targets' && namespaceOf(d.role) === namespace);
    const resigned = await checkResigned(writer, id, next, namespace, documents);
    if (resigned) changes.push(resigned);
  }
  changes.push(phrase('trust.change.targetsExpires', { version: next.signed.version, expires: next.signed.expires }));
  return changes;
}

/** The namespace's publisher keys as a proposed targets role delegates them: what its re-signed roles must name. */
function proposedKeys(next: Metadata<Targets>, namespace: string): ModuleKeySet {
  const delegations = next.signed.delegations!;
  const role = delegations.roles![namespace];
  return { keyIds: [...role.keyIDs], threshold: role.threshold, keyJSON: Object.fromEntries(role.keyIDs.map((keyId) => [keyId, delegations.keys[keyId].toJSON()])) };
}

/**
 * The re-signed roles of a namespace whose keys change: exactly the
 * documents the writer would sign for it (RegistryWriter.namespaceDocuments
 * with every module role), so its namespace role delegates the same module
 * folders to the new keys and each module role lists the same files; only
 * their expiry is the proposer's. Nothing, for a namespace that has not
 * published. What it re-signs, as a change line, or null.
 */
async function checkResigned(writer: RegistryWriter, id: string, next: Metadata<Targets>, namespace: string, documents: ProposalDocument[]): Promise<Phrase | null> {
  const published = writer.snapshot.signed.meta[`${namespace}.json`] !== undefined;
  const expected = published ? await writer.namespaceDocuments(namespace, new Map(), proposedKeys(next, namespace), true) : [];
  const proposed = new Map(documents.map((d) => [d.role, d]));
  let files = 0;
  for (const { role, metadata } of expected) {
    const document = proposed.get(role);
    if (!document) throw invalid(id, role === namespace ? t('trust.ceremony.rekeyedNotResigned', { namespace }) : t('trust.ceremony.moduleNotResigned', { namespace, role }));
    if (!sameJSON(without(metadata.signed.toJSON(), ['expires']), without(document.metadata.signed.toJSON(), ['expires']))) {
      throw invalid(id, role === namespace ? t('trust.ceremony.changesNamespaceRole', { namespace }) : t('trust.ceremony.changesModuleRole', { namespace, role }));
    }
    checkExpiry(id, role === namespace ? `@${namespace}` : role, document.metadata.signed.expires, writer.now);
    files += Object.keys(metadata.signed.targets).length;
    proposed.delete(role);
  }
  const [extra] = proposed.keys();
  if (extra !== undefined) throw invalid(id, t('trust.ceremony.unexpectedRole', { namespace, role: extra }));
  if (expected.length === 0) return null;
  return phrase('trust.change.namespaceResigned', { namespace, version: expected[0].metadata.signed.version, modules: expected.length - 1, count: files });
}

function requirement(document: string, role: string, who: string, keys: RoleKeys, known: Record<string, Key>, metadata: Metadata<Root> | Metadata<Targets>): Requirement {
  const signedBy = keys.keyIDs.filter((keyId) => {
    if (!known[keyId] || !metadata.signatures[keyId]) return false;
    try {
      known[keyId].verifySignature(metadata);
      return true;
    } catch {
      return false;
    }
  });
  return { document, role, who, keyIds: [...keys.keyIDs], threshold: keys.threshold, signedBy };
}

/** Whose signatures each document needs: the roles that will have to verify it once it is on main. */
function requirementsOf(writer: RegistryWriter, proposal: Proposal): Requirement[] {
  const root = proposal.documents.find((d) => d.role === 'root')?.metadata as Metadata<Root> | undefined;
  const targets = proposal.documents.find((d) => d.role === 'targets')?.metadata as Metadata<Targets> | undefined;
  const requirements: Requirement[] = [];
  for (const { role, metadata } of proposal.documents) {
    const path = documentPath({ role, metadata });
    if (role === 'root') {
      const [current, next] = [writer.root.signed, root!.signed];
      const same = sameJSON(current.roles.root.keyIDs, next.roles.root.keyIDs) && current.roles.root.threshold === next.roles.root.threshold;
      if (same) requirements.push(requirement(path, role, t('trust.who.rootKeys', { current: current.version, next: next.version }), next.roles.root, next.keys, metadata));
      else {
        requirements.push(requirement(path, role, t('trust.who.currentRootKeys', { version: current.version }), current.roles.root, current.keys, metadata));
        requirements.push(requirement(path, role, t('trust.who.newRootKeys', { version: next.version }), next.roles.root, next.keys, metadata));
      }
    } else if (role === 'targets') {
      const authority = root?.signed ?? writer.root.signed;
      requirements.push(requirement(path, role, t('trust.who.targetsKeys', { version: authority.version }), authority.roles.targets, authority.keys, metadata));
    } else {
      // A module role needs the same keys as its namespace: the namespace role delegates it to exactly those.
      const namespace = namespaceOf(role);
      const delegations = (targets ?? writer.targets).signed.delegations!;
      requirements.push(requirement(path, role, t('trust.who.namespaceKeys', { namespace }), delegations.roles![namespace], delegations.keys, metadata));
    }
  }
  return requirements;
}

export async function reviewProposal(writer: RegistryWriter, id: string, proposal: Proposal): Promise<Review> {
  const stale = staleness(writer, id, proposal);
  if (stale) return { id, kind: proposal.kind, stale, changes: [], changesInEnglish: [], requirements: [], ready: false };
  const changes = proposal.kind === 'root' ? checkRootProposal(writer, id, proposal) : await checkTargetsProposal(writer, id, proposal);
  const requirements = requirementsOf(writer, proposal);
  return {
    id,
    kind: proposal.kind,
    stale: null,
    changes: changes.map((change) => say(change)),
    // Registry content: the commit message on main says these lines in English (translateTo('en') through say()).
    changesInEnglish: changes.map((change) => say(change, 'en')),
    requirements,
    ready: missingSignatures(requirements).length === 0,
  };
}
