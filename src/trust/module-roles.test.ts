import { promises as fs } from 'node:fs';
import { TargetFile } from '@tufjs/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../core/reporter.js';
import { DirectorySource } from '../registry/source.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from '../../test/helpers/env.js';
import { TrustedRegistry } from './client.js';
import { metadataPath, targetStoragePath } from './file-names.js';
import { sha256Hex, sha512Hex } from './metadata-io.js';
import { moduleDelegationProblem, moduleRoleOf, parseModuleRoleName, publisherKeySet } from './module-roles.js';
import { verifyRegistry } from './verify-registry.js';
import { RegistryWriter } from './writer.js';

const file = (path: string, text: string) => ({ targetPath: path, bytes: Buffer.from(text) });

describe('one role per module', () => {
  let world: TestWorld;
  let dir: string;
  let admin: KeyFiles;
  let online: KeyFiles;
  let bandung: KeyFiles;
  let rootSha256: string;

  /** A fresh machine's verified view of the registry folder. */
  async function machine(name: string): Promise<{ trusted: TrustedRegistry; trustDir: string }> {
    const trustDir = world.path('machines', name);
    const trusted = await TrustedRegistry.open({
      trustDir,
      source: new DirectorySource(dir, 'nusantara'),
      label: 'nusantara',
      pin: { rootSha256, allowFirstUse: false },
      offline: false,
      reporter: new MemoryReporter(),
    });
    return { trusted, trustDir };
  }

  beforeAll(async () => {
    world = makeWorld();
    dir = world.path('registry');
    await fs.mkdir(dir, { recursive: true });
    [admin, online, bandung] = [await makeKey(world, 'admin'), await makeKey(world, 'online'), await makeKey(world, 'bandung')];
    const writer = RegistryWriter.create(dir, { rootKeys: [admin.signer], rootSigners: [admin.signer], threshold: 1, onlineKey: online.signer });
    writer.addNamespace('bandung', [bandung.signer], 1, [admin.signer]);
    // The layout before module roles: the namespace role lists its targets itself.
    const old = [file('bandung/sipd/catatan.txt', '{"v":1}'), file('bandung/e-musrenbang/catatan.txt', '{"v":1}')];
    const targets = Object.fromEntries(old.map((f) => [f.targetPath, new TargetFile({ path: f.targetPath, length: f.bytes.length, hashes: { sha256: sha256Hex(f.bytes), sha512: sha512Hex(f.bytes) } }).toJSON()]));
    const role = writer.unsignedNamespace(null, targets);
    role.sign((data) => bandung.signer.sign(data), true);
    await writer.adoptSigned([{ role: 'bandung', metadata: role }]);
    writer.refreshTimestamp(online.signer);
    await writer.flush();
    for (const f of old) {
      const rel = targetStoragePath(f.targetPath, sha256Hex(f.bytes));
      await fs.mkdir(world.path('registry', rel, '..'), { recursive: true });
      await fs.writeFile(world.path('registry', rel), f.bytes);
    }
    rootSha256 = sha256Hex(await fs.readFile(world.path('registry', metadataPath('root', 1))));
  });
  afterAll(() => world.cleanup());

  it('names a module role after its namespace and folder, and no namespace can take that name', () => {
    expect(moduleRoleOf('bandung/sipd/catatan.txt')).toBe('bandung.sipd');
    expect(moduleRoleOf('kuburaya/_attestations/bandung.json')).toBe('kuburaya._attestations');
    expect(moduleRoleOf('bandung/catatan.txt')).toBeNull();
    expect(moduleRoleOf('bandung/a/b/c')).toBeNull();
    expect(parseModuleRoleName('bandung')).toBeNull();
    expect(parseModuleRoleName('bandung.sipd')).toEqual({ namespace: 'bandung', folder: 'sipd' });
  });

  it('a registry in the older layout is read, and the next publish moves every module into a role of its own', async () => {
    expect((await (await machine('before')).trusted.targetInfo('bandung/sipd/catatan.txt'))?.length).toBe(7);
    const writer = await RegistryWriter.load(dir);
    await writer.putTargets('bandung', [file('bandung/sipd/catatan.txt', '{"v":2}')], [bandung.signer]);
    writer.refreshTimestamp(online.signer);
    await writer.flush();
    const after = await RegistryWriter.load(dir);
    const role = await after.loadNamespace('bandung');
    expect(role!.signed.targets).toEqual({});
    expect(Object.keys(role!.signed.delegations!.roles!)).toEqual(['bandung.e-musrenbang', 'bandung.sipd']);
    expect(moduleDelegationProblem('bandung', role!.signed.delegations!.toJSON(), publisherKeySet([bandung.signer], 1))).toBeNull();
    expect(Object.keys((await after.namespaceTargets('bandung'))!).sort()).toEqual(['bandung/e-musrenbang/catatan.txt', 'bandung/sipd/catatan.txt']);
    expect((await verifyRegistry(new DirectorySource(dir, 'nusantara'))).problems).toEqual([]);
  });

  it('a machine reading one module verifies and keeps only its namespace role and that module role', async () => {
    const { trusted, trustDir } = await machine('kantor-kuburaya');
    const info = await trusted.targetInfo('bandung/sipd/catatan.txt');
    expect((await trusted.readTarget(info!)).toString()).toBe('{"v":2}');
    expect(await trusted.targetInfo('bandung/sipd/other.json')).toBeNull();
    expect(await trusted.targetInfo('bandung/simpeg/catatan.txt')).toBeNull();
    const kept = (await fs.readdir(trustDir)).filter((name) => name.startsWith('bandung'));
    expect(kept.sort()).toEqual(['bandung.json', 'bandung.sipd.json']);
    // A second command on the same machine answers from what it verified, the same way.
    const again = await machine('kantor-kuburaya');
    expect(Object.keys(await again.trusted.folderTargets('bandung', 'sipd'))).toEqual(['bandung/sipd/catatan.txt']);
    expect(await again.trusted.folderTargets('bandung', '_adoption')).toEqual({});
    expect((await fs.readdir(trustDir)).filter((name) => name.startsWith('bandung')).sort()).toEqual(['bandung.json', 'bandung.sipd.json']);
    expect((await again.trusted.targetInfo('bandung/sipd/catatan.txt'))?.hashes.sha256).toBe(info!.hashes.sha256);
    expect(Object.keys(await again.trusted.namespaceTargets('bandung')).sort()).toEqual(['bandung/e-musrenbang/catatan.txt', 'bandung/sipd/catatan.txt']);
  });

  it('a module role signed by a key the namespace does not delegate is refused', async () => {
    const intruder = await makeKey(world, 'intruder');
    const writer = await RegistryWriter.load(dir);
    const module = (await writer.moduleRoles('bandung')).get('e-musrenbang')!;
    const forged = writer.unsignedNamespace(module, module.signed.toJSON().targets as Record<string, unknown>);
    forged.sign((data) => intruder.signer.sign(data), true);
    await expect(writer.adoptSigned([{ role: 'bandung.e-musrenbang', metadata: forged }])).rejects.toMatchObject({ code: 'GOTONG_E_METADATA_INVALID' });
  });
});
