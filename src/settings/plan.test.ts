// Planning settings without a disk: values given win, required ones without a
// default are missing, and the file a module reads holds every declared key.
import { afterEach, describe, expect, it } from 'vitest';
import { isGotongError } from '../core/errors.js';
import { setLanguage } from '../i18n/translate.js';
import { applySupplied, emptyStore, generatedSettings, missingError, missingSettings, serializeStore } from './plan.js';
import { parseSetFlag, parseValuesText } from './values-file.js';
import type { SettingDeclarations } from './types.js';

const PORTAL = '@kuburaya/portal';
const declared = new Map<string, SettingDeclarations>([
  [PORTAL, {
    city_name: { type: 'string', required: true },
    region_code: { type: 'region', level: 'regency', required: true },
    theme: { type: 'enum', values: ['terang', 'gelap'], default: 'terang' },
    sso_client_secret: { type: 'string', secret: true, required: true },
  }],
]);

function thrown(work: () => unknown) {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('settings plan', () => {
  it('names every required setting without a value', () => {
    expect(missingSettings(emptyStore(), declared).map((m) => m.key)).toEqual(['city_name', 'region_code', 'sso_client_secret']);
  });

  it('applies --set text and values-file values, checked by type', () => {
    const supplied = [...parseValuesText('"@kuburaya/portal":\n  city_name: Kabupaten Kubu Raya\n  region_code: "61.12"\n', 'values.yaml'), parseSetFlag('@kuburaya/portal:sso_client_secret=env:SSO_CLIENT_SECRET')];
    const store = applySupplied(emptyStore(), declared, supplied);
    expect(missingSettings(store, declared)).toEqual([]);
    expect(generatedSettings(PORTAL, declared.get(PORTAL)!, store.modules[PORTAL])).toEqual({
      settingsVersion: 1,
      module: PORTAL,
      values: { city_name: 'Kabupaten Kubu Raya', region_code: '61.12', theme: 'terang' },
      secrets: { sso_client_secret: { env: 'SSO_CLIENT_SECRET' } },
    });
    expect(JSON.parse(serializeStore(store)).modules[PORTAL].sso_client_secret).toEqual({ env: 'SSO_CLIENT_SECRET' });
  });

  it('refuses an unknown module or key, and a value of the wrong type', () => {
    expect(isGotongError(thrown(() => applySupplied(emptyStore(), declared, [parseSetFlag('@bandung/e-musrenbang:x=1')])), 'GOTONG_E_SETTING_UNKNOWN')).toBe(true);
    expect(isGotongError(thrown(() => applySupplied(emptyStore(), declared, [parseSetFlag('@kuburaya/portal:city=Kubu Raya')])), 'GOTONG_E_SETTING_UNKNOWN')).toBe(true);
    expect(isGotongError(thrown(() => applySupplied(emptyStore(), declared, [parseSetFlag('@kuburaya/portal:region_code=61')])), 'GOTONG_E_SETTING_INVALID')).toBe(true);
  });

  it('a stored value that no longer fits a newer version counts as missing', () => {
    const store = applySupplied(emptyStore(), declared, [parseSetFlag('@kuburaya/portal:region_code=61.12')]);
    const newer = new Map([[PORTAL, { region_code: { type: 'region', level: 'district', required: true } } as SettingDeclarations]]);
    expect(missingSettings(store, newer)).toMatchObject([{ key: 'region_code', invalid: expect.stringMatching(/district/) }]);
  });

  it('reads values files as JSON or YAML and refuses duplicate keys and bad --set forms', () => {
    expect(parseValuesText('{"@kuburaya/portal": {"city_name": "Kubu Raya"}}', 'values.json')).toHaveLength(1);
    expect(isGotongError(thrown(() => parseValuesText('{"@kuburaya/portal": {"a": 1, "a": 2}}', 'values.json')), 'GOTONG_E_SETTINGS_FILE_INVALID')).toBe(true);
    expect(isGotongError(thrown(() => parseValuesText('"@kuburaya/portal":\n  a: 1\n  a: 2\n', 'values.yaml')), 'GOTONG_E_SETTINGS_FILE_INVALID')).toBe(true);
    expect(isGotongError(thrown(() => parseValuesText('- 1\n', 'values.yaml')), 'GOTONG_E_SETTINGS_FILE_INVALID')).toBe(true);
    expect(isGotongError(thrown(() => parseSetFlag('city_name=Kubu Raya')), 'GOTONG_E_USAGE')).toBe(true);
  });
});

describe('settings messages in Bahasa Indonesia', () => {
  afterEach(() => setLanguage('en'));

  it('names the missing settings and says how to give them, with the same code and details', () => {
    const english = missingError(missingSettings(emptyStore(), declared), 'There is no terminal to ask on.');
    expect(english.message).toBe('3 required settings have no value: @kuburaya/portal:city_name, @kuburaya/portal:region_code, @kuburaya/portal:sso_client_secret');
    setLanguage('id');
    const indonesian = missingError(missingSettings(emptyStore(), declared), 'Tidak ada terminal untuk menanyakannya.');
    expect(indonesian.code).toBe(english.code);
    expect(indonesian.details).toEqual(english.details);
    expect(indonesian.message).toBe('3 pengaturan wajib belum memiliki nilai: @kuburaya/portal:city_name, @kuburaya/portal:region_code, @kuburaya/portal:sso_client_secret');
    expect(indonesian.hint).toMatch(/^Tidak ada terminal untuk menanyakannya\. Berikan masing-masing dengan --set MODULE:KEY=VALUE \(misalnya --set @kuburaya\/portal:city_name=VALUE\)/);
  });

  it('says why a value does not fit', () => {
    setLanguage('id');
    const refused = thrown(() => applySupplied(emptyStore(), declared, [parseSetFlag('@kuburaya/portal:region_code=61')]));
    expect(refused).toMatchObject({
      message: '@kuburaya/portal:region_code harus berupa kode wilayah tingkat kabupaten/kota seperti 61.12 (Kabupaten Kubu Raya) (yang diberikan: "61") (dari --set)',
      hint: 'Berikan kode wilayah tingkat kabupaten/kota seperti 61.12 (Kabupaten Kubu Raya).',
    });
  });
});
