// Attacks by a member that holds a valid key (docs/SECURITY.md, "Attacks by
// a member that holds a valid key"): Bandung's CI key and the online key,
// which a publishing pipeline holds, sign an index entry whose bytes are
// genuinely signed but are not the module the entry describes. TUF accepts
// all of it; gotong must not. Setup: test/helpers/attack-kit.ts.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { packModule } from '../../src/archive/pack.js';
import { gotongPaths } from '../../src/core/paths.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { ModuleStore } from '../../src/install/store.js';
import { publish } from '../../src/publish/publish.js';
import { moduleInfo } from '../../src/query/info.js';
import { hostileTgz } from '../helpers/hostile-tar.js';
import {
  Attacker,
  attackSuite,
  buildScene,
  entryFor,
  expectRefusedIntact,
  expectVerifyFails,
  forgedIndex,
  indexWithEntry,
  newMachineInstall,
  REGISTRY_NAME,
  storedTarget,
  victimInstall,
  VICTIM_MODULE,
  type Scene,
} from '../helpers/attack-kit.js';
import { writeModule } from '../helpers/modules.js';

const attack = attackSuite(import.meta.url);
let scene: Scene;

beforeAll(async () => {
  scene = await buildScene();
}, 120_000);
afterAll(() => scene?.cleanup());
beforeEach(() => scene.restore());

const EVIL = `${VICTIM_MODULE}@1.0.1`;
const EVIL_TARGET = 'bandung/peta-dasar/peta-dasar-1.0.1.tgz';

/** Bandung's keys sign `targets` into the bandung role, and the online key a snapshot naming it. */
async function signedByBandung(mallory: Attacker, targets: Record<string, Buffer>): Promise<void> {
  const version = await mallory.forgeRole('bandung', targets, [scene.keys.bandungCi.signer]);
  await mallory.republish({ signers: [scene.keys.online.signer], roles: { bandung: version } });
  await mallory.commitAndPush('bandung signs a misleading entry');
}

/** A genuine tarball of the registry, as published. */
async function genuine(mallory: Attacker, target: string): Promise<Buffer> {
  return mallory.read(await storedTarget(mallory, target));
}

/** @bandung/peta-dasar 1.0.1, signed with `tarball`'s bytes. */
async function releaseWith(tarball: Buffer): Promise<Attacker> {
  const mallory = await Attacker.clone(scene);
  await signedByBandung(mallory, { [EVIL_TARGET]: tarball, 'bandung/peta-dasar/index.json': await forgedIndex(mallory, VICTIM_MODULE, '1.0.1', tarball) });
  return mallory;
}

function integrityOf(tarball: Buffer): string {
  return entryFor(EVIL_TARGET, tarball).integrity as string;
}

