// The gotong.json that `gotong init` writes from its answers, and the
// answers it refuses before writing anything.
import { describe, expect, it } from 'vitest';
import { manifestFromAnswers, moduleSlug, slugOf } from './init-module.js';

describe('gotong init answers', () => {
  it('writes the fields in reading order, trims descriptions and defaults the licence', () => {
    const manifest = manifestFromAnswers({
      name: '@kuburaya/e-musrenbang', version: '1.0.0', description: { id: ' Musrenbang daring ', en: '' }, type: 'app', category: 'perencanaan',
      settings: { city_name: { type: 'string', required: true } },
    });
    expect(manifest).toEqual({
      name: '@kuburaya/e-musrenbang', version: '1.0.0', description: { id: 'Musrenbang daring' }, type: 'app', category: 'perencanaan',
      license: 'Apache-2.0', dependencies: {}, settings: { city_name: { type: 'string', required: true } },
    });
    expect(Object.keys(manifestFromAnswers({ name: '@kuburaya/portal', version: '0.1.0', description: { id: '' } }))).toEqual(['name', 'version', 'license', 'dependencies']);
  });

  it.each([
    [{ license: 'Apache 2' }, /not an SPDX expression/],
    [{ type: 'web' as never }, /module type "web"/],
    [{ category: 'Perencanaan' }, /not a lowercase slug/],
    [{ settings: { jenis: { type: 'enum' as const } } }, /the setting jenis is an enum without "values"/],
    [{ version: '1.0' }, /SemVer|version/i],
  ])('refuses %j', (change, message) => {
    expect(() => manifestFromAnswers({ name: '@kuburaya/portal', version: '0.1.0', ...change })).toThrow(message);
  });

  it('makes a name segment of a folder or a software name', () => {
    expect(moduleSlug('/src/Portal Desa')).toBe('portal-desa');
    expect(slugOf('e-Musrenbang')).toBe('e-musrenbang');
    expect(slugOf('Pelayanan Terpadu Satu Pintu (PTSP) — Kubu Raya')).toBe('pelayanan-terpadu-satu-pintu-ptsp-kubu-raya');
    expect(slugOf('Sistem Informasi Pemerintahan Daerah')).toBe('sistem-informasi-pemerintahan-daerah');
    expect(moduleSlug('/src/___')).toBe('modul-baru');
  });
});
