// The flags that give modules their settings (`--set`, `--values`), shared by
// install and update, and the terminal questions for required settings that
// are still missing. Without a terminal (or with --json) nothing is asked:
// the install fails naming every missing setting.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { MissingSetting } from '../settings/plan.js';
import type { SettingsInput } from '../settings/settle.js';
import { collect, type CommandContext } from './context.js';
import { t } from '../i18n/translate.js';
import { settingDescription } from '../settings/description.js';

/** The example of --values: a JSON document, the same in every language. */
const VALUES_EXAMPLE = '{ "@kuburaya/portal": { "city_name": "Kabupaten Kubu Raya" } }';

export interface SettingsFlags {
  set?: string[];
  values?: string;
}

export function addSettingsOptions(command: Command): Command {
  return command
    .option('--set <MODULE:KEY=VALUE>', t('cli.settings.set'), collect)
    .option('--values <file>', t('cli.settings.values', { example: VALUES_EXAMPLE }));
}

function question(missing: MissingSetting): string {
  const text = settingDescription(missing.declaration.description);
  const setting = `${missing.module} ${missing.key}${text ? ` - ${text}` : ''}`;
  const asked = missing.invalid ? t('cli.settings.question.invalid', { setting, problem: missing.invalid }) : setting;
  return missing.declaration.secret ? `${asked}\n  ${t('cli.settings.question.secret')}` : asked;
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
      return checked.ok ? true : t('cli.settings.answerRefused', { problem: checked.problem });
    };
    return asText(await askText(question(missing), '', validate));
  };
  return { supplied, ask };
}