describe('a tarball must be the module its signed entry describes', () => {
  attack('another module\'s tarball signed as a version of this one is refused on a machine that downloads it', async () => {
    const mallory = await Attacker.clone(scene);
    await releaseWith(await genuine(mallory, 'bandung/ui-kit/ui-kit-1.0.0.tgz'));
    const error = await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => newMachineInstall(scene, [EVIL]));
    expect(error.message).toBe(`${VICTIM_MODULE}@1.0.1: its gotong.json names the module "@bandung/ui-kit", not ${VICTIM_MODULE}`);
    expect(error.details).toMatchObject({ module: VICTIM_MODULE, version: '1.0.1', field: 'name', inTarball: '@bandung/ui-kit' });
  });

  attack('another module\'s tarball is refused when its bytes come from the cache into the store, and again when linked from the store', async () => {
    const mallory = await Attacker.clone(scene);
    const uiKit = await genuine(mallory, 'bandung/ui-kit/ui-kit-1.0.0.tgz');
    await releaseWith(uiKit);
    const store = new ModuleStore(gotongPaths(scene.world.env).storeDir);
    // The victim installed @bandung/ui-kit before: its bytes are in the cache, not yet in the store.
    expect(store.open(integrityOf(uiKit))).toBeNull();
    await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => victimInstall(scene, [EVIL]));
    // That attempt made the store entry of those bytes (ui-kit's files); the next one links it.
    expect(store.open(integrityOf(uiKit))?.files.map((f) => f.path)).toContain('gotong.json');
    const error = await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => victimInstall(scene, [EVIL]));
    expect(error.details).toMatchObject({ field: 'name', inTarball: '@bandung/ui-kit' });
  });

  attack('a store entry of another module is not linked ahead under --frozen for a lockfile that names those bytes', async () => {
    const mallory = await Attacker.clone(scene);
    const uiKit = await genuine(mallory, 'bandung/ui-kit/ui-kit-1.0.0.tgz');
    await releaseWith(uiKit);
    // A second app of Kubu Raya installs @bandung/ui-kit from the cache: the store now holds its files.
    const second = scene.world.path('kuburaya-second');
    await fs.mkdir(second);
    await install({ cwd: second, add: ['@bandung/ui-kit'], reporter: new MemoryReporter(), env: scene.world.env });
    expect(new ModuleStore(gotongPaths(scene.world.env).storeDir).open(integrityOf(uiKit))).not.toBeNull();
    // A server deploys a lockfile (say, from a merge request) that locks the forged version.
    const server = scene.world.path('server');
    await fs.mkdir(server);
    const lock = JSON.parse(await fs.readFile(join(scene.workspace, 'gotong-lock.json'), 'utf8'));
    const manifest = JSON.parse(await fs.readFile(join(scene.workspace, 'gotong.json'), 'utf8'));
    manifest.dependencies[VICTIM_MODULE] = '1.0.1';
    lock.requested[VICTIM_MODULE] = '1.0.1';
    lock.modules[VICTIM_MODULE] = { version: '1.0.1', target: EVIL_TARGET, length: uiKit.length, integrity: integrityOf(uiKit), dependencies: {} };
    await fs.writeFile(join(server, 'gotong.json'), JSON.stringify(manifest, null, 2));
    await fs.writeFile(join(server, 'gotong-lock.json'), JSON.stringify(lock, null, 2));
    const error = await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => install({ cwd: server, registry: REGISTRY_NAME, frozen: true, reporter: new MemoryReporter(), env: scene.world.env }));
    expect(error.details).toMatchObject({ module: VICTIM_MODULE, field: 'name' });
    expect(await fs.readdir(join(server, 'gotong_modules', '@bandung')).catch(() => [])).toEqual([]);
  });

  attack('an older version\'s tarball signed as a newer version is refused', async () => {
    const mallory = await Attacker.clone(scene);
    await releaseWith(await genuine(mallory, 'bandung/peta-dasar/peta-dasar-1.0.0.tgz'));
    const error = await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => victimInstall(scene, [EVIL]));
    expect(error.message).toBe(`${VICTIM_MODULE}@1.0.1: its gotong.json names version "1.0.0", not 1.0.1`);
  });

  attack('a tarball whose gotong.json depends on a module its signed entry does not list is refused', async () => {
    // The resolver chose the tree by the entry's dependencies; the module itself asks for another.
    const dir = await writeModule(scene.world.path('src', 'peta-dasar-evil'), { name: VICTIM_MODULE, version: '1.0.1', dependencies: { '@kuburaya/portal': '^1.0.0' } });
    await releaseWith((await packModule(dir)).bytes);
    const error = await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => victimInstall(scene, [EVIL]));
    expect(error.message).toBe(`${VICTIM_MODULE}@1.0.1: its gotong.json depends on "@kuburaya/portal", which the signed index entry does not list`);
    expect(error.details).toMatchObject({ field: 'dependencies', inTarball: { '@kuburaya/portal': '^1.0.0' }, signed: {} });
  });

  attack('a tarball with no gotong.json is refused', async () => {
    await releaseWith(hostileTgz([{ name: 'index.html', data: '<h1>Peta Dasar</h1>\n' }]));
    const error = await expectRefusedIntact(scene, 'GOTONG_E_MANIFEST_MISMATCH', () => victimInstall(scene, [EVIL]));
    expect(error.message).toBe(`${VICTIM_MODULE}@1.0.1: its tarball has no gotong.json at its root`);
  });

  it('compares dependencies as maps: a module whose gotong.json lists them in another order than the index installs', async () => {
    const name = '@bandung/sabilulungan';
    // The index stores dependencies sorted; this gotong.json has them the other way round.
    const dir = await writeModule(scene.world.path('src', 'sabilulungan'), { name, version: '1.0.0', dependencies: { '@bandung/ui-kit': '^1.0.0', '@bandung/peta-dasar': '^1.0.0' } });
    await publish({ dir, location: scene.location, signers: [scene.keys.bandungCi.signer], onlineKey: scene.keys.online.signer, reporter: new MemoryReporter(), env: scene.world.env });
    const result = await victimInstall(scene, [name]);
    expect(result.changed).toContain(name);
    // And again through the store, on a second workspace.
    const second = scene.world.path('kuburaya-second');
    await fs.mkdir(second);
    await install({ cwd: second, add: [name], reporter: new MemoryReporter(), env: scene.world.env });
    expect(JSON.parse(await fs.readFile(join(second, 'gotong_modules', '@bandung', 'sabilulungan', 'gotong.json'), 'utf8')).name).toBe(name);
  });
});

