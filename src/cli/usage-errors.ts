// Mistakes on the command line itself (an unknown or missing flag, a missing
// argument, an unknown command) become GOTONG_E_USAGE errors like any other
// failure: a code, one line and a hint on stderr, or one JSON document on
// stdout under --json. commander finds the mistake; it prints nothing itself.
import type { Command, CommanderError } from 'commander';
import { GotongError } from '../core/errors.js';
import { commandLine } from './hint-flags.js';

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

/** "unknown option '--frozn'\n(Did you mean --frozen?)" -> the line and the suggestion. */
function splitSuggestion(message: string): { line: string; suggestion: string } {
  const [first, ...rest] = message.replace(/^error: /, '').split('\n');
  const did = rest.join(' ').match(/\(Did you mean (.+)\?\)/);
  return { line: first.trim(), suggestion: did ? `Did you mean ${did[1]}? ` : '' };
}

export function usageErrorOf(mistake: CommandLineMistake): GotongError {
  const { commanderError, command } = mistake;
  const where = commandLine(command);
  const details = { command: where };
  if (commanderError.code === 'commander.help') {
    // `gotong help NOSUCH` ends here too, with NOSUCH still among the words.
    const unknown = command.args.find((word) => word !== 'help');
    if (unknown) return new GotongError('GOTONG_E_USAGE', `unknown command '${unknown}'`, { hint: `Run \`${where} --help\` for its commands.`, details });
    // A command that only groups others, called without one of them.
    const names = command.commands.map((c) => c.name()).join(', ');
    return new GotongError('GOTONG_E_USAGE', `${where} needs a command: ${names}`, { hint: `Run \`${where} --help\` for what each does.`, details });
  }
  const { line, suggestion } = splitSuggestion(commanderError.message);
  const about: Record<string, string> = { 'commander.unknownCommand': 'its commands', 'commander.missingArgument': 'its arguments', 'commander.excessArguments': 'its arguments' };
  return new GotongError('GOTONG_E_USAGE', line, { hint: `${suggestion}Run \`${where} --help\` for ${about[commanderError.code] ?? 'its options'}.`, details });
}
