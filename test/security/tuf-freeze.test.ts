// TUF freeze and endless-data attacks. Freeze: metadata that was valid when
// signed but has expired by the time the victim reads it; the victim's clock
// is moved forward (only Date is faked; tuf-js and `registry verify` read
// it), or old validly signed commits are replayed. Endless data: every
// metadata file and a tarball larger than allowed or than declared.
// Setup: test/helpers/attack-kit.ts.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { gotongPaths } from '../../src/core/paths.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import {
  Attacker,
  attackSuite,
  buildScene,
  daysFromNow,
  evilRelease,
  expectRefusedIntact,
  expectVerifyFails,
  legitimately,
  newMachineInstall,
  padded,
  publishVersion,
  REGISTRY_NAME,
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

/** From now on the victim's clock reads `days` days later. */
function clockAhead(days: number): void {
  vi.useFakeTimers({ toFake: ['Date'], now: daysFromNow(days) });
}

/** An administrator's change made with gotong's writer, with its expiry options. */
async function adminChange(options: Parameters<Attacker['withWriter']>[0], build: Parameters<Attacker['withWriter']>[1]): Promise<void> {
  const admin = await Attacker.clone(scene, 'admin-clone');
  await admin.withWriter(options, build);
  await admin.commitAndPush('admin change');
}

