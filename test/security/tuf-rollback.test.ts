// TUF attacks on versions: rollback (older metadata, a git remote reset to an
// old commit), fast-forward (huge versions signed with a stolen online key)
// and recovery by rotating that key, and mix-and-match (files that are each
// validly signed but do not belong together). Setup: test/helpers/attack-kit.ts.
import { Metadata, MetadataKind, Root } from '@tufjs/models';
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import {
  Attacker,
  attackSuite,
  buildScene,
  expectRefusedIntact,
  expectVerifyFails,
  legitimately,
  newMachineInstall,
  publishVersion,
  trustedVersions,
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

/** The victim's trusted versions may only ever grow. */
async function expectMemoryKept(before: Record<string, number>): Promise<void> {
  const after = await trustedVersions(scene);
  for (const [role, version] of Object.entries(before)) expect(after[role], role).toBeGreaterThanOrEqual(version);
}

describe('rollback (TUF 1.0 sections 5.3.5, 5.4.3, 5.5.5)', () => {
  attack('an older timestamp from the git history is refused', async () => {
    const mallory = await Attacker.clone(scene);
    await mallory.write('metadata/timestamp.json', await mallory.readAt('HEAD~2', 'metadata/timestamp.json'));
    await mallory.commitAndPush('old timestamp');
    const memory = await trustedVersions(scene);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    expect(error.message).toMatch(/timestamp version 5 is less than current version 7/);
    await expectMemoryKept(memory);
  });

  attack('a new timestamp naming an older snapshot (online key stolen) is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const { snapshot } = await mallory.current();
    await mallory.pointTimestampAt(snapshot.signed.version - 1, [scene.keys.online.signer]);
    await mallory.commitAndPush('older snapshot');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    expect(error.message).toMatch(/snapshot version 6 is less than current version 7/);
  });

  attack('a snapshot naming an older Bandung role (online key stolen) is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const { snapshot } = await mallory.current();
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: snapshot.signed.meta['bandung.json'].version - 1 } });
    await mallory.commitAndPush('older bandung');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    expect(error.message).toMatch(/version 2 of bandung\.json is less than current version 3/);
  });

  attack('a snapshot naming an older targets role (online key stolen) is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const { snapshot } = await mallory.current();
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { targets: snapshot.signed.meta['targets.json'].version - 1 } });
    await mallory.commitAndPush('older targets');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    expect(error.message).toMatch(/version 2 of targets\.json is less than current version 3/);
  });

  attack('an old root offered as the next root version is refused', async () => {
    await legitimately(scene, (writer) => {
      writer.rotateRoot({}, [scene.keys.admins[0].signer, scene.keys.admins[1].signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    await victimInstall(scene, ['@bandung/ui-kit']);
    expect((await trustedVersions(scene)).root).toBe(2);
    const mallory = await Attacker.clone(scene);
    await mallory.write('metadata/3.root.json', await mallory.read('metadata/1.root.json'));
    await mallory.commitAndPush('root 1 again');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    expect(error.message).toMatch(/Expected version 3, got 1/);
    expect((await trustedVersions(scene)).root).toBe(2);
  });

  attack('a root that skips a version is never followed, even signed by the old and the new threshold', async () => {
    const mallory = await Attacker.clone(scene);
    const online = await makeKey(scene.world, 'mallory-online');
    const current = await mallory.meta(MetadataKind.Root, 'metadata/1.root.json');
    const json = current.signed.toJSON() as { keys: Record<string, unknown>; roles: Record<string, { keyids: string[]; threshold: number }> };
    delete json.keys[scene.keys.online.keyId];
    json.keys[online.keyId] = online.signer.tufKey.toJSON();
    json.roles.snapshot = json.roles.timestamp = { keyids: [online.keyId], threshold: 1 };
    // Root v3 naming a new online key, with no v2 before it, and snapshot and timestamp signed by that key.
    const skipping = mallory.sign(new Metadata(Root.fromJSON({ ...json, version: 3 } as Parameters<typeof Root.fromJSON>[0])), [scene.keys.admins[0].signer, scene.keys.admins[1].signer]);
    await mallory.writeMeta('metadata/3.root.json', skipping);
    await mallory.republish({ signers: [online.signer] });
    await mallory.commitAndPush('root v3 without v2');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/timestamp was signed by 0\/1 keys/);
    expect((await trustedVersions(scene)).root).toBe(1);
    // Served under the next version's name, it is refused for what it says it is.
    await mallory.remove('metadata/3.root.json');
    await mallory.writeMeta('metadata/2.root.json', skipping);
    await mallory.commitAndPush('root v3 as 2.root.json');
    const renamed = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(renamed.message).toMatch(/Expected version 2, got 3/);
    expect((await trustedVersions(scene)).root).toBe(1);
    await expectVerifyFails(scene, /2\.root\.json: claims version 3/);
  });

  attack('the git remote force-pushed back to an old commit after the client saw a newer one is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const old = await mallory.head();
    await publishVersion(scene, VICTIM_MODULE, '1.1.0', [scene.keys.bandungCi.signer]);
    await victimInstall(scene);
    await mallory.pull();
    expect(await mallory.head()).not.toBe(old);
    await mallory.resetRemoteTo(old);
    const memory = await trustedVersions(scene);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene, ['@kuburaya/portal']));
    expect(error.message).toMatch(/timestamp version 7 is less than current version 8/);
    await expectMemoryKept(memory);
  });

  attack('the git remote force-pushed back to before a root rotation the client followed is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const old = await mallory.head();
    await legitimately(scene, (writer) => {
      writer.rotateRoot({ threshold: 3 }, scene.keys.admins.map((a) => a.signer));
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    await victimInstall(scene, ['@bandung/ui-kit']);
    await mallory.resetRemoteTo(old);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    expect(error.message).toMatch(/less than current version/);
    expect((await trustedVersions(scene)).root).toBe(2);
  });
});

