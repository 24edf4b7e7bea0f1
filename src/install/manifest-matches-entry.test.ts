import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedFile } from '../archive/extract.js';
import { GotongError } from '../core/errors.js';
import type { IndexVersion } from '../manifest/types.js';
import { assertManifestMatchesEntry } from './manifest-matches-entry.js';
import type { ResolvedModule } from './resolve.js';

const NAME = '@bandung/e-musrenbang';

function resolved(dependencies: Record<string, string>): ResolvedModule {
  const entry: IndexVersion = {
    target: 'bandung/e-musrenbang/e-musrenbang-2.1.0.tgz',
    length: 4096,
    sha256: 'a'.repeat(64),
    integrity: `sha512-${'Q'.repeat(86)}==`,
    dependencies,
    publishedAt: '2025-03-01T08:00:00.000Z',
    publisherKeyId: 'b'.repeat(64),
    yanked: false,
    deprecated: null,
  };
  return { name: NAME, version: '2.1.0', entry };
}

describe('a placed module\'s gotong.json against its signed entry', () => {
  let dest: string;
  beforeEach(() => {
    dest = mkdtempSync(join(tmpdir(), 'gotong-manifest-'));
  });
  afterEach(() => rmSync(dest, { recursive: true, force: true }));

  /** Writes gotong.json into the staging folder and returns the file list extraction would give. */
  function placed(text: string | Buffer): ExtractedFile[] {
    writeFileSync(join(dest, 'gotong.json'), text);
    return [{ path: 'gotong.json', size: Buffer.byteLength(text), integrity: 'sha512-x', executable: false }];
  }

  function refusal(module: ResolvedModule, files: ExtractedFile[]): GotongError {
    try {
      assertManifestMatchesEntry(module, dest, files);
    } catch (error) {
      if (error instanceof GotongError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('accepts the same dependencies in another order, and no "dependencies" for none', () => {
    const signed = resolved({ '@bandung/sso-asn': '^1.0.0', '@bandung/ui-kit': '^1.2.0' });
    const files = placed(JSON.stringify({ name: NAME, version: '2.1.0', dependencies: { '@bandung/ui-kit': '^1.2.0', '@bandung/sso-asn': '^1.0.0' }, 'x-kode-wilayah': '32.73' }));
    expect(() => assertManifestMatchesEntry(signed, dest, files)).not.toThrow();
    expect(() => assertManifestMatchesEntry(resolved({}), dest, placed(JSON.stringify({ name: NAME, version: '2.1.0' })))).not.toThrow();
  });

  it('names the dependency that differs, whichever side has it', () => {
    const signed = resolved({ '@bandung/ui-kit': '^1.2.0' });
    expect(refusal(signed, placed(JSON.stringify({ name: NAME, version: '2.1.0', dependencies: { '@bandung/ui-kit': '^2.0.0' } }))).message).toBe(
      `${NAME}@2.1.0: its gotong.json asks for @bandung/ui-kit "^2.0.0", the signed index entry for "^1.2.0"`,
    );
    expect(refusal(signed, placed(JSON.stringify({ name: NAME, version: '2.1.0' }))).message).toBe(
      `${NAME}@2.1.0: its gotong.json does not depend on @bandung/ui-kit, which the signed index entry lists ("^1.2.0")`,
    );
  });

  it('says when name or version is missing rather than naming them "undefined"', () => {
    expect(refusal(resolved({}), placed(JSON.stringify({ version: '2.1.0' }))).message).toBe(`${NAME}@2.1.0: its gotong.json has no "name"`);
    expect(refusal(resolved({}), placed(JSON.stringify({ name: NAME, version: 2 }))).message).toBe(`${NAME}@2.1.0: its gotong.json names version 2, not 2.1.0`);
  });

  it('refuses a manifest that is not a JSON object, or whose dependencies are not a map', () => {
    const signed = resolved({});
    for (const text of ['{"name": ', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), '["@bandung/e-musrenbang"]', 'null']) {
      const error = refusal(signed, placed(text));
      expect(error.code).toBe('GOTONG_E_MANIFEST_MISMATCH');
      expect(error.details).toMatchObject({ field: 'gotong.json' });
    }
    expect(refusal(signed, placed(JSON.stringify({ name: NAME, version: '2.1.0', dependencies: ['@bandung/ui-kit'] }))).details).toMatchObject({ field: 'dependencies' });
  });

  it('refuses a gotong.json too large to be a manifest without reading it', () => {
    const files = placed('{}');
    files[0].size = 64 * 1024 * 1024;
    expect(refusal(resolved({}), files).message).toMatch(/its gotong\.json is 67108864 bytes, more than the 1048576 a manifest may have/);
  });

  it('looks only at the gotong.json at the root', () => {
    const files = placed(JSON.stringify({ name: NAME, version: '2.1.0' }));
    files[0].path = 'docs/gotong.json';
    expect(refusal(resolved({}), files).message).toBe(`${NAME}@2.1.0: its tarball has no gotong.json at its root`);
  });
});
