// Administrators revoke a leaked publisher key and rotate the online key
// through the command line; clients follow without being told.
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

describe('key administration through the command line', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let newBandung: KeyFiles;
  let newOnline: KeyFiles;
  const publishWith = (dir: string, key: string, online: string) =>
    gotong(['publish', dir, '--registry', 'nusantara', '--key', key, '--online-key', online, '--json'], { cwd: world.root, env: world.env });

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    newBandung = await makeKey(world, 'bandung-2027');
    newOnline = await makeKey(world, 'online-2027');
    await writeModule(world.path('v1'), { name: '@bandung/sso-asn', version: '1.0.0' }, { 'sso.js': 'export {}' });
    await registry.publishDir(world.path('v1'));
    await fs.mkdir(world.path('portal'));
    expect((await gotong(['install', '@bandung/sso-asn', '--json'], { cwd: world.path('portal'), env: world.env })).json.ok).toBe(true);
  });
  afterAll(() => world.cleanup());

  it('revokes a leaked publisher key: the old key is refused, the new one publishes, clients still verify', async () => {
    const replaced = await gotong(
      ['registry', 'namespace-keys', 'bandung', '--registry', 'nusantara', '--publisher-key', newBandung.publicFile, '--admin-key', registry.admin.privateFile, '--signing-key', newBandung.privateFile, '--online-key', registry.online.privateFile, '--json'],
      { cwd: world.root, env: world.env },
    );
    expect(replaced.json).toMatchObject({ ok: true, keyIds: [newBandung.keyId] });
    await writeModule(world.path('v2'), { name: '@bandung/sso-asn', version: '1.1.0' }, { 'sso.js': 'export const v = 2' });
    const leaked = await publishWith(world.path('v2'), registry.publishers.bandung.privateFile, registry.online.privateFile);
    expect(leaked.json.error?.code).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect((await publishWith(world.path('v2'), newBandung.privateFile, registry.online.privateFile)).json.status).toBe('published');
    const update = await gotong(['install', '@bandung/sso-asn@^1.1.0', '--json'], { cwd: world.path('portal'), env: world.env });
    expect(update.json.installed).toEqual([{ name: '@bandung/sso-asn', version: '1.1.0', integrity: expect.any(String) }]);
  });

  it('rotates the online key with a new root that clients follow', async () => {
    const rotated = await gotong(
      ['registry', 'rotate-root', '--registry', 'nusantara', '--admin-key', registry.admin.privateFile, '--new-online-key', newOnline.publicFile, '--online-key', newOnline.privateFile, '--json'],
      { cwd: world.root, env: world.env },
    );
    expect(rotated.json).toMatchObject({ ok: true, rootVersion: 2, onlineKeyId: newOnline.keyId });
    await writeModule(world.path('v3'), { name: '@bandung/sso-asn', version: '1.2.0' }, { 'sso.js': 'export const v = 3' });
    const oldOnline = await publishWith(world.path('v3'), newBandung.privateFile, registry.online.privateFile);
    expect(oldOnline.json.error?.code).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect((await publishWith(world.path('v3'), newBandung.privateFile, newOnline.privateFile)).json.status).toBe('published');
    const info = await gotong(['info', '@bandung/sso-asn', '--json'], { cwd: world.path('portal'), env: world.env });
    expect(info.json.latest).toBe('1.2.0');
    const audit = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], { cwd: world.root, env: world.env });
    expect(audit.json).toMatchObject({ ok: true, rootVersion: 2 });
  });
});
