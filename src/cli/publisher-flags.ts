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
import { t } from '../i18n/translate.js';

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

export function addPublisherOptions(command: Command, dryRunHelp = t('cli.publisher.dryRun')): Command {
  return command
    .option('--registry <name|url>', t('cli.publisher.registry'))
    .option('--key <file>', t('cli.publisher.key'), collect, [])
    .option('--online-key <file>', t('cli.publisher.onlineKey'))
    .addOption(keyPassphraseOption())
    .option('--dry-run', dryRunHelp)
    .option('--git-name <name>', t('cli.publisher.gitName'))
    .option('--git-email <email>', t('cli.publisher.gitEmail'))
    .option('--retry-for <duration>', t('cli.publisher.retryFor'))
    .option('--wait', t('cli.publisher.wait'))
    .option('--wait-for <duration>', t('cli.publisher.waitFor'));
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
  if (outcome.state === 'accepted') return `\n${t('cli.publisher.accepted', { branch: outcome.proposal.branch })}`;
  return `\n${t('cli.publisher.proposed', { branch: outcome.proposal.branch })}`;
}

export async function publisherChangeOptions(ctx: CommandContext, flags: PublisherFlags): Promise<IndexChangeOptions> {
  const { locateRegistry } = await import('../registry/locate.js');
  const { resolveSigningKeys } = await import('../trust/key-files.js');
  const { parseDuration } = await import('../core/duration.js');
  const retryForMs = flags.retryFor === undefined ? undefined : parseDuration(flags.retryFor, '--retry-for');
  const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.key, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_SIGNING_KEY', 'GOTONG_ONLINE_KEY'] });
  // i18n-exempt: a kind id the manifest or trust layer words in the user's language.
  const signers = await resolveSigningKeys({ files: flags.key.map((f) => resolve(ctx.cwd, f)), envVar: 'GOTONG_SIGNING_KEY', env: ctx.env, passphrases, purpose: 'publisher signing', flag: '--key' });
  // A staged registry needs no online key from a publisher; a direct one says so when it is missing.
  const onlineKey = flags.onlineKey || ctx.env.GOTONG_ONLINE_KEY ? await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases) : undefined;
  const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
  return { location, signers, onlineKey, dryRun: flags.dryRun, gitName: flags.gitName, gitEmail: flags.gitEmail, retryForMs, reporter: ctx.reporter, env: ctx.env };
}
