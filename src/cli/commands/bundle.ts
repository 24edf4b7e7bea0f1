// gotong bundle create: one file to carry modules to a machine with no
// network; `gotong install --from-bundle FILE` installs from it there.
import type { Command } from 'commander';
import type { CreateBundleResult } from '../../bundle/create.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

function createText(result: CreateBundleResult): string {
  return [
    ...result.modules.map((m) => `  ${m.name}@${m.version}`),
    t('cliAdmin.bundle.create.wrote', { file: result.file, bytes: result.bytes, modules: result.modules.length, targetFiles: result.targetFiles, metadataFiles: result.metadataFiles, registry: result.registry }),
    result.validUntil ? t('cliAdmin.bundle.create.validUntil', { validUntil: result.validUntil }) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function registerBundleCommands(program: Command): void {
  const bundle = program.command('bundle').description(t('cliAdmin.bundle.description'));
  addCommonOptions(bundle.command('create'))
    .description(t('cliAdmin.bundle.create.description'))
    .argument('[modules...]', t('cliAdmin.bundle.create.modules'))
    .requiredOption('--out <file>', t('cliAdmin.bundle.create.out'))
    .option('--registry <name|url>', t('cliAdmin.option.registryEnv'))
    .option('--lockfile [path]', t('cliAdmin.bundle.create.lockfile'))
    .action((modules: string[], flags: CommonFlags & { out: string; registry?: string; lockfile?: string | true }) =>
      runCommand(flags, async (ctx) => {
        const { createBundle } = await import('../../bundle/create.js');
        const result = await createBundle({ cwd: ctx.cwd, modules, lockfile: flags.lockfile, out: flags.out, registry: flags.registry, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: createText(result) };
      }),
    );
}
