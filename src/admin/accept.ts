// `registry accept` and `registry pending` of a staged registry (docs/
// REGISTRY.md, "Staged publishing"): the registry's own pipeline, the one
// place the online key lives, takes every pending proposal, walks each
// namespace's chain (change/proposal-chain.ts), and in one atomic push moves
// main (new snapshot and timestamp), each namespace branch to the commit its
// last accepted proposal made, deletes the accepted proposals and turns the
// refused ones into `refused/<namespace>/<id>` with the reason. Two accept
// runs at once both build on the same main; git lets one push move it, and
// the other starts again from the new main, where the proposals are gone. A
// killed run pushed everything or nothing.
import { bug } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { commitIdentity, inWorkingClone, updateRegistry } from '../change/registry-update.js';
import { readPending, walkChain, type PendingProposal } from '../change/proposal-chain.js';
import { syncOrClone } from '../registry/clone.js';
import { commitRefusal, fetchProposalBranches, INCOMING, refOf, REFUSED, shownSubject } from '../registry/incoming-branches.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import type { RegistryLocation } from '../registry/locate.js';
import { namespaceEntries, type RefUpdate } from '../registry/namespaces.js';
import type { SigningKey } from '../trust/keys.js';

export interface AcceptOptions {
  location: RegistryLocation;
  onlineKey: SigningKey;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  retryForMs?: number;
  /** Review and report, but push nothing. */
  dryRun?: boolean;
}

/** One proposal as accept and pending report it (`--json`: stable). */
export interface ProposalReport {
  namespace: string;
  id: string;
  branch: string;
  /** What it says it does (its commit's subject, as its publisher wrote it). */
  summary: string;
}

export interface AcceptResult {
  accepted: ProposalReport[];
  refused: Array<ProposalReport & { reason: string }>;
  /** Whether main moved. */
  committed: boolean;
  dryRun: boolean;
}

async function report(dir: string, proposal: PendingProposal): Promise<ProposalReport> {
  const { namespace, id, branch, commit } = proposal.branch;
  return { namespace, id, branch, summary: await shownSubject(dir, commit) };
}

export async function acceptProposals(options: AcceptOptions): Promise<AcceptResult> {
  const identity = commitIdentity('registry-accept', options.env);
  const now = options.now ?? new Date();
  const update = await updateRegistry({ location: options.location, identity, reporter: options.reporter, env: options.env, now, retryForMs: options.retryForMs, dryRun: options.dryRun }, async (writer) => {
    const { dir } = writer;
    const pending = await readPending(dir, await fetchProposalBranches(dir, options.location.url, INCOMING));
    const links = await namespaceEntries(dir);
    const byNamespace = new Map<string, PendingProposal[]>();
    for (const proposal of pending) byNamespace.set(proposal.branch.namespace, [...(byNamespace.get(proposal.branch.namespace) ?? []), proposal]);
    const result: AcceptResult = { accepted: [], refused: [], committed: false, dryRun: options.dryRun ?? false };
    const newLinks = new Map<string, string>();
    const refs: RefUpdate[] = [];
    for (const namespace of [...byNamespace.keys()].sort()) {
      const proposals = byNamespace.get(namespace)!;
      // A branch whose name gotong cannot read is refused as a whole; walkChain never sees it as a namespace's.
      const walk = namespace
        ? await walkChain(dir, writer, namespace, proposals, links.get(namespace) ?? null, now, (other) => {
            // Another namespace as this run leaves it: attestations name its versions.
            const taken = newLinks.get(other);
            return taken ? { mode: '160000', type: 'commit', oid: taken, name: other } : links.get(other) ?? null;
          })
        : { taken: [], refused: proposals.map((proposal) => ({ proposal, reason: proposal.malformed ?? bug('a nameless proposal that reads') })), link: null };
      for (const step of walk.taken) {
        result.accepted.push(await report(dir, step.proposal));
        refs.push({ ref: refOf(step.proposal.branch.branch), commit: null, expected: step.proposal.branch.commit });
      }
      if (walk.taken.length > 0) newLinks.set(namespace, walk.link?.oid ?? bug('an accepted chain without an end'));
      for (const { proposal, reason } of walk.refused) {
        result.refused.push({ ...(await report(dir, proposal)), reason });
        const record = await commitRefusal(dir, proposal.branch.commit, reason, identity);
        refs.push({ ref: refOf(proposal.branch.branch), commit: null, expected: proposal.branch.commit });
        refs.push({ ref: refOf(`${REFUSED}${proposal.branch.branch.slice(INCOMING.length)}`), commit: record, expected: '' });
      }
    }
    if (result.accepted.length > 0) writer.refreshTimestamp(options.onlineKey);
    const names = result.accepted.map((a) => a.summary || a.branch);
    // i18n-exempt: a registry commit message (registry content).
    const message = `accept ${result.accepted.length} proposal${result.accepted.length === 1 ? '' : 's'}: ${names.join('; ')}`.slice(0, 2000);
    return { changed: result.accepted.length > 0, message, result, refs: { links: newLinks, refs } };
  });
  return { ...update.result, committed: update.committed };
}

export interface PendingResult {
  pending: ProposalReport[];
  refused: Array<ProposalReport & { reason: string }>;
}

/** The proposals waiting for the accept job, and those it refused with the reasons, as the git host has them now. */
export function pendingProposals(options: { location: RegistryLocation; env?: NodeJS.ProcessEnv }): Promise<PendingResult> {
  return inWorkingClone(options.location, options.env, async (dir) => {
    await syncOrClone(dir, options.location.url, { sparse: [METADATA_DIR] });
    const incoming = await fetchProposalBranches(dir, options.location.url, INCOMING);
    const refused = await fetchProposalBranches(dir, options.location.url, REFUSED);
    const summary = async (commit: string) => shownSubject(dir, commit);
    return {
      pending: await Promise.all(incoming.map(async ({ namespace, id, branch, commit }) => ({ namespace, id, branch, summary: await summary(commit) }))),
      refused: await Promise.all(
        refused.map(async ({ namespace, id, branch, commit }) => ({
          namespace,
          id,
          branch,
          summary: await summary(`${commit}^`).catch(() => ''),
          reason: (await summary(commit)).replace(/^refused: /, ''),
        })),
      ),
    };
  });
}
