// Mistakes on the command line itself (an unknown or missing flag, a missing
// argument, an unknown command) become GOTONG_E_USAGE errors like any other
// failure: a code, one line and a hint on stderr, or one JSON document on
// stdout under --json. commander finds the mistake; it prints nothing itself.
import type { Command, CommanderError } from 'commander';
import { GotongError } from '../core/errors.js';
import { commandLine } from './hint-flags.js';
import { t } from '../i18n/translate.js';

/** A mistake commander found, with the command (at any depth) it was made on. */
export class CommandLineMistake extends Error {
  constructor(
    readonly commanderError: CommanderError,
    readonly command: Command,
  ) {
    super(commanderError.message);
    this.name = 'CommandLineMistake';
  }

  /** --help and --version also end the parse through here, with exit code 0. */
  get isHelpOrVersion(): boolean {
    return this.commanderError.exitCode === 0;
  }
}

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

/**
 * Makes every command of the tree throw a CommandLineMistake instead of
 * printing and exiting. Help asked for with --help still goes to stdout;
 * commander's error text (and the help it adds after an error) goes nowhere.
 */
export function throwCommandLineMistakes(program: Command): void {
  for (const command of everyCommand(program)) {
    command
      .showHelpAfterError(false)
      .configureOutput({ writeErr: () => undefined, outputError: () => undefined })
      .exitOverride((error) => {
        throw new CommandLineMistake(error, command);
      });
  }
}

/** "unknown option '--frozn'\n(Did you mean --frozen?)" -> the line and the suggested word. */
function splitSuggestion(message: string): { line: string; suggestion: string } {
  const [first, ...rest] = message.replace(/^error: /, '').split('\n');
  const did = rest.join(' ').match(/\(Did you mean (.+)\?\)/);
  return { line: first.trim(), suggestion: did ? t('usage.didYouMean', { suggestion: did[1] }) : '' };
}

/** commander's English line, said again in the chosen language from the names it holds. */
function mistakeLine(code: string, line: string): string {
  const quoted = line.match(/'([^']+)'/)?.[1] ?? '';
  switch (code) {
    case 'commander.unknownOption':
      return t('usage.unknownOption', { name: quoted });
    case 'commander.unknownCommand':
      return t('usage.unknownCommand', { name: quoted });
    case 'commander.missingArgument':
      return t('usage.missingArgument', { name: quoted });
    case 'commander.optionMissingArgument':
      return t('usage.optionMissingArgument', { name: quoted });
    case 'commander.missingMandatoryOptionValue':
      return t('usage.missingMandatoryOption', { name: quoted });
    case 'commander.excessArguments': {
      const counts = line.match(/Expected (\d+) arguments? but got (\d+)/);
      const command = line.match(/for '([^']+)'/)?.[1] ?? '';
      if (counts) return t('usage.excessArguments', { command, expected: Number(counts[1]), received: Number(counts[2]) });
      return t('usage.other', { detail: line });
    }
    case 'commander.conflictingOption': {
      const options = [...line.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      if (options.length === 2) return t('usage.conflictingOption', { first: `'${options[0]}'`, second: `'${options[1]}'` });
      return t('usage.other', { detail: line });
    }
    default:
      return t('usage.other', { detail: line });
  }
}

export function usageErrorOf(mistake: CommandLineMistake): GotongError {
  const { commanderError, command } = mistake;
  const where = commandLine(command);
  const details = { command: where };
  if (commanderError.code === 'commander.help') {
    // `gotong help NOSUCH` ends here too, with NOSUCH still among the words.
    const unknown = command.args.find((word) => word !== 'help');
    if (unknown) return new GotongError('GOTONG_E_USAGE', t('usage.unknownCommand', { name: unknown }), { hint: t('usage.unknownCommand.hint', { command: where }), details });
    // A command that only groups others, called without one of them.
    const names = command.commands.map((c) => c.name()).join(', ');
    return new GotongError('GOTONG_E_USAGE', t('usage.needsCommand', { command: where, names }), { hint: t('usage.needsCommand.hint', { command: where }), details });
  }
  const { line, suggestion } = splitSuggestion(commanderError.message);
  const hintKey = {
    'commander.unknownCommand': 'usage.seeHelp.commands',
    'commander.missingArgument': 'usage.seeHelp.arguments',
    'commander.excessArguments': 'usage.seeHelp.arguments',
  }[commanderError.code] as 'usage.seeHelp.commands' | 'usage.seeHelp.arguments' | undefined;
  return new GotongError('GOTONG_E_USAGE', mistakeLine(commanderError.code, line), { hint: t(hintKey ?? 'usage.seeHelp.options', { suggestion, command: where }), details });
}
