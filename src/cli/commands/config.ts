// gotong config get|set|unset|list: the settings this workspace gives its
// installed modules (src/settings/config.ts).
import type { Command } from 'commander';
import type { SettingEntry } from '../../settings/config.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

function shown(entry: SettingEntry): string {
  if (entry.value === null) return '(no value)';
  if (typeof entry.value === 'object') return `env:${entry.value.env}`;
  return String(entry.value);
}

function line(entry: SettingEntry): string {
  const marks = [entry.type === 'region' ? `region ${entry.level}` : entry.type, entry.required ? 'required' : '', entry.secret ? 'secret' : '', entry.source === 'default' ? 'default' : entry.source === 'invalid' ? 'INVALID for this version' : ''].filter(Boolean).join(', ');
  return `${entry.module} ${entry.key} = ${shown(entry)}  (${marks})`;
}

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('read and change the settings this workspace gives its installed modules (gotong-settings.json)');

  addCommonOptions(config.command('get'))
    .description('show the value a module\'s setting has (a secret shows the environment variable it is read from)')
    .argument('<module>', 'e.g. @kuburaya/portal')
    .argument('<key>', 'e.g. region_code')
    .action((module: string, key: string, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { getSetting } = await import('../../settings/config.js');
        const entry = await getSetting(ctx.cwd, module, key);
        return { json: { setting: entry }, human: shown(entry) };
      }),
    );

  addCommonOptions(config.command('set'))
    .description('give a module a setting, checked against its type; a secret takes env:NAME, never the secret itself')
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
    .description('remove a setting\'s value (its default applies again); a required setting without default cannot be unset')
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
    .description('list the settings of every installed module, or of one')
    .argument('[module]')
    .action((module: string | undefined, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { listSettings } = await import('../../settings/config.js');
        const settings = await listSettings(ctx.cwd, module);
        return { json: { settings }, human: settings.length === 0 ? 'no installed module declares settings' : settings.map(line).join('\n') };
      }),
    );
}
