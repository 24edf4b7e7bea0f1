// gotong in Bahasa Indonesia from end to end: with GOTONG_LANG=id, an
// administrator makes keys and a staged registry, Bandung proposes a module,
// the registry's pipeline accepts it, and Kubu Raya pins the registry,
// installs the module with its settings, lists, verifies and audits it, and
// makes the mistakes users make. Every line printed, on stdout and stderr,
// is read for English words (test/helpers/english-words.ts). The locale
// variables choose the language when GOTONG_LANG is not set.
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { englishIn } from '../helpers/english-words.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { buildProgram } from '../../src/cli/main.js';
import type { Command } from 'commander';

/** Words the test itself writes into modules (names, descriptions), which gotong prints as data. */
const DATA = ['kuburaya', 'bandung', 'nusantara', 'musrenbang', 'portal', 'Musyawarah perencanaan pembangunan', 'Development planning deliberation', 'Kabupaten Kubu Raya', 'city_name', 'region_code'];

/** Command names are the same in every language: `gotong install` is typed as it is. */
function commandNames(command: Command): string[] {
  return [command.name(), ...command.aliases(), ...command.commands.flatMap(commandNames)];
}

describe('gotong in Bahasa Indonesia', () => {
  let world: TestWorld;
  const printed: Array<{ args: string[]; run: CliResult }> = [];
  const as = (home: string, extra: NodeJS.ProcessEnv = {}) => ({ cwd: world.root, env: { ...world.env, GOTONG_LANG: 'id', GOTONG_HOME: world.path(home), ...extra } });

  async function say(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, expectedCode = 0): Promise<CliResult> {
    const run = await gotong(args, options);
    printed.push({ args, run });
    expect(run.code, `gotong ${args.join(' ')}\n${run.stdout}${run.stderr}`).toBe(expectedCode);
    return run;
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-id-');
  });
  afterAll(async () => world?.cleanup());

  it('publishes, accepts, installs and verifies with every message in Indonesian', async () => {
    const key = (name: string) => world.path('kunci', `${name}.pem`);
    const admin = as('admin');
    await fs.mkdir(world.path('kunci'), { recursive: true });
    for (const name of ['admin', 'online', 'bandung']) await say(['keys', 'generate', '--out', key(name)], admin);
    const init = await say(['registry', 'init', world.path('registry.git'), '--name', 'nusantara', '--root-key', key('admin'), '--online-key', key('online'), '--json'], admin);
    const { url, rootSha256 } = init.json as unknown as { url: string; rootSha256: string };
    await say(['registry', 'add-namespace', 'bandung', '--registry', url, '--publisher-key', `${key('bandung')}.pub`, '--admin-key', key('admin'), '--online-key', key('online')], admin);
    await say(['registry', 'status', '--registry', url], admin);

    const moduleDir = world.path('src', 'e-musrenbang');
    await writeModule(moduleDir, {
      name: '@bandung/e-musrenbang',
      version: '2.1.0',
      description: { id: 'Musyawarah perencanaan pembangunan', en: 'Development planning deliberation' },
      license: 'Apache-2.0',
      settings: {
        city_name: { type: 'string', required: true, description: { id: 'Nama pemerintah daerah', en: 'Name of the local government' } },
        region_code: { type: 'region', level: 'regency', required: true, description: { id: 'Kode wilayah', en: 'Region code' } },
      },
    } as never, { 'index.html': '<h1>e-Musrenbang</h1>\n' });
    const bandung = as('bandung-ci', { GOTONG_SIGNING_KEY: await fs.readFile(key('bandung'), 'utf8') });
    await say(['pack', moduleDir, '--out-dir', world.path('pack')], bandung);
    await say(['publish', moduleDir, '--registry', url], bandung);
    const pipeline = as('pipeline', { GOTONG_ONLINE_KEY: await fs.readFile(key('online'), 'utf8') });
    await say(['registry', 'pending', '--registry', url], pipeline);
    await say(['registry', 'accept', '--registry', url], pipeline);

    const kuburaya = as('kuburaya');
    const portal = world.path('portal');
    await fs.mkdir(portal, { recursive: true });
    const inPortal = { ...kuburaya, cwd: portal };
    await say(['registry', 'add', 'nusantara', url, '--root-sha256', rootSha256], kuburaya);
    await say(['info', '@bandung/e-musrenbang', '--registry', 'nusantara'], kuburaya);
    await say(['search', 'musrenbang', '--registry', 'nusantara'], kuburaya);
    // The mistakes: a missing required setting without a terminal, a module that does not exist, a misspelt flag.
    const missing = await say(['install', '@bandung/e-musrenbang', '--registry', 'nusantara'], inPortal, 2);
    expect(missing.stderr).toContain('GOTONG_E_SETTINGS_MISSING');
    await say(['install', '@bandung/tidak-ada', '--registry', 'nusantara'], inPortal, 1);
    await say(['install', '--frozn'], inPortal, 2);
    await say(['install', '@bandung/e-musrenbang', '--registry', 'nusantara', '--set', '@bandung/e-musrenbang:city_name=Kabupaten Kubu Raya', '--set', '@bandung/e-musrenbang:region_code=61.12'], inPortal);
    await say(['install'], inPortal);
    await say(['ls'], inPortal);
    await say(['config', 'list', '@bandung/e-musrenbang'], inPortal);
    await say(['verify'], inPortal);
    await say(['outdated'], inPortal);
    await say(['audit'], inPortal);
    await say(['install', '--help'], inPortal);
    await say(['--help'], inPortal);

    const all = printed.map(({ args, run }) => `$ gotong ${args.join(' ')}\n${run.stdout}${run.stderr}`).join('\n');
    // Indonesian is really spoken, not merely English left out.
    expect(all).toContain('galat GOTONG_E_MODULE_NOT_FOUND');
    expect(all).toContain('saran:');
    expect(all).toContain('Penggunaan:');
    const english = englishIn(printed.map(({ run }) => run.stdout + run.stderr).join('\n'), [...DATA, 'help', ...commandNames(buildProgram())]);
    expect(english, all).toEqual([]);
    if (process.env.GOTONG_SHOW_OUTPUT) console.log(all);
  });

  it('takes the language from the locale when GOTONG_LANG is not set, and GOTONG_LANG over the locale', async () => {
    const base: NodeJS.ProcessEnv = { ...world.env, GOTONG_HOME: world.path('locale') };
    delete base.GOTONG_LANG;
    const byLocale = await gotong(['install', '--frozn'], { cwd: world.root, env: { ...base, LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID.UTF-8' } });
    expect(byLocale.stderr).toContain('galat GOTONG_E_USAGE');
    const byLcAll = await gotong(['install', '--frozn'], { cwd: world.root, env: { ...base, LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' } });
    expect(byLcAll.stderr).toContain('error GOTONG_E_USAGE');
    const chosen = await gotong(['install', '--frozn', '--json'], { cwd: world.root, env: { ...base, GOTONG_LANG: 'en', LANG: 'id_ID.UTF-8' } });
    // --json keys and codes are the same in both languages; only the words change.
    const indonesian = await gotong(['install', '--frozn', '--json'], { cwd: world.root, env: { ...base, GOTONG_LANG: 'id' } });
    expect(Object.keys(chosen.json.error!).sort()).toEqual(Object.keys(indonesian.json.error!).sort());
    expect(chosen.json.error!.code).toBe(indonesian.json.error!.code);
    expect(chosen.json.error!.message).toBe("unknown option '--frozn'");
    expect(indonesian.json.error!.message).toBe("opsi '--frozn' tidak dikenal");
  });
});
