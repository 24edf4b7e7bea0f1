// The local trusted-metadata folder (GOTONG_HOME/trust/<registry>) is the
// client's memory of what it has verified. When it is truncated (a full disk,
// a power cut) or corrupted (a local user, a bad backup restore), gotong stops
// with GOTONG_E_TRUST_STORE_CORRUPT and a hint; the recovery the hint and
// docs/SECURITY.md describe is then carried out and must work.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { gotongPaths } from '../../src/core/paths.js';
import { attackSuite, buildScene, expectRefusedIntact, REGISTRY_NAME, trustedVersions, victimInstall, VICTIM_MODULE, type Scene } from '../helpers/attack-kit.js';

const attack = attackSuite(import.meta.url);
let scene: Scene;
let trustDir: string;

beforeAll(async () => {
  scene = await buildScene();
  trustDir = gotongPaths(scene.world.env).trustDir(REGISTRY_NAME);
}, 120_000);
afterAll(() => scene?.cleanup());
beforeEach(() => scene.restore());

/** Refused as corrupt, the damaged file left as it was, and the hint names the way out. */
async function expectCorrupt(file: string): Promise<string> {
  const damaged = await fs.readFile(join(trustDir, file)).catch(() => null);
  const error = await expectRefusedIntact(scene, 'GOTONG_E_TRUST_STORE_CORRUPT', () => victimInstall(scene));
  expect(error.message).toContain(file);
  expect(await fs.readFile(join(trustDir, file)).catch(() => null)).toEqual(damaged);
  return error.hint ?? '';
}

/** The victim's command succeeds again and the client remembers the registry's newest versions. */
async function expectRecovered(): Promise<void> {
  const result = await victimInstall(scene);
  expect(result.changed).toEqual([VICTIM_MODULE]);
  expect(await trustedVersions(scene)).toMatchObject({ timestamp: 7, snapshot: 7, targets: 3, bandung: 3 });
}

describe('a damaged trust folder (docs/SECURITY.md, "Recovering a damaged trust folder")', () => {
  attack('a truncated timestamp.json: clear error, and deleting the file named in the hint recovers', async () => {
    const file = join(trustDir, 'timestamp.json');
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const hint = await expectCorrupt('timestamp.json');
    expect(hint).toContain(`Delete ${file}`);
    await fs.rm(file);
    await expectRecovered();
  });

  attack('an empty root.json: clear error, and deleting it recovers from the pinned first root', async () => {
    const file = join(trustDir, 'root.json');
    await fs.writeFile(file, '');
    const hint = await expectCorrupt('root.json');
    expect(hint).toContain(`Delete ${file}`);
    expect(hint).toMatch(/pinned fingerprint/);
    await fs.rm(file);
    await expectRecovered();
  });

  attack('a root.json whose signature was tampered with: clear error, and deleting the whole folder recovers', async () => {
    const file = join(trustDir, 'root.json');
    const root = JSON.parse(await fs.readFile(file, 'utf8')) as { signatures: Array<{ sig: string }> };
    for (const signature of root.signatures) signature.sig = signature.sig.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await fs.writeFile(file, JSON.stringify(root));
    const hint = await expectCorrupt('root.json');
    expect(hint).toMatch(/not a root signed by its own keys|Delete/);
    await fs.rm(trustDir, { recursive: true });
    await expectRecovered();
  });

  attack('a snapshot.json that became a folder: clear error, and deleting it recovers', async () => {
    const file = join(trustDir, 'snapshot.json');
    await fs.rm(file);
    await fs.mkdir(file);
    const hint = await expectCorrupt('snapshot.json');
    expect(hint).toContain(`(or the whole folder ${trustDir})`);
    await fs.rm(file, { recursive: true });
    await expectRecovered();
  });

  attack('a targets file with garbage in it: clear error, and deleting the whole folder recovers', async () => {
    await fs.writeFile(join(trustDir, 'bandung.json'), Buffer.from([0xff, 0x00, 0x7b]));
    await expectCorrupt('bandung.json');
    await fs.rm(trustDir, { recursive: true });
    await expectRecovered();
  });

  attack('a module role rewritten in the trust folder (valid JSON, altered hashes) is verified again, not trusted from the record', async () => {
    // The scene's install verified the role and recorded it in .verified.
    const lock = JSON.parse(await fs.readFile(join(scene.workspace, 'gotong-lock.json'), 'utf8')) as { modules: Record<string, { target: string }> };
    const tarball = lock.modules['@bandung/e-musrenbang'].target;
    const file = join(trustDir, 'bandung.e-musrenbang.json');
    const role = JSON.parse(await fs.readFile(file, 'utf8')) as { signed: { targets: Record<string, { hashes: Record<string, string> }> } };
    role.signed.targets[tarball].hashes.sha512 = '0'.repeat(128);
    await fs.writeFile(file, JSON.stringify(role));
    await fs.rm(join(scene.workspace, 'gotong_modules'), { recursive: true, force: true });
    // tuf-js finds the local copy's signatures broken, fetches the registry's and verifies it;
    // trusted as it is, the altered hash would not match the lockfile's.
    const result = await victimInstall(scene, []);
    expect(result.changed).toContain('@bandung/e-musrenbang');
    const restored = JSON.parse(await fs.readFile(file, 'utf8')) as typeof role;
    expect(restored.signed.targets[tarball].hashes.sha512).not.toBe('0'.repeat(128));
  });

  attack('a garbled record of verified files is ignored: everything is verified again and recorded anew', async () => {
    const record = join(trustDir, '.verified');
    await fs.writeFile(record, 'bandung.json zz not-a-hash\n\u0000\u0001garbage');
    await expectRecovered();
    const lines = (await fs.readFile(record, 'utf8')).split('\n').filter((line) => /^[a-z0-9.-]+\.json [0-9a-f]{64} ([0-9a-f]{64}|root)$/.test(line));
    expect(lines.map((line) => line.split(' ')[0]).sort()).toEqual(expect.arrayContaining(['bandung.json', 'root.json', 'snapshot.json', 'targets.json', 'timestamp.json']));
  });
});
