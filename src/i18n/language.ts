// Which language gotong speaks. GOTONG_LANG wins; then the POSIX locale
// variables in their own order of precedence (LC_ALL, LC_MESSAGES, LANG), so a
// machine set up with `id_ID.UTF-8` gets Indonesian without further setup.
// Anything that is not Indonesian, including "C" and "POSIX", is English.

export type Language = 'en' | 'id';

export const LANGUAGES: readonly Language[] = ['en', 'id'];

const SOURCES = ['GOTONG_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** The language of a locale name such as `id`, `id_ID.UTF-8`, `id-ID` or `en_US`. */
export function languageOfLocale(locale: string): Language {
  return /^(id|in)([-_.@]|$)/i.test(locale.trim()) ? 'id' : 'en';
}

export function chooseLanguage(env: NodeJS.ProcessEnv): Language {
  for (const name of SOURCES) {
    const value = env[name]?.trim();
    if (value) return languageOfLocale(value);
  }
  return 'en';
}

/** The BCP 47 tag the Intl APIs are given for a language. */
export function localeOf(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-GB';
}
