// Per-city settings, as Kubu Raya meets them: Bandung's SSO module asks for
// the installing city's name, region code, endpoint and client secret. Kubu
// Raya's CI installs it without a terminal (flags and a YAML values file),
// its engineer changes values with `gotong config`, a newer version adds a
// required setting that stops `gotong update` until it has a value, and an
// engineer at a terminal answers the questions through a pseudo-terminal.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModuleManifest } from '../../src/manifest/types.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { onTerminal } from '../helpers/terminal.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const SSO = '@bandung/sso-asn';
const SECRET = 'Kubu-Raya-rahasia-7f3a9c';

const SETTINGS_V1: ModuleManifest['settings'] = {
  city_name: { type: 'string', required: true, description: { id: 'Nama pemerintah daerah', en: 'Name of the local government' } },
  region_code: { type: 'region', level: 'regency', required: true },
  sso_endpoint: { type: 'url', required: true },
  theme: { type: 'enum', values: ['terang', 'gelap'], default: 'terang' },
  session_minutes: { type: 'number', default: 30 },
  client_secret: { type: 'string', secret: true, required: true },
};

describe('per-city settings through the command line', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  const ws = (name: string) => ({ cwd: world.path(name), env: { ...world.env, SSO_CLIENT_SECRET: SECRET } });
  const read = (path: string) => fs.readFile(world.path(path), 'utf8');
  const generated = async (name: string) => JSON.parse(await read(`${name}/gotong_modules/@bandung/sso-asn/.gotong/settings.json`));

  async function publish(version: string, settings: ModuleManifest['settings']): Promise<void> {
    const dir = world.path('src', `sso-asn-${version}`);
    await writeModule(dir, { name: SSO, version, settings }, { 'index.js': 'export const version = 1;\n' });
    expect((await registry.publishDir(dir)).status).toBe('published');
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-settings-');
    registry = await makeRegistry(world, ['bandung']);
    await publish('1.0.0', SETTINGS_V1);
    for (const name of ['portal', 'typo', 'terminal']) await fs.mkdir(world.path(name));
  });
  afterAll(async () => {
    await world?.cleanup();
  });

  it('without a terminal, the install stops and names every required setting, changing nothing', async () => {
    const result = await gotong(['install', SSO, '--registry', 'nusantara', '--json'], ws('portal'));
    expect(result.code).toBe(2);
    expect(result.json.error).toMatchObject({ code: 'GOTONG_E_SETTINGS_MISSING' });
    for (const key of ['city_name', 'region_code', 'sso_endpoint', 'client_secret']) expect(result.json.error!.message).toContain(`${SSO}:${key}`);
    expect(result.json.error!.message).not.toContain('theme');
    expect(result.json.error!.hint).toContain('--set');
    expect(await fs.readdir(world.path('portal'))).not.toContain('gotong-lock.json');
  });

  it('refuses a value that does not fit, a key the module does not declare, and a pasted secret without echoing it', async () => {
    const base = ['install', SSO, '--registry', 'nusantara', '--json'];
    const wrongLevel = await gotong([...base, '--set', `${SSO}:region_code=61`], ws('typo'));
    expect(wrongLevel.json.error).toMatchObject({ code: 'GOTONG_E_SETTING_INVALID' });
    expect(wrongLevel.json.error!.message).toContain('region_code');
    const typo = await gotong([...base, '--set', `${SSO}:kota=Kubu Raya`], ws('typo'));
    expect(typo.json.error).toMatchObject({ code: 'GOTONG_E_SETTING_UNKNOWN' });
    expect(typo.json.error!.hint).toContain('city_name');
    const pasted = await gotong([...base, '--set', `${SSO}:client_secret=${SECRET}`], ws('typo'));
    expect(pasted.json.error).toMatchObject({ code: 'GOTONG_E_SETTING_INVALID' });
    expect(pasted.stdout + pasted.stderr).not.toContain(SECRET);
    const badUrl = await gotong([...base, '--set', `${SSO}:sso_endpoint=javascript:alert(1)`], ws('typo'));
    expect(badUrl.json.error).toMatchObject({ code: 'GOTONG_E_SETTING_INVALID' });
  });

  it('installs with a YAML values file and --set; values go to gotong-settings.json and the module\'s own file, the secret nowhere', async () => {
    await fs.writeFile(world.path('kuburaya.yaml'), `"${SSO}":\n  city_name: Kabupaten Kubu Raya\n  region_code: "61.12"\n  sso_endpoint: https://sso.kuburayakab.go.id/realms/asn\n  session_minutes: 45\n`);
    const result = await gotong(['install', SSO, '--registry', 'nusantara', '--values', world.path('kuburaya.yaml'), '--set', `${SSO}:client_secret=env:SSO_CLIENT_SECRET`, '--json'], ws('portal'));
    expect(result.json, result.stderr).toMatchObject({ ok: true });
    expect(await generated('portal')).toEqual({
      settingsVersion: 1,
      module: SSO,
      values: { city_name: 'Kabupaten Kubu Raya', region_code: '61.12', session_minutes: 45, sso_endpoint: 'https://sso.kuburayakab.go.id/realms/asn', theme: 'terang' },
      secrets: { client_secret: { env: 'SSO_CLIENT_SECRET' } },
    });
    expect(JSON.parse(await read('portal/gotong-settings.json')).modules[SSO]).toMatchObject({ client_secret: { env: 'SSO_CLIENT_SECRET' }, region_code: '61.12' });
    // grep the whole workspace and gotong's home: the secret's value was never written.
    const grep = spawnSync('grep', ['-rl', SECRET, world.path('portal'), world.env.GOTONG_HOME!]);
    expect(grep.status, grep.stdout.toString()).toBe(1);
    const verified = await gotong(['verify', '--json'], ws('portal'));
    expect(verified.json, verified.stderr).toMatchObject({ ok: true });
  });

  it('gotong config reads and changes values, checked by type, rewriting the module\'s file', async () => {
    const get = await gotong(['config', 'get', SSO, 'region_code'], ws('portal'));
    expect(get.stdout.trim()).toBe('61.12');
    const set = await gotong(['config', 'set', SSO, 'theme', 'gelap', '--json'], ws('portal'));
    expect(set.json).toMatchObject({ ok: true, setting: { key: 'theme', value: 'gelap', source: 'workspace' } });
    expect((await generated('portal')).values.theme).toBe('gelap');
    const bad = await gotong(['config', 'set', SSO, 'theme', 'ungu', '--json'], ws('portal'));
    expect(bad.json.error).toMatchObject({ code: 'GOTONG_E_SETTING_INVALID' });
    const unset = await gotong(['config', 'unset', SSO, 'theme', '--json'], ws('portal'));
    expect(unset.json).toMatchObject({ setting: { value: 'terang', source: 'default' } });
    expect((await generated('portal')).values.theme).toBe('terang');
    const required = await gotong(['config', 'unset', SSO, 'city_name', '--json'], ws('portal'));
    expect(required.json.error).toMatchObject({ code: 'GOTONG_E_SETTINGS_MISSING' });
    const list = await gotong(['config', 'list', '--json'], ws('portal'));
    const rows = list.json.settings as Array<{ key: string; source: string; secret: boolean; value: unknown }>;
    expect(rows.map((r) => r.key).sort()).toEqual(['city_name', 'client_secret', 'region_code', 'session_minutes', 'sso_endpoint', 'theme']);
    expect(rows.find((r) => r.key === 'client_secret')).toMatchObject({ secret: true, value: { env: 'SSO_CLIENT_SECRET' } });
    const human = await gotong(['config', 'list', SSO], ws('portal'));
    expect(human.stdout).toContain(`${SSO} region_code = 61.12  (region regency, required)`);
  });

  it('a reinstall keeps the values; a newer version\'s new required setting stops update, named, until it has one', async () => {
    await fs.rm(world.path('portal', 'gotong_modules', '@bandung'), { recursive: true });
    const again = await gotong(['install', '--json'], ws('portal'));
    expect(again.json, again.stderr).toMatchObject({ ok: true });
    expect((await generated('portal')).values.city_name).toBe('Kabupaten Kubu Raya');

    await publish('1.1.0', { ...SETTINGS_V1, helpdesk_email: { type: 'email', required: true } });
    const lockBefore = await read('portal/gotong-lock.json');
    const stopped = await gotong(['update', '--json'], ws('portal'));
    expect(stopped.json.error).toMatchObject({ code: 'GOTONG_E_SETTINGS_MISSING', details: { missing: [{ module: SSO, key: 'helpdesk_email', type: 'email', secret: false }] } });
    expect(await read('portal/gotong-lock.json')).toBe(lockBefore);
    const updated = await gotong(['update', '--set', `${SSO}:helpdesk_email=diskominfo@kuburayakab.go.id`, '--json'], ws('portal'));
    expect(updated.json, updated.stderr).toMatchObject({ ok: true, updated: [{ name: SSO, from: '1.0.0', to: '1.1.0' }] });
    expect((await generated('portal')).values).toMatchObject({ helpdesk_email: 'diskominfo@kuburayakab.go.id', city_name: 'Kabupaten Kubu Raya' });
  });

  it('on a terminal, install asks for each missing required setting and checks the answers (through a pseudo-terminal)', () => {
    // "61" is refused (a province code where a regency's is asked) and stays typed; ".12" completes it.
    const run = onTerminal(
      ['install', SSO, '--registry', 'nusantara'],
      [['city_name', 'Kabupaten Kubu Raya'], ['region_code', '61'], ['must be', '.12'], ['sso_endpoint', 'https://sso.kuburayakab.go.id'], ['client_secret', 'SSO_CLIENT_SECRET'], ['helpdesk_email', 'diskominfo@kuburayakab.go.id']],
      { cwd: world.path('terminal'), env: world.env, seconds: 20 },
    );
    expect({ remaining: run.remaining, code: run.code }, run.transcript).toEqual({ remaining: 0, code: 0 });
    return fs.readFile(join(world.path('terminal'), 'gotong_modules/@bandung/sso-asn/.gotong/settings.json'), 'utf8').then((text) => {
      const file = JSON.parse(text);
      expect(file.values).toMatchObject({ city_name: 'Kabupaten Kubu Raya', region_code: '61.12', sso_endpoint: 'https://sso.kuburayakab.go.id', helpdesk_email: 'diskominfo@kuburayakab.go.id' });
      expect(file.secrets).toEqual({ client_secret: { env: 'SSO_CLIENT_SECRET' } });
    });
  });
});
