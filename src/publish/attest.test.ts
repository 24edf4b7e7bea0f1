import { describe, expect, it } from 'vitest';
import { statementOf, verifierOf } from './attest.js';
import type { RebuildResult } from '../provenance/rebuild-verify.js';

const delegations = [
  { name: 'bandung', keyIds: ['b'.repeat(64)] },
  { name: 'kuburaya', keyIds: ['k'.repeat(64)] },
  { name: 'sumedang', keyIds: ['s'.repeat(64), 'k'.repeat(64)] },
];
const reproduced: RebuildResult = {
  status: 'reproduced',
  name: '@bandung/e-musrenbang',
  version: '2.1.0',
  integrity: `sha512-${'Q'.repeat(86)}==`,
  source: { from: 'https://git.bandung.go.id/e-musrenbang.git', repository: 'https://git.bandung.go.id/e-musrenbang.git', commit: 'c'.repeat(40), path: null },
  publishedTarSha512: 'a'.repeat(128),
  rebuiltTarSha512: 'a'.repeat(128),
  files: [],
};

describe('who attests', () => {
  it('is the namespace the signing keys are delegated for, or the one named', () => {
    expect(verifierOf(delegations, ['s'.repeat(64)], 'bandung')).toBe('sumedang');
    expect(verifierOf(delegations, ['k'.repeat(64)], 'bandung', 'kuburaya')).toBe('kuburaya');
  });

  it('is never the version\'s own namespace, and must be one namespace', () => {
    expect(() => verifierOf(delegations, ['b'.repeat(64)], 'bandung')).toThrow(/cannot attest its own versions/);
    expect(() => verifierOf(delegations, ['k'.repeat(64)], 'bandung', 'bandung')).toThrow(/cannot attest its own versions/);
    expect(() => verifierOf(delegations, ['k'.repeat(64)], 'bandung')).toThrow(/several namespaces: kuburaya, sumedang/);
    expect(() => verifierOf(delegations, ['x'.repeat(64)], 'bandung')).toThrow(/not delegated for any namespace/);
  });
});

describe('what a reproduced rebuild states', () => {
  it('names the version, its integrity, the tar, the source and when', () => {
    const now = new Date('2025-03-02T08:00:00.000Z');
    expect(statementOf(reproduced, now)).toMatchObject({
      module: '@bandung/e-musrenbang',
      version: '2.1.0',
      integrity: reproduced.integrity,
      tarSha512: 'a'.repeat(128),
      source: { repository: 'https://git.bandung.go.id/e-musrenbang.git', commit: 'c'.repeat(40) },
      reproducedAt: '2025-03-02T08:00:00.000Z',
    });
  });

  it('is nothing for a rebuild that differs or a folder without a commit', () => {
    expect(() => statementOf({ ...reproduced, status: 'differs' }, new Date())).toThrow(/only a reproduced version/);
    expect(() => statementOf({ ...reproduced, source: { ...reproduced.source, commit: null } }, new Date())).toThrow(/is not a git commit/);
  });
});
