// commander's help in the chosen language. commander writes its own titles
// ("Usage:", "Options:") and the notes after an option's description
// ("default: …"); its Help class is the documented place to change them, so
// each command gets the translated titles, the translated help option and
// help command, and option notes said again from the option's own fields.
import { Help, type Argument, type Command, type Option } from 'commander';
import { t } from '../i18n/translate.js';
import { isMessageKey } from '../i18n/message-table.js';

function title(text: string): string {
  const key = `help.title.${text}`;
  return isMessageKey(key) ? t(key) : text;
}

function optionNotes(option: Option): string[] {
  const notes: string[] = [];
  if (option.argChoices) notes.push(t('help.choices', { value: option.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault) {
    notes.push(t('help.default', { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
  }
  if (option.presetArg !== undefined && option.optional) notes.push(t('help.preset', { value: JSON.stringify(option.presetArg) }));
  if (option.envVar !== undefined) notes.push(t('help.env', { value: option.envVar }));
  return notes;
}

function argumentNotes(argument: Argument): string[] {
  const notes: string[] = [];
  if (argument.argChoices) notes.push(t('help.choices', { value: argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
  if (argument.defaultValue !== undefined) notes.push(t('help.default', { value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) }));
  return notes;
}

/** A description followed by its notes in parentheses, as commander lays them out. */
function withNotes(description: string, notes: string[]): string {
  if (notes.length === 0) return description;
  return description ? `${description} (${notes.join(', ')})` : `(${notes.join(', ')})`;
}

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

export function speakHelpInLanguage(program: Command): void {
  const base = new Help();
  for (const command of everyCommand(program)) {
    command.helpOption('-h, --help', t('help.option'));
    if (command.commands.length > 0) command.helpCommand(`help ${t('help.usage.command')}`, t('help.command'));
    command.configureHelp({
      styleTitle: (text: string) => base.styleTitle(title(text)),
      commandUsage: (cmd: Command) => base.commandUsage(cmd).replace('[options]', t('help.usage.options')).replace('[command]', t('help.usage.command')),
      subcommandTerm: (cmd: Command) => base.subcommandTerm(cmd).replace('[options]', t('help.usage.options')),
      optionDescription: (option: Option) => withNotes(option.description ?? '', optionNotes(option)),
      argumentDescription: (argument: Argument) => withNotes(argument.description ?? '', argumentNotes(argument)),
    });
  }
}
