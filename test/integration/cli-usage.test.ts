// Mistakes on the command line itself, at every depth of the command tree:
// a GOTONG_E_USAGE code, one line and a hint that names the command's --help,
// exit 2, and under --json exactly one JSON document on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';

describe('usage errors through the command line', () => {
  let world: TestWorld;
  const run = (args: string[]) => gotong(args, { cwd: world.root, env: world.env });

  beforeAll(() => {
    world = makeWorld();
  });
  afterAll(() => world.cleanup());

  function expectHumanUsage(result: CliResult, message: RegExp, hint: string): void {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error GOTONG_E_USAGE /);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toBe(`  hint: ${hint}`);
  }

  function expectJsonUsage(result: CliResult, message: RegExp, hint: string): void {
    expect(result.code).toBe(2);
    // One document and nothing else: the whole of stdout parses.
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({ jsonVersion: 1, ok: false, error: { code: 'GOTONG_E_USAGE', hint } });
    expect(document.error.message).toMatch(message);
    expect(document.error.message).not.toContain('\n');
    expect(result.stderr).toBe('');
  }

  it('reports unknown flags, missing options and arguments of sub-commands as GOTONG_E_USAGE', async () => {
    const [bogus, missingOption, missingArgument, extraArgument, suggestion, optionValue] = await Promise.all([
      run(['registry', 'add-namespace', 'bandung', '--registry', 'nusantara', '--publisher-key', 'bandung.pem.pub', '--admin-key', 'admin.pem', '--bogus']),
      run(['registry', 'rotate-root', '--registry', 'nusantara']),
      run(['keys', 'show']),
      run(['keys', 'show', 'admin.pem', 'online.pem']),
      run(['install', '--frozn']),
      run(['catalog', 'build', '--out']),
    ]);
    expectHumanUsage(bogus, /unknown option '--bogus'/, 'Run `gotong registry add-namespace --help` for its options.');
    expectHumanUsage(missingOption, /required option '--admin-key <file>' not specified/, 'Run `gotong registry rotate-root --help` for its options.');
    expectHumanUsage(missingArgument, /missing required argument 'file'/, 'Run `gotong keys show --help` for its arguments.');
    expectHumanUsage(extraArgument, /too many arguments/, 'Run `gotong keys show --help` for its arguments.');
    expectHumanUsage(suggestion, /unknown option '--frozn'/, 'Did you mean --frozen? Run `gotong install --help` for its options.');
    expectHumanUsage(optionValue, /option '--out <dir>' argument missing/, 'Run `gotong catalog build --help` for its options.');
  });

  it('prints one JSON document when --json appears anywhere, however deep the mistake', async () => {
    const [install, addNamespace, keysShow, catalog, beforeCommand] = await Promise.all([
      run(['install', '--json', '--frozen', '--nope']),
      run(['registry', 'add-namespace', 'bandung', '--json']),
      run(['keys', 'show', '--json']),
      run(['catalog', 'build', '--nope', '--json']),
      run(['--json', 'install']),
    ]);
    expectJsonUsage(install, /unknown option '--nope'/, 'Run `gotong install --help` for its options.');
    expectJsonUsage(addNamespace, /required option '--registry <url>' not specified/, 'Run `gotong registry add-namespace --help` for its options.');
    expect(addNamespace.json.error?.details).toEqual({ command: 'gotong registry add-namespace' });
    expectJsonUsage(keysShow, /missing required argument 'file'/, 'Run `gotong keys show --help` for its arguments.');
    expectJsonUsage(catalog, /required option '--out <dir>' not specified|unknown option '--nope'/, 'Run `gotong catalog build --help` for its options.');
    expectJsonUsage(beforeCommand, /unknown option '--json'/, 'Run `gotong --help` for its options.');
  });

  it('reports unknown and missing commands at each level', async () => {
    const [top, nested, nestedJson, group, helpForNothing] = await Promise.all([
      run(['publsh']),
      run(['registry', 'nosuch']),
      run(['keys', 'nosuch', '--json']),
      run(['registry']),
      run(['help', 'nosuch']),
    ]);
    expectHumanUsage(top, /unknown command 'publsh'/, 'Did you mean publish? Run `gotong --help` for its commands.');
    expectHumanUsage(nested, /unknown command 'nosuch'/, 'Run `gotong registry --help` for its commands.');
    expectJsonUsage(nestedJson, /unknown command 'nosuch'/, 'Run `gotong keys --help` for its commands.');
    expectHumanUsage(group, /gotong registry needs a command: init, add-namespace, .*rotate-root/, 'Run `gotong registry --help` for what each does.');
    expectHumanUsage(helpForNothing, /unknown command 'nosuch'/, 'Run `gotong --help` for its commands.');
  });

  it('still prints help and the version, and exits 0', async () => {
    const [help, nestedHelp, helpCommand, version] = await Promise.all([
      run(['--help']),
      run(['registry', 'add-namespace', '--help', '--json']),
      run(['help', 'install']),
      run(['--version']),
    ]);
    for (const result of [help, nestedHelp, helpCommand, version]) {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
    }
    expect(help.stdout).toMatch(/^Usage: gotong /);
    expect(nestedHelp.stdout).toMatch(/^Usage: gotong registry add-namespace /);
    expect(nestedHelp.stdout).toContain('--admin-key <file>');
    expect(helpCommand.stdout).toMatch(/^Usage: gotong install/);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
