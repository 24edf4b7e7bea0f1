// gotong yank and gotong deprecate: a publishing city marks versions it
// already published, with the same keys it publishes with.
import type { Command } from 'commander';
import { quote } from '../../manifest/names.js';
import type { DeprecateResult } from '../../publish/deprecate.js';
import type { YankResult } from '../../publish/yank.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addPublisherOptions, proposalJson, proposalText, publisherChangeOptions, settleProposal, type PublisherFlags } from '../publisher-flags.js';

function yankText(result: YankResult): string {
  const subject = `${result.name}@${result.version}`;
  const would = result.dryRun ? 'would be ' : '';
  switch (result.status) {
    case 'yanked':
      return `${subject} ${would}yanked${result.reason === null ? '' : `: ${quote(result.reason)}`}\nnew installs skip it; lockfiles that pin it still install it, with a warning`;
    case 'already-yanked':
      return `${subject} is already yanked${result.reason === null ? '' : `: ${quote(result.reason)}`}`;
    case 'unyanked':
      return `${subject} ${would}no longer yanked`;
    case 'not-yanked':
      return `${subject} is not yanked: nothing to undo`;
  }
}

function deprecateText(result: DeprecateResult): string {
  const subject = `${result.name}${result.range === null ? '' : `@${result.range}`}`;
  if (result.status === 'unchanged') return `${subject}: ${result.matched.length} version${result.matched.length === 1 ? '' : 's'} already ${result.message === null ? 'not deprecated' : 'deprecated with that message'}`;
  const verb = `${result.dryRun ? 'would be ' : ''}${result.status === 'deprecated' ? 'deprecated' : 'no longer deprecated'}`;
  return `${verb}: ${result.changed.map((v) => `${result.name}@${v}`).join(', ')}`;
}

export function registerYankCommands(program: Command): void {
  addPublisherOptions(addCommonOptions(program.command('yank')))
    .description('pull back a published version: new installs skip it, lockfiles that pin it still install it with a warning')
    .argument('<module@version>', 'e.g. @bandung/e-musrenbang@2.1.1')
    .option('--reason <text>', 'why, shown to everyone whose install keeps the version')
    .option('--undo', 'make the version installable again')
    .action((spec: string, flags: CommonFlags & PublisherFlags & { reason?: string; undo?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { yank } = await import('../../publish/yank.js');
        const result = await yank({ ...(await publisherChangeOptions(ctx, flags)), spec, reason: flags.reason ?? null, undo: flags.undo });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: yankText(result) + proposalText(settled) };
      }),
    );

  addPublisherOptions(addCommonOptions(program.command('deprecate')))
    .description('tell the users of some versions to move on; installs warn with MESSAGE (an empty MESSAGE takes it back)')
    .argument('<module[@range]>', 'e.g. @bandung/e-musrenbang@<2.2.0 (no range: every version)')
    .argument('<message>', 'e.g. "Gunakan 2.2.0: perbaikan kode wilayah"; "" takes the deprecation back')
    .action((spec: string, message: string, flags: CommonFlags & PublisherFlags) =>
      runCommand(flags, async (ctx) => {
        const { deprecate } = await import('../../publish/deprecate.js');
        const result = await deprecate({ ...(await publisherChangeOptions(ctx, flags)), spec, message });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: deprecateText(result) + proposalText(settled) };
      }),
    );
}