describe('fast-forward and recovery by rotating the online key (TUF 1.0 section 5.3.11)', () => {
  attack('huge timestamp and snapshot versions: refused rollback afterwards, recovered by rotating the online key', async () => {
    const mallory = await Attacker.clone(scene);
    const lastGood = await mallory.head();
    const huge = 2 ** 40;
    // With the stolen online key the attacker's metadata is valid: the victim accepts it and remembers its versions.
    await mallory.republish({ signers: [scene.keys.online.signer], snapshotVersion: huge, timestampVersion: huge });
    await mallory.commitAndPush('fast-forward');
    await victimInstall(scene, ['@bandung/ui-kit']);
    expect((await trustedVersions(scene)).timestamp).toBe(huge);
    // The administrators put the registry back: every client that saw the attack now refuses it as a rollback...
    await mallory.resetRemoteTo(lastGood);
    await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    // ...until the online key is rotated: metadata signed by the old key stops counting, so do its versions.
    const online2 = await makeKey(scene.world, 'online-2');
    await legitimately(scene, (writer) => {
      writer.rotateRoot({ onlineKey: online2.signer }, [scene.keys.admins[0].signer, scene.keys.admins[2].signer]);
      writer.refreshTimestamp(online2.signer);
    });
    const recovered = await victimInstall(scene);
    expect(recovered.changed).toEqual([VICTIM_MODULE]);
    expect((await trustedVersions(scene)).timestamp).toBe(8);
    // And the old online key can no longer sign anything the victim accepts.
    const again = await Attacker.clone(scene, 'attacker-2');
    await again.republish({ signers: [scene.keys.online.signer], snapshotVersion: huge, timestampVersion: huge });
    await again.commitAndPush('fast-forward with the retired key');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, ['@kuburaya/portal']));
    expect(error.message).toMatch(/timestamp was signed by 0\/1 keys/);
  });

  attack('a huge version of a namespace role with no such file: refused, and recovered the same way', async () => {
    const mallory = await Attacker.clone(scene);
    const lastGood = await mallory.head();
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: 2 ** 31 } });
    await mallory.commitAndPush('fast-forward bandung');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/2147483648\.bandung\.json/);
    await mallory.resetRemoteTo(lastGood);
    await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    const online2 = await makeKey(scene.world, 'online-2');
    await legitimately(scene, (writer) => {
      writer.rotateRoot({ onlineKey: online2.signer }, [scene.keys.admins[1].signer, scene.keys.admins[2].signer]);
      writer.refreshTimestamp(online2.signer);
    });
    expect((await victimInstall(scene)).changed).toEqual([VICTIM_MODULE]);
  });
});

describe('mix-and-match (TUF 1.0 sections 5.5.2, 5.5.4, 5.6.4)', () => {
  attack('a role file whose version differs from the one the snapshot names is refused', async () => {
    await publishVersion(scene, VICTIM_MODULE, '1.1.0', [scene.keys.bandungCi.signer]);
    const mallory = await Attacker.clone(scene);
    // The git host serves Bandung's previous (validly signed) role under the new name.
    await mallory.write('metadata/4.bandung.json', await mallory.read('metadata/3.bandung.json'));
    await mallory.commitAndPush('mix');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, [`${VICTIM_MODULE}@^1.1.0`]));
    expect(error.message).toMatch(/do not belong together.*Version 3 of bandung does not match snapshot version 4/);
    await expectVerifyFails(scene, /4\.bandung\.json: version 3 differs from the snapshot's 4/);
  });

  attack('a snapshot whose bytes differ from what the timestamp records is refused', async () => {
    await publishVersion(scene, VICTIM_MODULE, '1.1.0', [scene.keys.bandungCi.signer]);
    const mallory = await Attacker.clone(scene);
    await mallory.write('metadata/8.snapshot.json', await mallory.read('metadata/7.snapshot.json'));
    await mallory.commitAndPush('mix');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/Expected hash [0-9a-f]{64} but got/);
    await expectVerifyFails(scene, /8\.snapshot\.json: (length|sha256) differs from the timestamp's record/);
  });

  attack('a snapshot that leaves a role out (online key stolen) is refused by a client that saw it', async () => {
    const mallory = await Attacker.clone(scene);
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: null } });
    await mallory.commitAndPush('hide bandung');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/Missing file bandung\.json in new snapshot/);
    // A machine with no history cannot tell a hidden namespace from an empty one: it finds nothing, installs nothing.
    await expectRefusedIntact(scene, 'GOTONG_E_MODULE_NOT_FOUND', () => newMachineInstall(scene));
  });
});
