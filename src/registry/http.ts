// The single home of undici: GET one registry file from a static host, with
// the rules of http-policy.ts. Bounded everywhere: requests in flight (one
// semaphore per registry), time (headers, the gaps in a body, and a slowest
// average rate), bytes (a body longer than the caller allows is cut off: TUF's
// endless-data defence) and redirects (same host, or hosts the user allowed).
// Connection errors, timeouts, cut-off bodies and 5xx are retried with
// jittered backoff; what still fails is GOTONG_E_REGISTRY_UNREACHABLE.
// Proxies come from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (EnvHttpProxyAgent),
// extra CAs from NODE_EXTRA_CA_CERTS, both read from the command's env.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { Validators } from './http-cache.js';
import { backoffMs, bodyDeadlineMs, MAX_REDIRECTS, MIN_BYTES_PER_SECOND, redirectVerdict, type HttpPolicy } from './http-policy.js';
import { redactUrl } from './redact.js';

export type HttpAnswer =
  | { status: 'ok'; bytes: Buffer; validators: Validators }
  | { status: 'not-modified' }
  | { status: 'missing' }
  | { status: 'too-large' };

export interface HttpGet {
  url: string;
  maxBytes: number;
  /** Sent as If-None-Match / If-Modified-Since; a 304 then answers `not-modified`. */
  validators?: Validators | null;
  /** The registry file, for messages (`metadata/timestamp.json`). */
  what: string;
}

/** A failure worth another attempt (the server or the network may do better next time). */
class Transient extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL/;

function describe(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: string })?.code ?? '';
  const seconds = Math.round(timeoutMs / 100) / 10;
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return t('registry.http.noAnswer', { seconds });
  if (code === 'UND_ERR_BODY_TIMEOUT') return t('registry.http.stalled', { seconds });
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return t('registry.http.noConnection', { seconds });
  if (code === 'ECONNREFUSED') return t('registry.http.connectionRefused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return t('registry.http.hostUnknown');
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return t('registry.http.cutOff');
  return (error as Error)?.message || String(error);
}

