// The flags of the commands a publishing city runs against a registry
// (publish, yank, deprecate): which registry, the namespace's publisher keys (--key, else
// GOTONG_SIGNING_KEY), the online key (--online-key, else GOTONG_ONLINE_KEY),
// passphrases, the registry commit's author, the retry time and --dry-run,
// read into the options every signed namespace change takes.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Proposal } from '../change/namespace-change.js';
import type { IndexChangeOptions } from '../publish/index-change.js';
import { collect, type CommandContext } from './context.js';
import { keyPassphraseOption, onlineKeyFromFlags, passphraseLookup } from './key-flags.js';

export interface PublisherFlags {
  registry?: string;
  key: string[];
  onlineKey?: string;
  keyPassphraseEnv?: string[];
  dryRun?: boolean;
  gitName?: string;
  gitEmail?: string;
  retryFor?: string;
  wait?: boolean;
  waitFor?: string;
}

export function addPublisherOptions(command: Command, dryRunHelp = 'sign the change, but change nothing'): Command {
  return command
    .option('--registry <name|url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--key <file>', 'publisher private key of the module\'s namespace (repeat for a threshold); or GOTONG_SIGNING_KEY', collect, [])
    .option('--online-key <file>', 'registry online key for snapshot and timestamp, in a direct-mode registry only; or GOTONG_ONLINE_KEY')
    .addOption(keyPassphraseOption())
    .option('--dry-run', dryRunHelp)
    .option('--git-name <name>', 'author of the registry commit (or GOTONG_GIT_NAME)')
    .option('--git-email <email>', 'e-mail of the registry commit (or GOTONG_GIT_EMAIL)')
    .option('--retry-for <duration>', 'keep trying this long while others push first, e.g. 90s or 10m (or GOTONG_PUBLISH_RETRY_FOR; default 5m in CI, 1m elsewhere)')
    .option('--wait', 'in a staged registry: wait until the proposal is accepted (exit 0) or refused (exit 3)')
    .option('--wait-for <duration>', 'how long --wait waits, e.g. 30m (default 15m)');
}

/** What became of a change to a staged registry: `proposed`, or with --wait `accepted` (a refusal or timeout throws). */
export interface ProposalOutcome {
  state: 'proposed' | 'accepted';
  proposal: Proposal;
  waitedMs?: number;
}

export async function settleProposal(ctx: CommandContext, flags: PublisherFlags, proposal: Proposal | null): Promise<ProposalOutcome | null> {
  if (!proposal) return null;
  if (!flags.wait) return { state: 'proposed', proposal };
  const { waitForProposal } = await import('../change/proposal-wait.js');
  const { locateRegistry } = await import('../registry/locate.js');
  const { parseDuration } = await import('../core/duration.js');
  const waitForMs = flags.waitFor === undefined ? undefined : parseDuration(flags.waitFor, '--wait-for');
  const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
  const { state, waitedMs } = await waitForProposal(proposal, { location, reporter: ctx.reporter, env: ctx.env, waitForMs });
  return { state, proposal, waitedMs };
}

/** A proposal as --json gives it (stable). */
export function proposalJson(proposal: Proposal | null): { namespace: string; id: string; branch: string } | null {
  return proposal && { namespace: proposal.namespace, id: proposal.id, branch: proposal.branch };
}

/** The line a person reads about a proposal. */
export function proposalText(outcome: ProposalOutcome | null): string {
  if (!outcome) return '';
  if (outcome.state === 'accepted') return `\naccepted by the registry (${outcome.proposal.branch})`;
  return `\nproposed as ${outcome.proposal.branch}: the registry's accept job publishes it (see \`gotong registry pending\`; --wait waits for it)`;
}

export async function publisherChangeOptions(ctx: CommandContext, flags: PublisherFlags): Promise<IndexChangeOptions> {
  const { locateRegistry } = await import('../registry/locate.js');
  const { resolveSigningKeys } = await import('../trust/key-files.js');
  const { parseDuration } = await import('../core/duration.js');
  const retryForMs = flags.retryFor === undefined ? undefined : parseDuration(flags.retryFor, '--retry-for');
  const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.key, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_SIGNING_KEY', 'GOTONG_ONLINE_KEY'] });
  const signers = await resolveSigningKeys({ files: flags.key.map((f) => resolve(ctx.cwd, f)), envVar: 'GOTONG_SIGNING_KEY', env: ctx.env, passphrases, purpose: 'publisher signing', flag: '--key' });
  // A staged registry needs no online key from a publisher; a direct one says so when it is missing.
  const onlineKey = flags.onlineKey || ctx.env.GOTONG_ONLINE_KEY ? await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases) : undefined;
  const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
  return { location, signers, onlineKey, dryRun: flags.dryRun, gitName: flags.gitName, gitEmail: flags.gitEmail, retryForMs, reporter: ctx.reporter, env: ctx.env };
}
