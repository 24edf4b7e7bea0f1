import { describe, expect, it } from 'vitest';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { delegationChanges, keyChange, versionChanges } from './derive.js';
import { parseSince } from './since.js';

function entry(over: Partial<IndexVersion> = {}): IndexVersion {
  return { target: 't', length: 1, sha256: 'aa', integrity: 'sha512-x', dependencies: {}, publishedAt: '2026-01-01T00:00:00Z', publisherKeyId: 'k1', yanked: false, deprecated: null, ...over };
}

function index(versions: Record<string, IndexVersion>): ModuleIndex {
  return { schemaVersion: 1, name: '@bandung/e-musrenbang', versions };
}

describe('versionChanges', () => {
  it('names versions published, yanked, unyanked, deprecated and undeprecated, in version order', () => {
    expect(versionChanges(null, index({ '2.10.0': entry(), '2.9.0': entry() })).map((c) => `${c.kind} ${c.version}`)).toEqual(['published 2.9.0', 'published 2.10.0']);
    const before = index({ '2.1.0': entry({ yanked: true }), '2.1.1': entry(), '2.1.2': entry({ deprecated: 'pakai 3.x' }) });
    const after = index({ '2.1.0': entry(), '2.1.1': entry({ yanked: true, yankedReason: 'kode wilayah tertukar' }), '2.1.2': entry(), '3.0.0': entry({ deprecated: 'terlalu dini' }) });
    expect(versionChanges(before, after)).toEqual([
      { kind: 'unyanked', version: '2.1.0', details: {} },
      { kind: 'yanked', version: '2.1.1', details: { reason: 'kode wilayah tertukar' } },
      { kind: 'undeprecated', version: '2.1.2', details: {} },
      { kind: 'published', version: '3.0.0', details: { publisherKeyId: 'k1', publishedAt: '2026-01-01T00:00:00Z', sha256: 'aa' } },
      { kind: 'deprecated', version: '3.0.0', details: { message: 'terlalu dini' } },
    ]);
    expect(versionChanges(after, after)).toEqual([]);
  });
});

describe('delegationChanges', () => {
  it('names namespaces added, removed and re-keyed', () => {
    const before = new Map([
      ['bandung', { keyIds: ['a'], threshold: 1 }],
      ['kuburaya', { keyIds: ['b'], threshold: 1 }],
      ['pontianak', { keyIds: ['c'], threshold: 1 }],
    ]);
    const after = new Map([
      ['bandung', { keyIds: ['a'], threshold: 1 }],
      ['kuburaya', { keyIds: ['d'], threshold: 1 }],
      ['sambas', { keyIds: ['e', 'f'], threshold: 2 }],
    ]);
    expect(delegationChanges(before, after)).toEqual([
      { kind: 'namespace-keys-changed', namespace: 'kuburaya', details: { added: ['d'], removed: ['b'], rotated: true, threshold: 1, previousThreshold: 1 } },
      { kind: 'namespace-added', namespace: 'sambas', details: { keyIds: ['e', 'f'], threshold: 2 } },
      { kind: 'namespace-removed', namespace: 'pontianak', details: { keyIds: ['c'] } },
    ]);
    expect(delegationChanges(null, new Map([['bandung', { keyIds: ['a'], threshold: 1 }]])).map((c) => c.kind)).toEqual(['namespace-added']);
  });

  it('tells a key added from a rotation', () => {
    expect(keyChange(['a'], ['a', 'b'])).toEqual({ added: ['b'], removed: [], rotated: false });
    expect(keyChange(['a'], ['b'])).toEqual({ added: ['b'], removed: ['a'], rotated: true });
  });
});

describe('parseSince', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  it('reads a date, an ISO time or a duration back from now', () => {
    expect(parseSince('2026-12-01', now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(parseSince('2026-12-01T08:30:00Z', now).toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(parseSince('7d', now).toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(parseSince('12h', now).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });
  it('refuses anything else as a usage error', () => {
    expect(() => parseSince('kemarin', now)).toThrow(expect.objectContaining({ code: 'GOTONG_E_USAGE', message: '--since "kemarin" is neither a date nor a duration' }));
    expect(() => parseSince('2026-13-45', now)).toThrow(expect.objectContaining({ code: 'GOTONG_E_USAGE' }));
  });
});
