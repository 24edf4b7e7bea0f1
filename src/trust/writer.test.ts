import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isGotongError } from '../core/errors.js';
import { DirectorySource } from '../registry/source.js';
import { generateKeyPair, loadSigningKey, type SigningKey } from './keys.js';
import { verifyRegistry } from './verify-registry.js';
import { RegistryWriter } from './writer.js';

const key = (): SigningKey => loadSigningKey(generateKeyPair().privatePem, 'test key');

async function codeOf(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    return isGotongError(error) ? error.code : String(error);
  }
}

describe('replacing a namespace\'s publisher keys', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  async function registry() {
    const admin = key();
    const online = key();
    const [ci, lead] = [key(), key()];
    const dir = mkdtempSync(join(tmpdir(), 'gotong-writer-'));
    dirs.push(dir);
    const writer = RegistryWriter.create(dir, { rootKeys: [admin], rootSigners: [admin], threshold: 1, onlineKey: online });
    writer.addNamespace('bandung', [ci, lead], 1, [admin]);
    await writer.putTargets('bandung', [{ targetPath: 'bandung/ui-kit/ui-kit-1.0.0.tgz', bytes: Buffer.from('{}') }], [ci]);
    writer.refreshTimestamp(online);
    await writer.flush();
    return { admin, online, ci, lead, dir };
  }

  it('revokes a key: the delegation drops it and the role is re-signed by the remaining key', async () => {
    const { admin, online, ci, lead, dir } = await registry();
    const writer = await RegistryWriter.load(dir);
    await writer.replaceNamespaceKeys('bandung', [lead], 1, [admin], [lead]);
    writer.refreshTimestamp(online);
    await writer.flush();
    const after = await RegistryWriter.load(dir);
    expect(after.namespaceRole('bandung')?.keyIDs).toEqual([lead.keyId]);
    expect(Object.keys(after.delegations.keys)).toEqual([lead.keyId]);
    const role = await after.loadNamespace('bandung');
    expect(Object.keys(role!.signatures)).toEqual([lead.keyId]);
    expect(Object.keys(role!.signed.targets)).toEqual([]);
    const module = (await after.moduleRoles('bandung')).get('ui-kit');
    expect(Object.keys(module!.signatures)).toEqual([lead.keyId]);
    expect(Object.keys((await after.namespaceTargets('bandung'))!)).toEqual(['bandung/ui-kit/ui-kit-1.0.0.tgz']);
    expect(await codeOf(() => after.putTargets('bandung', [], [ci]))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect((await verifyRegistry(new DirectorySource(dir, 'test registry'))).problems).toEqual([]);
  });

  it('refuses to leave the namespace signed only by a revoked key', async () => {
    const { admin, ci, lead, dir } = await registry();
    const writer = await RegistryWriter.load(dir);
    expect(await codeOf(() => writer.replaceNamespaceKeys('bandung', [lead], 1, [admin], [ci]))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
  });

  it('needs the administrators\' threshold', async () => {
    const { lead, dir } = await registry();
    const writer = await RegistryWriter.load(dir);
    expect(await codeOf(() => writer.replaceNamespaceKeys('bandung', [lead], 1, [lead], [lead]))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
  });
});
