// Checks a ceremony proposal (ceremony.ts) against the registry's current,
// verified metadata: before anyone signs it, and again before it is
// committed. Anyone who can push to the registry can write a proposal
// branch, so nothing in it is taken on trust: it must propose the next
// version of each role (one made before main moved on is stale, one that
// skips a version is refused), change only what a root or targets change may
// change, name every key by its true id, and re-sign a namespace whose keys
// change in the same step. The review says in words what the proposal
// changes and whose signatures it still needs (TUF 1.0 sections 5.3.4, 5.3.5:
// a new root needs the old root's threshold and its own).
import type { Key, Metadata, Root, Targets } from '@tufjs/models';
import './linear-maps.js';
import { GotongError } from '../core/errors.js';
import { documentPath, missingSignatures, type CeremonyKind, type Proposal, type Requirement } from './ceremony.js';
import type { DelegationJSON } from './delegations.js';
import { canonicalBytes, tufKeyFromHex } from './keys.js';
import { isValidRoleName, namespacePattern } from './policy.js';
import type { RegistryWriter } from './writer.js';

export interface Review {
  id: string;
  kind: CeremonyKind;
  /** Why main no longer takes this proposal (it moved on since), or null. */
  stale: string | null;
  /** What it changes, one line each. */
  changes: string[];
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

function invalid(id: string, reason: string): GotongError {
  return new GotongError('GOTONG_E_METADATA_INVALID', `proposal ${id} ${reason}`, {
    hint: 'Do not sign it: anyone who can push to the registry can write a proposal branch. Discard it and propose the change again.',
  });
}

function currentVersion(writer: RegistryWriter, role: string): number {
  if (role === 'root') return writer.root.signed.version;
  if (role === 'targets') return writer.targets.signed.version;
  return writer.snapshot.signed.meta[`${role}.json`]?.version ?? 0;
}

function roleLabel(role: string): string {
  return role === 'root' || role === 'targets' ? role : `@${role}'s role`;
}

function staleness(writer: RegistryWriter, id: string, proposal: Proposal): string | null {
  for (const { role, metadata } of proposal.documents) {
    const current = currentVersion(writer, role);
    if (metadata.signed.version > current + 1) throw invalid(id, `proposes ${role} v${metadata.signed.version} while main's is v${current}: it would skip a version`);
  }
  for (const { role, metadata } of proposal.documents) {
    const current = currentVersion(writer, role);
    if (metadata.signed.version <= current) return `main's ${roleLabel(role)} is at v${current} now; this proposal was made against v${metadata.signed.version - 1}`;
  }
  return null;
}

function checkExpiry(id: string, role: string, expires: string, now: Date): void {
  const at = Date.parse(expires);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(expires) || !Number.isFinite(at) || at <= now.getTime()) throw invalid(id, `gives ${role} the expiry "${expires}", which is not a time in the future`);
}

/** Every key is an Ed25519 key listed under its true id (sha256 of the key, TUF 1.0 section 4.2): the ids people compare are the keys they trust. */
function checkKeys(id: string, keys: Record<string, Key>, used: Set<string>): void {
  for (const [keyId, key] of Object.entries(keys)) {
    const real = key.keyType === 'ed25519' && key.scheme === 'ed25519' && typeof key.keyVal.public === 'string' && tufKeyFromHex(key.keyVal.public).keyID === keyId;
    if (!real) throw invalid(id, `lists a key under the id ${short(keyId)}, which is not that key's id`);
    if (!used.has(keyId)) throw invalid(id, `lists the key ${short(keyId)}, which no role uses`);
  }
}

function checkRole(id: string, name: string, role: RoleKeys, keys: Record<string, unknown>): void {
  const ids = role.keyIDs;
  const sound = ids.length > 0 && new Set(ids).size === ids.length && ids.every((k) => keys[k]) && Number.isInteger(role.threshold) && role.threshold >= 1 && role.threshold <= ids.length;
  if (!sound) throw invalid(id, `gives ${name} ${ids.length} keys and a threshold of ${role.threshold}, or names a key it does not list`);
}

