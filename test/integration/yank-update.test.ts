// Day-2 operations through the command line, against a registry served by a
// real git server on loopback: Bandung pulls back a bad release of
// e-Musrenbang with `gotong yank` and deprecates an old Kode Wilayah table;
// Kubu Raya's fresh installs skip the yanked version while a server that
// installs its lockfile --frozen keeps it and warns with the reason; Kubu
// Raya's engineer sees it all in `gotong outdated` and moves on with
// `gotong update`, within the ranges and then with --latest.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { update, type RangeChange } from '../../src/install/update.js';
import type { OutdatedModule } from '../../src/query/outdated.js';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const MUSRENBANG = '@bandung/e-musrenbang';
const WILAYAH = '@bandung/ref-kode-wilayah';
const REASON = 'kode wilayah Kubu Raya (61.12) tertukar; gunakan 2.1.0';

describe('yank, deprecate, outdated and update through the command line over git://', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let gitUrl: string;
  let bandungEnv: NodeJS.ProcessEnv;
  let kuburayaKeyEnv: NodeJS.ProcessEnv;
  const kuburaya = (ws: string) => ({ cwd: world.path(ws), env: { ...world.env, GOTONG_HOME: world.path('kuburaya-home'), GOTONG_REGISTRY: 'nusantara' } });
  const bandung = () => ({ cwd: world.root, env: bandungEnv });
  const refs = () => execFileSync('git', ['--git-dir', registry.url, 'for-each-ref'], { encoding: 'utf8' });
  const lastCommit = () => execFileSync('git', ['--git-dir', registry.url, 'log', '-1', '--format=%s|%an', 'main'], { encoding: 'utf8' }).trim();
  const read = (path: string) => fs.readFile(world.path(path), 'utf8');
  const lockedVersions = async (ws: string) => Object.fromEntries(Object.entries(JSON.parse(await read(`${ws}/gotong-lock.json`)).modules as Record<string, { version: string }>).map(([n, m]) => [n, m.version]));
  const rows = (result: CliResult) => Object.fromEntries((result.json.modules as OutdatedModule[]).map((m) => [m.name, m]));
  /** The NDJSON warning lines a --json command wrote on stderr. */
  const warningLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { type: string; code: string; message: string });

  async function publishVersion(name: string, version: string, dependencies: Record<string, string> = {}): Promise<void> {
    const dir = world.path('src', `${name.split('/')[1]}-${version}`);
    await writeModule(dir, { name, version, dependencies }, { 'index.html': `<h1>${name}@${version}</h1>\n` });
    expect((await registry.publishDir(dir)).status).toBe('published');
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-yank-');
    registry = await makeRegistry(world, ['bandung', 'kuburaya'], world.path('served', 'registry.git'));
    server = await startGitServer(world.path('served'));
    gitUrl = server.url('registry.git');
    bandungEnv = {
      ...world.env,
      GOTONG_HOME: world.path('bandung-ci-home'),
      GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers.bandung.privateFile, 'utf8'),
      GOTONG_ONLINE_KEY: await fs.readFile(registry.online.privateFile, 'utf8'),
    };
    kuburayaKeyEnv = { ...bandungEnv, GOTONG_HOME: world.path('kuburaya-ci-home'), GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers.kuburaya.privateFile, 'utf8') };
    await publishVersion(WILAYAH, '1.1.0');
    await publishVersion(MUSRENBANG, '2.1.0', { [WILAYAH]: '^1.1.0' });
    await publishVersion(MUSRENBANG, '2.1.1', { [WILAYAH]: '^1.1.0' });
    for (const ws of ['portal', 'fresh', 'server', 'server-human']) await fs.mkdir(world.path(ws));
    const added = await gotong(['registry', 'add', 'nusantara', gitUrl, '--root-sha256', registry.rootSha256, '--json'], kuburaya('portal'));
    expect(added.json.ok, added.stderr).toBe(true);
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('Kubu Raya installs e-Musrenbang 2.1.1 before anything is yanked, without warnings', async () => {
    const installed = await gotong(['install', MUSRENBANG, '--json'], kuburaya('portal'));
    expect(installed.json, installed.stderr).toMatchObject({ ok: true, warnings: [] });
    expect(await lockedVersions('portal')).toEqual({ [MUSRENBANG]: '2.1.1', [WILAYAH]: '1.1.0' });
  });

  it('Bandung yanks 2.1.1 over git:// with its publisher key: a dry run first, then once, then "already yanked"', async () => {
    const before = refs();
    const { GOTONG_ONLINE_KEY: _online, ...withoutOnlineKey } = bandungEnv;
    const keyless = await gotong(['yank', `${MUSRENBANG}@2.1.1`, '--registry', gitUrl, '--json'], { cwd: world.root, env: withoutOnlineKey });
    expect(keyless.json.error, 'a direct registry needs the online key').toMatchObject({ code: 'GOTONG_E_KEY_MISSING', hint: expect.stringContaining('staged mode') });
    expect(refs()).toBe(before);
    const dry = await gotong(['yank', `${MUSRENBANG}@2.1.1`, '--reason', REASON, '--registry', gitUrl, '--dry-run', '--json'], bandung());
    expect(dry.json, dry.stderr).toMatchObject({ ok: true, status: 'yanked', dryRun: true });
    expect(refs()).toBe(before);

    const yanked = await gotong(['yank', `${MUSRENBANG}@2.1.1`, '--reason', REASON, '--registry', gitUrl, '--json'], bandung());
    expect(yanked.json, yanked.stderr).toEqual({ jsonVersion: 1, ok: true, status: 'yanked', name: MUSRENBANG, version: '2.1.1', reason: REASON, dryRun: false, retries: 0, proposal: null, state: null });
    expect(lastCommit()).toBe(`yank ${MUSRENBANG}@2.1.1|gotong (bandung)`);
    expect(yanked.stdout + yanked.stderr).not.toContain('PRIVATE KEY');

    const after = refs();
    const again = await gotong(['yank', `${MUSRENBANG}@2.1.1`, '--registry', gitUrl], bandung());
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${MUSRENBANG}@2.1.1 is already yanked: "${REASON}"\n`);
    expect(refs()).toBe(after);
  });

  it('Kubu Raya\'s publisher key cannot yank Bandung\'s module, and the registry stays as it was', async () => {
    const before = refs();
    const refused = await gotong(['yank', `${MUSRENBANG}@2.1.0`, '--registry', gitUrl, '--json'], { cwd: world.root, env: kuburayaKeyEnv });
    expect(refused.code).toBe(3);
    expect(refused.json.error?.code).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect(refs()).toBe(before);
  });

  it('a fresh install skips the yanked version', async () => {
    const fresh = await gotong(['install', MUSRENBANG, '--json'], kuburaya('fresh'));
    expect(fresh.json, fresh.stderr).toMatchObject({ ok: true, warnings: [] });
    expect(await lockedVersions('fresh')).toEqual({ [MUSRENBANG]: '2.1.0', [WILAYAH]: '1.1.0' });
    expect(JSON.parse(await read('fresh/gotong.json')).dependencies).toEqual({ [MUSRENBANG]: '^2.1.0' });
  });

  it('a server installing the lockfile --frozen keeps 2.1.1 and warns once, with the reason', async () => {
    for (const ws of ['server', 'server-human']) {
      for (const file of ['gotong.json', 'gotong-lock.json']) await fs.copyFile(world.path('portal', file), world.path(ws, file));
    }
    // A server of its own: no configured registry, the lockfile's root fingerprint is the pin.
    const serverEnv = { ...world.env, GOTONG_HOME: world.path('server-home'), GOTONG_REGISTRY: gitUrl };
    const frozen = await gotong(['install', '--frozen', '--json'], { cwd: world.path('server'), env: serverEnv });
    expect(frozen.json, frozen.stderr).toMatchObject({ ok: true, installed: [{ name: MUSRENBANG, version: '2.1.1' }, { name: WILAYAH, version: '1.1.0' }] });
    expect(await read('server/gotong_modules/@bandung/e-musrenbang/index.html')).toBe(`<h1>${MUSRENBANG}@2.1.1</h1>\n`);
    expect(frozen.json.warnings).toEqual([{ code: 'GOTONG_W_VERSION_YANKED', module: MUSRENBANG, version: '2.1.1', reason: REASON, message: `${MUSRENBANG}@2.1.1 is yanked: "${REASON}"` }]);
    expect(warningLines(frozen.stderr).filter((w) => w.code === 'GOTONG_W_VERSION_YANKED')).toHaveLength(1);

    const human = await gotong(['install', '--frozen'], { cwd: world.path('server-human'), env: serverEnv });
    expect(human.code, human.stderr).toBe(0);
    expect(human.stderr).toContain(`warning ${MUSRENBANG}@2.1.1 is yanked: "${REASON}"\n  It stays installed because gotong-lock.json pins it. Run \`gotong update ${MUSRENBANG}\``);
    expect(human.stderr.match(/is yanked/g)).toHaveLength(1);
  });

  it('the workspace that installed it warns too once it checks the registry, and keeps its version', async () => {
    const refreshed = await gotong(['install', '--refresh', '--json'], kuburaya('portal'));
    expect(refreshed.json, refreshed.stderr).toMatchObject({ ok: true, warnings: [{ code: 'GOTONG_W_VERSION_YANKED', module: MUSRENBANG, reason: REASON }] });
    expect(await lockedVersions('portal')).toEqual({ [MUSRENBANG]: '2.1.1', [WILAYAH]: '1.1.0' });
  });

  it('info shows the yank and its reason; latest skips it', async () => {
    const info = await gotong(['info', MUSRENBANG, '--json'], kuburaya('portal'));
    expect(info.json).toMatchObject({ latest: '2.1.0' });
    expect(info.json.versions).toMatchObject([
      { version: '2.1.0', yanked: false, yankedReason: null },
      { version: '2.1.1', yanked: true, yankedReason: REASON },
    ]);
    expect((await gotong(['info', MUSRENBANG], kuburaya('portal'))).stdout).toMatch(new RegExp(`^  2\\.1\\.1  \\S+  YANKED "${REASON.replace(/[()]/g, '\\$&')}"$`, 'm'));
  });

  it('Bandung deprecates the old Kode Wilayah table; installs warn with the message, an empty message takes it back', async () => {
    await publishVersion(WILAYAH, '1.2.0');
    const message = 'Gunakan 1.2.0: kode wilayah Permendagri 2024';
    const deprecated = await gotong(['deprecate', `${WILAYAH}@<1.2.0`, message, '--registry', gitUrl, '--json'], bandung());
    expect(deprecated.json, deprecated.stderr).toMatchObject({ ok: true, status: 'deprecated', name: WILAYAH, range: '<1.2.0', message, matched: ['1.1.0'], changed: ['1.1.0'] });
    expect(lastCommit()).toBe(`deprecate ${WILAYAH}@<1.2.0|gotong (bandung)`);
    const same = await gotong(['deprecate', `${WILAYAH}@<1.2.0`, message, '--registry', gitUrl, '--json'], bandung());
    expect(same.json).toMatchObject({ status: 'unchanged', changed: [] });

    const frozen = await gotong(['install', '--frozen', '--refresh', '--json'], kuburaya('portal'));
    expect(frozen.json.warnings).toEqual([
      { code: 'GOTONG_W_VERSION_YANKED', module: MUSRENBANG, version: '2.1.1', reason: REASON, message: expect.any(String) },
      { code: 'GOTONG_W_VERSION_DEPRECATED', module: WILAYAH, version: '1.1.0', reason: message, message: `${WILAYAH}@1.1.0 is deprecated: "${message}"` },
    ]);
    const info = await gotong(['info', WILAYAH], kuburaya('portal'));
    expect(info.stdout).toMatch(new RegExp(`^  1\\.1\\.0  \\S+  deprecated: "${message}"$`, 'm'));

    const undone = await gotong(['deprecate', `${WILAYAH}@<1.2.0`, '', '--registry', gitUrl, '--json'], bandung());
    expect(undone.json).toMatchObject({ status: 'undeprecated', message: null, changed: ['1.1.0'] });
    const redone = await gotong(['deprecate', `${WILAYAH}@<1.2.0`, message, '--registry', gitUrl, '--json'], bandung());
    expect(redone.json.status).toBe('deprecated');
  });

  it('outdated shows current, wanted, latest and the marks, and --exit-code fails CI', async () => {
    await publishVersion(MUSRENBANG, '2.2.0', { [WILAYAH]: '^1.1.0' });
    await publishVersion(MUSRENBANG, '3.0.0', { [WILAYAH]: '^1.2.0' });
    const report = await gotong(['outdated', '--json'], kuburaya('portal'));
    expect(report.code).toBe(0);
    expect(report.json).toMatchObject({ ok: true, registry: 'registry "nusantara"', outdatedCount: 2 });
    expect(rows(report)).toEqual({
      [MUSRENBANG]: { name: MUSRENBANG, direct: true, range: '^2.1.1', current: '2.1.1', wanted: '2.2.0', latest: '3.0.0', yanked: true, yankedReason: REASON, deprecated: null, outdated: true },
      [WILAYAH]: { name: WILAYAH, direct: false, range: null, current: '1.1.0', wanted: '1.2.0', latest: '1.2.0', yanked: false, yankedReason: null, deprecated: 'Gunakan 1.2.0: kode wilayah Permendagri 2024', outdated: true },
    });
    const ci = await gotong(['outdated', '--exit-code'], kuburaya('portal'));
    expect(ci.code).toBe(1);
    const lines = ci.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^module\s+current\s+wanted\s+latest\s+notes$/);
    expect(lines[1]).toMatch(new RegExp(`^@bandung/e-musrenbang\\s+2\\.1\\.1\\s+2\\.2\\.0\\s+3\\.0\\.0\\s+yanked: "${REASON.replace(/[()]/g, '\\$&')}"$`));
    expect(lines[2]).toMatch(/^@bandung\/ref-kode-wilayah\s+1\.1\.0\s+1\.2\.0\s+1\.2\.0\s+deprecated: ".*"; dependency of a dependency$/);
    expect(lines[3]).toContain('2 of 2 modules outdated');
  });

  it('update moves within the ranges; gotong.json keeps its ranges', async () => {
    const notInstalled = await gotong(['update', '@bandung/sso-asn', '--json'], kuburaya('portal'));
    expect(notInstalled.json.error?.code).toBe('GOTONG_E_NOT_INSTALLED');
    const updated = await gotong(['update', '--json'], kuburaya('portal'));
    expect(updated.json, updated.stderr).toMatchObject({
      ok: true,
      ranges: [],
      updated: [
        { name: MUSRENBANG, from: '2.1.1', to: '2.2.0' },
        { name: WILAYAH, from: '1.1.0', to: '1.2.0' },
      ],
      warnings: [],
    });
    expect(await lockedVersions('portal')).toEqual({ [MUSRENBANG]: '2.2.0', [WILAYAH]: '1.2.0' });
    expect(JSON.parse(await read('portal/gotong.json')).dependencies).toEqual({ [MUSRENBANG]: '^2.1.1' });
    expect(await read('portal/gotong_modules/@bandung/e-musrenbang/index.html')).toBe(`<h1>${MUSRENBANG}@2.2.0</h1>\n`);
    const again = await gotong(['update'], kuburaya('portal'));
    expect(again.stdout).toBe('nothing to update: 2 modules at the newest versions their ranges allow\n');
  });

  it('update --latest shows each range change before writing it, then installs', async () => {
    // No terminal: the change is shown and made, as in CI.
    const latest = await gotong(['update', MUSRENBANG, '--latest'], kuburaya('portal'));
    expect(latest.code, latest.stderr).toBe(0);
    expect(latest.stdout).toBe(`gotong.json:\n  ${MUSRENBANG} ^2.1.1 -> ^3.0.0\n  ${MUSRENBANG} 2.2.0 -> 3.0.0\n1 module updated, every byte verified\n`);
    expect(JSON.parse(await read('portal/gotong.json')).dependencies).toEqual({ [MUSRENBANG]: '^3.0.0' });
    expect(await lockedVersions('portal')).toEqual({ [MUSRENBANG]: '3.0.0', [WILAYAH]: '1.2.0' });
    const clean = await gotong(['outdated', '--exit-code'], kuburaya('portal'));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('all 2 modules are up to date (checked against registry "nusantara")\n');
  });

  it('declining the range changes on a terminal writes nothing', async () => {
    await publishVersion(MUSRENBANG, '3.1.0', { [WILAYAH]: '^1.2.0' });
    const before = await Promise.all(['gotong.json', 'gotong-lock.json'].map((f) => read(`portal/${f}`)));
    const shown: RangeChange[][] = [];
    const declined = await update({ ...kuburaya('portal'), modules: [], latest: true, reporter: new MemoryReporter(), confirm: async (changes) => (shown.push(changes), false) });
    expect(declined).toEqual({ ranges: [{ name: MUSRENBANG, from: '^3.0.0', to: '^3.1.0' }], declined: true, install: null });
    expect(shown).toEqual([declined.ranges]);
    expect(await Promise.all(['gotong.json', 'gotong-lock.json'].map((f) => read(`portal/${f}`)))).toEqual(before);
  });

  it('an update --latest the resolver cannot satisfy changes nothing', async () => {
    await publishVersion(MUSRENBANG, '4.0.0', { [WILAYAH]: '^5.0.0' });
    const files = ['gotong.json', 'gotong-lock.json'];
    const before = await Promise.all(files.map((f) => read(`portal/${f}`)));
    const failed = await gotong(['update', '--latest', '--json'], kuburaya('portal'));
    expect(failed.json.error?.code).toBe('GOTONG_E_RESOLVE_CONFLICT');
    expect(await Promise.all(files.map((f) => read(`portal/${f}`)))).toEqual(before);
    expect(await read('portal/gotong_modules/@bandung/e-musrenbang/index.html')).toBe(`<h1>${MUSRENBANG}@3.0.0</h1>\n`);
  });

  it('--undo brings the yanked version back; a second undo has nothing to do', async () => {
    const undone = await gotong(['yank', `${MUSRENBANG}@2.1.1`, '--undo', '--registry', gitUrl, '--json'], bandung());
    expect(undone.json, undone.stderr).toMatchObject({ ok: true, status: 'unyanked', reason: null });
    expect(lastCommit()).toBe(`unyank ${MUSRENBANG}@2.1.1|gotong (bandung)`);
    const info = await gotong(['info', MUSRENBANG, '--json'], kuburaya('portal'));
    expect(info.json.versions).toContainEqual(expect.objectContaining({ version: '2.1.1', yanked: false, yankedReason: null }));
    const again = await gotong(['yank', `${MUSRENBANG}@2.1.1`, '--undo', '--registry', gitUrl], bandung());
    expect(again.stdout).toBe(`${MUSRENBANG}@2.1.1 is not yanked: nothing to undo\n`);
    expect((await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], kuburaya('portal'))).json).toMatchObject({ ok: true, problems: [] });
  });
});
