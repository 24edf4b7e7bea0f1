// A member city whose namespace is held by several keys: Bandung's three
// release engineers hold one publisher key each and any two must sign a
// release. One key alone is refused; two publish. When one key is removed
// (say, its laptop was lost), it no longer counts towards the threshold, and
// `registry verify` still passes but names the versions that key published,
// for an auditor to review.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

describe('a member namespace held by two of three keys', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let keys: KeyFiles[];
  const run = (args: string[], cwd = world.root) => gotong(args, { cwd, env: world.env });
  const mainCommit = () => execFileSync('git', ['rev-parse', 'main'], { cwd: registry.url, encoding: 'utf8' }).trim();
  const publishWith = (dir: string, signers: KeyFiles[]) =>
    run(['publish', dir, '--registry', 'nusantara', ...signers.flatMap((k) => ['--key', k.privateFile]), '--online-key', registry.online.privateFile, '--json']);

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world, ['kuburaya']);
    keys = await Promise.all(['bandung-rilis-1', 'bandung-rilis-2', 'bandung-rilis-3'].map((name) => makeKey(world, name)));
    const added = await run(['registry', 'add-namespace', 'bandung', '--registry', 'nusantara', ...keys.flatMap((k) => ['--publisher-key', k.publicFile]), '--threshold', '2', '--admin-key', registry.admin.privateFile, '--online-key', registry.online.privateFile, '--json']);
    expect(added.json, added.stderr).toMatchObject({ ok: true, keyIds: keys.map((k) => k.keyId), threshold: 2 });
    await writeModule(world.path('portal-v1'), { name: '@kuburaya/portal-desa', version: '1.0.0' }, { 'index.js': 'export const desa = [];\n' });
    await registry.publishDir(world.path('portal-v1'), 'kuburaya');
    await writeModule(world.path('sabilulungan-v1'), { name: '@bandung/sabilulungan', version: '1.0.0' }, { 'index.js': 'export const v = 1;\n' });
    await writeModule(world.path('sabilulungan-v2'), { name: '@bandung/sabilulungan', version: '1.1.0' }, { 'index.js': 'export const v = 2;\n' });
  });
  afterAll(() => world.cleanup());

  it('refuses a release signed by one key and publishes one signed by two', async () => {
    const before = mainCommit();
    const alone = await publishWith(world.path('sabilulungan-v1'), [keys[0]]);
    expect(alone.code).toBe(3);
    expect(alone.json.error).toMatchObject({ code: 'GOTONG_E_KEY_NOT_DELEGATED', message: expect.stringContaining('1 of the 2 required') });
    expect(mainCommit()).toBe(before);

    const both = await publishWith(world.path('sabilulungan-v1'), [keys[0], keys[1]]);
    expect(both.json, both.stderr).toMatchObject({ ok: true, status: 'published' });
    const status = await run(['registry', 'status', '--json']);
    expect((status.json.roles as Array<Record<string, unknown>>).find((r) => r.name === 'bandung')).toMatchObject({ keyIds: keys.map((k) => k.keyId), threshold: 2, signatures: 2, state: 'ok' });

    await fs.mkdir(world.path('portal'));
    const installed = await run(['install', '@bandung/sabilulungan', '--json'], world.path('portal'));
    expect(installed.json.installed).toEqual([{ name: '@bandung/sabilulungan', version: '1.0.0', integrity: expect.any(String) }]);
  });

  it('removes one of the three keys; verify passes and names the versions that key published', async () => {
    const [removed, kept1, kept2] = keys;
    const replaced = await run(['registry', 'namespace-keys', 'bandung', '--registry', 'nusantara', '--publisher-key', kept1.publicFile, '--publisher-key', kept2.publicFile, '--threshold', '2', '--admin-key', registry.admin.privateFile, '--signing-key', kept1.privateFile, '--signing-key', kept2.privateFile, '--online-key', registry.online.privateFile, '--json']);
    expect(replaced.json, replaced.stderr).toMatchObject({ ok: true, keyIds: [kept1.keyId, kept2.keyId], threshold: 2 });

    const withRemoved = await publishWith(world.path('sabilulungan-v2'), [removed, kept1]);
    expect(withRemoved.json.error?.code).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect((await publishWith(world.path('sabilulungan-v2'), [kept1, kept2])).json).toMatchObject({ ok: true, status: 'published' });

    const audit = await run(['registry', 'verify', '--registry', 'nusantara', '--json']);
    expect(audit.code, audit.stdout).toBe(0);
    expect(audit.json).toMatchObject({ ok: true, problems: [] });
    expect(audit.json.publishedByRemovedKeys).toEqual([{ module: '@bandung/sabilulungan', version: '1.0.0', publisherKeyId: removed.keyId }]);
    const human = await run(['registry', 'verify', '--registry', 'nusantara']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('1 version was published by a key its namespace no longer lists');
    expect(human.stdout).toContain(`@bandung/sabilulungan@1.0.0  key ${removed.keyId.slice(0, 16)}`);

    const updated = await run(['install', '@bandung/sabilulungan@^1.1.0', '--json'], world.path('portal'));
    expect(updated.json.installed).toEqual([{ name: '@bandung/sabilulungan', version: '1.1.0', integrity: expect.any(String) }]);
  });
});