function keyChange(label: string, before: RoleKeys | undefined, after: RoleKeys): string | null {
  const added = after.keyIDs.filter((k) => !before?.keyIDs.includes(k)).map(short);
  const removed = (before?.keyIDs ?? []).filter((k) => !after.keyIDs.includes(k)).map(short);
  const parts = [...(added.length ? [`adds key ${added.join(', ')}`] : []), ...(removed.length ? [`removes key ${removed.join(', ')}`] : [])];
  if (before && before.threshold !== after.threshold) parts.push(`threshold ${before.threshold} → ${after.threshold}`);
  return parts.length ? `${label}: ${parts.join('; ')}` : null;
}

function checkRootProposal(writer: RegistryWriter, id: string, proposal: Proposal): string[] {
  const current = writer.root.signed;
  const next = (proposal.documents.find((d) => d.role === 'root')!.metadata as Metadata<Root>).signed;
  const free = ['version', 'expires', 'keys', 'roles'];
  if (!sameJSON(without(current.toJSON(), free), without(next.toJSON(), free))) throw invalid(id, 'changes more of root than its keys, roles and expiry');
  const names = Object.keys(next.roles).sort().join(',');
  if (names !== 'root,snapshot,targets,timestamp') throw invalid(id, `has the roles ${names}`);
  for (const [name, role] of Object.entries(next.roles)) checkRole(id, `the ${name} role`, role, next.keys);
  checkKeys(id, next.keys, new Set(Object.values(next.roles).flatMap((r) => r.keyIDs)));
  checkExpiry(id, 'root', next.expires, writer.now);
  const targets = proposal.documents.find((d) => d.role === 'targets')?.metadata;
  if (!next.roles.targets.equals(current.roles.targets) && !targets) throw invalid(id, 'changes the targets role\'s keys without re-signing targets for them');
  if (targets) {
    if (!sameJSON(without(writer.targets.signed.toJSON(), ['version', 'expires']), without(targets.signed.toJSON(), ['version', 'expires']))) throw invalid(id, 'changes the delegations of targets, which a root change may only re-sign');
    checkExpiry(id, 'targets', targets.signed.expires, writer.now);
  }
  const changes: string[] = [];
  // Each pair of roles shares its keys in a registry gotong wrote: said once when they change alike.
  for (const [a, b, both] of [['root', 'targets', 'administrator keys (root and targets roles)'], ['snapshot', 'timestamp', 'online key (snapshot and timestamp roles)']] as const) {
    const [lineA, lineB] = [keyChange('', current.roles[a], next.roles[a]), keyChange('', current.roles[b], next.roles[b])];
    if (lineA === lineB && lineA) changes.push(`${both}${lineA}`);
    else changes.push(...(lineA ? [`${a} role${lineA}`] : []), ...(lineB ? [`${b} role${lineB}`] : []));
  }
  changes.push(`root v${next.version} expires ${next.expires}`);
  if (targets) changes.push(`targets v${targets.signed.version} re-signed by the new targets keys, expires ${targets.signed.expires}`);
  return changes;
}

function delegationsOf(metadata: { toJSON(): unknown }): { keys: Record<string, unknown>; roles: DelegationJSON[] } {
  const delegations = (metadata.toJSON() as { delegations?: { keys?: Record<string, unknown>; roles?: DelegationJSON[] } }).delegations;
  return { keys: delegations?.keys ?? {}, roles: delegations?.roles ?? [] };
}

/** The delegations of a proposed targets role: gotong's rules (policy.ts), and which namespaces it adds, removes and re-keys. */
function checkDelegations(writer: RegistryWriter, id: string, next: Metadata<Targets>): { changes: string[]; rekeyed: string[] } {
  const json = (next.signed.toJSON() as { delegations?: Json }).delegations ?? {};
  if (Object.keys(without(json, ['keys', 'roles'])).length > 0) throw invalid(id, 'delegates in a way gotong does not write (succinct roles or other fields)');
  const { roles } = delegationsOf(next.signed);
  const keys = next.signed.delegations?.keys ?? {};
  const names = roles.map((r) => r.name);
  if (new Set(names).size !== names.length) throw invalid(id, 'delegates one namespace twice');
  for (const role of roles) {
    const expected = { name: role.name, keyids: role.keyids, threshold: role.threshold, terminating: true, paths: [namespacePattern(role.name)] };
    if (!isValidRoleName(role.name) || !sameJSON(role, expected)) throw invalid(id, `delegates ${JSON.stringify(role.name)} other than as ${namespacePattern(String(role.name))}, terminating`);
    checkRole(id, `@${role.name}`, { keyIDs: role.keyids, threshold: role.threshold }, keys);
  }
  checkKeys(id, keys, new Set(roles.flatMap((r) => r.keyids)));
  const before = new Map(delegationsOf(writer.targets.signed).roles.map((r) => [r.name, r]));
  const changes: string[] = [];
  const rekeyed: string[] = [];
  for (const role of roles) {
    const old = before.get(role.name);
    if (!old) {
      if (writer.takenName(role.name) === 'removed') throw invalid(id, `delegates @${role.name} again, a namespace that was removed`);
      changes.push(`adds @${role.name}: publisher key ${role.keyids.map(short).join(', ')} (threshold ${role.threshold})`);
      continue;
    }
    const line = keyChange(`@${role.name}`, { keyIDs: old.keyids, threshold: old.threshold }, { keyIDs: role.keyids, threshold: role.threshold });
    if (line) {
      changes.push(line);
      rekeyed.push(role.name);
    }
  }
  for (const name of before.keys()) if (!names.includes(name)) changes.push(`removes @${name}: no client installs its modules any more`);
  return { changes, rekeyed };
}

