// Commands for auditors: rebuild a published version from its recorded
// source and compare (rebuild-verify).
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import { t } from '../../i18n/translate.js';
import type { FileDifference } from '../../provenance/tar-files.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

interface RebuildFlags extends CommonFlags {
  source?: string;
  registry?: string;
  offline?: boolean;
}

function sizeText(size: number | null): string {
  return size === null ? '-' : t('rebuild.size', { bytes: size });
}

function differenceLine(file: FileDifference): { where: string; message: string } {
  const sizes = { published: sizeText(file.publishedSize), rebuilt: sizeText(file.rebuiltSize) };
  if (file.change === 'added') return { where: file.path, message: t('rebuild.file.added', sizes) };
  if (file.change === 'missing') return { where: file.path, message: t('rebuild.file.missing', sizes) };
  return { where: file.path, message: t('rebuild.file.changed', sizes) };
}

export function registerTransparencyCommands(program: Command): void {
  addCommonOptions(program.command('rebuild-verify'))
    .description(t('rebuild.description'))
    .argument('<module@version>', t('rebuild.argument'))
    .option('--source <dir|git-url>', t('rebuild.option.source'))
    .option('--registry <name|url>', t('rebuild.option.registry'))
    .option('--offline', t('rebuild.option.offline'))
    .action((spec: string, flags: RebuildFlags) =>
      runCommand(flags, async (ctx) => {
        const { rebuildVerify } = await import('../../provenance/rebuild-verify.js');
        const result = await rebuildVerify({ spec, source: flags.source, cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        const where = { module: `${result.name}@${result.version}`, from: result.source.from, commit: result.source.commit?.slice(0, 12) ?? '-' };
        if (result.status === 'differs') {
          const problems = result.files.length > 0 ? result.files.map(differenceLine) : [{ where: 'tar', message: t('rebuild.file.headers') }];
          throw new GotongError('GOTONG_E_REBUILD_DIFFERS', t('rebuild.differs', { ...where, count: result.files.length }), {
            hint: t('rebuild.differs.hint'),
            details: { ...result, problems },
          });
        }
        return { json: { ...result }, human: t('rebuild.reproduced', { ...where, sha: result.rebuiltTarSha512.slice(0, 16) }) };
      }),
    );
}
