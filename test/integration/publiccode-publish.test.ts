// Bandung publishes e-Musrenbang with its publiccode.yml: the fields a partner
// city filters by land in the signed index entry (read back through TUF by
// `gotong info`); a file with errors stops the publish unless
// --allow-invalid-publiccode, and warnings are shown.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/bandung/e-musrenbang/2.1.0/', import.meta.url));

describe('publish with a publiccode.yml', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  const run = (args: string[]) => gotong(args, { cwd: world.root, env: world.env });
  const publishArgs = (dir: string, ...more: string[]) => ['publish', dir, '--registry', 'nusantara', '--key', registry.publishers.bandung.privateFile, '--online-key', registry.online.privateFile, '--json', ...more];
  const warningsOf = (stderr: string, code: string) =>
    stderr.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { code: string; message: string }).filter((e) => e.code === code);
  const entryOf = async (version: string) => {
    const info = await run(['info', `@bandung/e-musrenbang@${version}`, '--registry', 'nusantara', '--json']);
    expect(info.code, info.stderr).toBe(0);
    return (info.json as { selected: Record<string, unknown> }).selected;
  };

  function variant(version: string, edit: (text: string) => string): string {
    const dir = world.path('src', version);
    cpSync(EXAMPLE, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(`${dir}/gotong.json`, 'utf8'));
    writeFileSync(`${dir}/gotong.json`, JSON.stringify({ ...manifest, version }, null, 2));
    writeFileSync(`${dir}/publiccode.yml`, edit(readFileSync(`${dir}/publiccode.yml`, 'utf8')));
    return dir;
  }

  beforeAll(async () => {
    world = makeWorld('gotong-publiccode-publish-');
    registry = await makeRegistry(world, ['bandung']);
  }, 60_000);
  afterAll(() => world?.cleanup());

  it('stores the parsed fields in the version\'s index entry and shows the warnings', async () => {
    const published = await run(publishArgs(variant('2.1.0', (text) => text.replace('landingURL:', 'landingUrl:'))));
    expect(published.code, published.stderr).toBe(0);
    expect(published.json).toMatchObject({ ok: true, status: 'published', version: '2.1.0' });
    expect(warningsOf(published.stderr, 'GOTONG_W_PUBLICCODE')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^publiccode\.yml:\d+:1 landingUrl is not a key .*\(unknown-key\)$/) }),
    ]);
    expect((await entryOf('2.1.0')).publiccode).toEqual({
      publiccodeYmlVersion: '0.4',
      developmentStatus: 'stable',
      softwareType: 'standalone/web',
      categories: ['digital-citizenship', 'workflow-management', 'data-collection'],
      platforms: ['web'],
      intendedAudience: { countries: ['id'], scope: ['local-authorities', 'society'] },
      maintenance: { type: 'internal', contacts: [{ name: 'Rina Kartika', email: 'rina.kartika@bandung.go.id', affiliation: 'Diskominfo Kota Bandung' }], contractors: [] },
      localisation: { localisationReady: true, availableLanguages: ['id', 'en'] },
    });
  });

  it('refuses a publiccode.yml with errors, and with --allow-invalid-publiccode publishes without its fields', async () => {
    const dir = variant('2.1.1', (text) => text.replace('developmentStatus: stable', 'developmentStatus: production'));
    const refused = await run(publishArgs(dir));
    expect(refused.code).toBe(1);
    expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_PUBLICCODE_INVALID', details: { errors: 1, findings: [expect.objectContaining({ code: 'not-allowed', path: 'developmentStatus' })] } });
    expect(refused.json.error!.hint).toContain('--allow-invalid-publiccode');

    const allowed = await run(publishArgs(dir, '--allow-invalid-publiccode'));
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.json).toMatchObject({ status: 'published', version: '2.1.1' });
    expect(warningsOf(allowed.stderr, 'GOTONG_W_PUBLICCODE_INVALID_ALLOWED')).toEqual([expect.objectContaining({ message: expect.stringContaining('developmentStatus "production" is not allowed') })]);
    expect((await entryOf('2.1.1')).publiccode).toBeUndefined();
  });
});
