// Transparency through the CLI, against a staged registry and a module's own
// source repository, both served by a real git server on loopback: a version
// published from a git repository records its commit and rebuild-verify
// reproduces it from a fresh fetch of that repository; a dirty tree is
// refused, and published with --allow-dirty it is reported as differing,
// naming the changed file; a version published under another Node version
// rebuilds under this one to the same uncompressed tar.
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcedRegistry, SOURCE_MODULE, type SourcedRegistry } from '../helpers/source-repo.js';
import { gotong, GOTONG_BIN, type CliResult } from '../helpers/cli.js';
import type { TestWorld } from '../helpers/env.js';
import type { GitServer } from '../helpers/git-server.js';
import { otherNode, OTHER_NODE } from '../helpers/other-node.js';
import type { TestRegistry } from '../helpers/registry.js';

const MODULE = SOURCE_MODULE;

describe('transparency: provenance and rebuilds', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let server: GitServer;
  let registryUrl: string;
  let sourceUrl: string;
  let bandungKey: string;
  let onlineKey: string;
  let source: SourcedRegistry;
  const checkout = () => source.checkout;
  const moduleDir = () => source.moduleDir;
  const git = (...args: string[]) => source.git(...args);
  const bandung = () => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('bandung-ci'), GOTONG_SIGNING_KEY: bandungKey } });
  const kuburaya = () => ({ cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('kuburaya') } });

  const writeVersion = (version: string, page: string) => source.writeVersion(version, page);

  async function accept(): Promise<void> {
    const run = await gotong(['registry', 'accept', '--registry', registryUrl, '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('pipeline'), GOTONG_ONLINE_KEY: onlineKey } });
    expect(run.json.ok, run.stderr).toBe(true);
  }

  async function publish(...extra: string[]): Promise<CliResult> {
    return gotong(['publish', moduleDir(), '--registry', registryUrl, '--json', ...extra], bandung());
  }

  beforeAll(async () => {
    source = await sourcedRegistry('gotong-transparency-', { description: { id: 'Musyawarah perencanaan pembangunan', en: 'Development planning deliberation' } });
    ({ world, registry, server, registryUrl, sourceUrl } = source);
    bandungKey = await fs.readFile(registry.publishers.bandung.privateFile, 'utf8');
    onlineKey = await fs.readFile(registry.online.privateFile, 'utf8');
    const added = await gotong(['registry', 'add', 'nusantara', registryUrl, '--root-sha256', registry.rootSha256], kuburaya());
    expect(added.code, added.stderr).toBe(0);
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('records the commit a version was published from, and rebuild-verify reproduces it from a fresh fetch of the repository', async () => {
    const published = await publish();
    expect(published.json, published.stderr).toMatchObject({ ok: true, status: 'proposed' });
    await accept();
    const info = await gotong(['info', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--json'], kuburaya());
    const provenance = (info.json.selected as { provenance: Record<string, unknown> }).provenance;
    expect(provenance).toMatchObject({ source: { repository: sourceUrl, commit: git('rev-parse', 'HEAD'), path: 'apps/e-musrenbang', dirty: false }, gotongVersion: expect.any(String), tarSha512: expect.stringMatching(/^[0-9a-f]{128}$/) });
    const shown = await gotong(['info', `${MODULE}@2.1.0`, '--registry', 'nusantara'], kuburaya());
    expect(shown.stdout).toContain(`source ${sourceUrl} at commit ${git('rev-parse', 'HEAD')}, folder apps/e-musrenbang`);

    const rebuilt = await gotong(['rebuild-verify', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--json'], kuburaya());
    expect(rebuilt.json, rebuilt.stderr).toMatchObject({ ok: true, status: 'reproduced', source: { from: sourceUrl, commit: git('rev-parse', 'HEAD') }, files: [] });
    expect(rebuilt.json.rebuiltTarSha512).toBe(provenance.tarSha512);
    const human = await gotong(['rebuild-verify', `${MODULE}@2.1.0`, '--registry', 'nusantara', '--source', checkout()], kuburaya());
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/^reproduced @bandung\/e-musrenbang@2\.1\.0 from .* at commit [0-9a-f]{12}/);
  });

  it('refuses a dirty tree; published with --allow-dirty, the version is reported as differing from its commit, naming the changed file', async () => {
    await writeVersion('2.1.1', '<h1>e-Musrenbang</h1>\n');
    git('commit', '-q', '-am', 'e-Musrenbang 2.1.1');
    git('push', '-q', 'origin', 'main');
    await fs.writeFile(world.path('work', 'aplikasi', 'apps', 'e-musrenbang', 'index.html'), '<h1>e-Musrenbang (diubah setelah commit)</h1>\n');
    const refused = await publish();
    expect(refused.json.error).toMatchObject({ code: 'GOTONG_E_SOURCE_DIRTY', details: { files: ['index.html'] } });
    expect(refused.json.error!.message).toContain('index.html');
    const dirty = await publish('--allow-dirty');
    expect(dirty.json, dirty.stderr).toMatchObject({ ok: true, status: 'proposed' });
    await accept();
    const info = await gotong(['info', `${MODULE}@2.1.1`, '--registry', 'nusantara', '--json'], kuburaya());
    expect((info.json.selected as { provenance: { source: { dirty: boolean } } }).provenance.source.dirty).toBe(true);

    const rebuilt = await gotong(['rebuild-verify', `${MODULE}@2.1.1`, '--registry', 'nusantara', '--json'], kuburaya());
    expect(rebuilt.code).toBe(5);
    expect(rebuilt.json.error).toMatchObject({ code: 'GOTONG_E_REBUILD_DIFFERS', details: { status: 'differs', files: [{ path: 'index.html', change: 'changed', publishedSize: 46, rebuiltSize: 22 }] } });
    const human = await gotong(['rebuild-verify', `${MODULE}@2.1.1`, '--registry', 'nusantara'], kuburaya());
    expect(human.code).toBe(5);
    expect(human.stderr).toContain('GOTONG_E_REBUILD_DIFFERS');
    expect(human.stderr).toContain('- index.html: changed (published 46 bytes, rebuilt 22 bytes)');
    git('checkout', '--', '.');
  });

  it('rebuilds under this Node a version another Node version published, to the same uncompressed tar', async (context) => {
    const other = otherNode();
    if (!other) {
      // CI installs it (`npm run other-node`); a machine without it says so instead of passing silently.
      expect(process.env.CI, `${OTHER_NODE} is missing: run \`npm run other-node\``).not.toBe('true');
      context.skip();
    }
    await writeVersion('2.2.0', '<h1>e-Musrenbang 2.2</h1>\n');
    git('commit', '-q', '-am', 'e-Musrenbang 2.2.0');
    git('push', '-q', 'origin', 'main');
    const version = execFileSync(other!, ['--version'], { encoding: 'utf8' }).trim();
    expect(version).not.toBe(process.version);
    const published = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
      const child = spawn(other!, [GOTONG_BIN, 'publish', moduleDir(), '--registry', registryUrl, '--json'], { cwd: world.root, env: { ...bandung().env, CI: 'true' } });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
    });
    expect(published.code, published.stdout).toBe(0);
    await accept();
    const rebuilt = await gotong(['rebuild-verify', `${MODULE}@2.2.0`, '--registry', 'nusantara', '--json'], kuburaya());
    expect(rebuilt.json, rebuilt.stderr).toMatchObject({ ok: true, status: 'reproduced' });
    const info = await gotong(['info', `${MODULE}@2.2.0`, '--registry', 'nusantara', '--json'], kuburaya());
    expect((info.json.selected as { provenance: { tarSha512: string } }).provenance.tarSha512).toBe(rebuilt.json.rebuiltTarSha512);
  });
});
