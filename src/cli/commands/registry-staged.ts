// `gotong registry accept` and `registry pending`: the two sides of a staged
// registry's queue, run by the registry's own pipeline and by anyone who
// wants to see what waits.
import type { Command } from 'commander';
import type { AcceptResult, PendingResult } from '../../admin/accept.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { keyPassphraseOption, onlineKeyFromFlags, passphraseLookup } from '../key-flags.js';
import { t } from '../../i18n/translate.js';

function acceptText(result: AcceptResult): string {
  const lines: string[] = [];
  if (result.accepted.length === 0 && result.refused.length === 0) return t('cliAdmin.staged.nonePending');
  lines.push(t(result.dryRun ? 'cliAdmin.staged.wouldAccept' : 'cliAdmin.staged.accepted', { count: result.accepted.length, moved: result.committed ? 'yes' : 'no' }));
  for (const a of result.accepted) lines.push(`  ${a.branch}  ${a.summary}`);
  if (result.refused.length > 0) lines.push(t(result.dryRun ? 'cliAdmin.staged.wouldRefuse' : 'cliAdmin.staged.refusedCount', { count: result.refused.length }));
  for (const r of result.refused) lines.push(`  ${r.branch}  ${r.summary}\n    ${r.reason}`);
  return lines.join('\n');
}

function pendingText(result: PendingResult): string {
  const lines = [result.pending.length === 0 ? t('cliAdmin.staged.nonePending') : t('cliAdmin.staged.pendingCount', { count: result.pending.length })];
  for (const p of result.pending) lines.push(`  ${p.branch}  ${p.summary}`);
  if (result.refused.length > 0) lines.push(t('cliAdmin.staged.refusedTitle', { count: result.refused.length }));
  for (const r of result.refused) lines.push(`  ${r.branch}  ${r.summary}\n    ${r.reason}`);
  return lines.join('\n');
}

export function registerStagedCommands(registry: Command): void {
  addCommonOptions(registry.command('accept'))
    .description(t('cliAdmin.staged.accept.description'))
    .option('--registry <name|url>', t('cliAdmin.option.registryGitEnv'))
    .option('--online-key <file>', t('cliAdmin.option.onlineKey'))
    .addOption(keyPassphraseOption())
    .option('--dry-run', t('cliAdmin.option.dryRun'))
    .option('--retry-for <duration>', t('cliAdmin.staged.accept.retryFor'))
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
    .description(t('cliAdmin.staged.pending.description'))
    .option('--registry <name|url>', t('cliAdmin.option.registryGitEnv'))
    .action((flags: CommonFlags & { registry?: string }) =>
      runCommand(flags, async (ctx) => {
        const { pendingProposals } = await import('../../admin/accept.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const result = await pendingProposals({ location: await locateRegistry({ flag: flags.registry, env: ctx.env }), env: ctx.env });
        return { json: { ...result }, human: pendingText(result) };
      }),
    );
}
