// Administrators whose keys have different passphrases sign together: each
// key file names its own variable with --key-passphrase-env, or, on a
// terminal, gotong asks for each one. `keys show` opens an encrypted key too.
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong, GOTONG_BIN } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { flagsTheCommandLacks } from '../helpers/hint-check.js';

const PASSPHRASES = { ADMIN_1_PASS: 'rahasia-admin-satu', ADMIN_2_PASS: 'rahasia-admin-dua' };

/**
 * Runs the built CLI on a pseudo-terminal (util-linux `script`) and types the
 * answer to each question as it appears. Returns what the terminal showed.
 */
function onTerminal(world: TestWorld, args: string[], answers: Array<{ question: string; answer: string }>): Promise<{ code: number; screen: string }> {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const commandLine = [process.execPath, GOTONG_BIN, ...args].map(quote).join(' ');
  const env = { ...world.env };
  delete env.CI;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['--quiet', '--return', '--command', commandLine, '/dev/null'], { cwd: world.root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let next = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      while (next < answers.length && screen.includes(answers[next].question)) child.stdin.write(`${answers[next++].answer}\r`);
    });
    // A question that never comes would leave the command waiting: stop it, and let the assertions show the screen.
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, screen });
    });
  });
}

describe('passphrases, one per key', () => {
  let world: TestWorld;
  let registryUrl = '';
  const env = () => ({ ...world.env, ...PASSPHRASES });
  const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => gotong(args, { cwd: world.root, env: { ...env(), ...extra } });
  const keyIds: Record<string, string> = {};
  const git = (...args: string[]) => execFileSync('git', args, { cwd: registryUrl, encoding: 'utf8' }).trim();
  const head = () => git('rev-parse', 'main');
  /** The namespaces the newest top-level targets role delegates. */
  const delegatedRoles = () => {
    const versions = git('ls-tree', '--name-only', 'main', 'metadata/').split('\n').map((f) => f.match(/^metadata\/(\d+)\.targets\.json$/)?.[1]).filter(Boolean).map(Number);
    const targets = JSON.parse(git('show', `main:metadata/${Math.max(...versions)}.targets.json`));
    return (targets.signed.delegations.roles as Array<{ name: string }>).map((role) => role.name).sort();
  };
  const bothAdmins = ['--admin-key', 'admin-1.pem', '--admin-key', 'admin-2.pem'];
  const eachPassphrase = ['--key-passphrase-env', 'admin-1.pem=ADMIN_1_PASS', '--key-passphrase-env', 'admin-2.pem=ADMIN_2_PASS'];

  beforeAll(async () => {
    world = makeWorld();
    const made = await Promise.all([
      run(['keys', 'generate', '--out', 'admin-1.pem', '--passphrase-env', 'ADMIN_1_PASS', '--json']),
      run(['keys', 'generate', '--out', 'admin-2.pem', '--passphrase-env', 'ADMIN_2_PASS', '--json']),
      run(['keys', 'generate', '--out', 'online.pem', '--json']),
      run(['keys', 'generate', '--out', 'bandung.pem', '--json']),
      run(['keys', 'generate', '--out', 'kunci/kuburaya.pem', '--json']),
    ]);
    for (const [i, name] of ['admin-1', 'admin-2', 'online', 'bandung', 'kuburaya'].entries()) keyIds[name] = String(made[i].json.keyId);
    // A folder that did not exist is made, for the owner alone.
    expect(made[4].json, made[4].stderr).toMatchObject({ ok: true, privateKeyFile: world.path('kunci', 'kuburaya.pem') });
    expect((await fs.stat(world.path('kunci'))).mode & 0o777).toBe(0o700);
  });
  afterAll(() => world.cleanup());

  it('keys show opens an encrypted private key with its passphrase, and says how to give one', async () => {
    const [pub, own, shared, none, wrong] = await Promise.all([
      run(['keys', 'show', 'admin-2.pem.pub', '--json']),
      run(['keys', 'show', 'admin-2.pem', '--key-passphrase-env', 'admin-2.pem=ADMIN_2_PASS', '--json']),
      run(['keys', 'show', 'admin-2.pem'], { GOTONG_KEY_PASSPHRASE: PASSPHRASES.ADMIN_2_PASS }),
      run(['keys', 'show', 'admin-2.pem', '--json']),
      run(['keys', 'show', 'admin-2.pem', '--json'], { GOTONG_KEY_PASSPHRASE: PASSPHRASES.ADMIN_1_PASS }),
    ]);
    expect(pub.json.keyId).toBe(keyIds['admin-2']);
    expect(own.json).toMatchObject({ ok: true, keyId: keyIds['admin-2'], publicKey: pub.json.publicKey, keyType: 'ed25519' });
    expect(shared.stdout).toBe(`key id     ${keyIds['admin-2']}\npublic key ${pub.json.publicKey} (ed25519)\n`);
    expect(none.code).toBe(1);
    expect(none.json.error).toMatchObject({ code: 'GOTONG_E_KEY_PASSPHRASE', message: expect.stringMatching(/admin-2\.pem is encrypted and no passphrase was given$/) });
    expect(none.json.error?.hint).toContain('--key-passphrase-env KEYFILE=VAR');
    expect(flagsTheCommandLacks(none.json.error?.hint, ['keys', 'show'])).toEqual([]);
    expect(wrong.json.error).toMatchObject({ code: 'GOTONG_E_KEY_PASSPHRASE', message: expect.stringMatching(/GOTONG_KEY_PASSPHRASE does not open it$/) });
    for (const result of [own, shared, none, wrong]) {
      for (const secret of Object.values(PASSPHRASES)) expect(result.stdout + result.stderr).not.toContain(secret);
      expect(result.stdout + result.stderr).not.toContain('PRIVATE KEY');
    }
  });

  it('creates a registry with two administrators, threshold 2, and delegates @bandung with both keys', async () => {
    const init = await run(['registry', 'init', 'registry.git', '--mode', 'direct', '--name', 'nusantara', '--root-key', 'admin-1.pem', '--root-key', 'admin-2.pem', '--threshold', '2', '--online-key', 'online.pem', ...eachPassphrase, '--json']);
    expect(init.json).toMatchObject({ ok: true, name: 'nusantara' });
    registryUrl = String(init.json.url);
    const added = await run(['registry', 'add-namespace', 'bandung', '--registry', registryUrl, '--publisher-key', 'bandung.pem.pub', ...bothAdmins, '--online-key', 'online.pem', ...eachPassphrase, '--json']);
    expect(added.json).toMatchObject({ ok: true, namespace: 'bandung', keyIds: [keyIds.bandung] });
    expect(delegatedRoles()).toEqual(['bandung']);
    expect((await run(['registry', 'verify', '--registry', registryUrl, '--json'])).json).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses, and changes nothing, when one key has no passphrase of its own and the shared one does not open it', async () => {
    const before = head();
    const partial = await run(['registry', 'add-namespace', 'kuburaya', '--registry', registryUrl, '--publisher-key', 'kunci/kuburaya.pem.pub', ...bothAdmins, '--online-key', 'online.pem', '--key-passphrase-env', 'admin-1.pem=ADMIN_1_PASS', '--json'], {
      GOTONG_KEY_PASSPHRASE: PASSPHRASES.ADMIN_1_PASS,
    });
    expect(partial.json.error?.code).toBe('GOTONG_E_KEY_PASSPHRASE');
    expect(partial.json.error?.message).toMatch(/admin-2\.pem is encrypted and the passphrase in GOTONG_KEY_PASSPHRASE does not open it$/);
    expect(flagsTheCommandLacks(partial.json.error?.hint, ['registry', 'add-namespace'])).toEqual([]);
    const stranger = await run(['registry', 'add-namespace', 'kuburaya', '--registry', registryUrl, '--publisher-key', 'kunci/kuburaya.pem.pub', ...bothAdmins, '--key-passphrase-env', 'admin-3.pem=ADMIN_1_PASS', '--json']);
    expect(stranger.json.error).toMatchObject({ code: 'GOTONG_E_USAGE', message: '--key-passphrase-env names admin-3.pem, but this command reads no private key from it' });
    const unset = await run(['registry', 'add-namespace', 'kuburaya', '--registry', registryUrl, '--publisher-key', 'kunci/kuburaya.pem.pub', ...bothAdmins, '--key-passphrase-env', 'admin-1.pem=ADMIN_1_PASS', '--key-passphrase-env', 'admin-2.pem=rahasia_admin_dua', '--json']);
    expect(unset.json.error?.code).toBe('GOTONG_E_USAGE');
    // Written where a variable name belongs, it might be a passphrase: it is never repeated.
    expect(unset.stdout + unset.stderr).not.toContain('rahasia_admin_dua');
    expect(head()).toBe(before);
    const generated = await run(['keys', 'generate', '--out', 'admin-3.pem', '--passphrase-env', 'rahasia_admin_tiga', '--json']);
    expect(generated.json.error?.code).toBe('GOTONG_E_USAGE');
    expect(generated.stdout + generated.stderr).not.toContain('rahasia_admin_tiga');
    await expect(fs.stat(world.path('admin-3.pem'))).rejects.toThrow();
  });

  it('asks for each encrypted key on a terminal, one question per key', async () => {
    const asked = await onTerminal(world, ['registry', 'add-namespace', 'kuburaya', '--registry', registryUrl, '--publisher-key', 'kunci/kuburaya.pem.pub', ...bothAdmins, '--online-key', 'online.pem'], [
      { question: 'Passphrase for admin-1.pem', answer: PASSPHRASES.ADMIN_1_PASS },
      { question: 'Passphrase for admin-2.pem', answer: PASSPHRASES.ADMIN_2_PASS },
    ]);
    expect(asked.screen).toContain('@kuburaya/* is delegated to');
    expect(asked.code).toBe(0);
    for (const secret of Object.values(PASSPHRASES)) expect(asked.screen).not.toContain(secret);
    expect((await run(['registry', 'verify', '--registry', registryUrl, '--json'])).json).toMatchObject({ ok: true, problems: [] });
    expect(delegatedRoles()).toEqual(['bandung', 'kuburaya']);
  });
});
