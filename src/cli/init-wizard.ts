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
import { t } from '../i18n/translate.js';

/** What is known before the questions: every field may still be empty. */
export type InitDraft = Partial<InitAnswers> & { description: { id?: string; en?: string }; settings: SettingDeclarations };

function validator(check: (value: string) => unknown, optional = false): (value: string) => true | string {
  return (value) => {
    if (optional && value.trim() === '') return true;
    try {
      check(value.trim());
      return true;
    } catch (error) {
      return isGotongError(error) ? t('cli.wizard.refused', { message: error.message, hint: error.hint }) : String(error);
    }
  };
}

const oneOf = (list: readonly string[], refusal: 'cli.wizard.typeOneOf' | 'cli.wizard.levelOneOf') => (value: string) => (list.includes(value.trim()) ? true : t(refusal, { list: list.join(', ') }));
const optionalText = async (message: string, given: string | undefined) => (await ask(message, given ?? '')).trim() || undefined;

async function askSetting(taken: SettingDeclarations): Promise<[string, SettingDeclaration]> {
  const key = (await ask(t('cli.wizard.settingKey'), '', (value) =>
    !SETTING_KEY.test(value.trim()) ? t('cli.wizard.settingKey.invalid') : value.trim() in taken ? t('cli.wizard.settingKey.taken', { key: value.trim() }) : true,
  )).trim();
  const type = (await ask(t('cli.wizard.settingType', { key, types: SETTING_TYPES.join(', ') }), 'string', oneOf(SETTING_TYPES, 'cli.wizard.typeOneOf'))).trim() as SettingType;
  const declaration: SettingDeclaration = { type };
  if (type === 'enum') {
    const answer = await ask(t('cli.wizard.enumValues'), '', (value) => (value.split(',').some((v) => v.trim() !== '') ? true : t('cli.wizard.enumValues.empty')));
    declaration.values = [...new Set(answer.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
  }
  if (type === 'region') {
    declaration.level = (await ask(t('cli.wizard.regionLevel', { levels: REGION_LEVELS.join(', ') }), 'regency', oneOf(REGION_LEVELS, 'cli.wizard.levelOneOf'))).trim() as RegionLevel;
  }
  const id = await optionalText(t('cli.wizard.settingDescriptionId', { key }), undefined);
  const en = await optionalText(t('cli.wizard.settingDescriptionEn', { key }), undefined);
  if (id || en) declaration.description = { ...(id ? { id } : {}), ...(en ? { en } : {}) };
  if (await askYesNo(t('cli.wizard.settingRequired', { key }), false)) declaration.required = true;
  if (await askYesNo(t('cli.wizard.settingSecret', { key }), false)) declaration.secret = true;
  if (!declaration.secret) {
    const text = await ask(t('cli.wizard.settingDefault', { key }), '', (value) => {
      if (value === '') return true;
      const checked = checkText(declaration, value);
      return checked.ok ? true : t('cli.wizard.settingDefault.invalid', { problem: checked.problem });
    });
    if (text !== '') {
      const checked = checkText(declaration, text);
      if (checked.ok && typeof checked.value !== 'object') declaration.default = checked.value;
    }
  }
  return [key, declaration];
}

export async function askInitAnswers(draft: InitDraft): Promise<InitAnswers> {
  const name = (await ask(t('cli.wizard.name'), draft.name ?? '', validator(parseModuleName))).trim();
  const version = (await ask(t('cli.wizard.version'), draft.version ?? '0.1.0', validator(assertVersion))).trim();
  const id = await optionalText(t('cli.wizard.descriptionId'), draft.description.id);
  const en = await optionalText(t('cli.wizard.descriptionEn'), draft.description.en);
  const type = (await ask(t('cli.wizard.type', { kinds: MODULE_KINDS.join(', ') }), draft.type ?? 'app', validator(assertModuleKind))).trim() as ModuleKind;
  const license = (await ask(t('cli.wizard.license'), draft.license ?? DEFAULT_LICENCE, validator(assertLicence))).trim();
  const category = (await ask(t('cli.wizard.category'), draft.category ?? '', validator(assertCategory, true))).trim() || undefined;
  const settings = { ...draft.settings };
  const question = () => (Object.keys(settings).length === 0 ? t('cli.wizard.firstSetting') : t('cli.wizard.anotherSetting', { keys: Object.keys(settings).join(', ') }));
  while (await askYesNo(question(), false)) {
    const [key, declaration] = await askSetting(settings);
    settings[key] = declaration;
  }
  return { ...draft, name, version, description: { id, en }, type, license, category, settings };
}
