import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isGotongError } from '../core/errors.js';
import { DirectorySource } from '../registry/source.js';
import { generateKeyPair, loadSigningKey, type SigningKey } from './keys.js';
import { nextRoot } from './root-rotation.js';
import { verifyRegistry } from './verify-registry.js';
import { RegistryWriter } from './writer.js';

const key = (): SigningKey => loadSigningKey(generateKeyPair().privatePem, 'test key');
const EXPIRES = '2099-01-01T00:00:00Z';

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return isGotongError(error) ? error.code : String(error);
  }
}

describe('root rotation', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  function registry(threshold = 2) {
    const admins = [key(), key(), key()];
    const online = key();
    const dir = mkdtempSync(join(tmpdir(), 'gotong-rotation-'));
    dirs.push(dir);
    const writer = RegistryWriter.create(dir, { rootKeys: admins, rootSigners: admins, threshold, onlineKey: online });
    return { admins, online, dir, writer };
  }

  it('signs version N+1 with the old and the new threshold and drops keys no role names', () => {
    const { admins, writer } = registry();
    const newcomer = key();
    const next = nextRoot(writer.root, { adminKeys: [admins[1], admins[2], newcomer], threshold: 2 }, [admins[0], admins[1], newcomer], EXPIRES);
    expect(next.signed.version).toBe(2);
    expect(next.signed.roles.root.keyIDs).toEqual([admins[1].keyId, admins[2].keyId, newcomer.keyId]);
    expect(Object.keys(next.signed.keys)).not.toContain(admins[0].keyId);
    expect(() => writer.root.verifyDelegate('root', next)).not.toThrow();
    expect(() => next.verifyDelegate('root', next)).not.toThrow();
  });

  it('refuses a root that lacks the old threshold', () => {
    const { admins, writer } = registry();
    const [a, b] = [key(), key()];
    expect(codeOf(() => nextRoot(writer.root, { adminKeys: [a, b], threshold: 2 }, [admins[0], a, b], EXPIRES))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
  });

  it('refuses a root that lacks the new threshold', () => {
    const { admins, writer } = registry();
    const newcomer = key();
    expect(codeOf(() => nextRoot(writer.root, { adminKeys: [admins[0], admins[1], newcomer], threshold: 3 }, [admins[0], admins[1]], EXPIRES))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
  });

  it('refuses a threshold larger than the number of keys', () => {
    const { admins, writer } = registry();
    expect(codeOf(() => nextRoot(writer.root, { threshold: 4 }, admins, EXPIRES))).toBe('GOTONG_E_USAGE');
  });

  it('counts one key once however often it is given', () => {
    const { admins, writer } = registry();
    expect(codeOf(() => nextRoot(writer.root, {}, [admins[0], admins[0], admins[0]], EXPIRES))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
  });

  it('rotates the online key through the writer, and the registry still verifies', async () => {
    const { admins, online, dir, writer } = registry();
    await writer.flush();
    const newOnline = key();
    const loaded = await RegistryWriter.load(dir);
    loaded.rotateRoot({ onlineKey: newOnline }, [admins[0], admins[2]]);
    expect(codeOf(() => loaded.refreshTimestamp(online))).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    loaded.refreshTimestamp(newOnline);
    await loaded.flush();
    const result = await verifyRegistry(new DirectorySource(dir, 'test registry'));
    expect(result.problems).toEqual([]);
    expect(result.rootVersion).toBe(2);
  });

  it('re-signs targets when only the threshold changes', async () => {
    const { admins, online, dir, writer } = registry();
    await writer.flush();
    const loaded = await RegistryWriter.load(dir);
    loaded.rotateRoot({ threshold: 3 }, admins);
    loaded.refreshTimestamp(online);
    await loaded.flush();
    const result = await verifyRegistry(new DirectorySource(dir, 'test registry'));
    expect(result.problems).toEqual([]);
    expect((await RegistryWriter.load(dir)).targets.signed.version).toBe(2);
  });

  it('re-signs targets with the new administrator keys when they change', async () => {
    const { admins, online, dir, writer } = registry();
    await writer.flush();
    const [c, d] = [key(), key()];
    const loaded = await RegistryWriter.load(dir);
    loaded.rotateRoot({ adminKeys: [c, d], threshold: 2 }, [admins[0], admins[1], c, d]);
    loaded.refreshTimestamp(online);
    await loaded.flush();
    const result = await verifyRegistry(new DirectorySource(dir, 'test registry'));
    expect(result.problems).toEqual([]);
    expect((await RegistryWriter.load(dir)).targets.signed.version).toBe(2);
  });
});
