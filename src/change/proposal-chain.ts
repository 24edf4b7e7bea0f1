// The order in which a namespace's pending proposals reach main. Each
// proposal builds on one namespace commit: the one main links, or the one an
// earlier pending proposal of the same city made (a pipeline publishing
// several modules in a row does not wait between them). Walking from main's
// link, at each step the proposals that build on the current commit are
// taken in (version, id) order; the first that passes review and whose
// signatures meet the namespace's threshold moves the chain on. `registry
// accept` takes the chain and refuses the rest; `publish` builds on the
// chain's end, so the two agree on what comes next.
import type { Metadata, Targets } from '@tufjs/models';
import { isGotongError } from '../core/errors.js';
import { readBlobBytes } from '../registry/git.js';
import { addedFiles, MalformedProposal, namespaceTree, readProposal, type ProposalBranch, type ProposalContent } from '../registry/incoming-branches.js';
import { TARGETS_DIR } from '../core/registry-folders.js';
import { targetStoragePath } from '../trust/file-names.js';
import type { TreeEntry } from '../registry/namespaces.js';
import { ProposalRefusal, reviewProposal } from '../trust/proposal-review.js';
import { checkTargetBytes } from '../trust/target-check.js';
import { moduleRoleName, type ModuleKeySet } from '../trust/module-roles.js';
import type { RegistryWriter, TargetFileJSON } from '../trust/writer.js';

// Why a proposal is refused is registry content: `registry accept` writes the
// reason into the refused/ branch's commit (admin/accept.ts), where every
// later reader, in whatever language, finds it. So reasons stay English.

export interface PendingProposal {
  branch: ProposalBranch;
  content: ProposalContent | null;
  /** Why the branch is not a proposal gotong wrote, or null. */
  malformed: string | null;
}

export interface ChainStep {
  proposal: PendingProposal;
  /** The roles it signs, as adopted: the namespace role first, then its module roles. */
  documents: Array<{ role: string; metadata: Metadata<Targets> }>;
}

export interface ChainWalk {
  taken: ChainStep[];
  refused: Array<{ proposal: PendingProposal; reason: string }>;
  /** The namespace commit at the chain's end (main's link when nothing was taken). */
  link: TreeEntry | null;
}

const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/** Reads every proposal branch; one that is not a proposal is kept with the reason. */
export async function readPending(dir: string, branches: ProposalBranch[]): Promise<PendingProposal[]> {
  const pending: PendingProposal[] = [];
  for (const branch of branches) {
    try {
      if (!branch.namespace) throw new MalformedProposal(`its name is not incoming/<namespace>/<id>`); // i18n-exempt: registry content, a refusal reason
      pending.push({ branch, content: await readProposal(dir, branch.namespace, branch.commit), malformed: null });
    } catch (error) {
      if (!(error instanceof MalformedProposal)) throw error;
      pending.push({ branch, content: null, malformed: `it is not a proposal gotong writes: ${error.message}` }); // i18n-exempt: registry content, a refusal reason
    }
  }
  return pending;
}

function buildsOn(content: ProposalContent, link: TreeEntry | null): boolean {
  const expected = link?.type === 'commit' ? [link.oid] : [];
  return content.namespaceParents.length === expected.length && content.namespaceParents.every((p, i) => p === expected[i]);
}

// i18n-exempt: registry content, a refusal reason
const STALE = 'it builds on a state of its namespace that the registry no longer has (another proposal of the same namespace came first, or one it builds on was refused): publish again';

/**
 * Walks `namespace`'s proposals from `link` (main's entry for it), adopting
 * each one taken into `writer`, whose state must be main's.
 */
export async function walkChain(
  dir: string,
  writer: RegistryWriter,
  namespace: string,
  proposals: PendingProposal[],
  link: TreeEntry | null,
  now: Date,
  linkOf: (namespace: string) => TreeEntry | null = () => null,
): Promise<ChainWalk> {
  const walk: ChainWalk = { taken: [], refused: [], link };
  let left = proposals.filter((p) => {
    if (p.malformed) walk.refused.push({ proposal: p, reason: p.malformed });
    return !p.malformed;
  });
  const order = (a: PendingProposal, b: PendingProposal) => a.content!.roleVersion - b.content!.roleVersion || (a.branch.id < b.branch.id ? -1 : 1);
  for (;;) {
    const candidates = left.filter((p) => buildsOn(p.content!, walk.link)).sort(order);
    if (candidates.length === 0) break;
    let step: ChainStep | null = null;
    for (const candidate of candidates) {
      left = left.filter((p) => p !== candidate);
      if (step) {
        walk.refused.push({ proposal: candidate, reason: STALE });
        continue;
      }
      try {
        step = { proposal: candidate, documents: await takeProposal(dir, writer, namespace, candidate.content!, walk.link, now, linkOf) };
      } catch (error) {
        if (error instanceof ProposalRefusal || error instanceof MalformedProposal) walk.refused.push({ proposal: candidate, reason: error instanceof ProposalRefusal ? error.english : error.message });
        // i18n-exempt: registry content, a refusal reason
        else if (isGotongError(error, 'GOTONG_E_METADATA_INVALID')) walk.refused.push({ proposal: candidate, reason: `its signatures do not meet the threshold of @${namespace}/* (${error.message})` });
        else throw error;
      }
    }
    if (!step) break;
    walk.taken.push(step);
    walk.link = { mode: '160000', type: 'commit', oid: step.proposal.content!.namespaceCommit, name: namespace };
  }
  for (const proposal of left) walk.refused.push({ proposal, reason: STALE });
  return walk;
}

