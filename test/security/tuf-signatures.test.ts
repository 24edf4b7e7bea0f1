// TUF attacks on signatures, keys and delegations, against a real registry
// (test/helpers/attack-kit.ts). Each test names what the attacker holds; the
// victim is Kubu Raya adding a module; each checks the code the victim sees
// and that its workspace, cache and the registry are unchanged.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Metadata, MetadataKind, Root, Signature, Targets, Timestamp } from '@tufjs/models';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, vi } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { RegistryWriter } from '../../src/trust/writer.js';
import {
  Attacker,
  attackSuite,
  buildScene,
  evilRelease,
  expectRefusedIntact,
  expectVerifyFails,
  legitimately,
  storedTarget,
  victimInstall,
  VICTIM_MODULE,
  type Scene,
} from '../helpers/attack-kit.js';
import { makeKey } from '../helpers/env.js';

const attack = attackSuite(import.meta.url);
let scene: Scene;

beforeAll(async () => {
  scene = await buildScene();
}, 120_000);
afterAll(() => scene?.cleanup());
beforeEach(() => scene.restore());
afterEach(() => {
  vi.useRealTimers();
});

type RootJSON = { keys: Record<string, unknown>; roles: Record<string, { keyids: string[]; threshold: number }> };

/** Root version 2 as an attacker would write it: `edit` changes its JSON; the caller signs. */
async function forgedRoot(mallory: Attacker, edit: (json: RootJSON) => void): Promise<Metadata<Root>> {
  const current = await mallory.meta(MetadataKind.Root, 'metadata/1.root.json');
  const json = current.signed.toJSON() as unknown as RootJSON & Record<string, unknown>;
  edit(json);
  return new Metadata(Root.fromJSON({ ...json, version: 2 } as Parameters<typeof Root.fromJSON>[0]));
}

