import { describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import { bumpVersion } from './version-bump.js';

function failure(run: () => unknown): GotongError {
  try {
    run();
  } catch (e) {
    if (e instanceof GotongError) return e;
    throw e;
  }
  throw new Error('expected a GotongError');
}

describe('gotong version', () => {
  it.each([
    ['2.1.3', 'major', undefined, '3.0.0'],
    ['2.1.3', 'minor', undefined, '2.2.0'],
    ['2.1.3', 'patch', undefined, '2.1.4'],
    ['2.1.0-rc.1', 'patch', undefined, '2.1.0'],
    ['2.1.3', 'premajor', undefined, '3.0.0-0'],
    ['2.1.3', 'preminor', 'rc', '2.2.0-rc.0'],
    ['2.1.3', 'prepatch', 'uji-coba', '2.1.4-uji-coba.0'],
    ['2.2.0-rc.0', 'prerelease', 'rc', '2.2.0-rc.1'],
    ['2.1.0', 'prerelease', 'beta', '2.1.1-beta.0'],
  ])('%s with %s (preid %s) gives %s', (current, release, preid, expected) => {
    expect(bumpVersion(current, release, preid)).toBe(expected);
  });

  it('takes an explicit version, lower ones included, as npm does', () => {
    expect(bumpVersion('2.1.0', '3.0.0')).toBe('3.0.0');
    expect(bumpVersion('2.1.0', '2.1.1-rc.1')).toBe('2.1.1-rc.1');
    expect(bumpVersion('2.1.0', '1.4.2')).toBe('1.4.2');
  });

  it('refuses the version it already has', () => {
    const error = failure(() => bumpVersion('2.1.0', '2.1.0'));
    expect(error.code).toBe('GOTONG_E_VERSION_INVALID');
    expect(error.message).toBe('the version is already 2.1.0');
    expect(failure(() => bumpVersion('2.1.0', '2.1.0+build.7')).message).toBe('the version is already 2.1.0');
  });

  it('explains words it does not know and versions that are not SemVer', () => {
    const word = failure(() => bumpVersion('2.1.0', 'mayor'));
    expect(word.code).toBe('GOTONG_E_VERSION_INVALID');
    expect(word.hint).toContain('major, minor, patch');
    expect(failure(() => bumpVersion('2.1.0', 'v2.2.0')).hint).toContain('2.2.0');
    expect(failure(() => bumpVersion('2.1.0', '2.2')).hint).toContain('try 2.2.0');
    expect(failure(() => bumpVersion('2.1', 'patch')).message).toContain('current version');
  });

  it('checks the pre-release id', () => {
    expect(failure(() => bumpVersion('2.1.0', 'prerelease', '01')).code).toBe('GOTONG_E_VERSION_INVALID');
    expect(failure(() => bumpVersion('2.1.0', 'prerelease', 'uji coba')).code).toBe('GOTONG_E_VERSION_INVALID');
    expect(failure(() => bumpVersion('2.1.0', 'minor', 'rc')).code).toBe('GOTONG_E_USAGE');
    expect(failure(() => bumpVersion('2.1.0', '3.0.0', 'rc')).code).toBe('GOTONG_E_USAGE');
  });

  it('says when the numbers cannot grow any further', () => {
    expect(failure(() => bumpVersion(`${Number.MAX_SAFE_INTEGER}.0.0`, 'major')).code).toBe('GOTONG_E_VERSION_INVALID');
  });
});
