// The message catalogs: every message in both languages, each language's
// text a valid ICU message with the same values, counts through plural rules
// rather than hand-made endings, and the same commands, flags and codes in
// the Indonesian text as in the English one.
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { MESSAGES, MESSAGE_FILES, type MessageKey } from '../../src/i18n/messages/index.js';
import { chooseLanguage, languageOfLocale } from '../../src/i18n/language.js';
import { formatList, setLanguage, t, translateTo } from '../../src/i18n/translate.js';
import { t as catalogText } from '../../src/catalog/i18n.js';

type Ast = ReturnType<IntlMessageFormat['getAst']>;
/** Element types of intl-messageformat's AST: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural. */
interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Ast }>;
}

const PLURAL = 6;

/** Each value a message takes, with how it is used; a value used as a plain value anywhere counts as one. */
function argumentsOf(ast: Ast, found = new Map<string, number>()): Map<string, number> {
  for (const element of ast as unknown as Element[]) {
    if (element.type >= 1 && element.type <= 6 && element.value && found.get(element.value) !== 1) found.set(element.value, element.type);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, found);
  }
  return found;
}

function parse(text: string, locale: string): IntlMessageFormat {
  return new IntlMessageFormat(text.replace(/'/g, "''"), locale, undefined, { ignoreTag: true });
}

/** Backticked command lines, --flags and GOTONG_ codes: the parts a translation keeps as they are. */
function codeTokens(text: string): string[] {
  const ticks = [...text.matchAll(/`[^`]*`/g)].map((m) => m[0]);
  const flags = [...text.replace(/`[^`]*`/g, ' ').matchAll(/--[a-z][a-z0-9-]*|GOTONG_[A-Z_]+/g)].map((m) => m[0]);
  return [...ticks, ...flags].sort();
}

const entries = Object.entries(MESSAGES) as Array<[MessageKey, { en: string; id: string }]>;

/** Messages whose languages take different values on purpose, and why. */
const OWN_VALUES: Partial<Record<MessageKey, string>> = {
  'manifest.schema.other': 'English shows the schema validator\'s own English detail; Indonesian names the schema keyword instead of mixing English in.',
};

describe('message catalogs', () => {
  it('hold every message in English and Indonesian, and no key twice across files', () => {
    const keys = Object.values(MESSAGE_FILES).flatMap((file) => Object.keys(file));
    expect(keys.length).toBe(new Set(keys).size);
    expect(entries.length).toBeGreaterThan(100);
    const empty = entries.filter(([, m]) => !m.en.trim() || !m.id.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('are built, for a built gotong, into one table per language holding exactly these texts (npm run build)', () => {
    for (const lang of ['en', 'id'] as const) {
      const built = JSON.parse(readFileSync(new URL(`../../dist/i18n/messages.${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
      expect(built).toEqual(Object.fromEntries(Object.entries(MESSAGES).map(([key, pair]) => [key, pair[lang]])));
    }
  });

  it('parse as ICU messages that take the same values in both languages (a count only English needs for its plural aside)', () => {
    const wrong: string[] = [];
    for (const [key, message] of entries) {
      if (OWN_VALUES[key]) continue;
      try {
        const en = argumentsOf(parse(message.en, 'en').getAst());
        const id = argumentsOf(parse(message.id, 'id').getAst());
        // Indonesian has no plural forms, so a count English uses only to choose a form may go unused there.
        const missing = [...en.entries()].filter(([name, type]) => !id.has(name) && type !== PLURAL).map(([name]) => name);
        const extra = [...id.keys()].filter((name) => !en.has(name));
        if (missing.length > 0 || extra.length > 0) wrong.push(`${key}: en {${[...en.keys()]}} id {${[...id.keys()]}}`);
      } catch (error) {
        wrong.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('count through plural rules, never with a hand-made ending', () => {
    // "file(s)", or a count put straight before a plural noun: "{count} files".
    const handMade = entries.filter(([, m]) => /[a-z]\(s\)/.test(m.en) || /\{(count|total|number|n)\} [a-z]+s\b/.test(m.en)).map(([key]) => key);
    expect(handMade).toEqual([]);
    // A count in English has its own sentence for one.
    const pluralWithoutOne = entries.filter(([, m]) => /, ?plural,/.test(m.en) && !/(\bone|=1) ?\{/.test(m.en)).map(([key]) => key);
    expect(pluralWithoutOne).toEqual([]);
  });

  it('keep commands, flags and codes as they are in the Indonesian text', () => {
    const wrong = entries.filter(([, m]) => codeTokens(m.en).join(' ') !== codeTokens(m.id).join(' ')).map(([key, m]) => `${key}: ${codeTokens(m.en)} / ${codeTokens(m.id)}`);
    expect(wrong).toEqual([]);
  });

  it('format a count, a date and a list by the language, through Intl', () => {
    expect(translateTo('en', 'usage.excessArguments', { command: 'ls', expected: 1, received: 2 })).toContain('Expected 1 argument but got 2');
    expect(translateTo('en', 'usage.excessArguments', { command: 'ls', expected: 2, received: 3 })).toContain('Expected 2 arguments but got 3');
    expect(translateTo('id', 'usage.excessArguments', { command: 'ls', expected: 2, received: 3 })).toContain('Diharapkan 2 argumen, diterima 3');
    expect(translateTo('id', 'duration.seconds', { value: 1.5 })).toBe('1,5 dtk');
    expect(translateTo('en', 'duration.seconds', { value: 1.5 })).toBe('1.5 s');
    setLanguage('id');
    try {
      expect(formatList(['Bandung', 'Kubu Raya', 'Sleman'])).toBe('Bandung, Kubu Raya, dan Sleman');
      expect(t('render.error')).toBe('galat');
    } finally {
      setLanguage('en');
    }
    expect(formatList(['Bandung', 'Kubu Raya', 'Sleman'])).toBe('Bandung, Kubu Raya and Sleman');
    // A time is shown with its zone: Bandung (WIB) and Kubu Raya (WIB) read the same clock, Makassar (WITA) another.
    const at = new Date('2026-12-07T05:30:00Z');
    const zone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
    expect(translateTo('en', 'cli.info.published', { at, keyId: 'ab12' })).toContain(` ${zone} by key ab12`);
  });
});

describe('the catalog pages', () => {
  it('count through plural rules in both languages too', () => {
    expect(catalogText('versionsCount', { n: 1 }).value).toBe('<span class="i-id">1 versi</span><span class="i-en" lang="en">1 version</span>');
    expect(catalogText('cityModulesCount', { n: 1200 }).value).toBe('<span class="i-id">1200 modul</span><span class="i-en" lang="en">1,200 modules</span>');
  });
});

describe('the language gotong speaks', () => {
  it('is chosen by GOTONG_LANG, then LC_ALL, LC_MESSAGES and LANG; Indonesian by id_ID.UTF-8; English otherwise', () => {
    expect(chooseLanguage({})).toBe('en');
    expect(chooseLanguage({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(chooseLanguage({ LANG: 'id_ID.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(chooseLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'id_ID.UTF-8' })).toBe('id');
    expect(chooseLanguage({ LC_ALL: 'C', GOTONG_LANG: 'id' })).toBe('id');
    expect(chooseLanguage({ GOTONG_LANG: 'en', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(chooseLanguage({ GOTONG_LANG: '', LANG: 'id_ID' })).toBe('id');
    for (const locale of ['id', 'id-ID', 'id_ID.UTF-8', 'in_ID', 'ID']) expect(languageOfLocale(locale)).toBe('id');
    for (const locale of ['C', 'POSIX', 'en_GB.UTF-8', 'ind', 'ms_MY', 'fr']) expect(languageOfLocale(locale)).toBe('en');
  });
});
