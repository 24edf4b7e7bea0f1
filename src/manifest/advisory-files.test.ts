import { describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import { namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile, serializeAdoptionRecord, serializeAdvisoryFile, withAdvisory } from './advisory-files.js';
import type { Advisory } from './types.js';

const record = { schemaVersion: 1 as const, namespace: 'kuburaya', workspace: 'portal', reportedAt: '2025-03-01T02:00:00.000Z', modules: { '@bandung/sso-asn': '1.0.0', '@bandung/e-musrenbang': '2.1.0' } };
const advisory: Advisory = { id: 'GTA-2025-0001', range: '<2.1.1', severity: 'high', summary: 'Kode wilayah tidak disaring', fixedIn: '2.1.1', publishedAt: '2025-03-01T02:00:00.000Z' };

describe('adoption records and advisories', () => {
  it('tell the kinds of namespace file apart by path alone', () => {
    expect(namespaceFileOf('kuburaya/_adoption/portal.json')).toEqual({ kind: 'adoption', workspace: 'portal' });
    expect(namespaceFileOf('bandung/e-musrenbang/advisories.json')).toEqual({ kind: 'advisories', module: '@bandung/e-musrenbang' });
    expect(namespaceFileOf('bandung/e-musrenbang/index.json')).toEqual({ kind: 'index', module: '@bandung/e-musrenbang' });
    expect(namespaceFileOf('bandung/e-musrenbang/e-musrenbang-2.1.0.tgz')).toEqual({ kind: 'other' });
  });

  it('read back what they write, modules sorted', () => {
    const bytes = serializeAdoptionRecord(record);
    expect(Object.keys(JSON.parse(bytes.toString()).modules)).toEqual(['@bandung/e-musrenbang', '@bandung/sso-asn']);
    expect(parseAdoptionRecord(bytes, 'kuburaya/_adoption/portal.json')).toEqual(JSON.parse(bytes.toString()));
    const file = { schemaVersion: 1 as const, name: '@bandung/e-musrenbang', advisories: [advisory] };
    expect(parseAdvisoryFile(serializeAdvisoryFile(file), 'bandung/e-musrenbang/advisories.json')).toEqual(file);
  });

  it('refuse a file signed at another namespace\'s or module\'s place, or with nothing but the allowed fields', () => {
    const bytes = serializeAdoptionRecord(record);
    expect(() => parseAdoptionRecord(bytes, 'bandung/_adoption/portal.json')).toThrow(/claims to come from "kuburaya\/portal"/);
    expect(() => parseAdoptionRecord(bytes, 'kuburaya/_adoption/other.json')).toThrow(GotongError);
    // Module listings read every <ns>/<x>/index.json as an index.
    expect(() => parseAdoptionRecord(serializeAdoptionRecord({ ...record, workspace: 'index' }), 'kuburaya/_adoption/index.json')).toThrow(/reserved/);
    expect(() => parseAdoptionRecord(Buffer.from(JSON.stringify({ ...record, host: '10.0.0.5' })), 'kuburaya/_adoption/portal.json')).toThrow(/"host" is not a known field/);
    const file = serializeAdvisoryFile({ schemaVersion: 1, name: '@bandung/e-musrenbang', advisories: [advisory] });
    expect(() => parseAdvisoryFile(file, 'bandung/sso-asn/advisories.json')).toThrow(/not the module whose folder holds them/);
    expect(() => parseAdvisoryFile(Buffer.alloc(5 * 1024 * 1024, 32), 'bandung/sso-asn/advisories.json')).toThrow(/more than the/);
    const twice = serializeAdvisoryFile({ schemaVersion: 1, name: '@bandung/e-musrenbang', advisories: [advisory, advisory] });
    expect(() => parseAdvisoryFile(twice, 'bandung/e-musrenbang/advisories.json')).toThrow(/repeats the id/);
    const badRange = serializeAdvisoryFile({ schemaVersion: 1, name: '@bandung/e-musrenbang', advisories: [{ ...advisory, range: 'kapan saja' }] });
    expect(() => parseAdvisoryFile(badRange, 'bandung/e-musrenbang/advisories.json')).toThrow(/version range/);
  });

  it('add a new advisory, update a known id keeping its first time, and change nothing when it is the same', () => {
    const now = new Date('2025-04-01T00:00:00.000Z');
    const first = withAdvisory(null, '@bandung/e-musrenbang', advisory, now)!;
    expect(first.advisories).toEqual([advisory]);
    expect(withAdvisory(first, '@bandung/e-musrenbang', { ...advisory, publishedAt: now.toISOString() }, now)).toBeNull();
    const updated = withAdvisory(first, '@bandung/e-musrenbang', { ...advisory, severity: 'critical', publishedAt: now.toISOString() }, now)!;
    expect(updated.advisories).toEqual([{ ...advisory, severity: 'critical', updatedAt: now.toISOString() }]);
  });
});
