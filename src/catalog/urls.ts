// Which link targets from untrusted text may become an href. An allowlist:
// http, https and mailto URLs and plain relative references. Everything else
// (javascript:, vbscript:, data:, file:, blob:, protocol-relative //host,
// backslash tricks) is refused, after removing what a browser's URL parser
// ignores (leading/trailing C0 and spaces, tabs and newlines anywhere).

export type LinkKind = 'absolute' | 'mailto' | 'relative' | 'fragment';

export interface AllowedLink {
  href: string;
  kind: LinkKind;
}

const IGNORED_BY_BROWSERS = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const EDGE_JUNK = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function checkLink(url: string): AllowedLink | null {
  const cleaned = url.replace(EDGE_JUNK, '').replace(IGNORED_BY_BROWSERS, '');
  // eslint-disable-next-line no-control-regex
  if (cleaned === '' || /[\u0000-\u001F\u007F\\]/.test(cleaned)) return null;
  const scheme = SCHEME.exec(cleaned);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name === 'mailto') return cleaned.length > 7 ? { href: cleaned, kind: 'mailto' } : null;
    if (name !== 'http' && name !== 'https') return null;
    let parsed: URL;
    try {
      parsed = new URL(cleaned);
    } catch {
      return null;
    }
    if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
    return { href: parsed.href, kind: 'absolute' };
  }
  if (cleaned.startsWith('//')) return null;
  // A colon before the first /, ? or # would be read as a scheme by some parser.
  const firstDelimiter = cleaned.search(/[/?#]/);
  const head = firstDelimiter === -1 ? cleaned : cleaned.slice(0, firstDelimiter);
  if (head.includes(':')) return null;
  return { href: cleaned, kind: cleaned.startsWith('#') ? 'fragment' : 'relative' };
}

/** For manifest fields such as `repository`: only absolute http(s) URLs become links. */
export function webUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const link = checkLink(value);
  return link?.kind === 'absolute' ? link.href : null;
}

/**
 * A registry URL as it may be shown on a public page: user name and password
 * (a CI token in an https URL) are removed. Strings that are not URLs (paths,
 * scp-style `git@host:path`) are returned unchanged.
 */
export function withoutCredentials(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username === '' && parsed.password === '') return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}
