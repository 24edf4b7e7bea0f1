// Upkeep of what GOTONG_HOME keeps for installs, through the command line,
// against a registry served by git daemon on loopback: `gotong cache verify`
// (sizes, damaged entries removed), `gotong cache clean` and `gotong store
// prune` (refused while another gotong process uses the folder), and damaged
// cache and store entries that the next install notices, throws away and
// replaces from the registry, never installing their bytes.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFolder } from '../../src/verified/in-use.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry } from '../helpers/registry.js';

const APP = '@bandung/e-musrenbang';
const UI_KIT = '@bandung/ui-kit';
const CONFIG = 'export const kodeWilayah = "32.73";\n';
const WILAYAH = 'config/wilayah.js';

describe('cache verify, cache clean, store prune, and damaged entries', () => {
  let world: TestWorld;
  let server: GitServer;
  /** Kubu Raya's machine: its own GOTONG_HOME, the registry known by name over git://. */
  let env: NodeJS.ProcessEnv;
  let home: string;

  const run = (args: string[], workspace: string) => gotong([...args, '--json'], { cwd: world.path(workspace), env });
  const installed = (workspace: string, path = WILAYAH, module = UI_KIT) => readFileSync(join(world.path(workspace), 'gotong_modules', ...module.split('/'), ...path.split('/')), 'utf8');
  const sha512Hex = (integrity: string) => Buffer.from(integrity.slice('sha512-'.length), 'base64').toString('hex');
  const lockedIntegrity = (workspace: string, module: string): string => JSON.parse(readFileSync(join(world.path(workspace), 'gotong-lock.json'), 'utf8')).modules[module].integrity;
  const cachePath = (integrity: string) => {
    const hex = sha512Hex(integrity);
    return join(home, 'cache', 'sha512', hex.slice(0, 2), hex.slice(2));
  };
  const storeEntries = () => {
    const base = join(home, 'store', 'v1');
    let prefixes: string[] = [];
    try {
      prefixes = readdirSync(base);
    } catch {
      return [];
    }
    return prefixes.flatMap((prefix) => readdirSync(join(base, prefix)).map((rest) => join(base, prefix, rest))).sort();
  };
  /** Every file of the cache and their bytes, as they are on disk. */
  const cacheOnDisk = () => {
    const base = join(home, 'cache', 'sha512');
    let prefixes: string[] = [];
    try {
      prefixes = readdirSync(base);
    } catch {
      return { entries: 0, bytes: 0 };
    }
    const files = prefixes.flatMap((prefix) => readdirSync(join(base, prefix)).map((rest) => join(base, prefix, rest)));
    return { entries: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
  };
  /** An edit forced on a read-only file, as root or after chmod would make it. */
  const forceWrite = async (path: string, content: string) => {
    await fs.chmod(path, 0o644);
    await fs.writeFile(path, content);
  };

  async function installApp(workspace: string, module = APP) {
    await fs.mkdir(world.path(workspace), { recursive: true });
    const result = await run(['install', module], workspace);
    expect(result.json, result.stderr).toMatchObject({ ok: true });
    return result;
  }

  async function verifyWorkspace(workspace: string) {
    return run(['verify'], workspace);
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-cache-store-');
    const registry = await makeRegistry(world, ['bandung'], world.path('served', 'registry.git'));
    await writeModule(world.path('src/ui-kit'), { name: UI_KIT, version: '1.2.0' }, { 'ui.css': 'body{}', [WILAYAH]: CONFIG });
    await writeModule(world.path('src/app'), { name: APP, version: '2.1.0', dependencies: { [UI_KIT]: '^1.0.0' } }, { 'index.html': '<h1>e-Musrenbang Kota Bandung</h1>\n' });
    await registry.publishDir(world.path('src/ui-kit'));
    await registry.publishDir(world.path('src/app'));
    server = await startGitServer(world.path('served'));
    home = world.path('kuburaya-home');
    env = { ...world.env, GOTONG_HOME: home };
    await fs.mkdir(world.path('kota-a'));
    const added = await run(['registry', 'add', 'nusantara', server.url('registry.git'), '--root-sha256', registry.rootSha256], 'kota-a');
    expect(added.json, added.stderr).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('cache verify shows the cache\'s size in entries and bytes, in stable JSON', async () => {
    await installApp('kota-a');
    const verified = await run(['cache', 'verify'], 'kota-a');
    expect(verified.code, verified.stderr).toBe(0);
    // Two tarballs and two index files.
    expect(verified.json).toEqual({ jsonVersion: 1, ok: true, cache: join(home, 'cache'), ...cacheOnDisk(), removed: [], leftovers: 0 });
    expect(verified.json.entries).toBe(4);
    expect(verified.json.bytes).toBeGreaterThan(0);
  });

  it('an install after a cached tarball was damaged downloads it again and installs the signed bytes', async () => {
    const tarball = cachePath(lockedIntegrity('kota-a', UI_KIT));
    await forceWrite(tarball, 'not the tarball Bandung signed');
    await installApp('kota-b');
    expect(installed('kota-b')).toBe(CONFIG);
    expect((await verifyWorkspace('kota-b')).json.ok).toBe(true);
    // The damaged entry was thrown away and the registry's bytes cached in its place.
    expect(createHash('sha512').update(readFileSync(tarball)).digest('hex')).toBe(sha512Hex(lockedIntegrity('kota-b', UI_KIT)));
  });

  it('cache verify removes damaged entries and says which; the next install fetches them again', async () => {
    const tarball = cachePath(lockedIntegrity('kota-a', APP));
    await forceWrite(tarball, 'truncated');
    // A folder where an entry should be is no entry either.
    const uiKit = cachePath(lockedIntegrity('kota-a', UI_KIT));
    await fs.rm(uiKit, { force: true });
    await fs.mkdir(uiKit);
    const rel = (path: string) => path.slice(join(home, 'cache').length + 1);
    const verified = await run(['cache', 'verify'], 'kota-a');
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.json.removed).toEqual(
      [
        { path: rel(tarball), reason: 'hash-mismatch' },
        { path: rel(uiKit), reason: 'not-a-file' },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    expect(cacheOnDisk()).toMatchObject({ entries: 2 });
    expect(verified.json).toMatchObject(cacheOnDisk());
    await expect(fs.stat(tarball)).rejects.toThrow();

    const again = await run(['cache', 'verify'], 'kota-a');
    expect(again.json).toMatchObject({ entries: 2, removed: [] });
    const human = await gotong(['cache', 'verify'], { cwd: world.path('kota-a'), env });
    expect(human.stdout).toMatch(/^2 entries, [\d.]+ (B|KiB), all match their sha512$/m);

    // e-Musrenbang is linked from the store (kota-b made its entry); ui-kit's tarball is downloaded again.
    await installApp('kota-c');
    expect(installed('kota-c', 'index.html', APP)).toBe('<h1>e-Musrenbang Kota Bandung</h1>\n');
    expect(cacheOnDisk().entries).toBe(3);
    expect(statSync(uiKit).isFile()).toBe(true);
  });

  it('an install after a store entry was damaged makes it again from the verified tarball, never linking the damaged file', async () => {
    // kota-d takes ui-kit from the cache (a second install on this machine): the store makes its entry and links it.
    await installApp('kota-d');
    const stored = storeEntries()
      .map((entry) => join(entry, 'tree', ...WILAYAH.split('/')))
      .filter((path) => statSync(path, { throwIfNoEntry: false }));
    expect(stored).toHaveLength(1);
    await forceWrite(stored[0], 'export const kodeWilayah = "00.00";\n');

    await installApp('kota-e');
    expect(installed('kota-e')).toBe(CONFIG);
    expect((await verifyWorkspace('kota-e')).json.ok).toBe(true);
    expect(readFileSync(stored[0], 'utf8')).toBe(CONFIG);
    // The workspaces that had linked the entry see the edit, as gotong verify says.
    expect((await verifyWorkspace('kota-d')).code).toBe(5);
  });

  it('cache clean is refused while another gotong process uses the cache, then empties it; installs fetch again', async () => {
    const before = cacheOnDisk();
    const release = await useFolder(join(home, 'cache'), 'the download cache');
    try {
      const refused = await run(['cache', 'clean'], 'kota-a');
      expect(refused.code).toBe(1);
      expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_IN_USE', details: { pids: [process.pid] } });
      expect(refused.json.error?.hint).toMatch(/gotong cache clean/);
      expect(cacheOnDisk()).toEqual(before);
    } finally {
      release();
    }
    // What a killed process left names a process that is gone: it holds nothing.
    await fs.writeFile(join(home, 'in-use', 'cache', '999999999'), '999999999');

    const cleaned = await run(['cache', 'clean'], 'kota-a');
    expect(cleaned.json, cleaned.stderr).toEqual({ jsonVersion: 1, ok: true, cache: join(home, 'cache'), entries: before.entries, bytes: before.bytes });
    await expect(fs.stat(join(home, 'cache'))).rejects.toThrow();
    expect((await run(['cache', 'verify'], 'kota-a')).json).toMatchObject({ entries: 0, bytes: 0, removed: [] });
    const again = await run(['cache', 'clean'], 'kota-a');
    expect(again.json).toMatchObject({ ok: true, entries: 0, bytes: 0 });

    // The index files are downloaded again; the modules are linked from the store.
    await installApp('kota-f');
    expect(installed('kota-f')).toBe(CONFIG);
    expect(cacheOnDisk().entries).toBe(2);
  });

  it('store prune removes the entries no workspace on this machine uses and forgets the workspaces that are gone', async () => {
    const entries = storeEntries();
    expect(entries).toHaveLength(2);
    const inUse = await useFolder(join(home, 'store'), 'the module store');
    try {
      const refused = await run(['store', 'prune'], 'kota-f');
      expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_IN_USE' });
    } finally {
      inUse();
    }

    // Only kota-f keeps e-Musrenbang and ui-kit; kota-e keeps ui-kit alone; the rest have gone or keep nothing.
    await fs.rm(world.path('kota-a'), { recursive: true });
    await fs.rm(world.path('kota-b'), { recursive: true });
    for (const workspace of ['kota-c', 'kota-d', 'kota-e']) expect((await run(['uninstall', APP], workspace)).json.ok).toBe(true);
    await installApp('kota-e', UI_KIT);
    await fs.rm(world.path('kota-f', 'gotong_modules'), { recursive: true });
    await fs.rm(world.path('kota-f', 'gotong-lock.json'));
    const workspaces = ['kota-a', 'kota-b', 'kota-c', 'kota-d', 'kota-e', 'kota-f'].map((name) => ({ path: world.path(name), gone: name === 'kota-a' || name === 'kota-b' }));

    const dry = await run(['store', 'prune', '--dry-run'], 'kota-c');
    expect(dry.json, dry.stderr).toMatchObject({ ok: true, store: join(home, 'store'), dryRun: true, workspaces, kept: { entries: 1 }, removed: { entries: 1 } });
    expect(storeEntries()).toEqual(entries);
    expect(readdirSync(join(home, 'workspaces'))).toHaveLength(6);

    const pruned = await run(['store', 'prune'], 'kota-c');
    expect(pruned.json).toEqual({ ...dry.json, dryRun: false });
    expect((pruned.json.removed as { bytes: number }).bytes).toBeGreaterThan(0);
    expect(storeEntries()).toHaveLength(1);
    expect(readdirSync(join(home, 'workspaces'))).toHaveLength(4);
    // What stays installed is untouched: its files are links of their own.
    expect(installed('kota-e')).toBe(CONFIG);
    expect((await verifyWorkspace('kota-e')).json.ok).toBe(true);

    const human = await gotong(['store', 'prune'], { cwd: world.path('kota-c'), env });
    expect(human.stdout).toMatch(/^kept 1 entry \([\d.]+ (B|KiB)\) used by 4 workspaces on this machine\nremoved 0 entries \(0 B\) no workspace uses$/m);

    // kota-f installs again: ui-kit linked from the store, e-Musrenbang from the registry (the cache was emptied).
    const reinstalled = await run(['install'], 'kota-f');
    expect(reinstalled.json, reinstalled.stderr).toMatchObject({ ok: true });
    expect(installed('kota-f', 'index.html', APP)).toBe('<h1>e-Musrenbang Kota Bandung</h1>\n');
    expect((await verifyWorkspace('kota-f')).json.ok).toBe(true);
  });
});