describe('signatures below threshold, forged, or counted twice (TUF 1.0 sections 5.4.2, 5.5.3, 5.6.3)', () => {
  attack('a timestamp with a forged signature is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const current = await mallory.meta(MetadataKind.Timestamp, 'metadata/timestamp.json');
    // A newer timestamp claiming the online key's id, with made-up signature bytes.
    const forged = new Metadata(
      new Timestamp({ version: current.signed.version + 1, specVersion: current.signed.specVersion, expires: current.signed.expires, snapshotMeta: current.signed.snapshotMeta }),
      { [scene.keys.online.keyId]: new Signature({ keyID: scene.keys.online.keyId, sig: randomBytes(64).toString('hex') }) },
    );
    await mallory.writeMeta('metadata/timestamp.json', forged);
    await mallory.commitAndPush('forged timestamp');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/timestamp was signed by 0\/1 keys/);
    await expectVerifyFails(scene, /timestamp\.json: timestamp was signed by 0\/1/);
  });

  attack('Bandung\'s role signed by a key Bandung was never delegated (online key stolen) is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const stranger = await makeKey(scene.world, 'mallory');
    const version = await mallory.forgeRole('bandung', await evilRelease(mallory, VICTIM_MODULE, '1.0.1'), [stranger.signer]);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('evil peta-dasar');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, [`${VICTIM_MODULE}@1.0.1`]));
    expect(error.message).toMatch(/bandung was signed by 0\/1 keys/);
    await expectVerifyFails(scene, /bandung\.json: bandung was signed by 0\/1 keys/);
  });

  attack('targets signed by one of the two administrator keys it needs is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const stranger = await makeKey(scene.world, 'mallory');
    // With one stolen administrator key, delegate Bandung to the attacker's key.
    const current = await mallory.meta(MetadataKind.Targets, await mallory.roleRel('targets'));
    const json = current.signed.toJSON() as { delegations: { keys: Record<string, unknown>; roles: Array<{ name: string; keyids: string[] }> } } & Record<string, unknown>;
    json.delegations.keys[stranger.keyId] = stranger.signer.tufKey.toJSON();
    json.delegations.roles.find((r) => r.name === 'bandung')!.keyids = [stranger.keyId];
    const next = new Metadata(Targets.fromJSON({ ...json, version: current.signed.version + 1 } as Parameters<typeof Targets.fromJSON>[0]));
    await mallory.writeMeta(`metadata/${current.signed.version + 1}.targets.json`, mallory.sign(next, [scene.keys.admins[0].signer]));
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { targets: current.signed.version + 1 } });
    await mallory.commitAndPush('take over bandung');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/targets was signed by 1\/2 keys/);
    await expectVerifyFails(scene, /targets\.json: targets was signed by 1\/2 keys/);
  });

  attack('Kubu Raya\'s role signed by one of its two required keys is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const version = await mallory.forgeRole('kuburaya', await evilRelease(mallory, '@kuburaya/portal', '1.0.1'), [scene.keys.kuburayaA.signer]);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { kuburaya: version } });
    await mallory.commitAndPush('evil portal');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, ['@kuburaya/portal@1.0.1']));
    expect(error.message).toMatch(/kuburaya was signed by 1\/2 keys/);
  });

  attack('one key\'s signature given twice is refused, not counted twice', async () => {
    const mallory = await Attacker.clone(scene);
    const current = await mallory.meta(MetadataKind.Targets, await mallory.roleRel('targets'));
    const next = mallory.sign(new Metadata(Targets.fromJSON({ ...(current.signed.toJSON() as object), version: current.signed.version + 1 } as Parameters<typeof Targets.fromJSON>[0])), [scene.keys.admins[0].signer]);
    const json = next.toJSON() as { signatures: unknown[] };
    json.signatures.push(json.signatures[0]);
    await mallory.write(`metadata/${current.signed.version + 1}.targets.json`, JSON.stringify(json, null, 1) + '\n');
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { targets: current.signed.version + 1 } });
    await mallory.commitAndPush('one key, two signatures');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/multiple signatures found for keyid/);
  });

  attack('one key\'s signature copied under a second administrator\'s key id counts once', async () => {
    const mallory = await Attacker.clone(scene);
    const current = await mallory.meta(MetadataKind.Targets, await mallory.roleRel('targets'));
    const next = mallory.sign(new Metadata(Targets.fromJSON({ ...(current.signed.toJSON() as object), version: current.signed.version + 1 } as Parameters<typeof Targets.fromJSON>[0])), [scene.keys.admins[0].signer]);
    const sig = next.signatures[scene.keys.admins[0].keyId].sig;
    next.signatures[scene.keys.admins[1].keyId] = new Signature({ keyID: scene.keys.admins[1].keyId, sig });
    await mallory.writeMeta(`metadata/${current.signed.version + 1}.targets.json`, next);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { targets: current.signed.version + 1 } });
    await mallory.commitAndPush('one signature, two key ids');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/targets was signed by 1\/2 keys/);
  });
});

describe('arbitrary content (TUF 1.0 section 5.7.3)', () => {
  attack('a tarball replaced by other bytes of the same length is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const rel = await storedTarget(mallory, 'bandung/peta-dasar/peta-dasar-1.0.0.tgz');
    await mallory.write(rel, evilBytesOfLength((await mallory.read(rel)).length));
    await mallory.commitAndPush('same length, other bytes');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_TARGET_MISMATCH', () => victimInstall(scene));
    expect(error.message).toMatch(/does not match its signed sha/);
    await expectVerifyFails(scene, /peta-dasar-1\.0\.0\.tgz: .*does not match its signed sha/);
  });

  attack('a module index edited to the same length (a version marked yanked) is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const rel = await storedTarget(mallory, 'bandung/peta-dasar/index.json');
    const text = (await mallory.read(rel)).toString('utf8');
    expect(text).toContain('"yanked": false');
    await mallory.write(rel, text.replace('"yanked": false', '"yanked": true '));
    await mallory.commitAndPush('index edited');
    await expectRefusedIntact(scene, 'GOTONG_E_TARGET_MISMATCH', () => victimInstall(scene));
  });
});

