// The value forms the standard names: URLs, YYYY-MM-DD dates, BCP 47 tags,
// ISO 3166-1 country codes, e-mail addresses, repository paths, and text
// lengths. Each returns null when the value is fine, or what is wrong.
// Lengths count grapheme clusters (what a reader sees as one character), so
// "Pelayanan Publik" written with combining marks or an emoji is not
// counted longer than it looks.

import { t } from '../i18n/translate.js';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** An absolute http(s) URL with a host (landingURL, roadmap, documentation, videos, websites). */
export function webUrlProblem(value: string): string | null {
  const url = parseUrl(value);
  if (url === null) return t('publiccode.url.notAbsolute');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return t('publiccode.url.notWeb', { protocol: url.protocol });
  if (url.hostname === '') return t('publiccode.url.noHost');
  return null;
}

/** `url`: where the source code is, so git, ssh and svn URLs are fine too. */
export function repositoryUrlProblem(value: string): string | null {
  const url = parseUrl(value);
  if (url === null) return t('publiccode.url.notAbsoluteRepository');
  if (!['https:', 'http:', 'git:', 'ssh:', 'svn:', 'svn+ssh:', 'git+ssh:'].includes(url.protocol)) return t('publiccode.url.notRepository', { protocol: url.protocol });
  if (url.hostname === '') return t('publiccode.url.noHost');
  return null;
}

/** `organizationUri`: any absolute URI (a URL or a URN). */
export function uriProblem(value: string): string | null {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value) ? null : t('publiccode.uri');
}

function parseUrl(value: string): URL | null {
  if (/\s/.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** "Dates" in the standard: exactly YYYY-MM-DD, and a real day of the calendar. */
export function dateProblem(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return t('publiccode.date.form');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return t('publiccode.date.notADay');
  return null;
}

/** A well-formed BCP 47 language tag with its primary language subtag. */
export function languageTagProblem(value: string): string | null {
  try {
    Intl.getCanonicalLocales(value);
  } catch {
    return t('publiccode.languageTag.invalid');
  }
  if (!/^[a-zA-Z]{2,8}(-|$)/.test(value)) return t('publiccode.languageTag.primary');
  return null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Lowercase ISO 3166-1 alpha-2, as the standard writes them (id, it, nl). */
export function countryProblem(value: string): string | null {
  if (!/^[a-z]{2}$/.test(value)) return t('publiccode.country.form');
  const upper = value.toUpperCase();
  if (upper === 'ZZ' || regionNames.of(upper) === upper) return t('publiccode.country.unknown');
  return null;
}

export function emailProblem(value: string): string | null {
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().]+$/.test(value) ? null : t('publiccode.email');
}

/** A file in the repository: a relative path that stays inside it, or an absolute http(s) URL. */
export function pathOrUrlProblem(value: string): string | null {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) && !/^[a-zA-Z]:[\\/]/.test(value)) return webUrlProblem(value);
  if (value.startsWith('/') || value.startsWith('\\') || /^[a-zA-Z]:/.test(value)) return t('publiccode.path.absolute');
  if (value.split(/[\\/]/).includes('..')) return t('publiccode.path.outside');
  if (value.trim() === '') return t('publiccode.path.empty');
  return null;
}

/** True when pathOrUrlProblem accepted the value as a relative path (not a URL). */
export function isRelativePath(value: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value);
}
