// The module store (src/install/store.ts): the first install of a module
// version extracts it straight into the workspace; from the second on, it is
// extracted once into the store and hard-linked into each workspace. Installed
// files are read-only either way, and an entry changed behind gotong's back
// (found by hashing its files before they are linked) is made again from the
// tarball instead of being linked.
import { promises as fs, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { verifyInstalled } from '../../src/install/verify-installed.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry } from '../helpers/registry.js';

const CONFIG = 'export const kodeWilayah = "32.73";\n';
const EDITED = 'export const kodeWilayah = "61.12";\n';
const WILAYAH = 'config/wilayah.js';

describe('the module store', () => {
  let world: TestWorld;
  let env: NodeJS.ProcessEnv;

  /** Installs e-musrenbang into a new workspace; returns its folder and whether each module was extracted or linked. */
  async function installInto(name: string, environment = env) {
    const cwd = world.path(name);
    await fs.mkdir(cwd, { recursive: true });
    const result = await install({ cwd, add: ['@bandung/e-musrenbang'], reporter: new MemoryReporter(), env: environment });
    return { cwd, result, file: (module: string, path: string) => join(cwd, 'gotong_modules', ...module.split('/'), ...path.split('/')) };
  }

  async function storeEntries(home = env.GOTONG_HOME!): Promise<string[]> {
    const root = join(home, 'store', 'v1');
    const out: string[] = [];
    for (const prefix of await fs.readdir(root).catch(() => [])) for (const rest of await fs.readdir(join(root, prefix))) out.push(join(root, prefix, rest));
    return out;
  }

  /** The store's copy of ui-kit's config/wilayah.js (one entry holds it). */
  async function storedWilayah(): Promise<string> {
    const found = [];
    for (const entry of await storeEntries()) {
      const path = join(entry, 'tree', ...WILAYAH.split('/'));
      if (await fs.stat(path).then(() => true, () => false)) found.push(path);
    }
    expect(found).toHaveLength(1);
    return found[0];
  }

  /** An edit forced on a read-only installed file, as root or after chmod would make it. */
  async function forceEdit(path: string, content: string | Buffer): Promise<void> {
    await fs.chmod(path, 0o644);
    await fs.writeFile(path, content);
  }

  beforeAll(async () => {
    world = makeWorld();
    env = world.env;
    const registry = await makeRegistry(world);
    await writeModule(world.path('src/ui-kit'), { name: '@bandung/ui-kit', version: '1.2.0' }, { 'ui.css': 'body{}', 'config/wilayah.js': CONFIG });
    await writeModule(world.path('src/app'), { name: '@bandung/e-musrenbang', version: '2.1.0', dependencies: { '@bandung/ui-kit': '^1.0.0' } });
    await registry.publishDir(world.path('src/ui-kit'));
    await registry.publishDir(world.path('src/app'));
  });
  afterAll(() => world.cleanup());

  it('extracts a first install in place, then links one stored copy into every later workspace, read-only, without reading the tarballs again', async () => {
    const first = await installInto('kota-a');
    expect(await storeEntries()).toEqual([]);
    const firstFile = statSync(first.file('@bandung/ui-kit', 'config/wilayah.js'));
    expect(firstFile.mode & 0o222).toBe(0);
    expect(firstFile.nlink).toBe(1);

    // The second install finds the tarballs in the cache and makes the store's entries.
    const second = await installInto('kota-b');
    expect(await storeEntries()).toHaveLength(2);
    // From then on the tarballs are not needed.
    await fs.rm(join(env.GOTONG_HOME!, 'cache'), { recursive: true, force: true });
    const third = await installInto('kota-c');
    expect(third.result.changed.sort()).toEqual(['@bandung/e-musrenbang', '@bandung/ui-kit']);

    const b = statSync(second.file('@bandung/ui-kit', 'config/wilayah.js'));
    const c = statSync(third.file('@bandung/ui-kit', 'config/wilayah.js'));
    expect(c.ino).toBe(b.ino);
    expect(c.ino).not.toBe(firstFile.ino);
    expect(b.nlink).toBeGreaterThanOrEqual(3); // the store's copy and two workspaces
    expect(b.mode & 0o222).toBe(0);
    expect(await fs.readFile(third.file('@bandung/ui-kit', 'config/wilayah.js'), 'utf8')).toBe(CONFIG);
    for (const done of [first, second, third]) expect((await verifyInstalled(done.cwd)).ok).toBe(true);
  });

  it('makes an entry again when a linked file was edited, and gotong verify shows the edit where it was linked', async () => {
    const edited = await installInto('kota-edit');
    const path = edited.file('@bandung/ui-kit', 'config/wilayah.js');
    await fs.chmod(path, 0o644);
    // A later modification time than the entry's seal, as any real edit has.
    await fs.writeFile(path, 'export const kodeWilayah = "61.12";\n');
    await fs.utimes(path, new Date(), new Date(Date.now() + 5_000));

    const fresh = await installInto('kota-fresh');
    expect(await fs.readFile(fresh.file('@bandung/ui-kit', 'config/wilayah.js'), 'utf8')).toBe(CONFIG);
    expect(statSync(fresh.file('@bandung/ui-kit', 'config/wilayah.js')).ino).not.toBe(statSync(path).ino);
    expect((await verifyInstalled(fresh.cwd)).ok).toBe(true);
    const report = await verifyInstalled(edited.cwd);
    expect(report.ok).toBe(false);
    expect(report.changed).toEqual(['@bandung/ui-kit/config/wilayah.js']);
    // The edited entry is gone; the cache no longer had its tarball (removed above), so the
    // fresh workspace got it from the registry, extracted in place.
    expect(await storeEntries()).toHaveLength(1);
  });

  it('makes an entry again when one of its files is missing or its file list names a path outside it', async () => {
    const [entry] = (await storeEntries()).sort();
    await fs.rm(join(entry, 'tree'), { recursive: true, force: true });
    // What a killed install left half-made (a process id no system hands out) is swept away
    // when entries are made again; this process's own folders are not.
    const tmp = join(env.GOTONG_HOME!, 'store', 'tmp');
    await fs.mkdir(join(tmp, '4194305-abandoned-0', 'tree'), { recursive: true });
    await fs.mkdir(join(tmp, `${process.pid}-busy-0`), { recursive: true });
    const afterMissing = await installInto('kota-missing');
    expect((await verifyInstalled(afterMissing.cwd)).ok).toBe(true);
    expect(await fs.readdir(tmp)).toEqual([`${process.pid}-busy-0`]);
    await fs.rm(join(tmp, `${process.pid}-busy-0`), { recursive: true });

    for (const dir of await storeEntries()) {
      const list = join(dir, 'files.json');
      const files = JSON.parse(await fs.readFile(list, 'utf8'));
      files.files[0].path = '../../../escaped.txt';
      await fs.chmod(list, 0o644);
      await fs.writeFile(list, JSON.stringify(files));
    }
    const afterHostile = await installInto('kota-hostile');
    expect((await verifyInstalled(afterHostile.cwd)).ok).toBe(true);
    await expect(fs.access(join(env.GOTONG_HOME!, 'escaped.txt'))).rejects.toThrow();
    expect(await storeEntries()).toHaveLength(2);
  });

  it('with --frozen, links stored modules while the registry is read, and drops them when the signed metadata names other bytes or the registry cannot be read', async () => {
    const source = await installInto('kota-frozen-source');
    await installInto('kota-frozen-store'); // the second install makes the store's entries
    const cwd = world.path('kota-frozen');
    await fs.mkdir(cwd);
    for (const file of ['gotong.json', 'gotong-lock.json']) await fs.copyFile(join(source.cwd, file), join(cwd, file));
    const lockText = await fs.readFile(join(cwd, 'gotong-lock.json'), 'utf8');
    const frozen = () => install({ cwd, frozen: true, reporter: new MemoryReporter(), env });
    const staging = join(cwd, 'gotong_modules', '.gotong', 'staging');

    const done = await frozen();
    expect(done.changed.sort()).toEqual(['@bandung/e-musrenbang', '@bandung/ui-kit']);
    const linked = join(cwd, 'gotong_modules', '@bandung', 'ui-kit', 'config', 'wilayah.js');
    expect(statSync(linked).nlink).toBeGreaterThanOrEqual(3);
    const before = statSync(linked).ino;

    // A lockfile that names another stored module's bytes for ui-kit: the store
    // has an entry for them, so they are linked ahead, then refused and removed.
    const lock = JSON.parse(lockText);
    lock.modules['@bandung/ui-kit'].integrity = lock.modules['@bandung/e-musrenbang'].integrity;
    await fs.writeFile(join(cwd, 'gotong-lock.json'), JSON.stringify(lock, null, 2) + '\n');
    await fs.rm(join(cwd, 'gotong_modules', '@bandung', 'ui-kit'), { recursive: true });
    await expect(frozen()).rejects.toMatchObject({ code: 'GOTONG_E_TARGET_MISMATCH' });
    expect(await fs.readdir(staging).catch(() => [])).toEqual([]);
    expect(await fs.readdir(join(cwd, 'gotong_modules', '@bandung'))).toEqual(['e-musrenbang']);

    // A registry that cannot be read: nothing linked ahead is left behind.
    await fs.writeFile(join(cwd, 'gotong-lock.json'), lockText);
    const remote = world.path('registry.git');
    await fs.rename(remote, `${remote}-away`);
    try {
      await expect(frozen()).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_UNREACHABLE' });
    } finally {
      await fs.rename(`${remote}-away`, remote);
    }
    expect(await fs.readdir(staging).catch(() => [])).toEqual([]);

    const again = await frozen();
    expect(again.changed).toEqual(['@bandung/ui-kit']);
    expect(statSync(linked).ino).toBe(before);
    expect((await verifyInstalled(cwd)).ok).toBe(true);
  });

  it('hashes an entry before linking it: a byte flipped with its size and times kept is not installed, and the entry is made again', async () => {
    await installInto('kota-flip-cache'); // the tarballs in the cache, the entries in the store
    await installInto('kota-flip-store');
    const stored = await storedWilayah();
    const before = statSync(stored);
    const bytes = await fs.readFile(stored);
    bytes[bytes.indexOf('73')] ^= 0x01; // "32.73" becomes "32.63": same size
    await forceEdit(stored, bytes);
    await fs.chmod(stored, 0o444);
    // The times put back (to the millisecond, which is what utimes takes from a Date, rounded down).
    await fs.utimes(stored, before.atime, new Date(Math.floor(before.mtimeMs)));
    expect(statSync(stored).size).toBe(before.size);
    expect(statSync(stored).mtimeMs).toBeLessThanOrEqual(before.mtimeMs);

    const cwd = world.path('kota-flip');
    await fs.mkdir(cwd);
    const run = await gotong(['install', '@bandung/e-musrenbang'], { cwd, env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const installed = join(cwd, 'gotong_modules', '@bandung', 'ui-kit', ...WILAYAH.split('/'));
    expect(await fs.readFile(installed, 'utf8')).toBe(CONFIG);
    // The entry was made again from the cached tarball, and the workspace links the new one.
    const remade = await storedWilayah();
    expect(await fs.readFile(remade, 'utf8')).toBe(CONFIG);
    expect(statSync(remade).ino).toBe(statSync(installed).ino);
    expect(statSync(remade).ino).not.toBe(before.ino);
    expect((await verifyInstalled(cwd)).ok).toBe(true);
  });

  it('puts back, on `gotong install --frozen`, the files `gotong verify` found changed, missing or added', async () => {
    const { cwd, file } = await installInto('kota-repair');
    await forceEdit(file('@bandung/ui-kit', WILAYAH), EDITED);
    await fs.rm(file('@bandung/e-musrenbang', 'README.md'), { force: true });
    await fs.writeFile(file('@bandung/ui-kit', 'shell.php'), '<?php system($_GET["c"]);\n');
    const verify = await gotong(['verify'], { cwd, env });
    expect(verify.code).toBe(5);
    expect(verify.stderr).toContain('changed @bandung/ui-kit/config/wilayah.js');
    expect(verify.stderr).toContain('missing @bandung/e-musrenbang/README.md');
    expect(verify.stderr).toContain('extra   @bandung/ui-kit/shell.php');

    const repaired = await gotong(['install', '--frozen', '--json'], { cwd, env });
    expect(repaired.code).toBe(0);
    expect(repaired.json).toMatchObject({ ok: true, upToDate: false });
    expect((repaired.json.changed as string[]).sort()).toEqual(['@bandung/e-musrenbang', '@bandung/ui-kit']);
    expect(await fs.readFile(file('@bandung/ui-kit', WILAYAH), 'utf8')).toBe(CONFIG);
    expect(await fs.readFile(file('@bandung/e-musrenbang', 'README.md'), 'utf8')).toContain('@bandung/e-musrenbang');
    await expect(fs.access(file('@bandung/ui-kit', 'shell.php'))).rejects.toThrow();
    // That is the command verify named.
    expect(verify.stderr).toContain('Run `gotong install --frozen`');
    expect(await gotong(['verify'], { cwd, env })).toMatchObject({ code: 0 });
    // Repaired, the workspace is up to date again.
    expect((await gotong(['install', '--frozen'], { cwd, env })).stdout).toMatch(/^already up to date: 2 modules/);
  });

  it('shows an edit forced in one workspace in every workspace linked to the same entry: gotong verify reports it there too, and the next install there repairs it', async () => {
    const bandung = await installInto('kota-bandung');
    const kuburaya = await installInto('kabupaten-kubu-raya');
    const inBandung = bandung.file('@bandung/ui-kit', WILAYAH);
    const inKuburaya = kuburaya.file('@bandung/ui-kit', WILAYAH);
    expect(statSync(inKuburaya).ino).toBe(statSync(inBandung).ino);

    await forceEdit(inBandung, EDITED);
    // One file: Kubu Raya's copy changed with Bandung's.
    expect(await fs.readFile(inKuburaya, 'utf8')).toBe(EDITED);
    const report = await verifyInstalled(kuburaya.cwd);
    expect(report).toMatchObject({ ok: false, changed: ['@bandung/ui-kit/config/wilayah.js'] });

    const repaired = await install({ cwd: kuburaya.cwd, reporter: new MemoryReporter(), env });
    expect(await fs.readFile(inKuburaya, 'utf8')).toBe(CONFIG);
    expect(repaired.changed).toEqual(['@bandung/ui-kit']);
    expect(report.repair).toEqual(['@bandung/ui-kit']);
    expect((await verifyInstalled(kuburaya.cwd)).ok).toBe(true);
    // The edited entry was thrown away and made again: Kubu Raya now shares the new one, Bandung keeps the edited file.
    const stored = await storedWilayah();
    expect(statSync(stored).ino).toBe(statSync(inKuburaya).ino);
    expect(statSync(stored).ino).not.toBe(statSync(inBandung).ino);
    expect(await fs.readFile(inBandung, 'utf8')).toBe(EDITED);

    // Bandung's own verify and install repair Bandung.
    expect((await verifyInstalled(bandung.cwd)).changed).toEqual(['@bandung/ui-kit/config/wilayah.js']);
    expect((await install({ cwd: bandung.cwd, reporter: new MemoryReporter(), env })).changed).toEqual(['@bandung/ui-kit']);
    expect(await fs.readFile(inBandung, 'utf8')).toBe(CONFIG);
    expect(statSync(inBandung).ino).toBe(statSync(stored).ino);
  });

  // Hard links cannot cross file systems: the files are copied instead.
  const otherFs = (() => {
    try {
      return statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
    } catch {
      return false;
    }
  })();
  it.skipIf(!otherFs)('copies the files when the store is on another file system than the workspace', async () => {
    const home = await fs.mkdtemp('/dev/shm/gotong-store-test-');
    try {
      await fs.cp(join(env.GOTONG_HOME!, 'config.json'), join(home, 'config.json'));
      await installInto('kota-across-first', { ...env, GOTONG_HOME: home });
      const across = await installInto('kota-across', { ...env, GOTONG_HOME: home });
      const [entry] = await storeEntries(home);
      expect(entry).toBeDefined();
      expect(statSync(across.file('@bandung/ui-kit', 'config/wilayah.js')).nlink).toBe(1);
      expect((await verifyInstalled(across.cwd)).ok).toBe(true);
    } finally {
      await fs.rm(home, { recursive: true, force: true });
    }
  });
});
