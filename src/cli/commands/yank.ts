// gotong yank and gotong deprecate: a publishing city marks versions it
// already published, with the same keys it publishes with.
import type { Command } from 'commander';
import { quote } from '../../manifest/names.js';
import type { DeprecateResult } from '../../publish/deprecate.js';
import type { YankResult } from '../../publish/yank.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addPublisherOptions, proposalJson, proposalText, publisherChangeOptions, settleProposal, type PublisherFlags } from '../publisher-flags.js';
import { t } from '../../i18n/translate.js';

function yankText(result: YankResult): string {
  const module = `${result.name}@${result.version}`;
  const reason = result.reason === null ? null : quote(result.reason);
  switch (result.status) {
    case 'yanked': {
      const key = result.dryRun ? (reason === null ? 'cli.yank.wouldYank' : 'cli.yank.wouldYankReason') : reason === null ? 'cli.yank.yanked' : 'cli.yank.yankedReason';
      return `${t(key, { module, reason })}\n${t('cli.yank.effect')}`;
    }
    case 'already-yanked':
      return reason === null ? t('cli.yank.alreadyYanked', { module }) : t('cli.yank.alreadyYankedReason', { module, reason });
    case 'unyanked':
      return t(result.dryRun ? 'cli.yank.wouldUnyank' : 'cli.yank.unyanked', { module });
    case 'not-yanked':
      return t('cli.yank.notYanked', { module });
  }
}

function deprecateText(result: DeprecateResult): string {
  const subject = `${result.name}${result.range === null ? '' : `@${result.range}`}`;
  if (result.status === 'unchanged') return t(result.message === null ? 'cli.deprecate.alreadyNotDeprecated' : 'cli.deprecate.alreadyDeprecated', { subject, count: result.matched.length });
  const key = result.status === 'deprecated' ? (result.dryRun ? 'cli.deprecate.wouldDeprecate' : 'cli.deprecate.deprecated') : result.dryRun ? 'cli.deprecate.wouldUndeprecate' : 'cli.deprecate.undeprecated';
  return t(key, { versions: result.changed.map((v) => `${result.name}@${v}`).join(', ') });
}

export function registerYankCommands(program: Command): void {
  addPublisherOptions(addCommonOptions(program.command('yank')))
    .description(t('cli.yank.description'))
    .argument('<module@version>', t('cli.yank.spec'))
    .option('--reason <text>', t('cli.yank.reason'))
    .option('--undo', t('cli.yank.undo'))
    .action((spec: string, flags: CommonFlags & PublisherFlags & { reason?: string; undo?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { yank } = await import('../../publish/yank.js');
        const result = await yank({ ...(await publisherChangeOptions(ctx, flags)), spec, reason: flags.reason ?? null, undo: flags.undo });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: yankText(result) + proposalText(settled) };
      }),
    );

  addPublisherOptions(addCommonOptions(program.command('deprecate')))
    .description(t('cli.deprecate.description'))
    .argument('<module[@range]>', t('cli.deprecate.spec'))
    .argument('<message>', t('cli.deprecate.message'))
    .action((spec: string, message: string, flags: CommonFlags & PublisherFlags) =>
      runCommand(flags, async (ctx) => {
        const { deprecate } = await import('../../publish/deprecate.js');
        const result = await deprecate({ ...(await publisherChangeOptions(ctx, flags)), spec, message });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: deprecateText(result) + proposalText(settled) };
      }),
    );
}
