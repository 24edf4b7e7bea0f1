// A change of root or of the top-level targets role signed by administrators
// one at a time, each on their own machine (a "ceremony", docs/DECISIONS.md):
// proposed as the next versions of the metadata, unsigned; every signature is
// over the canonical `signed` part (TUF 1.0 section 4.2), so adding one never
// changes what the others signed. The proposal's id ends in a digest of those
// signed parts: signing by id signs exactly what the id names, or nothing.
// This module is pure: it plans, names, signs and (de)serialises proposals;
// ceremony-review.ts checks one against the registry's current metadata.
import { Metadata, MetadataKind, type Root, type Targets } from '@tufjs/models';
import './linear-maps.js';
import { GotongError, bug } from '../core/errors.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import { t } from '../i18n/translate.js';
import { metadataPath } from './file-names.js';
import { withNamespaceKeys, withNamespacesAdded, withoutNamespace, type TargetsJSON } from './delegations.js';
import { canonicalBytes, type PublicKeyInfo, type SigningKey } from './keys.js';
import { isoExpiry, parseMetadata, serializeMetadata, sha256Hex } from './metadata-io.js';
import { parseModuleRoleName, publisherKeySet } from './module-roles.js';
import { isValidRoleName } from './policy.js';
import { buildNextRoot, type RootChange } from './root-rotation.js';
import type { RegistryWriter } from './writer.js';

export type CeremonyKind = 'root' | 'targets';

export interface ProposalDocument {
  /** `root`, `targets`, or a namespace or module role (`bandung.sipd`) re-signed with the namespace's new keys. */
  role: string;
  metadata: Metadata<Root> | Metadata<Targets>;
}

export interface Proposal {
  kind: CeremonyKind;
  documents: ProposalDocument[];
}

/** One threshold a document must meet before it can be committed. */
export interface Requirement {
  /** The document's path on main, e.g. metadata/3.root.json. */
  document: string;
  role: string;
  /** Whose keys, in words: "the current root keys (root v2)". */
  who: string;
  keyIds: string[];
  threshold: number;
  /** Those of keyIds whose signature on the document verifies. */
  signedBy: string[];
}

export interface MissingSignatures {
  document: string;
  who: string;
  /** How many more signatures are needed… */
  need: number;
  /** …from any of these keys. */
  from: string[];
}

export type TargetsChange =
  | { action: 'add-namespace'; namespace: string; publisherKeys: PublicKeyInfo[]; threshold: number }
  | { action: 'remove-namespace'; namespace: string }
  | { action: 'namespace-keys'; namespace: string; publisherKeys: PublicKeyInfo[]; threshold: number }
  /** Only a fresh expiry. */
  | { action: 'renew' };

export function documentPath(document: ProposalDocument): string {
  return metadataPath(document.role, document.metadata.signed.version);
}

