// The value forms the standard names: URLs, YYYY-MM-DD dates, BCP 47 tags,
// ISO 3166-1 country codes, e-mail addresses, repository paths, and text
// lengths. Each returns null when the value is fine, or what is wrong.
// Lengths count grapheme clusters (what a reader sees as one character), so
// "Pelayanan Publik" written with combining marks or an emoji is not
// counted longer than it looks.

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** An absolute http(s) URL with a host (landingURL, roadmap, documentation, videos, websites). */
export function webUrlProblem(value: string): string | null {
  const url = parseUrl(value);
  if (url === null) return 'is not an absolute URL';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http or https URL, not ${url.protocol}`;
  if (url.hostname === '') return 'has no host';
  return null;
}

/** `url`: where the source code is, so git, ssh and svn URLs are fine too. */
export function repositoryUrlProblem(value: string): string | null {
  const url = parseUrl(value);
  if (url === null) return 'is not an absolute URL (e.g. https://git.bandung.go.id/diskominfo/e-musrenbang.git)';
  if (!['https:', 'http:', 'git:', 'ssh:', 'svn:', 'svn+ssh:', 'git+ssh:'].includes(url.protocol)) return `must be a repository URL (https, http, git, ssh or svn), not ${url.protocol}`;
  if (url.hostname === '') return 'has no host';
  return null;
}

/** `organizationUri`: any absolute URI (a URL or a URN). */
export function uriProblem(value: string): string | null {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value) ? null : 'is not an absolute URI (https://... or urn:...)';
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
  if (!match) return 'must be written YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'is not a day of the calendar';
  return null;
}

/** A well-formed BCP 47 language tag with its primary language subtag. */
export function languageTagProblem(value: string): string | null {
  try {
    Intl.getCanonicalLocales(value);
  } catch {
    return 'is not a BCP 47 language tag (e.g. id, en, jv, id-ID)';
  }
  if (!/^[a-zA-Z]{2,8}(-|$)/.test(value)) return 'must start with a primary language subtag (e.g. id, en)';
  return null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Lowercase ISO 3166-1 alpha-2, as the standard writes them (id, it, nl). */
export function countryProblem(value: string): string | null {
  if (!/^[a-z]{2}$/.test(value)) return 'must be a lowercase two-letter ISO 3166-1 code (e.g. id)';
  const upper = value.toUpperCase();
  if (upper === 'ZZ' || regionNames.of(upper) === upper) return 'is not an ISO 3166-1 country code';
  return null;
}

export function emailProblem(value: string): string | null {
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().]+$/.test(value) ? null : 'is not an e-mail address (name@domain)';
}

/** A file in the repository: a relative path that stays inside it, or an absolute http(s) URL. */
export function pathOrUrlProblem(value: string): string | null {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) && !/^[a-zA-Z]:[\\/]/.test(value)) return webUrlProblem(value);
  if (value.startsWith('/') || value.startsWith('\\') || /^[a-zA-Z]:/.test(value)) return 'must be a path relative to the repository root, not an absolute file path';
  if (value.split(/[\\/]/).includes('..')) return 'must stay inside the repository (no ..)';
  if (value.trim() === '') return 'is empty';
  return null;
}

/** True when pathOrUrlProblem accepted the value as a relative path (not a URL). */
export function isRelativePath(value: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value);
}
