// An administrator's view of a registry's health through the command line:
// `registry status` shows the mode, every role and the branches waiting for
// someone, warns as an expiry comes near, and fails (exit 3) once a role has
// expired, once a role's signatures would be refused, or when the first
// root is not the pinned one, so that a scheduled job raises the alarm.
// `registry list` and `registry remove` manage the registries a machine knows.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitIdentity, updateRegistry } from '../../src/change/registry-update.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import type { RegistryWriter } from '../../src/trust/writer.js';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeKey, makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const DAY_MS = 86_400_000;

interface RoleJson {
  name: string;
  modules?: number;
  expiring?: string;
  weakest?: string;
  version: number | null;
  keyIds: string[];
  threshold: number;
  signatures: number | null;
  expires: string | null;
  daysLeft: number | null;
  state: string;
}

function git(cwd: string, ...args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'registry-admin', GIT_AUTHOR_EMAIL: 'admin@gotong.invalid', GIT_COMMITTER_NAME: 'registry-admin', GIT_COMMITTER_EMAIL: 'admin@gotong.invalid' };
  return execFileSync('git', args, { cwd, encoding: 'utf8', env, stdio: 'pipe' }).trim();
}

describe('registry status, list and remove', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  const run = (args: string[]) => gotong(args, { cwd: world.root, env: world.env });
  const status = (...extra: string[]) => run(['registry', 'status', ...extra]);
  const roles = (result: CliResult) => result.json.roles as RoleJson[];
  const role = (result: CliResult, name: string) => roles(result).find((r) => r.name === name)!;

  /** Signs a registry change as if it had been made at `now` (real keys, real git), to age the metadata. */
  const changeAt = (now: Date, build: (writer: RegistryWriter) => void | Promise<void>, paths?: string[]) =>
    updateRegistry({ location: registry.location, identity: commitIdentity('registry-admin', world.env), reporter: new MemoryReporter(), env: world.env, now, paths }, async (writer) => {
      await build(writer);
      writer.refreshTimestamp(registry.online.signer);
      return { changed: true, message: 'aged change', result: undefined };
    });

  /** Commits an edit of main's files straight to the registry repository, as someone with push access could. */
  async function commitToMain(message: string, edit: (dir: string) => Promise<void>): Promise<void> {
    const dir = world.path(`edit-${Date.now()}`);
    git(world.root, 'clone', '--quiet', '--branch', 'main', '--', registry.url, dir);
    await edit(dir);
    git(dir, 'commit', '--quiet', '-am', message);
    git(dir, 'push', '--quiet', 'origin', 'HEAD:main');
  }

  beforeAll(async () => {
    world = makeWorld();
    registry = await makeRegistry(world);
    await writeModule(world.path('sso-asn'), { name: '@bandung/sso-asn', version: '1.0.0' }, { 'index.js': 'export const sso = true;\n' });
    await registry.publishDir(world.path('sso-asn'));
  });
  afterAll(() => world.cleanup());

  it('shows the mode, every role with its keys and expiry, and no pending work on a healthy registry', async () => {
    const result = await status('--json');
    expect(result.code, result.stderr).toBe(0);
    expect(result.json).toMatchObject({ ok: true, jsonVersion: 1, name: 'nusantara', mode: 'direct', state: 'ok', rootSha256: registry.rootSha256, pinMatches: true });
    expect(roles(result).map((r) => r.name)).toEqual(['root', 'timestamp', 'snapshot', 'targets', 'bandung', 'kuburaya']);
    expect(role(result, 'root')).toMatchObject({ version: 1, keyIds: [registry.admin.keyId], threshold: 1, signatures: 1, state: 'ok', daysLeft: 364 });
    expect(role(result, 'timestamp')).toMatchObject({ keyIds: [registry.online.keyId], signatures: 1, state: 'ok', daysLeft: 6 });
    // One row for Bandung's role and its module's role together.
    expect(role(result, 'bandung')).toMatchObject({ version: 1, keyIds: [registry.publishers.bandung.keyId], signatures: 1, state: 'ok', modules: 1, expiring: 'bandung', weakest: 'bandung' });
    expect(role(result, 'kuburaya')).toMatchObject({ version: null, expires: null, signatures: null, state: 'ok' });
    expect(result.json.pending).toEqual({ incoming: { count: 0, branches: [] }, refused: { count: 0, branches: [] }, ceremony: { count: 0, branches: [] } });

    const human = await status();
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('mode direct');
    expect(human.stdout).toMatch(new RegExp(`^root +1 +${registry.admin.keyId.slice(0, 8)} +1 +1/1 +\\S+ +364d +ok$`, 'm'));
    expect(human.stdout).toMatch(/^kuburaya +- +\w{8} +1 +- +\(nothing published\)/m);
    expect(human.stdout).toContain('pending: nothing');
  });

  it('counts and names the proposals, refused proposals and ceremonies waiting on branches', async () => {
    const main = git(registry.url, 'rev-parse', 'main');
    const branches = ['incoming/bandung/7f3a', 'incoming/kuburaya/0c91', 'refused/bandung/5d2e', 'ceremony/root-2', 'archive/incoming/old', 'incoming-drafts'];
    for (const branch of branches) git(registry.url, 'update-ref', `refs/heads/${branch}`, main);
    const result = await status('--json');
    expect(result.json.pending).toEqual({
      incoming: { count: 2, branches: ['incoming/bandung/7f3a', 'incoming/kuburaya/0c91'] },
      refused: { count: 1, branches: ['refused/bandung/5d2e'] },
      ceremony: { count: 1, branches: ['ceremony/root-2'] },
    });
    const human = await status();
    expect(human.stdout).toContain('incoming: 2 (incoming/bandung/7f3a, incoming/kuburaya/0c91)');
    expect(human.stdout).toContain('ceremony: 1 (ceremony/root-2)');
    for (const branch of branches) git(registry.url, 'update-ref', '-d', `refs/heads/${branch}`);
  });

  it('warns when the timestamp is two days from its expiry, fails once it has passed, and is healthy again after a refresh', async () => {
    await changeAt(new Date(Date.now() - 6 * DAY_MS), () => undefined);
    const near = await status('--json');
    expect(near.code).toBe(0);
    expect(near.json).toMatchObject({ ok: true, state: 'warn' });
    expect(role(near, 'timestamp')).toMatchObject({ state: 'warn', daysLeft: 0 });
    expect(role(near, 'snapshot').state).toBe('ok');
    expect(near.stderr).toContain('"code":"GOTONG_W_EXPIRY_NEAR"');
    expect(near.stderr).toContain('registry refresh');

    await changeAt(new Date(Date.now() - 8 * DAY_MS), () => undefined);
    const passed = await status('--json');
    expect(passed.code).toBe(3);
    expect(passed.json).toMatchObject({ ok: false, state: 'expired', error: { code: 'GOTONG_E_METADATA_EXPIRED' } });
    expect(role(passed, 'timestamp')).toMatchObject({ state: 'expired', daysLeft: -1 });
    const human = await status();
    expect(human.code).toBe(3);
    expect(human.stdout).toMatch(/^timestamp .* 1d ago +expired$/m);
    expect(human.stderr).toContain('error GOTONG_E_METADATA_EXPIRED timestamp');
    expect(human.stderr).toContain('hint: Run `gotong registry refresh`');

    const refreshed = await run(['registry', 'refresh', '--registry', 'nusantara', '--online-key', registry.online.privateFile, '--json']);
    expect(refreshed.json.ok, refreshed.stderr).toBe(true);
    expect((await status('--json')).json).toMatchObject({ ok: true, state: 'ok' });
  });

  it('warns thirty days ahead for the targets role, which people renew', async () => {
    const pontianak = await makeKey(world, 'pontianak');
    await changeAt(new Date(Date.now() - 340 * DAY_MS), (writer) => writer.addNamespace('pontianak', [pontianak.signer], 1, [registry.admin.signer]));
    await changeAt(new Date(), () => undefined);
    const result = await status('--json');
    expect(result.code).toBe(0);
    expect(role(result, 'targets')).toMatchObject({ state: 'warn', daysLeft: 24 });
    expect(role(result, 'timestamp').state).toBe('ok');
    expect(result.stderr).toContain('the targets role of registry \\"nusantara\\" expires on');
  });

  it("warns on a namespace's row when one of its module roles nears its expiry, and its next publish renews it", async () => {
    const singkawang = await makeKey(world, 'singkawang');
    const file = (path: string) => ({ targetPath: path, bytes: Buffer.from(`tarball ${path}`) });
    // e-Kinerja published 340 days ago; SIPD 300 days ago, which left e-Kinerja's role alone (then 65 days from its end).
    await changeAt(new Date(Date.now() - 340 * DAY_MS), async (writer) => {
      writer.addNamespace('singkawang', [singkawang.signer], 1, [registry.admin.signer]);
      await writer.putTargets('singkawang', [file('singkawang/e-kinerja/e-kinerja-1.0.0.tgz')], [singkawang.signer]);
    }, ['targets/singkawang/e-kinerja']);
    await changeAt(new Date(Date.now() - 300 * DAY_MS), (writer) => writer.putTargets('singkawang', [file('singkawang/sipd/sipd-1.0.0.tgz')], [singkawang.signer]), ['targets/singkawang/sipd']);
    await changeAt(new Date(), () => undefined);
    const near = await status('--json');
    expect(near.code, near.stderr).toBe(0);
    expect(roles(near).map((r) => r.name)).not.toContain('singkawang.e-kinerja');
    expect(role(near, 'singkawang')).toMatchObject({ version: 2, modules: 2, expiring: 'singkawang.e-kinerja', state: 'warn', daysLeft: 24 });
    expect(near.stderr).toContain('the module role singkawang.e-kinerja (namespace singkawang) of registry \\"nusantara\\" expires on');
    expect(near.stderr).toContain('every module role that expires within 90 days');

    await changeAt(new Date(), (writer) => writer.putTargets('singkawang', [file('singkawang/sipd/sipd-1.1.0.tgz')], [singkawang.signer]), ['targets/singkawang/sipd']);
    expect(role(await status('--json'), 'singkawang')).toMatchObject({ version: 3, modules: 2, state: 'ok', daysLeft: 364 });
  });

  it('shows the mode registry.json names', async () => {
    await commitToMain('staged publishing', async (dir) => {
      const info = JSON.parse(await fs.readFile(join(dir, 'registry.json'), 'utf8'));
      await fs.writeFile(join(dir, 'registry.json'), JSON.stringify({ ...info, mode: 'staged' }, null, 2) + '\n');
    });
    expect((await status('--json')).json).toMatchObject({ ok: true, mode: 'staged' });
  });

  it('lists the registries this machine knows, without credentials, and removes one as if it had never been added', async () => {
    const home = world.env.GOTONG_HOME!;
    const added = await run(['registry', 'add', 'cadangan', registry.url, '--root-sha256', registry.rootSha256, '--json']);
    expect(added.json.ok, added.stderr).toBe(true);
    expect((await status('--registry', 'cadangan', '--json')).json.ok).toBe(true);
    const configFile = join(home, 'config.json');
    const config = JSON.parse(await fs.readFile(configFile, 'utf8'));
    config.registries.cermin = { url: 'https://ci-bandung:glpat-s3cret@git.jabar.go.id/gotong/registry.git', rootSha256: registry.rootSha256 };
    await fs.writeFile(configFile, JSON.stringify(config));

    const listed = await run(['registry', 'list', '--json']);
    expect(listed.json.registries).toEqual([
      { name: 'cadangan', url: registry.url, rootSha256: registry.rootSha256, default: false },
      { name: 'cermin', url: 'https://***@git.jabar.go.id/gotong/registry.git', rootSha256: registry.rootSha256, default: false },
      { name: 'nusantara', url: registry.url, rootSha256: registry.rootSha256, default: true },
    ]);
    const human = await run(['registry', 'list']);
    expect(human.stdout).toMatch(/^\* +nusantara +[0-9a-f]{64} /m);
    expect(human.stdout + human.stderr).not.toContain('s3cret');

    expect(await fs.stat(join(home, 'trust', 'cadangan')).then(() => true)).toBe(true);
    expect(await fs.stat(join(home, 'registries', 'cadangan')).then(() => true)).toBe(true);
    const removed = await run(['registry', 'remove', 'cadangan', '--json']);
    expect(removed.json).toMatchObject({ ok: true, name: 'cadangan', wasDefault: false });
    await expect(fs.stat(join(home, 'trust', 'cadangan'))).rejects.toThrow();
    await expect(fs.stat(join(home, 'registries', 'cadangan'))).rejects.toThrow();
    await fs.stat(join(home, 'trust', 'nusantara'));

    const unknown = await run(['registry', 'remove', 'cadangan', '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.json.error).toMatchObject({ code: 'GOTONG_E_REGISTRY_UNKNOWN', hint: expect.stringContaining('cermin, nusantara') });

    const removedDefault = await run(['registry', 'remove', 'nusantara', '--json']);
    expect(removedDefault.json).toMatchObject({ ok: true, wasDefault: true });
    expect(JSON.parse(await fs.readFile(configFile, 'utf8')).defaultRegistry).toBeUndefined();
    expect((await status('--json')).json.error?.code).toBe('GOTONG_E_REGISTRY_UNKNOWN');
    const again = await run(['registry', 'add', 'nusantara', registry.url, '--root-sha256', registry.rootSha256, '--json']);
    expect(again.json.ok, again.stderr).toBe(true);
    expect((await run(['registry', 'list', '--json'])).json.registries).toContainEqual({ name: 'nusantara', url: registry.url, rootSha256: registry.rootSha256, default: true });
  });

  it('fails when a role carries a later expiry that its keys never signed, so the alarm cannot be silenced', async () => {
    await commitToMain('extend the timestamp without its key', async (dir) => {
      const file = join(dir, 'metadata', 'timestamp.json');
      const timestamp = JSON.parse(await fs.readFile(file, 'utf8'));
      timestamp.signed.expires = '2099-01-01T00:00:00Z';
      await fs.writeFile(file, JSON.stringify(timestamp, null, 1) + '\n');
    });
    const result = await status('--json');
    expect(result.code).toBe(3);
    expect(result.json).toMatchObject({ ok: false, state: 'unsigned', error: { code: 'GOTONG_E_METADATA_INVALID' } });
    expect(role(result, 'timestamp')).toMatchObject({ expires: '2099-01-01T00:00:00Z', signatures: 0, signed: false, state: 'unsigned' });

    // The same done to one of Bandung's module roles fails Bandung's row.
    await commitToMain('extend a module role without its key', async (dir) => {
      const name = (await fs.readdir(join(dir, 'metadata'))).find((n) => n.endsWith('.bandung.sso-asn.json'))!;
      const module = JSON.parse(await fs.readFile(join(dir, 'metadata', name), 'utf8'));
      module.signed.expires = '2099-01-01T00:00:00Z';
      await fs.writeFile(join(dir, 'metadata', name), JSON.stringify(module, null, 1) + '\n');
    });
    expect(role(await status('--json'), 'bandung')).toMatchObject({ signed: false, signatures: 0, weakest: 'bandung.sso-asn', state: 'unsigned' });
  });

  it('fails when the registry\'s first root is not the one this machine pinned', async () => {
    const configFile = join(world.env.GOTONG_HOME!, 'config.json');
    const config = JSON.parse(await fs.readFile(configFile, 'utf8'));
    config.registries.nusantara.rootSha256 = 'e'.repeat(64);
    await fs.writeFile(configFile, JSON.stringify(config));
    const result = await status('--json');
    expect(result.code).toBe(3);
    expect(result.json).toMatchObject({ ok: false, pinMatches: false, error: { code: 'GOTONG_E_ROOT_MISMATCH' } });
  });
});
