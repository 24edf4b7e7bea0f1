// The whole story through the command line, as the README tells it: keys,
// a registry, Bandung publishing from CI with keys in environment variables,
// Kubu Raya pinning the root and installing, then the everyday commands.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';

describe('the README story through the command line', () => {
  let world: TestWorld;
  let rootSha256 = '';
  let registryUrl = '';
  const admin = () => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('admin-home') } });
  const bandungCi = () => ({
    cwd: world.root,
    env: { ...world.env, GOTONG_HOME: world.path('ci-home'), GOTONG_SIGNING_KEY: keyText('bandung.pem'), GOTONG_ONLINE_KEY: keyText('online.pem'), GOTONG_KEY_PASSPHRASE: 'rahasia-bandung' },
  });
  const kuburaya = (cwd = world.path('portal')) => ({ cwd, env: { ...world.env, GOTONG_HOME: world.path('kuburaya-home') } });
  const keys: Record<string, string> = {};
  const keyText = (name: string) => keys[name];

  beforeAll(async () => {
    world = makeWorld();
  });
  afterAll(() => world.cleanup());

  it('generates keys: private 0600, encrypted with a passphrase, key id shown', async () => {
    for (const name of ['admin', 'online']) {
      const result = await gotong(['keys', 'generate', '--out', `${name}.pem`, '--json'], admin());
      expect(result.json.keyId).toMatch(/^[0-9a-f]{64}$/);
      expect((await fs.stat(world.path(`${name}.pem`))).mode & 0o777).toBe(0o600);
    }
    const env = { ...admin().env, BANDUNG_PASS: 'rahasia-bandung' };
    const generated = await gotong(['keys', 'generate', '--out', 'bandung.pem', '--passphrase-env', 'BANDUNG_PASS', '--json'], { cwd: world.root, env });
    expect(generated.json.encrypted).toBe(true);
    expect(await fs.readFile(world.path('bandung.pem'), 'utf8')).toContain('ENCRYPTED PRIVATE KEY');
    const shown = await gotong(['keys', 'show', 'bandung.pem.pub', '--json'], admin());
    expect(shown.json.keyId).toBe(generated.json.keyId);
    expect(shown.stdout).not.toContain('PRIVATE');
    for (const name of ['admin.pem', 'online.pem', 'bandung.pem']) keys[name] = await fs.readFile(world.path(name), 'utf8');
  });

  it('creates a registry and delegates @bandung', async () => {
    const init = await gotong(['registry', 'init', 'registry.git', '--mode', 'direct', '--name', 'nusantara', '--root-key', 'admin.pem', '--online-key', 'online.pem', '--json'], admin());
    expect(init.json.ok).toBe(true);
    rootSha256 = String(init.json.rootSha256);
    registryUrl = String(init.json.url);
    const rootFile = execFileSync('git', ['show', 'main:metadata/1.root.json'], { cwd: registryUrl });
    expect(rootFile.toString()).not.toContain('PRIVATE');
    const added = await gotong(['registry', 'add-namespace', 'bandung', '--registry', registryUrl, '--publisher-key', 'bandung.pem.pub', '--admin-key', 'admin.pem', '--online-key', 'online.pem', '--json'], admin());
    expect(added.json).toMatchObject({ ok: true, namespace: 'bandung', threshold: 1 });
  });

  it('publishes from CI with keys in environment variables, and packs deterministically', async () => {
    await writeModule(world.path('src/ref-kode-wilayah'), { name: '@bandung/ref-kode-wilayah', version: '1.1.0', description: { id: 'Kode wilayah Kemendagri', en: 'Region codes' }, keywords: ['kode-wilayah'] }, { 'data/wilayah.csv': 'kode,nama\n32.73,Kota Bandung\n61.12,Kabupaten Kubu Raya\n' });
    await writeModule(world.path('src/e-musrenbang'), { name: '@bandung/e-musrenbang', version: '2.1.0', dependencies: { '@bandung/ref-kode-wilayah': '^1.1.0' } }, { 'index.html': '<h1>e-Musrenbang</h1>' });
    const first = await gotong(['pack', 'src/e-musrenbang', '--out-dir', 'out1', '--json'], admin());
    const second = await gotong(['pack', 'src/e-musrenbang', '--out-dir', 'out2', '--json'], admin());
    expect(first.json.integrity).toBe(second.json.integrity);
    const dry = await gotong(['publish', 'src/ref-kode-wilayah', '--registry', registryUrl, '--dry-run', '--json'], bandungCi());
    expect(dry.json).toMatchObject({ status: 'published', dryRun: true });
    for (const dir of ['src/ref-kode-wilayah', 'src/e-musrenbang']) {
      const result = await gotong(['publish', dir, '--registry', registryUrl, '--json'], bandungCi());
      expect(result.json).toMatchObject({ ok: true, status: 'published' });
      expect(result.stdout + result.stderr).not.toContain('PRIVATE KEY');
    }
    expect(execFileSync('git', ['log', '-1', '--format=%s|%an'], { cwd: registryUrl }).toString().trim()).toBe('publish @bandung/e-musrenbang@2.1.0|gotong (bandung)');
  });

  it('pack --dry-run lists what would ship and writes nothing; a secret file stops pack and publish', async () => {
    const dir = world.path('src/sso-asn');
    const files = { 'index.js': 'export {};\n', 'config/contoh.env': 'SSO_ASN_ISSUER=\n', '.gitignore': '.env\ncoverage/\n', '.env': 'SSO_ASN_CLIENT_SECRET=rahasia\n', 'coverage/lcov.info': 'TN:\n' };
    await writeModule(dir, { name: '@bandung/sso-asn', version: '1.0.0' }, files);
    const dry = await gotong(['pack', 'src/sso-asn', '--dry-run', '--json'], admin());
    const shipped = ['.gitignore', 'README.md', 'config/contoh.env', 'gotong.json', 'index.js'];
    expect(dry.json).toMatchObject({ jsonVersion: 1, ok: true, dryRun: true, name: '@bandung/sso-asn', version: '1.0.0', fileCount: 5, ignored: ['.env', 'coverage/'] });
    expect((dry.json.files as { path: string }[]).map((f) => f.path)).toEqual(shipped);
    const sizes = await Promise.all(shipped.map(async (path) => (await fs.stat(join(dir, path))).size));
    expect((dry.json.files as { size: number }[]).map((f) => f.size)).toEqual(sizes);
    expect(dry.json.unpackedSize).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(await fs.readdir(dir)).not.toContain('sso-asn-1.0.0.tgz');
    const human = await gotong(['pack', 'src/sso-asn', '--dry-run'], admin());
    expect(human.stdout).toMatch(/dry run: nothing written/);
    expect(human.stdout).toMatch(/left out by ignore rules:\n {2}\.env\n {2}coverage\//);
    const real = await gotong(['pack', 'src/sso-asn', '--json'], admin());
    expect(real.json).toMatchObject({ dryRun: false, integrity: dry.json.integrity });
    const listed = execFileSync('tar', ['-tzf', String(real.json.path)], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(shipped);

    await fs.writeFile(join(dir, 'config', 'kunci-sso.pem'), keyText('bandung.pem'));
    const refused = await gotong(['pack', 'src/sso-asn', '--dry-run', '--json'], admin());
    expect(refused.code).toBe(1);
    expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_PACK_SECRET', message: expect.stringContaining('config/kunci-sso.pem') });
    expect(refused.stdout).not.toContain('PRIVATE KEY');
    const publish = await gotong(['publish', 'src/sso-asn', '--registry', registryUrl, '--dry-run', '--json'], bandungCi());
    expect(publish.json.error?.code).toBe('GOTONG_E_PACK_SECRET');
    await fs.rm(join(dir, 'config', 'kunci-sso.pem'));
  });

  it('Kubu Raya pins the root, installs, lists, verifies and searches', async () => {
    const added = await gotong(['registry', 'add', 'nusantara', registryUrl, '--root-sha256', rootSha256, '--json'], kuburaya(world.root));
    expect(added.json.ok).toBe(true);
    await fs.mkdir(world.path('portal'));
    const installed = await gotong(['install', '@bandung/e-musrenbang', '--json'], kuburaya());
    expect(installed.json.installed).toEqual([
      { name: '@bandung/e-musrenbang', version: '2.1.0', integrity: expect.stringMatching(/^sha512-/) },
      { name: '@bandung/ref-kode-wilayah', version: '1.1.0', integrity: expect.stringMatching(/^sha512-/) },
    ]);
    const list = await gotong(['ls', '--json'], kuburaya());
    expect((list.json.modules as Array<{ name: string; direct: boolean }>).map((m) => [m.name, m.direct])).toEqual([
      ['@bandung/e-musrenbang', true],
      ['@bandung/ref-kode-wilayah', false],
    ]);
    expect((await gotong(['verify', '--json'], kuburaya())).json.ok).toBe(true);
    const search = await gotong(['search', 'kode', 'wilayah', '--json'], kuburaya());
    expect((search.json.results as Array<{ name: string }>).map((r) => r.name)).toEqual(['@bandung/ref-kode-wilayah']);
    const info = await gotong(['info', '@bandung/e-musrenbang', '--json'], kuburaya());
    expect(info.json).toMatchObject({ name: '@bandung/e-musrenbang', latest: '2.1.0' });
    expect((await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], kuburaya())).json).toMatchObject({ ok: true, problems: [] });
    const refreshed = await gotong(['registry', 'refresh', '--registry', registryUrl, '--json'], bandungCi());
    expect(refreshed.json.ok).toBe(true);
    expect((await gotong(['info', '@bandung/e-musrenbang', '--json'], kuburaya())).json.ok).toBe(true);
  });

  it('verify reports a changed installed file and exits 5', async () => {
    const file = world.path('portal/gotong_modules/@bandung/ref-kode-wilayah/data/wilayah.csv');
    const original = await fs.readFile(file);
    await fs.writeFile(file, 'kode,nama\n32.73,Kota Palsu\n');
    await fs.writeFile(world.path('portal/gotong_modules/@bandung/e-musrenbang/backdoor.js'), 'x');
    const result = await gotong(['verify', '--json'], kuburaya());
    expect(result.code).toBe(5);
    expect(result.json).toMatchObject({ ok: false, changed: ['@bandung/ref-kode-wilayah/data/wilayah.csv'], extra: ['@bandung/e-musrenbang/backdoor.js'] });
    await fs.writeFile(file, original);
    await fs.rm(world.path('portal/gotong_modules/@bandung/e-musrenbang/backdoor.js'));
  });

  it('installs offline from the cache, uninstalls, and installs frozen from the lockfile', async () => {
    await fs.mkdir(world.path('portal-offline'));
    await fs.copyFile(world.path('portal/gotong.json'), world.path('portal-offline/gotong.json'));
    await fs.copyFile(world.path('portal/gotong-lock.json'), world.path('portal-offline/gotong-lock.json'));
    const offline = await gotong(['install', '--offline', '--frozen', '--json'], kuburaya(world.path('portal-offline')));
    expect(offline.json.ok).toBe(true);
    expect(await fs.readFile(world.path('portal-offline/gotong_modules/@bandung/e-musrenbang/index.html'), 'utf8')).toBe('<h1>e-Musrenbang</h1>');
    const removed = await gotong(['uninstall', '@bandung/e-musrenbang', '--json'], kuburaya());
    expect(removed.json.removed).toEqual(['@bandung/e-musrenbang', '@bandung/ref-kode-wilayah']);
    await expect(fs.stat(world.path('portal/gotong_modules/@bandung/e-musrenbang'))).rejects.toThrow();
    const lock = JSON.parse(await fs.readFile(world.path('portal/gotong-lock.json'), 'utf8'));
    expect(lock.modules).toEqual({});
  });

  it('init writes a manifest without a terminal (making its folder), and version bumps and tags', async () => {
    const dir = world.path('src/sabilulungan');
    const init = await gotong(['init', dir, '--name', '@bandung/sabilulungan', '--version', '1.0.0', '--json'], admin());
    expect(init.json.manifest).toMatchObject({ name: '@bandung/sabilulungan', version: '1.0.0' });
    // Before the command, --version is gotong's own; after `init`, the module's.
    const own = await gotong(['--version'], admin());
    expect(own.code).toBe(0);
    expect(own.stdout.trim()).toBe(JSON.parse(await fs.readFile(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const outside = await gotong(['version', 'minor', dir, '--git-tag', '--json'], admin());
    expect(outside.code).toBe(1);
    expect(outside.json.error).toMatchObject({ code: 'GOTONG_E_GIT', message: expect.stringContaining('is not in a git repository') });
    expect(JSON.parse(await fs.readFile(join(dir, 'gotong.json'), 'utf8')).version).toBe('1.0.0');
    execFileSync('git', ['init', '--quiet'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=Diskominfo', '-c', 'user.email=d@bandung.go.id', 'commit', '--quiet', '--allow-empty', '-m', 'start'], { cwd: dir });
    const bumped = await gotong(['version', 'minor', dir, '--git-tag', '--json'], { cwd: world.root, env: { ...admin().env, GIT_AUTHOR_NAME: 'Diskominfo', GIT_AUTHOR_EMAIL: 'd@bandung.go.id', GIT_COMMITTER_NAME: 'Diskominfo', GIT_COMMITTER_EMAIL: 'd@bandung.go.id' } });
    expect(bumped.json).toMatchObject({ previous: '1.0.0', version: '1.1.0', tag: 'v1.1.0' });
    expect(execFileSync('git', ['tag'], { cwd: dir }).toString().trim()).toBe('v1.1.0');
    const pre = await gotong(['version', 'prerelease', dir, '--preid', 'rc', '--json'], admin());
    expect(pre.json.version).toBe('1.1.1-rc.0');
    const manifest = JSON.parse(await fs.readFile(join(dir, 'gotong.json'), 'utf8'));
    expect(manifest.version).toBe('1.1.1-rc.0');
  });

  it('init takes the namespace from the publisher key or the configuration, and never assumes @bandung', async () => {
    const dir = world.path('src/e-sakip');
    for (const folder of ['e-sakip', 'e-sakip-2', 'e-sakip-3', 'portal-desa']) await fs.mkdir(world.path('src', folder), { recursive: true });
    const nobody = await gotong(['init', dir, '--json'], kuburaya(world.root));
    expect(nobody.code).toBe(2);
    expect(nobody.json.error).toMatchObject({ code: 'GOTONG_E_NEEDS_TTY', hint: expect.stringContaining('--name @namespace/name') });
    await expect(fs.access(join(dir, 'gotong.json'))).rejects.toThrow();

    // Kubu Raya's home knows the registry and its delegations; the key is Bandung's publisher key.
    const keyed = { cwd: world.root, env: { ...kuburaya().env, GOTONG_SIGNING_KEY: keyText('bandung.pem'), GOTONG_KEY_PASSPHRASE: 'rahasia-bandung' } };
    const byKey = await gotong(['init', dir, '--json'], keyed);
    expect(byKey.json).toMatchObject({ ok: true, nameSource: 'signing-key', manifest: { name: '@bandung/e-sakip' } });
    const human = await gotong(['init', world.path('src/e-sakip-2')], keyed);
    expect(human.stdout).toContain('@bandung/e-sakip-2@0.1.0 (namespace from the publisher key in GOTONG_SIGNING_KEY)');

    const notDelegated = await gotong(['init', world.path('src/e-sakip-3'), '--json'], { cwd: world.root, env: { ...kuburaya().env, GOTONG_SIGNING_KEY: keyText('admin.pem') } });
    expect(notDelegated.json.error?.code).toBe('GOTONG_E_NEEDS_TTY');

    const home = world.path('kuburaya-engineer-home');
    await fs.mkdir(home, { recursive: true });
    await fs.writeFile(join(home, 'config.json'), JSON.stringify({ registries: {}, defaultNamespace: 'kuburaya' }));
    const byConfig = await gotong(['init', world.path('src/portal-desa'), '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: home } });
    expect(byConfig.json).toMatchObject({ ok: true, nameSource: 'config', manifest: { name: '@kuburaya/portal-desa' } });
  });

  it('errors carry a code and a hint, no stack trace without --verbose, and a usage error exits 2', async () => {
    const missing = await gotong(['publish', 'src/nowhere', '--registry', registryUrl], bandungCi());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/GOTONG_E_MANIFEST_MISSING/);
    expect(missing.stderr).toMatch(/hint:/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const verbose = await gotong(['publish', 'src/nowhere', '--registry', registryUrl, '--verbose'], bandungCi());
    expect(verbose.stderr).toMatch(/\n\s+at /);
    const usage = await gotong(['install', '--no-such-flag'], kuburaya());
    expect(usage.code).toBe(2);
    const noKey = await gotong(['publish', 'src/e-musrenbang', '--registry', registryUrl, '--json'], kuburaya(world.root));
    expect(noKey.json.error?.code).toBe('GOTONG_E_KEY_MISSING');
    expect(noKey.json.error?.hint).toContain('GOTONG_SIGNING_KEY');
    const wrongPass = await gotong(['publish', 'src/e-musrenbang', '--registry', registryUrl, '--json'], { cwd: world.root, env: { ...bandungCi().env, GOTONG_KEY_PASSPHRASE: 'salah' } });
    expect(wrongPass.json.error?.code).toBe('GOTONG_E_KEY_PASSPHRASE');
    expect(wrongPass.stdout).not.toContain('salah');
  });
});
