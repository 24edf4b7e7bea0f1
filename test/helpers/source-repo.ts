// What the transparency tests share: a staged registry of Bandung and Kubu
// Raya on a git server, and beside it the repository Bandung develops
// e-Musrenbang in (`sumber/aplikasi.git`), checked out with the module in
// `apps/e-musrenbang` and its first version, 2.1.0, committed and pushed.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { makeWorld, type TestWorld } from './env.js';
import { startGitServer, type GitServer } from './git-server.js';
import { assertCliBuilt } from './processes.js';
import { makeRegistry, type TestRegistry } from './registry.js';

export const SOURCE_MODULE = '@bandung/e-musrenbang';
const IDENTITY = { GIT_AUTHOR_NAME: 'Diskominfo Bandung', GIT_AUTHOR_EMAIL: 'ci@bandung.go.id', GIT_COMMITTER_NAME: 'Diskominfo Bandung', GIT_COMMITTER_EMAIL: 'ci@bandung.go.id' };

export interface SourcedRegistry {
  world: TestWorld;
  registry: TestRegistry;
  server: GitServer;
  registryUrl: string;
  sourceUrl: string;
  /** The checkout of the source repository, and the module's folder in it. */
  checkout: string;
  moduleDir: string;
  /** git in the checkout, as Bandung's developer. */
  git(...args: string[]): string;
  /** Writes the module's gotong.json at `version` (with `fields`) and its index.html. */
  writeVersion(version: string, page: string): Promise<void>;
}

export async function sourcedRegistry(prefix: string, fields: Record<string, unknown> = {}): Promise<SourcedRegistry> {
  assertCliBuilt();
  const world = makeWorld(prefix);
  await fs.mkdir(world.path('served', 'sumber'), { recursive: true });
  const registry = await makeRegistry(world, ['bandung', 'kuburaya'], world.path('served', 'registry.git'), { mode: 'staged' });
  const server = await startGitServer(world.path('served'));
  const checkout = world.path('work', 'aplikasi');
  const moduleDir = join(checkout, 'apps', 'e-musrenbang');
  const git = (...args: string[]) => execFileSync('git', ['-C', checkout, ...args], { encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();
  const writeVersion = async (version: string, page: string) => {
    await fs.writeFile(join(moduleDir, 'gotong.json'), JSON.stringify({ name: SOURCE_MODULE, version, ...fields, license: 'Apache-2.0' }, null, 2) + '\n');
    await fs.writeFile(join(moduleDir, 'index.html'), page);
  };
  const sourceUrl = server.url('sumber/aplikasi.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', world.path('served', 'sumber', 'aplikasi.git')]);
  await fs.mkdir(moduleDir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', checkout]);
  git('remote', 'add', 'origin', sourceUrl);
  await writeVersion('2.1.0', '<h1>e-Musrenbang</h1>\n');
  git('add', '.');
  git('commit', '-q', '-m', 'e-Musrenbang 2.1.0');
  git('push', '-q', 'origin', 'main');
  return { world, registry, server, registryUrl: server.url('registry.git'), sourceUrl, checkout, moduleDir, git, writeVersion };
}
