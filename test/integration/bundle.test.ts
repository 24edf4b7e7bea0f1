// Offline bundles: a Bandung engineer makes one file from the registry
// (`gotong bundle create`), carries it to a Kubu Raya office with no network,
// and installs from it there (`gotong install --from-bundle`), every byte
// verified through TUF against the root that machine pinned. A bundle of
// another registry, a changed byte, a link or a path outside the layout, and
// expired metadata without the explicit flag are refused.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Metadata, MetadataKind, Timestamp } from '@tufjs/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeUserConfig } from '../../src/core/config.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { install } from '../../src/install/install.js';
import { writeBundleFile } from '../../src/bundle/write.js';
import { BundleSource, BUNDLE_MANIFEST_FILE } from '../../src/registry/bundle-source.js';
import { serializeMetadata } from '../../src/trust/metadata-io.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { freePort } from '../helpers/git-server.js';
import { rawTar, TYPE } from '../helpers/hostile-tar.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { snapshotTree } from '../helpers/snapshot.js';

const run = promisify(execFile);

describe('offline bundles', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let bundleFile: string;
  /** A machine whose configured registry is a closed port on loopback: nothing can be fetched. */
  let offlineEnv: NodeJS.ProcessEnv;

  async function machine(name: string, rootSha256: string): Promise<NodeJS.ProcessEnv> {
    const env = { ...world.env, GOTONG_HOME: world.path(name) };
    const port = await freePort();
    await writeUserConfig({ registries: { nusantara: { url: `git://127.0.0.1:${port}/registry.git`, rootSha256 } }, defaultRegistry: 'nusantara' }, env);
    return env;
  }

  async function workspace(name: string): Promise<string> {
    const dir = world.path(name);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  /** A copy of the bundle with the member at `path` changed by `change`. */
  async function rewritten(name: string, change: (path: string, bytes: Buffer) => Buffer): Promise<string> {
    const source = await BundleSource.open(bundleFile, 'bundle');
    const out = world.path(name);
    await writeBundleFile(out, source.paths('').sort((a, b) => (a === BUNDLE_MANIFEST_FILE ? -1 : b === BUNDLE_MANIFEST_FILE ? 1 : 0)).map((path) => ({ path, read: async () => change(path, (await source.read(path, Number.MAX_SAFE_INTEGER))!) })));
    return out;
  }

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    const modules: Array<[string, string, Record<string, string>?, string?]> = [
      ['@bandung/ref-kode-wilayah', '1.0.0'],
      ['@bandung/ref-kode-wilayah', '1.1.0'],
      ['@bandung/e-musrenbang', '2.1.0', { '@bandung/ref-kode-wilayah': '^1.0.0' }],
      ['@kuburaya/sipd-lite', '1.0.0', undefined, 'kuburaya'],
    ];
    for (const [name, version, dependencies, namespace] of modules) {
      const dir = await writeModule(world.path('src', `${name.split('/')[1]}-${version}`), { name, version, dependencies, description: { id: 'Modul contoh', en: 'Example module' } }, { 'index.html': `<h1>${name} ${version}</h1>\n` });
      await registry.publishDir(dir, namespace);
    }
    bundleFile = world.path('musrenbang.tar');
    offlineEnv = await machine('kantor-home', registry.rootSha256);
  });
  afterAll(async () => {
    await world.cleanup();
  });

  it('bundle create writes one tar: the root chain, the roles needed, and the index files and tarballs of the modules and their dependencies', async () => {
    const result = await gotong(['bundle', 'create', '@bandung/e-musrenbang@^2', '--out', bundleFile, '--json'], { cwd: world.root, env: world.env });
    expect(result.json, result.stderr).toMatchObject({ ok: true, rootSha256: registry.rootSha256, targetFiles: 4, validUntil: expect.any(String) });
    expect(result.json.modules).toEqual([
      { name: '@bandung/e-musrenbang', version: '2.1.0', integrity: expect.stringMatching(/^sha512-/) },
      { name: '@bandung/ref-kode-wilayah', version: '1.1.0', integrity: expect.stringMatching(/^sha512-/) },
    ]);
    // Any tar reads it; every member is a plain file at a registry path.
    const listed = (await run('tar', ['-tvf', bundleFile])).stdout.trim().split('\n');
    expect(listed.every((line) => line.startsWith('-'))).toBe(true);
    const names = listed.map((line) => line.split(/\s+/).pop()!);
    expect(names[0]).toBe('gotong-bundle.json');
    expect(names).toEqual(expect.arrayContaining(['metadata/1.root.json', 'metadata/timestamp.json']));
    expect(names.filter((n) => /^metadata\/\d+\.(snapshot|targets|bandung)\.json$/.test(n))).toHaveLength(3);
    expect(names.some((n) => n.includes('kuburaya'))).toBe(false);
    const targets = names.filter((n) => n.startsWith('targets/'));
    expect(targets).toHaveLength(4);
    expect(targets.filter((n) => n.endsWith('.tgz')).map((n) => n.replace(/^.*\/[0-9a-f]{64}\./, ''))).toEqual(['e-musrenbang-2.1.0.tgz', 'ref-kode-wilayah-1.1.0.tgz']);
  });

  it('installs from the bundle on a machine that cannot reach the registry, verified against its pinned root', async () => {
    const ws = await workspace('kantor');
    const online = await gotong(['install', '@bandung/e-musrenbang', '--json'], { cwd: ws, env: offlineEnv });
    expect(online.json.error?.code, online.stderr).toBe('GOTONG_E_REGISTRY_UNREACHABLE');

    const result = await gotong(['install', '@bandung/e-musrenbang', '--from-bundle', bundleFile, '--json'], { cwd: ws, env: offlineEnv });
    expect(result.json, result.stderr).toMatchObject({ ok: true, changed: ['@bandung/e-musrenbang', '@bandung/ref-kode-wilayah'] });
    expect(await fs.readFile(join(ws, 'gotong_modules/@bandung/ref-kode-wilayah/index.html'), 'utf8')).toContain('1.1.0');
    const lock = JSON.parse(await fs.readFile(join(ws, 'gotong-lock.json'), 'utf8')) as { registry: { rootSha256: string; url: string } };
    expect(lock.registry).toEqual({ url: expect.stringMatching(/^git:\/\/127\.0\.0\.1:\d+\/registry\.git$/), rootSha256: registry.rootSha256 });
    expect((await gotong(['verify', '--json'], { cwd: ws, env: offlineEnv })).json.ok).toBe(true);
    // The bundle verified in a throwaway trust folder: this machine's trust is as it was.
    await expect(fs.stat(join(offlineEnv.GOTONG_HOME!, 'trust', 'nusantara', 'timestamp.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('--lockfile bundles exactly the set a workspace locked, and a frozen install takes it; modules named beside it are added', async () => {
    const online = await workspace('bandung-ws');
    const installed = await gotong(['install', '@bandung/ref-kode-wilayah@1.0.0', '@kuburaya/sipd-lite', '--json'], { cwd: online, env: world.env });
    expect(installed.json.ok, installed.stderr).toBe(true);
    const locked = world.path('locked.tar');
    const made = await gotong(['bundle', 'create', '--lockfile', '--out', locked, '--json'], { cwd: online, env: world.env });
    expect(made.json, made.stderr).toMatchObject({ ok: true, modules: [{ name: '@bandung/ref-kode-wilayah', version: '1.0.0' }, { name: '@kuburaya/sipd-lite', version: '1.0.0' }] });

    const ws = await workspace('kuburaya-ws');
    for (const file of ['gotong.json', 'gotong-lock.json']) await fs.copyFile(join(online, file), join(ws, file));
    const result = await gotong(['install', '--frozen', '--from-bundle', locked, '--json'], { cwd: ws, env: offlineEnv });
    expect(result.json, result.stderr).toMatchObject({ ok: true, installed: [{ name: '@bandung/ref-kode-wilayah', version: '1.0.0' }, { name: '@kuburaya/sipd-lite', version: '1.0.0' }] });

    // A machine that never knew the registry: the copied lockfile names it and pins its root.
    const bare = { ...world.env, GOTONG_HOME: world.path('bare-home') };
    const copy = await workspace('bare-ws');
    for (const file of ['gotong.json', 'gotong-lock.json']) await fs.copyFile(join(online, file), join(copy, file));
    const fromLock = await gotong(['install', '--frozen', '--from-bundle', locked, '--json'], { cwd: copy, env: bare });
    expect(fromLock.json, fromLock.stderr).toMatchObject({ ok: true, changed: ['@bandung/ref-kode-wilayah', '@kuburaya/sipd-lite'] });

    // The locked set plus a module named beside it, whose dependency takes the locked version.
    const more = world.path('locked-plus.tar');
    const plus = await gotong(['bundle', 'create', '@bandung/e-musrenbang', '--lockfile', '--out', more, '--json'], { cwd: online, env: world.env });
    expect(plus.json, plus.stderr).toMatchObject({
      ok: true,
      modules: [
        { name: '@bandung/e-musrenbang', version: '2.1.0' },
        { name: '@bandung/ref-kode-wilayah', version: '1.0.0' },
        { name: '@kuburaya/sipd-lite', version: '1.0.0' },
      ],
    });
    const added = await gotong(['install', '@bandung/e-musrenbang', '--from-bundle', more, '--json'], { cwd: ws, env: offlineEnv });
    expect(added.json, added.stderr).toMatchObject({ ok: true, changed: ['@bandung/e-musrenbang'] });
  });

  it('a machine with no configured registry and no lockfile installs from the bundle with the root given as --root-sha256', async () => {
    const bare = { ...world.env, GOTONG_HOME: world.path('flag-home') };
    const url = `git://127.0.0.1:${await freePort()}/registry.git`;
    const args = ['install', '@bandung/e-musrenbang', '--from-bundle', bundleFile, '--registry', url, '--json'];
    const unpinned = await gotong(args, { cwd: await workspace('flag-none-ws'), env: bare });
    expect(unpinned.json.error, unpinned.stderr).toMatchObject({ code: 'GOTONG_E_ROOT_NOT_PINNED', hint: expect.stringContaining('--root-sha256') });
    const wrong = await gotong([...args, '--root-sha256', 'cd'.repeat(32)], { cwd: await workspace('flag-wrong-ws'), env: bare });
    expect(wrong.json.error, wrong.stderr).toMatchObject({ code: 'GOTONG_E_ROOT_MISMATCH', message: expect.stringContaining('its root is not the pinned cdcdcdcd') });
    const malformed = await gotong([...args, '--root-sha256', 'abc'], { cwd: await workspace('flag-bad-ws'), env: bare });
    expect(malformed.json.error, malformed.stderr).toMatchObject({ code: 'GOTONG_E_USAGE' });
    const ws = await workspace('flag-ws');
    const pinned = await gotong([...args, '--root-sha256', registry.rootSha256.toUpperCase()], { cwd: ws, env: bare });
    expect(pinned.json, pinned.stderr).toMatchObject({ ok: true, changed: ['@bandung/e-musrenbang', '@bandung/ref-kode-wilayah'] });
    const lock = JSON.parse(await fs.readFile(join(ws, 'gotong-lock.json'), 'utf8')) as { registry: { rootSha256: string } };
    expect(lock.registry.rootSha256).toBe(registry.rootSha256);
    // The lockfile now pins the root, and a flag that disagrees with it is refused before anything is read.
    const against = await gotong([...args, '--root-sha256', 'cd'.repeat(32)], { cwd: ws, env: bare });
    expect(against.json.error, against.stderr).toMatchObject({ code: 'GOTONG_E_ROOT_MISMATCH', message: expect.stringContaining('lockfile was made against root') });
  });

  it('a module or version the bundle does not hold is refused with a hint to bundle the lockfile', async () => {
    // A machine whose download cache holds nothing (a verified copy there would be used).
    const env = await machine('missing-home', registry.rootSha256);
    for (const spec of ['@kuburaya/sipd-lite', '@bandung/ref-kode-wilayah@1.0.0']) {
      const ws = await workspace(`missing-${spec.split('/')[1]}`);
      const error = await install({ cwd: ws, add: [spec], fromBundle: bundleFile, reporter: new MemoryReporter(), env }).catch((e: unknown) => e);
      expect(error, spec).toMatchObject({ code: 'GOTONG_E_TARGET_MISSING', message: expect.stringContaining('musrenbang.tar does not hold'), hint: expect.stringContaining('--lockfile') });
      expect(await fs.readdir(ws), spec).toEqual([]);
    }
  });

  it('a bundle of another registry is refused: the pinned root decides', async () => {
    const env = await machine('other-home', 'ab'.repeat(32));
    const ws = await workspace('other-ws');
    const result = await gotong(['install', '@bandung/e-musrenbang', '--from-bundle', bundleFile, '--json'], { cwd: ws, env });
    expect(result.code).toBe(3);
    expect(result.json.error).toMatchObject({ code: 'GOTONG_E_ROOT_MISMATCH', message: expect.stringContaining('made from another registry') });
    expect(await fs.readdir(ws)).toEqual([]);
  });

  it('a changed tarball or changed signed metadata is refused and nothing is installed', async () => {
    const tarball = await rewritten('changed-tarball.tar', (path, bytes) => {
      if (path.endsWith('.tgz')) bytes[bytes.length - 20] ^= 0x01;
      return bytes;
    });
    const role = await rewritten('changed-role.tar', (path, bytes) => (/\d+\.bandung\.e-musrenbang\.json$/.test(path) ? Buffer.from(bytes.toString('utf8').replace(/"length": (\d)/, (_, d: string) => `"length": ${(Number(d) + 1) % 10}`)) : bytes));
    for (const [file, code] of [
      [tarball, 'GOTONG_E_TARGET_MISMATCH'],
      [role, 'GOTONG_E_METADATA_INVALID'],
    ] as const) {
      // A machine of its own: another's download cache would hold the verified tarball already.
      const env = await machine(`tampered-home-${code}`, registry.rootSha256);
      const ws = await workspace(`tampered-${code}`);
      const before = await snapshotTree(ws);
      await expect(install({ cwd: ws, add: ['@bandung/e-musrenbang'], fromBundle: file, reporter: new MemoryReporter(), env }), file).rejects.toMatchObject({ code });
      expect(await snapshotTree(ws)).toEqual(before);
    }
  });

  it('a hostile bundle file is refused before anything in it is read: links, paths outside the layout, duplicates', async () => {
    const manifest = { name: BUNDLE_MANIFEST_FILE, data: JSON.stringify({ bundleFormat: 1, createdAt: '2025-01-01T00:00:00Z', registry: { name: null, url: 'x', rootSha256: registry.rootSha256 }, modules: {} }) };
    const cases: Array<[string, Parameters<typeof rawTar>[0], RegExp]> = [
      ['link', [manifest, { name: 'metadata/1.root.json', type: TYPE.symlink, linkname: '/etc/passwd' }], /not a plain file/],
      ['outside', [manifest, { name: '../../.bashrc', data: 'echo pwned' }], /not a registry file/],
      ['absolute', [manifest, { name: '/tmp/metadata/1.root.json', data: '{}' }], /not a registry file/],
      ['duplicate', [manifest, { name: 'metadata/timestamp.json', data: '{}' }, { name: 'metadata/timestamp.json', data: '{}' }], /twice/],
      ['not-a-bundle', [{ name: 'metadata/timestamp.json', data: '{}' }], /not a gotong bundle/],
    ];
    for (const [name, entries, message] of cases) {
      const file = world.path(`hostile-${name}.tar`);
      await fs.writeFile(file, rawTar(entries));
      const ws = await workspace(`hostile-${name}`);
      await expect(install({ cwd: ws, add: ['@bandung/e-musrenbang'], fromBundle: file, reporter: new MemoryReporter(), env: offlineEnv }), name).rejects.toMatchObject({ code: 'GOTONG_E_BUNDLE_INVALID', message });
      expect(await fs.readdir(ws), name).toEqual([]);
    }
  });

  it('a bundle whose metadata expired installs only with --allow-expired-bundle, and then says loudly how old it is', async () => {
    // The registry's own online key signed a timestamp that expired two days ago, as an old bundle's would have.
    const expired = await rewritten('expired.tar', (path, bytes) => {
      if (path !== 'metadata/timestamp.json') return bytes;
      const old = Metadata.fromJSON(MetadataKind.Timestamp, JSON.parse(bytes.toString('utf8')) as Parameters<typeof Metadata.fromJSON>[1]);
      const next = new Metadata(new Timestamp({ version: old.signed.version, specVersion: old.signed.specVersion, expires: new Date(Date.now() - 2 * 86_400_000 - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), snapshotMeta: old.signed.snapshotMeta }));
      next.sign((data) => registry.online.signer.sign(data), true);
      return serializeMetadata(next);
    });
    const ws = await workspace('expired-ws');
    const refused = await gotong(['install', '@bandung/e-musrenbang', '--from-bundle', expired, '--json'], { cwd: ws, env: offlineEnv });
    expect(refused.code).toBe(3);
    expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_METADATA_EXPIRED', message: expect.stringContaining('expired 2 days ago'), hint: expect.stringContaining('--allow-expired-bundle') });
    expect(await fs.readdir(ws)).toEqual([]);

    const allowed = await gotong(['install', '@bandung/e-musrenbang', '--from-bundle', expired, '--allow-expired-bundle'], { cwd: ws, env: offlineEnv });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toContain('warning INSTALLING FROM AN EXPIRED BUNDLE: its signed metadata expired 2 days ago');
    expect(allowed.stdout).toContain('2 modules installed');
    const json = await gotong(['install', '@bandung/e-musrenbang', '--from-bundle', expired, '--allow-expired-bundle', '--json'], { cwd: ws, env: offlineEnv });
    expect(json.json.ok, json.stderr).toBe(true);
    expect(json.stderr).toContain('"code":"GOTONG_W_BUNDLE_EXPIRED"');
  });
  it('a bundle older than the metadata this machine already trusts is refused as a rollback', async () => {
    // Bandung publishes again and this machine installs online: it now trusts a newer timestamp than the bundle's.
    const dir = await writeModule(world.path('src', 'ref-kode-wilayah-1.2.0'), { name: '@bandung/ref-kode-wilayah', version: '1.2.0' }, { 'index.html': '<h1>1.2.0</h1>\n' });
    await registry.publishDir(dir);
    const ws = await workspace('rollback-ws');
    expect((await install({ cwd: ws, add: ['@bandung/ref-kode-wilayah'], reporter: new MemoryReporter(), env: world.env })).installed).toMatchObject([{ version: '1.2.0' }]);
    const before = await snapshotTree(ws);
    await expect(install({ cwd: ws, add: ['@bandung/e-musrenbang'], fromBundle: bundleFile, reporter: new MemoryReporter(), env: world.env })).rejects.toMatchObject({ code: 'GOTONG_E_METADATA_ROLLBACK', message: expect.stringContaining('older signed metadata') });
    expect(await snapshotTree(ws)).toEqual(before);
  });
});
