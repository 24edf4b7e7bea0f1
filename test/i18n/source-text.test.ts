// No message is built from English words in code: every text a user reads
// comes from the message catalogs in both languages (src/i18n/messages), and
// code only fills in values. A literal that must stay as it is (a registry
// commit message, a file format) carries an `i18n-exempt` comment saying why.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSourceText, holdsWords, sourceFiles } from '../helpers/source-text.js';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * Parts with their own bilingual text or no user text at all: the message
 * files, and the catalog's pages (their STRINGS pairs, src/catalog/i18n.ts,
 * and the data and markup written into them). The catalog's build and server
 * speak to the person running them, through the message files, and are checked.
 */
const OWN_TEXT = [
  'src/i18n/messages/',
  'src/catalog/i18n.ts',
  'src/catalog/vocabulary-names.ts',
  'src/catalog/pages-',
  'src/catalog/layout.ts',
  'src/catalog/history-table.ts',
  'src/catalog/client-',
  'src/catalog/styles.ts',
  'src/catalog/synthetic.ts',
  'src/catalog/render-markdown.ts',
  'src/catalog/html.ts',
];
/** Parts not yet speaking through the catalogs; this list only shrinks. */
const NOT_YET: string[] = [];
/** GOTONG_I18N_ONLY=src/trust/,src/registry/ checks only those parts, whatever NOT_YET says. */
const ONLY = (process.env.GOTONG_I18N_ONLY ?? '').split(',').filter(Boolean);

function checkedFiles(): string[] {
  const files = sourceFiles(join(ROOT, 'src'))
    .map((file) => file.slice(ROOT.length + 1))
    .filter((file) => !OWN_TEXT.some((prefix) => file.startsWith(prefix)));
  if (ONLY.length > 0) return files.filter((file) => ONLY.some((prefix) => file.startsWith(prefix)));
  return files.filter((file) => !NOT_YET.some((prefix) => file.startsWith(prefix)));
}

describe('text in source code', () => {
  it('tells words from code', () => {
    expect(holdsWords('could not read')).toBe(true);
    expect(holdsWords(' (--json) ')).toBe(false);
    expect(holdsWords('\n  - ')).toBe(false);
  });

  it('finds a message built from English words, and a sentence passed to a user', () => {
    const findings = findSourceText(join(ROOT, 'test/i18n/fixtures/english-in-code.ts'), ROOT);
    expect(findings.map((f) => f.text).sort()).toEqual([' is not installed', 'module ', 'run `gotong install` first', 'try again later'].sort());
  });

  it('holds no user text outside the message catalogs', () => {
    const findings = checkedFiles().flatMap((file) => findSourceText(join(ROOT, file), ROOT));
    expect(findings.map((f) => `${f.file}:${f.line} [${f.rule}] ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
