import { describe, expect, it } from 'vitest';
import type { AttestationFile, AttestationStatement } from '../manifest/types.js';
import { reproducedBy } from './attestations.js';

const integrity = `sha512-${'Q'.repeat(86)}==`;
const said = (extra: Partial<AttestationStatement> = {}): AttestationStatement => ({
  module: '@bandung/e-musrenbang',
  version: '2.1.0',
  integrity,
  tarSha512: 'a'.repeat(128),
  source: { repository: 'https://git.bandung.go.id/e-musrenbang.git', commit: 'c'.repeat(40) },
  reproducedAt: '2025-03-02T08:00:00.000Z',
  gotongVersion: '0.9.0',
  ...extra,
});
const file = (namespace: string, statements: AttestationStatement[]): AttestationFile => ({ schemaVersion: 1, namespace, subject: 'bandung', statements });

describe('who reproduced a version', () => {
  it('is every city with a statement about that version and its published integrity, first statement each, by name', () => {
    const files = [
      file('sumedang', [said({ reproducedAt: '2025-03-04T08:00:00.000Z' })]),
      file('kuburaya', [said(), said({ reproducedAt: '2025-03-05T08:00:00.000Z' }), said({ version: '2.2.0' })]),
    ];
    expect(reproducedBy(files, '@bandung/e-musrenbang', '2.1.0', integrity)).toEqual([
      { namespace: 'kuburaya', commit: 'c'.repeat(40), repository: 'https://git.bandung.go.id/e-musrenbang.git', reproducedAt: '2025-03-02T08:00:00.000Z', gotongVersion: '0.9.0' },
      { namespace: 'sumedang', commit: 'c'.repeat(40), repository: 'https://git.bandung.go.id/e-musrenbang.git', reproducedAt: '2025-03-04T08:00:00.000Z', gotongVersion: '0.9.0' },
    ]);
  });

  it('counts no statement about other bytes, another version or another module', () => {
    const files = [file('kuburaya', [said({ integrity: `sha512-${'Z'.repeat(86)}==` }), said({ version: '2.2.0' }), said({ module: '@bandung/sso-asn' })])];
    expect(reproducedBy(files, '@bandung/e-musrenbang', '2.1.0', integrity)).toEqual([]);
  });
});