/** sha256 of what every signature covers: each document's path and canonical signed part, in path order. */
export function proposalDigest(proposal: Proposal): string {
  const parts = proposal.documents.map((d) => [documentPath(d), d.metadata.signed.toJSON()] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(canonicalBytes(parts));
}

/** `root-v3-<16 hex digits of the digest>`: the version it proposes and exactly what is signed. */
export function proposalId(proposal: Proposal): string {
  const lead = proposal.documents.find((d) => d.role === proposal.kind) ?? bug(`a ${proposal.kind} proposal without its ${proposal.kind} document`);
  return `${proposal.kind}-v${lead.metadata.signed.version}-${proposalDigest(proposal).slice(0, 16)}`;
}

const ID = /^(root|targets)-v([1-9]\d{0,8})-([0-9a-f]{16})$/;

export function parseProposalId(id: string, kind: CeremonyKind): void {
  const match = ID.exec(id);
  if (!match) {
    throw new GotongError('GOTONG_E_USAGE', t('trust.ceremony.notAnId', { id }), {
      hint: kind === 'root' ? t('trust.ceremony.notAnId.hint.root') : t('trust.ceremony.notAnId.hint.targets'),
    });
  }
  if (match[1] !== kind) {
    throw new GotongError('GOTONG_E_USAGE', t('trust.ceremony.otherKind', { id, kind: match[1] }), {
      hint: match[1] === 'root' ? t('trust.ceremony.otherKind.hint.root') : t('trust.ceremony.otherKind.hint.targets'),
    });
  }
}

/** The documents of `proposal` as files on its branch, at the paths they will have on main. */
export function proposalFiles(proposal: Proposal): Map<string, Buffer> {
  return new Map(proposal.documents.map((d) => [documentPath(d), serializeMetadata(d.metadata)]));
}

/** `N.role.json` of a role a ceremony may sign: root, targets, a namespace or a module role (`3.bandung.sipd.json`); null otherwise. */
function documentFileName(fileName: string): { version: number; role: string } | null {
  const match = /^(\d+)\.([a-z0-9][a-z0-9._-]*)\.json$/.exec(fileName);
  return match && (['root', 'targets'].includes(match[2]) || isNamespaceOrModuleRole(match[2])) ? { version: Number(match[1]), role: match[2] } : null;
}

function isNamespaceOrModuleRole(role: string): boolean {
  const module = parseModuleRoleName(role);
  return isValidRoleName(role) || (module !== null && isValidRoleName(module.namespace));
}

/** A branch that is not a proposal gotong wrote; `reason` says what it holds, as a clause whose subject is the proposal. */
function invalid(id: string, reason: string): GotongError {
  return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.ceremony.invalid', { id, reason }), { hint: t('trust.ceremony.invalid.hint') });
}

/**
 * Reads a proposal from the files of its branch. Only metadata files of a
 * root or targets change may be there, each named for its role and the
 * version it says it is; the id must be the digest of what they hold, so a
 * proposal changed after it was proposed is refused rather than signed.
 */
export function proposalFromFiles(id: string, kind: CeremonyKind, files: Map<string, Buffer>): Proposal {
  const documents: ProposalDocument[] = [];
  for (const [path, bytes] of files) {
    const name = path.startsWith(`${METADATA_DIR}/`) ? documentFileName(path.slice(METADATA_DIR.length + 1)) : null;
    const allowed = name && (name.role === 'root' ? kind === 'root' : name.role === 'targets' || (kind === 'targets' && isNamespaceOrModuleRole(name.role)));
    if (!name || !allowed) throw invalid(id, t('trust.ceremony.misplacedFile', { path, kind }));
    const metadata = name.role === 'root' ? parseMetadata(MetadataKind.Root, bytes, path) : parseMetadata(MetadataKind.Targets, bytes, path);
    if (metadata.signed.version !== name.version) throw invalid(id, t('trust.ceremony.fileVersion', { path, version: metadata.signed.version }));
    documents.push({ role: name.role, metadata });
  }
  const proposal: Proposal = { kind, documents };
  if (documents.filter((d) => d.role === kind).length !== 1) throw invalid(id, t('trust.ceremony.notOneDocument', { kind }));
  if (proposalId(proposal) !== id) throw invalid(id, t('trust.ceremony.changedAfter'));
  return proposal;
}

/** Root N+1 for `change`, and targets re-signed with it when the targets role's keys change (they are the administrators' too). */
export function planRootChange(writer: RegistryWriter, change: RootChange, rootExpiryDays: number): Proposal {
  const root = buildNextRoot(writer.root, change, isoExpiry(writer.now, rootExpiryDays));
  const documents: ProposalDocument[] = [{ role: 'root', metadata: root }];
  if (!root.signed.roles.targets.equals(writer.root.signed.roles.targets)) {
    documents.push({ role: 'targets', metadata: writer.unsignedTargets(writer.targets.signed.toJSON()) });
  }
  return { kind: 'root', documents };
}

/**
 * Targets M+1 for `change`. A namespace whose keys change and that has
 * published gets its role and every one of its module roles re-signed in the
 * same proposal, by its own new keys: their current signatures stop counting
 * when targets M+1 lands, so they must land with it. A namespace written
 * before module roles has its targets moved into module roles on the way
 * (RegistryWriter.namespaceDocuments).
 */
export async function planTargetsChange(writer: RegistryWriter, change: TargetsChange): Promise<Proposal> {
  const json = writer.targets.signed.toJSON() as TargetsJSON;
  const documents: ProposalDocument[] = [];
  if (change.action === 'add-namespace') {
    if (!isValidRoleName(change.namespace)) {
      throw new GotongError('GOTONG_E_NAME_INVALID', t('trust.namespaceInvalid', { namespace: change.namespace }), { hint: t('trust.namespaceInvalid.hint') });
    }
    const next = withNamespacesAdded(json, [change], (namespace) => writer.takenName(namespace));
    documents.push({ role: 'targets', metadata: writer.unsignedTargets(next) });
  } else if (change.action === 'remove-namespace') {
    documents.push({ role: 'targets', metadata: writer.unsignedTargets(withoutNamespace(json, change.namespace)) });
  } else if (change.action === 'namespace-keys') {
    documents.push({ role: 'targets', metadata: writer.unsignedTargets(withNamespaceKeys(json, change)) });
    if (await writer.loadNamespace(change.namespace)) {
      const keys = publisherKeySet(change.publisherKeys, change.threshold);
      documents.push(...(await writer.namespaceDocuments(change.namespace, new Map(), keys, true)));
    }
  } else {
    documents.push({ role: 'targets', metadata: writer.unsignedTargets(json) });
  }
  return { kind: 'targets', documents };
}

/**
 * Adds each signer's signature to every document it is one of the required
 * keys of, unless a valid one is there already. Returns what was added; a
 * signer needed by no document is refused with the keys that are needed.
 */
export function signProposal(proposal: Proposal, requirements: Requirement[], signers: SigningKey[]): Array<{ document: string; keyId: string }> {
  const added: Array<{ document: string; keyId: string }> = [];
  const needed = new Set(requirements.flatMap((r) => r.keyIds));
  const useless = signers.filter((s) => !needed.has(s.keyId));
  if (useless.length > 0) {
    throw new GotongError('GOTONG_E_KEY_NOT_DELEGATED', t('trust.ceremony.keyNotNeeded', { keys: useless.map((s) => s.keyId.slice(0, 12)).join(', ') }), {
      hint: t('trust.ceremony.keyNotNeeded.hint', { keys: [...needed].map((id) => id.slice(0, 12)).join(', ') }),
    });
  }
  for (const document of proposal.documents) {
    const path = documentPath(document);
    const mine = requirements.filter((r) => r.document === path);
    for (const signer of signers) {
      if (!mine.some((r) => r.keyIds.includes(signer.keyId)) || mine.some((r) => r.signedBy.includes(signer.keyId))) continue;
      document.metadata.sign((data) => signer.sign(data), true);
      added.push({ document: path, keyId: signer.keyId });
    }
  }
  return added;
}

export function missingSignatures(requirements: Requirement[]): MissingSignatures[] {
  return requirements
    .filter((r) => r.signedBy.length < r.threshold)
    .map((r) => ({ document: r.document, who: r.who, need: r.threshold - r.signedBy.length, from: r.keyIds.filter((id) => !r.signedBy.includes(id)) }));
}

/** The documents with only the signatures that count (valid, by a required key): nothing else reaches main. */
export function countedSignaturesOnly(proposal: Proposal, requirements: Requirement[]): ProposalDocument[] {
  return proposal.documents.map((document) => {
    const path = documentPath(document);
    const counted = new Set(requirements.filter((r) => r.document === path).flatMap((r) => r.signedBy));
    const signatures = Object.fromEntries(Object.entries(document.metadata.signatures).filter(([id]) => counted.has(id)));
    return { role: document.role, metadata: new Metadata(document.metadata.signed, signatures) as Metadata<Root> | Metadata<Targets> };
  });
}
