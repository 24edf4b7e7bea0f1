// Each rule of the publiccode.yml standard (version 0.x) with a value it
// accepts and one it refuses, starting from one valid file for e-Musrenbang.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { setLanguage } from '../i18n/translate.js';
import type { FindingCode } from './findings.js';
import { graphemeLength } from './formats.js';
import { publiccodeSummary } from './summary.js';
import { validatePubliccodeBytes, validatePubliccodeText } from './validate.js';

const LONG_ID =
  'Warga, kelurahan dan kecamatan mengajukan usulan pembangunan secara daring; perangkat daerah menelaah dan memberi skor prioritas, dan hasilnya masuk ke RKPD.';

function base(): Record<string, unknown> {
  return {
    publiccodeYmlVersion: '0.4',
    name: 'e-Musrenbang',
    url: 'https://git.bandung.go.id/diskominfo/e-musrenbang',
    releaseDate: '2026-03-02',
    platforms: ['web'],
    categories: ['digital-citizenship'],
    developmentStatus: 'stable',
    softwareType: 'standalone/web',
    description: {
      id: { shortDescription: 'Musrenbang elektronik untuk Kota Bandung', longDescription: LONG_ID, features: ['Usulan pembangunan warga'] },
    },
    legal: { license: 'Apache-2.0' },
    maintenance: { type: 'internal', contacts: [{ name: 'Rina Kartika', email: 'rina.kartika@bandung.go.id' }] },
    localisation: { localisationReady: true, availableLanguages: ['id', 'en'] },
  };
}

