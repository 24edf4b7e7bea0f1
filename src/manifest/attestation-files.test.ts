import { describe, expect, it } from 'vitest';
import { namespaceFileOf } from './advisory-files.js';
import { attestationsTarget, droppedStatement, parseAttestationFile, serializeAttestationFile, statementAbout, withStatement } from './attestation-files.js';
import type { AttestationFile, AttestationStatement } from './types.js';

const statement: AttestationStatement = {
  module: '@bandung/e-musrenbang',
  version: '2.1.0',
  integrity: `sha512-${'Q'.repeat(86)}==`,
  tarSha512: 'a'.repeat(128),
  source: { repository: 'https://git.bandung.go.id/e-musrenbang.git', commit: 'c'.repeat(40) },
  reproducedAt: '2025-03-02T08:00:00.000Z',
  gotongVersion: '0.9.0',
};
const file: AttestationFile = { schemaVersion: 1, namespace: 'kuburaya', subject: 'bandung', statements: [statement] };
const PATH = 'kuburaya/_attestations/bandung.json';

describe('attestations files', () => {
  it('have their own place in the verifier\'s namespace', () => {
    expect(attestationsTarget('kuburaya', 'bandung')).toBe(PATH);
    expect(namespaceFileOf(PATH)).toEqual({ kind: 'attestations', subject: 'bandung' });
    expect(() => attestationsTarget('kuburaya', '../bandung')).toThrow(/does not name/);
  });

  it('read back what they write', () => {
    expect(parseAttestationFile(serializeAttestationFile(file), PATH)).toEqual(file);
  });

  it('refuse a file signed at another place, about another namespace\'s module, about the signer itself, or too large', () => {
    const bytes = serializeAttestationFile(file);
    expect(() => parseAttestationFile(bytes, 'bandung/_attestations/bandung.json')).toThrow(/claims to be the statements of "kuburaya\/bandung"/);
    expect(() => parseAttestationFile(bytes, 'kuburaya/_attestations/sumedang.json')).toThrow(/claims to be/);
    const stray = serializeAttestationFile({ ...file, statements: [{ ...statement, module: '@sumedang/sipd' }] });
    expect(() => parseAttestationFile(stray, PATH)).toThrow(/"@sumedang\/sipd", which is not a module of bandung/);
    const self = serializeAttestationFile({ ...file, subject: 'kuburaya', statements: [] });
    expect(() => parseAttestationFile(self, 'kuburaya/_attestations/kuburaya.json')).toThrow(/cannot attest its own versions/);
    expect(() => parseAttestationFile(Buffer.alloc(5 * 1024 * 1024, 32), PATH)).toThrow(/more than the/);
    const badVersion = serializeAttestationFile({ ...file, statements: [{ ...statement, version: '2.1' }] });
    expect(() => parseAttestationFile(badVersion, PATH)).toThrow();
  });

  it('only grow: a statement already made is not made twice, and a dropped or changed one is found', () => {
    expect(withStatement(file, 'kuburaya', 'bandung', statement)).toBeNull();
    expect(statementAbout(file, statement.module, '2.1.0', statement.integrity)).toEqual(statement);
    const later = { ...statement, version: '2.2.0' };
    const grown = withStatement(file, 'kuburaya', 'bandung', later)!;
    expect(grown.statements).toEqual([statement, later]);
    expect(withStatement(null, 'kuburaya', 'bandung', statement)).toEqual(file);
    expect(droppedStatement(file, grown)).toBeNull();
    expect(droppedStatement(grown, { ...grown, statements: [later] })).toEqual({ at: 0, statement });
    expect(droppedStatement(file, { ...file, statements: [{ ...statement, reproducedAt: '2025-03-03T08:00:00.000Z' }] })?.at).toBe(0);
  });
});
