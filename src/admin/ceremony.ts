// Administrators in different cities changing root or the top-level targets
// role together (docs/DECISIONS.md, "Root and targets ceremonies"): one
// proposes, each signs on their own machine with only their own key, and the
// holder of the online key commits once every threshold is met. Each step
// reads as load (main, and the proposal's branch), check (ceremony-review.ts),
// sign, push: the branch with a lease, so that signatures added at the same
// moment are all kept, and main through registry-update.ts like any change.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { formatDuration } from '../core/duration.js';
import { GotongError, bug, isGotongError } from '../core/errors.js';
import { withLock } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { backoffMs, commitIdentity, retryTime, updateRegistry } from '../change/registry-update.js';
import { commitCeremonyFiles, deleteCeremonyBranch, fetchCeremonyBranches, pushCeremonyBranch, readCeremonyFiles } from '../registry/ceremony-branches.js';
import { syncOrClone } from '../registry/clone.js';
import { removeStaleGitLocks } from '../registry/git.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import type { RegistryLocation } from '../registry/locate.js';
import {
  countedSignaturesOnly,
  missingSignatures,
  parseProposalId,
  planRootChange,
  planTargetsChange,
  proposalFiles,
  proposalFromFiles,
  proposalId,
  signProposal,
  type CeremonyKind,
  type MissingSignatures,
  type Proposal,
  type TargetsChange,
} from '../trust/ceremony.js';
import { reviewProposal, type Review } from '../trust/ceremony-review.js';
import type { SigningKey } from '../trust/keys.js';
import { DEFAULT_EXPIRY_DAYS } from '../trust/metadata-io.js';
import type { RootChange } from '../trust/root-rotation.js';
import { RegistryWriter } from '../trust/writer.js';
import { t } from '../i18n/translate.js';
import { documentsText, sameSigners } from './signer-groups.js';

export interface CeremonyOptions {
  location: RegistryLocation;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** How long a push of the proposal's branch keeps retrying while others sign first (default retryTime(env)). */
  retryForMs?: number;
}

/** A proposal as commands show it (`--json`: stable). */
export interface ProposalView {
  id: string;
  kind: CeremonyKind;
  branch: string;
  /** Why main no longer takes it, or null. */
  stale: string | null;
  /** Why gotong refuses to sign or commit it at all (a branch it did not write), or null. */
  invalid: string | null;
  changes: string[];
  signatures: Array<{ document: string; role: string; who: string; threshold: number; keyIds: string[]; signedBy: string[] }>;
  missing: MissingSignatures[];
  ready: boolean;
}

const short = (id: string) => id.slice(0, 12);

function view(review: Review): ProposalView {
  const missing = missingSignatures(review.requirements);
  const signatures = review.requirements.map(({ document, role, who, threshold, keyIds, signedBy }) => ({ document, role, who, threshold, keyIds, signedBy }));
  return { id: review.id, kind: review.kind, branch: `ceremony/${review.id}`, stale: review.stale, invalid: null, changes: review.changes, signatures, missing, ready: review.ready };
}

function unknownProposal(kind: CeremonyKind, id: string, location: RegistryLocation): GotongError {
  return new GotongError('GOTONG_E_CEREMONY_UNKNOWN', t(`admin.ceremony.unknown.${kind}`, { registry: location.label, id }), {
    hint: t(`admin.ceremony.unknown.${kind}.hint`),
  });
}

function staleProposal(review: Review): GotongError {
  return new GotongError('GOTONG_E_CEREMONY_STALE', t('admin.ceremony.stale', { id: review.id, reason: review.stale }), {
    hint: t(`admin.ceremony.stale.${review.kind}.hint`, { id: review.id }),
  });
}

function thresholdNotMet(review: Review, missing: MissingSignatures[]): GotongError {
  const groups = sameSigners(missing, (m) => [m.who, m.need, m.from]);
  const total = groups.reduce((sum, m) => sum + m.need, 0);
  // Lists of machine-made items, kept apart by semicolons as the English always was.
  const needs = groups.map((m) => t('admin.ceremony.needFrom', { need: m.need, who: m.who })).join('; ');
  const lines = groups.map((m) => t('admin.ceremony.missingLine', { who: m.who, document: documentsText(m.documents), need: m.need, keys: m.from.map(short).join(', ') })).join('; ');
  return new GotongError('GOTONG_E_THRESHOLD_NOT_MET', t('admin.ceremony.thresholdNotMet', { id: review.id, total, needs }), {
    hint: t(`admin.ceremony.thresholdNotMet.${review.kind}.hint`, { lines, id: review.id }),
    details: { missing },
  });
}

function writableGit(location: RegistryLocation): void {
  if (location.kind !== 'git') {
    throw new GotongError('GOTONG_E_USAGE', t('admin.readOnlyCopy', { registry: location.label }), {
      hint: t('admin.readOnlyCopy.hint'),
    });
  }
}