/** The namespace's publisher keys as the writer's targets role delegates them. */
function publisherKeys(writer: RegistryWriter, namespace: string): ModuleKeySet {
  const delegation = writer.namespaceRole(namespace);
  const keys = writer.delegations.keys ?? {};
  const keyIds = [...(delegation?.keyIDs ?? [])];
  return { keyIds, threshold: delegation?.threshold ?? 1, keyJSON: Object.fromEntries(keyIds.map((id) => [id, keys[id]?.toJSON()])) };
}

/** Reviews one proposal against the writer's state and, when it passes, adopts its roles (signatures checked there). */
async function takeProposal(
  dir: string,
  writer: RegistryWriter,
  namespace: string,
  content: ProposalContent,
  link: TreeEntry | null,
  now: Date,
  linkOf: (namespace: string) => TreeEntry | null,
): Promise<ChainStep['documents']> {
  const before = await namespaceTree(dir, link);
  const added = await addedFiles(dir, before, content.namespaceCommit);
  const current = await writer.loadNamespace(namespace);
  const modules = new Map<string, Metadata<Targets>>();
  for (const [folder, role] of await writer.moduleRoles(namespace)) if (role) modules.set(moduleRoleName(namespace, folder), role);
  /** A signed file of a namespace as the namespace tree `tree` holds it, checked against its signed length and hashes. */
  const signedFile = async (targets: Record<string, TargetFileJSON> | null, tree: string, owner: string, targetPath: string): Promise<Buffer | null> => {
    const info = targets?.[targetPath] as { length: number; hashes: Record<string, string> } | undefined;
    if (!info) return null;
    const stored = targetStoragePath(targetPath, info.hashes.sha256).slice(`${TARGETS_DIR}/${owner}/`.length);
    const bytes = await readBlobBytes(dir, `${tree}:${stored}`, MAX_INDEX_BYTES);
    checkTargetBytes({ path: targetPath, length: info.length, hashes: info.hashes }, bytes);
    return bytes;
  };
  const signedNow = await writer.namespaceTargets(namespace);
  const previousIndex = (targetPath: string) => signedFile(signedNow, before, namespace, targetPath);
  // Another namespace's file as the registry signs it now (an attested version's index).
  const publishedFile = async (targetPath: string): Promise<Buffer | null> => {
    const owner = targetPath.split('/')[0];
    if (owner === namespace) return previousIndex(targetPath);
    const targets = await writer.namespaceTargets(owner);
    return targets && signedFile(targets, await namespaceTree(dir, linkOf(owner)), owner, targetPath);
  };
  // A file of the tree before: only a plain file's bytes can match the signed hashes.
  const held = (stored: string) => readBlobBytes(dir, `${before}:${stored}`, MAX_INDEX_BYTES).catch(() => null);
  const proposal = { namespace, roleBytes: content.roleBytes, moduleRoles: new Map(content.moduleRoles.map((m) => [m.role, m.bytes])), added, held };
  const state = {
    role: current,
    modules,
    delegation: writer.namespaceRole(namespace),
    keys: publisherKeys(writer, namespace),
    listedVersion: (role: string) => writer.snapshot.signed.meta[`${role}.json`]?.version ?? 0,
  };
  const reviewed = await reviewProposal(proposal, state, previousIndex, now, publishedFile);
  const documents = [{ role: namespace, metadata: reviewed.role }, ...reviewed.modules];
  const named = new Map([[namespace, content.roleVersion], ...content.moduleRoles.map((m): [string, number] => [m.role, m.version])]);
  for (const { role, metadata } of documents) {
    // i18n-exempt: registry content, a refusal reason
    if (metadata.signed.version !== named.get(role)) throw new ProposalRefusal(`its ${role} role file is named for version ${named.get(role)} but holds version ${metadata.signed.version}`);
  }
  checkSignatures(writer, namespace, documents);
  await writer.adoptSigned(documents);
  return documents;
}

/**
 * Each role's signatures, checked as a client checks them (the namespace
 * role against the targets role's delegation, a module role against the
 * proposed namespace role's) before any is adopted: adoptSigned stages one
 * role after the other, and a refused proposal must leave nothing behind.
 */
function checkSignatures(writer: RegistryWriter, namespace: string, documents: ChainStep['documents']): void {
  for (const { role, metadata } of documents) {
    try {
      (role === namespace ? writer.targets : documents[0].metadata).verifyDelegate(role, metadata);
    } catch (error) {
      // i18n-exempt: registry content, a refusal reason
      throw new ProposalRefusal(`its signatures do not meet the threshold of @${namespace}/* (${role} v${metadata.signed.version}: ${(error as Error).message})`);
    }
  }
}
