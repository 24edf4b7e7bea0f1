// Part of `npm run build`: writes each language's message texts to
// dist/i18n/messages.<lang>.json, which a built gotong reads instead of
// evaluating every message module at start (src/i18n/message-table.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../dist/i18n/language.js';
import { MESSAGES } from '../dist/i18n/messages/index.js';

for (const lang of LANGUAGES) {
  const table = Object.fromEntries(Object.entries(MESSAGES).map(([key, pair]) => [key, pair[lang]]));
  writeFileSync(fileURLToPath(new URL(`../dist/i18n/messages.${lang}.json`, import.meta.url)), `${JSON.stringify(table)}\n`);
}
