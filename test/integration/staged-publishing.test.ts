// A staged registry served by a real git server on loopback: member cities
// publish with their publisher keys alone, the registry's pipeline accepts.
// Eight cities propose at the same moment (Bandung twice in a row), two accept
// jobs start together and main moves once; a publish --wait ends when the
// proposal is accepted; an attacker holding Bandung's valid key pushes
// hand-made proposals that accept refuses, each for its own reason, while an
// honest proposal of the same run is accepted; a replayed proposal is refused;
// accept killed at several moments leaves main whole; two changes of one city
// signed in the same second on the same base, which share a proposal id, both
// reach main.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { Metadata, MetadataKind } from '@tufjs/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMetadata } from '../../src/trust/metadata-io.js';
import { changeNamespace, type NamespaceChangeResult } from '../../src/change/namespace-change.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import type { RegistryWriter } from '../../src/trust/writer.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt, raceGotong, runAndKill, startGotong, type ProcessResult } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const CITIES = ['bandung', 'kuburaya', 'pontianak', 'sleman', 'banyuwangi', 'makassar', 'surabaya', 'semarang'];

describe('staged publishing over git://', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let gitUrl: string;
  let onlineKeyPem: string;
  const keyOf: Record<string, string> = {};
  /** Sleman's accepted proposal, replayed later. */
  let slemanProposal = '';
  /** A city's CI: its own home and its publisher key, never the online key. */
  const member = (city: string, home = `${city}-ci`) => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path(home), GOTONG_SIGNING_KEY: keyOf[city] } });
  const pipeline = (home = 'registry-pipeline') => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path(home), GOTONG_ONLINE_KEY: onlineKeyPem } });
  const served = (...args: string[]) => execFileSync('git', ['--git-dir', registry.url, ...args], { encoding: 'utf8' }).trim();
  const mainCommits = () => Number(served('rev-list', '--count', 'main'));
  const branches = (prefix: string) => served('for-each-ref', '--format=%(refname:short)', `refs/heads/${prefix}`).split('\n').filter(Boolean);

  async function moduleDir(name: string, version: string, files: Record<string, string> = {}): Promise<string> {
    const dir = world.path('src', `${name.replace(/[@/]/g, '_')}-${version}`);
    await writeModule(dir, { name, version }, { 'index.html': `<h1>${name}@${version}</h1>\n`, ...files });
    return dir;
  }

  function publishArgs(dir: string, ...extra: string[]): string[] {
    return ['publish', dir, '--registry', gitUrl, '--json', ...extra];
  }

  async function accept(home?: string): Promise<Record<string, unknown>> {
    const run = await gotong(['registry', 'accept', '--registry', gitUrl, '--json'], pipeline(home));
    expect(run.json.ok, `${run.stderr}${JSON.stringify(run.json.error ?? null)}`).toBe(true);
    return run.json;
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-staged-');
    registry = await makeRegistry(world, CITIES, world.path('served', 'registry.git'), { mode: 'staged' });
    server = await startGitServer(world.path('served'));
    gitUrl = server.url('registry.git');
    onlineKeyPem = await fs.readFile(registry.online.privateFile, 'utf8');
    for (const city of CITIES) keyOf[city] = await fs.readFile(registry.publishers[city].privateFile, 'utf8');
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('eight cities propose at once without the online key; Bandung twice in a row; two accepts at once move main once, in namespace order', async () => {
    const dirs = await Promise.all(CITIES.map((city) => moduleDir(`@${city}/sipd-sync`, '1.0.0')));
    const raced = await raceGotong(CITIES.map((city, i) => ({ args: publishArgs(dirs[i]), ...member(city) })), world.path('race-1'));
    for (const run of raced) expect(run.json, JSON.stringify(run.json.error)).toMatchObject({ ok: true, status: 'proposed', state: 'proposed' });
    for (const run of raced) expect(run.stdout + run.stderr).not.toContain('PRIVATE KEY');
    // Bandung's pipeline goes on to its next module without waiting: it builds on its own pending proposal.
    const second = await gotong(publishArgs(await moduleDir('@bandung/e-musrenbang', '2.1.0')), member('bandung'));
    expect(second.json, second.stderr).toMatchObject({ ok: true, status: 'proposed' });
    expect(branches('incoming/')).toHaveLength(9);
    expect(branches('targets/')).toEqual([]);

    const pending = await gotong(['registry', 'pending', '--registry', gitUrl, '--json'], member('kuburaya'));
    expect((pending.json.pending as Array<{ summary: string }>).map((p) => p.summary)).toContain('publish @bandung/e-musrenbang@2.1.0');

    const before = mainCommits();
    const accepts = await raceGotong(
      [1, 2].map((n) => ({ args: ['registry', 'accept', '--registry', gitUrl, '--json'], ...pipeline(`registry-pipeline-${n}`) })),
      world.path('race-2'),
    );
    for (const run of accepts) expect(run.json, run.stderr).toMatchObject({ ok: true, refused: [] });
    const accepted = accepts.flatMap((run) => (run.json.accepted as Array<{ namespace: string; summary: string }>) ?? []);
    expect(accepted.map((a) => a.summary).sort()).toEqual([...CITIES.map((c) => `publish @${c}/sipd-sync@1.0.0`), 'publish @bandung/e-musrenbang@2.1.0'].sort());
    const mover = accepts.find((run) => run.json.committed)!;
    expect((mover.json.accepted as Array<{ namespace: string }>).map((a) => a.namespace)).toEqual(['bandung', 'bandung', ...CITIES.slice(1).sort()]);
    expect(accepts.filter((run) => run.json.committed)).toHaveLength(1);
    expect(mainCommits()).toBe(before + 1);
    expect(branches('incoming/')).toEqual([]);
    expect(branches('targets/')).toEqual(CITIES.map((c) => `targets/${c}`).sort());

    const home = world.path('kuburaya-portal');
    await fs.mkdir(home);
    const portal = { cwd: home, env: { ...world.env, GOTONG_HOME: world.path('kuburaya-home') } };
    expect((await gotong(['registry', 'add', 'nusantara', gitUrl, '--root-sha256', registry.rootSha256, '--json'], portal)).json.ok).toBe(true);
    const installed = await gotong(['install', '@bandung/e-musrenbang', '@pontianak/sipd-sync', '--registry', 'nusantara', '--json'], portal);
    expect(installed.json, installed.stderr).toMatchObject({ ok: true });
    const verified = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], portal);
    expect(verified.json, verified.stderr).toMatchObject({ ok: true, namespaces: CITIES.length });
  });

  it('publish --wait, with the publisher key alone, ends once the registry accepts', async () => {
    const waiting = startGotong({ args: publishArgs(await moduleDir('@kuburaya/sipd-sync', '1.1.0'), '--wait', '--wait-for', '2m'), ...member('kuburaya') });
    const deadline = Date.now() + 30_000;
    while (branches('incoming/kuburaya/').length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(branches('incoming/kuburaya/')).toHaveLength(1);
    await accept();
    const done = await waiting.done;
    expect(done.json, done.stderr).toMatchObject({ ok: true, status: 'published', state: 'accepted' });
    expect(done.code).toBe(0);

    // A yank and its undo in a row: the undo signs the index file the namespace already holds, so its proposal changes no file, only the role.
    const yank = await gotong(['yank', '@kuburaya/sipd-sync@1.1.0', '--reason', 'salah unggah', '--registry', gitUrl, '--json'], member('kuburaya'));
    expect(yank.json, yank.stderr).toMatchObject({ ok: true, status: 'yanked', state: 'proposed' });
    const undo = await gotong(['yank', '@kuburaya/sipd-sync@1.1.0', '--undo', '--registry', gitUrl, '--json'], member('kuburaya'));
    expect(undo.json, undo.stderr).toMatchObject({ ok: true, status: 'unyanked', state: 'proposed' });
    const taken = await accept();
    expect(taken.refused).toEqual([]);
    expect(branches('incoming/kuburaya/')).toEqual([]);
    const info = await gotong(['info', '@kuburaya/sipd-sync@1.1.0', '--registry', gitUrl, '--json'], member('kuburaya'));
    expect((info.json.versions as Array<{ version: string; yanked: boolean }>).find((v) => v.version === '1.1.0')).toMatchObject({ yanked: false });
  });

  it('an attacker with Bandung\'s valid key: every hand-made proposal is refused with its reason, the honest one beside them accepted, nothing partly applied', async () => {
    // A legitimate proposal to start from, taken off the server again before accept sees it.
    const legit = await gotong(publishArgs(await moduleDir('@bandung/e-musrenbang', '2.2.0')), member('bandung'));
    expect(legit.json, legit.stderr).toMatchObject({ status: 'proposed' });
    const proposal = legit.json.proposal as { branch: string };
    const work = world.path('attacker');
    execFileSync('git', ['clone', '--quiet', '--bare', registry.url, work]);
    const git = (args: string[], input?: string) => execFileSync('git', ['--git-dir', work, ...args], { encoding: 'utf8', input }).trim();
    git(['fetch', '--quiet', 'origin', '+refs/heads/*:refs/heads/*']);
    served('update-ref', '-d', `refs/heads/${proposal.branch}`);

    const p = git(['rev-parse', proposal.branch]);
    const nc = git(['rev-parse', `${p}^`]);
    const base = git(['rev-parse', `${nc}^`]);
    const roleTree = git(['rev-parse', `${p}^{tree}`]);
    const ls = (tree: string) => git(['ls-tree', '-r', tree]).split('\n').map((l) => ({ mode: l.split(' ')[0], oid: l.split(/\s/)[2], path: l.split('\t')[1] }));
    const blob = (text: string) => git(['hash-object', '-w', '--stdin'], text);
    /** A tree from path -> "mode oid" entries (nested folders made as needed). */
    const makeTree = (entries: Array<{ mode: string; oid: string; path: string }>): string => {
      const here = entries.filter((e) => !e.path.includes('/'));
      const folders = [...new Set(entries.filter((e) => e.path.includes('/')).map((e) => e.path.split('/')[0]))];
      const lines = [
        ...here.map((e) => `${e.mode} ${e.mode === '040000' ? 'tree' : 'blob'} ${e.oid}\t${e.path}`),
        ...folders.map((f) => `040000 tree ${makeTree(entries.filter((e) => e.path.startsWith(`${f}/`)).map((e) => ({ ...e, path: e.path.slice(f.length + 1) })))}\t${f}`),
      ];
      return git(['mktree'], lines.join('\n') + '\n');
    };
    const commit = (tree: string, parents: string[], message = 'publish @bandung/e-musrenbang@2.2.0') => git(['commit-tree', tree, ...parents.flatMap((x) => ['-p', x]), '-m', message]);
    const files = ls(nc);
    const added = files.filter((f) => !ls(base).some((b) => b.path === f.path));
    const published = files.find((f) => f.path.endsWith('.tgz') && !added.includes(f))!;
    const newTarball = added.find((f) => f.path.endsWith('.tgz'))!;
    const attacks: Record<string, { tree: string; parent: string; reason: RegExp }> = {
      'changes-published': { tree: makeTree(files.map((f) => (f === published ? { ...f, oid: blob('not what Bandung published') } : f))), parent: nc, reason: /changes .*already published/ },
      'wrong-bytes': { tree: makeTree(files.map((f) => (f === newTarball ? { ...f, oid: blob('a tarball the role does not sign') } : f))), parent: nc, reason: /does not match the signed length and hashes/ },
      'symlink': { tree: makeTree([...files, { mode: '120000', oid: blob('../../../metadata'), path: 'e-musrenbang/escape' }]), parent: nc, reason: /not a plain file/ },
      'drops-file': { tree: makeTree(files.filter((f) => f !== published)), parent: nc, reason: /deletes/ },
    };
    for (const [name, attack] of Object.entries(attacks)) {
      const forgedNc = commit(attack.tree, [base]);
      git(['update-ref', `refs/heads/incoming/bandung/${name}`, commit(roleTree, [forgedNc])]);
    }
    // A proposal holding more than the roles.
    git(['update-ref', 'refs/heads/incoming/bandung/two-files', commit(makeTree([...ls(roleTree), { mode: '100644', oid: blob('{}'), path: 'metadata/root.json' }]), [nc])]);
    // Bandung's honest roles, but its module role signed by Kubu Raya's key: the namespace role, which verifies, must not be taken alone.
    const moduleFile = ls(roleTree).find((f) => f.path.endsWith('.bandung.e-musrenbang.json'))!;
    const moduleJson = JSON.parse(git(['cat-file', 'blob', moduleFile.oid]));
    moduleJson.signatures = [];
    const otherSigned = Metadata.fromJSON(MetadataKind.Targets, moduleJson);
    otherSigned.sign((data) => registry.publishers.kuburaya.signer.sign(data), true);
    const otherSignedTree = makeTree(ls(roleTree).map((f) => (f.path === moduleFile.path ? { ...f, oid: blob(serializeMetadata(otherSigned).toString('utf8')) } : f)));
    git(['update-ref', 'refs/heads/incoming/bandung/module-other-key', commit(otherSignedTree, [nc])]);
    // Pontianak's next role, well formed in every way but signed by Bandung's key.
    const pontianakLink = served('rev-parse', 'targets/pontianak');
    const snapshotVersion = JSON.parse(served('show', 'main:metadata/timestamp.json')).signed.meta['snapshot.json'].version;
    const roleVersion = JSON.parse(served('show', `main:metadata/${snapshotVersion}.snapshot.json`)).signed.meta['pontianak.json'].version;
    const forged = JSON.parse(served('show', `main:metadata/${roleVersion}.pontianak.json`));
    forged.signed.version = roleVersion + 1;
    forged.signatures = [];
    const impostor = Metadata.fromJSON(MetadataKind.Targets, forged);
    impostor.sign((data) => registry.publishers.bandung.signer.sign(data), true);
    const impostorTree = makeTree([{ mode: '100644', oid: blob(serializeMetadata(impostor).toString('utf8')), path: `metadata/${roleVersion + 1}.pontianak.json` }]);
    git(['update-ref', 'refs/heads/incoming/pontianak/impostor', commit(impostorTree, [commit(git(['rev-parse', `${pontianakLink}^{tree}`]), [pontianakLink])])]);
    git(['update-ref', '-d', `refs/heads/${proposal.branch}`]);
    git(['push', '--quiet', 'origin', 'refs/heads/incoming/*:refs/heads/incoming/*']);

    const honest = await gotong(publishArgs(await moduleDir('@sleman/sipd-sync', '1.1.0')), member('sleman'));
    expect(honest.json, honest.stderr).toMatchObject({ status: 'proposed' });
    slemanProposal = served('rev-parse', (honest.json.proposal as { branch: string }).branch);
    const before = served('rev-parse', 'main');
    const result = await accept();
    expect((result.accepted as Array<{ summary: string }>).map((a) => a.summary)).toEqual(['publish @sleman/sipd-sync@1.1.0']);
    const refused = Object.fromEntries((result.refused as Array<{ branch: string; reason: string }>).map((r) => [r.branch, r.reason]));
    for (const [name, attack] of Object.entries(attacks)) expect(refused[`incoming/bandung/${name}`]).toMatch(attack.reason);
    expect(refused['incoming/bandung/two-files']).toMatch(/not a proposal gotong writes: it holds "metadata\/root.json", not metadata\/<version>.bandung.json/);
    expect(refused['incoming/pontianak/impostor']).toMatch(/signatures do not meet the threshold of @pontianak/);
    expect(refused['incoming/bandung/module-other-key']).toMatch(/signatures do not meet the threshold of @bandung\/\* \(bandung.e-musrenbang/);
    expect(Object.keys(refused)).toHaveLength(7);
    expect(served('rev-parse', 'main^')).toBe(before);
    expect(served('rev-parse', 'targets/bandung')).toBe(base);

    const listed = await gotong(['registry', 'pending', '--registry', gitUrl, '--json'], member('bandung'));
    expect((listed.json.refused as Array<{ branch: string; reason: string }>).find((r) => r.branch === 'refused/bandung/symlink')?.reason).toMatch(/not a plain file/);
    const audit = await gotong(['registry', 'verify', '--registry', gitUrl, '--json'], pipeline());
    expect(audit.json, audit.stderr).toMatchObject({ ok: true });
  });

  it('a replayed proposal is refused as stale; accept killed at any moment leaves main as it was or fully moved', async () => {
    // Replay: Sleman's proposal, accepted earlier, pushed again under a new name.
    served('update-ref', 'refs/heads/incoming/sleman/replay', slemanProposal);
    const untouched = served('rev-parse', 'main');
    const replay = await accept();
    expect(replay.accepted).toEqual([]);
    expect(served('rev-parse', 'main')).toBe(untouched);
    expect((replay.refused as Array<{ branch: string; reason: string }>)).toEqual([expect.objectContaining({ branch: 'incoming/sleman/replay', reason: expect.stringMatching(/no longer has/) })]);

    const dir = await moduleDir('@semarang/sipd-sync', '1.1.0');
    expect((await gotong(publishArgs(dir), member('semarang'))).json.status).toBe('proposed');
    const before = served('rev-parse', 'main');
    const outcomes: ProcessResult[] = [];
    for (const afterMs of [150, 450, 900]) {
      const { result } = await runAndKill({ args: ['registry', 'accept', '--registry', gitUrl, '--json'], ...pipeline('killed-pipeline') }, afterMs);
      outcomes.push(result);
      // The server finishes a push whose client was killed on its own time: look once the refs stop moving.
      for (let last = ''; ; ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const refs = `${served('rev-parse', 'main')} ${branches('incoming/semarang/').join(' ')}`;
        if (refs === last) break;
        last = refs;
      }
      const now = served('rev-parse', 'main');
      if (now === before) expect(branches('incoming/semarang/')).toHaveLength(1);
      else {
        expect(served('rev-parse', 'main^')).toBe(before);
        expect(branches('incoming/semarang/')).toEqual([]);
      }
    }
    await accept('killed-pipeline');
    expect(served('rev-parse', 'main^')).toBe(before);
    expect(branches('incoming/')).toEqual([]);
    const audit = await gotong(['registry', 'verify', '--registry', gitUrl, '--json'], pipeline());
    expect(audit.json, audit.stderr).toMatchObject({ ok: true });
    expect(outcomes.filter((o) => o.signal === 'SIGKILL').length).toBeGreaterThan(0);
  });
  it('two changes of one city signed in the same second on the same base share an id: the later is built again on the earlier', async () => {
    // Since module roles the id hashes a namespace role that names no target, so only the version, the
    // expiry (to the second) and the modules it delegates make it: Makassar's two pipelines collide.
    const now = new Date();
    const change = (home: string, file: string, before?: () => Promise<unknown>) =>
      changeNamespace(
        { location: registry.location, env: { ...world.env, GOTONG_HOME: world.path(home) }, reporter: new MemoryReporter(), identity: { name: 'ci', email: 'ci@makassar.invalid' }, namespace: 'makassar', paths: ['targets/makassar/sipd-sync'], now },
        async (writer: RegistryWriter) => {
          await before?.();
          await writer.putTargets('makassar', [{ targetPath: `makassar/sipd-sync/${file}`, bytes: Buffer.from(`${file}\n`) }], [registry.publishers.makassar.signer]);
          return { changed: true, message: `catatan ${file}`, result: file };
        },
      );
    let first: NamespaceChangeResult<string> | null = null;
    // The first pipeline proposes while the second is signing, on the same base.
    const second = await change('makassar-ci-2', 'catatan-2.txt', async () => {
      first ??= await change('makassar-ci-1', 'catatan-1.txt');
    });
    expect(second.proposal!.roleVersion).toBe(first!.proposal!.roleVersion + 1);
    expect(second.attempts).toBe(2);
    const taken = await accept();
    expect((taken.accepted as Array<{ summary: string }>).map((a) => a.summary)).toEqual(['catatan catatan-1.txt', 'catatan catatan-2.txt']);
  });
});
