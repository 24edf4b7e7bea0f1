import type { Command } from 'commander';
import { addCommonOptions, runCommand, usage, type CommonFlags } from '../context.js';

export function registerMirrorCommands(program: Command): void {
  addCommonOptions(program.command('mirror'))
    .description('verify a registry and copy it to a folder any web server can serve, or to another git remote; run again, it copies what changed')
    .requiredOption('--from <name|url>', 'the registry to copy (a configured name or a URL)')
    .requiredOption('--to <dir|git-url>', 'a folder (served as it is by nginx or a CDN) or a git URL (main and targets/* are pushed)')
    .action((flags: CommonFlags & { from: string; to: string }) =>
      runCommand(flags, async (ctx) => {
        const { mirrorRegistry } = await import('../../admin/mirror.js');
        const result = await mirrorRegistry({ from: flags.from, to: flags.to, cwd: ctx.cwd, reporter: ctx.reporter, env: ctx.env });
        const human =
          result.kind === 'folder'
            ? `${result.from} copied to ${result.to}: timestamp v${result.timestampVersion}, ${result.copied} file${result.copied === 1 ? '' : 's'} written (${result.copiedBytes} bytes), ${result.kept} kept, ${result.removed} removed`
            : `${result.from} ${result.outcome === 'pushed' ? 'pushed' : 'already'} to ${result.to} at ${result.commit.slice(0, 12)}${result.outcome === 'unchanged' ? ' (nothing new)' : ''}`;
        return { json: { ...result }, human };
      }),
    );

  const registry = program.commands.find((c) => c.name() === 'registry')!;
  addCommonOptions(registry.command('mirrors'))
    .description('show or set the mirrors read before a registry\'s origin, in order')
    .argument('<name>', 'a configured registry')
    .argument('[urls...]', 'the mirrors, in the order to try them (replaces the list)')
    .option('--clear', 'read the origin only')
    .action((name: string, urls: string[], flags: CommonFlags & { clear?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { normaliseMirrorUrl, registryMirrors } = await import('../../admin/mirror-config.js');
        if (flags.clear && urls.length > 0) throw usage('--clear sets no mirrors, and URLs were given', 'Pass either the mirrors to keep or --clear.');
        const wanted = flags.clear ? [] : urls.length > 0 ? urls.map((url) => normaliseMirrorUrl(url, ctx.cwd)) : null;
        const result = await registryMirrors(name, wanted, ctx.env);
        const list = result.mirrors.length > 0 ? result.mirrors.map((url, i) => `  ${i + 1}. ${url}`).join('\n') : '  (none: the origin only)';
        return { json: { ...result }, human: `mirrors of ${result.name}, tried in order before the origin:\n${list}` };
      }),
    );
}
