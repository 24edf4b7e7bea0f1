// t(): the one way text reaches a user. A message is looked up by key in the
// language chosen at start (language.ts) and formatted with intl-messageformat,
// which takes plurals from Intl.PluralRules and dates and numbers from
// Intl.DateTimeFormat and Intl.NumberFormat, so no message is assembled from
// English words in code. Formatters are built once per message and language.
import { IntlMessageFormat } from 'intl-messageformat';
import { chooseLanguage, localeOf, type Language } from './language.js';
import { messageText } from './message-table.js';
import type { MessageKey } from './messages/index.js';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

let language: Language | undefined;
const formatters = new Map<string, IntlMessageFormat>();

/**
 * intl-messageformat checks every locale it is given with
 * Intl.NumberFormat.supportedLocalesOf, whose first call loads ICU's number
 * data: 15 to 50 ms here, more than the rest of an install with nothing to
 * do. gotong only ever gives it localeOf()'s two fixed tags, so the check is
 * replaced (the library exposes this hook) by making the Intl.Locale directly.
 */
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0] : locales);

/**
 * The Intl objects every message shares. The first Intl.NumberFormat of a
 * process loads ICU's number data, 12 to 25 ms here, a sixth of an install
 * with nothing to do, while a count between -999 and 999 is written as its
 * plain digits in every language gotong speaks (no grouping, an ASCII minus;
 * translate.test.ts compares each one with Intl): those are written so, and
 * Intl.NumberFormat is built for any other number or style.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, args: unknown[], make: () => T): T {
  const id = JSON.stringify(args);
  let made = cache.get(id);
  if (made === undefined) {
    made = make();
    cache.set(id, made);
  }
  return made;
}

export function isPlainCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1000;
}

const SHARED_FORMATTERS = {
  getNumberFormat(locales?: string | string[], options?: Intl.NumberFormatOptions): Intl.NumberFormat {
    const real = () => cached(numberFormats, [locales, options], () => new Intl.NumberFormat(locales, options));
    if (options !== undefined) return real();
    // Only format() is called on it (intl-messageformat's formatToParts).
    return { format: (value: number | bigint) => (isPlainCount(value) ? String(value) : real().format(value)) } as unknown as Intl.NumberFormat;
  },
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => cached(pluralRules, args, () => new Intl.PluralRules(...args)),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => cached(dateFormats, args, () => new Intl.DateTimeFormat(...args)),
};

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
    formatter = new IntlMessageFormat(asIcu(messageText(key, lang)), localeOf(lang), undefined, { ignoreTag: true, formatters: SHARED_FORMATTERS });
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
    formatter = new IntlMessageFormat(asIcu(text), localeOf(lang), undefined, { ignoreTag: true, formatters: SHARED_FORMATTERS });
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
