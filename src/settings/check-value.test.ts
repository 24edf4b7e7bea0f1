// Every setting type, with values that fit and values that do not.
import { describe, expect, it } from 'vitest';
import { checkText, checkValue } from './check-value.js';
import { declarationProblem } from './declarations.js';
import type { SettingDeclaration } from './types.js';

const ok = (decl: SettingDeclaration, value: unknown) => expect(checkValue(decl, value), JSON.stringify(value)).toMatchObject({ ok: true });
const bad = (decl: SettingDeclaration, value: unknown) => expect(checkValue(decl, value), JSON.stringify(value)).toMatchObject({ ok: false });

describe('setting values by type', () => {
  it('string: one line of text', () => {
    ok({ type: 'string' }, 'Kabupaten Kubu Raya');
    for (const v of ['', 'baris\nkedua', 12, true]) bad({ type: 'string' }, v);
  });

  it('number: finite numbers; text is read as a number', () => {
    ok({ type: 'number' }, 12);
    expect(checkText({ type: 'number' }, '2.5')).toEqual({ ok: true, value: 2.5 });
    for (const v of ['dua', '', '12abc', Number.NaN]) bad({ type: 'number' }, v);
  });

  it('boolean: true or false, also typed as ya/tidak', () => {
    ok({ type: 'boolean' }, false);
    expect(checkText({ type: 'boolean' }, 'ya')).toEqual({ ok: true, value: true });
    expect(checkText({ type: 'boolean' }, 'false')).toEqual({ ok: true, value: false });
    for (const v of ['mungkin', 1]) bad({ type: 'boolean' }, v);
  });

  it('enum: one of its values', () => {
    const decl: SettingDeclaration = { type: 'enum', values: ['kota', 'kabupaten'] };
    ok(decl, 'kabupaten');
    bad(decl, 'provinsi');
  });

  it('url: https or http, no credentials', () => {
    ok({ type: 'url' }, 'https://sso.kuburayakab.go.id/realms/asn');
    for (const v of ['sso.kuburayakab.go.id', 'javascript:alert(1)', 'ftp://kuburayakab.go.id', 'https://admin:rahasia@sso.kuburayakab.go.id']) bad({ type: 'url' }, v);
  });

  it('email: an address with a domain', () => {
    ok({ type: 'email' }, 'diskominfo@kuburayakab.go.id');
    for (const v of ['diskominfo', 'diskominfo@', '@kuburayakab.go.id', 'a b@kuburayakab.go.id']) bad({ type: 'email' }, v);
  });

  it('region codes at each level, with a real province', () => {
    ok({ type: 'region', level: 'province' }, '61');
    ok({ type: 'region', level: 'regency' }, '61.12');
    ok({ type: 'region', level: 'district' }, '32.73.01');
    ok({ type: 'region', level: 'village' }, '32.73.01.1001');
    bad({ type: 'region', level: 'province' }, '99');
    bad({ type: 'region', level: 'regency' }, '61');
    bad({ type: 'region', level: 'regency' }, '61.12.01');
    bad({ type: 'region', level: 'regency' }, '61.00');
    bad({ type: 'region', level: 'district' }, '6112.01');
    bad({ type: 'region', level: 'village' }, '32.73.01.101');
  });

  it('a secret takes only the name of an environment variable, and never repeats what was given', () => {
    const decl: SettingDeclaration = { type: 'string', secret: true };
    expect(checkText(decl, 'env:SSO_CLIENT_SECRET')).toEqual({ ok: true, value: { env: 'SSO_CLIENT_SECRET' } });
    ok(decl, { env: 'SSO_CLIENT_SECRET' });
    const refused = checkText(decl, 'k4t4-s4nd1-r4h4s14');
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).not.toContain('k4t4');
    bad(decl, 'env:lowercase-name');
  });
});

describe('declarations', () => {
  it('an enum needs values, a region a level, a default fits its type, a secret has none', () => {
    expect(declarationProblem({ kind: { type: 'enum' } })?.problem).toMatch(/without "values"/);
    expect(declarationProblem({ code: { type: 'region' } })?.problem).toMatch(/without "level"/);
    expect(declarationProblem({ code: { type: 'region', level: 'regency', default: '61' } })?.path).toEqual(['settings', 'code', 'default']);
    expect(declarationProblem({ n: { type: 'number', default: '12' } })?.problem).toMatch(/must be a number/);
    expect(declarationProblem({ s: { type: 'string', secret: true, default: 'x' } })?.problem).toMatch(/secret/);
    expect(declarationProblem({ name: { type: 'string', values: ['a'] } })?.path).toEqual(['settings', 'name', 'values']);
    expect(declarationProblem({ code: { type: 'region', level: 'regency', default: '61.12', required: true }, kind: { type: 'enum', values: ['kota', 'kabupaten'], default: 'kabupaten' } })).toBeNull();
  });
});
