// gotong config get|set|unset|list: the settings this workspace gives its
// installed modules (src/settings/config.ts).
import type { Command } from 'commander';
import type { SettingEntry } from '../../settings/config.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

function shown(entry: SettingEntry): string {
  if (entry.value === null) return t('cli.config.noValue');
  if (typeof entry.value === 'object') return `env:${entry.value.env}`;
  return String(entry.value);
}

function line(entry: SettingEntry): string {
  const source = entry.source === 'default' ? t('cli.config.mark.default') : entry.source === 'invalid' ? t('cli.config.mark.invalid') : '';
  // The type is shown as gotong.json writes it (`region` with its level), in every language.
  const marks = [entry.type === 'region' ? `region ${entry.level}` : entry.type, entry.required ? t('cli.config.mark.required') : '', entry.secret ? t('cli.config.mark.secret') : '', source].filter(Boolean).join(', ');
  return `${entry.module} ${entry.key} = ${shown(entry)}  (${marks})`;
}

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description(t('cli.config.description'));

  addCommonOptions(config.command('get'))
    .description(t('cli.config.get'))
    .argument('<module>', t('cli.config.moduleExample'))
    .argument('<key>', t('cli.config.keyExample'))
    .action((module: string, key: string, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { getSetting } = await import('../../settings/config.js');
        const entry = await getSetting(ctx.cwd, module, key);
        return { json: { setting: entry }, human: shown(entry) };
      }),
    );

  addCommonOptions(config.command('set'))
    .description(t('cli.config.set'))
    .argument('<module>')
    .argument('<key>')
    .argument('<value>')
    .action((module: string, key: string, value: string, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { changeSetting } = await import('../../settings/config.js');
        const entry = await changeSetting(ctx.cwd, module, key, value);
        return { json: { setting: entry }, human: line(entry) };
      }),
    );

  addCommonOptions(config.command('unset'))
    .description(t('cli.config.unset'))
    .argument('<module>')
    .argument('<key>')
    .action((module: string, key: string, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { changeSetting } = await import('../../settings/config.js');
        const entry = await changeSetting(ctx.cwd, module, key, null);
        return { json: { setting: entry }, human: line(entry) };
      }),
    );

  addCommonOptions(config.command('list'))
    .description(t('cli.config.list'))
    .argument('[module]')
    .action((module: string | undefined, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { listSettings } = await import('../../settings/config.js');
        const settings = await listSettings(ctx.cwd, module);
        return { json: { settings }, human: settings.length === 0 ? t('cli.config.none') : settings.map(line).join('\n') };
      }),
    );
}
