import { describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import { compareVersions, indexVersions, parseModuleIndex, serializeModuleIndex, withVersion } from './module-index.js';
import type { IndexVersion, ModuleIndex } from './types.js';

function entry(version: string, extra: Partial<IndexVersion> = {}): IndexVersion {
  return {
    target: `bandung/e-musrenbang/e-musrenbang-${version}.tgz`,
    length: 4096,
    sha256: 'a'.repeat(64),
    integrity: `sha512-${'Q'.repeat(86)}==`,
    dependencies: { '@bandung/ui-kit': '^1.2.0', '@bandung/sso-asn': '^1.0.0' },
    publishedAt: '2025-03-01T08:00:00.000Z',
    publisherKeyId: 'b'.repeat(64),
    yanked: false,
    deprecated: null,
    ...extra,
  };
}

const NAME = '@bandung/e-musrenbang';

function failure(run: () => unknown): GotongError {
  try {
    run();
  } catch (e) {
    if (e instanceof GotongError) return e;
    throw e;
  }
  throw new Error('expected a GotongError');
}

describe('module index', () => {
  it('starts a new index with the first version and reads it back', () => {
    const index = withVersion(null, NAME, '2.0.0', entry('2.0.0', { description: { en: 'Planning', id: 'Perencanaan' }, type: 'app' }));
    expect(index).toMatchObject({ schemaVersion: 1, name: NAME });
    const bytes = serializeModuleIndex(index);
    expect(parseModuleIndex(bytes, NAME)).toEqual(index);
    expect(bytes.toString('utf8')).toContain('"description": {\n        "id": "Perencanaan",\n        "en": "Planning"');
  });

  it('orders versions by SemVer, not by text, and writes the same bytes for the same content', () => {
    let index: ModuleIndex | null = null;
    for (const v of ['2.10.0', '2.1.0', '2.1.0-rc.1', '10.0.0', '2.9.1']) index = withVersion(index, NAME, v, entry(v));
    expect(indexVersions(index!)).toEqual(['2.1.0-rc.1', '2.1.0', '2.9.1', '2.10.0', '10.0.0']);
    const bytes = serializeModuleIndex(index!);
    expect(Object.keys(JSON.parse(bytes.toString()).versions)).toEqual(['2.1.0-rc.1', '2.1.0', '2.9.1', '2.10.0', '10.0.0']);
    const reversed: ModuleIndex = { versions: Object.fromEntries(Object.entries(index!.versions).reverse()), name: NAME, schemaVersion: 1 };
    expect(serializeModuleIndex(reversed).equals(bytes)).toBe(true);
  });

  it('does not change the index it was given', () => {
    const first = withVersion(null, NAME, '2.0.0', entry('2.0.0'));
    const second = withVersion(first, NAME, '2.1.0', entry('2.1.0'));
    expect(Object.keys(first.versions)).toEqual(['2.0.0']);
    expect(Object.keys(second.versions)).toEqual(['2.0.0', '2.1.0']);
  });

  it('replaces an entry to yank or deprecate it', () => {
    const index = withVersion(null, NAME, '2.0.0', entry('2.0.0'));
    const yanked = withVersion(index, NAME, '2.0.0', { ...index.versions['2.0.0'], yanked: true, deprecated: 'Gunakan 2.1.0' });
    expect(yanked.versions['2.0.0']).toMatchObject({ yanked: true, deprecated: 'Gunakan 2.1.0' });
  });

  it('refuses a second version that differs only in build metadata', () => {
    const index = withVersion(null, NAME, '2.0.0+build.1', entry('2.0.0+build.1'));
    expect(failure(() => withVersion(index, NAME, '2.0.0+build.2', entry('2.0.0+build.2'))).code).toBe('GOTONG_E_VERSION_EXISTS');
    expect(compareVersions('2.0.0+a', '2.0.0+b')).toBeLessThan(0);
  });

  it('keeps fields written by a newer gotong when it rewrites the index', () => {
    const newer = {
      schemaVersion: 1,
      name: NAME,
      mirrors: ['https://cdn.example/'],
      versions: { '2.0.0': { ...entry('2.0.0'), buildRecord: { builder: 'gitlab' }, type: 'plugin' } },
    };
    const read = parseModuleIndex(Buffer.from(JSON.stringify(newer)), NAME);
    const rewritten = JSON.parse(serializeModuleIndex(withVersion(read, NAME, '2.1.0', entry('2.1.0'))).toString());
    expect(rewritten.mirrors).toEqual(['https://cdn.example/']);
    expect(rewritten.versions['2.0.0'].buildRecord).toEqual({ builder: 'gitlab' });
    expect(rewritten.versions['2.0.0'].type).toBe('plugin');
    expect(Object.keys(rewritten)).toEqual(['schemaVersion', 'name', 'versions', 'mirrors']);
  });

  it('keeps even a "__proto__" field as data', () => {
    const text = `{"schemaVersion":1,"name":"${NAME}","__proto__":{"yanked":true},"versions":{}}`;
    const rewritten = serializeModuleIndex(parseModuleIndex(Buffer.from(text), NAME)).toString();
    expect(JSON.parse(rewritten)).toEqual(JSON.parse(text));
    expect(Object.hasOwn(JSON.parse(rewritten), '__proto__')).toBe(true);
  });

  it('refuses an index filed under another module name', () => {
    const bytes = serializeModuleIndex(withVersion(null, NAME, '2.0.0', entry('2.0.0')));
    const error = failure(() => parseModuleIndex(bytes, '@bandung/sabilulungan'));
    expect(error.code).toBe('GOTONG_E_REGISTRY_INVALID');
    expect(error.message).toContain('describes "@bandung/e-musrenbang", not @bandung/sabilulungan');
  });

  it('refuses damaged bytes as a registry problem', () => {
    for (const bytes of [Buffer.from([0xff, 0xfe, 0x00]), Buffer.from('{"schemaVersion":1'), Buffer.from('{}')]) {
      expect(failure(() => parseModuleIndex(bytes, NAME)).code).toBe('GOTONG_E_REGISTRY_INVALID');
    }
  });

  it('refuses an entry whose target names another version', () => {
    const doc = { schemaVersion: 1, name: NAME, versions: { '2.1.0': entry('2.0.0') } };
    const error = failure(() => parseModuleIndex(Buffer.from(JSON.stringify(doc)), NAME));
    expect(error.message).toContain('"versions"."2.1.0"."target" must be "bandung/e-musrenbang/e-musrenbang-2.1.0.tgz"');
  });

  it('refuses an impossible publish date and a bad dependency range', () => {
    const badDate = { schemaVersion: 1, name: NAME, versions: { '2.0.0': entry('2.0.0', { publishedAt: '2025-02-30T00:00:00Z' }) } };
    expect(failure(() => parseModuleIndex(Buffer.from(JSON.stringify(badDate)), NAME)).message).toContain('"publishedAt" must be an RFC 3339 date-time');
    const badRange = { schemaVersion: 1, name: NAME, versions: { '2.0.0': entry('2.0.0', { dependencies: { '@bandung/ui-kit': 'paling baru' } }) } };
    expect(failure(() => parseModuleIndex(Buffer.from(JSON.stringify(badRange)), NAME)).message).toContain('must be a version range');
  });

  it('treats a wrong target in a new entry as a bug in the caller', () => {
    expect(failure(() => withVersion(null, NAME, '2.0.0', entry('2.1.0'))).code).toBe('GOTONG_E_INTERNAL');
  });
});
