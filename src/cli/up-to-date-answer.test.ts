import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/translate.js';
import { timeAgo, upToDateText } from './up-to-date-answer.js';

describe('the answer of an install with nothing to do', () => {
  const now = Date.parse('2026-11-28T09:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says how long ago the workspace was checked, in whole units', () => {
    expect(timeAgo(ago(20_000), now)).toBe('just now');
    expect(timeAgo(ago(60_000), now)).toBe('1 minute ago');
    expect(timeAgo(ago(59 * 60_000), now)).toBe('59 minutes ago');
    expect(timeAgo(ago(3 * 3600_000 + 59 * 60_000), now)).toBe('3 hours ago');
    expect(timeAgo(ago(24 * 3600_000), now)).toBe('1 day ago');
    expect(timeAgo(ago(50 * 3600_000), now)).toBe('2 days ago');
  });

  it('names the registry of the last check, or says there was none', () => {
    const verified = { registryId: 'nusantara', registryUrl: 'ssh://git@git.jabar.go.id/gotong/registry.git', against: 'nusantara', at: ago(3 * 3600_000) };
    expect(upToDateText(12, verified, now)).toBe('already up to date: 12 modules (verified against nusantara 3 hours ago)');
    expect(upToDateText(12, null, now)).toBe('already up to date: 12 modules (not yet verified against a registry)');
  });

  it('says it in Bahasa Indonesia, with one module counted in the singular in English', () => {
    const verified = { registryId: 'nusantara', registryUrl: 'ssh://git@git.jabar.go.id/gotong/registry.git', against: 'nusantara', at: ago(3 * 3600_000) };
    expect(upToDateText(1, verified, now)).toBe('already up to date: 1 module (verified against nusantara 3 hours ago)');
    setLanguage('id');
    try {
      expect(upToDateText(12, verified, now)).toBe('sudah mutakhir: 12 modul (diverifikasi terhadap nusantara 3 jam yang lalu)');
      expect(timeAgo(ago(20_000), now)).toBe('baru saja');
      expect(upToDateText(1, null, now)).toBe('sudah mutakhir: 1 modul (belum pernah diverifikasi terhadap registry)');
    } finally {
      setLanguage('en');
    }
  });
});
