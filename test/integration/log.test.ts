// The registry's log through the CLI, against a staged registry served by a
// real git server on loopback: Bandung publishes e-Musrenbang twice and
// yanks the second version (each a proposal the pipeline accepts), Kubu
// Raya's publisher key is rotated, and `gotong log` lists those events in
// order with their commits and signers. Then someone with push access but
// without Bandung's key proposes a role signed by a key of their own (the
// pipeline refuses it) and un-yanks the version by editing the index
// straight in git: the log lists both, unverified, with the reasons.
// --namespace, --module and --since filter.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotong } from '../helpers/cli.js';
import type { LogEvent } from '../../src/log/derive.js';
import { canonicalBytes } from '../../src/trust/keys.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const MODULE = '@bandung/e-musrenbang';
const ATTACKER = { GIT_AUTHOR_NAME: 'Penyusup', GIT_AUTHOR_EMAIL: 'x@example.invalid', GIT_COMMITTER_NAME: 'Penyusup', GIT_COMMITTER_EMAIL: 'x@example.invalid' };

describe('gotong log', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let gitUrl: string;
  let newKuburaya: KeyFiles;
  const commits: Record<string, string> = {};
  const mainCommit = () => execFileSync('git', ['--git-dir', registry.url, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
  const reader = () => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('auditor') } });
  const log = async (...args: string[]) => {
    const run = await gotong(['log', '--registry', gitUrl, '--json', ...args], reader());
    expect(run.json?.ok, run.stderr).toBe(true);
    return run.json.events as LogEvent[];
  };
  const accept = async () => {
    const run = await gotong(['registry', 'accept', '--registry', gitUrl, '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('pipeline'), GOTONG_ONLINE_KEY: await fs.readFile(registry.online.privateFile, 'utf8') } });
    expect(run.json.ok, run.stderr).toBe(true);
    return run.json as { accepted: unknown[]; refused: Array<{ reason: string }> };
  };
  const git = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...ATTACKER, ...env } }).trim();

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-log-');
    registry = await makeRegistry(world, ['bandung', 'kuburaya'], world.path('served', 'registry.git'), { mode: 'staged' });
    server = await startGitServer(world.path('served'));
    gitUrl = server.url('registry.git');
    for (const version of ['2.1.0', '2.1.1']) {
      const dir = world.path('src', version);
      await writeModule(dir, { name: MODULE, version }, { 'index.html': `<h1>e-Musrenbang ${version}</h1>\n` });
      expect((await registry.publishDir(dir)).status).toBe('proposed');
      expect((await accept()).accepted).toHaveLength(1);
      commits[version] = mainCommit();
    }
    const bandungEnv = { ...world.env, GOTONG_HOME: world.path('bandung-ci'), GOTONG_SIGNING_KEY: await fs.readFile(registry.publishers.bandung.privateFile, 'utf8') };
    const yanked = await gotong(['yank', `${MODULE}@2.1.1`, '--reason', 'kode wilayah tertukar', '--registry', gitUrl, '--json'], { cwd: world.root, env: bandungEnv });
    expect(yanked.json.error ?? null, yanked.stderr).toBeNull();
    expect((await accept()).accepted).toHaveLength(1);
    commits.yank = mainCommit();
    newKuburaya = await makeKey(world, 'kuburaya-2027');
    const rotated = await gotong(['registry', 'namespace-keys', 'kuburaya', '--registry', gitUrl, '--publisher-key', newKuburaya.publicFile, '--signing-key', newKuburaya.privateFile, '--admin-key', registry.admin.privateFile, '--online-key', registry.online.privateFile, '--json'], { cwd: world.root, env: world.env });
    expect(rotated.json.error ?? null, rotated.stderr).toBeNull();
    commits.keys = mainCommit();
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('lists a publish, a yank and a key change in order, each with its commit and signers, verified', async () => {
    const events = await log();
    expect(events.map((e) => [e.kind, e.namespace, e.version ?? null, e.commit, e.verified])).toEqual([
      ['root-changed', null, null, expect.any(String), true],
      ['namespace-added', 'bandung', null, expect.any(String), true],
      ['namespace-added', 'kuburaya', null, expect.any(String), true],
      ['proposal-accepted', 'bandung', null, commits['2.1.0'], true],
      ['published', 'bandung', '2.1.0', commits['2.1.0'], true],
      ['proposal-accepted', 'bandung', null, commits['2.1.1'], true],
      ['published', 'bandung', '2.1.1', commits['2.1.1'], true],
      ['proposal-accepted', 'bandung', null, commits.yank, true],
      ['yanked', 'bandung', '2.1.1', commits.yank, true],
      ['namespace-keys-changed', 'kuburaya', null, commits.keys, true],
    ]);
    // One role per module: a publish is one event, signed through its module role, and its proposal names the module roles it signed.
    const firstPublish = events.filter((e) => e.commit === commits['2.1.0']);
    expect(firstPublish.map((e) => [e.kind, e.details.moduleRoles ?? e.details.moduleRole])).toEqual([['proposal-accepted', ['bandung.e-musrenbang']], ['published', 'bandung.e-musrenbang']]);
    expect(firstPublish[1].details).toMatchObject({ roleVersion: 1, moduleRoleVersion: 1 });
    const byKind = Object.fromEntries(events.map((e) => [e.kind, e]));
    expect(byKind.published).toMatchObject({ module: MODULE, keyIds: [registry.publishers.bandung.keyId] });
    expect(byKind.yanked.details).toMatchObject({ reason: 'kode wilayah tertukar' });
    expect(byKind['namespace-keys-changed']).toMatchObject({ keyIds: [registry.admin.keyId], details: { added: [newKuburaya.keyId], removed: [registry.publishers.kuburaya.keyId], rotated: true } });
    expect(byKind['root-changed']).toMatchObject({ keyIds: [registry.admin.keyId], details: { version: 1, threshold: 1 } });
    expect(events.map((e) => e.time)).toEqual([...events.map((e) => e.time)].sort());

    const human = await gotong(['log', '--registry', gitUrl], reader());
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(`${commits.yank.slice(0, 12)}  yanked ${MODULE} 2.1.1: kode wilayah tertukar`);
    expect(human.stdout).toContain(`signed by ${registry.publishers.bandung.keyId.slice(0, 12)} (bandung)`);
    expect(human.stdout).toContain('10 events, all verified');
  });

  it('flags a proposal signed by a key Bandung does not have (refused), and a commit pushed straight to git that changes an index without re-signing it', async () => {
    // An attacker who may push incoming/ branches proposes Bandung's next role, signed by a key of their own.
    const rogue = await makeKey(world, 'penyusup');
    const bare = (args: string[], input?: string) => execFileSync('git', ['--git-dir', registry.url, ...args], { input, encoding: 'utf8', env: { ...process.env, ...ATTACKER } }).trim();
    const current = Math.max(...bare(['ls-tree', '--name-only', 'main', 'metadata/']).split('\n').map((p) => Number(/^metadata\/(\d+)\.bandung\.json$/.exec(p)?.[1] ?? 0)));
    const role = JSON.parse(bare(['show', `main:metadata/${current}.bandung.json`]));
    role.signed.version = current + 1;
    role.signatures = [rogue.signer.sign(canonicalBytes(role.signed)).toJSON()];
    const roleText = JSON.stringify(role, null, 1) + '\n';
    const blob = bare(['hash-object', '-w', '--stdin'], roleText);
    const metadata = bare(['mktree'], `100644 blob ${blob}\t${current + 1}.bandung.json\n`);
    const tree = bare(['mktree'], `040000 tree ${metadata}\tmetadata\n`);
    const proposal = bare(['commit-tree', tree, '-p', bare(['rev-parse', 'targets/bandung']), '-m', 'publish @bandung/e-musrenbang@2.1.2']);
    const id = `v${current + 1}-${createHash('sha256').update(roleText).digest('hex').slice(0, 16)}`;
    bare(['update-ref', `refs/heads/incoming/bandung/${id}`, proposal]);
    const settled = await accept();
    expect(settled.refused).toHaveLength(1);
    const refusal = bare(['rev-parse', `refs/heads/refused/bandung/${id}`]);

    // An attacker with push access un-yanks 2.1.1 by rewriting the index on Bandung's branch, and links it from main.
    const ns = world.path('attacker', 'bandung');
    git(world.root, ['clone', '-q', '-b', 'targets/bandung', registry.url, ns]);
    const folder = `${ns}/e-musrenbang`;
    // Earlier indexes stay beside the current one: take the one that has 2.1.1 yanked.
    const indexes = await Promise.all((await fs.readdir(folder)).filter((f) => f.endsWith('.index.json')).map(async (f) => ({ f, json: JSON.parse(await fs.readFile(`${folder}/${f}`, 'utf8')) })));
    const { f: old, json: index } = indexes.find((i) => i.json.versions['2.1.1']?.yanked)!;
    index.versions['2.1.1'].yanked = false;
    const bytes = Buffer.from(JSON.stringify(index, null, 2) + '\n');
    await fs.rm(`${folder}/${old}`);
    await fs.writeFile(`${folder}/${createHash('sha256').update(bytes).digest('hex')}.index.json`, bytes);
    // Dated ahead, so that --since can pick it out below.
    const later = { GIT_COMMITTER_DATE: new Date(Date.now() + 2 * 86_400_000).toISOString(), GIT_AUTHOR_DATE: new Date(Date.now() + 2 * 86_400_000).toISOString() };
    git(ns, ['add', '-A']);
    git(ns, ['commit', '-q', '-m', 'publish @bandung/e-musrenbang 2.1.1'], later);
    const forgedNamespace = git(ns, ['rev-parse', 'HEAD']);
    git(ns, ['push', '-q', 'origin', 'HEAD:refs/heads/targets/bandung']);
    const main = world.path('attacker', 'main');
    git(world.root, ['clone', '-q', '--no-checkout', registry.url, main]);
    git(main, ['reset', '-q', 'main']);
    git(main, ['update-index', '--cacheinfo', `160000,${forgedNamespace},targets/bandung`]);
    git(main, ['commit', '-q', '-m', 'publish @bandung/e-musrenbang 2.1.1'], later);
    git(main, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
    commits.forged = mainCommit();

    const events = await log();
    expect(events.filter((e) => e.commit === refusal)).toEqual([
      expect.objectContaining({
        kind: 'proposal-refused',
        namespace: 'bandung',
        keyIds: [rogue.keyId],
        verified: false,
        reason: `${current + 1}.bandung.json carries 0 valid signatures by namespace bandung's keys, 1 required`,
        details: { proposal: id, roleVersion: current + 1, refusal: settled.refused[0].reason },
      }),
    ]);
    const forged = events.filter((e) => e.commit === commits.forged);
    expect(forged).toEqual([
      expect.objectContaining({ kind: 'unyanked', module: MODULE, version: '2.1.1', keyIds: [], verified: false, reason: expect.stringContaining('does not have the length and sha256 that 3.bandung.e-musrenbang.json signs') }),
    ]);
    expect(events.filter((e) => e.commit !== commits.forged && e.commit !== refusal).every((e) => e.verified)).toBe(true);
    expect(events.slice(-2).map((e) => e.kind)).toEqual(['proposal-refused', 'unyanked']);
    const human = await gotong(['log', '--registry', gitUrl], reader());
    expect(human.stdout).toContain('NOT VERIFIED: bandung/e-musrenbang/index.json does not have the length and sha256');
    expect(human.stdout).toContain(`proposal ${id} of bandung refused: `);
    expect(human.stdout).toContain('12 events, 2 NOT VERIFIED');
  });

  it('filters by --namespace, --module and --since', async () => {
    expect((await log('--namespace', 'kuburaya')).map((e) => e.kind)).toEqual(['namespace-added', 'namespace-keys-changed']);
    expect((await log('--module', MODULE)).map((e) => `${e.kind} ${e.version}`)).toEqual(['published 2.1.0', 'published 2.1.1', 'yanked 2.1.1', 'unyanked 2.1.1']);
    expect((await log('--since', new Date(Date.now() + 86_400_000).toISOString())).map((e) => [e.kind, e.commit])).toEqual([['unyanked', commits.forged]]);
    expect(await log('--since', '7d')).toHaveLength(12);
    const wrong = await gotong(['log', '--registry', gitUrl, '--since', 'kemarin', '--json'], reader());
    expect(wrong.json.error).toMatchObject({ code: 'GOTONG_E_USAGE', message: '--since "kemarin" is neither a date nor a duration' });
  });
});