/** Sets (or, with undefined, removes) the value at a path like `maintenance.contacts[0].email`. */
function changed(path: string, value: unknown): Record<string, unknown> {
  const document = base();
  const keys = path.split('.').flatMap((part) => part.split(/\[(\d+)\]/).filter(Boolean));
  let holder = document as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (holder[key] === undefined) holder[key] = /^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [] : {};
    holder = holder[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete holder[last];
  else holder[last] = value;
  return document;
}

function findings(document: unknown) {
  return validatePubliccodeText(typeof document === 'string' ? document : stringify(document)).findings;
}

describe('publiccode.yml validation', () => {
  it('accepts the base file with no finding', () => {
    expect(findings(base())).toEqual([]);
  });

  // [rule, path, accepted value, refused value, code of the finding, its severity]
  const rules: Array<[string, string, unknown, unknown, FindingCode, 'error' | 'warning']> = [
    ['publiccodeYmlVersion is a 0.x version', 'publiccodeYmlVersion', '0.5', '1.0', 'unsupported-version', 'error'],
    ['publiccodeYmlVersion is text, not a number', 'publiccodeYmlVersion', '0.2', 0.4, 'wrong-type', 'error'],
    ['name is required', 'name', 'Sabilulungan', undefined, 'missing-key', 'error'],
    ['name is text', 'name', '311', 311, 'wrong-type', 'error'],
    ['url is a repository URL', 'url', 'git://git.bandung.go.id/e-musrenbang.git', 'git.bandung.go.id/e-musrenbang', 'bad-url', 'error'],
    ['url is required', 'url', 'ssh://git@git.bandung.go.id/e-musrenbang.git', undefined, 'missing-key', 'error'],
    ['landingURL is an http(s) URL', 'landingURL', 'https://musrenbang.bandung.go.id', 'ftp://bandung.go.id/musrenbang', 'bad-url', 'error'],
    ['roadmap is an http(s) URL', 'roadmap', 'https://bandung.go.id/roadmap', 'roadmap', 'bad-url', 'error'],
    ['organizationUri is a URI', 'organizationUri', 'urn:x-kemendagri:32.73', 'Pemkot Bandung', 'bad-url', 'error'],
    ['softwareVersion is text', 'softwareVersion', '2.1', 2.1, 'wrong-type', 'error'],
    ['releaseDate is YYYY-MM-DD', 'releaseDate', '2024-02-29', '02/03/2026', 'bad-date', 'error'],
    ['releaseDate is a day of the calendar', 'releaseDate', '2026-12-31', '2026-02-30', 'bad-date', 'error'],
    ['logo stays in the repository', 'logo', 'img/logo.svg', '../logo.svg', 'bad-path', 'error'],
    ['logo is not an absolute file path', 'logo', 'https://git.bandung.go.id/raw/logo.png', '/srv/logo.svg', 'bad-path', 'error'],
    ['logo is SVG or PNG', 'logo', 'logo.svgz', 'logo.gif', 'file-format', 'warning'],
    ['platforms is a list or one text', 'platforms', 'web', { web: true }, 'wrong-type', 'error'],
    ['platforms is not empty', 'platforms', ['web', 'android', 'kiosk'], [], 'empty-list', 'error'],
    ['categories come from the standard\'s list', 'categories', ['e-signature', 'it-security'], ['perencanaan'], 'not-allowed', 'error'],
    ['categories is required', 'categories', ['budgeting'], undefined, 'missing-key', 'error'],
    ['developmentStatus is one of five', 'developmentStatus', 'obsolete', 'production', 'not-allowed', 'error'],
    ['softwareType is one of the standard\'s', 'softwareType', 'configurationFiles', 'standalone/server', 'not-allowed', 'error'],
    ['softwareType is required', 'softwareType', 'library', undefined, 'missing-key', 'error'],
    ['intendedAudience countries are lowercase ISO 3166-1', 'intendedAudience.countries', ['id', 'it'], ['ID'], 'bad-country', 'error'],
    ['intendedAudience countries exist', 'intendedAudience.unsupportedCountries', ['nl'], ['qq'], 'bad-country', 'error'],
    ['intendedAudience scope comes from the scope list', 'intendedAudience.scope', ['local-authorities', 'welfare'], ['pemerintahan'], 'not-allowed', 'error'],
    ['a description is a mapping of texts', 'description.jv', { shortDescription: 'Musrenbang' }, 'Musrenbang', 'wrong-type', 'error'],
    ['description needs one language', 'description', { en: { shortDescription: 'e-Musrenbang', longDescription: LONG_ID, features: ['x'] } }, {}, 'empty-list', 'error'],
    ['shortDescription is required', 'description.id.shortDescription', 'Musrenbang', undefined, 'missing-key', 'error'],
    ['shortDescription has at most 150 characters', 'description.id.shortDescription', 'a'.repeat(150), 'a'.repeat(151), 'too-long', 'error'],
    ['longDescription has at least 150 characters', 'description.id.longDescription', 'b'.repeat(150), 'b'.repeat(149), 'too-short', 'error'],
    ['longDescription has at most 10000 characters', 'description.id.longDescription', 'c'.repeat(10000), 'c'.repeat(10001), 'too-long', 'error'],
    ['longDescription is required in one language', 'description.id.longDescription', LONG_ID, undefined, 'missing-key', 'error'],
    ['features are required in one language', 'description.id.features', ['Peringkat usulan'], undefined, 'missing-key', 'error'],
    ['features are a list', 'description.id.features', ['Peringkat usulan'], 'Peringkat usulan', 'wrong-type', 'error'],
    ['documentation is an http(s) URL', 'description.id.documentation', 'https://docs.bandung.go.id/musrenbang', 'docs/index.md', 'bad-url', 'error'],
    ['videos are http(s) URLs', 'description.id.videos', ['https://video.bandung.go.id/v/1'], ['musrenbang.mp4'], 'bad-url', 'error'],
    ['screenshots are PNG or JPG', 'description.id.screenshots', ['img/usulan.jpg'], ['img/usulan.bmp'], 'file-format', 'warning'],
    ['legal.license is required', 'legal.license', 'MIT', undefined, 'missing-key', 'error'],
    ['legal.license is an SPDX expression', 'legal.license', 'EUPL-1.2 OR AGPL-3.0-or-later', 'Apache 2', 'bad-licence', 'error'],
    ['legal.license names SPDX ids', 'legal.license', '(MIT OR Apache-2.0) AND BSD-3-Clause', 'GPLv3', 'bad-licence', 'error'],
    ['legal.license exceptions follow WITH', 'legal.license', 'GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-only WITH Bandung-exception', 'bad-licence', 'error'],
    ['legal.license is complete', 'legal.license', 'LicenseRef-Pemkot-Bandung-1.0', 'MIT AND', 'bad-licence', 'error'],
    ['legal.license closes its parentheses', 'legal.license', '(MIT)', '(MIT OR Apache-2.0', 'bad-licence', 'error'],
    ['legal.license has no stray words', 'legal.license', 'EUPL-1.2+', 'MIT Apache-2.0', 'bad-licence', 'error'],
    ['legal.license is written as the SPDX list does', 'legal.license', 'Apache-2.0', 'apache-2.0', 'deprecated-licence', 'warning'],
    ['legal.license avoids deprecated ids', 'legal.license', 'GPL-3.0-or-later', 'GPL-3.0', 'deprecated-licence', 'warning'],
    ['maintenance.type is one of four', 'maintenance.type', 'none', 'outsourced', 'not-allowed', 'error'],
    ['contacts are required for internal maintenance', 'maintenance.contacts', [{ name: 'Asep Sunandar' }], undefined, 'missing-key', 'error'],
    ['contacts are not empty for internal maintenance', 'maintenance.contacts', [{ name: 'Asep Sunandar', phone: '+62 22 4234793' }], [], 'empty-list', 'error'],
    ['a contact has a name', 'maintenance.contacts[0].name', 'Rina Kartika', undefined, 'missing-key', 'error'],
    ['a contact e-mail is an address', 'maintenance.contacts[0].email', 'diskominfo@bandung.go.id', 'rina at bandung.go.id', 'bad-email', 'error'],
    ['a contact phone is text', 'maintenance.contacts[0].phone', '+62224234793', 62224234793, 'wrong-type', 'error'],
    ['localisationReady is a boolean', 'localisation.localisationReady', false, 'yes', 'wrong-type', 'error'],
    ['localisationReady is required', 'localisation.localisationReady', true, undefined, 'missing-key', 'error'],
    ['availableLanguages are BCP 47 tags', 'localisation.availableLanguages', ['id', 'su', 'sl-IT-nedis', 'zh-Hant-TW'], ['indonesian_ID'], 'bad-language-tag', 'error'],
    ['availableLanguages is not empty', 'localisation.availableLanguages', ['jv'], [], 'empty-list', 'error'],
    ['a dependency has a name', 'dependsOn.open', [{ name: 'PostgreSQL', versionMin: '13', optional: false }], [{ versionMin: '13' }], 'missing-key', 'error'],
    ['a dependency version is text', 'dependsOn.proprietary', [{ name: 'Oracle Database', version: '19c' }], [{ name: 'Oracle Database', version: 19 }], 'wrong-type', 'error'],
    ['dependency optional is a boolean', 'dependsOn.hardware', [{ name: 'Pembaca e-KTP', optional: true }], [{ name: 'Pembaca e-KTP', optional: 'ya' }], 'wrong-type', 'error'],
    ['an optional key is not left empty', 'landingURL', 'https://bandung.go.id', null, 'wrong-type', 'error'],
    ['a required key is not left empty', 'name', 'e-Musrenbang', null, 'missing-key', 'error'],
  ];

  it.each(rules)('%s', (_rule, path, accepted, refused, code, severity) => {
    expect(findings(changed(path, accepted)), 'the accepted value').toEqual([]);
    const found = findings(changed(path, refused));
    expect(found.map((f) => [f.code, f.severity, f.path.slice(0, path.length)])).toContainEqual([code, severity, path]);
    expect(found.filter((f) => f.code !== code)).toEqual([]);
  });

  it('names description languages with BCP 47 tags', () => {
    expect(findings(changed('description.sl-IT-nedis', { shortDescription: 'Musrenbang' }))).toEqual([]);
    expect(findings(changed('description.en_US', { shortDescription: 'Musrenbang' }))).toMatchObject([{ code: 'bad-language-tag', path: 'description.en_US' }]);
  });

  it('contract maintenance needs contractors, each with a name and an until date', () => {
    const contract = changed('maintenance', { type: 'contract', contractors: [{ name: 'PT Digital Priangan', until: '2027-12-31', website: 'https://priangan.co.id' }] });
    expect(findings(contract)).toEqual([]);
    const none = findings(changed('maintenance', { type: 'contract' }));
    expect(none).toMatchObject([{ code: 'missing-key', path: 'maintenance.contractors', severity: 'error' }]);
    const badDate = findings(changed('maintenance', { type: 'contract', contractors: [{ name: 'PT Digital Priangan', until: '31-12-2027' }] }));
    expect(badDate).toMatchObject([{ code: 'bad-date', path: 'maintenance.contractors[0].until' }]);
    const noUntil = findings(changed('maintenance', { type: 'contract', contractors: [{ name: 'PT Digital Priangan' }] }));
    expect(noUntil).toMatchObject([{ code: 'missing-key', path: 'maintenance.contractors[0].until' }]);
    expect(findings(changed('maintenance', { type: 'community' }))).toMatchObject([{ code: 'missing-key', path: 'maintenance.contacts' }]);
    expect(findings(changed('maintenance', { type: 'none' }))).toEqual([]);
  });

  it('warns about unknown and deprecated keys, and leaves country sections alone', () => {
    const document: Record<string, unknown> = { ...base(), it: { conforme: { gdpr: true } }, id: { anything: 1 }, apllicationSuite: 'x', landingUrl: 'https://bandung.go.id', monochromeLogo: 'logo-mono.svg' };
    (document.legal as Record<string, unknown>).owner = 'Pemkot Bandung';
    (document.description as Record<string, Record<string, unknown>>).id.genericName = 'Perencanaan';
    const found = findings(document);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found.map((f) => [f.code, f.path])).toEqual(
      expect.arrayContaining([
        ['unknown-key', 'apllicationSuite'],
        ['unknown-key', 'landingUrl'],
        ['unknown-key', 'legal.owner'],
        ['deprecated-key', 'monochromeLogo'],
        ['deprecated-key', 'description.id.genericName'],
      ]),
    );
    expect(found).toHaveLength(5);
    expect(found.find((f) => f.path === 'landingUrl')?.message).toContain('did you mean "landingURL"?');
  });

  it('counts description lengths in grapheme clusters', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    const accented = 'e\u0301';
    expect(graphemeLength(family + accented)).toBe(2);
    expect(findings(changed('description.id.shortDescription', family.repeat(150)))).toEqual([]);
    expect(findings(changed('description.id.shortDescription', accented.repeat(151)))).toMatchObject([{ code: 'too-long', message: expect.stringContaining('151') }]);
  });

  it('refuses duplicate keys and broken YAML, with the line and column', () => {
    expect(findings('publiccodeYmlVersion: "0.4"\nname: e-Musrenbang\nname: Sabilulungan\n')).toEqual([
      { severity: 'error', code: 'duplicate-key', path: '', line: 3, column: 1, message: expect.any(String) },
    ]);
    expect(findings('name: [e-Musrenbang\n')).toMatchObject([{ severity: 'error', code: 'yaml-syntax' }]);
    expect(findings('name: a\n---\nname: b\n')).toMatchObject([{ code: 'yaml-syntax', line: 2 }]);
    expect(findings('')).toMatchObject([{ code: 'wrong-type', path: '' }]);
    expect(findings('- e-Musrenbang\n')).toMatchObject([{ code: 'wrong-type', path: '', message: expect.stringContaining('mapping') }]);
  });

  it('follows aliases, and stops those that expand without end', () => {
    const aliased = stringify(base()).replace('platforms:\n  - web', 'platforms: &platforms\n  - web') + 'usedBy: *platforms\n';
    expect(findings(aliased)).toEqual([]);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(findings(laughs)).toMatchObject([{ code: 'yaml-syntax', message: expect.stringContaining('expand') }]);
  });

  it('refuses a file that is not UTF-8', () => {
    const latin1 = Buffer.from('name: Pelayanan Publik \xe9\n', 'latin1');
    expect(validatePubliccodeBytes(latin1).findings).toMatchObject([{ code: 'bad-encoding', severity: 'error' }]);
  });

  it('points at the line and column of the value, or of the mapping that lacks a key', () => {
    const text = stringify(changed('maintenance.contacts[0].email', 'rina at bandung'));
    const line = text.split('\n').findIndex((l) => l.includes('rina at bandung')) + 1;
    const column = text.split('\n')[line - 1].indexOf('rina at bandung') + 1;
    expect(findings(text)).toEqual([{ severity: 'error', code: 'bad-email', path: 'maintenance.contacts[0].email', line, column, message: expect.any(String) }]);
    const withoutLicence = stringify(changed('legal.license', undefined));
    const legalLine = withoutLicence.split('\n').findIndex((l) => l.startsWith('legal:')) + 1;
    expect(findings(withoutLicence)).toMatchObject([{ code: 'missing-key', path: 'legal.license', line: legalLine }]);
  });

  describe('files beside publiccode.yml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gotong-publiccode-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('warns when a logo or screenshot path names a file that is not there', () => {
      writeFileSync(join(dir, 'logo.svg'), '<svg/>');
      const text = stringify({ ...changed('description.id.screenshots', ['img/usulan.png']), logo: 'logo.svg' });
      expect(validatePubliccodeText(text, { baseDir: dir }).findings).toMatchObject([{ code: 'file-missing', severity: 'warning', path: 'description.id.screenshots[0]' }]);
    });
  });
});

