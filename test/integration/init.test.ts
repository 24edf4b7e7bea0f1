// `gotong init` as Kubu Raya's engineers meet it: a pipeline starts a module
// from flags alone (and is told exactly what is missing or wrong), a module
// Bandung describes in publiccode.yml is started from that file, and an
// engineer at a terminal answers the wizard through a pseudo-terminal. No
// registry is needed: the namespace comes from --name or the engineer's
// "defaultNamespace".
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { onTerminal } from '../helpers/terminal.js';

const MUSRENBANG_PUBLICCODE = fileURLToPath(new URL('../../examples/bandung/e-musrenbang/2.1.0/publiccode.yml', import.meta.url));

describe('gotong init', () => {
  let world: TestWorld;
  const run = (args: string[], env: NodeJS.ProcessEnv = world.env) => gotong(args, { cwd: world.root, env });
  const manifest = async (dir: string) => JSON.parse(await fs.readFile(world.path(dir, 'gotong.json'), 'utf8'));
  const absent = (dir: string) => expect(fs.access(world.path(dir, 'gotong.json'))).rejects.toThrow();
  let kuburaya: NodeJS.ProcessEnv;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-init-');
    const home = world.path('kuburaya-home');
    await fs.mkdir(home, { recursive: true });
    await fs.writeFile(join(home, 'config.json'), JSON.stringify({ registries: {}, defaultNamespace: 'kuburaya' }));
    kuburaya = { ...world.env, GOTONG_HOME: home };
  });
  afterAll(() => world.cleanup());

  it('without a terminal, takes every answer as a flag', async () => {
    const result = await run([
      'init', 'sso-asn', '--name', '@bandung/sso-asn', '--version', '1.1.0', '--description-id', 'Masuk tunggal ASN', '--description-en', 'Single sign-on for civil servants',
      '--type', 'service', '--license', 'EUPL-1.2', '--category', 'identitas',
      '--setting', 'city_name:string:required', '--setting', 'region_code:region=regency:required', '--setting', 'sso_endpoint:url:required:default=https://sso.bandung.go.id:8443/auth',
      '--setting', 'theme:enum=terang,gelap:default=terang', '--setting', 'client_secret:string:required:secret', '--json',
    ]);
    expect(result.json, result.stderr).toMatchObject({ ok: true, nameSource: 'flag', publiccode: null });
    expect(await manifest('sso-asn')).toEqual({
      name: '@bandung/sso-asn', version: '1.1.0', description: { id: 'Masuk tunggal ASN', en: 'Single sign-on for civil servants' }, type: 'service', category: 'identitas', license: 'EUPL-1.2',
      dependencies: {},
      settings: {
        city_name: { type: 'string', required: true },
        region_code: { type: 'region', level: 'regency', required: true },
        sso_endpoint: { type: 'url', required: true, default: 'https://sso.bandung.go.id:8443/auth' },
        theme: { type: 'enum', values: ['terang', 'gelap'], default: 'terang' },
        client_secret: { type: 'string', required: true, secret: true },
      },
    });
  });

  it('without a terminal, names what is missing or wrong and writes nothing', async () => {
    const noName = await run(['init', 'portal', '--json']);
    expect(noName.code).toBe(2);
    expect(noName.json.error).toMatchObject({ code: 'GOTONG_E_NEEDS_TTY', hint: expect.stringContaining('--name @namespace/name') });
    const refusals: Array<[string[], RegExp]> = [
      [['--license', 'Apache 2'], /licence "Apache 2" is not an SPDX expression/],
      [['--type', 'web'], /module type "web"/],
      [['--category', 'Perencanaan'], /category "Perencanaan"/],
      [['--setting', 'kode_wilayah:region'], /--setting "kode_wilayah:region" is a region code without a level/],
      [['--setting', 'city_name:string', '--setting', 'city_name:email'], /--setting city_name is given twice/],
    ];
    for (const [flags, message] of refusals) {
      const refused = await run(['init', 'portal', '--name', '@kuburaya/portal', ...flags, '--json']);
      expect(refused.code, flags.join(' ')).toBe(2);
      expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_USAGE', message: expect.stringMatching(message), hint: expect.any(String) });
    }
    await absent('portal');
  });

  it('--from-publiccode starts from a validated publiccode.yml, in the engineer\'s namespace, and flags win over it', async () => {
    const started = await run(['init', 'e-musrenbang', '--from-publiccode', MUSRENBANG_PUBLICCODE, '--version', '2.1.1', '--json'], kuburaya);
    expect(started.json, started.stderr).toMatchObject({ ok: true, nameSource: 'config', publiccode: { warnings: 0 } });
    expect(await manifest('e-musrenbang')).toEqual({
      name: '@kuburaya/e-musrenbang', version: '2.1.1',
      description: {
        id: 'Musyawarah perencanaan pembangunan (Musrenbang) elektronik untuk kelurahan, kecamatan dan perangkat daerah.',
        en: 'Electronic development-planning deliberation (Musrenbang) for villages, districts and regional offices.',
      },
      type: 'app', category: 'pelayanan-publik', license: 'Apache-2.0',
      repository: 'https://git.bandung.go.id/diskominfo/e-musrenbang', homepage: 'https://git.bandung.go.id/diskominfo/e-musrenbang', publisher: 'Diskominfo Kota Bandung',
      dependencies: {},
    });

    const noNamespace = await run(['init', 'e-musrenbang-2', '--from-publiccode', MUSRENBANG_PUBLICCODE, '--json']);
    expect(noNamespace.json.error).toMatchObject({ code: 'GOTONG_E_NEEDS_TTY', hint: expect.stringContaining('--name @bandung/e-musrenbang') });

    const text = await fs.readFile(MUSRENBANG_PUBLICCODE, 'utf8');
    await fs.writeFile(world.path('rusak.yml'), text.replace('developmentStatus: stable', 'developmentStatus: selesai'));
    const invalid = await run(['init', 'e-musrenbang-3', '--from-publiccode', 'rusak.yml', '--json'], kuburaya);
    expect(invalid.json.error).toMatchObject({ code: 'GOTONG_E_PUBLICCODE_INVALID', message: expect.stringContaining('developmentStatus'), hint: expect.stringContaining('gotong publiccode validate') });
    const missing = await run(['init', 'e-musrenbang-3', '--from-publiccode', 'tidak-ada.yml', '--json'], kuburaya);
    expect(missing.json.error?.code).toBe('GOTONG_E_PUBLICCODE_MISSING');
    await absent('e-musrenbang-3');
  });

  it('on a terminal, asks for each field and settings one by one (through a pseudo-terminal)', async () => {
    // "EUPL" is refused (no such SPDX identifier) and stays typed; "-1.2" completes it.
    const answers: Array<[string, string]> = [
      ['Module name', ''],
      ['Version', '1.0.0'],
      ['Description in Bahasa Indonesia', 'Portal layanan desa Kubu Raya'],
      ['Description in English', 'Village services portal of Kubu Raya'],
      ['Type (', 'app'],
      ['Licence', 'EUPL'],
      ['not an SPDX expression', '-1.2'],
      ['Catalog category', 'pelayanan-publik'],
      ['Add a setting', 'y'],
      ['Setting key', 'region_code'],
      ['Type of region_code', 'region'],
      ['Region code level', ''],
      ['Description of region_code in Bahasa Indonesia', 'Kode wilayah Kemendagri'],
      ['Description of region_code in English', ''],
      ['Must every installing city give region_code', 'y'],
      ['Is region_code a secret', 'n'],
      ['Default of region_code', '61.12'],
      ['Add another setting', 'y'],
      ['Setting key', 'client_secret'],
      ['Type of client_secret', ''],
      ['Description of client_secret in Bahasa Indonesia', ''],
      ['Description of client_secret in English', 'OAuth client secret of the SSO'],
      ['Must every installing city give client_secret', 'y'],
      ['Is client_secret a secret', 'y'],
      ['Add another setting', 'n'],
    ];
    const { remaining, code, transcript } = onTerminal(['init', 'portal-desa'], answers, { cwd: world.root, env: kuburaya });
    expect({ remaining, code }, transcript).toEqual({ remaining: 0, code: 0 });
    expect(transcript).toContain('@kuburaya/portal-desa@1.0.0 (namespace from');
    expect(await manifest('portal-desa')).toEqual({
      name: '@kuburaya/portal-desa', version: '1.0.0', description: { id: 'Portal layanan desa Kubu Raya', en: 'Village services portal of Kubu Raya' },
      type: 'app', category: 'pelayanan-publik', license: 'EUPL-1.2', dependencies: {},
      settings: {
        region_code: { type: 'region', level: 'regency', description: { id: 'Kode wilayah Kemendagri' }, required: true, default: '61.12' },
        client_secret: { type: 'string', description: { en: 'OAuth client secret of the SSO' }, required: true, secret: true },
      },
    });
  });

  it('asks in Bahasa Indonesia under GOTONG_LANG=id, where "tidak" says no and an answer that is neither is asked again', async () => {
    const answers: Array<[string, string]> = [
      ['Nama modul', ''],
      ['Versi', ''],
      ['Deskripsi dalam Bahasa Indonesia', 'Layanan pengaduan warga Kubu Raya'],
      ['Deskripsi dalam bahasa Inggris', ''],
      ['Jenis (', ''],
      ['Lisensi', ''],
      ['Kategori katalog', ''],
      // "ti" is neither yes nor no, and stays typed; "dak" completes "tidak".
      ['Tambahkan pengaturan', 'ti'],
      ['Jawab y (ya) atau t (tidak)', 'dak'],
    ];
    const { remaining, code, transcript } = onTerminal(['init', 'pengaduan'], answers, { cwd: world.root, env: { ...kuburaya, GOTONG_LANG: 'id' } });
    expect({ remaining, code }, transcript).toEqual({ remaining: 0, code: 0 });
    expect(transcript).toContain('(y/T)');
    expect(transcript).toContain('Tidak');
    expect(transcript).toMatch(/gotong\.json ditulis untuk @kuburaya\/pengaduan@0\.1\.0 \(namespace dari /);
    const written = await manifest('pengaduan');
    expect(written).toMatchObject({ name: '@kuburaya/pengaduan', version: '0.1.0', description: { id: 'Layanan pengaduan warga Kubu Raya' }, type: 'app' });
    expect(written.settings).toBeUndefined();
  });
});
