// `gotong publiccode validate` as a city's engineer and a CI job run it: the
// example e-Musrenbang file is valid, warnings print and exit 0, errors list
// line:column, key and code and exit 1 with GOTONG_E_PUBLICCODE_INVALID, and
// --json gives every finding.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/bandung/e-musrenbang/2.1.0/', import.meta.url));

describe('gotong publiccode validate', () => {
  let world: TestWorld;
  const run = (args: string[], cwd = world.root) => gotong(['publiccode', 'validate', ...args], { cwd, env: world.env });
  const example = readFileSync(join(EXAMPLE, 'publiccode.yml'), 'utf8');

  beforeAll(() => {
    world = makeWorld('gotong-publiccode-');
    mkdirSync(world.path('warned'));
    writeFileSync(world.path('warned', 'publiccode.yml'), example.replace('landingURL:', 'landingUrl:'));
    mkdirSync(world.path('broken'));
    writeFileSync(
      world.path('broken', 'publiccode.yml'),
      example.replace('developmentStatus: stable', 'developmentStatus: production').replace('license: Apache-2.0', 'license: Apache 2').replace('name: e-Musrenbang', 'name: e-Musrenbang\nname: Sabilulungan'),
    );
    mkdirSync(world.path('typed'));
    writeFileSync(world.path('typed', 'publiccode.yml'), example.replace('developmentStatus: stable', 'developmentStatus: production').replace('license: Apache-2.0', 'license: Apache 2'));
  });
  afterAll(() => world.cleanup());

  it('finds ./publiccode.yml, or the file in a folder given, and says it is valid', async () => {
    const [here, folder] = await Promise.all([run([], EXAMPLE), run([EXAMPLE, '--json'])]);
    expect(here).toMatchObject({ code: 0, stderr: '' });
    expect(here.stdout).toBe('publiccode.yml: valid publiccode.yml\n');
    expect(folder.code).toBe(0);
    expect(folder.json).toMatchObject({ jsonVersion: 1, ok: true, valid: true, errors: 0, warnings: 0, findings: [], file: join(EXAMPLE, 'publiccode.yml') });
  });

  it('prints warnings and exits 0', async () => {
    const [human, json] = await Promise.all([run(['warned/publiccode.yml']), run(['warned', '--json'])]);
    expect(human.code).toBe(0);
    const line = example.split('\n').findIndex((l) => l.startsWith('landingURL:')) + 1;
    expect(human.stdout).toContain(`${line}:1  warning  landingUrl is not a key of publiccode.yml 0.x and is ignored; did you mean "landingURL"?  unknown-key`);
    expect(human.stdout).toContain('warned/publiccode.yml: valid publiccode.yml, 1 warning');
    expect(json.json).toMatchObject({ ok: true, valid: true, warnings: 1, findings: [{ severity: 'warning', code: 'unknown-key', path: 'landingUrl', line, column: 1 }] });
  });

  it('lists errors with line, column, key and code, and exits 1 with GOTONG_E_PUBLICCODE_INVALID', async () => {
    const [human, json, duplicate] = await Promise.all([run(['typed']), run(['typed', '--json']), run(['broken', '--json'])]);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe('');
    const statusLine = example.split('\n').findIndex((l) => l.startsWith('developmentStatus:')) + 1;
    expect(human.stderr).toContain(`${statusLine}:20  error    developmentStatus "production" is not allowed: one of concept, development, beta, stable, obsolete  not-allowed`);
    expect(human.stderr).toMatch(/legal\.license "Apache 2" names "Apache", which is not an SPDX licence identifier/);
    expect(human.stderr).toMatch(/^error GOTONG_E_PUBLICCODE_INVALID .*typed\/publiccode\.yml has 2 errors/m);
    expect(human.stderr).toContain('hint: Fix each error listed');
    expect(json.code).toBe(1);
    expect(json.json.error).toMatchObject({ code: 'GOTONG_E_PUBLICCODE_INVALID', details: { errors: 2, warnings: 0 } });
    expect((json.json.error!.details!.findings as Array<{ code: string }>).map((f) => f.code)).toEqual(['not-allowed', 'bad-licence']);
    expect(duplicate.json.error!.details!.findings).toMatchObject([{ code: 'duplicate-key', line: example.split('\n').findIndex((l) => l.startsWith('name:')) + 2 }]);
  });

  it('says where it looked when there is no file', async () => {
    const missing = await run(['--json']);
    expect(missing.code).toBe(1);
    expect(missing.json.error).toMatchObject({ code: 'GOTONG_E_PUBLICCODE_MISSING' });
    expect(missing.json.error!.message).toContain(world.path('publiccode.yml'));
  });

  it('init writes a starting file from gotong.json, names what is left to fill in, and never overwrites without --force', async () => {
    mkdirSync(world.path('fresh'));
    writeFileSync(world.path('fresh', 'gotong.json'), readFileSync(join(EXAMPLE, 'gotong.json')));
    const init = (...more: string[]) => gotong(['publiccode', 'init', 'fresh', '--json', ...more], { cwd: world.root, env: world.env });
    const first = await init();
    expect(first.code, first.stderr).toBe(0);
    expect(first.json).toMatchObject({ ok: true, file: world.path('fresh', 'publiccode.yml'), toFill: ['categories', 'description.id.features', 'description.id.longDescription', 'maintenance.contacts'] });
    const again = await init();
    expect(again.code).toBe(1);
    expect(again.json.error).toMatchObject({ code: 'GOTONG_E_PUBLICCODE_EXISTS' });
    expect((await init('--force')).code).toBe(0);
    const check = await run(['fresh', '--json']);
    expect(check.json.error).toMatchObject({ code: 'GOTONG_E_PUBLICCODE_INVALID', details: { errors: 4 } });
  });
});
