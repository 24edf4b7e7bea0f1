// Mirrors: `gotong mirror` copies a verified registry into a folder that
// Debian's nginx serves as it is, and to another git remote. An office whose
// origin is unreachable installs from the mirror with the same guarantees,
// and a mirror that serves altered or rolled-back files is refused for the
// next copy in the list.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/registry/git.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { nginxMissing, startNginx, type Nginx } from '../helpers/nginx.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { snapshotTree } from '../helpers/snapshot.js';

let world: TestWorld;
let registry: TestRegistry;
const mirrorDir = () => world.path('www', 'cermin');

/** A client machine of its own: GOTONG_HOME and a workspace. */
async function client(name: string): Promise<{ env: NodeJS.ProcessEnv; ws: string }> {
  const ws = world.path(name, 'portal');
  await fs.mkdir(ws, { recursive: true });
  return { env: { ...world.env, GOTONG_HOME: world.path(name, 'home') }, ws };
}

async function flipByte(file: string): Promise<void> {
  const bytes = await fs.readFile(file);
  bytes[bytes.length - 20] ^= 0x01;
  await fs.writeFile(file, bytes);
}

async function tarballIn(dir: string): Promise<string> {
  const folder = join(dir, 'targets', 'bandung', 'ref-kode-wilayah');
  const names = (await fs.readdir(folder)).filter((n) => n.endsWith('.tgz')).sort();
  return join(folder, names[0]);
}

beforeAll(async () => {
  world = makeWorld('gotong-mirror-');
  registry = await makeRegistry(world);
  await writeModule(world.path('mod/ref'), { name: '@bandung/ref-kode-wilayah', version: '1.0.0', description: { id: 'Kode wilayah', en: 'Region codes' } }, { 'data/wilayah.csv': 'kode,nama\n32.73,Kota Bandung\n' });
  await registry.publishDir(world.path('mod/ref'));
});
afterAll(async () => {
  await world.cleanup();
});

describe('gotong mirror to a folder', () => {
  it('copies the verified registry, then only what changed, never rolling back', async () => {
    const first = await gotong(['mirror', '--from', 'nusantara', '--to', mirrorDir(), '--json'], { cwd: world.root, env: world.env });
    expect(first.json, first.stderr).toMatchObject({ ok: true, kind: 'folder', to: mirrorDir(), removed: 0 });
    expect(first.json.copied).toBe(9); // registry.json, 1.root, timestamp, snapshot, targets, bandung, its module role, index.json, the tarball
    for (const file of ['registry.json', 'metadata/1.root.json', 'metadata/timestamp.json']) await expect(fs.stat(join(mirrorDir(), file))).resolves.toBeTruthy();
    await expect(fs.stat(join(mirrorDir(), '.git'))).rejects.toThrow();

    const again = await gotong(['mirror', '--from', 'nusantara', '--to', mirrorDir(), '--json'], { cwd: world.root, env: world.env });
    expect(first.json.vouchedFor).toBe(0);
    // The tarball this machine verified in the folder last time, unchanged since, is not hashed again.
    expect(again.json).toMatchObject({ ok: true, copied: 0, copiedBytes: 0, kept: first.json.copied, removed: 0, vouchedFor: 1 });

    // A copy kept from before the publish: served later as a rolled-back mirror.
    await fs.cp(mirrorDir(), world.path('www', 'lama'), { recursive: true });
    await writeModule(world.path('mod/ref'), { name: '@bandung/ref-kode-wilayah', version: '1.1.0', description: { id: 'Kode wilayah', en: 'Region codes' } }, { 'data/wilayah.csv': 'kode,nama\n32.73,Kota Bandung\n61.12,Kabupaten Kubu Raya\n' });
    await registry.publishDir(world.path('mod/ref'));
    const after = await gotong(['mirror', '--from', 'nusantara', '--to', mirrorDir(), '--json'], { cwd: world.root, env: world.env });
    // The new tarball and index, the namespace and module roles, snapshot and timestamp; the rest stays.
    expect(after.json, after.stderr).toMatchObject({ ok: true, copied: 6, kept: 4, removed: 0, vouchedFor: 1 });

    // The old copy as a source is older than the folder: refused, nothing changes.
    const before = await snapshotTree(mirrorDir());
    const back = await gotong(['mirror', '--from', world.path('www', 'lama'), '--to', mirrorDir(), '--json'], { cwd: world.root, env: world.env });
    expect(back.code).not.toBe(0);
    expect(back.json.error?.code).toBe('GOTONG_E_MIRROR_REFUSED');
    expect(await snapshotTree(mirrorDir())).toEqual(before);
  });
});

