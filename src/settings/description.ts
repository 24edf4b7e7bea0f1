// A setting's description is written by the module's author, in Bahasa
// Indonesia, English or both ("description": { "id": ..., "en": ... }, or one
// text). Where a setting is shown or asked for, the text in the user's
// language is picked, else the other one, so a city never sees a blank line
// because the author wrote only one language.
import type { Language } from '../i18n/language.js';
import { currentLanguage } from '../i18n/translate.js';
import type { SettingDeclaration } from './types.js';

/** The description in `language` (the current one by default), else in the other; undefined when there is none. */
export function settingDescription(description: SettingDeclaration['description'] | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (description === undefined || description === null) return undefined;
  const given = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text : undefined);
  if (typeof description === 'string') return given(description);
  const other: Language = language === 'id' ? 'en' : 'id';
  return given(description[language]) ?? given(description[other]);
}
