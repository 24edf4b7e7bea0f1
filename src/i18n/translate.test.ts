import { describe, expect, it } from 'vitest';
import { localeOf, type Language } from './language.js';
import { formatText, isPlainCount } from './translate.js';

const LANGUAGES: Language[] = ['en', 'id'];

describe('numbers in messages', () => {
  it('writes a count between -999 and 999 exactly as Intl.NumberFormat would, in every language', () => {
    for (const lang of LANGUAGES) {
      const intl = new Intl.NumberFormat(localeOf(lang));
      for (let n = -999; n <= 999; n++) {
        expect(isPlainCount(n)).toBe(true);
        expect(String(n), `${lang} ${n}`).toBe(intl.format(n));
      }
    }
  });

  it('leaves larger, fractional and styled numbers to Intl.NumberFormat', () => {
    expect([1000, -1000, 2.5, Number.NaN].some(isPlainCount)).toBe(false);
    for (const lang of LANGUAGES) {
      const intl = new Intl.NumberFormat(localeOf(lang));
      for (const n of [7, 1234, -56789, 2.5]) {
        expect(formatText('{n, number}', lang, { n }), `${lang} ${n}`).toBe(intl.format(n));
        expect(formatText('{n, plural, other {# berkas}}', lang, { n })).toBe(`${intl.format(n)} berkas`);
      }
      expect(formatText('{n, number, percent}', lang, { n: 0.5 })).toBe(new Intl.NumberFormat(localeOf(lang), { style: 'percent' }).format(0.5));
    }
    expect(formatText('{n, number}', 'id', { n: 1234 })).toBe('1.234');
    expect(formatText('{n, number}', 'en', { n: 1234 })).toBe('1,234');
  });
});
