// Issue 4, section 5 (faults): the registry cannot be reached, the workspace
// cannot be written, the disk is full, the cache is damaged on disk. Each is
// simulated for real where the machine allows it (a closed port, a folder
// that is gone, an unprivileged user, a small tmpfs in a private mount
// namespace, flipped bytes) and skipped, saying why, where it does not.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong, GOTONG_BIN } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { freePort } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry } from '../helpers/registry.js';
import { isRoot, privateMounts, works } from '../helpers/small-disk.js';
import { snapshotTree } from '../helpers/snapshot.js';

const NOBODY = 65534;

/** How to run a command as someone the permission bits apply to (root ignores them). */
const asUser: string[] | null = !isRoot ? [] : works('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', 'true']) ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--'] : null;

const tree = (dir: string) => snapshotTree(dir);
const sha512Hex = (bytes: Buffer) => createHash('sha512').update(bytes).digest('hex');

describe('faults', () => {
  let world: TestWorld;
  let registryDir: string;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-faults-');
    const registry = await makeRegistry(world);
    registryDir = world.path('registry.git');
    await writeModule(world.path('src/ui-kit'), { name: '@bandung/ui-kit', version: '1.0.0' }, { 'ui.css': 'body { font-family: sans-serif }\n' });
    await writeModule(world.path('src/app'), { name: '@bandung/e-musrenbang', version: '1.0.0', dependencies: { '@bandung/ui-kit': '^1.0.0' } }, { 'index.html': '<h1>Musrenbang</h1>\n' });
    // Compresses to a few kilobytes, unpacks to 4 MB: too big for the small disk below.
    const big: Record<string, string> = {};
    for (let i = 0; i < 40; i++) big[`arsip/dokumen-${i}.txt`] = `Surat keputusan nomor ${i} tentang arsip daerah.\n`.repeat(2100);
    await writeModule(world.path('src/arsip'), { name: '@bandung/arsip-besar', version: '1.0.0' }, big);
    for (const dir of ['ui-kit', 'app', 'arsip']) expect((await registry.publishDir(world.path('src', dir))).status).toBe('published');
  });
  afterAll(async () => {
    await world?.cleanup();
  });

  /** A workspace with @bandung/ui-kit installed from the configured registry. */
  async function installedWorkspace(name: string, env = world.env): Promise<string> {
    const dir = world.path(name);
    await fs.mkdir(dir, { recursive: true });
    const result = await gotong(['install', '@bandung/ui-kit', '--registry', 'nusantara', '--json'], { cwd: dir, env });
    expect(result.json.ok, result.stderr).toBe(true);
    return dir;
  }

  it('registry unreachable: a clear error, the workspace untouched; --offline works from the cache', async () => {
    const closed = `git://127.0.0.1:${await freePort()}/registry.git`;
    for (const url of [closed, world.path('no-such-registry.git')]) {
      const fresh = world.path(`fresh-${url.length}`);
      await fs.mkdir(fresh);
      const result = await gotong(['install', '@bandung/ui-kit', '--registry', url, '--json'], { cwd: fresh, env: world.env });
      expect(result.json.error?.code, result.stdout).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      expect(result.code).toBe(4);
      expect(result.json.error?.hint).toMatch(/--offline/);
      expect(await fs.readdir(fresh)).toEqual([]);
    }

    const workspace = await installedWorkspace('unreachable');
    const before = await tree(workspace);
    await fs.rename(registryDir, `${registryDir}.away`);
    try {
      const adding = await gotong(['install', '@bandung/e-musrenbang', '--json'], { cwd: workspace, env: world.env });
      expect(adding.json.error?.code, adding.stdout).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      expect(await tree(workspace)).toEqual(before);

      // Nothing to fetch: the tree is what the lockfile says, so no registry is needed.
      expect((await gotong(['install', '--json'], { cwd: workspace, env: world.env })).json).toMatchObject({ ok: true, upToDate: true });
      // The tree is lost, the registry is away: --offline rebuilds it from the cache and trusted metadata.
      await fs.rm(`${workspace}/gotong_modules`, { recursive: true });
      const online = await gotong(['install', '--json'], { cwd: workspace, env: world.env });
      expect(online.json.error?.code).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      const offline = await gotong(['install', '--offline', '--json'], { cwd: workspace, env: world.env });
      expect(offline.json.ok, offline.stdout).toBe(true);
      // The same files; only the record of the last check against the registry, removed with
      // gotong_modules/, now says there was none (an --offline install checks nothing there).
      expect(offline.json.lastVerified).toBeNull();
      const stamp = 'gotong_modules/.gotong/up-to-date.json';
      expect({ ...(await tree(workspace)), [stamp]: null }).toEqual({ ...before, [stamp]: null });
      expect((await gotong(['verify', '--json'], { cwd: workspace, env: world.env })).json.ok).toBe(true);
    } finally {
      await fs.rename(`${registryDir}.away`, registryDir);
    }
  });

  it.skipIf(asUser === null)(`permission denied on the workspace: GOTONG_E_IO naming permissions, nothing changed${asUser === null ? ' (skipped: running as root without setpriv, and root ignores permission bits)' : ''}`, async () => {
    const workspace = await installedWorkspace('read-only');
    const before = await tree(workspace);
    // Everything belongs to an unprivileged user (when the test runs as root), the workspace is read-only to it.
    if (isRoot) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, world.root]);
    spawnSync('chmod', ['-R', 'a-w', workspace]);
    try {
      for (const args of [['install', '@bandung/e-musrenbang', '--json'], ['uninstall', '@bandung/ui-kit', '--json']]) {
        const [command, ...prefix] = [...asUser!, process.execPath];
        const run = spawnSync(command, [...prefix, GOTONG_BIN, ...args], {
          cwd: workspace,
          env: { ...world.env, HOME: world.root, CI: 'true' },
          encoding: 'utf8',
        });
        const json = JSON.parse(run.stdout);
        expect(json.error?.code, run.stdout + run.stderr).toBe('GOTONG_E_IO');
        expect(json.error.message).toMatch(/EACCES|EPERM|EROFS/);
        expect(json.error.hint).toMatch(/permission|writable|read-only/i);
      }
    } finally {
      spawnSync('chmod', ['-R', 'u+w', workspace]);
      if (isRoot) spawnSync('chown', ['-R', '0:0', world.root]);
    }
    expect(await tree(workspace)).toEqual(before);
  });

  it.skipIf(privateMounts === null)(`a full disk: GOTONG_E_IO about disk space, the old tree and lockfile intact, fine once there is room${privateMounts === null ? ' (skipped: no private mount namespace here, so no small tmpfs can be mounted)' : ''}`, async () => {
    const template = await installedWorkspace('disk-template');
    const before = await tree(template);
    const mountPoint = world.path('small-disk');
    const [afterFull, afterRoom] = [world.path('after-full'), world.path('after-room')];
    await Promise.all([mountPoint, afterFull, afterRoom].map((d) => fs.mkdir(d)));
    // In a private mount namespace: a 1 MB disk holding the installed workspace, an install that
    // needs 4 MB more, a copy of what it left, then room made (a remount) and the same install again.
    const script = [
      'set -u',
      'mount -t tmpfs -o size=1m tmpfs "$1"',
      'cp -a "$2/." "$1/"',
      'cd "$1"',
      '"$5" "$6" install @bandung/arsip-besar @bandung/e-musrenbang --json > "$3/full.json"',
      'cp -a "$1/." "$3/"',
      'mount -o remount,size=64m "$1"',
      '"$5" "$6" install @bandung/arsip-besar @bandung/e-musrenbang --json > "$4/room.json"',
      '"$5" "$6" verify --json > "$4/verify.json"',
      'cp -a "$1/." "$4/"',
    ].join('\n');
    const run = spawnSync(privateMounts![0], [...privateMounts!.slice(1), '--', 'sh', '-c', script, 'sh', mountPoint, template, afterFull, afterRoom, process.execPath, GOTONG_BIN], {
      env: { ...world.env, CI: 'true' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);

    const full = JSON.parse(await fs.readFile(`${afterFull}/full.json`, 'utf8'));
    expect(full.error?.code, JSON.stringify(full)).toBe('GOTONG_E_IO');
    expect(full.error.message).toMatch(/ENOSPC/);
    expect(full.error.hint).toMatch(/disk is full/i);
    await fs.rm(`${afterFull}/full.json`);
    // The old tree and lockfile, byte for byte; the half-extracted module is gone from staging too.
    expect(await tree(afterFull)).toEqual(before);

    expect(JSON.parse(await fs.readFile(`${afterRoom}/room.json`, 'utf8')).ok).toBe(true);
    expect(JSON.parse(await fs.readFile(`${afterRoom}/verify.json`, 'utf8'))).toMatchObject({ ok: true, modules: 3 });
  });

  it('a cache entry corrupted on disk is noticed, fetched again, and good afterwards', async () => {
    // A home of its own, so that its cache holds only what this test installs.
    const env = { ...world.env, GOTONG_HOME: world.path('cache-home') };
    await fs.mkdir(env.GOTONG_HOME!);
    await fs.copyFile(world.path('home', 'config.json'), `${env.GOTONG_HOME}/config.json`);
    await installedWorkspace('cache-first', env);
    const cacheDir = `${env.GOTONG_HOME}/cache/sha512`;
    const entries: string[] = [];
    for (const prefix of await fs.readdir(cacheDir)) for (const rest of await fs.readdir(`${cacheDir}/${prefix}`)) if (!rest.startsWith('.')) entries.push(`${prefix}/${rest}`);
    expect(entries.length).toBeGreaterThanOrEqual(2); // the index of ui-kit and its tarball at least

    // Flip bytes in the middle of every entry, and cut one short.
    for (const [i, entry] of entries.entries()) {
      const path = `${cacheDir}/${entry}`;
      await fs.chmod(path, 0o644);
      const bytes = await fs.readFile(path);
      if (i === 0) await fs.writeFile(path, bytes.subarray(0, bytes.length - 1));
      else {
        bytes[bytes.length >> 1] ^= 0xff;
        await fs.writeFile(path, bytes);
      }
      expect(sha512Hex(await fs.readFile(path))).not.toBe(entry.replace('/', ''));
    }

    // Without the module store's entries the tarballs must come from the cache.
    await fs.rm(`${env.GOTONG_HOME}/store`, { recursive: true, force: true });
    const workspace = world.path('cache-second');
    await fs.mkdir(workspace);
    const result = await gotong(['install', '@bandung/ui-kit', '--registry', 'nusantara', '--json'], { cwd: workspace, env });
    expect(result.json.ok, result.stdout + result.stderr).toBe(true);
    expect((await gotong(['verify', '--json'], { cwd: workspace, env })).json.ok).toBe(true);
    for (const entry of entries) expect(sha512Hex(await fs.readFile(`${cacheDir}/${entry}`)), entry).toBe(entry.replace('/', ''));
  });
});
