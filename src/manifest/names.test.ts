import { describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import {
  assertRange, assertVersion, indexTarget, isValidModuleName, isValidNamespace, parseModuleName, parseModuleSpec, quote, tarballTarget,
} from './names.js';

function failure(run: () => unknown): GotongError {
  try {
    run();
  } catch (e) {
    if (e instanceof GotongError) return e;
    throw e;
  }
  throw new Error('expected a GotongError');
}

describe('module names', () => {
  it('splits @bandung/e-musrenbang into namespace and name', () => {
    expect(parseModuleName('@bandung/e-musrenbang')).toEqual({ namespace: 'bandung', name: 'e-musrenbang', fullName: '@bandung/e-musrenbang' });
    expect(parseModuleName('@kuburaya/portal').namespace).toBe('kuburaya');
    expect(parseModuleName('@3273/0-app').name).toBe('0-app');
  });

  it.each([
    ['', 'Give a module name'],
    ['e-musrenbang', 'full name with its namespace'],
    ['bandung/e-musrenbang', 'try "@bandung/e-musrenbang"'],
    ['@Bandung/E_Musrenbang', 'try "@bandung/e-musrenbang"'],
    ['@bandung/e.musrenbang', 'try "@bandung/e-musrenbang"'],
    ['@bandung/-x', 'lowercase letters, digits and hyphens'],
    ['@bandung/', 'lowercase letters'],
    ['@/x', 'lowercase letters'],
    ['@bandung/x/y', 'lowercase letters'],
    ['@bandung/../x', 'lowercase letters'],
    [`@bandung/${'a'.repeat(65)}`, 'at most 64'],
  ])('refuses %j and says how to write it', (text, hint) => {
    const error = failure(() => parseModuleName(text));
    expect(error.code).toBe('GOTONG_E_NAME_INVALID');
    expect(error.hint).toContain(hint);
  });

  it('accepts each part up to 64 characters', () => {
    const long = `@${'a'.repeat(64)}/${'b'.repeat(64)}`;
    expect(isValidModuleName(long)).toBe(true);
    expect(isValidNamespace('a'.repeat(64))).toBe(true);
    expect(isValidNamespace('a'.repeat(65))).toBe(false);
    expect(isValidNamespace('bandung')).toBe(true);
    expect(isValidNamespace('Bandung')).toBe(false);
    expect(isValidNamespace('-bandung')).toBe(false);
    expect(isValidNamespace('')).toBe(false);
  });

  it('escapes invisible characters when it quotes user text', () => {
    expect(quote('a\u001b[31mb')).toBe('"a\\u001b[31mb"');
    expect(quote('a\u202eb')).toBe('"a\\u202eb"');
    expect(quote('x'.repeat(100), 5)).toBe('"xxxxx…"');
  });
});

describe('module specs on the command line', () => {
  it('reads a name without a range', () => {
    expect(parseModuleSpec('@bandung/ui-kit')).toEqual({ namespace: 'bandung', name: 'ui-kit', fullName: '@bandung/ui-kit', range: null });
  });

  it('reads an exact version and a caret range as typed', () => {
    expect(parseModuleSpec('@bandung/ui-kit@1.2.0').range).toBe('1.2.0');
    expect(parseModuleSpec('@bandung/e-musrenbang@^2.1')).toMatchObject({ fullName: '@bandung/e-musrenbang', range: '^2.1' });
    expect(parseModuleSpec('@bandung/e-musrenbang@>=2.0.0 <3').range).toBe('>=2.0.0 <3');
  });

  it('tells a bad range from a bad name', () => {
    expect(failure(() => parseModuleSpec('@bandung/ui-kit@latest')).code).toBe('GOTONG_E_RANGE_INVALID');
    expect(failure(() => parseModuleSpec('@bandung/ui-kit@')).code).toBe('GOTONG_E_RANGE_INVALID');
    expect(failure(() => parseModuleSpec('@bandung/ui-kit@1.2.0@3')).code).toBe('GOTONG_E_RANGE_INVALID');
    expect(failure(() => parseModuleSpec('ui-kit@1.2.0')).code).toBe('GOTONG_E_NAME_INVALID');
    expect(failure(() => parseModuleSpec('@Bandung/ui-kit@1')).code).toBe('GOTONG_E_NAME_INVALID');
  });
});

describe('versions and ranges', () => {
  it.each(['0.0.0', '2.1.0', '1.0.0-rc.1', '1.0.0-alpha-1.0.x', '1.0.0+20250301', '10.20.30-0a.1+b.2'])('accepts %s', (v) => {
    expect(assertVersion(v)).toBe(v);
  });

  it.each([
    ['2.1', 'try 2.1.0'],
    ['v2.1.0', 'without the leading characters or spaces: 2.1.0'],
    [' 2.1.0', 'without the leading'],
    ['01.0.0', 'SemVer 2.0'],
    ['1.0.0-01', 'SemVer 2.0'],
    ['1.0.0-', 'SemVer 2.0'],
    ['99999999999999999.0.0', 'SemVer 2.0'],
    ['', 'SemVer 2.0'],
  ])('refuses %j', (v, hint) => {
    const error = failure(() => assertVersion(v));
    expect(error.code).toBe('GOTONG_E_VERSION_INVALID');
    expect(error.hint).toContain(hint);
  });

  it('accepts the ranges npm users write and refuses the rest', () => {
    for (const r of ['^2.1.0', '~1.2', '1.2.0', '>=1.0.0 <3.0.0', '1.x || 2.x', '*', '2.0.0 - 2.3.0']) expect(assertRange(r)).toBe(r);
    for (const r of ['', ' ', 'latest', '^^1', '1.2.0\n', 'x'.repeat(300)]) expect(failure(() => assertRange(r)).code).toBe('GOTONG_E_RANGE_INVALID');
  });
});

describe('target paths', () => {
  it('puts tarballs and the index under namespace/name', () => {
    expect(tarballTarget('bandung', 'e-musrenbang', '2.1.0')).toBe('bandung/e-musrenbang/e-musrenbang-2.1.0.tgz');
    expect(indexTarget('bandung', 'e-musrenbang')).toBe('bandung/e-musrenbang/index.json');
  });

  it('never builds a path from an unsafe part', () => {
    expect(failure(() => tarballTarget('..', 'x', '1.0.0')).code).toBe('GOTONG_E_NAME_INVALID');
    expect(failure(() => indexTarget('bandung', 'a/b')).code).toBe('GOTONG_E_NAME_INVALID');
    expect(failure(() => tarballTarget('bandung', 'x', '../1.0.0')).code).toBe('GOTONG_E_VERSION_INVALID');
  });
});