describe('an index entry must name its own module\'s file', () => {
  attack('an entry naming another member\'s genuinely signed tarball is refused by install, info, publish and registry verify', async () => {
    const mallory = await Attacker.clone(scene);
    const portal = await genuine(mallory, 'kuburaya/portal/portal-1.0.0.tgz');
    await signedByBandung(mallory, { 'bandung/peta-dasar/index.json': await indexWithEntry(mallory, VICTIM_MODULE, '1.0.1', entryFor('kuburaya/portal/portal-1.0.0.tgz', portal)) });
    const error = await expectRefusedIntact(scene, 'GOTONG_E_REGISTRY_INVALID', () => victimInstall(scene, [EVIL]));
    expect(error.message).toMatch(/"versions"\."1\.0\.1"\."target" must be "bandung\/peta-dasar\/peta-dasar-1\.0\.1\.tgz" \(got "kuburaya\/portal\/portal-1\.0\.0\.tgz"\)/);
    await expectRefusedIntact(scene, 'GOTONG_E_REGISTRY_INVALID', () => moduleInfo(VICTIM_MODULE, { cwd: scene.workspace, reporter: new MemoryReporter(), env: scene.world.env }));
    // Bandung's own pipeline does not carry the entry into a new, re-signed index.
    const dir = await writeModule(scene.world.path('src', 'peta-dasar-1.0.2'), { name: VICTIM_MODULE, version: '1.0.2' });
    await expectRefusedIntact(scene, 'GOTONG_E_REGISTRY_INVALID', () => publish({ dir, location: scene.location, signers: [scene.keys.bandungCi.signer], onlineKey: scene.keys.online.signer, reporter: new MemoryReporter(), env: scene.world.env }));
    await expectVerifyFails(scene, /bandung\/peta-dasar\/index\.json: .*"target" must be "bandung\/peta-dasar\/peta-dasar-1\.0\.1\.tgz"/);
  });

  attack('an entry naming another module of the same member is refused', async () => {
    const mallory = await Attacker.clone(scene);
    const uiKit = await genuine(mallory, 'bandung/ui-kit/ui-kit-1.0.0.tgz');
    await signedByBandung(mallory, { 'bandung/peta-dasar/index.json': await indexWithEntry(mallory, VICTIM_MODULE, '1.0.1', entryFor('bandung/ui-kit/ui-kit-1.0.0.tgz', uiKit)) });
    const error = await expectRefusedIntact(scene, 'GOTONG_E_REGISTRY_INVALID', () => victimInstall(scene, [EVIL]));
    expect(error.message).toContain('(got "bandung/ui-kit/ui-kit-1.0.0.tgz")');
  });
});