describe('freeze (TUF 1.0 sections 5.3.10, 5.4.4, 5.5.6, 5.6.5)', () => {
  attack('a registry frozen past its timestamp\'s expiry is refused', async () => {
    clockAhead(8);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => victimInstall(scene));
    expect(error.message).toMatch(/Final timestamp\.json is expired/);
    await expectVerifyFails(scene, /timestamp\.json: expired at/);
  });

  attack('a frozen registry is noticed by an install with nothing to do, once its last check is older than a day', async () => {
    clockAhead(8);
    // Kubu Raya's workspace is as its last install left it: only the age of that install's check sends it to the registry.
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => victimInstall(scene, []));
    expect(error.message).toMatch(/Final timestamp\.json is expired/);
  });

  attack('an expired snapshot under a fresh timestamp is refused', async () => {
    await adminChange({ expiry: { snapshot: 1 } }, (writer) => writer.refreshTimestamp(scene.keys.online.signer));
    clockAhead(2);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => victimInstall(scene));
    expect(error.message).toMatch(/snapshot\.json is expired/);
    await expectVerifyFails(scene, /snapshot\.json: expired at/);
  });

  attack('an expired targets role is refused', async () => {
    const jakarta = await makeKey(scene.world, 'jakarta');
    await adminChange({ expiry: { targets: 1 } }, (writer) => {
      writer.addNamespace('jakarta', [jakarta.signer], 1, [scene.keys.admins[0].signer, scene.keys.admins[1].signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    clockAhead(2);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => victimInstall(scene));
    expect(error.message).toMatch(/targets\.json is expired/);
    await expectVerifyFails(scene, /targets\.json: expired at/);
  });

  attack('an expired namespace role is refused', async () => {
    await adminChange({ expiry: { namespace: 1 } }, async (writer) => {
      await writer.putTargets('bandung', [], [scene.keys.bandungCi.signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    clockAhead(2);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => victimInstall(scene));
    expect(error.message).toMatch(/bandung\.json is expired/);
    await expectVerifyFails(scene, /bandung\.json: expired at/);
  });

  attack('an expired root is refused', async () => {
    await adminChange({ expiry: { root: 1 } }, (writer) => {
      writer.rotateRoot({}, [scene.keys.admins[0].signer, scene.keys.admins[1].signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    clockAhead(2);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => victimInstall(scene));
    expect(error.message).toMatch(/Final root\.json is expired/);
    await expectVerifyFails(scene, /2\.root\.json: expired at/);
  });

  attack('an old but validly signed commit replayed by the git host is refused, by old and new machines alike', async () => {
    const mallory = await Attacker.clone(scene);
    const old = await mallory.head();
    // Nine days on, the administrators refresh the timestamp and the victim sees it.
    await legitimately(scene, (writer) => writer.refreshTimestamp(scene.keys.online.signer), { now: daysFromNow(9) });
    clockAhead(10);
    await victimInstall(scene, ['@bandung/ui-kit']);
    // The git host serves the nine-day-old commit again: every signature on it is genuine.
    await mallory.resetRemoteTo(old);
    await expectRefusedIntact(scene, 'GOTONG_E_METADATA_ROLLBACK', () => victimInstall(scene));
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => newMachineInstall(scene));
    expect(error.message).toMatch(/timestamp\.json is expired/);
  });
});

describe('--offline, once the cached metadata has expired', () => {
  /** Kubu Raya's install without the network, after `module`'s folder was removed (so it has work to do). */
  async function offlineInstall(module: string) {
    await fs.rm(join(scene.workspace, 'gotong_modules', ...module.split('/')), { recursive: true });
    return expectRefusedIntact(scene, 'GOTONG_E_METADATA_EXPIRED', () => install({ cwd: scene.workspace, offline: true, reporter: new MemoryReporter(), env: scene.world.env }));
  }

  it('says that the cached timestamp expired, and when, instead of naming a file missing from the cache', async () => {
    const expires = JSON.parse(await fs.readFile(join(gotongPaths(scene.world.env).trustDir(REGISTRY_NAME), 'timestamp.json'), 'utf8')).signed.expires;
    clockAhead(8);
    const error = await offlineInstall('@bandung/ui-kit');
    expect(error.message).toBe(`the cached signed metadata of registry "${REGISTRY_NAME}" expired on ${expires} (timestamp.json), and --offline cannot fetch fresh metadata`);
    expect(error.hint).toMatch(/without --offline so that a fresh timestamp can be fetched.*ask the registry administrators to refresh/);
    expect(error.details).toEqual({ file: 'timestamp.json', expires });
  });

  it('says so for an expired namespace role too', async () => {
    await adminChange({ expiry: { namespace: 1 } }, async (writer) => {
      await writer.putTargets('bandung', [], [scene.keys.bandungCi.signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    await victimInstall(scene);
    clockAhead(2);
    const error = await offlineInstall('@bandung/ui-kit');
    expect(error.message).toMatch(new RegExp(`^the cached signed metadata of registry "${REGISTRY_NAME}" expired on \\S+Z \\(bandung\\.json\\)`));
  });
});

describe('endless data (TUF 1.0 sections 5.3.3, 5.4.1, 5.5.1, 5.6.1, 5.7.3)', () => {
  attack('a timestamp larger than allowed is refused', async () => {
    const mallory = await Attacker.clone(scene);
    await mallory.write('metadata/timestamp.json', padded(await mallory.read('metadata/timestamp.json'), 64 * 1024));
    await mallory.commitAndPush('big timestamp');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/larger than allowed/);
  });

  attack('a next root larger than allowed is refused', async () => {
    const mallory = await Attacker.clone(scene);
    await mallory.write('metadata/2.root.json', padded(await mallory.read('metadata/1.root.json'), 600 * 1024));
    await mallory.commitAndPush('big root');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/larger than allowed/);
  });

  attack('a snapshot larger than the timestamp records is refused', async () => {
    await publishVersion(scene, VICTIM_MODULE, '1.1.0', [scene.keys.bandungCi.signer]);
    const mallory = await Attacker.clone(scene);
    await mallory.write('metadata/8.snapshot.json', padded(await mallory.read('metadata/8.snapshot.json'), 256 * 1024));
    await mallory.commitAndPush('big snapshot');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/larger than allowed/);
  });

  attack('a targets role larger than allowed is refused', async () => {
    const jakarta = await makeKey(scene.world, 'jakarta');
    await legitimately(scene, (writer) => {
      writer.addNamespace('jakarta', [jakarta.signer], 1, [scene.keys.admins[0].signer, scene.keys.admins[1].signer]);
      writer.refreshTimestamp(scene.keys.online.signer);
    });
    const mallory = await Attacker.clone(scene);
    const rel = await mallory.roleRel('targets');
    await mallory.write(rel, padded(await mallory.read(rel), 5_100_000));
    await mallory.commitAndPush('big targets');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene));
    expect(error.message).toMatch(/larger than allowed/);
  });

  attack('a namespace role larger than allowed is refused', async () => {
    await publishVersion(scene, VICTIM_MODULE, '1.1.0', [scene.keys.bandungCi.signer]);
    const mallory = await Attacker.clone(scene);
    const rel = await mallory.roleRel('bandung');
    await mallory.write(rel, padded(await mallory.read(rel), 5_100_000));
    await mallory.commitAndPush('big bandung');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_METADATA_INVALID', () => victimInstall(scene, [`${VICTIM_MODULE}@^1.1.0`]));
    expect(error.message).toMatch(/larger than allowed/);
  });

  attack('a tarball larger than its signed length is refused before it is read', async () => {
    const mallory = await Attacker.clone(scene);
    const rel = await storedTarget(mallory, 'bandung/peta-dasar/peta-dasar-1.0.0.tgz');
    await mallory.write(rel, padded(await mallory.read(rel), 8 * 1024 * 1024));
    await mallory.commitAndPush('big tarball');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_TARGET_MISMATCH', () => victimInstall(scene));
    expect(error.message).toMatch(/larger than the \d+ bytes allowed/);
    await expectVerifyFails(scene, /peta-dasar-1\.0\.0\.tgz: .*larger than the \d+ bytes allowed/);
  });

  attack('a tarball signed as larger than any module may be (publisher and online key stolen) is refused before download', async () => {
    const mallory = await Attacker.clone(scene);
    const huge = 3 * 1024 * 1024 * 1024;
    const release = await evilRelease(mallory, VICTIM_MODULE, '1.0.1', huge);
    const version = await mallory.forgeRole('bandung', release, [scene.keys.bandungCi.signer], { lengths: { 'bandung/peta-dasar/peta-dasar-1.0.1.tgz': huge } });
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('endless tarball');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_ARCHIVE_TOO_LARGE', () => victimInstall(scene, [`${VICTIM_MODULE}@1.0.1`]));
    expect(error.message).toMatch(/signed as 3221225472 bytes/);
  });

  attack('a module index signed as larger than allowed is refused before download', async () => {
    const mallory = await Attacker.clone(scene);
    const index = await mallory.read(await storedTarget(mallory, 'bandung/peta-dasar/index.json'));
    const version = await mallory.forgeRole('bandung', { 'bandung/peta-dasar/index.json': index }, [scene.keys.bandungCi.signer], { lengths: { 'bandung/peta-dasar/index.json': 64 * 1024 * 1024 } });
    await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
    await mallory.commitAndPush('endless index');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_TARGET_MISMATCH', () => victimInstall(scene));
    expect(error.message).toMatch(/index of @bandung\/peta-dasar is larger than allowed/);
  });
});
