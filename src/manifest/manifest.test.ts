import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import {
  addDependency, manifestFileName, parseManifestText, readManifest, readPublishableManifest, removeDependency, serializeManifest, writeManifest,
} from './manifest.js';
import type { ModuleManifest } from './types.js';

async function failure(run: () => Promise<unknown> | unknown): Promise<GotongError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof GotongError) return e;
    throw e;
  }
  throw new Error('expected a GotongError');
}

const musrenbang: ModuleManifest = {
  name: '@bandung/e-musrenbang',
  version: '2.1.0',
  description: { id: 'Musyawarah perencanaan pembangunan', en: 'Development planning deliberation' },
  type: 'app',
  category: 'perencanaan',
  publisher: 'Diskominfo Kota Bandung',
  dependencies: { '@bandung/ui-kit': '^1.2.0', '@bandung/sso-asn': '^1.0.0' },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gotong-manifest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading gotong.json', () => {
  it('reads a module manifest as written', async () => {
    await writeFile(join(dir, manifestFileName), JSON.stringify(musrenbang));
    expect(await readManifest(dir)).toEqual(musrenbang);
    expect(await readPublishableManifest(dir)).toEqual(musrenbang);
  });

  it('says to run gotong init when there is none', async () => {
    const error = await failure(() => readManifest(dir));
    expect(error.code).toBe('GOTONG_E_MANIFEST_MISSING');
    expect(error.hint).toContain('gotong init');
    expect((await failure(() => readManifest(join(dir, 'nowhere')))).code).toBe('GOTONG_E_MANIFEST_MISSING');
  });

  it('gives the line and column of a JSON mistake', async () => {
    await writeFile(join(dir, manifestFileName), '{\n  "name": "@bandung/ui-kit"\n  "version": "1.0.0"\n}\n');
    const error = await failure(() => readManifest(dir));
    expect(error.code).toBe('GOTONG_E_MANIFEST_INVALID');
    expect(error.message).toContain('line 3, column 3');
    expect(error.message).toContain(manifestFileName);
  });

  it('refuses a manifest that breaks the schema', async () => {
    await writeFile(join(dir, manifestFileName), JSON.stringify({ ...musrenbang, version: '2.1' }));
    const error = await failure(() => readManifest(dir));
    expect(error.code).toBe('GOTONG_E_MANIFEST_INVALID');
    expect(error.message).toMatch(/gotong\.json: "version" must be a SemVer 2\.0 version .*\(got "2\.1"\)$/);
  });

  it('will not publish a workspace or a module without a name or version', async () => {
    await writeFile(join(dir, manifestFileName), JSON.stringify({ name: '@kuburaya/portal', private: true }));
    expect((await failure(() => readPublishableManifest(dir))).message).toContain('"private": true');
    await writeFile(join(dir, manifestFileName), JSON.stringify({ name: '@bandung/ui-kit' }));
    const noVersion = await failure(() => readPublishableManifest(dir));
    expect(noVersion.code).toBe('GOTONG_E_MANIFEST_INVALID');
    expect(noVersion.message).toContain('has no "version"');
    await writeFile(join(dir, manifestFileName), JSON.stringify({ version: '1.0.0' }));
    expect((await failure(() => readPublishableManifest(dir))).message).toContain('has no "name"');
  });

  it('parses text without touching the disk', () => {
    expect(parseManifestText('{"private": true}', 'portal/gotong.json')).toEqual({ private: true });
  });
});

describe('writing gotong.json', () => {
  it('keeps the key order, indents by two and ends with a newline', async () => {
    const manifest: ModuleManifest = { version: '1.0.0', name: '@bandung/ui-kit', license: 'Apache-2.0' };
    await writeManifest(dir, manifest);
    const text = await readFile(join(dir, manifestFileName), 'utf8');
    expect(text).toBe('{\n  "version": "1.0.0",\n  "name": "@bandung/ui-kit",\n  "license": "Apache-2.0"\n}\n');
    expect(text).toBe(serializeManifest(manifest));
  });

  it('leaves no temporary file behind and replaces the old file whole', async () => {
    await writeManifest(dir, musrenbang);
    await writeManifest(dir, { ...musrenbang, version: '2.2.0' });
    expect(await readdir(dir)).toEqual([manifestFileName]);
    expect((await readManifest(dir)).version).toBe('2.2.0');
  });

  it('refuses to write a manifest that would not read back', async () => {
    const error = await failure(() => writeManifest(dir, { ...musrenbang, type: 'aplikasi' as never }));
    expect(error.code).toBe('GOTONG_E_MANIFEST_INVALID');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder it cannot write to as an I/O error', async () => {
    const error = await failure(() => writeManifest(join(dir, 'missing'), musrenbang));
    expect(error.code).toBe('GOTONG_E_IO');
  });
});

describe('changing dependencies', () => {
  it('adds a dependency, sorts the map and leaves the original alone', () => {
    const next = addDependency(musrenbang, '@bandung/ref-kode-wilayah', '^1.1.0');
    expect(Object.keys(next.dependencies!)).toEqual(['@bandung/ref-kode-wilayah', '@bandung/sso-asn', '@bandung/ui-kit']);
    expect(musrenbang.dependencies).not.toHaveProperty('@bandung/ref-kode-wilayah');
    expect(Object.keys(next)).toEqual(Object.keys(musrenbang));
  });

  it('replaces the range of a dependency already there', () => {
    expect(addDependency(musrenbang, '@bandung/ui-kit', '^1.3.0').dependencies!['@bandung/ui-kit']).toBe('^1.3.0');
  });

  it('adds the dependencies field to a workspace that has none', () => {
    const portal = addDependency({ name: '@kuburaya/portal', private: true }, '@bandung/sabilulungan', '^1.0.0');
    expect(portal).toEqual({ name: '@kuburaya/portal', private: true, dependencies: { '@bandung/sabilulungan': '^1.0.0' } });
  });

  it('refuses bad names, bad ranges and a module depending on itself', async () => {
    expect((await failure(() => addDependency(musrenbang, 'ui-kit', '^1.0.0'))).code).toBe('GOTONG_E_NAME_INVALID');
    expect((await failure(() => addDependency(musrenbang, '@bandung/ui-kit', 'latest'))).code).toBe('GOTONG_E_RANGE_INVALID');
    expect((await failure(() => addDependency(musrenbang, '@bandung/e-musrenbang', '^2.0.0'))).code).toBe('GOTONG_E_USAGE');
  });

  it('removes a dependency and says when there was none', async () => {
    const next = removeDependency(musrenbang, '@bandung/ui-kit');
    expect(next.dependencies).toEqual({ '@bandung/sso-asn': '^1.0.0' });
    expect(musrenbang.dependencies).toHaveProperty('@bandung/ui-kit');
    expect((await failure(() => removeDependency(musrenbang, '@bandung/sabilulungan'))).code).toBe('GOTONG_E_NOT_INSTALLED');
  });
});