describe('what the index keeps', () => {
  it('keeps the fields a catalogue filters by, with one platform written as a list', () => {
    const report = validatePubliccodeText(stringify({ ...base(), platforms: 'web', intendedAudience: { scope: ['local-authorities'] } }));
    expect(publiccodeSummary(report.document!)).toEqual({
      problems: [],
      summary: {
        publiccodeYmlVersion: '0.4',
        developmentStatus: 'stable',
        softwareType: 'standalone/web',
        categories: ['digital-citizenship'],
        platforms: ['web'],
        intendedAudience: { scope: ['local-authorities'] },
        maintenance: { type: 'internal', contacts: [{ name: 'Rina Kartika', email: 'rina.kartika@bandung.go.id' }], contractors: [] },
        localisation: { localisationReady: true, availableLanguages: ['id', 'en'] },
      },
    });
  });

  it('says what does not fit the registry index', () => {
    const report = validatePubliccodeText(stringify(changed('maintenance.contacts[0].affiliation', `Dinas ${'Komunikasi dan Informatika '.repeat(10)}`)));
    expect(report.valid).toBe(true);
    expect(publiccodeSummary(report.document!).problems).toEqual([expect.stringContaining('maintenance.contacts[0].affiliation must be one line of 1 to 200 characters')]);
  });
});

describe('findings in Bahasa Indonesia', () => {
  afterEach(() => setLanguage('en'));

  it('says what is wrong in the chosen language, with the same codes, paths and positions', () => {
    const document = { ...changed('releaseDate', '2026-02-30'), landingUrl: 'https://musrenbang.bandung.go.id' };
    const english = findings(document);
    setLanguage('id');
    const indonesian = findings(document);
    expect(indonesian.map(({ message: _, ...where }) => where)).toEqual(english.map(({ message: _, ...where }) => where));
    expect(indonesian.map((f) => f.message)).toEqual(['bukan tanggal yang ada di kalender', 'bukan kunci publiccode.yml 0.x dan diabaikan; mungkin maksud Anda "landingURL"?']);
  });
});
