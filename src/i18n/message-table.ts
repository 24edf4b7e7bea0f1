// The texts t() formats, by language. `npm run build` writes each language's
// texts to dist/i18n/messages.<lang>.json (scripts/build-messages.js), and a
// built gotong reads the one it speaks: parsing it takes under a millisecond,
// where evaluating every message module (both languages, 300 KB of code) took
// about 11 ms of every command, a tenth of an install with nothing to do.
// Running from src/, as the tests do, there is no such file beside this one,
// and the message modules themselves are loaded.
import { existsSync, readFileSync } from 'node:fs';
import type { Language } from './language.js';
import type { MessageKey } from './messages/index.js';

const builtTable = (lang: Language) => new URL(`./messages.${lang}.json`, import.meta.url);

const SOURCE = existsSync(builtTable('en')) ? null : (await import('./messages/index.js')).MESSAGES;

const built = new Map<Language, Partial<Record<MessageKey, string>>>();

function builtFor(lang: Language): Partial<Record<MessageKey, string>> {
  let table = built.get(lang);
  if (!table) {
    table = JSON.parse(readFileSync(builtTable(lang), 'utf8')) as Partial<Record<MessageKey, string>>;
    built.set(lang, table);
  }
  return table;
}

/** Whether `key` names a message (stage names and commander's texts may or may not). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(SOURCE ?? builtFor('en'), key);
}

/** The text of `key` in `lang`. */
export function messageText(key: MessageKey, lang: Language): string {
  if (SOURCE) return SOURCE[key][lang];
  const text = builtFor(lang)[key];
  // Only a dist/ compiled without `npm run build` lacks a key: say so rather than print nothing.
  // i18n-exempt: a developer's mistake, in the words of core/errors.ts bug(), which this file sits below.
  if (text === undefined) throw new Error(`gotong's built message table has no "${key}": run \`npm run build\``);
  return text;
}