async function checkTargetsProposal(writer: RegistryWriter, id: string, proposal: Proposal): Promise<string[]> {
  const next = proposal.documents.find((d) => d.role === 'targets')!.metadata as Metadata<Targets>;
  const fixed = ['version', 'expires', 'delegations'];
  if (!sameJSON(without(writer.targets.signed.toJSON(), fixed), without(next.signed.toJSON(), fixed))) throw invalid(id, 'changes more of targets than its delegations and expiry');
  checkExpiry(id, 'targets', next.signed.expires, writer.now);
  const { changes, rekeyed } = checkDelegations(writer, id, next);
  for (const namespace of rekeyed) {
    const published = writer.snapshot.signed.meta[`${namespace}.json`] !== undefined;
    const resigned = proposal.documents.some((d) => d.role === namespace);
    if (published && !resigned) throw invalid(id, `changes @${namespace}'s keys without @${namespace}'s role re-signed by them`);
  }
  for (const { role, metadata } of proposal.documents.filter((d) => d.role !== 'targets')) {
    if (!rekeyed.includes(role)) throw invalid(id, `re-signs @${role}, whose keys it does not change`);
    const current = await writer.loadNamespace(role);
    if (!current || !sameJSON(without(current.signed.toJSON(), ['version', 'expires']), without(metadata.signed.toJSON(), ['version', 'expires']))) {
      throw invalid(id, `changes what @${role}'s role lists: a targets change may only re-sign it`);
    }
    checkExpiry(id, `@${role}`, metadata.signed.expires, writer.now);
    changes.push(`@${role} v${metadata.signed.version}: its ${Object.keys(current.signed.targets).length} files, unchanged, signed again by its new keys`);
  }
  changes.push(`targets v${next.signed.version} expires ${next.signed.expires}`);
  return changes;
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
      if (same) requirements.push(requirement(path, role, `the root keys (root v${current.version} and v${next.version})`, next.roles.root, next.keys, metadata));
      else {
        requirements.push(requirement(path, role, `the current root keys (root v${current.version})`, current.roles.root, current.keys, metadata));
        requirements.push(requirement(path, role, `the new root keys (root v${next.version})`, next.roles.root, next.keys, metadata));
      }
    } else if (role === 'targets') {
      const authority = root?.signed ?? writer.root.signed;
      requirements.push(requirement(path, role, `the targets keys (root v${authority.version})`, authority.roles.targets, authority.keys, metadata));
    } else {
      const delegations = (targets ?? writer.targets).signed.delegations!;
      requirements.push(requirement(path, role, `@${role}'s new publisher keys`, delegations.roles![role], delegations.keys, metadata));
    }
  }
  return requirements;
}

export async function reviewProposal(writer: RegistryWriter, id: string, proposal: Proposal): Promise<Review> {
  const stale = staleness(writer, id, proposal);
  if (stale) return { id, kind: proposal.kind, stale, changes: [], requirements: [], ready: false };
  const changes = proposal.kind === 'root' ? checkRootProposal(writer, id, proposal) : await checkTargetsProposal(writer, id, proposal);
  const requirements = requirementsOf(writer, proposal);
  return { id, kind: proposal.kind, stale: null, changes, requirements, ready: missingSignatures(requirements).length === 0 };
}
