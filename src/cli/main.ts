// The gotong command line. Commands are thin: each maps flags to one core
// call and hands the result to the renderer (context.ts). Each command loads
// its core modules when it runs (`await import`), so a command pays only for
// what it uses: `gotong install` on an up-to-date workspace never loads TUF,
// git, HTTP or the catalog.
import { Command } from 'commander';
import { registerKeys } from './commands/keys.js';
import { registerModuleCommands } from './commands/module.js';
import { registerQueryCommands } from './commands/query.js';
import { registerRegistry } from './commands/registry.js';
import { registerWorkspaceCommands } from './commands/workspace.js';
import { registerCatalogCommands } from './commands/catalog.js';
import { registerRegistryKeyCommands } from './commands/registry-keys.js';
import { registerRegistryHealthCommands } from './commands/registry-health.js';
import { registerCeremonyCommands } from './commands/registry-ceremony.js';
import { registerStagedCommands } from './commands/registry-staged.js';
import { registerUpdateCommands } from './commands/update.js';
import { registerYankCommands } from './commands/yank.js';
import { registerCacheCommands } from './commands/cache.js';
import { registerMirrorCommands } from './commands/mirror.js';
import { registerBundleCommands } from './commands/bundle.js';
import { registerConfigCommands } from './commands/config.js';
import { registerAdvisoryCommands } from './commands/advisory.js';
import { registerPubliccodeCommands } from './commands/publiccode.js';
import { registerTransparencyCommands } from './commands/transparency.js';
import { registerLogCommand } from './commands/log.js';
import { EXIT } from '../core/errors.js';
import { GOTONG_VERSION } from '../core/version.js';
import { chooseLanguage } from '../i18n/language.js';
import { setLanguage, t } from '../i18n/translate.js';
import { speakHelpInLanguage } from './help-language.js';
import { rememberRunningCommand } from './context.js';
import { colours, processOutput, renderError } from './render.js';
import { CommandLineMistake, throwCommandLineMistakes, usageErrorOf } from './usage-errors.js';

export const VERSION = GOTONG_VERSION;

export function buildProgram(): Command {
  const program = new Command('gotong')
    .description(t('help.program'))
    .version(VERSION, '-V, --version', t('help.version'))
    // Options before the command name belong to gotong, after it to the command: `init --version 1.0.0` sets the module's version.
    .enablePositionalOptions()
    .hook('preAction', (_program, actionCommand) => rememberRunningCommand(actionCommand));
  registerKeys(program);
  registerRegistry(program);
  registerRegistryKeyCommands(program.commands.find((c) => c.name() === 'registry')!);
  registerRegistryHealthCommands(program.commands.find((c) => c.name() === 'registry')!);
  registerCeremonyCommands(program.commands.find((c) => c.name() === 'registry')!);
  registerStagedCommands(program.commands.find((c) => c.name() === 'registry')!);
  registerModuleCommands(program);
  registerYankCommands(program);
  registerWorkspaceCommands(program);
  registerUpdateCommands(program);
  registerQueryCommands(program);
  registerCatalogCommands(program);
  registerCacheCommands(program);
  registerMirrorCommands(program);
  registerBundleCommands(program);
  registerConfigCommands(program);
  registerAdvisoryCommands(program);
  registerPubliccodeCommands(program);
  registerTransparencyCommands(program);
  registerLogCommand(program);
  throwCommandLineMistakes(program);
  speakHelpInLanguage(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  setLanguage(chooseLanguage(process.env));
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommandLineMistake)) throw error;
    if (error.isHelpOrVersion) {
      process.exitCode = EXIT.ok;
      return;
    }
    // The flags were not parsed, so --json counts wherever it was written.
    const json = argv.slice(2).includes('--json');
    renderError(processOutput, colours(process.env, processOutput.isTTY), usageErrorOf(error), { json, verbose: false });
    process.exitCode = EXIT.usage;
  }
}
