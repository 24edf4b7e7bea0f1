// The resolver on module indexes held in memory: a conflict carries, as data,
// the same demands its message lists in words.
import { describe, expect, it } from 'vitest';
import { isGotongError, type GotongError } from '../core/errors.js';
import { setLanguage } from '../i18n/translate.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { resolveDependencies } from './resolve.js';

function version(name: string, v: string, dependencies: Record<string, string> = {}): IndexVersion {
  const file = name.slice(1).replace('/', '-');
  return {
    target: `${name.slice(1)}/${file}-${v}.tgz`,
    length: 1,
    sha256: '0'.repeat(64),
    integrity: 'sha512-AAAA',
    dependencies,
    publishedAt: '2026-01-05T08:00:00Z',
    publisherKeyId: 'f'.repeat(64),
    yanked: false,
    deprecated: null,
  };
}

function registryOf(modules: Record<string, Record<string, Record<string, string>>>): (name: string) => Promise<ModuleIndex> {
  return async (name) => ({
    schemaVersion: 1,
    name,
    versions: Object.fromEntries(Object.entries(modules[name]).map(([v, deps]) => [v, version(name, v, deps)])),
  });
}

async function failure(run: Promise<unknown>): Promise<GotongError> {
  const error = await run.then(() => null, (e: unknown) => e);
  if (!isGotongError(error)) throw new Error(`expected a GotongError, got ${String(error)}`);
  return error;
}

describe('resolution conflicts', () => {
  it('lists who asks for what in details.demands when two dependents disagree', async () => {
    // Neither demand comes from the workspace: both are dropped again while the search backtracks.
    const loadIndex = registryOf({
      '@bandung/e-musrenbang': { '2.1.0': { '@bandung/ui-kit': '^1.2.0' } },
      '@bandung/sabilulungan': { '1.0.0': { '@bandung/ui-kit': '^2.0.0' } },
      '@bandung/ui-kit': { '1.2.0': {}, '2.0.0': {} },
    });
    const error = await failure(resolveDependencies({ requested: { '@bandung/e-musrenbang': '^2.1.0', '@bandung/sabilulungan': '^1.0.0' }, locked: {}, loadIndex }));
    expect(error.code).toBe('GOTONG_E_RESOLVE_CONFLICT');
    expect(error.message).toBe('no version of @bandung/ui-kit satisfies everyone: @bandung/e-musrenbang@2.1.0 asks for ^1.2.0, @bandung/sabilulungan@1.0.0 asks for ^2.0.0');
    expect(error.toJSON().details).toEqual({
      module: '@bandung/ui-kit',
      demands: [
        { from: '@bandung/e-musrenbang@2.1.0', range: '^1.2.0' },
        { from: '@bandung/sabilulungan@1.0.0', range: '^2.0.0' },
      ],
      published: ['1.2.0', '2.0.0'],
      yanked: [],
    });
  });

  it('keeps the demands of a conflict found before the search backs out of it', async () => {
    const loadIndex = registryOf({
      '@kuburaya/portal-desa': { '1.0.0': { '@bandung/ref-kode-wilayah': '^1.0.0', '@bandung/e-musrenbang': '^2.0.0' } },
      '@bandung/e-musrenbang': { '2.0.0': { '@bandung/ref-kode-wilayah': '^2.0.0' } },
      '@bandung/ref-kode-wilayah': { '1.1.0': {}, '2.0.0': {} },
    });
    const error = await failure(resolveDependencies({ requested: { '@kuburaya/portal-desa': '^1.0.0' }, locked: {}, loadIndex }));
    expect(error.code).toBe('GOTONG_E_RESOLVE_CONFLICT');
    const demands = (error.toJSON().details as { demands: unknown[] }).demands;
    expect(demands).toEqual([
      { from: '@kuburaya/portal-desa@1.0.0', range: '^1.0.0' },
      { from: '@bandung/e-musrenbang@2.0.0', range: '^2.0.0' },
    ]);
    for (const d of demands as Array<{ from: string; range: string }>) expect(error.message).toContain(`${d.from} asks for ${d.range}`);
  });

  it('says who asks for what in Indonesian when asked, while details.demands keep their values', async () => {
    const loadIndex = registryOf({ '@bandung/ui-kit': { '1.2.0': {}, '2.0.0': {} } });
    setLanguage('id');
    try {
      const error = await failure(resolveDependencies({ requested: { '@bandung/ui-kit': '^3.0.0' }, locked: {}, loadIndex }));
      expect(error.code).toBe('GOTONG_E_NO_MATCHING_VERSION');
      expect(error.message).toBe('tidak ada versi @bandung/ui-kit yang diterbitkan yang memenuhi ^3.0.0');
      expect(error.hint).toBe('Diterbitkan: 1.2.0, 2.0.0. Ubah rentang versinya di gotong.json atau di baris perintah.');
      expect(error.toJSON().details).toMatchObject({ demands: [{ from: 'the workspace', range: '^3.0.0' }] });
    } finally {
      setLanguage('en');
    }
  });
});
