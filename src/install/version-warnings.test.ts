import { describe, expect, it } from 'vitest';
import { MemoryReporter } from '../core/reporter.js';
import { setLanguage } from '../i18n/translate.js';
import { reportVersionWarnings, versionWarnings } from './version-warnings.js';

const state = (extra: { yanked?: boolean; yankedReason?: string; deprecated?: string | null } = {}) => ({ yanked: false, deprecated: null, ...extra });

describe('versionWarnings', () => {
  it('one warning per module, yanked before deprecated, sorted by name', () => {
    const warnings = versionWarnings([
      { name: '@bandung/ui-kit', version: '1.0.0', entry: state({ deprecated: 'Pakai 2.x' }) },
      { name: '@bandung/e-musrenbang', version: '2.1.1', entry: state({ yanked: true, yankedReason: 'kode wilayah salah', deprecated: 'lama' }) },
      { name: '@bandung/sso-asn', version: '1.0.0', entry: state() },
      { name: '@bandung/ref-kode-wilayah', version: '1.1.0', entry: state({ yanked: true }) },
    ]);
    expect(warnings).toEqual([
      { code: 'GOTONG_W_VERSION_YANKED', module: '@bandung/e-musrenbang', version: '2.1.1', reason: 'kode wilayah salah', message: '@bandung/e-musrenbang@2.1.1 is yanked: "kode wilayah salah"' },
      { code: 'GOTONG_W_VERSION_YANKED', module: '@bandung/ref-kode-wilayah', version: '1.1.0', reason: null, message: '@bandung/ref-kode-wilayah@1.1.0 is yanked (no reason given)' },
      { code: 'GOTONG_W_VERSION_DEPRECATED', module: '@bandung/ui-kit', version: '1.0.0', reason: 'Pakai 2.x', message: '@bandung/ui-kit@1.0.0 is deprecated: "Pakai 2.x"' },
    ]);
  });

  it('escapes control characters a publisher wrote into a message (an older index may hold them)', () => {
    const [warning] = versionWarnings([{ name: '@bandung/ui-kit', version: '1.0.0', entry: state({ deprecated: 'lama\x1b[2J\nbaris\u009b' }) }]);
    expect(warning.message).toBe('@bandung/ui-kit@1.0.0 is deprecated: "lama\\u001b[2J\\nbaris\\u009b"');
    expect(warning.reason).toBe('lama\x1b[2J\nbaris\u009b');
  });

  it('reports each through the reporter with a hint that says what to do', () => {
    const reporter = new MemoryReporter();
    reportVersionWarnings(reporter, versionWarnings([{ name: '@bandung/e-musrenbang', version: '2.1.1', entry: state({ yanked: true }) }, { name: '@bandung/ui-kit', version: '1.0.0', entry: state({ deprecated: 'Pakai 2.x' }) }]));
    expect(reporter.ofType('warn')).toEqual([
      { type: 'warn', code: 'GOTONG_W_VERSION_YANKED', message: '@bandung/e-musrenbang@2.1.1 is yanked (no reason given)', hint: expect.stringContaining('`gotong update @bandung/e-musrenbang`') },
      { type: 'warn', code: 'GOTONG_W_VERSION_DEPRECATED', message: '@bandung/ui-kit@1.0.0 is deprecated: "Pakai 2.x"', hint: expect.stringContaining('`gotong outdated`') },
    ]);
  });

  it("speaks Indonesian when asked, with the publisher's words as they were written", () => {
    setLanguage('id');
    try {
      const reporter = new MemoryReporter();
      reportVersionWarnings(reporter, versionWarnings([{ name: '@bandung/e-musrenbang', version: '2.1.1', entry: state({ yanked: true, yankedReason: 'kode wilayah salah' }) }]));
      expect(reporter.ofType('warn')).toEqual([
        {
          type: 'warn',
          code: 'GOTONG_W_VERSION_YANKED',
          message: '@bandung/e-musrenbang@2.1.1 ditarik: "kode wilayah salah"',
          hint: 'Versi ini tetap terpasang karena gotong-lock.json menetapkannya. Jalankan `gotong update @bandung/e-musrenbang` untuk pindah ke versi yang tidak ditarik.',
        },
      ]);
    } finally {
      setLanguage('en');
    }
  });
});
