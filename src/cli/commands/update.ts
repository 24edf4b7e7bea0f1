// gotong outdated and gotong update: what the registry offers beyond what
// the workspace installed, and moving to it.
import type { Command } from 'commander';
import { quote } from '../../manifest/names.js';
import type { VersionChange } from '../../install/install.js';
import type { RangeChange } from '../../install/update.js';
import type { OutdatedModule, OutdatedReport } from '../../query/outdated.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addSettingsOptions, settingsInput, type SettingsFlags } from '../settings-flags.js';
import { installJson } from './workspace.js';
import { t } from '../../i18n/translate.js';

function notes(m: OutdatedModule): string {
  const parts: string[] = [];
  if (m.current === null) parts.push(t('cli.outdated.note.notInstalled'));
  if (m.yanked) parts.push(m.yankedReason === null ? t('cli.outdated.note.yanked') : t('cli.outdated.note.yankedReason', { reason: quote(m.yankedReason, 120) }));
  if (m.deprecated !== null) parts.push(t('cli.outdated.note.deprecated', { message: quote(m.deprecated, 120) }));
  if (!m.direct) parts.push(t('cli.outdated.note.indirect'));
  return parts.join('; ');
}

/** Only the modules with something to say: outdated, yanked or deprecated. */
export function outdatedTable(report: OutdatedReport): string {
  const rows = report.modules.filter((m) => m.outdated || m.deprecated !== null);
  if (rows.length === 0) return t('cli.outdated.allUpToDate', { count: report.modules.length, registry: report.registry });
  const header = [t('cli.outdated.column.module'), t('cli.outdated.column.current'), t('cli.outdated.column.wanted'), t('cli.outdated.column.latest'), t('cli.outdated.column.notes')];
  const table = [header, ...rows.map((m) => [m.name, m.current ?? '-', m.wanted ?? '-', m.latest ?? '-', notes(m)])];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const lines = table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd());
  const summary = t('cli.outdated.summary', { outdated: report.outdatedCount, total: report.modules.length, registry: report.registry });
  return [...lines, summary].join('\n');
}

function versionLine(change: VersionChange): string {
  if (change.from === null) return `+ ${change.name}@${change.to}`;
  if (change.to === null) return `- ${change.name}@${change.from}`;
  return `  ${change.name} ${change.from} -> ${change.to}`;
}

function rangeLines(changes: RangeChange[]): string {
  return ['gotong.json:', ...changes.map((c) => `  ${c.name} ${c.from} -> ${c.to}`)].join('\n');
}

export function registerUpdateCommands(program: Command): void {
  addCommonOptions(program.command('outdated'))
    .description(t('cli.outdated.description'))
    .option('--registry <name|url>', t('cli.option.registry'))
    .option('--offline', t('cli.option.offline'))
    .option('--exit-code', t('cli.outdated.exitCode'))
    .action((flags: CommonFlags & { registry?: string; offline?: boolean; exitCode?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const [{ outdated }, { openWorkspaceRegistry }] = await Promise.all([import('../../query/outdated.js'), import('../../install/workspace-registry.js')]);
        const opened = await openWorkspaceRegistry({ cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        const report = await outdated({ manifest: opened.workspace.manifest, lock: opened.lock, reader: opened.reader, registryLabel: opened.registryLabel });
        return { json: { ...report }, human: outdatedTable(report), exitCode: flags.exitCode && report.outdatedCount > 0 ? 1 : 0 };
      }),
    );

  addSettingsOptions(addCommonOptions(program.command('update')))
    .description(t('cli.update.description'))
    .argument('[modules...]', t('cli.argument.moduleExample'))
    .option('--registry <name|url>', t('cli.option.registry'))
    .option('--latest', t('cli.update.latest'))
    .option('--yes', t('cli.update.yes'))
    .action((modules: string[], flags: CommonFlags & SettingsFlags & { registry?: string; latest?: boolean; yes?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { update } = await import('../../install/update.js');
        const confirm = async (changes: RangeChange[]): Promise<boolean> => {
          if (ctx.json) return true;
          ctx.out.stdout(`${rangeLines(changes)}\n`);
          if (!ctx.interactive || flags.yes) return true;
          const { askYesNo } = await import('../prompts.js');
          return askYesNo(t('cli.update.confirm'), true);
        };
        const result = await update({ cwd: ctx.cwd, modules, latest: flags.latest, registry: flags.registry, reporter: ctx.reporter, env: ctx.env, confirm, settings: await settingsInput(flags, ctx) });
        if (!result.install) return { json: { ranges: result.ranges, declined: true, updated: [] }, human: t('cli.update.declined') };
        const installed = result.install;
        const lines =
          installed.versionChanges.length === 0
            ? [t('cli.update.nothing', { count: installed.installed.length })]
            : [...installed.versionChanges.map(versionLine), t('cli.update.updated', { count: installed.versionChanges.length })];
        return { json: { ranges: result.ranges, declined: false, updated: installed.versionChanges, ...installJson(installed) }, human: lines.join('\n') };
      }),
    );
}
