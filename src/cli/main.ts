// The gotong command line. Commands are thin: each maps flags to one core
// call and hands the result to the renderer (context.ts). Each command loads
// its core modules when it runs (`await import`), so a command pays only for
// what it uses: `gotong install` on an up-to-date workspace never loads TUF,
// git, HTTP or the catalog.
import { Command, CommanderError } from 'commander';
import { registerKeys } from './commands/keys.js';
import { registerModuleCommands } from './commands/module.js';
import { registerQueryCommands } from './commands/query.js';
import { registerRegistry } from './commands/registry.js';
import { registerWorkspaceCommands } from './commands/workspace.js';
import { registerCatalogCommands } from './commands/catalog.js';
import { registerRegistryKeyCommands } from './commands/registry-keys.js';
import { EXIT } from '../core/errors.js';

export const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('gotong')
    .description('Share signed e-government modules between Indonesian local governments')
    .version(VERSION, '-V, --version', 'print the gotong version')
    // Options before the command name belong to gotong, after it to the command: `init --version 1.0.0` sets the module's version.
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerKeys(program);
  registerRegistry(program);
  registerRegistryKeyCommands(program.commands.find((c) => c.name() === 'registry')!);
  registerModuleCommands(program);
  registerWorkspaceCommands(program);
  registerQueryCommands(program);
  registerCatalogCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text.startsWith('error:') ? `error GOTONG_E_USAGE ${text.slice(7)}` : text) });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    throw error;
  }
}
