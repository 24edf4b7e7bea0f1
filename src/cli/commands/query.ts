import type { Command } from 'commander';
import { quote } from '../../manifest/names.js';
import type { LocalizedText, VersionProvenance } from '../../manifest/types.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

function text(value: LocalizedText | null | undefined): string {
  if (!value) return '';
  return typeof value === 'string' ? value : value.id ?? value.en ?? '';
}

/** What `info` says of a version's provenance (docs/TRANSPARENCY.md). */
function provenanceLines(provenance: VersionProvenance): string[] {
  const lines: string[] = [];
  const source = provenance.source;
  if (source) {
    const values = { repository: source.repository ?? t('cli.info.noRepository'), commit: source.commit, path: source.path };
    lines.push(t(source.dirty ? 'cli.info.sourceDirty' : 'cli.info.source', values));
  } else {
    lines.push(t('cli.info.noSource'));
  }
  if (provenance.ci) lines.push(t('cli.info.ciRun', { system: provenance.ci.system, url: provenance.ci.runUrl }));
  lines.push(t('cli.info.packedBy', { version: provenance.gotongVersion, sha: provenance.tarSha512 }));
  return lines;
}

export function registerQueryCommands(program: Command): void {
  addCommonOptions(program.command('info'))
    .description(t('cli.info.description'))
    .argument('<module>', t('cli.info.spec'))
    .option('--registry <name|url>', t('cli.option.registry'))
    .option('--offline', t('cli.option.offline'))
    .action((spec: string, flags: CommonFlags & { registry?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { moduleInfo } = await import('../../query/info.js');
        const info = await moduleInfo(spec, { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        const s = info.selected;
        const module = `${info.name}${s ? `@${s.version}` : ''}`;
        const dependencies = s && Object.entries(s.dependencies).map(([n, r]) => `${n} ${r}`).join(', ');
        const versionLine = (v: (typeof info.versions)[number]) => {
          const cells = [`  ${v.version}`, t('cli.info.versionDate', { at: new Date(v.publishedAt) })];
          if (v.yanked) cells.push(v.yankedReason === null ? t('cli.info.yanked') : t('cli.info.yankedReason', { reason: quote(v.yankedReason, 120) }));
          if (v.deprecated) cells.push(t('cli.info.deprecated', { message: quote(v.deprecated, 120) }));
          const reproduced = v.reproducedBy.map((r) => `    ${t('attest.info.reproducedBy', { namespace: r.namespace, commit: r.commit.slice(0, 12), at: new Date(r.reproducedAt) })}`);
          return [cells.join('  '), ...reproduced].join('\n');
        };
        const lines = [
          info.latest ? t('cli.info.latest', { module, latest: info.latest }) : module,
          text(info.description),
          ...(s ? [t('cli.info.published', { at: new Date(s.publishedAt), keyId: s.publisherKeyId }), t('cli.integrity', { integrity: s.integrity }), dependencies ? t('cli.info.dependencies', { list: dependencies }) : t('cli.info.noDependencies')] : []),
          ...(s?.provenance ? provenanceLines(s.provenance) : []),
          t('cli.info.versions'),
          ...info.versions.map(versionLine),
        ].filter((l) => l !== '');
        return { json: { ...info }, human: lines.join('\n') };
      }),
    );

  addCommonOptions(program.command('search'))
    .description(t('cli.search.description'))
    .argument('<text...>')
    .option('--registry <name|url>', t('cli.option.registry'))
    .option('--offline', t('cli.option.offline'))
    .action((words: string[], flags: CommonFlags & { registry?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { searchModules } = await import('../../query/info.js');
        const hits = await searchModules(words.join(' '), { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return { json: { results: hits }, human: hits.length === 0 ? t('cli.search.none') : hits.map((h) => `${h.name}@${h.version}  ${text(h.description)}`).join('\n') };
      }),
    );
}
