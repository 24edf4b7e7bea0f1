import { resolve } from 'node:path';
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import type { InitAnswers } from '../../publish/init-module.js';
import type { InitFlags } from '../init-flags.js';
import type { PackFileResult } from '../../publish/pack-file.js';
import { addCommonOptions, collect, runCommand, type CommonFlags } from '../context.js';
import { addPublisherOptions, proposalJson, proposalText, publisherChangeOptions, settleProposal, type PublisherFlags } from '../publisher-flags.js';
import { t } from '../../i18n/translate.js';

/** No --name, no namespace gotong can tell, and no question may be asked. */
function unknownNamespace(terminal: boolean, slug: string | null): GotongError {
  const example = `@bandung/${slug || 'e-musrenbang'}`;
  const hint = t('cli.init.unknownNamespace.hint', { example });
  return terminal ? new GotongError('GOTONG_E_USAGE', t('cli.init.unknownNamespace'), { hint }) : new GotongError('GOTONG_E_NEEDS_TTY', t('cli.init.unknownNamespace.noTerminal'), { hint });
}

/** `gotong pack` for a person: with --dry-run, every file and what ignore rules left out. */
function packSummary(result: PackFileResult): string {
  const lines: string[] = [];
  if (result.dryRun) {
    const width = Math.max(...result.files.map((f) => String(f.size).length));
    lines.push(t('cli.pack.wouldPack', { module: `${result.name}@${result.version}`, count: result.fileCount }));
    for (const file of result.files) lines.push(`  ${String(file.size).padStart(width)}  ${file.path}`);
    if (result.ignored.length > 0) lines.push(t('cli.pack.ignored'), ...result.ignored.map((path) => `  ${path}`));
    lines.push(t('cli.pack.wouldWrite', { path: result.path }));
  } else {
    lines.push(result.path);
  }
  lines.push(t('cli.pack.size', { size: result.size, count: result.fileCount, unpacked: result.unpackedSize }), t('cli.integrity', { integrity: result.integrity }));
  return lines.join('\n');
}

