// The validators `npm run build` compiles ahead of time
// (scripts/build-validators.js) must judge every document exactly as the
// schemas compiled at run time do, errors included: the CLI uses the first,
// the unit tests the second.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileValidators, schemaSources, type DocumentKind } from '../../src/manifest/schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = createRequire(import.meta.url)(join(root, 'dist/manifest/validators.generated.cjs')) as Record<DocumentKind, ValidateFunction> & { schemaDigest: string };
const { texts, digest } = schemaSources();
const { ajv, ids } = compileValidators(texts);

const sha256 = 'a'.repeat(64);
const integrity = `sha512-${'A'.repeat(86)}==`;
const entry = { target: 'bandung/ui-kit/ui-kit-1.2.0.tgz', length: 10, sha256, integrity, dependencies: { '@bandung/ref': '^1.0.0' }, publishedAt: '2024-05-01T10:00:00Z', publisherKeyId: sha256, yanked: false, deprecated: null };
const valid: Record<DocumentKind, unknown[]> = {
  manifest: ['examples/bandung/e-musrenbang/2.1.0/gotong.json', 'examples/bandung/ui-kit/1.2.0/gotong.json', 'examples/kuburaya-portal/gotong.json'].map((f) => JSON.parse(readFileSync(join(root, f), 'utf8'))),
  lockfile: [{ lockfileVersion: 1, registry: { url: 'file:///r.git', rootSha256: sha256 }, requested: { '@bandung/ui-kit': '^1.2.0' }, modules: { '@bandung/ui-kit': { version: '1.2.0', target: entry.target, length: 10, integrity, dependencies: {} } } }],
  registry: [{ name: 'nusantara', protocolVersion: 1, targetsBase: 'targets', metadataBase: 'metadata' }],
  index: [{ schemaVersion: 1, name: '@bandung/ui-kit', versions: { '1.2.0': entry } }],
  adoption: [{ schemaVersion: 1, namespace: 'kuburaya', workspace: 'portal', reportedAt: '2025-03-01T08:00:00.000Z', modules: { '@bandung/ui-kit': '1.2.0' } }],
  advisories: [{ schemaVersion: 1, name: '@bandung/ui-kit', advisories: [{ id: 'GTA-2025-0001', range: '<1.2.1', severity: 'high', summary: 'XSS pada formulir', fixedIn: '1.2.1', publishedAt: '2025-03-01T08:00:00Z' }] }],
  attestations: [
    {
      schemaVersion: 1,
      namespace: 'kuburaya',
      subject: 'bandung',
      statements: [{ module: '@bandung/ui-kit', version: '1.2.0', integrity, tarSha512: 'b'.repeat(128), source: { repository: 'https://git.bandung.go.id/ui-kit.git', commit: 'c'.repeat(40) }, reproducedAt: '2025-03-02T08:00:00Z', gotongVersion: '0.9.0' }],
    },
  ],
};

/** Documents with one thing wrong each: a missing field, a wrong type, a bad pattern or format. */
function broken(doc: unknown): unknown[] {
  const out: unknown[] = [null, [], 'text', {}];
  const walk = (node: unknown, edit: (replace: unknown) => unknown): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const key of Object.keys(node)) {
      const without = { ...(node as Record<string, unknown>) };
      delete without[key];
      out.push(edit(without));
      for (const bad of [42, 'not-a-date 1.x @@', { nested: true }, [1]]) out.push(edit({ ...(node as Record<string, unknown>), [key]: bad }));
      walk((node as Record<string, unknown>)[key], (replace) => edit({ ...(node as Record<string, unknown>), [key]: replace }));
    }
    out.push(edit({ ...(node as Record<string, unknown>), 'unknown-field': 1 }));
  };
  walk(doc, (replace) => replace);
  return out;
}

describe('validators built ahead of time', () => {
  it('were built from the schema files as they are now', () => {
    expect(built.schemaDigest).toBe(digest);
  });

  for (const kind of Object.keys(valid) as DocumentKind[]) {
    it(`judge ${kind} documents as the run-time compiled schema does`, () => {
      const compiled = ajv.getSchema(ids[kind])!;
      const docs = valid[kind].flatMap((doc) => [doc, ...broken(doc)]);
      let refused = 0;
      for (const doc of docs) {
        const a = compiled(doc);
        const b = built[kind](doc);
        expect(b, JSON.stringify(doc)).toBe(a);
        expect(JSON.stringify(built[kind].errors ?? null)).toBe(JSON.stringify(compiled.errors ?? null));
        if (!a) refused++;
      }
      expect(refused).toBeGreaterThan(docs.length / 2);
      for (const doc of valid[kind]) expect(built[kind](doc), JSON.stringify(built[kind].errors)).toBe(true);
    });
  }
});
