// `--wait` after a proposal (staged mode): asks the git host for the
// proposal's two possible branches until the registry's pipeline has decided,
// so a member's CI job can end green only once its release is on main. Only
// the list of branches is asked for while waiting; the working clone (and its
// lock, which other commands of this machine need) is taken only to read the
// decision.
import { formatDuration } from '../core/duration.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { Reporter } from '../core/reporter.js';
import { syncOrClone } from '../registry/clone.js';
import { listRemoteRefs } from '../registry/git.js';
import { fetchProposalBranches, INCOMING, isAncestor, REFUSED, shownSubject } from '../registry/incoming-branches.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import type { RegistryLocation } from '../registry/locate.js';
import { namespaceEntries } from '../registry/namespaces.js';
import type { Proposal } from './namespace-change.js';
import { inWorkingClone } from './registry-update.js';

/** How long --wait waits when --wait-for does not say: a registry's accept job runs on every push or every few minutes. */
export const DEFAULT_WAIT_MS = 15 * 60_000;
const FIRST_POLL_MS = 500;
const LONGEST_POLL_MS = 3000;

export interface WaitOptions {
  location: RegistryLocation;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  waitForMs?: number;
}

/** Resolves once the proposal is accepted; throws GOTONG_E_PROPOSAL_REFUSED or GOTONG_E_WAIT_TIMEOUT otherwise. */
export async function waitForProposal(proposal: Proposal, options: WaitOptions): Promise<{ state: 'accepted'; waitedMs: number }> {
  const { location } = options;
  const waitFor = options.waitForMs ?? DEFAULT_WAIT_MS;
  const started = Date.now();
  const refused = `${REFUSED}${proposal.namespace}/${proposal.id}`;
  let poll = FIRST_POLL_MS;
  options.reporter.emit({ type: 'info', message: t('change.wait.waiting', { branch: proposal.branch }) });
  for (;;) {
    const names = await listRemoteRefs(location.url, [proposal.branch, refused]);
    if (names.includes(refused)) throw await refusal(proposal, options);
    if (!names.includes(proposal.branch)) {
      if (await onMain(proposal, options)) return { state: 'accepted', waitedMs: Date.now() - started };
      throw new GotongError('GOTONG_E_PROPOSAL_REFUSED', t('change.wait.removed', { branch: proposal.branch, registry: location.label }), {
        hint: t('change.wait.removed.hint'),
        details: { proposal: proposal.branch },
      });
    }
    const elapsed = Date.now() - started;
    if (elapsed >= waitFor) {
      throw new GotongError('GOTONG_E_WAIT_TIMEOUT', t('change.wait.timeout', { branch: proposal.branch, registry: location.label, duration: formatDuration(elapsed) }), {
        hint: t('change.wait.timeout.hint'),
        details: { proposal: proposal.branch },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(poll, waitFor - elapsed)));
    poll = Math.min(LONGEST_POLL_MS, Math.round(poll * 1.5));
  }
}

async function refusal(proposal: Proposal, options: WaitOptions): Promise<GotongError> {
  const reason = await inWorkingClone(options.location, options.env, async (dir) => {
    await syncOrClone(dir, options.location.url, { sparse: [METADATA_DIR] });
    const branch = (await fetchProposalBranches(dir, options.location.url, REFUSED)).find((b) => b.namespace === proposal.namespace && b.id === proposal.id);
    return branch ? (await shownSubject(dir, branch.commit)).replace(/^refused: /, '') : t('change.wait.noReason');
  });
  return new GotongError('GOTONG_E_PROPOSAL_REFUSED', t('change.wait.refused', { branch: `${INCOMING}${proposal.namespace}/${proposal.id}`, reason }), {
    hint: t('change.wait.refused.hint'),
    details: { proposal: proposal.branch, reason },
  });
}

/** Whether main links the proposal's namespace commit or a later one. */
function onMain(proposal: Proposal, options: WaitOptions): Promise<boolean> {
  return inWorkingClone(options.location, options.env, async (dir) => {
    const fetched = await syncOrClone(dir, options.location.url, { sparse: [METADATA_DIR] });
    const link = (await namespaceEntries(dir, fetched)).get(proposal.namespace);
    return link?.type === 'commit' && (await isAncestor(dir, proposal.namespaceCommit, link.oid));
  });
}
