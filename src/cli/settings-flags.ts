// The flags that give modules their settings (`--set`, `--values`), shared by
// install and update, and the terminal questions for required settings that
// are still missing. Without a terminal (or with --json) nothing is asked:
// the install fails naming every missing setting.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { MissingSetting } from '../settings/plan.js';
import type { SettingsInput } from '../settings/settle.js';
import { collect, type CommandContext } from './context.js';

export interface SettingsFlags {
  set?: string[];
  values?: string;
}

export function addSettingsOptions(command: Command): Command {
  return command
    .option('--set <MODULE:KEY=VALUE>', 'give a module a setting, e.g. --set @kuburaya/portal:region_code=61.12 (repeatable; a secret takes env:NAME)', collect)
    .option('--values <file>', 'settings from a JSON or YAML file: { "@kuburaya/portal": { "city_name": "Kabupaten Kubu Raya" } }');
}

function question(missing: MissingSetting): string {
  const { description } = missing.declaration;
  const text = typeof description === 'string' ? description : description ? description.en ?? description.id : undefined;
  const why = missing.invalid ? ` (the value it has no longer fits: it ${missing.invalid})` : '';
  if (missing.declaration.secret) return `${missing.module} ${missing.key}${text ? ` - ${text}` : ''}${why}\n  a secret: the name of the environment variable that holds it`;
  return `${missing.module} ${missing.key}${text ? ` - ${text}` : ''}${why}`;
}

/** The settings of this run; values given with --set win over the values file. */
export async function settingsInput(flags: SettingsFlags, ctx: CommandContext): Promise<SettingsInput> {
  const supplied = [];
  if (flags.values !== undefined || (flags.set ?? []).length > 0) {
    const { parseSetFlag, readValuesFile } = await import('../settings/values-file.js');
    if (flags.values !== undefined) supplied.push(...(await readValuesFile(resolve(ctx.cwd, flags.values))));
    supplied.push(...(flags.set ?? []).map(parseSetFlag));
  }
  if (!ctx.interactive || ctx.json) return { supplied };
  const ask = async (missing: MissingSetting): Promise<string> => {
    const [{ ask: askText }, { checkText }] = await Promise.all([import('./prompts.js'), import('../settings/check-value.js')]);
    const asText = (answer: string) => (missing.declaration.secret && !answer.startsWith('env:') ? `env:${answer.trim()}` : answer);
    const validate = (answer: string) => {
      const checked = checkText(missing.declaration, asText(answer));
      return checked.ok ? true : `It ${checked.problem}`;
    };
    return asText(await askText(question(missing), '', validate));
  };
  return { supplied, ask };
}
