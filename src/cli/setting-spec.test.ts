// `gotong init --setting`: each part of KEY:TYPE[:required][:secret][:default=VALUE]
// and each refusal, named in the message.
import { describe, expect, it } from 'vitest';
import { parseSettingSpec } from './setting-spec.js';

describe('--setting of gotong init', () => {
  it('reads a type, the marks and a default that keeps its colons', () => {
    expect(parseSettingSpec('city_name:string:required')).toEqual({ key: 'city_name', declaration: { type: 'string', required: true } });
    expect(parseSettingSpec('region_code:region=regency:required')).toEqual({ key: 'region_code', declaration: { type: 'region', level: 'regency', required: true } });
    expect(parseSettingSpec('theme:enum=terang,gelap:default=gelap')).toEqual({ key: 'theme', declaration: { type: 'enum', values: ['terang', 'gelap'], default: 'gelap' } });
    expect(parseSettingSpec('client_secret:string:required:secret').declaration).toEqual({ type: 'string', required: true, secret: true });
    expect(parseSettingSpec('sso_endpoint:url:default=https://sso.kuburayakab.go.id:8443/auth').declaration.default).toBe('https://sso.kuburayakab.go.id:8443/auth');
    expect(parseSettingSpec('session_minutes:number:default=30').declaration.default).toBe(30);
    expect(parseSettingSpec('show_map:boolean:default=ya').declaration.default).toBe(true);
  });

  it.each([
    ['City:string', /has the key "City"/],
    ['city_name', /names no type/],
    ['city_name:text', /"text", which is not one of string/],
    ['jenis:enum', /enum without its values/],
    ['kode:region', /without a level/],
    ['kode:region=kota', /without a level/],
    ['city_name:string=x', /only enum and region take/],
    ['city_name:string:wajib', /"wajib", which is none of required, secret/],
    ['client_secret:string:secret:default=abc', /gives a secret a default/],
    ['session_minutes:number:default=tiga puluh', /must be a number/],
    ['theme:enum=terang,gelap:default=biru', /must be one of/],
  ])('refuses %s', (spec, message) => {
    expect(() => parseSettingSpec(spec)).toThrow(message);
    try {
      parseSettingSpec(spec);
    } catch (error) {
      expect(error).toMatchObject({ code: 'GOTONG_E_USAGE', hint: expect.stringContaining('KEY:TYPE[:required][:secret][:default=VALUE]') });
    }
  });
});
