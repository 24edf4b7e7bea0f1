// `gotong version <release|version>`: the next version of a module. Release
// names follow npm's (`semver.inc`); an explicit version is taken as given,
// except that it must differ from the current one, as npm requires.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
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
  assertVersion(current, 'current version'); // i18n-exempt: a VersionRole, not text
  if (!isReleaseType(release)) {
    if (preid !== undefined) {
      throw new GotongError('GOTONG_E_USAGE', t('manifest.bump.preidWithVersion'), {
        hint: t('manifest.bump.preidWithVersion.hint', { release: quote(String(release)) }),
      });
    }
    return explicitVersion(current, release);
  }
  if (preid !== undefined) {
    if (!PRE_RELEASES.includes(release)) {
      throw new GotongError('GOTONG_E_USAGE', t('manifest.bump.preidNotPre', { release }), {
        hint: t('manifest.bump.preidNotPre.hint', { suggestion: `pre${release === 'major' || release === 'minor' || release === 'patch' ? release : 'release'}` }),
      });
    }
    if (typeof preid !== 'string' || preid.length > 64 || !PREID.test(preid)) {
      throw new GotongError('GOTONG_E_VERSION_INVALID', t('manifest.bump.preidInvalid', { preid: quote(String(preid)) }), {
        hint: t('manifest.bump.preidInvalid.hint'),
      });
    }
  }
  const next = preid === undefined ? semver.inc(current, release) : semver.inc(current, release, preid);
  if (next === null || !isValidVersion(next)) {
    throw new GotongError('GOTONG_E_VERSION_INVALID', t('manifest.bump.overflow', { release, current }), {
      hint: t('manifest.bump.overflow.hint'),
    });
  }
  return next;
}

function explicitVersion(current: string, wanted: string): string {
  if (typeof wanted !== 'string' || (!semver.parse(wanted) && !/^[=v\s]*\d/.test(wanted))) {
    throw new GotongError('GOTONG_E_VERSION_INVALID', t('manifest.bump.neither', { value: quote(String(wanted)) }), {
      hint: t('manifest.bump.neither.hint', { types: RELEASE_TYPES.join(', ') }),
    });
  }
  assertVersion(wanted, 'new version'); // i18n-exempt: a VersionRole, not text
  if (semver.eq(wanted, current)) {
    throw new GotongError('GOTONG_E_VERSION_INVALID', t('manifest.bump.same', { current }), {
      hint: t('manifest.bump.same.hint'),
      details: { current, wanted },
    });
  }
  return wanted;
}
