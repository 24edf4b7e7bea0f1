// `gotong registry accept` and `registry pending`: the two sides of a staged
// registry's queue, run by the registry's own pipeline and by anyone who
// wants to see what waits.
import type { Command } from 'commander';
import type { AcceptResult, PendingResult } from '../../admin/accept.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { keyPassphraseOption, onlineKeyFromFlags, passphraseLookup } from '../key-flags.js';

function acceptText(result: AcceptResult): string {
  const lines: string[] = [];
  const would = result.dryRun ? 'would accept' : 'accepted';
  if (result.accepted.length === 0 && result.refused.length === 0) return 'no proposals are pending';
  lines.push(`${would} ${result.accepted.length} proposal${result.accepted.length === 1 ? '' : 's'}${result.committed ? '; main moved' : ''}`);
  for (const a of result.accepted) lines.push(`  ${a.branch}  ${a.summary}`);
  if (result.refused.length > 0) lines.push(`${result.dryRun ? 'would refuse' : 'refused'} ${result.refused.length}:`);
  for (const r of result.refused) lines.push(`  ${r.branch}  ${r.summary}\n    ${r.reason}`);
  return lines.join('\n');
}

function pendingText(result: PendingResult): string {
  const lines = [result.pending.length === 0 ? 'no proposals are pending' : `${result.pending.length} pending:`];
  for (const p of result.pending) lines.push(`  ${p.branch}  ${p.summary}`);
  if (result.refused.length > 0) lines.push(`${result.refused.length} refused:`);
  for (const r of result.refused) lines.push(`  ${r.branch}  ${r.summary}\n    ${r.reason}`);
  return lines.join('\n');
}

export function registerStagedCommands(registry: Command): void {
  addCommonOptions(registry.command('accept'))
    .description('put every pending proposal that passes review on main, refuse the rest with the reason (the registry\'s own pipeline)')
    .option('--registry <name|url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--online-key <file>', 'the registry online key (or GOTONG_ONLINE_KEY)')
    .addOption(keyPassphraseOption())
    .option('--dry-run', 'review and report, but change nothing')
    .option('--retry-for <duration>', 'keep trying this long while others push first (or GOTONG_PUBLISH_RETRY_FOR)')
    .action((flags: CommonFlags & { registry?: string; onlineKey?: string; keyPassphraseEnv?: string[]; dryRun?: boolean; retryFor?: string }) =>
      runCommand(flags, async (ctx) => {
        const { acceptProposals } = await import('../../admin/accept.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const { parseDuration } = await import('../../core/duration.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: flags.onlineKey ? [flags.onlineKey] : [], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases);
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const retryForMs = flags.retryFor === undefined ? undefined : parseDuration(flags.retryFor, '--retry-for');
        const result = await acceptProposals({ location, onlineKey, reporter: ctx.reporter, env: ctx.env, dryRun: flags.dryRun, retryForMs });
        return { json: { ...result }, human: acceptText(result) };
      }),
    );

  addCommonOptions(registry.command('pending'))
    .description('the proposals waiting for the accept job, and those refused with the reason')
    .option('--registry <name|url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .action((flags: CommonFlags & { registry?: string }) =>
      runCommand(flags, async (ctx) => {
        const { pendingProposals } = await import('../../admin/accept.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const result = await pendingProposals({ location: await locateRegistry({ flag: flags.registry, env: ctx.env }), env: ctx.env });
        return { json: { ...result }, human: pendingText(result) };
      }),
    );
}
