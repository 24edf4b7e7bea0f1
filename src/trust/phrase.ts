// Some of what the trust layer says is said twice: to the person at the
// terminal, in their language, and into the registry (the reason of a
// refused/ record, the lines of a ceremony's commit message), always in
// English, so that the registry's content does not depend on who ran the
// command. A Phrase is a message key with its values, put into words only
// once the language is known; a value may itself be a phrase (a reason inside
// a sentence) or a text another part already said in both languages.
import type { Language } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages/index.js';
import { currentLanguage, setLanguage, translateTo } from '../i18n/translate.js';

/** Text that exists in the user's language and in English already (e.g. the message of another part's error). */
export interface Bilingual {
  shown: string;
  english: string;
}

export type PhraseValue = string | number | Phrase | Bilingual;

export interface Phrase {
  key: MessageKey;
  values: Record<string, PhraseValue>;
}

export function phrase(key: MessageKey, values: Record<string, PhraseValue> = {}): Phrase {
  return { key, values };
}

/** The phrase in `lang` (the user's language unless told). */
export function say(said: Phrase, lang: Language = currentLanguage()): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values)) {
    if (typeof value !== 'object') filled[name] = value;
    else if ('key' in value) filled[name] = say(value, lang);
    else filled[name] = lang === currentLanguage() ? value.shown : value.english;
  }
  return translateTo(lang, said.key, filled);
}

/**
 * Runs `work` with English as the language: how the English text of a
 * message another part makes (a parser's error) is had. `work` must be
 * synchronous, so nothing else runs while the language is switched.
 */
export function inEnglish<T>(work: () => T): T {
  const before = currentLanguage();
  if (before === 'en') return work();
  setLanguage('en');
  try {
    return work();
  } finally {
    setLanguage(before);
  }
}

/** The message of `error`, which `work` threw, in the user's language and in English: `work` runs again in English for it. */
export function inBothLanguages(error: Error, work: () => unknown): Bilingual {
  let english = error.message;
  try {
    inEnglish(work);
  } catch (again) {
    english = (again as Error).message;
  }
  return { shown: error.message, english };
}
