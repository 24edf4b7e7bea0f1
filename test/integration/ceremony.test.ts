// Administrators in three cities change root and the member cities together,
// each from their own machine (a home folder of their own holding only their
// own key file), through the command line against a registry served by a
// real git server on loopback. The registry's pipeline, the only holder of
// the online key, commits. Kubu Raya's server, which installed before any of
// it, keeps installing.
import { execFileSync } from 'node:child_process';
import { promises as fs, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { addNamespace, initRegistry } from '../../src/admin/registry-setup.js';
import { locateRegistry } from '../../src/registry/locate.js';
import { publish } from '../../src/publish/publish.js';
import { generateKeyPair, loadSigningKey, type SigningKey } from '../../src/trust/keys.js';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt, raceGotong } from '../helpers/processes.js';

/** One machine: its own GOTONG_HOME and, at most, its own key file. */
interface Desk {
  dir: string;
  env: NodeJS.ProcessEnv;
  keyFile: string;
  signer: SigningKey;
  keyId: string;
}

const short = (id: string) => id.slice(0, 12);

describe('root and targets ceremonies across cities', () => {
  let world: TestWorld;
  let server: GitServer;
  let url: string;
  let shared: string;
  const desks: Record<string, Desk> = {};
  let online: SigningKey;
  let online2: SigningKey;
  let bandungCi: SigningKey;
  let bandungCi2: SigningKey;
  let client: { dir: string; env: NodeJS.ProcessEnv };

  /** A machine in `world`, holding one freshly made key file (its public half goes to the shared folder, as people exchange .pub files). */
  async function desk(name: string): Promise<Desk> {
    const dir = world.path('desks', name);
    await fs.mkdir(dir, { recursive: true });
    const pair = generateKeyPair();
    const keyFile = join(dir, `${name}.pem`);
    await fs.writeFile(keyFile, pair.privatePem, { mode: 0o600 });
    await fs.writeFile(join(shared, `${name}.pem.pub`), pair.publicPem);
    const signer = loadSigningKey(pair.privatePem, keyFile);
    return { dir, env: { ...world.env, GOTONG_HOME: join(dir, 'home') }, keyFile, signer, keyId: signer.keyId };
  }

  /** A key pair whose public half is in the shared folder; the private half stays with the caller. */
  function sharedKey(name: string): { signer: SigningKey; privatePem: string } {
    const pair = generateKeyPair();
    writeFileSync(join(shared, `${name}.pem.pub`), pair.publicPem);
    return { signer: loadSigningKey(pair.privatePem, name), privatePem: pair.privatePem };
  }

  const at = (d: { dir: string; env: NodeJS.ProcessEnv }, args: string[]): Promise<CliResult> => gotong([...args, '--registry', url, '--json'], { cwd: d.dir, env: d.env });
  const mainCommit = () => execFileSync('git', ['ls-remote', url, 'refs/heads/main'], { encoding: 'utf8' }).split('\t')[0];
  const ceremonyBranches = () => execFileSync('git', ['ls-remote', url, 'refs/heads/ceremony/*'], { encoding: 'utf8' }).trim();
  const idOf = (result: CliResult) => String(result.json.id);

  async function publishAs(signer: SigningKey, onlineKey: SigningKey, name: string, version: string) {
    const dir = await writeModule(world.path('modules', `${name.replace('/', '_')}-${version}`), { name, version }, { 'index.js': `export const version = '${version}';\n` });
    const env = { ...world.env, GOTONG_HOME: world.path('ci-home') };
    return publish({ dir, location: await locateRegistry({ flag: url, env }), signers: [signer], onlineKey, reporter: new MemoryReporter(), env });
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-ceremony-');
    shared = world.path('shared');
    await fs.mkdir(shared, { recursive: true });
    for (const name of ['admin-bandung', 'admin-kuburaya', 'admin-jabar', 'pipeline', 'bandung-ci-2027']) desks[name] = await desk(name);
    online = desks.pipeline.signer;
    // The next online key: made by the pipeline, only its public half shared with the administrators.
    const next = sharedKey('online-2');
    online2 = next.signer;
    await fs.writeFile(join(desks.pipeline.dir, 'online-2.pem'), next.privatePem, { mode: 0o600 });
    bandungCi = loadSigningKey(generateKeyPair().privatePem, 'bandung-ci');
    bandungCi2 = desks['bandung-ci-2027'].signer;
    // The registry as its founders made it: three administrators, threshold 2, two member cities.
    const reporter = new MemoryReporter();
    const admins = ['admin-bandung', 'admin-kuburaya', 'admin-jabar'].map((n) => desks[n].signer);
    const init = await initRegistry({ target: world.path('served', 'registry.git'), name: 'nusantara', rootSigners: admins, threshold: 2, onlineKey: online, reporter, env: world.env });
    server = await startGitServer(world.path('served'));
    url = server.url('registry.git');
    const location = await locateRegistry({ flag: url, env: world.env });
    await addNamespace({ namespace: 'bandung', location, publisherKeys: [bandungCi], threshold: 1, adminSigners: admins, onlineKey: online, reporter, env: world.env });
    await addNamespace({ namespace: 'kuburaya', location, publisherKeys: [loadSigningKey(generateKeyPair().privatePem, 'kuburaya-ci')], threshold: 1, adminSigners: admins, onlineKey: online, reporter, env: world.env });
    await publishAs(bandungCi, online, '@bandung/sso-asn', '1.0.0');
    // Kubu Raya's server pins the root and installs, before any ceremony.
    client = { dir: world.path('kuburaya-server'), env: { ...world.env, GOTONG_HOME: world.path('kuburaya-server-home') } };
    await fs.mkdir(client.dir, { recursive: true });
    expect((await gotong(['registry', 'add', 'nusantara', url, '--root-sha256', init.rootSha256, '--json'], { cwd: client.dir, env: client.env })).json.ok).toBe(true);
    expect((await gotong(['install', '@bandung/sso-asn', '--registry', 'nusantara', '--json'], { cwd: client.dir, env: client.env })).json.ok).toBe(true);
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('a root ceremony stalls at one signature, two administrators sign at the same moment, the pipeline commits, and an existing client follows root v2', async () => {
    for (const name of ['admin-bandung', 'admin-kuburaya', 'admin-jabar']) expect(await fs.readdir(desks[name].dir)).toEqual([`${name}.pem`]);
    const proposed = await at(desks['admin-bandung'], ['registry', 'root', 'propose', '--new-online-key', join(shared, 'online-2.pem.pub'), '--key', desks['admin-bandung'].keyFile]);
    expect(proposed.json).toMatchObject({ ok: true, kind: 'root', ready: false, added: [{ document: 'metadata/2.root.json', keyId: desks['admin-bandung'].keyId }] });
    const id = idOf(proposed);
    expect(id).toMatch(/^root-v2-[0-9a-f]{16}$/);
    expect(proposed.json.changes).toContain(`online key (snapshot and timestamp roles): adds key ${short(online2.keyId)}; removes key ${short(online.keyId)}`);

    // Stalled at one signature: the pipeline's commit refuses, names who is missing, and main does not move.
    const before = mainCommit();
    const refused = await at(desks.pipeline, ['registry', 'root', 'commit', id, '--online-key', join(desks.pipeline.dir, 'online-2.pem')]);
    expect(refused.code).toBe(1);
    expect(refused.json.error?.code).toBe('GOTONG_E_THRESHOLD_NOT_MET');
    expect(refused.json.error?.message).toBe(`proposal ${id} still lacks 1 signature: 1 from the root keys (root v1 and v2)`);
    expect(refused.json.error?.hint).toContain(`1 more of ${short(desks['admin-kuburaya'].keyId)}, ${short(desks['admin-jabar'].keyId)}`);
    expect(refused.json.error?.hint).toContain(`\`gotong registry root sign ${id} --key FILE\``);
    expect(refused.json.error?.details?.missing).toEqual([{ document: 'metadata/2.root.json', who: 'the root keys (root v1 and v2)', need: 1, from: [desks['admin-kuburaya'].keyId, desks['admin-jabar'].keyId] }]);
    expect(mainCommit()).toBe(before);
    const status = await at(desks['admin-jabar'], ['registry', 'root', 'status']);
    expect(status.json.proposals).toEqual([expect.objectContaining({ id, ready: false, stale: null, signatures: [expect.objectContaining({ threshold: 2, signedBy: [desks['admin-bandung'].keyId] })] })]);

    // Kubu Raya's and Jawa Barat's administrators sign at the same moment: neither signature is lost.
    const signed = await raceGotong(
      ['admin-kuburaya', 'admin-jabar'].map((name) => ({ args: ['registry', 'root', 'sign', id, '--key', desks[name].keyFile, '--registry', url, '--json'], cwd: desks[name].dir, env: desks[name].env })),
      world.path('race'),
    );
    expect(signed.map((r) => [r.code, r.json.added])).toEqual([
      [0, [{ document: 'metadata/2.root.json', keyId: desks['admin-kuburaya'].keyId }]],
      [0, [{ document: 'metadata/2.root.json', keyId: desks['admin-jabar'].keyId }]],
    ]);
    const signedBy = (await at(desks['admin-bandung'], ['registry', 'root', 'status'])).json.proposals as Array<{ signatures: Array<{ signedBy: string[] }>; ready: boolean }>;
    expect(signedBy[0].ready).toBe(true);
    expect(new Set(signedBy[0].signatures[0].signedBy)).toEqual(new Set(['admin-bandung', 'admin-kuburaya', 'admin-jabar'].map((n) => desks[n].keyId)));

    // The old online key cannot sign after a root that replaces it; the new one commits.
    const wrongKey = await at(desks.pipeline, ['registry', 'root', 'commit', id, '--online-key', desks.pipeline.keyFile]);
    expect(wrongKey.json.error?.code).toBe('GOTONG_E_KEY_NOT_DELEGATED');
    expect(mainCommit()).toBe(before);
    const committed = await at(desks.pipeline, ['registry', 'root', 'commit', id, '--online-key', join(desks.pipeline.dir, 'online-2.pem')]);
    expect(committed.json).toMatchObject({ ok: true, committed: true, id });
    expect(mainCommit()).not.toBe(before);
    expect(ceremonyBranches()).toBe('');

    // Kubu Raya's server, which trusted root v1, follows to v2 and installs what was published after it.
    await publishAs(bandungCi, online2, '@bandung/sso-asn', '1.1.0');
    const update = await gotong(['install', '@bandung/sso-asn@^1.1.0', '--registry', 'nusantara', '--json'], { cwd: client.dir, env: client.env });
    expect(update.json.installed).toEqual([{ name: '@bandung/sso-asn', version: '1.1.0', integrity: expect.any(String) }]);
    const trusted = JSON.parse(await fs.readFile(join(client.env.GOTONG_HOME!, 'trust', 'nusantara', 'root.json'), 'utf8'));
    expect(trusted.signed.version).toBe(2);
  });

  it('a targets ceremony adds a city, changes a city\'s keys with the city signing its own role, and removes a city', async () => {
    const admin = (name: string, args: string[]) => at(desks[name], args);
    const pipelineCommit = (id: string) => at(desks.pipeline, ['registry', 'targets', 'commit', id, '--online-key', join(desks.pipeline.dir, 'online-2.pem')]);
    // Kota Pontianak (61.71) joins.
    const pontianakCi = sharedKey('pontianak-ci').signer;
    const add = await admin('admin-kuburaya', ['registry', 'targets', 'propose', '--add-namespace', 'pontianak', '--publisher-key', join(shared, 'pontianak-ci.pem.pub'), '--key', desks['admin-kuburaya'].keyFile]);
    expect(add.json.changes).toEqual([`adds @pontianak: publisher key ${short(pontianakCi.keyId)} (threshold 1)`, expect.stringMatching(/^targets v4 expires /)]);
    expect((await admin('admin-jabar', ['registry', 'targets', 'sign', idOf(add), '--key', desks['admin-jabar'].keyFile])).json.ready).toBe(true);
    expect((await pipelineCommit(idOf(add))).json.ok).toBe(true);
    await publishAs(pontianakCi, online2, '@pontianak/e-kinerja', '1.0.0');
    expect((await gotong(['install', '@pontianak/e-kinerja', '--registry', 'nusantara', '--json'], { cwd: client.dir, env: client.env })).json.ok).toBe(true);

    // Bandung's CI key is replaced: the administrators sign targets, Bandung's new key signs Bandung's role.
    const rekey = await admin('admin-bandung', ['registry', 'targets', 'propose', '--namespace-keys', 'bandung', '--publisher-key', join(shared, 'bandung-ci-2027.pem.pub'), '--key', desks['admin-bandung'].keyFile]);
    const rekeyId = idOf(rekey);
    await admin('admin-jabar', ['registry', 'targets', 'sign', rekeyId, '--key', desks['admin-jabar'].keyFile]);
    const before = mainCommit();
    const waiting = await pipelineCommit(rekeyId);
    expect(waiting.json.error?.code).toBe('GOTONG_E_THRESHOLD_NOT_MET');
    expect(waiting.json.error?.message).toBe(`proposal ${rekeyId} still lacks 1 signature: 1 from @bandung's new publisher keys`);
    expect(mainCommit()).toBe(before);
    // Bandung's pipeline signs with the key from its secret, nothing on disk.
    const cityEnv = { ...desks['bandung-ci-2027'].env, GOTONG_SIGNING_KEY: await fs.readFile(desks['bandung-ci-2027'].keyFile, 'utf8') };
    const city = await gotong(['registry', 'targets', 'sign', rekeyId, '--registry', url, '--json'], { cwd: world.root, env: cityEnv });
    // Its namespace role and its module's role, both re-signed by the new key in one go.
    expect(city.json).toMatchObject({
      ok: true,
      ready: true,
      added: [
        { document: 'metadata/3.bandung.json', keyId: bandungCi2.keyId },
        { document: 'metadata/3.bandung.sso-asn.json', keyId: bandungCi2.keyId },
      ],
    });
    expect((await pipelineCommit(rekeyId)).json.ok).toBe(true);
    await expect(publishAs(bandungCi, online2, '@bandung/sso-asn', '1.2.0')).rejects.toMatchObject({ code: 'GOTONG_E_KEY_NOT_DELEGATED' });
    await publishAs(bandungCi2, online2, '@bandung/sso-asn', '1.2.0');
    const update = await gotong(['install', '@bandung/sso-asn@^1.2.0', '--registry', 'nusantara', '--json'], { cwd: client.dir, env: client.env });
    expect(update.json.installed).toContainEqual({ name: '@bandung/sso-asn', version: '1.2.0', integrity: expect.any(String) });

    // Pontianak leaves: its modules can no longer be installed, by anyone.
    const remove = await admin('admin-jabar', ['registry', 'targets', 'propose', '--remove-namespace', 'pontianak', '--key', desks['admin-jabar'].keyFile]);
    await admin('admin-bandung', ['registry', 'targets', 'sign', idOf(remove), '--key', desks['admin-bandung'].keyFile]);
    expect((await pipelineCommit(idOf(remove))).json.ok).toBe(true);
    const fresh = { dir: world.path('fresh-server'), env: { ...client.env, GOTONG_HOME: world.path('fresh-server-home') } };
    await fs.mkdir(fresh.dir, { recursive: true });
    await fs.cp(join(client.env.GOTONG_HOME!, 'config.json'), join(fresh.env.GOTONG_HOME!, 'config.json'));
    const gone = await gotong(['install', '@pontianak/e-kinerja', '--registry', 'nusantara', '--json'], { cwd: fresh.dir, env: fresh.env });
    expect(gone.json.error?.code).toBe('GOTONG_E_MODULE_NOT_FOUND');
    // Kubu Raya's server installed it before: its lockfile no longer installs, and its tree stays as it was.
    const lockfile = await fs.readFile(join(client.dir, 'gotong-lock.json'), 'utf8');
    const frozen = await gotong(['install', '--frozen', '--refresh', '--json'], { cwd: client.dir, env: client.env });
    expect(frozen.json.error?.code).toBe('GOTONG_E_TARGET_MISSING');
    expect(await fs.readFile(join(client.dir, 'gotong-lock.json'), 'utf8')).toBe(lockfile);
    expect(await fs.readdir(join(client.dir, 'gotong_modules', '@pontianak'))).toEqual(['e-kinerja']);
    // Everything the ceremonies wrote, audited: root v2, the re-keyed Bandung, the removed Pontianak.
    expect((await admin('admin-kuburaya', ['registry', 'verify'])).json).toMatchObject({ ok: true, rootVersion: 2 });
  });

  it('a proposal made before main moved on is refused at commit; one changed on its branch is refused before anyone signs it', async () => {
    const renew = (name: string, extra: string[]) => at(desks[name], ['registry', 'targets', 'propose', '--key', desks[name].keyFile, ...extra]);
    const first = await renew('admin-bandung', []);
    const second = await renew('admin-kuburaya', ['--expires-in', '200d']);
    for (const id of [idOf(first), idOf(second)]) await at(desks['admin-jabar'], ['registry', 'targets', 'sign', id, '--key', desks['admin-jabar'].keyFile]);
    const commit = (id: string) => at(desks.pipeline, ['registry', 'targets', 'commit', id, '--online-key', join(desks.pipeline.dir, 'online-2.pem')]);
    expect((await commit(idOf(first))).json.ok).toBe(true);
    const before = mainCommit();
    const stale = await commit(idOf(second));
    expect(stale.json.error).toMatchObject({ code: 'GOTONG_E_CEREMONY_STALE', message: `proposal ${idOf(second)} can no longer be committed: main's targets is at v7 now; this proposal was made against v6` });
    expect(mainCommit()).toBe(before);
    expect((await at(desks['admin-kuburaya'], ['registry', 'targets', 'discard', idOf(second)])).json).toMatchObject({ ok: true, discarded: true });

    // Someone with push access rewrites an open proposal so that it delegates Kubu Raya's paths to their key.
    const open = await renew('admin-bandung', []);
    const id = idOf(open);
    const mallory = world.path('mallory');
    execFileSync('git', ['clone', '--quiet', '--branch', `ceremony/${id}`, url, mallory]);
    const file = (await fs.readdir(join(mallory, 'metadata')))[0];
    const doc = JSON.parse(await fs.readFile(join(mallory, 'metadata', file), 'utf8'));
    const kuburaya = doc.signed.delegations.roles.find((r: { name: string }) => r.name === 'kuburaya');
    doc.signed.delegations.keys[desks['admin-bandung'].keyId] = desks['admin-bandung'].signer.tufKey.toJSON();
    kuburaya.keyids = [desks['admin-bandung'].keyId];
    await fs.writeFile(join(mallory, 'metadata', file), JSON.stringify(doc, null, 1));
    execFileSync('git', ['-C', mallory, '-c', 'user.name=m', '-c', 'user.email=m@x', 'commit', '--quiet', '-am', 'just a signature']);
    execFileSync('git', ['-C', mallory, 'push', '--quiet', 'origin', `ceremony/${id}`]);
    const refused = await at(desks['admin-jabar'], ['registry', 'targets', 'sign', id, '--key', desks['admin-jabar'].keyFile]);
    expect(refused.code).toBe(3);
    expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_METADATA_INVALID', message: `proposal ${id} was changed after it was proposed: what it holds is not what its id names` });
    const listed = await at(desks['admin-jabar'], ['registry', 'targets', 'status']);
    expect(listed.json.proposals).toEqual([expect.objectContaining({ id, invalid: expect.stringMatching(/was changed after it was proposed/), ready: false })]);
  });
});
