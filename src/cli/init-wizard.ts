// The questions of `gotong init` on a terminal: name, version, descriptions
// in Bahasa Indonesia and English, kind, licence, category, then settings one
// by one. What flags or a publiccode.yml gave is each question's default, so
// Enter keeps it. Each answer is checked as it is typed, by the same checks
// that refuse a wrong flag.
import { isGotongError } from '../core/errors.js';
import { assertVersion, parseModuleName } from '../manifest/names.js';
import type { ModuleKind } from '../manifest/types.js';
import { assertCategory, assertLicence, assertModuleKind, DEFAULT_LICENCE, MODULE_KINDS, type InitAnswers } from '../publish/init-module.js';
import { checkText } from '../settings/check-value.js';
import { REGION_LEVELS, SETTING_TYPES, type RegionLevel, type SettingDeclaration, type SettingDeclarations, type SettingType } from '../settings/types.js';
import { ask, askYesNo } from './prompts.js';
import { SETTING_KEY } from './setting-spec.js';

/** What is known before the questions: every field may still be empty. */
export type InitDraft = Partial<InitAnswers> & { description: { id?: string; en?: string }; settings: SettingDeclarations };

function validator(check: (value: string) => unknown, optional = false): (value: string) => true | string {
  return (value) => {
    if (optional && value.trim() === '') return true;
    try {
      check(value.trim());
      return true;
    } catch (error) {
      return isGotongError(error) ? `${error.message}. ${error.hint ?? ''}` : String(error);
    }
  };
}

const oneOf = (list: readonly string[], what: string) => (value: string) => (list.includes(value.trim()) ? true : `${what} is one of ${list.join(', ')}`);
const optionalText = async (message: string, given: string | undefined) => (await ask(message, given ?? '')).trim() || undefined;

async function askSetting(taken: SettingDeclarations): Promise<[string, SettingDeclaration]> {
  const key = (await ask('Setting key (lowercase and underscores, e.g. city_name, region_code)', '', (value) =>
    !SETTING_KEY.test(value.trim()) ? 'a key is lowercase letters, digits and underscores, starting with a letter' : value.trim() in taken ? `${value.trim()} is declared already` : true,
  )).trim();
  const type = (await ask(`Type of ${key} (${SETTING_TYPES.join(', ')})`, 'string', oneOf(SETTING_TYPES, 'the type'))).trim() as SettingType;
  const declaration: SettingDeclaration = { type };
  if (type === 'enum') {
    const answer = await ask('Allowed values, separated by commas (e.g. terang,gelap)', '', (value) => (value.split(',').some((v) => v.trim() !== '') ? true : 'give at least one value'));
    declaration.values = [...new Set(answer.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
  }
  if (type === 'region') {
    declaration.level = (await ask(`Region code level (${REGION_LEVELS.join(', ')}; regency is 61.12)`, 'regency', oneOf(REGION_LEVELS, 'the level'))).trim() as RegionLevel;
  }
  const id = await optionalText(`Description of ${key} in Bahasa Indonesia (empty for none)`, undefined);
  const en = await optionalText(`Description of ${key} in English (empty for none)`, undefined);
  if (id || en) declaration.description = { ...(id ? { id } : {}), ...(en ? { en } : {}) };
  if (await askYesNo(`Must every installing city give ${key}?`, false)) declaration.required = true;
  if (await askYesNo(`Is ${key} a secret (each city keeps only the name of the environment variable that holds it)?`, false)) declaration.secret = true;
  if (!declaration.secret) {
    const text = await ask(`Default of ${key} (empty for none)`, '', (value) => {
      if (value === '') return true;
      const checked = checkText(declaration, value);
      return checked.ok ? true : `the default ${checked.problem}`;
    });
    if (text !== '') {
      const checked = checkText(declaration, text);
      if (checked.ok && typeof checked.value !== 'object') declaration.default = checked.value;
    }
  }
  return [key, declaration];
}

export async function askInitAnswers(draft: InitDraft): Promise<InitAnswers> {
  const name = (await ask('Module name (@namespace/name)', draft.name ?? '', validator(parseModuleName))).trim();
  const version = (await ask('Version', draft.version ?? '0.1.0', validator(assertVersion))).trim();
  const id = await optionalText('Description in Bahasa Indonesia', draft.description.id);
  const en = await optionalText('Description in English', draft.description.en);
  const type = (await ask(`Type (${MODULE_KINDS.join(', ')})`, draft.type ?? 'app', validator(assertModuleKind))).trim() as ModuleKind;
  const license = (await ask('Licence (SPDX, e.g. Apache-2.0, MIT, EUPL-1.2)', draft.license ?? DEFAULT_LICENCE, validator(assertLicence))).trim();
  const category = (await ask('Catalog category (e.g. perencanaan, keuangan, identitas; empty for none)', draft.category ?? '', validator(assertCategory, true))).trim() || undefined;
  const settings = { ...draft.settings };
  const first = 'Add a setting that each installing city gives (its name, region code, an endpoint)?';
  while (await askYesNo(Object.keys(settings).length === 0 ? first : `Add another setting (${Object.keys(settings).join(', ')} so far)?`, false)) {
    const [key, declaration] = await askSetting(settings);
    settings[key] = declaration;
  }
  return { ...draft, name, version, description: { id, en }, type, license, category, settings };
}
