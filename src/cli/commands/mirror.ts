import type { Command } from 'commander';
import { addCommonOptions, runCommand, usage, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

export function registerMirrorCommands(program: Command): void {
  addCommonOptions(program.command('mirror'))
    .description(t('cliAdmin.mirror.description'))
    .requiredOption('--from <name|url>', t('cliAdmin.mirror.from'))
    .requiredOption('--to <dir|git-url>', t('cliAdmin.mirror.to'))
    .action((flags: CommonFlags & { from: string; to: string }) =>
      runCommand(flags, async (ctx) => {
        const { mirrorRegistry } = await import('../../admin/mirror.js');
        const result = await mirrorRegistry({ from: flags.from, to: flags.to, cwd: ctx.cwd, reporter: ctx.reporter, env: ctx.env });
        const human =
          result.kind === 'folder'
            ? t('cliAdmin.mirror.copied', { from: result.from, to: result.to, version: result.timestampVersion, copied: result.copied, bytes: result.copiedBytes, kept: result.kept, removed: result.removed })
            : t(result.outcome === 'pushed' ? 'cliAdmin.mirror.pushed' : 'cliAdmin.mirror.unchanged', { from: result.from, to: result.to, commit: result.commit.slice(0, 12) });
        return { json: { ...result }, human };
      }),
    );

  const registry = program.commands.find((c) => c.name() === 'registry')!;
  addCommonOptions(registry.command('mirrors'))
    .description(t('cliAdmin.mirrors.description'))
    .argument('<name>', t('cliAdmin.mirrors.name'))
    .argument('[urls...]', t('cliAdmin.mirrors.urls'))
    .option('--clear', t('cliAdmin.mirrors.clear'))
    .action((name: string, urls: string[], flags: CommonFlags & { clear?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { normaliseMirrorUrl, registryMirrors } = await import('../../admin/mirror-config.js');
        if (flags.clear && urls.length > 0) throw usage(t('cliAdmin.mirrors.clearWithUrls'), t('cliAdmin.mirrors.clearWithUrls.hint'));
        const wanted = flags.clear ? [] : urls.length > 0 ? urls.map((url) => normaliseMirrorUrl(url, ctx.cwd)) : null;
        const result = await registryMirrors(name, wanted, ctx.env);
        const list = result.mirrors.length > 0 ? result.mirrors.map((url, i) => `  ${i + 1}. ${url}`).join('\n') : `  ${t('cliAdmin.mirrors.none')}`;
        return { json: { ...result }, human: `${t('cliAdmin.mirrors.title', { name: result.name })}\n${list}` };
      }),
    );
}
