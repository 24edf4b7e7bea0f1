// What `gotong init --from-publiccode` reads from a publiccode.yml: each field
// and what it becomes in gotong.json, and the categories gotong maps.
import { describe, expect, it } from 'vitest';
import { categoryPairs, gotongCategoryOf } from './categories.js';
import { fieldsFromPubliccode, versionFromSoftwareVersion } from './to-manifest.js';
import { CATEGORIES } from './vocabulary.js';

describe('gotong.json fields from a publiccode.yml', () => {
  it('takes name, version, short descriptions, licence, kind, category and where the module lives', () => {
    const fields = fieldsFromPubliccode({
      name: 'Sabilulungan',
      url: 'https://git.bandung.go.id/diskominfo/sabilulungan',
      landingURL: 'https://sabilulungan.bandung.go.id',
      softwareVersion: 'v1.4.2',
      softwareType: 'standalone/backend',
      categories: ['workflow-management', 'grant-management'],
      description: {
        'id-ID': { shortDescription: ' Pengelolaan dana hibah dan bantuan sosial ', longDescription: 'Panjang' },
        en: { shortDescription: 'Grants and social aid management' },
      },
      legal: { license: 'EUPL-1.2', mainCopyrightOwner: 'Pemerintah Kota Bandung', repoOwner: 'Diskominfo Kota Bandung' },
    });
    expect(fields).toEqual({
      softwareName: 'Sabilulungan',
      version: '1.4.2',
      description: { id: 'Pengelolaan dana hibah dan bantuan sosial', en: 'Grants and social aid management' },
      license: 'EUPL-1.2',
      type: 'service',
      category: 'keuangan',
      repository: 'https://git.bandung.go.id/diskominfo/sabilulungan',
      homepage: 'https://sabilulungan.bandung.go.id',
      publisher: 'Diskominfo Kota Bandung',
    });
  });

  it('leaves out what the file does not say, or says in a form gotong.json cannot hold', () => {
    expect(fieldsFromPubliccode({ name: 'Peta Desa', url: 'git.kuburayakab.go.id/peta', categories: ['office'], description: { it: { shortDescription: 'Mappa' } } })).toEqual({
      softwareName: 'Peta Desa',
      description: { id: undefined, en: undefined },
    });
  });

  it('reads softwareVersion as SemVer where it can', () => {
    expect(versionFromSoftwareVersion('2.1.0-rc.1')).toBe('2.1.0-rc.1');
    expect(versionFromSoftwareVersion('v2.1.0')).toBe('2.1.0');
    expect(versionFromSoftwareVersion('2.1')).toBe('2.1.0');
    expect(versionFromSoftwareVersion(3)).toBe('3.0.0');
    expect(versionFromSoftwareVersion('terbaru')).toBeUndefined();
    expect(versionFromSoftwareVersion(undefined)).toBeUndefined();
  });

  it('maps only categories of the standard, to gotong slugs, the first match winning', () => {
    for (const [publiccode, gotong] of categoryPairs()) {
      expect(CATEGORIES).toContain(publiccode);
      expect(gotong).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    }
    expect(gotongCategoryOf(['office', 'identity-management', 'budgeting'])).toBe('identitas');
    expect(gotongCategoryOf(['office', 'instant-messaging'])).toBeNull();
  });
});