describe('a published version is immutable', () => {
  attack('a locked version re-signed with other bytes (publisher and online key stolen) is refused', async () => {
    const mallory = await Attacker.clone(scene);
    // Replace @bandung/ui-kit 1.0.0, which the victim has installed and locked, by evil bytes signed as genuine.
    const evil = await evilRelease(mallory, '@bandung/ui-kit', '1.0.0');
    const version = await mallory.forgeRole('bandung', evil, [scene.keys.bandungCi.signer]);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('swap ui-kit 1.0.0');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_TARGET_MISMATCH', () => victimInstall(scene));
    expect(error.message).toMatch(/@bandung\/ui-kit@1\.0\.0/);
    // A new production server deploying exactly the committed lockfile is refused too, and gets no modules.
    const server = scene.world.path('new-server');
    await fs.mkdir(server);
    for (const file of ['gotong.json', 'gotong-lock.json']) await fs.copyFile(join(scene.workspace, file), join(server, file));
    const env = { ...scene.world.env, GOTONG_HOME: scene.world.path('new-server-home') };
    await expectRefusedIntact(scene, 'GOTONG_E_TARGET_MISMATCH', () => install({ cwd: server, registry: scene.url, frozen: true, reporter: new MemoryReporter(), env }));
    expect(await fs.readdir(join(server, 'gotong_modules', '@bandung')).catch(() => [])).toEqual([]);
  });
});

