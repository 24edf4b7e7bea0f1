import type { Command } from 'commander';
import { quote } from '../../manifest/names.js';
import type { LocalizedText } from '../../manifest/types.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

function text(value: LocalizedText | null | undefined): string {
  if (!value) return '';
  return typeof value === 'string' ? value : value.id ?? value.en ?? '';
}

export function registerQueryCommands(program: Command): void {
  addCommonOptions(program.command('info'))
    .description('show a module\'s versions, dependencies, publisher key and dates')
    .argument('<module>', '@namespace/name or @namespace/name@range')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--offline', 'use only the cache and unexpired trusted metadata')
    .action((spec: string, flags: CommonFlags & { registry?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { moduleInfo } = await import('../../query/info.js');
        const info = await moduleInfo(spec, { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        const s = info.selected;
        const lines = [
          `${info.name}${s ? `@${s.version}` : ''}${info.latest ? ` (latest ${info.latest})` : ''}`,
          text(info.description),
          ...(s ? [`published ${s.publishedAt} by key ${s.publisherKeyId}`, `integrity ${s.integrity}`, `dependencies: ${Object.entries(s.dependencies).map(([n, r]) => `${n} ${r}`).join(', ') || 'none'}`] : []),
          'versions:',
          ...info.versions.map((v) => `  ${v.version}  ${v.publishedAt}${v.yanked ? `  YANKED${v.yankedReason === null ? '' : ` ${quote(v.yankedReason, 120)}`}` : ''}${v.deprecated ? `  deprecated: ${quote(v.deprecated, 120)}` : ''}`),
        ].filter((l) => l !== '');
        return { json: { ...info }, human: lines.join('\n') };
      }),
    );

  addCommonOptions(program.command('search'))
    .description('search module names, descriptions and keywords')
    .argument('<text...>')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--offline', 'use only the cache and unexpired trusted metadata')
    .action((words: string[], flags: CommonFlags & { registry?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { searchModules } = await import('../../query/info.js');
        const hits = await searchModules(words.join(' '), { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return { json: { results: hits }, human: hits.length === 0 ? 'no modules found' : hits.map((h) => `${h.name}@${h.version}  ${text(h.description)}`).join('\n') };
      }),
    );
}
