import { describe, expect, it } from 'vitest';
import { backoffMs, bodyDeadlineMs, httpPolicy, isImmutable, redirectVerdict } from './http-policy.js';

const u = (text: string) => new URL(text);

describe('the rules of reading a registry over HTTP', () => {
  it('follows redirects on the same host, and to other hosts only when allowed', () => {
    const from = u('https://registry.jabarprov.go.id/gotong/metadata/timestamp.json');
    expect(redirectVerdict(from, u('https://registry.jabarprov.go.id/v2/metadata/timestamp.json'), [])).toEqual({ follow: true });
    expect(redirectVerdict(from, u('https://cdn.jabarprov.go.id/gotong/metadata/timestamp.json'), [])).toEqual({ follow: false, why: 'other-host' });
    expect(redirectVerdict(from, u('https://CDN.jabarprov.go.id/x'), ['cdn.jabarprov.go.id'])).toEqual({ follow: true });
    expect(redirectVerdict(from, u('https://cdn.jabarprov.go.id:8443/x'), ['cdn.jabarprov.go.id:443'])).toEqual({ follow: false, why: 'other-host' });
    expect(redirectVerdict(from, u('https://registry.jabarprov.go.id:8443/x'), [])).toEqual({ follow: false, why: 'other-host' });
    expect(redirectVerdict(from, u('http://registry.jabarprov.go.id/x'), ['registry.jabarprov.go.id'])).toEqual({ follow: false, why: 'downgrade' });
    expect(redirectVerdict(from, u('file:///etc/passwd'), [])).toEqual({ follow: false, why: 'scheme' });
    expect(redirectVerdict(u('http://registry.kuburayakab.go.id/r/'), u('https://registry.kuburayakab.go.id/r/'), [])).toEqual({ follow: true });
  });

  it('waits longer after each failure, never more than 8 s, with jitter', () => {
    expect(backoffMs(1, () => 0)).toBe(125);
    expect(backoffMs(1, () => 1)).toBe(250);
    expect(backoffMs(3, () => 1)).toBe(1000);
    expect(backoffMs(20, () => 1)).toBe(8000);
    expect(backoffMs(20, () => 0)).toBe(4000);
  });

  it('revalidates only the files that change in place', () => {
    expect(isImmutable('metadata/timestamp.json')).toBe(false);
    expect(isImmutable('registry.json')).toBe(false);
    expect(isImmutable('metadata/3.snapshot.json')).toBe(true);
    expect(isImmutable('metadata/12.bandung.json')).toBe(true);
    expect(isImmutable('metadata/4.bandung.e-musrenbang.json')).toBe(true);
    expect(isImmutable('targets/bandung/e-musrenbang/0a1b.index.json')).toBe(true);
  });

  it('reads its settings from the environment and refuses nonsense', () => {
    expect(httpPolicy({})).toMatchObject({ timeoutMs: 30_000, retries: 3, redirectHosts: [] });
    expect(httpPolicy({ GOTONG_HTTP_TIMEOUT: '2m', GOTONG_HTTP_RETRIES: '0', GOTONG_ALLOW_REDIRECT_HOSTS: 'cdn.jabarprov.go.id, Mirror.KubuRayaKab.go.id:8443' })).toMatchObject({
      timeoutMs: 120_000,
      retries: 0,
      redirectHosts: ['cdn.jabarprov.go.id', 'mirror.kuburayakab.go.id:8443'],
    });
    expect(() => httpPolicy({ GOTONG_HTTP_TIMEOUT: 'soon' })).toThrow(expect.objectContaining({ code: 'GOTONG_E_USAGE' }));
    expect(() => httpPolicy({ GOTONG_HTTP_TIMEOUT: '0' })).toThrow(expect.objectContaining({ code: 'GOTONG_E_USAGE' }));
    expect(() => httpPolicy({ GOTONG_HTTP_RETRIES: '-1' })).toThrow(expect.objectContaining({ code: 'GOTONG_E_USAGE' }));
  });

  it('gives a body twice its timeout plus the time its length takes at 4 KiB/s', () => {
    expect(bodyDeadlineMs(30_000, 0)).toBe(60_000);
    expect(bodyDeadlineMs(30_000, 4096 * 60)).toBe(120_000);
  });
});
