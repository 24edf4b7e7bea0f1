// Module names, versions and ranges as users type them, and the target paths
// they map to. A name is `@<namespace>/<name>`, both parts `[a-z0-9][a-z0-9-]*`
// of at most 64 characters (DESIGN.md "Words"): every name is then a safe
// path segment on every file system and a plain TUF role name. Versions are
// SemVer 2.0 as the `semver` package reads them in strict mode, without the
// leading "v" or "=" that it would quietly strip.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';

export const NAME_MAX_LENGTH = 214;
export const SEGMENT_MAX_LENGTH = 64;
export const VERSION_MAX_LENGTH = 256;
export const RANGE_MAX_LENGTH = 256;

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
const FULL_NAME = /^@([^/]*)\/([^/]*)$/;
// SemVer 2.0 grammar (semver.org, "Backus-Naur Form Grammar"); same pattern as
// $defs/version in the schemas.
const SEMVER =
  /^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface ModuleName {
  namespace: string;
  name: string;
  /** `@namespace/name` */
  fullName: string;
}

export interface ModuleSpec extends ModuleName {
  /** The range as typed (e.g. `^2.1`, `1.2.0`), or null when none was given. */
  range: string | null;
}

export function isValidNamespace(text: string): boolean {
  return typeof text === 'string' && text.length <= SEGMENT_MAX_LENGTH && SEGMENT.test(text);
}

export function isValidModuleName(text: string): boolean {
  if (typeof text !== 'string' || text.length > NAME_MAX_LENGTH) return false;
  const match = FULL_NAME.exec(text);
  return match !== null && isValidNamespace(match[1]) && isValidNamespace(match[2]);
}

/** Renders user text for a message: JSON-quoted, shortened, with invisible characters escaped. */
export function quote(value: string, max = 80): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(short).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function nameHint(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return t('manifest.name.invalid.hintEmpty');
  if (!text.startsWith('@')) {
    return text.includes('/') ? t('manifest.name.invalid.hintAt', { fixed: quote(`@${text}`) }) : t('manifest.name.invalid.hintNamespace');
  }
  const fixed = text.toLowerCase().replace(/[_.\s]+/g, '-');
  if (fixed !== text && isValidModuleName(fixed)) return t('manifest.name.invalid.hintLowercase', { fixed: quote(fixed) });
  return t('manifest.name.invalid.hint', { max: SEGMENT_MAX_LENGTH });
}

export function parseModuleName(text: string): ModuleName {
  if (!isValidModuleName(text)) {
    throw new GotongError('GOTONG_E_NAME_INVALID', t('manifest.name.invalid', { name: quote(String(text)) }), {
      hint: nameHint(text),
    });
  }
  const match = FULL_NAME.exec(text)!;
  return { namespace: match[1], name: match[2], fullName: text };
}

/**
 * Reads a command-line module argument: `@bandung/ui-kit`, `@bandung/ui-kit@1.2.0`
 * or `@bandung/e-musrenbang@^2.1`. The range is returned as typed.
 */
export function parseModuleSpec(text: string): ModuleSpec {
  const source = String(text);
  const at = source.indexOf('@', 1);
  const namePart = at === -1 ? source : source.slice(0, at);
  const parsed = parseModuleName(namePart);
  if (at === -1) return { ...parsed, range: null };
  const range = source.slice(at + 1);
  if (range.length === 0) {
    throw new GotongError('GOTONG_E_RANGE_INVALID', t('manifest.spec.emptyRange', { spec: quote(source) }), {
      hint: t('manifest.spec.emptyRange.hint', { name: parsed.fullName }),
    });
  }
  return { ...parsed, range: assertRange(range) };
}

/** Checks a version range (`^2.1.0`, `~1.2`, `>=1 <3`, `1.x || 2.x`) and returns it unchanged. */
export function assertRange(text: string): string {
  const ok =
    typeof text === 'string' &&
    text.trim().length > 0 &&
    text.length <= RANGE_MAX_LENGTH &&
    !CONTROL.test(text) &&
    semver.validRange(text) !== null;
  if (!ok) {
    throw new GotongError('GOTONG_E_RANGE_INVALID', t('manifest.range.invalid', { range: quote(String(text)) }), {
      hint: t('manifest.range.invalid.hint'),
    });
  }
  return text;
}

export function isValidVersion(text: string): boolean {
  return typeof text === 'string' && text.length <= VERSION_MAX_LENGTH && SEMVER.test(text) && semver.parse(text) !== null;
}

/** Which version a message names: the version (of a module), or the one a command works from or towards. */
export type VersionRole = 'version' | 'current version' | 'new version' | '--fixed-in version';

// The message chooses its words by these keys (an ICU select).
const ROLE_WORDS: Record<VersionRole, string> = { version: 'version', 'current version': 'current', 'new version': 'new', '--fixed-in version': 'fixedIn' };

/** Checks a SemVer 2.0 version and returns it unchanged. */
export function assertVersion(text: string, role: VersionRole = 'version'): string {
  if (isValidVersion(text)) return text;
  const shown = quote(String(text));
  let hint = t('manifest.version.invalid.hint');
  if (typeof text === 'string') {
    const trimmed = text.trim().replace(/^[=v]+/, '');
    if (trimmed !== text && isValidVersion(trimmed)) hint = t('manifest.version.invalid.hintTrim', { version: trimmed });
    else if (/^\d+(\.\d+)?$/.test(text)) hint = t('manifest.version.invalid.hintNumbers', { version: text.split('.').concat(['0', '0']).slice(0, 3).join('.') });
  }
  throw new GotongError('GOTONG_E_VERSION_INVALID', t('manifest.version.invalid', { version: shown, role: ROLE_WORDS[role] }), { hint });
}

/** TUF target path of a module version's tarball (DESIGN.md "Target paths and the index"). */
export function tarballTarget(namespace: string, name: string, version: string): string {
  checkSegments(namespace, name);
  assertVersion(version);
  return `${namespace}/${name}/${name}-${version}.tgz`;
}

/** TUF target path of a module's index file. */
export function indexTarget(namespace: string, name: string): string {
  checkSegments(namespace, name);
  return `${namespace}/${name}/index.json`;
}

function checkSegments(namespace: string, name: string): void {
  if (!isValidNamespace(namespace) || !isValidNamespace(name)) parseModuleName(`@${namespace}/${name}`);
}
