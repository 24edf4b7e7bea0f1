// Adoption records and advisories on a staged registry served by git daemon:
// Kubu Raya and Pontianak report what their portals run, Bandung publishes an
// advisory for the version Kubu Raya runs, Kubu Raya's audit fails in CI with
// the fix named, Bandung's audit --registry and the catalog's command centre
// name Kubu Raya. A record or an advisory signed by the wrong namespace, or
// claiming another namespace's place, is refused by accept; one that reached
// main of a direct registry is refused by its readers.
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeNamespace } from '../../src/change/namespace-change.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { targetStorageFolder } from '../../src/trust/file-names.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

const CITIES = ['bandung', 'kuburaya', 'pontianak'];

describe('adoption records, advisories and audit', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let gitUrl: string;
  const keyOf: Record<string, string> = {};
  /** A city's machine: its own home, the registry pinned there as nusantara, its publisher key. */
  const city = (name: string, cwd = world.root) => ({ cwd, env: { ...world.env, GOTONG_HOME: world.path(`${name}-home`), GOTONG_SIGNING_KEY: keyOf[name] } });
  const pipeline = () => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('pipeline-home'), GOTONG_ONLINE_KEY: keyOf.online } });

  async function accept(): Promise<{ accepted: Array<{ summary: string }>; refused: Array<{ branch: string; reason: string }> }> {
    const run = await gotong(['registry', 'accept', '--registry', gitUrl, '--json'], pipeline());
    expect(run.json.ok, run.stderr).toBe(true);
    return run.json as never;
  }

  async function portal(name: string, dependencies: Record<string, string>): Promise<string> {
    const dir = world.path(`${name}-portal`);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(`${dir}/gotong.json`, JSON.stringify({ name: `@${name}/portal`, private: true, registry: 'nusantara', dependencies }, null, 2));
    const installed = await gotong(['install', '--json'], city(name, dir));
    expect(installed.json, installed.stderr).toMatchObject({ ok: true });
    return dir;
  }

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-advisory-');
    registry = await makeRegistry(world, CITIES, world.path('served', 'registry.git'), { mode: 'staged' });
    server = await startGitServer(world.path('served'));
    gitUrl = server.url('registry.git');
    keyOf.online = await fs.readFile(registry.online.privateFile, 'utf8');
    for (const name of CITIES) {
      keyOf[name] = await fs.readFile(registry.publishers[name].privateFile, 'utf8');
      const added = await gotong(['registry', 'add', 'nusantara', gitUrl, '--root-sha256', registry.rootSha256, '--json'], city(name));
      expect(added.json.ok, added.stderr).toBe(true);
    }
    for (const version of ['2.1.0', '2.1.1']) {
      const dir = world.path('src', `e-musrenbang-${version}`);
      await writeModule(dir, { name: '@bandung/e-musrenbang', version }, { 'index.html': `<h1>e-Musrenbang ${version}</h1>\n` });
      const published = await gotong(['publish', dir, '--registry', 'nusantara', '--json'], city('bandung'));
      expect(published.json, published.stderr).toMatchObject({ ok: true, status: 'proposed' });
    }
    expect((await accept()).refused).toEqual([]);
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('two cities report; Bandung\'s advisory fails Kubu Raya\'s audit with the fix named and names Kubu Raya to Bandung', async () => {
    const kuburaya = await portal('kuburaya', { '@bandung/e-musrenbang': '2.1.0' });
    const pontianak = await portal('pontianak', { '@bandung/e-musrenbang': '^2.1.0' });
    for (const [name, dir] of [['kuburaya', kuburaya], ['pontianak', pontianak]]) {
      const reported = await gotong(['report', '--registry', 'nusantara', '--json'], city(name, dir));
      expect(reported.json, reported.stderr).toMatchObject({ ok: true, status: 'reported', target: `${name}/_adoption/portal.json`, state: 'proposed' });
      // Nothing but the namespace, the workspace, the time and the versions.
      expect(Object.keys(reported.json.record as object).sort()).toEqual(['modules', 'namespace', 'reportedAt', 'schemaVersion', 'workspace']);
    }
    const advisory = await gotong(
      ['advisory', 'publish', '@bandung/e-musrenbang@<2.1.1', '--severity', 'high', '--summary', 'Kode wilayah tidak disaring pada formulir usulan', '--fixed-in', '2.1.1', '--id', 'GTA-2025-0001', '--registry', 'nusantara', '--json'],
      city('bandung'),
    );
    expect(advisory.json, advisory.stderr).toMatchObject({ ok: true, status: 'published', affected: ['2.1.0'], state: 'proposed' });
    const accepted = await accept();
    expect(accepted.refused).toEqual([]);
    expect(accepted.accepted.map((a) => a.summary).sort()).toEqual(['advisory @bandung/e-musrenbang', 'report kuburaya/portal', 'report pontianak/portal']);

    const failing = await gotong(['audit', '--level', 'high', '--json'], city('kuburaya', kuburaya));
    expect(failing.code, failing.stderr).toBe(1);
    expect(failing.json).toMatchObject({ ok: false, failing: 1, findings: [{ module: '@bandung/e-musrenbang', version: '2.1.0', kind: 'advisory', id: 'GTA-2025-0001', severity: 'high', fix: '2.1.1' }] });
    const human = await gotong(['audit'], city('kuburaya', kuburaya));
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/GTA-2025-0001.*update to 2\.1\.1/);
    const clean = await gotong(['audit', '--json'], city('pontianak', pontianak));
    expect(clean.json, clean.stderr).toMatchObject({ ok: true, findings: [], failing: 0 });

    const adopters = await gotong(['audit', '--registry', 'nusantara', '--json'], city('bandung'));
    expect(adopters.json, adopters.stderr).toMatchObject({ ok: true, records: 2, advisories: [{ id: 'GTA-2025-0001', module: '@bandung/e-musrenbang', adopters: [{ namespace: 'kuburaya', workspace: 'portal', version: '2.1.0' }] }] });
    expect((adopters.json.advisories as Array<{ adopters: unknown[] }>)[0].adopters).toHaveLength(1);
    const listed = await gotong(['advisory', 'list', '--registry', 'nusantara', '--json'], city('pontianak'));
    expect(listed.json, listed.stderr).toMatchObject({ advisories: [{ module: '@bandung/e-musrenbang', advisories: [{ id: 'GTA-2025-0001', fixedIn: '2.1.1' }] }] });

    // The catalog's command centre shows the same, from the same signed files.
    const site = world.path('site');
    const built = await gotong(['catalog', 'build', '--registry', 'nusantara', '--out', site, '--json'], city('bandung'));
    expect(built.json, built.stderr).toMatchObject({ ok: true });
    const board = JSON.parse(await fs.readFile(`${site}/command-centre.json`, 'utf8')) as { cities: Array<{ name: string }>; cells: unknown[]; modules: Array<{ name: string; notify: unknown[] }> };
    expect(board.cities.map((c) => c.name)).toEqual(['kuburaya', 'pontianak']);
    expect(board.cells).toEqual([[0, 0, '2.1.0', 'affected', ['GTA-2025-0001'], ['portal']], [0, 1, '2.1.1', 'current', [], ['portal']]]);
    expect(board.modules).toMatchObject([{ name: '@bandung/e-musrenbang', notify: [{ namespace: 'kuburaya', workspace: 'portal', version: '2.1.0', reason: 'affected', fix: '2.1.1' }] }]);
    expect(await fs.readFile(`${site}/command-centre.html`, 'utf8')).toContain('<td class="cc-cell s-affected" data-status="affected">');

    // Kubu Raya moves to the fix and reports again: the newer record replaces the older.
    await fs.writeFile(`${kuburaya}/gotong.json`, JSON.stringify({ name: '@kuburaya/portal', private: true, registry: 'nusantara', dependencies: { '@bandung/e-musrenbang': '2.1.1' } }));
    expect((await gotong(['install', '--json'], city('kuburaya', kuburaya))).json.ok).toBe(true);
    expect((await gotong(['report', '--registry', 'nusantara', '--json'], city('kuburaya', kuburaya))).json.ok).toBe(true);
    expect((await accept()).refused).toEqual([]);
    const after = await gotong(['audit', '--registry', 'nusantara', '--json'], city('bandung'));
    expect(after.json).toMatchObject({ records: 2, advisories: [{ adopters: [] }] });
    const verified = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], city('pontianak'));
    expect(verified.json, verified.stderr).toMatchObject({ ok: true });
  });

  it('another namespace cannot sign a module\'s advisory; records and advisories in the wrong place are refused by accept and by readers', async () => {
    const foreign = await gotong(['advisory', 'publish', '@bandung/e-musrenbang@2.1.0', '--severity', 'critical', '--summary', 'palsu', '--registry', 'nusantara', '--json'], city('kuburaya'));
    expect(foreign.json.ok).toBe(false);
    expect(foreign.json.error?.code, foreign.stderr).toMatch(/GOTONG_E_KEY/);

    // Bandung's valid key signing files that claim other places: well signed, refused for what they say.
    const forge = (path: string, doc: unknown, into = { target: registry, url: gitUrl, env: world.env, direct: false }) =>
      changeNamespace(
        {
          location: { ...into.target.location, url: into.url },
          namespace: 'bandung',
          onlineKey: into.direct ? into.target.online.signer : undefined,
          identity: { name: 'Diskominfo Bandung', email: 'ci@bandung.go.id' },
          reporter: new MemoryReporter(),
          env: into.env,
          paths: [targetStorageFolder(path)],
        },
        async (writer) => {
          await writer.putTargets('bandung', [{ targetPath: path, bytes: Buffer.from(JSON.stringify(doc)) }], [into.target.publishers.bandung.signer]);
          return { changed: true, message: `forged ${path}`, result: null };
        },
      );
    const kuburayaRecord = { schemaVersion: 1, namespace: 'kuburaya', workspace: 'portal', reportedAt: new Date().toISOString(), modules: { '@bandung/e-musrenbang': '2.1.1' } };
    await forge('bandung/_adoption/portal.json', kuburayaRecord);
    const refusals = (await accept()).refused;
    expect(refusals[0]?.reason).toMatch(/claims to come from "kuburaya\/portal"/);
    const advisoryFor = (name: string) => ({ schemaVersion: 1, name, advisories: [{ id: 'X-1', range: '*', severity: 'low', summary: 'palsu', fixedIn: null, publishedAt: new Date().toISOString() }] });
    await forge('bandung/e-musrenbang/advisories.json', advisoryFor('@kuburaya/portal'));
    expect((await accept()).refused[0]?.reason).toMatch(/about "@kuburaya\/portal", not the module/);
    await forge('bandung/peta-dasar/advisories.json', advisoryFor('@bandung/peta-dasar'));
    expect((await accept()).refused[0]?.reason).toMatch(/advisories for @bandung\/peta-dasar, which the registry does not have/);
    const dropped = { schemaVersion: 1, name: '@bandung/e-musrenbang', advisories: [] };
    await forge('bandung/e-musrenbang/advisories.json', dropped);
    expect((await accept()).refused[0]?.reason).toMatch(/removes the advisory "GTA-2025-0001"/);

    // A direct registry has no accept to stop it: its readers refuse the record.
    const other = makeWorld('gotong-advisory-direct-');
    try {
      const direct = await makeRegistry(other, ['bandung', 'kuburaya']);
      await forge('bandung/_adoption/portal.json', kuburayaRecord, { target: direct, url: direct.url, env: other.env, direct: true });
      const readers = { cwd: other.root, env: other.env };
      const adopters = await gotong(['audit', '--registry', 'nusantara', '--json'], readers);
      expect(adopters.json, adopters.stderr).toMatchObject({ ok: true, records: 0 });
      expect(adopters.stderr).toContain('GOTONG_W_RECORD_REFUSED');
      const verified = await gotong(['registry', 'verify', '--registry', 'nusantara', '--json'], readers);
      expect(JSON.stringify(verified.json.problems)).toMatch(/claims to come from/);
    } finally {
      await other.cleanup();
    }
  });
});
