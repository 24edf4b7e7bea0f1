// A registry host that says no: a pre-receive hook (branch protection on
// GitLab or Gitea is one) or a full disk on the git server. The publish must
// fail at once, in one attempt, show the server's own message, and leave the
// registry as it was; it must not be taken for another publisher's push and
// retried.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong, GOTONG_BIN } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';
import { privateMounts } from '../helpers/small-disk.js';
import { snapshotTree } from '../helpers/snapshot.js';

const PROTECTED = 'GitLab: You are not allowed to push code to protected branches on this project.';

describe('a registry host that refuses the push', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let publisherEnv: NodeJS.ProcessEnv;
  const hookLog = () => world.path('pre-receive.log');

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-refused-');
    registry = await makeRegistry(world);
    publisherEnv = {
      ...world.env,
      GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers.bandung.privateFile, 'utf8'),
      GOTONG_ONLINE_KEY: await fs.readFile(registry.online.privateFile, 'utf8'),
    };
    await writeModule(world.path('mod/e-musrenbang'), { name: '@bandung/e-musrenbang', version: '2.1.0' }, { 'index.html': '<h1>e-Musrenbang Kota Bandung</h1>\n' });
  });
  afterAll(() => world?.cleanup());

  /** Everything the server holds: its refs and every file of the bare repository. */
  async function registryState() {
    return { refs: execFileSync('git', ['--git-dir', registry.url, 'for-each-ref'], { encoding: 'utf8' }), files: await snapshotTree(registry.url) };
  }

  async function protectMain(): Promise<void> {
    // Counts its runs, and says no as GitLab does, with a terminal escape a hostile host could send.
    const hook = `#!/bin/sh\necho run >> '${hookLog()}'\necho '${PROTECTED}' >&2\nprintf '\\033[2J\\033[31mcabang main dilindungi\\033[0m\\n' >&2\nexit 1\n`;
    await fs.writeFile(`${registry.url}/hooks/pre-receive`, hook, { mode: 0o755 });
  }

  it('a declined pre-receive hook: GOTONG_E_PUSH_REFUSED at once with the server\'s message, one attempt, registry unchanged', async () => {
    await protectMain();
    const before = await registryState();
    const result = await gotong(['publish', world.path('mod/e-musrenbang'), '--registry', 'nusantara', '--json', '--retry-for', '5m'], { cwd: world.root, env: publisherEnv });
    expect(result.json.error?.code, result.stdout + result.stderr).toBe('GOTONG_E_PUSH_REFUSED');
    expect(result.code).toBe(1);
    expect(result.json.error?.message).toContain(PROTECTED);
    expect(result.json.error?.message).toContain('pre-receive hook declined');
    expect(result.json.error?.message).toContain('cabang main dilindungi');
    expect([...(result.json.error?.message ?? '')].filter((c) => c < ' ' || c === '\x7f')).toEqual([]);
    expect(result.json.error?.hint).toMatch(/administrators/);
    expect(result.stderr).not.toContain('"type":"retry"');
    expect((await fs.readFile(hookLog(), 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
    expect(await registryState()).toEqual(before);
  });

  it('shows the refusal to a person on stderr, with its hint and without a stack trace', async () => {
    const result = await gotong(['publish', world.path('mod/e-musrenbang'), '--registry', 'nusantara'], { cwd: world.root, env: publisherEnv });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error GOTONG_E_PUSH_REFUSED the registry host refused the push');
    expect(result.stderr).toContain(PROTECTED);
    expect(result.stderr).toMatch(/hint: .*administrators/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('\x1b');
  });

  it('publishes as soon as the host allows it again', async () => {
    await fs.rm(`${registry.url}/hooks/pre-receive`);
    const result = await gotong(['publish', world.path('mod/e-musrenbang'), '--registry', 'nusantara', '--json'], { cwd: world.root, env: publisherEnv });
    expect(result.json, result.stderr).toMatchObject({ ok: true, status: 'published', retries: 0 });
  });

  it.skipIf(privateMounts === null)(`a full disk on the git server: GOTONG_E_PUSH_REFUSED naming the disk, one attempt, registry unchanged${privateMounts === null ? ' (skipped: no private mount namespace here, so no small disk can be mounted)' : ''}`, async () => {
    // Random bytes do not compress: a tarball of about 3 MB, for a server with about 1 MB free.
    await writeModule(world.path('mod/arsip'), { name: '@bandung/arsip-daerah', version: '1.0.0' }, { 'arsip.b64': randomBytes(2_400_000).toString('base64') });
    const disk = world.path('git-server-disk');
    const out = world.path('disk-full');
    await Promise.all([fs.mkdir(disk), fs.mkdir(out)]);
    const script = [
      'set -u',
      'mount -t tmpfs -o size=1500k tmpfs "$1"',
      'cp -a "$2" "$1/registry.git"',
      'git --git-dir "$1/registry.git" for-each-ref > "$3/refs-before"',
      '"$4" "$5" publish "$6" --registry "$1/registry.git" --json > "$3/publish.json" 2> "$3/publish.err"',
      'git --git-dir "$1/registry.git" for-each-ref > "$3/refs-after"',
    ].join('\n');
    const run = spawnSync(privateMounts![0], [...privateMounts!.slice(1), '--', 'sh', '-c', script, 'sh', disk, registry.url, out, process.execPath, GOTONG_BIN, world.path('mod/arsip')], {
      env: { ...publisherEnv, CI: 'true' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const published = JSON.parse(await fs.readFile(`${out}/publish.json`, 'utf8'));
    expect(published.error?.code, JSON.stringify(published)).toBe('GOTONG_E_PUSH_REFUSED');
    expect(published.error.message).toMatch(/No space left|unable to write|write error/i);
    expect(await fs.readFile(`${out}/publish.err`, 'utf8')).not.toContain('"type":"retry"');
    expect(await fs.readFile(`${out}/refs-after`, 'utf8')).toBe(await fs.readFile(`${out}/refs-before`, 'utf8'));
  });
});
