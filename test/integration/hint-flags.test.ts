// Hints through the built command line name only flags of the command that
// prints them: the same core error reads differently on `gotong install`
// (which has --offline) and on `gotong registry add` (which has not).
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { flagsTheCommandLacks } from '../helpers/hint-check.js';

describe('hints name only flags of the command that prints them', () => {
  let world: TestWorld;
  const run = (args: string[], env: NodeJS.ProcessEnv = world.env) => gotong(args, { cwd: world.root, env });
  const fingerprint = 'a'.repeat(64);

  beforeAll(async () => {
    world = makeWorld();
    const made = await run(['keys', 'generate', '--out', 'bandung.pem', '--passphrase-env', 'BANDUNG_PASS', '--json'], { ...world.env, BANDUNG_PASS: 'rahasia-bandung' });
    expect(made.json.encrypted).toBe(true);
  });
  afterAll(() => world.cleanup());

  it('an unreachable registry: registry add says to check the URL, install also offers --offline', async () => {
    const [gitAdd, httpAdd, install] = await Promise.all([
      run(['registry', 'add', 'jabar', 'git://127.0.0.1:1/registry.git', '--root-sha256', fingerprint, '--json']),
      run(['registry', 'add', 'jabar', 'http://127.0.0.1:1/registry', '--root-sha256', fingerprint, '--json']),
      run(['install', '@bandung/e-musrenbang', '--registry', 'http://127.0.0.1:1/registry', '--json']),
    ]);
    for (const added of [gitAdd, httpAdd]) {
      expect(added.json.error?.code).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
      expect(added.json.error?.hint).toMatch(/^Check the (registry URL|network)/);
      expect(flagsTheCommandLacks(added.json.error?.hint, ['registry', 'add'])).toEqual([]);
    }
    expect(install.json.error?.code).toBe('GOTONG_E_REGISTRY_UNREACHABLE');
    expect(install.json.error?.hint).toContain('Add --offline to work from the cache.');
    expect(flagsTheCommandLacks(install.json.error?.hint, ['install'])).toEqual([]);
  });

  it('an encrypted key without a passphrase: publish and registry init name their own flags', async () => {
    await fs.mkdir(world.path('e-musrenbang'));
    const [publish, init] = await Promise.all([
      run(['publish', 'e-musrenbang', '--registry', 'nusantara', '--key', 'bandung.pem', '--json']),
      run(['registry', 'init', 'registry.git', '--name', 'nusantara', '--root-key', 'bandung.pem']),
    ]);
    expect(publish.json.error?.code).toBe('GOTONG_E_KEY_PASSPHRASE');
    expect(publish.json.error?.hint).toContain('GOTONG_KEY_PASSPHRASE');
    expect(publish.json.error?.hint).toContain('--key-passphrase-env KEYFILE=VAR');
    expect(flagsTheCommandLacks(publish.json.error?.hint, ['publish'])).toEqual([]);
    expect(init.code).toBe(1);
    expect(init.stderr).toMatch(/^error GOTONG_E_KEY_PASSPHRASE the key from .*bandung\.pem is encrypted and no passphrase was given\n {2}hint: /);
    expect(flagsTheCommandLacks(init.stderr.split('hint: ')[1], ['registry', 'init'])).toEqual([]);
    await expect(fs.stat(world.path('registry.git'))).rejects.toThrow();
  });
});
