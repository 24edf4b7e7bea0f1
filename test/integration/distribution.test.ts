// Getting gotong as a new city would: the release tarball that `npm pack` makes from
// a checkout (its prepack and prepare scripts build dist/), installed with npm into an
// empty prefix with no registry and an empty npm cache, then run from that prefix's
// bin folder. Then the CI examples run as their forges would, installing that same
// tarball over loopback HTTP against its pinned integrity and publishing an example
// module: what they publish must be, byte for byte, what `gotong pack` makes locally.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGithubJob, runGitlabJob } from '../helpers/ci-pipelines.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { makeRegistry } from '../helpers/registry.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const EXAMPLE_MODULE = join(REPO, 'examples', 'bandung', 'ui-kit', '1.2.0');
const SLOW = 240_000;

const sha512Base64 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

interface Packed {
  filename: string;
  integrity: string;
  files: { path: string }[];
  bundled: string[];
}

/**
 * What a fresh machine has: node and npm on PATH, no npm settings inherited from a
 * surrounding `npm test`, and an empty npm cache (so nothing can come from an earlier install).
 */
function cleanEnv(world: TestWorld, machine: string): Record<string, string | undefined> {
  const env = Object.fromEntries(Object.entries(world.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));
  mkdirSync(world.path(machine, 'tmp'), { recursive: true });
  return { ...env, PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`, TMPDIR: world.path(machine, 'tmp'), npm_config_cache: world.path(machine, 'npm-cache') };
}

/**
 * The files a checkout of this commit has (tracked, plus new ones not ignored), without dist/,
 * and the installed node_modules as hard links (what `npm ci` would install, without the
 * wait). A real folder, not a symbolic link: npm bundles only what it finds inside the package.
 */
function copySourceTree(to: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' });
  for (const path of new Set(listed.split('\0').filter(Boolean))) {
    if (!existsSync(join(REPO, path))) continue;
    mkdirSync(dirname(join(to, path)), { recursive: true });
    copyFileSync(join(REPO, path), join(to, path));
  }
  try {
    execFileSync('cp', ['-al', join(REPO, 'node_modules'), join(to, 'node_modules')]);
  } catch {
    rmSync(join(to, 'node_modules'), { recursive: true, force: true }); // another file system: copy instead
    execFileSync('cp', ['-a', join(REPO, 'node_modules'), join(to, 'node_modules')]);
  }
}

/** A module repository with the example module committed and tagged, as a CI runner checks it out. */
function checkout(to: string, tag: string): string {
  mkdirSync(to, { recursive: true });
  execFileSync('cp', ['-R', `${EXAMPLE_MODULE}/.`, to]);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Diskominfo Kota Bandung', '-c', 'user.email=ci@bandung.go.id', ...args], { cwd: to, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'ui-kit 1.2.0');
  git('tag', tag);
  return to;
}

/** The bytes of a published tarball, read straight from the registry's git repository. */
function publishedTarball(registryGitDir: string, file: string): Buffer {
  const refs = execFileSync('git', ['for-each-ref', '--format=%(refname)'], { cwd: registryGitDir, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const ref of refs) {
    const paths = execFileSync('git', ['ls-tree', '-r', '--name-only', ref], { cwd: registryGitDir, encoding: 'utf8' }).split('\n');
    const path = paths.find((p) => p.endsWith(`.${file}`) || p.endsWith(`/${file}`));
    if (path) return execFileSync('git', ['cat-file', 'blob', `${ref}:${path}`], { cwd: registryGitDir, maxBuffer: 64 * 1024 * 1024 });
  }
  throw new Error(`${file} is not in the registry`);
}

describe('getting gotong and publishing from CI', () => {
  let world: TestWorld;
  let packed: Packed;
  let tarball: Buffer;
  let server: Server;
  let tarballUrl = '';
  let localPack: { integrity: string; bytes: Buffer };
  const forgeWorlds: TestWorld[] = [];
  /** Each forge publishes into a registry of its own, in a world of its own (keys, admin GOTONG_HOME). */
  const forgeWorld = (name: string) => {
    const made = makeWorld(`gotong-distribution-${name}-`);
    forgeWorlds.push(made);
    return made;
  };

  beforeAll(async () => {
    world = makeWorld('gotong-distribution-');
    copySourceTree(world.path('checkout'));
    mkdirSync(world.path('release'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', world.path('release')], { cwd: world.path('checkout'), env: cleanEnv(world, 'release-maker'), maxBuffer: 64 * 1024 * 1024 });
    packed = (JSON.parse(stdout) as Packed[])[0];
    tarball = readFileSync(world.path('release', packed.filename));

    server = createServer((request, response) => {
      if (request.url === `/${packed.filename}`) response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tarball);
      else response.writeHead(404).end();
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const address = server.address();
    tarballUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/${packed.filename}`;

    const local = await gotong(['pack', EXAMPLE_MODULE, '--out-dir', world.path('local-pack'), '--json'], { cwd: world.root, env: world.env });
    localPack = { integrity: String(local.json.integrity), bytes: readFileSync(String(local.json.path)) };
  }, SLOW);

  afterAll(async () => {
    await new Promise((closed) => server?.close(closed));
    await Promise.all([world, ...forgeWorlds].map((w) => w?.cleanup()));
  });

  it('npm pack builds a tarball with the compiled CLI and the libraries it runs, and no sources, tests or source maps', () => {
    const paths = packed.files.map((f) => f.path);
    for (const needed of ['package.json', 'README.md', 'bin/gotong.js', 'dist/cli/main.js', 'dist/manifest/validators.generated.cjs', 'registry-schema/gotong.schema.json']) expect(paths).toContain(needed);
    const own = paths.filter((p) => !p.startsWith('node_modules/'));
    expect(own.filter((p) => /^(src|test|scripts|bench|docs|examples|\.ci)\//.test(p) || p.endsWith('.map') || p.endsWith('.ts'))).toEqual([]);
    // Exactly the packages package-lock.json installs for running gotong: none missing, no build or test tool.
    const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
    const runtime = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    for (const name of Object.keys(PACKAGE.dependencies)) expect(runtime).toContain(name);
    expect([...new Set(packed.bundled)].sort()).toEqual([...new Set(runtime)].sort());
    expect(packed.integrity).toBe(`sha512-${sha512Base64(tarball)}`);
  });

  it.concurrent('installs into an empty prefix with no registry and no npm cache, and runs from its bin folder', async () => {
    const env = cleanEnv(world, 'user');
    await run('npm', ['install', '--global', '--prefix', world.path('prefix'), '--offline', '--ignore-scripts', '--no-audit', '--no-fund', world.path('release', packed.filename)], { cwd: world.root, env });
    const onPath = { ...env, PATH: `${world.path('prefix', 'bin')}:${env.PATH}` };

    const version = await run('gotong', ['--version'], { cwd: world.root, env: onPath });
    expect(version.stdout.trim()).toBe(PACKAGE.version);
    const pack = await run('gotong', ['pack', EXAMPLE_MODULE, '--out-dir', world.path('installed-pack'), '--json'], { cwd: world.root, env: onPath });
    expect(JSON.parse(pack.stdout)).toMatchObject({ ok: true, name: '@bandung/ui-kit', integrity: localPack.integrity });
  }, SLOW);

  it.concurrent('GitLab CI: installs the pinned tarball, publishes, and the registry holds exactly what a local pack makes', async () => {
    const registry = await makeRegistry(forgeWorld('gitlab'), ['bandung']);
    const projectDir = checkout(world.path('gitlab', 'builds', 'ui-kit'), 'v1.2.0');
    const job = await runGitlabJob(join(REPO, 'examples', 'ci', 'gitlab-ci.yml'), 'publish', {
      projectDir,
      scratch: world.path('gitlab'),
      env: { ...cleanEnv(world, 'gitlab'), GOTONG_HOME: world.path('gitlab', 'gotong-home') },
      tag: 'v1.2.0',
      variables: { GOTONG_CLI_URL: tarballUrl, GOTONG_CLI_INTEGRITY: packed.integrity, GOTONG_REGISTRY: registry.url, GOTONG_KEY_PASSPHRASE: '' },
      fileVariables: { PUBLISHER_KEY_PEM: readFileSync(registry.publishers.bandung.privateFile, 'utf8'), ONLINE_KEY_PEM: readFileSync(registry.online.privateFile, 'utf8') },
    });
    expect(job.ok, job.log).toBe(true);
    expect(job.artifacts).toEqual([join(projectDir, 'gotong-publish.json')]);
    const result = JSON.parse(readFileSync(job.artifacts[0], 'utf8'));
    expect(result).toMatchObject({ ok: true, status: 'published', name: '@bandung/ui-kit', version: '1.2.0' });

    const published = publishedTarball(registry.url, 'ui-kit-1.2.0.tgz');
    expect(published.equals(localPack.bytes), 'the pipeline published other bytes than a local gotong pack of the same folder').toBe(true);
    expect(result.integrity).toBe(localPack.integrity);
  }, SLOW);

  it.concurrent('GitHub Actions: installs the pinned tarball, publishes, and the registry holds exactly what a local pack makes', async () => {
    const registry = await makeRegistry(forgeWorld('github'), ['bandung']);
    const workspace = checkout(world.path('github', 'workspace', 'ui-kit'), 'v1.2.0');
    mkdirSync(world.path('github', 'runner-temp'));
    const job = await runGithubJob(join(REPO, 'examples', 'ci', 'github-actions.yml'), 'publish', {
      workspace,
      runnerTemp: world.path('github', 'runner-temp'),
      env: { ...cleanEnv(world, 'github'), GOTONG_HOME: world.path('github', 'gotong-home') },
      edits: { GOTONG_CLI_URL: tarballUrl, GOTONG_CLI_INTEGRITY: packed.integrity },
      tag: 'v1.2.0',
      secrets: {
        GOTONG_SIGNING_KEY: readFileSync(registry.publishers.bandung.privateFile, 'utf8'),
        GOTONG_ONLINE_KEY: readFileSync(registry.online.privateFile, 'utf8'),
        GOTONG_REGISTRY: registry.url,
      },
    });
    expect(job.ok, job.log).toBe(true);
    expect(job.artifacts).toEqual([world.path('github', 'runner-temp', 'gotong-publish.json')]);
    expect(JSON.parse(readFileSync(job.artifacts[0], 'utf8'))).toMatchObject({ ok: true, status: 'published', integrity: localPack.integrity });
    expect(publishedTarball(registry.url, 'ui-kit-1.2.0.tgz').equals(localPack.bytes), 'the pipeline published other bytes than a local gotong pack of the same folder').toBe(true);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' })).toBe('');
  }, SLOW);

  it.concurrent('the pipelines refuse a tarball whose integrity is not the pinned one', async () => {
    const projectDir = checkout(world.path('tampered', 'builds', 'ui-kit'), 'v1.2.0');
    const job = await runGitlabJob(join(REPO, 'examples', 'ci', 'gitlab-ci.yml'), 'publish', {
      projectDir,
      scratch: world.path('tampered'),
      env: cleanEnv(world, 'tampered'),
      tag: 'v1.2.0',
      variables: { GOTONG_CLI_URL: tarballUrl, GOTONG_CLI_INTEGRITY: `sha512-${sha512Base64(Buffer.from('another release'))}`, GOTONG_REGISTRY: world.path('nowhere.git') },
      fileVariables: { PUBLISHER_KEY_PEM: '', ONLINE_KEY_PEM: '' },
    });
    expect(job.ok).toBe(false);
    expect(job.log).toContain('not the pinned');
    expect(job.log).not.toContain('added 1 package');
  }, SLOW);
});