describe.skipIf(nginxMissing !== null)(`a mirror served by nginx${nginxMissing ? ` (skipped: ${nginxMissing})` : ''}`, () => {
  let nginx: Nginx;
  let daemon: GitServer | null = null;

  beforeAll(async () => {
    nginx = await startNginx(world.path('nginx'), { cermin: mirrorDir(), lama: world.path('www', 'lama'), rusak: world.path('www', 'rusak') });
  });
  afterAll(async () => {
    await daemon?.stop();
    await nginx?.stop();
  });

  it('serves the copy as files, and nothing else of the folder', async () => {
    expect((await fetch(`${nginx.url('cermin')}metadata/1.root.json`)).status).toBe(200);
    expect((await fetch(`${nginx.url('cermin')}.gotong-mirror.lock`)).status).toBe(404);
  });

  it('installs from the mirror while the origin is unreachable, pinned to the same root', async () => {
    daemon = await startGitServer(world.root);
    const { env, ws } = await client('kubu-raya');
    const added = await gotong(['registry', 'add', 'nusantara', daemon.url('registry.git'), '--root-sha256', registry.rootSha256, '--mirror', nginx.url('cermin'), '--json'], { cwd: world.root, env });
    expect(added.json, added.stderr).toMatchObject({ ok: true });
    await daemon.stop();
    daemon = null;

    const installed = await gotong(['install', '@bandung/ref-kode-wilayah', '--json'], { cwd: ws, env });
    expect(installed.json, installed.stderr).toMatchObject({ ok: true });
    expect(installed.stderr).not.toContain('GOTONG_W_MIRROR_REFUSED');
    expect(await fs.readFile(join(ws, 'gotong_modules/@bandung/ref-kode-wilayah/data/wilayah.csv'), 'utf8')).toContain('Kubu Raya');
    const lock = JSON.parse(await fs.readFile(join(ws, 'gotong-lock.json'), 'utf8'));
    expect(lock.registry.rootSha256).toBe(registry.rootSha256);
    expect((await gotong(['verify', '--json'], { cwd: ws, env })).json).toMatchObject({ ok: true });
  });

  it('refuses a mirror that serves an altered tarball and installs from the next copy', async () => {
    const tarball = await tarballIn(mirrorDir());
    const good = await fs.readFile(tarball);
    await flipByte(tarball);
    const { env, ws } = await client('sanggau');
    const added = await gotong(['registry', 'add', 'nusantara', registry.url, '--root-sha256', registry.rootSha256, '--mirror', nginx.url('cermin'), '--json'], { cwd: world.root, env });
    expect(added.json, added.stderr).toMatchObject({ ok: true });
    const installed = await gotong(['install', '@bandung/ref-kode-wilayah@1.0.0', '--json'], { cwd: ws, env });
    expect(installed.json, installed.stderr).toMatchObject({ ok: true });
    expect(installed.stderr).toMatch(/GOTONG_W_MIRROR_REFUSED.*mirror http:\/\/127\.0\.0\.1:\d+\/cermin\/ refused \(GOTONG_E_TARGET_MISMATCH/);
    expect((await gotong(['verify', '--json'], { cwd: ws, env })).json).toMatchObject({ ok: true });

    // The next `gotong mirror` finds the changed file and copies it again.
    const repaired = await gotong(['mirror', '--from', 'nusantara', '--to', mirrorDir(), '--json'], { cwd: world.root, env: world.env });
    expect(repaired.json, repaired.stderr).toMatchObject({ ok: true });
    expect(repaired.stderr).toContain('GOTONG_W_MIRROR_RECOPIED');
    expect(await fs.readFile(tarball)).toEqual(good);
  });

  it('refuses a mirror that rolls back or alters metadata, trying each in order', async () => {
    // This machine has seen the newest timestamp (through the origin).
    const { env, ws } = await client('landak');
    await gotong(['registry', 'add', 'nusantara', registry.url, '--root-sha256', registry.rootSha256], { cwd: world.root, env });
    await fs.writeFile(join(ws, 'gotong.json'), JSON.stringify({ name: '@kuburaya/portal', version: '1.0.0', private: true, dependencies: { '@bandung/ref-kode-wilayah': '^1.0.0' } }));
    expect((await gotong(['install', '--json'], { cwd: ws, env })).json).toMatchObject({ ok: true });
    const altered = world.path('www', 'ubah');
    await fs.cp(mirrorDir(), altered, { recursive: true });
    const stamp = JSON.parse(await fs.readFile(join(altered, 'metadata/timestamp.json'), 'utf8'));
    stamp.signed.expires = '2099-01-01T00:00:00Z';
    await fs.writeFile(join(altered, 'metadata/timestamp.json'), JSON.stringify(stamp));
    const nginx2 = await startNginx(world.path('nginx-2'), { lama: world.path('www', 'lama'), ubah: altered, cermin: mirrorDir() });
    try {
      const set = await gotong(['registry', 'mirrors', 'nusantara', nginx2.url('lama'), nginx2.url('ubah'), nginx2.url('cermin'), '--json'], { cwd: world.root, env });
      expect(set.json).toMatchObject({ ok: true, mirrors: [nginx2.url('lama'), nginx2.url('ubah'), nginx2.url('cermin')] });
      const updated = await gotong(['install', '--refresh', '--json'], { cwd: ws, env });
      expect(updated.json, updated.stderr).toMatchObject({ ok: true });
      expect(updated.stderr).toMatch(/mirror http:\/\/127\.0\.0\.1:\d+\/lama\/ refused \(GOTONG_E_METADATA_ROLLBACK/);
      expect(updated.stderr).toMatch(/mirror http:\/\/127\.0\.0\.1:\d+\/ubah\/ refused \(GOTONG_E_METADATA_INVALID/);
      expect(updated.stderr).not.toMatch(/cermin\/ refused/);
    } finally {
      await nginx2.stop();
    }
  });

  it('never publishes a copy that fails verification', async () => {
    const damaged = world.path('www', 'rusak');
    await fs.cp(mirrorDir(), damaged, { recursive: true });
    await flipByte(await tarballIn(damaged));
    const out = world.path('www', 'baru');
    const result = await gotong(['mirror', '--from', nginx.url('rusak'), '--to', out, '--json'], { cwd: world.root, env: world.env });
    expect(result.code).toBe(3);
    expect(result.json.error, result.stderr).toMatchObject({ code: 'GOTONG_E_MIRROR_REFUSED', message: expect.stringContaining('does not match') });
    await expect(fs.stat(join(out, 'metadata', 'timestamp.json'))).rejects.toThrow();
    expect(await fs.readdir(out)).toEqual([]);
  });
});

describe('gotong mirror to a git remote', () => {
  it('pushes main and the namespace branches, verified, and then only what is new', async () => {
    const dest = world.path('cermin.git');
    await fs.mkdir(dest);
    await runGit(dest, ['init', '--quiet', '--bare', '--initial-branch=main', '.']);
    const url = `file://${dest}`;
    const first = await gotong(['mirror', '--from', 'nusantara', '--to', url, '--json'], { cwd: world.root, env: world.env });
    expect(first.json, first.stderr).toMatchObject({ ok: true, kind: 'git', outcome: 'pushed' });
    const branches = (await runGit(dest, ['for-each-ref', '--format=%(refname)'])).trim().split('\n').sort();
    expect(branches).toEqual(['refs/heads/main', 'refs/heads/targets/bandung']);
    const again = await gotong(['mirror', '--from', 'nusantara', '--to', url, '--json'], { cwd: world.root, env: world.env });
    expect(again.json).toMatchObject({ ok: true, outcome: 'unchanged', commit: first.json.commit });
    const verified = await gotong(['registry', 'verify', '--registry', url, '--json'], { cwd: world.root, env: world.env });
    expect(verified.json, verified.stderr).toMatchObject({ ok: true });
  });
});