/** Brings the working clone to the remote's main under gotong's lock on it, and loads its verified metadata. */
async function withWorkingClone<T>(options: CeremonyOptions, expiryDays: number | undefined, work: (dir: string, writer: RegistryWriter) => Promise<T>): Promise<T> {
  writableGit(options.location);
  const dir = gotongPaths(options.env).publishDir(options.location.id);
  await fs.mkdir(join(dir, '..'), { recursive: true });
  return withLock(`${dir}.lock`, { waitMs: 300_000, what: t('admin.ceremony.workingCopy', { registry: options.location.label }), afterTakeover: () => removeStaleGitLocks(dir) }, async () => {
    await syncOrClone(dir, options.location.url, { sparse: [METADATA_DIR] });
    const expiry = expiryDays === undefined ? {} : { root: expiryDays, targets: expiryDays };
    return work(dir, await RegistryWriter.load(dir, { now: options.now, expiry }));
  });
}

/**
 * Reads the proposal on branch ceremony/<id>, lets `amend` change it, and
 * pushes the result on top of what was read, only if the branch is still
 * there (a lease). Refused because someone else signed first, it reads the
 * branch again and amends that, so no signature is lost. `amend` returns
 * null when there is nothing to write.
 */
async function amendBranch(options: CeremonyOptions, dir: string, kind: CeremonyKind, id: string, message: string, amend: (current: Proposal | null) => Promise<Proposal | null>): Promise<Proposal> {
  const retryFor = options.retryForMs ?? retryTime(options.env);
  const started = Date.now();
  const identity = commitIdentity('registry-admin', options.env);
  for (let attempt = 1; ; attempt++) {
    const tip = (await fetchCeremonyBranches(dir, options.location.url)).find((b) => b.id === id)?.commit ?? null;
    const current = tip ? proposalFromFiles(id, kind, await readCeremonyFiles(dir, id, tip)) : null;
    const next = await amend(current);
    if (!next) return current ?? bug('a new proposal branch with nothing to write');
    const commit = await commitCeremonyFiles(dir, proposalFiles(next), tip, message, identity);
    if ((await pushCeremonyBranch(dir, options.location.url, id, commit, tip)) === 'pushed') return next;
    const elapsed = Date.now() - started;
    if (elapsed >= retryFor) {
      throw new GotongError('GOTONG_E_PUBLISH_CONTENDED', t('admin.ceremony.contended', { id, rounds: attempt, duration: formatDuration(elapsed) }), {
        hint: t('admin.ceremony.contended.hint'),
      });
    }
    const waitMs = Math.min(retryFor - elapsed, backoffMs(attempt));
    options.reporter.emit({ type: 'retry', stage: 'push', attempt, reason: t('admin.ceremony.retryReason'), waitMs });
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

export interface ProposeOptions extends CeremonyOptions {
  /** Keys of the proposer that sign at once (may be none). */
  signers: SigningKey[];
  /** Lifetime of the proposed root or targets, in days (default: the usual). */
  expiryDays?: number;
}

export interface SignedView extends ProposalView {
  /** The signatures this command added. */
  added: Array<{ document: string; keyId: string }>;
}

async function propose(options: ProposeOptions, plan: (writer: RegistryWriter) => Promise<Proposal>): Promise<SignedView> {
  return withWorkingClone(options, options.expiryDays, async (dir, writer) => {
    const planned = await plan(writer);
    const id = proposalId(planned);
    let added: SignedView['added'] = [];
    // i18n-exempt: a registry commit message (registry content).
    const proposal = await amendBranch(options, dir, planned.kind, id, `propose ${id}`, async (current) => {
      // The same id is the same signed content: proposing it again only adds signatures.
      const proposal = current ?? planned;
      const review = await reviewProposal(writer, id, proposal);
      if (review.stale) throw staleProposal(review);
      added = options.signers.length > 0 ? signProposal(proposal, review.requirements, options.signers) : [];
      return current && added.length === 0 ? null : proposal;
    });
    return { ...view(await reviewProposal(writer, id, proposal)), added };
  });
}

export function proposeRootChange(options: ProposeOptions & { change: RootChange }): Promise<SignedView> {
  return propose(options, async (writer) => planRootChange(writer, options.change, options.expiryDays ?? DEFAULT_EXPIRY_DAYS.root));
}

export function proposeTargetsChange(options: ProposeOptions & { change: TargetsChange }): Promise<SignedView> {
  return propose(options, (writer) => planTargetsChange(writer, options.change));
}

export interface ProposalRef extends CeremonyOptions {
  kind: CeremonyKind;
  id: string;
}

/** Adds the signatures of `signers` (one administrator's key, or a city's new key) to every document of the proposal they are needed on. */
export async function signCeremony(options: ProposalRef & { signers: SigningKey[] }): Promise<SignedView> {
  parseProposalId(options.id, options.kind);
  return withWorkingClone(options, undefined, async (dir, writer) => {
    let added: SignedView['added'] = [];
    // i18n-exempt: a registry commit message (registry content).
    const proposal = await amendBranch(options, dir, options.kind, options.id, `sign ${options.id} with ${options.signers.map((s) => short(s.keyId)).join(', ')}`, async (current) => {
      if (!current) throw unknownProposal(options.kind, options.id, options.location);
      const review = await reviewProposal(writer, options.id, current);
      if (review.stale) throw staleProposal(review);
      added = signProposal(current, review.requirements, options.signers);
      return added.length > 0 ? current : null;
    });
    return { ...view(await reviewProposal(writer, options.id, proposal)), added };
  });
}

/**
 * Puts a fully signed proposal on main: reviewed again against main as it
 * is now, every threshold checked, only the signatures that count kept,
 * then snapshot and timestamp signed by the online key the (new) root names.
 * Until then it changes nothing and says which signatures are missing.
 */
export async function commitCeremony(options: ProposalRef & { onlineKey: SigningKey }): Promise<ProposalView & { committed: true }> {
  parseProposalId(options.id, options.kind);
  const { result: done } = await updateRegistry({ location: options.location, identity: commitIdentity('registry-admin', options.env), reporter: options.reporter, env: options.env, now: options.now, retryForMs: options.retryForMs }, async (writer) => {
    const tip = (await fetchCeremonyBranches(writer.dir, options.location.url)).find((b) => b.id === options.id)?.commit;
    if (!tip) throw unknownProposal(options.kind, options.id, options.location);
    const proposal = proposalFromFiles(options.id, options.kind, await readCeremonyFiles(writer.dir, options.id, tip));
    const review = await reviewProposal(writer, options.id, proposal);
    if (review.stale) throw staleProposal(review);
    const missing = missingSignatures(review.requirements);
    if (missing.length > 0) throw thresholdNotMet(review, missing);
    await writer.adoptSigned(countedSignaturesOnly(proposal, review.requirements));
    writer.refreshTimestamp(options.onlineKey);
    // i18n-exempt: a registry commit message (registry content).
    return { changed: true, message: `commit ${options.id}: ${review.changesInEnglish.join('; ')}`, result: { review, dir: writer.dir, tip } };
  });
  // Its work is done. Should someone have signed it again meanwhile, the
  // branch stays, and `status` shows it as stale; nothing depends on it.
  await deleteCeremonyBranch(done.dir, options.location.url, options.id, done.tip).catch(() => 'rejected');
  return { ...view(done.review), committed: true };
}

/** The open proposals of one kind, each checked against main; a branch gotong would refuse is listed with the reason. */
export async function ceremonyStatus(options: CeremonyOptions & { kind: CeremonyKind }): Promise<{ proposals: ProposalView[] }> {
  return withWorkingClone(options, undefined, async (dir, writer) => {
    const proposals: ProposalView[] = [];
    for (const branch of await fetchCeremonyBranches(dir, options.location.url)) {
      if (!branch.id.startsWith(`${options.kind}-`)) continue;
      try {
        parseProposalId(branch.id, options.kind);
        const proposal = proposalFromFiles(branch.id, options.kind, await readCeremonyFiles(dir, branch.id, branch.commit));
        proposals.push(view(await reviewProposal(writer, branch.id, proposal)));
      } catch (error) {
        if (!isGotongError(error) || error.code === 'GOTONG_E_INTERNAL') throw error;
        proposals.push({ id: branch.id, kind: options.kind, branch: `ceremony/${branch.id}`, stale: null, invalid: error.message, changes: [], signatures: [], missing: [], ready: false });
      }
    }
    return { proposals };
  });
}

/** Deletes a proposal's branch: one that stalled, went stale, or should never have been made. */
export async function discardCeremony(options: ProposalRef): Promise<{ id: string; discarded: true }> {
  parseProposalId(options.id, options.kind);
  return withWorkingClone(options, undefined, async (dir) => {
    const tip = (await fetchCeremonyBranches(dir, options.location.url)).find((b) => b.id === options.id)?.commit;
    if (!tip) throw unknownProposal(options.kind, options.id, options.location);
    if ((await deleteCeremonyBranch(dir, options.location.url, options.id, tip)) !== 'pushed') {
      throw new GotongError('GOTONG_E_PUBLISH_CONTENDED', t('admin.ceremony.discardContended', { id: options.id }), { hint: t('admin.ceremony.discardContended.hint') });
    }
    return { id: options.id, discarded: true };
  });
}