/** Drops a body not wanted (its connection with it); the abort this causes is expected. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Requests in flight at once to one registry. */
class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** The CAs to trust when NODE_EXTRA_CA_CERTS in `env` is not what Node itself loaded at start (an in-process caller's env). */
function extraCa(env: NodeJS.ProcessEnv): string[] | undefined {
  const file = env.NODE_EXTRA_CA_CERTS;
  if (!file || file === process.env.NODE_EXTRA_CA_CERTS) return undefined;
  try {
    return [...rootCertificates, readFileSync(file, 'utf8')];
  } catch (error) {
    throw new GotongError('GOTONG_E_REGISTRY_UNREACHABLE', t('registry.http.caUnreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String((error as Error)?.message ?? error) }), {
      hint: t('registry.http.caUnreadable.hint'),
    });
  }
}

function dispatcherFor(env: NodeJS.ProcessEnv, policy: HttpPolicy): Dispatcher {
  const ca = extraCa(env);
  const tls = ca ? { ca } : {};
  return new EnvHttpProxyAgent({
    // From the command's env, not process.env: '' means "none" to undici.
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
    connections: policy.parallel,
    headersTimeout: policy.timeoutMs,
    bodyTimeout: policy.timeoutMs,
    connect: { timeout: policy.timeoutMs, ...tls },
    requestTls: tls,
    proxyTls: tls,
  });
}

export class HttpClient {
  private readonly gate: Gate;
  private readonly dispatcher: Dispatcher;

  constructor(
    private readonly policy: HttpPolicy,
    private readonly label: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.gate = new Gate(policy.parallel);
    this.dispatcher = dispatcherFor(env, policy);
  }

  /**
   * Set once every attempt at one file failed on the network: the rest of the
   * command fails at once with the same error instead of waiting out the same
   * timeouts again (a stalled host would otherwise cost each later read, and
   * the trust layer reads timestamp.json twice when the fast path fails).
   */
  private down: GotongError | null = null;

  get(job: HttpGet): Promise<HttpAnswer> {
    if (this.down) return Promise.reject(this.down);
    return this.gate.run(() => {
      if (this.down) throw this.down;
      return this.withRetries(job);
    });
  }

  private async withRetries(job: HttpGet): Promise<HttpAnswer> {
    let attempt = 0;
    for (;;) {
      try {
        return await this.followingRedirects(job);
      } catch (error) {
        if (error instanceof GotongError) throw error;
        const code = (error as { code?: string })?.code ?? '';
        const tls = TLS_CODES.test(code);
        const proxyStatus = /Proxy response \((\d+)\)/.exec((error as Error)?.message ?? '')?.[1];
        if (proxyStatus) throw this.proxyRefused(job, Number(proxyStatus));
        if (tls || attempt >= this.policy.retries) {
          this.down ??= this.unreachable(job, error, attempt + 1, tls);
          throw this.down;
        }
        attempt++;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
      }
    }
  }

  private proxyRefused(job: HttpGet, status: number): GotongError {
    return new GotongError('GOTONG_E_REGISTRY_UNREACHABLE', t('registry.http.proxyRefused', { label: this.label, what: job.what, status }), {
      hint: t(status === 407 ? 'registry.http.proxyCredentials.hint' : 'registry.http.proxyRefused.hint'),
    });
  }

  private unreachable(job: HttpGet, error: unknown, attempts: number, tls: boolean): GotongError {
    return new GotongError('GOTONG_E_REGISTRY_UNREACHABLE', t('registry.http.unreachable', { what: job.what, label: this.label, reason: describe(error, this.policy.timeoutMs), attempts }), {
      hint: t(tls ? 'registry.http.untrusted.hint' : 'registry.http.unreachable.hint'),
    });
  }

  private async followingRedirects(job: HttpGet): Promise<HttpAnswer> {
    let url = new URL(job.url);
    // Credentials in the registry URL (https://user:token@host/) go to that host only, never to a host it redirects to.
    const origin = url.origin;
    const auth = url.username || url.password ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` : null;
    url.username = '';
    url.password = '';
    for (let hop = 0; ; hop++) {
      const answer = await this.once(url, job, url.origin === origin ? auth : null);
      if (!('redirect' in answer)) return answer;
      const next = new URL(answer.redirect, url);
      const verdict = redirectVerdict(url, next, this.policy.redirectHosts);
      if (!verdict.follow) {
        const values = { label: this.label, what: job.what, protocol: next.protocol, host: next.host };
        const message = verdict.why === 'downgrade' ? t('registry.http.redirect.downgrade', values) : verdict.why === 'scheme' ? t('registry.http.redirect.scheme', values) : t('registry.http.redirect.otherHost', values);
        throw new GotongError('GOTONG_E_REDIRECT_REFUSED', message, {
          hint: verdict.why === 'other-host' ? t('registry.http.redirect.otherHost.hint', { host: next.host }) : t('registry.http.redirect.hint'),
        });
      }
      if (hop + 1 >= MAX_REDIRECTS) {
        throw new GotongError('GOTONG_E_REDIRECT_REFUSED', t('registry.http.redirect.loop', { label: this.label, what: job.what, max: MAX_REDIRECTS }), {
          hint: t('registry.http.redirect.loop.hint'),
        });
      }
      url = next;
    }
  }

  /** One request. Throws Transient (or an undici error) for what another attempt may fix. */
  private async once(url: URL, job: HttpGet, auth: string | null): Promise<HttpAnswer | { redirect: string }> {
    const headers: Record<string, string> = { 'accept-encoding': 'identity', 'user-agent': 'gotong' };
    if (auth) headers.authorization = auth;
    if (job.validators?.etag) headers['if-none-match'] = job.validators.etag;
    if (job.validators?.lastModified) headers['if-modified-since'] = job.validators.lastModified;
    const abort = new AbortController();
    let deadline: NodeJS.Timeout | undefined;
    try {
      const response = await request(url, { dispatcher: this.dispatcher, method: 'GET', headers, signal: abort.signal });
      const status = response.statusCode;
      const header = (name: string) => {
        const value = response.headers[name];
        return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? null) : null;
      };
      if (status !== 200) {
        // A short error page is read to the end, so that the connection is reused.
        await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        if (status === 304 && job.validators) return { status: 'not-modified' };
        if (status === 404 || status === 410 || status === 403) return { status: 'missing' };
        if (REDIRECTS.has(status) && header('location')) return { redirect: header('location')! };
        if (status >= 500 || status === 408 || status === 429) throw new Transient(`HTTP ${status}`);
        throw new GotongError('GOTONG_E_REGISTRY_UNREACHABLE', t('registry.http.status', { label: this.label, status, what: job.what, url: redactUrl(url.toString()) }), {
          hint: t(status === 407 ? 'registry.http.status.proxy.hint' : status === 401 ? 'registry.http.status.credentials.hint' : 'registry.http.status.hint'),
        });
      }
      const lengthText = header('content-length');
      const declared = lengthText !== null && /^\d+$/.test(lengthText) ? Number(lengthText) : null;
      if (declared !== null && declared > job.maxBytes) {
        discard(response.body);
        return { status: 'too-large' };
      }
      // A server that trickles bytes never idles long enough to time out; this bounds the whole body.
      deadline = setTimeout(() => abort.abort(new Transient(t('registry.http.tooSlow', { rate: MIN_BYTES_PER_SECOND / 1024 }))), bodyDeadlineMs(this.policy.timeoutMs, declared ?? job.maxBytes));
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of response.body) {
        received += (chunk as Buffer).length;
        if (received > job.maxBytes) {
          discard(response.body);
          return { status: 'too-large' };
        }
        chunks.push(chunk as Buffer);
      }
      if (declared !== null && received !== declared) throw new Transient(t('registry.http.cutOff'));
      return { status: 'ok', bytes: Buffer.concat(chunks, received), validators: { etag: header('etag'), lastModified: header('last-modified') } };
    } catch (error) {
      if (abort.signal.aborted && abort.signal.reason instanceof Transient) throw abort.signal.reason;
      throw error;
    } finally {
      if (deadline) clearTimeout(deadline);
    }
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
