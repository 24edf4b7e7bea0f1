// Attestations through the CLI, on a staged registry and Bandung's source
// repository served by a real git server: Kubu Raya rebuilds a Bandung
// version with --attest, accept takes the proposal and `gotong info` names
// Kubu Raya with the commit; a version that differs is never attested;
// Bandung cannot attest its own; statements forged with a valid Kubu Raya
// key but at the wrong place, dropping an earlier statement or naming a
// version the registry does not publish, are refused by accept; one that
// reached a direct registry is left out by info and reported by verify.
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcedRegistry, SOURCE_MODULE, type SourcedRegistry } from '../helpers/source-repo.js';
import { changeNamespace } from '../../src/change/namespace-change.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { targetStorageFolder } from '../../src/trust/file-names.js';
import { gotong, type CliResult } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import type { GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const MODULE = SOURCE_MODULE;
const ATTESTATIONS = 'kuburaya/_attestations/bandung.json';

interface Accepted {
  accepted: Array<{ namespace: string; summary: string }>;
  refused: Array<{ namespace: string; reason: string }>;
}

describe('attestations: who reproduced a version', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let registryUrl: string;
  let sourceUrl: string;
  const keys: Record<string, string> = {};
  /** The statement Kubu Raya's --attest made, as its --json gives it. */
  let made: Record<string, unknown>;
  let source: SourcedRegistry;
  const moduleDir = () => source.moduleDir;
  const git = (...args: string[]) => source.git(...args);
  const city = (name: string) => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path(`${name}-home`), GOTONG_SIGNING_KEY: keys[name] } });

  const writeVersion = (version: string, page: string) => source.writeVersion(version, page);

  async function accept(): Promise<Accepted> {
    const run = await gotong(['registry', 'accept', '--registry', registryUrl, '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('pipeline'), GOTONG_ONLINE_KEY: keys.online } });
    expect(run.json.ok, run.stderr).toBe(true);
    return run.json as never;
  }

  async function publish(...extra: string[]): Promise<CliResult> {
    const run = await gotong(['publish', moduleDir(), '--registry', registryUrl, '--json', ...extra], city('bandung'));
    expect(run.json, run.stderr).toMatchObject({ ok: true, status: 'proposed' });
    return run;
  }

  /** Kubu Raya's valid key signing an attestations file of its own making: proposed like any change, or pushed to a direct registry. */
  const forge = (path: string, doc: unknown, into = { target: registry, url: registryUrl, env: world.env, direct: false }) =>
    changeNamespace(
      {
        location: { ...into.target.location, url: into.url },
        namespace: 'kuburaya',
        onlineKey: into.direct ? into.target.online.signer : undefined,
        identity: { name: 'Diskominfo Kubu Raya', email: 'ci@kuburayakab.go.id' },
        reporter: new MemoryReporter(),
        env: into.env,
        paths: [targetStorageFolder(path)],
      },
      async (writer) => {
        await writer.putTargets('kuburaya', [{ targetPath: path, bytes: Buffer.from(JSON.stringify(doc, null, 2)) }], [into.target.publishers.kuburaya.signer]);
        return { changed: true, message: `forged ${path}`, result: null };
      },
    );

  beforeAll(async () => {
    source = await sourcedRegistry('gotong-attestations-');
    ({ world, registry, server, registryUrl, sourceUrl } = source);
    keys.bandung = await fs.readFile(registry.publishers.bandung.privateFile, 'utf8');
    keys.kuburaya = await fs.readFile(registry.publishers.kuburaya.privateFile, 'utf8');
    keys.online = await fs.readFile(registry.online.privateFile, 'utf8');
    await publish();
    await accept();
    for (const name of ['bandung', 'kuburaya']) {
      const added = await gotong(['registry', 'add', 'nusantara', registryUrl, '--root-sha256', registry.rootSha256], city(name));
      expect(added.code, added.stderr).toBe(0);
    }
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('Kubu Raya reproduces a Bandung version with --attest; once accepted, info names Kubu Raya with the commit', async () => {
    const commit = git('rev-parse', 'HEAD');
    const own = await gotong(['rebuild-verify', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--attest', '--json'], city('bandung'));
    expect(own.json.error, own.stderr).toMatchObject({ code: 'GOTONG_E_USAGE' });
    expect(own.json.error!.message).toContain('cannot attest its own versions');

    const stray = await gotong(['rebuild-verify', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--dry-run', '--json'], city('kuburaya'));
    expect(stray.json.error, stray.stderr).toMatchObject({ code: 'GOTONG_E_USAGE', message: '--dry-run applies only with --attest' });

    const attested = await gotong(['rebuild-verify', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--attest', '--json'], city('kuburaya'));
    expect(attested.json, attested.stderr).toMatchObject({
      ok: true,
      status: 'reproduced',
      attestation: { status: 'attested', namespace: 'kuburaya', target: ATTESTATIONS, state: 'proposed', statement: { module: MODULE, version: '2.1.0', source: { repository: sourceUrl, commit } } },
    });
    made = (attested.json.attestation as { statement: Record<string, unknown> }).statement;
    const taken = await accept();
    expect(taken.refused).toEqual([]);
    expect(taken.accepted.map((a) => a.namespace)).toEqual(['kuburaya']);

    const info = await gotong(['info', MODULE, '--registry', 'nusantara', '--json'], city('bandung'));
    const versions = info.json.versions as Array<{ version: string; integrity: string; reproducedBy: unknown[] }>;
    expect(versions[0].reproducedBy).toEqual([{ namespace: 'kuburaya', commit, repository: sourceUrl, reproducedAt: expect.any(String), gotongVersion: expect.any(String) }]);
    const shown = await gotong(['info', MODULE, '--registry', 'nusantara'], city('bandung'));
    expect(shown.stdout).toContain(`reproduced by kuburaya (commit ${commit.slice(0, 12)}, `);
    // The catalog shows it too: on the module page and on Bandung's history page.
    const out = world.path('katalog');
    const built = await gotong(['catalog', 'build', '--registry', 'nusantara', '--out', out, '--json'], city('bandung'));
    expect(built.json, built.stderr).toMatchObject({ ok: true });
    for (const page of ['m/bandung/e-musrenbang.html', 'ns/bandung/history.html']) {
      const text = await fs.readFile(`${out}/${page}`, 'utf8');
      expect(text, page).toContain(`<a href="../../ns/kuburaya.html">@kuburaya</a> <code title="${commit}">${commit.slice(0, 12)}</code>`);
    }

    const again = await gotong(['rebuild-verify', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--attest', '--json'], city('kuburaya'));
    expect(again.json, again.stderr).toMatchObject({ ok: true, attestation: { status: 'already-attested', proposal: null } });
  });

  it('never attests a version that differs from its source', async () => {
    await writeVersion('2.1.1', '<h1>e-Musrenbang</h1>\n');
    git('commit', '-q', '-am', 'e-Musrenbang 2.1.1');
    git('push', '-q', 'origin', 'main');
    await fs.writeFile(world.path('work', 'aplikasi', 'apps', 'e-musrenbang', 'index.html'), '<h1>e-Musrenbang (diubah setelah commit)</h1>\n');
    await publish('--allow-dirty');
    await accept();
    git('checkout', '--', '.');

    const differs = await gotong(['rebuild-verify', `${MODULE}@2.1.1`, '--registry', 'nusantara', '--attest', '--json'], city('kuburaya'));
    expect(differs.code).toBe(5);
    expect(differs.json.error).toMatchObject({ code: 'GOTONG_E_REBUILD_DIFFERS' });
    expect(await accept()).toMatchObject({ accepted: [], refused: [] });
    const info = await gotong(['info', `${MODULE}@2.1.1`, '--registry', 'nusantara', '--json'], city('bandung'));
    expect((info.json.versions as Array<{ version: string; reproducedBy: unknown[] }>).find((v) => v.version === '2.1.1')!.reproducedBy).toEqual([]);
  });

  it('accept refuses statements at the wrong place, dropping an earlier one, or about a version not published', async () => {
    const info = await gotong(['info', MODULE, '--registry', 'nusantara', '--json'], city('kuburaya'));
    const v210 = (info.json.versions as Array<{ version: string; integrity: string }>).find((v) => v.version === '2.1.0')!;
    const statement = { module: MODULE, version: '2.1.0', integrity: v210.integrity, tarSha512: 'a'.repeat(128), source: { repository: sourceUrl, commit: git('rev-parse', 'HEAD~1') }, reproducedAt: new Date().toISOString(), gotongVersion: '0.1.0' };

    await forge('kuburaya/_attestations/pontianak.json', { schemaVersion: 1, namespace: 'kuburaya', subject: 'bandung', statements: [statement] });
    expect((await accept()).refused[0]?.reason).toMatch(/claims to be the statements of "kuburaya\/bandung"/);
    await forge(ATTESTATIONS, { schemaVersion: 1, namespace: 'kuburaya', subject: 'bandung', statements: [] });
    expect((await accept()).refused[0]?.reason).toMatch(/removes or changes the statement about @bandung\/e-musrenbang@2\.1\.0/);
    await forge(ATTESTATIONS, { schemaVersion: 1, namespace: 'kuburaya', subject: 'bandung', statements: [made, { ...statement, version: '9.9.9' }] });
    expect((await accept()).refused[0]?.reason).toMatch(/attests @bandung\/e-musrenbang@9\.9\.9, which the registry does not publish/);

    const still = await gotong(['info', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--json'], city('bandung'));
    expect((still.json.versions as Array<{ version: string; reproducedBy: Array<{ namespace: string }> }>)[0].reproducedBy.map((r) => r.namespace)).toEqual(['kuburaya']);
  });

  it('readers of a direct registry, which has no accept, leave out a file at the wrong place', async () => {
    const other = makeWorld('gotong-attestations-direct-');
    try {
      const direct = await makeRegistry(other, ['bandung', 'kuburaya']);
      await direct.publishDir(await writeModule(other.path('sipd'), { name: '@bandung/sipd', version: '1.0.0', license: 'Apache-2.0' }));
      const readers = { cwd: other.root, env: other.env };
      const published = await gotong(['info', '@bandung/sipd', '--registry', 'nusantara', '--json'], readers);
      const integrity = (published.json.versions as Array<{ integrity: string }>)[0].integrity;
      const statement = { module: '@bandung/sipd', version: '1.0.0', integrity, tarSha512: 'a'.repeat(128), source: { repository: null, commit: 'c'.repeat(40) }, reproducedAt: new Date().toISOString(), gotongVersion: '0.1.0' };
      await forge(ATTESTATIONS, { schemaVersion: 1, namespace: 'pontianak', subject: 'bandung', statements: [statement] }, { target: direct, url: direct.url, env: other.env, direct: true });
      const info = await gotong(['info', '@bandung/sipd', '--registry', 'nusantara', '--json'], readers);
      expect((info.json.versions as Array<{ reproducedBy: unknown[] }>)[0].reproducedBy, info.stderr).toEqual([]);
      expect(info.stderr).toContain('GOTONG_W_RECORD_REFUSED');
      const verified = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], readers);
      expect(JSON.stringify(verified.json.problems)).toMatch(/claims to be the statements of/);
    } finally {
      await other.cleanup();
    }
  });
});
