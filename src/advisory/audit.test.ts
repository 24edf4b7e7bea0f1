import { describe, expect, it } from 'vitest';
import type { AdoptionRecord, AdvisoryFile, IndexVersion, ModuleIndex } from '../manifest/types.js';
import { planAdopterAudit, planWorkspaceAudit } from './audit.js';

const entry = (name: string, version: string, extra: Partial<IndexVersion> = {}): IndexVersion => ({
  target: `bandung/${name}/${name}-${version}.tgz`, length: 1, sha256: 'a'.repeat(64), integrity: 'sha512-x', dependencies: {},
  publishedAt: '2025-01-01T00:00:00Z', publisherKeyId: 'b'.repeat(64), yanked: false, deprecated: null, ...extra,
});
const index = (name: string, versions: Record<string, Partial<IndexVersion>>): ModuleIndex => ({
  schemaVersion: 1, name: `@bandung/${name}`, versions: Object.fromEntries(Object.entries(versions).map(([v, extra]) => [v, entry(name, v, extra)])),
});
const advisories: AdvisoryFile = {
  schemaVersion: 1, name: '@bandung/e-musrenbang',
  advisories: [{ id: 'GTA-2025-0001', range: '<2.1.1', severity: 'high', summary: 'Kode wilayah tidak disaring', fixedIn: '2.1.1', publishedAt: '2025-03-01T00:00:00Z' }],
};

describe('audit planning', () => {
  const indexes = new Map([
    ['@bandung/e-musrenbang', index('e-musrenbang', { '2.1.0': {}, '2.1.1': {}, '2.2.0': { yanked: true } })],
    ['@bandung/sso-asn', index('sso-asn', { '1.0.0': { yanked: true, yankedReason: 'token bocor' }, '1.0.1': { deprecated: 'pakai 1.1.0' }, '1.1.0': {} })],
  ]);
  const files = new Map([['@bandung/e-musrenbang', advisories]]);

  it('lists affected, yanked and deprecated versions with the newest safe version as the fix, worst first', () => {
    const audit = planWorkspaceAudit({ '@bandung/sso-asn': '1.0.0', '@bandung/e-musrenbang': '2.1.0' }, indexes, files, 'high');
    expect(audit.findings.map((f) => [f.module, f.kind, f.severity, f.fix])).toEqual([
      ['@bandung/e-musrenbang', 'advisory', 'high', '2.1.1'],
      ['@bandung/sso-asn', 'yanked', 'medium', '1.1.0'],
    ]);
    expect(audit.failing).toBe(1);
    expect(planWorkspaceAudit({ '@bandung/sso-asn': '1.0.1' }, indexes, files, 'low')).toMatchObject({ failing: 1, findings: [{ kind: 'deprecated', summary: 'pakai 1.1.0' }] });
    expect(planWorkspaceAudit({ '@bandung/e-musrenbang': '2.1.1' }, indexes, files, 'low')).toMatchObject({ failing: 0, findings: [] });
  });

  it('names, per advisory, the reported workspaces that run an affected version', () => {
    const records: AdoptionRecord[] = [
      { schemaVersion: 1 as const, namespace: 'pontianak', workspace: 'portal', reportedAt: '2025-03-02T00:00:00Z', modules: { '@bandung/e-musrenbang': '2.1.1' } },
      { schemaVersion: 1 as const, namespace: 'kuburaya', workspace: 'portal', reportedAt: '2025-03-02T00:00:00Z', modules: { '@bandung/e-musrenbang': '2.1.0' } },
      { schemaVersion: 1 as const, namespace: 'sleman', workspace: 'sipd', reportedAt: '2025-03-02T00:00:00Z', modules: {} },
    ];
    const audit = planAdopterAudit([{ module: '@bandung/e-musrenbang', advisories: advisories.advisories }], records);
    expect(audit.records).toBe(3);
    expect(audit.advisories[0].adopters).toEqual([{ namespace: 'kuburaya', workspace: 'portal', version: '2.1.0', reportedAt: '2025-03-02T00:00:00Z' }]);
  });
});