export function registerModuleCommands(program: Command): void {
  addCommonOptions(program.command('init'))
    .description(t('cli.init.description'))
    .argument('[dir]', t('cli.argument.moduleFolder'), '.')
    .option('--yes', t('cli.init.yes'))
    .option('--name <name>', t('cli.init.name'))
    .option('--version <version>', t('cli.init.version'))
    .option('--description-id <text>', t('cli.init.descriptionId'))
    .option('--description-en <text>', t('cli.init.descriptionEn'))
    .option('--description <text>', t('cli.init.descriptionSame'))
    .option('--type <type>', t('cli.init.type'))
    .option('--license <spdx>', t('cli.init.license'))
    .option('--category <slug>', t('cli.init.category'))
    .option('--setting <KEY:TYPE[:required][:secret][:default=VALUE]>', t('cli.init.setting'), collect)
    .option('--from-publiccode <file>', t('cli.init.fromPubliccode'))
    .action((dir: string, flags: InitFlags) =>
      runCommand(flags, async (ctx) => {
        const { suggestModuleName, initModule, slugOf } = await import('../../publish/init-module.js');
        const { initDraft } = await import('../init-flags.js');
        const target = resolve(ctx.cwd, dir);
        const from = flags.fromPubliccode === undefined ? null : await (await import('../../publiccode/to-manifest.js')).readPubliccodeForInit(resolve(ctx.cwd, flags.fromPubliccode));
        const slug = from && slugOf(from.fields.softwareName);
        const suggested = flags.name === undefined ? await suggestModuleName(target, ctx.env, slug || undefined) : null;
        let nameSource = flags.name !== undefined ? 'flag' : suggested?.source;
        const draft = initDraft(flags, from?.fields ?? null, suggested?.name);
        let answers: InitAnswers;
        if (ctx.interactive && !flags.yes && !ctx.json) {
          const { askInitAnswers } = await import('../init-wizard.js');
          answers = await askInitAnswers(draft);
          if (answers.name !== draft.name) nameSource = 'prompt';
        } else if (draft.name === undefined) {
          throw unknownNamespace(ctx.interactive, slug);
        } else {
          answers = { ...draft, name: draft.name, version: draft.version! };
        }
        const result = await initModule(target, answers);
        const { name, version } = result.manifest;
        const module = `${name}@${version}`;
        const wrote = nameSource === 'signing-key' || nameSource === 'config' ? t('cli.init.wroteNamespaceFrom', { path: result.path, module, from: suggested!.from }) : t('cli.init.wrote', { path: result.path, module });
        const source = !from ? [] : [from.report.warnings > 0 ? t('cli.init.fromWithWarnings', { file: from.file, count: from.report.warnings }) : t('cli.init.from', { file: from.file })];
        return {
          json: { path: result.path, manifest: result.manifest, nameSource, publiccode: from ? { file: from.file, warnings: from.report.warnings } : null },
          human: [wrote, ...source].join('\n'),
        };
      }),
    );

  addCommonOptions(program.command('pack'))
    .description(t('cli.pack.description'))
    .argument('[dir]', t('cli.argument.moduleFolder'), '.')
    .option('--out-dir <dir>', t('cli.pack.outDir'))
    .option('--dry-run', t('cli.pack.dryRun'))
    .action((dir: string, flags: CommonFlags & { outDir?: string; dryRun?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { packToFile } = await import('../../publish/pack-file.js');
        const result = await packToFile(resolve(ctx.cwd, dir), { outDir: flags.outDir && resolve(ctx.cwd, flags.outDir), dryRun: flags.dryRun });
        return { json: { ...result }, human: packSummary(result) };
      }),
    );

  addCommonOptions(program.command('version'))
    .description(t('cli.version.description'))
    .argument('<release>')
    .argument('[dir]', t('cli.argument.moduleFolder'), '.')
    .option('--preid <id>', t('cli.version.preid'))
    .option('--git-tag', t('cli.version.gitTag'))
    .action((release: string, dir: string, flags: CommonFlags & { preid?: string; gitTag?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { bumpModuleVersion } = await import('../../publish/version.js');
        const result = await bumpModuleVersion(resolve(ctx.cwd, dir), release, { preid: flags.preid, gitTag: flags.gitTag });
        const bumped = { module: result.name, previous: result.previous, version: result.version, tag: result.tag };
        return { json: { ...result }, human: result.tag ? t('cli.version.bumpedTagged', bumped) : t('cli.version.bumped', bumped) };
      }),
    );

  addPublisherOptions(addCommonOptions(program.command('publish')), t('cli.publish.dryRun'))
    .description(t('cli.publish.description'))
    .argument('[dir]', t('cli.argument.moduleFolder'), '.')
    .option('--yes', t('cli.publish.yes'))
    .option('--allow-invalid-publiccode', t('cli.publish.allowInvalidPubliccode'))
    .option('--allow-dirty', t('cli.publish.allowDirty'))
    .action((dir: string, flags: CommonFlags & PublisherFlags & { allowInvalidPubliccode?: boolean; allowDirty?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { publish } = await import('../../publish/publish.js');
        const result = await publish({ dir: resolve(ctx.cwd, dir), ...(await publisherChangeOptions(ctx, flags)), allowInvalidPubliccode: flags.allowInvalidPubliccode, allowDirty: flags.allowDirty });
        const settled = await settleProposal(ctx, flags, result.proposal);
        const status = settled?.state === 'accepted' ? 'published' : result.status;
        const verb = status === 'already-published' ? 'cli.publish.alreadyPublished' : result.dryRun ? 'cli.publish.wouldPublish' : status === 'proposed' ? 'cli.publish.signed' : 'cli.publish.published';
        const lines = [t(verb, { module: `${result.name}@${result.version}` }), t('cli.integrity', { integrity: result.integrity }), ...(result.retries ? [t('cli.publish.retries', { count: result.retries })] : [])];
        return {
          json: { status, name: result.name, version: result.version, integrity: result.integrity, target: result.target, dryRun: result.dryRun, retries: result.retries, proposal: proposalJson(result.proposal), state: settled?.state ?? null },
          human: lines.join('\n') + proposalText(settled),
        };
      }),
    );
}