describe('delegations (TUF 1.0 section 5.6.7.2: a role signs only its own paths)', () => {
  attack('Bandung\'s key signing Kubu Raya\'s paths inside the bandung role has no effect on them', async () => {
    const mallory = await Attacker.clone(scene);
    const evil = await evilRelease(mallory, '@kuburaya/portal', '9.9.9');
    const spy = Buffer.from(JSON.stringify({ schemaVersion: 1, name: '@kuburaya/spy', versions: {} }) + '\n');
    const version = await mallory.forgeRole('bandung', { ...evil, 'kuburaya/spy/index.json': spy }, [scene.keys.bandungCi.signer]);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('bandung signs for kuburaya');
    await expectRefusedIntact(scene, 'GOTONG_E_NO_MATCHING_VERSION', () => victimInstall(scene, ['@kuburaya/portal@9.9.9']));
    await expectRefusedIntact(scene, 'GOTONG_E_MODULE_NOT_FOUND', () => victimInstall(scene, ['@kuburaya/spy']));
    await expectVerifyFails(scene, /bandung: kuburaya\/portal\/portal-9\.9\.9\.tgz: outside the namespace's pattern bandung\/\*\/\*/);
  });

  attack('a revoked publisher key no longer counts, even with the online key', async () => {
    // Bandung's CI key leaked: the administrators drop it from the delegation
    // and Bandung's lead key re-signs the namespace in the same change.
    await legitimately(scene, async (writer) => {
      await writer.replaceNamespaceKeys('bandung', [scene.keys.bandungLead.signer], 1, [scene.keys.admins[0].signer, scene.keys.admins[1].signer], [scene.keys.bandungLead.signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    }, { message: 'revoke bandung-ci' });
    // The genuine modules still install after the revocation.
    await victimInstall(scene, ['@bandung/ui-kit']);
    const mallory = await Attacker.clone(scene);
    const version = await mallory.forgeRole('bandung', await evilRelease(mallory, VICTIM_MODULE, '1.0.1'), [scene.keys.bandungCi.signer]);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('evil release with the revoked key');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, [`${VICTIM_MODULE}@1.0.1`]));
    expect(error.message).toMatch(/bandung was signed by 0\/1 keys/);
    await expectVerifyFails(scene, /bandung was signed by 0\/1 keys/);
  });

  attack('a namespace role signed by a revoked key is noticed by an install with nothing to do, once its last check is a day old', async () => {
    await legitimately(scene, async (writer) => {
      await writer.replaceNamespaceKeys('bandung', [scene.keys.bandungLead.signer], 1, [scene.keys.admins[0].signer, scene.keys.admins[1].signer], [scene.keys.bandungLead.signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    }, { message: 'revoke bandung-ci' });
    const mallory = await Attacker.clone(scene);
    const version = await mallory.forgeRole('bandung', await evilRelease(mallory, VICTIM_MODULE, '1.0.1'), [scene.keys.bandungCi.signer]);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('evil release with the revoked key');
    // A day later, Kubu Raya's unchanged workspace (Bandung's modules, nothing to add) is checked against the registry again.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 25 * 3600_000 });
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, []));
    expect(error.message).toMatch(/bandung was signed by 0\/1 keys/);
  });
});

describe('root rotation (TUF 1.0 sections 5.3.4, 5.3.5)', () => {
  attack('a new root that lacks the old threshold is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const [m1, m2] = [await makeKey(scene.world, 'mallory-1'), await makeKey(scene.world, 'mallory-2')];
    const root = await forgedRoot(mallory, (json) => {
      json.keys[m1.keyId] = m1.signer.tufKey.toJSON();
      json.keys[m2.keyId] = m2.signer.tufKey.toJSON();
      json.roles.root = { keyids: [m1.keyId, m2.keyId], threshold: 2 };
      json.roles.timestamp = json.roles.snapshot = { keyids: [m1.keyId], threshold: 1 };
    });
    // Its own new threshold is met; of the old keys, only the one stolen key signs.
    await mallory.writeMeta('metadata/2.root.json', mallory.sign(root, [m1.signer, m2.signer, scene.keys.admins[0].signer]));
    await mallory.commitAndPush('take over root');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/root was signed by 1\/2 keys/);
    await expectVerifyFails(scene, /2\.root\.json: root was signed by 1\/2 keys/);
  });

  attack('a new root that lacks its own new threshold is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const m1 = await makeKey(scene.world, 'mallory-1');
    const root = await forgedRoot(mallory, (json) => {
      json.keys[m1.keyId] = m1.signer.tufKey.toJSON();
      json.roles.root = { keyids: [...json.roles.root.keyids, m1.keyId], threshold: 3 };
    });
    await mallory.writeMeta('metadata/2.root.json', mallory.sign(root, [scene.keys.admins[0].signer, scene.keys.admins[1].signer]));
    await mallory.commitAndPush('root without its new threshold');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/root was signed by 2\/3 keys/);
    await expectVerifyFails(scene, /2\.root\.json: root was signed by 2\/3 keys/);
  });

  attack('an administrator with one key cannot get gotong\'s writer to sign a root rotation', async () => {
    const error = await expectRefusedIntact(scene, 'GOTONG_E_KEY_NOT_DELEGATED', () =>
      legitimately(scene, (writer) => writer.rotateRoot({ onlineKey: scene.keys.bandungCi.signer }, [scene.keys.admins[0].signer])),
    );
    expect(error.message).toMatch(/needs 2 signatures from the current root keys; the given keys provide 1/);
  });

  attack('a registry re-created with a new root is refused on a machine that only has the lockfile', async () => {
    const mallory = await Attacker.clone(scene);
    // The git host starts over with its own keys (a new metadata/1.root.json and the rest).
    const m1 = await makeKey(scene.world, 'mallory-1');
    const fresh = RegistryWriter.create(mallory.dir, { rootKeys: [m1.signer], rootSigners: [m1.signer], threshold: 1, onlineKey: m1.signer });
    for (const name of await mallory.list()) await mallory.remove(`metadata/${name}`);
    await fresh.flush();
    await mallory.commitAndPush('start over');
    // A new server of Kubu Raya: no configuration, only the workspace and its lockfile.
    const env = { ...scene.world.env, GOTONG_HOME: scene.world.path('new-server-home') };
    const error = await expectRefusedIntact(scene, 'GOTONG_E_ROOT_MISMATCH', () => install({ cwd: scene.workspace, registry: scene.url, add: [VICTIM_MODULE], reporter: new MemoryReporter(), env }));
    expect(error.message).toMatch(/pinned/);
  });
});

/** Evil bytes of exactly `length` (a tarball's size): gzip-looking junk with a script in it. */
function evilBytesOfLength(length: number): Buffer {
  const bytes = Buffer.alloc(length, 0x20);
  bytes.write('\x1f\x8b<script>alert("pwned")</script>', 0, 'latin1');
  return bytes;
}
