// A setting's description is read in the user's language, else in the other one.
import { describe, expect, it } from 'vitest';
import { settingDescription } from './description.js';

describe('setting descriptions', () => {
  const both = { id: 'Kode wilayah Kemendagri', en: 'Kemendagri region code' };

  it('picks the language asked for', () => {
    expect(settingDescription(both, 'id')).toBe('Kode wilayah Kemendagri');
    expect(settingDescription(both, 'en')).toBe('Kemendagri region code');
  });

  it('falls back to the other language, and reads one text in any language', () => {
    expect(settingDescription({ id: 'Nama pemerintah daerah' }, 'en')).toBe('Nama pemerintah daerah');
    expect(settingDescription({ en: 'Name of the local government', id: ' ' }, 'id')).toBe('Name of the local government');
    expect(settingDescription('Nama kabupaten', 'en')).toBe('Nama kabupaten');
    expect(settingDescription(undefined, 'id')).toBeUndefined();
    expect(settingDescription({}, 'en')).toBeUndefined();
  });

  it('follows the current language by default (GOTONG_LANG=en in tests)', () => {
    expect(settingDescription(both)).toBe('Kemendagri region code');
  });
});
