// gotong bundle create: one file to carry modules to a machine with no
// network; `gotong install --from-bundle FILE` installs from it there.
import type { Command } from 'commander';
import type { CreateBundleResult } from '../../bundle/create.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

function createText(result: CreateBundleResult): string {
  return [
    ...result.modules.map((m) => `  ${m.name}@${m.version}`),
    `wrote ${result.file} (${result.bytes} bytes): ${result.modules.length} modules, ${result.targetFiles} registry files and ${result.metadataFiles} signed metadata files from ${result.registry}`,
    result.validUntil ? `installs with \`gotong install --from-bundle\` until ${result.validUntil}, when its signed metadata expires` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function registerBundleCommands(program: Command): void {
  const bundle = program.command('bundle').description('offline bundles: signed modules carried to a machine with no network');
  addCommonOptions(bundle.command('create'))
    .description('write one file holding MODULE[@RANGE]... with their dependencies and the signed metadata to verify them')
    .argument('[modules...]', 'e.g. @bandung/e-musrenbang@^2.1')
    .requiredOption('--out <file>', 'the bundle file to write (a tar)')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--lockfile [path]', 'bundle exactly the modules a gotong-lock.json pins (default: the one here)')
    .action((modules: string[], flags: CommonFlags & { out: string; registry?: string; lockfile?: string | true }) =>
      runCommand(flags, async (ctx) => {
        const { createBundle } = await import('../../bundle/create.js');
        const result = await createBundle({ cwd: ctx.cwd, modules, lockfile: flags.lockfile, out: flags.out, registry: flags.registry, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: createText(result) };
      }),
    );
}
