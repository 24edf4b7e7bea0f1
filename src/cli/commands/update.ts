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

function notes(m: OutdatedModule): string {
  const parts: string[] = [];
  if (m.current === null) parts.push('not installed');
  if (m.yanked) parts.push(`yanked${m.yankedReason === null ? '' : `: ${quote(m.yankedReason, 120)}`}`);
  if (m.deprecated !== null) parts.push(`deprecated: ${quote(m.deprecated, 120)}`);
  if (!m.direct) parts.push('dependency of a dependency');
  return parts.join('; ');
}

/** Only the modules with something to say: outdated, yanked or deprecated. */
export function outdatedTable(report: OutdatedReport): string {
  const rows = report.modules.filter((m) => m.outdated || m.deprecated !== null);
  if (rows.length === 0) return `all ${report.modules.length} modules are up to date (checked against ${report.registry})`;
  const table = [['module', 'current', 'wanted', 'latest', 'notes'], ...rows.map((m) => [m.name, m.current ?? '-', m.wanted ?? '-', m.latest ?? '-', notes(m)])];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const lines = table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd());
  const summary = `${report.outdatedCount} of ${report.modules.length} modules outdated (checked against ${report.registry}); \`gotong update\` moves to wanted, \`gotong update --latest\` to latest`;
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
    .description('compare the installed modules with what the registry offers: current, wanted (within ranges), latest, yanked or deprecated')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--offline', 'use only the cache and unexpired trusted metadata')
    .option('--exit-code', 'exit 1 when a module is outdated (for CI)')
    .action((flags: CommonFlags & { registry?: string; offline?: boolean; exitCode?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const [{ outdated }, { openWorkspaceRegistry }] = await Promise.all([import('../../query/outdated.js'), import('../../install/workspace-registry.js')]);
        const opened = await openWorkspaceRegistry({ cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        const report = await outdated({ manifest: opened.workspace.manifest, lock: opened.lock, reader: opened.reader, registryLabel: opened.registryLabel });
        return { json: { ...report }, human: outdatedTable(report), exitCode: flags.exitCode && report.outdatedCount > 0 ? 1 : 0 };
      }),
    );

  addSettingsOptions(addCommonOptions(program.command('update')))
    .description('move modules to the newest versions their ranges allow (all when none is named); --latest moves the ranges too')
    .argument('[modules...]', 'e.g. @bandung/e-musrenbang')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--latest', 'first change the modules\' ranges in gotong.json to ^<latest>, showing each change')
    .option('--yes', 'change the ranges without asking (without a terminal gotong never asks)')
    .action((modules: string[], flags: CommonFlags & SettingsFlags & { registry?: string; latest?: boolean; yes?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { update } = await import('../../install/update.js');
        const confirm = async (changes: RangeChange[]): Promise<boolean> => {
          if (ctx.json) return true;
          ctx.out.stdout(`${rangeLines(changes)}\n`);
          if (!ctx.interactive || flags.yes) return true;
          const { askYesNo } = await import('../prompts.js');
          return askYesNo('Write these ranges to gotong.json and install?', true);
        };
        const result = await update({ cwd: ctx.cwd, modules, latest: flags.latest, registry: flags.registry, reporter: ctx.reporter, env: ctx.env, confirm, settings: await settingsInput(flags, ctx) });
        if (!result.install) return { json: { ranges: result.ranges, declined: true, updated: [] }, human: 'nothing changed' };
        const installed = result.install;
        const lines = installed.versionChanges.length === 0 ? [`nothing to update: ${installed.installed.length} modules at the newest versions their ranges allow`] : [...installed.versionChanges.map(versionLine), `${installed.versionChanges.length} module${installed.versionChanges.length === 1 ? '' : 's'} updated, every byte verified`];
        return { json: { ranges: result.ranges, declined: false, updated: installed.versionChanges, ...installJson(installed) }, human: lines.join('\n') };
      }),
    );
}
