// `gotong version <release|version>`: the next version of a module. Release
// names follow npm's (`semver.inc`); an explicit version is taken as given,
// except that it must differ from the current one, as npm requires.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { assertVersion, isValidVersion, quote } from './names.js';

export const RELEASE_TYPES = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

const PRE_RELEASES: readonly string[] = ['premajor', 'preminor', 'prepatch', 'prerelease'];
// An alphanumeric SemVer identifier: a purely numeric preid would be read as a number.
const PREID = /^[0-9]*[A-Za-z-][0-9A-Za-z-]*$/;

export function isReleaseType(text: string): text is ReleaseType {
  return (RELEASE_TYPES as readonly string[]).includes(text);
}

/**
 * The version after `current` for a release type (`minor`: 2.1.3 -> 2.2.0) or
 * an explicit version. `preid` names the pre-release (`rc`: 2.1.0 -> 2.2.0-rc.0
 * with `preminor`).
 */
export function bumpVersion(current: string, release: ReleaseType | string, preid?: string): string {
  assertVersion(current, 'current version');
  if (!isReleaseType(release)) {
    if (preid !== undefined) {
      throw new GotongError('GOTONG_E_USAGE', 'a pre-release id applies only to premajor, preminor, prepatch or prerelease', {
        hint: `Drop --preid, or give a release type such as prerelease instead of ${quote(String(release))}.`,
      });
    }
    return explicitVersion(current, release);
  }
  if (preid !== undefined) {
    if (!PRE_RELEASES.includes(release)) {
      throw new GotongError('GOTONG_E_USAGE', `a pre-release id applies only to premajor, preminor, prepatch or prerelease, not ${release}`, {
        hint: `Drop --preid, or use pre${release === 'major' || release === 'minor' || release === 'patch' ? release : 'release'}.`,
      });
    }
    if (typeof preid !== 'string' || preid.length > 64 || !PREID.test(preid)) {
      throw new GotongError('GOTONG_E_VERSION_INVALID', `${quote(String(preid))} is not a valid pre-release id`, {
        hint: 'Use letters, digits and hyphens with at least one letter, such as rc, beta or uji-coba.',
      });
    }
  }
  const next = preid === undefined ? semver.inc(current, release) : semver.inc(current, release, preid);
  if (next === null || !isValidVersion(next)) {
    throw new GotongError('GOTONG_E_VERSION_INVALID', `cannot make a ${release} release after ${current}`, {
      hint: 'The version numbers are too large; give the next version explicitly, such as `gotong version 3.0.0`.',
    });
  }
  return next;
}

function explicitVersion(current: string, wanted: string): string {
  if (typeof wanted !== 'string' || (!semver.parse(wanted) && !/^[=v\s]*\d/.test(wanted))) {
    throw new GotongError('GOTONG_E_VERSION_INVALID', `${quote(String(wanted))} is neither a release type nor a version`, {
      hint: `Give one of ${RELEASE_TYPES.join(', ')}, or a SemVer version such as 2.1.0.`,
    });
  }
  assertVersion(wanted, 'new version');
  if (semver.eq(wanted, current)) {
    throw new GotongError('GOTONG_E_VERSION_INVALID', `the version is already ${current}`, {
      hint: 'Give a different version, or a release type such as patch.',
      details: { current, wanted },
    });
  }
  return wanted;
}
