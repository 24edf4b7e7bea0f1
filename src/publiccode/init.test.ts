// What `gotong publiccode init` carries over from gotong.json, and what it
// leaves for the publisher (validation then names those keys).
import { describe, expect, it } from 'vitest';
import { publiccodeFromManifest } from './init.js';
import { validatePubliccodeText } from './validate.js';
import { writeYaml } from './yaml-source.js';

const NOW = new Date('2026-03-02T08:00:00Z');

describe('a starting publiccode.yml from gotong.json', () => {
  it('carries over name, version, descriptions, licence, repository and publisher', () => {
    const data = publiccodeFromManifest(
      {
        name: '@bandung/e-musrenbang', version: '2.1.0', type: 'app', license: 'Apache-2.0', publisher: 'Diskominfo Kota Bandung',
        repository: 'https://git.bandung.go.id/diskominfo/e-musrenbang', homepage: 'https://musrenbang.bandung.go.id',
        description: { id: 'Musrenbang elektronik', en: 'Electronic Musrenbang' },
      },
      NOW,
    );
    expect(data).toMatchObject({
      name: 'e-musrenbang', url: 'https://git.bandung.go.id/diskominfo/e-musrenbang', landingURL: 'https://musrenbang.bandung.go.id',
      softwareVersion: '2.1.0', releaseDate: '2026-03-02', developmentStatus: 'stable', softwareType: 'standalone/web',
      description: { id: { shortDescription: 'Musrenbang elektronik' }, en: { shortDescription: 'Electronic Musrenbang' } },
      legal: { license: 'Apache-2.0', mainCopyrightOwner: 'Diskominfo Kota Bandung' },
      localisation: { localisationReady: true, availableLanguages: ['id', 'en'] },
    });
    const paths = validatePubliccodeText(writeYaml(data)).findings.filter((f) => f.severity === 'error').map((f) => f.path);
    expect(paths).toEqual(['categories', 'description.id.features', 'description.id.longDescription', 'maintenance.contacts']);
  });

  it('maps the module kind and version to the standard\'s words, and keeps a category the standard lists', () => {
    const library = publiccodeFromManifest({ name: '@bandung/ui-kit', version: '0.9.0', type: 'ui', category: 'design-system', description: 'Komponen UI' }, NOW);
    expect(library).toMatchObject({ softwareType: 'library', developmentStatus: 'development', categories: ['design-system'], description: { id: { shortDescription: 'Komponen UI' } } });
    expect(publiccodeFromManifest({ name: '@bandung/sso-asn', version: '1.0.0-rc.1', type: 'service', category: 'perencanaan' }, NOW)).toMatchObject({
      softwareType: 'standalone/backend', developmentStatus: 'development', categories: [], url: '',
    });
  });
});
