// How gotong talks to a static registry host, as data and pure rules: the
// timeouts, retries and redirect hosts a user set (GOTONG_HTTP_TIMEOUT,
// GOTONG_HTTP_RETRIES, GOTONG_ALLOW_REDIRECT_HOSTS), which redirects are
// followed, how long to wait before a retry, and which registry files never
// change once written. No I/O here; http.ts applies it (docs/DECISIONS.md,
// "Reading a registry over HTTP").
import { parseDuration } from '../core/duration.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';

export interface HttpPolicy {
  /** Most time to wait for a response's headers, and between two pieces of its body (ms). */
  timeoutMs: number;
  /** Further attempts after a connection error, a timeout, a cut-off body or a 5xx. */
  retries: number;
  /** Hosts (`host` or `host:port`, lower case) a redirect may lead to besides the registry's own. */
  redirectHosts: string[];
  /** Requests in flight at once to one registry. */
  parallel: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 3;
export const PARALLEL_REQUESTS = 8;
export const MAX_REDIRECTS = 5;
/**
 * The slowest average rate a download may keep (bytes per second) once its
 * timeout has passed: a server that trickles a byte now and then, never idle
 * long enough to time out, is cut off all the same (TUF's slow-retrieval attack).
 */
export const MIN_BYTES_PER_SECOND = 4 * 1024;

export function httpPolicy(env: NodeJS.ProcessEnv = process.env): HttpPolicy {
  const timeoutText = env.GOTONG_HTTP_TIMEOUT?.trim();
  const timeoutMs = timeoutText ? parseDuration(timeoutText, 'GOTONG_HTTP_TIMEOUT') : DEFAULT_TIMEOUT_MS;
  if (timeoutMs <= 0) {
    throw new GotongError('GOTONG_E_USAGE', t('registry.httpPolicy.timeout'), { hint: t('registry.httpPolicy.timeout.hint') });
  }
  const retriesText = env.GOTONG_HTTP_RETRIES?.trim();
  let retries = DEFAULT_RETRIES;
  if (retriesText) {
    if (!/^\d{1,2}$/.test(retriesText)) {
      throw new GotongError('GOTONG_E_USAGE', t('registry.httpPolicy.retries', { text: retriesText }), { hint: t('registry.httpPolicy.retries.hint') });
    }
    retries = Number(retriesText);
  }
  return { timeoutMs, retries, redirectHosts: parseHostList(env.GOTONG_ALLOW_REDIRECT_HOSTS ?? ''), parallel: PARALLEL_REQUESTS };
}

/** `cdn.jabarprov.go.id, mirror.kuburayakab.go.id:8443` -> lower-case entries. */
export function parseHostList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry.length > 0);
}

/** The port a URL reaches, written out (URL leaves default ports empty). */
function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

export type RedirectVerdict = { follow: true } | { follow: false; why: 'downgrade' | 'other-host' | 'scheme' };

/**
 * Whether a redirect from `from` to `to` is followed. Same host and port:
 * yes. Another host: only when the user listed it. Never from https to
 * plain http, nor to anything but http(s): what a client reads is verified
 * either way, but which modules an office installs is nobody else's business.
 */
export function redirectVerdict(from: URL, to: URL, allowedHosts: readonly string[]): RedirectVerdict {
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return { follow: false, why: 'scheme' };
  if (from.protocol === 'https:' && to.protocol === 'http:') return { follow: false, why: 'downgrade' };
  const sameHost = from.hostname.toLowerCase() === to.hostname.toLowerCase();
  if (sameHost && (portOf(from) === portOf(to) || (from.protocol === 'http:' && to.protocol === 'https:' && !to.port))) return { follow: true };
  const host = to.hostname.toLowerCase();
  if (allowedHosts.includes(host) || allowedHosts.includes(`${host}:${portOf(to)}`)) return { follow: true };
  return { follow: false, why: 'other-host' };
}

/**
 * Milliseconds to wait before retry number `attempt` (1 for the first):
 * exponential from 250 ms, capped at 8 s, with full jitter so that many
 * clients cut off at once by one outage do not come back in step.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(8_000, 250 * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Files that never change once written (consistent snapshots, TUF 1.0
 * section 7): `metadata/N.role.json` and every file under `targets/`, named
 * by its sha256. They are fetched plainly and never revalidated; the trust
 * folder and the content cache keep them by hash. Everything else
 * (timestamp.json, registry.json) may change in place and is revalidated
 * with the validators the server gave last time.
 */
export function isImmutable(relPath: string): boolean {
  // Versioned role files, module roles (`3.bandung.sipd.json`) included.
  return /^metadata\/\d+\.[a-z0-9][a-z0-9-]*(?:\.[a-z0-9_][a-z0-9_-]*)?\.json$/.test(relPath) || relPath.startsWith('targets/');
}

/**
 * The most a body may take once its headers arrived: twice the timeout (so
 * that a plain stall is reported as one) plus the expected length at the
 * slowest allowed rate.
 */
export function bodyDeadlineMs(timeoutMs: number, expectedBytes: number): number {
  return 2 * timeoutMs + Math.ceil((expectedBytes / MIN_BYTES_PER_SECOND) * 1000);
}
