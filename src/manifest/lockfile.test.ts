import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import { lockfileFileName, parseLockfileText, readLockfile, serializeLockfile } from './lockfile.js';
import type { Lockfile } from './types.js';

const integrity = (c: string) => `sha512-${c.repeat(86)}==`;

function sampleLockfile(): Lockfile {
  return {
    lockfileVersion: 1,
    registry: { url: 'https://git.gotong.go.id/registry.git', rootSha256: 'c'.repeat(64) },
    requested: { '@bandung/sabilulungan': '^1.0.0', '@bandung/e-musrenbang': '^2.1.0' },
    modules: {
      '@bandung/ui-kit': { version: '1.2.0', target: 'bandung/ui-kit/ui-kit-1.2.0.tgz', length: 2048, integrity: integrity('u'), dependencies: {} },
      '@bandung/e-musrenbang': {
        version: '2.1.0',
        target: 'bandung/e-musrenbang/e-musrenbang-2.1.0.tgz',
        length: 4096,
        integrity: integrity('e'),
        dependencies: { '@bandung/ui-kit': '^1.2.0', '@bandung/sso-asn': '^1.0.0' },
      },
      '@bandung/sso-asn': { version: '1.0.0', target: 'bandung/sso-asn/sso-asn-1.0.0.tgz', length: 1024, integrity: integrity('s'), dependencies: {} },
      '@bandung/sabilulungan': {
        version: '1.0.0',
        target: 'bandung/sabilulungan/sabilulungan-1.0.0.tgz',
        length: 3072,
        integrity: integrity('b'),
        dependencies: { '@bandung/ui-kit': '^1.0.0', '@bandung/sso-asn': '^1.0.0' },
      },
    },
  };
}

async function failure(run: () => Promise<unknown> | unknown): Promise<GotongError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof GotongError) return e;
    throw e;
  }
  throw new Error('expected a GotongError');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gotong-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gotong-lock.json', () => {
  it('is absent in a fresh workspace', async () => {
    expect(await readLockfile(dir)).toBeNull();
  });

  it('round-trips through its text', async () => {
    await writeFile(join(dir, lockfileFileName), serializeLockfile(sampleLockfile()));
    expect(await readLockfile(dir)).toEqual(sampleLockfile());
  });

  it('writes the same bytes whatever order the install produced', () => {
    const lock = sampleLockfile();
    const shuffled: Lockfile = {
      modules: Object.fromEntries(Object.entries(lock.modules).reverse()),
      requested: Object.fromEntries(Object.entries(lock.requested).reverse()),
      registry: { rootSha256: lock.registry.rootSha256, url: lock.registry.url },
      lockfileVersion: 1,
    } as Lockfile;
    const text = serializeLockfile(lock);
    expect(serializeLockfile(shuffled)).toBe(text);
    expect(Object.keys(JSON.parse(text).modules)).toEqual(['@bandung/e-musrenbang', '@bandung/sabilulungan', '@bandung/sso-asn', '@bandung/ui-kit']);
    expect(Object.keys(JSON.parse(text))).toEqual(['lockfileVersion', 'registry', 'requested', 'modules']);
    expect(Object.keys(JSON.parse(text).modules['@bandung/e-musrenbang'])).toEqual(['version', 'target', 'length', 'integrity', 'dependencies']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses broken JSON with its place', async () => {
    await writeFile(join(dir, lockfileFileName), '{"lockfileVersion": 1,,}');
    const error = await failure(() => readLockfile(dir));
    expect(error.code).toBe('GOTONG_E_LOCKFILE_INVALID');
    expect(error.message).toContain('line 1, column 23');
  });

  it('refuses a lock whose target does not match its name and version', () => {
    const lock = sampleLockfile();
    lock.modules['@bandung/ui-kit'].target = 'bandung/ui-kit/ui-kit-1.0.0.tgz';
    const error = failure(() => parseLockfileText(serializeLockfile(lock)));
    return expect(error).resolves.toMatchObject({
      code: 'GOTONG_E_LOCKFILE_INVALID',
      message: 'gotong-lock.json: "modules"."@bandung/ui-kit"."target" must be "bandung/ui-kit/ui-kit-1.2.0.tgz" (got "bandung/ui-kit/ui-kit-1.0.0.tgz")',
    });
  });

  it('refuses fields it does not know, since a new field means a new lockfileVersion', async () => {
    const text = JSON.stringify({ ...sampleLockfile(), extra: true });
    expect((await failure(() => parseLockfileText(text))).message).toContain('"extra" is not a known field');
  });

  it('refuses a bad integrity string and a bad requested range', async () => {
    const lock = sampleLockfile();
    lock.modules['@bandung/sso-asn'].integrity = 'sha1-abc';
    expect((await failure(() => parseLockfileText(JSON.stringify(lock)))).message).toContain('"integrity" must be a subresource-integrity string');
    const lock2 = sampleLockfile();
    lock2.requested['@bandung/ui-kit'] = 'terbaru';
    expect((await failure(() => parseLockfileText(JSON.stringify(lock2)))).message).toContain('"requested"."@bandung/ui-kit" must be a version range');
  });
});
