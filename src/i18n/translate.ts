// t(): the one way text reaches a user. A message is looked up by key in the
// language chosen at start (language.ts) and formatted with intl-messageformat,
// which takes plurals from Intl.PluralRules and dates and numbers from
// Intl.DateTimeFormat and Intl.NumberFormat, so no message is assembled from
// English words in code. Formatters are built once per message and language.
import { IntlMessageFormat } from 'intl-messageformat';
import { chooseLanguage, localeOf, type Language } from './language.js';
import { MESSAGES, type MessageKey } from './messages/index.js';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

let language: Language | undefined;
const formatters = new Map<string, IntlMessageFormat>();

/** Sets the language for the rest of the process (the CLI does this at start). */
export function setLanguage(next: Language): void {
  language = next;
}

export function currentLanguage(): Language {
  language ??= chooseLanguage(process.env);
  return language;
}

/** ICU treats an apostrophe before `{` as a quote; gotong's messages never quote, so every apostrophe is text. */
function asIcu(text: string): string {
  return text.replace(/'/g, "''");
}

function formatterFor(key: MessageKey, lang: Language): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    // ignoreTag: `<dir>` in a message is text (a placeholder in usage), not markup.
    formatter = new IntlMessageFormat(asIcu(MESSAGES[key][lang]), localeOf(lang), undefined, { ignoreTag: true });
    formatters.set(id, formatter);
  }
  return formatter;
}

const texts = new Map<string, IntlMessageFormat>();

/** Any ICU text (the catalog's own pairs) in `lang`, with `values` filled in; formatters are kept per text. */
export function formatText(text: string, lang: Language, values: MessageValues = {}): string {
  const id = `${lang}\u0000${text}`;
  let formatter = texts.get(id);
  if (!formatter) {
    formatter = new IntlMessageFormat(asIcu(text), localeOf(lang), undefined, { ignoreTag: true });
    texts.set(id, formatter);
  }
  const filled: Record<string, string | number | boolean | Date> = {};
  for (const [name, value] of Object.entries(values)) filled[name] = value ?? '';
  return String(formatter.format(filled));
}

/** The message `key` in the current language, with `values` filled in. */
export function t(key: MessageKey, values: MessageValues = {}): string {
  return translateTo(currentLanguage(), key, values);
}

export function translateTo(lang: Language, key: MessageKey, values: MessageValues = {}): string {
  const filled: Record<string, string | number | boolean | Date> = {};
  for (const [name, value] of Object.entries(values)) filled[name] = value ?? '';
  return String(formatterFor(key, lang).format(filled));
}

/** "a, b and c" / "a, b, dan c" in the current language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(localeOf(currentLanguage()), { type: 'conjunction' }).format(items);
}

/** A number with the current language's grouping ("1,234" / "1.234"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(localeOf(currentLanguage())).format(value);
}
