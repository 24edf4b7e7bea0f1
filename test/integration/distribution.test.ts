// Getting gotong as a new city would: the release tarball that `npm pack` makes from
// a checkout (its prepack and prepare scripts build dist/), installed with npm into an
// empty prefix with no registry and an empty npm cache, then run from that prefix's
// bin folder. Then the CI examples run as their forges would, each job installing that
// same tarball over loopback HTTP against its pinned integrity, against one staged
// registry served by git daemon: two cities' publish jobs (GitLab and GitHub) wait
// while the registry's own pipeline accepts their proposals, and what they publish must
// be, byte for byte, what `gotong pack` makes locally; the daily refresh; and a job
// whose key was revoked while it waited, refused. No member job ever sees the online key.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGithubJob, runGitlabJob, type GithubEvent, type GitlabPipeline, type JobRun } from '../helpers/ci-pipelines.js';
import { gotong } from '../helpers/cli.js';
import { makeKey, makeWorld, type KeyFiles, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const EXAMPLE_MODULE = join(REPO, 'examples', 'bandung', 'ui-kit', '1.2.0');
const CI = join(REPO, 'examples', 'ci');
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

/**
 * A module repository with an example module committed and tagged, as a CI runner checks it
 * out; `name` renames it, for a city other than Bandung publishing a copy as its own.
 */
function checkout(to: string, tag: string, module = EXAMPLE_MODULE, name?: string): string {
  mkdirSync(to, { recursive: true });
  execFileSync('cp', ['-R', `${module}/.`, to]);
  if (name) {
    const manifest = JSON.parse(readFileSync(join(to, 'gotong.json'), 'utf8'));
    writeFileSync(join(to, 'gotong.json'), JSON.stringify({ ...manifest, name, publisher: 'Diskominfo Kabupaten Kubu Raya' }, null, 2) + '\n');
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Diskominfo', '-c', 'user.email=ci@pemda.go.id', ...args], { cwd: to, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', `release ${tag}`);
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
  let gitServer: GitServer | undefined;

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
    await gitServer?.stop();
    await world?.cleanup();
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

  it.concurrent('the registry pipelines start only on their own triggers', async () => {
    const scratch = world.path('triggers');
    mkdirSync(scratch);
    const gitlab = (job: string, pipeline: GitlabPipeline) =>
      runGitlabJob(join(CI, job === 'publish' ? 'gitlab-ci.yml' : 'registry/gitlab-ci.yml'), job, { projectDir: scratch, scratch, env: {}, pipeline, variables: {}, fileVariables: {} });
    const github = (job: string, event: GithubEvent) =>
      runGithubJob(join(CI, job === 'publish' ? 'github-actions.yml' : 'registry/github-actions.yml'), job, { workspace: scratch, runnerTemp: scratch, env: {}, event, secrets: {} });
    const notStarted = [
      await gitlab('publish', { source: 'push', branch: 'main' }),
      await gitlab('accept', { source: 'push', branch: 'main' }),
      await gitlab('accept', { source: 'schedule', variables: { REGISTRY_JOB: 'refresh' } }),
      await gitlab('refresh', { source: 'push', branch: 'incoming/bandung/v2-0123456789abcdef' }),
      await gitlab('refresh', { source: 'schedule' }),
      await github('publish', { push: { branch: 'main' } }),
      await github('accept', { schedule: '17 2 * * *' }),
      await github('refresh', { schedule: '*/5 * * * *' }),
      await github('refresh', { workflow_dispatch: true }),
    ];
    for (const job of notStarted) expect(job.started, job.log).toBe(false);
  });

  describe('a staged registry on a git server, and the pipelines of two cities and of the registry', () => {
    interface Keys {
      admin: KeyFiles;
      online: KeyFiles;
      bandung: KeyFiles;
      kuburaya: KeyFiles;
    }
    let keys: Keys;
    let registryUrl = '';
    let registryDir = '';
    let runs = 0;
    const admin = (args: string[]) => gotong([...args, '--json'], { cwd: world.root, env: { ...world.env, GOTONG_HOME: world.path('admin-home') } });
    const pem = (key: KeyFiles) => readFileSync(key.privateFile, 'utf8');
    /** A fresh runner: its own folders, gotong installed from the pinned tarball by the job itself. */
    const runner = (name: string) => {
      const dir = world.path('runners', `${++runs}-${name}`);
      mkdirSync(join(dir, 'tmp'), { recursive: true });
      return { dir, env: { ...cleanEnv(world, `runners/${runs}-${name}`), GOTONG_HOME: join(dir, 'gotong-home') } };
    };
    /** Where the jobs download gotong and its integrity: set once the release tarball is served. */
    const pins = { GOTONG_CLI_URL: '', GOTONG_CLI_INTEGRITY: '' };

    const gitlabPublish = (projectDir: string, tag: string, key: KeyFiles) => {
      const r = runner('gitlab-publish');
      return runGitlabJob(join(CI, 'gitlab-ci.yml'), 'publish', {
        projectDir,
        scratch: r.dir,
        env: r.env,
        pipeline: { source: 'push', tag },
        variables: { ...pins, GOTONG_REGISTRY: registryUrl, GOTONG_KEY_PASSPHRASE: '', GOTONG_WAIT_FOR: '3m' },
        fileVariables: { PUBLISHER_KEY_PEM: pem(key) },
      });
    };
    const githubPublish = (workspace: string, tag: string, key: KeyFiles) => {
      const r = runner('github-publish');
      return runGithubJob(join(CI, 'github-actions.yml'), 'publish', {
        workspace,
        runnerTemp: join(r.dir, 'tmp'),
        env: r.env,
        edits: { ...pins, GOTONG_WAIT_FOR: '3m' },
        event: { push: { tag } },
        secrets: { GOTONG_SIGNING_KEY: pem(key), GOTONG_REGISTRY: registryUrl },
      });
    };
    const gitlabRegistry = (job: 'accept' | 'refresh', pipeline: GitlabPipeline) => {
      const r = runner(`gitlab-${job}`);
      return runGitlabJob(join(CI, 'registry', 'gitlab-ci.yml'), job, {
        projectDir: r.dir, // GIT_STRATEGY: none, an empty build folder
        scratch: join(r.dir, 'tmp'),
        env: r.env,
        pipeline,
        variables: { ...pins, GOTONG_REGISTRY: registryUrl, GOTONG_KEY_PASSPHRASE: '' },
        fileVariables: { ONLINE_KEY_PEM: pem(keys.online) },
      });
    };
    const githubRegistry = (job: 'accept' | 'refresh', event: GithubEvent) => {
      const r = runner(`github-${job}`);
      return runGithubJob(join(CI, 'registry', 'github-actions.yml'), job, {
        workspace: r.dir,
        runnerTemp: join(r.dir, 'tmp'),
        env: r.env,
        edits: pins,
        event,
        secrets: { GOTONG_ONLINE_KEY: pem(keys.online), GOTONG_REGISTRY: registryUrl },
      });
    };
    const pending = async () => (await admin(['registry', 'pending', '--registry', registryUrl])).json as unknown as { pending: { namespace: string; branch: string }[]; refused: { namespace: string; branch: string; summary: string; reason: string }[] };
    /** Until the git host holds `count` proposals (the accept job must find them there); a member job that ends first fails the test with its log. */
    async function proposals(count: number, jobs: Promise<JobRun>[]): Promise<string[]> {
      let ended: JobRun | undefined;
      for (const job of jobs) void job.then((run) => (ended ??= run));
      const deadline = Date.now() + 120_000;
      for (;;) {
        const open = (await pending()).pending;
        if (open.length >= count) return open.map((p) => p.branch);
        if (ended) throw new Error(`a member job ended before its proposal was pending:\n${ended.log}`);
        if (Date.now() > deadline) throw new Error(`only ${open.length} of ${count} proposals arrived`);
        await new Promise((wait) => setTimeout(wait, 250));
      }
    }
    /** Neither what a member job's steps could read nor what it printed holds the registry's online key. */
    const withoutOnlineKey = (job: JobRun) => {
      const body = pem(keys.online).split('\n').filter((line) => line && !line.startsWith('-----')).join('');
      for (const text of [...job.exposed, job.log]) {
        expect(text).not.toContain(body);
        expect(text).not.toContain('GOTONG_ONLINE_KEY=');
      }
    };

    beforeAll(async () => {
      Object.assign(pins, { GOTONG_CLI_URL: tarballUrl, GOTONG_CLI_INTEGRITY: packed.integrity });
      const served = world.path('git-server');
      mkdirSync(served);
      const [adminKey, online, bandung, kuburaya] = await Promise.all(['admin', 'online', 'bandung', 'kuburaya'].map((name) => makeKey(world, name)));
      keys = { admin: adminKey, online, bandung, kuburaya };
      registryDir = join(served, 'registry.git');
      const init = await admin(['registry', 'init', registryDir, '--name', 'nusantara', '--mode', 'staged', '--root-key', adminKey.privateFile, '--online-key', online.privateFile]);
      expect(init.json, init.stderr).toMatchObject({ ok: true, mode: 'staged' });
      gitServer = await startGitServer(served);
      registryUrl = gitServer.url('registry.git');
      for (const city of ['bandung', 'kuburaya'] as const) {
        const added = await admin(['registry', 'add-namespace', city, '--registry', registryUrl, '--publisher-key', keys[city].publicFile, '--admin-key', adminKey.privateFile, '--online-key', online.privateFile]);
        expect(added.code, added.stderr).toBe(0);
      }
    }, SLOW);

    it('Bandung (GitLab) and Kubu Raya (GitHub) publish at once and wait; the registry accept job puts both on main; then the daily refresh', async () => {
      const bandungDir = checkout(world.path('bandung', 'ui-kit'), 'v1.2.0');
      const kuburayaDir = checkout(world.path('kuburaya', 'ref-kode-wilayah'), 'v1.0.0', join(REPO, 'examples', 'bandung', 'ref-kode-wilayah', '1.0.0'), '@kuburaya/ref-kode-wilayah');
      const kuburayaPack = await gotong(['pack', kuburayaDir, '--out-dir', world.path('kuburaya-pack'), '--json'], { cwd: world.root, env: world.env });

      const bandungJob = gitlabPublish(bandungDir, 'v1.2.0', keys.bandung);
      const kuburayaJob = githubPublish(kuburayaDir, 'v1.0.0', keys.kuburaya);
      const [first] = await proposals(2, [bandungJob, kuburayaJob]);
      const accept = await gitlabRegistry('accept', { source: 'push', branch: first });
      expect(accept.ok, accept.log).toBe(true);
      expect(JSON.parse(readFileSync(accept.artifacts[0], 'utf8'))).toMatchObject({ ok: true, accepted: [{ namespace: 'bandung' }, { namespace: 'kuburaya' }], refused: [] });

      const [bandung, kuburaya] = await Promise.all([bandungJob, kuburayaJob]);
      expect(bandung.ok, bandung.log).toBe(true);
      expect(kuburaya.ok, kuburaya.log).toBe(true);
      expect(JSON.parse(readFileSync(bandung.artifacts[0], 'utf8'))).toMatchObject({ ok: true, name: '@bandung/ui-kit', version: '1.2.0', state: 'accepted', integrity: localPack.integrity });
      expect(JSON.parse(readFileSync(kuburaya.artifacts[0], 'utf8'))).toMatchObject({ ok: true, name: '@kuburaya/ref-kode-wilayah', state: 'accepted', integrity: kuburayaPack.json.integrity });
      expect(publishedTarball(registryDir, 'ui-kit-1.2.0.tgz').equals(localPack.bytes), 'GitLab published other bytes than a local gotong pack of the same folder').toBe(true);
      expect(publishedTarball(registryDir, 'ref-kode-wilayah-1.0.0.tgz').equals(readFileSync(String(kuburayaPack.json.path))), 'GitHub published other bytes than a local gotong pack').toBe(true);
      expect(execFileSync('git', ['status', '--porcelain'], { cwd: kuburayaDir, encoding: 'utf8' })).toBe('');
      for (const job of [bandung, kuburaya]) withoutOnlineKey(job);
      expect(await pending()).toMatchObject({ pending: [], refused: [] });

      const refresh = await githubRegistry('refresh', { schedule: '17 2 * * *' });
      expect(refresh.ok, refresh.log).toBe(true);
      expect(refresh.log).toMatch(/timestamp v\d+ signed/);
      expect(refresh.log).toMatch(/mode staged/);
    }, SLOW);

    it('Kubu Raya\'s scheduled report job (examples/ci/report/) signs an adoption record of its portal with the city\'s key; accepted, Bandung sees it', async () => {
      // The portal's deployment repository: gotong.json and the lockfile its servers install from.
      const portal = world.path('kuburaya', 'portal');
      mkdirSync(portal, { recursive: true });
      writeFileSync(join(portal, 'gotong.json'), `${JSON.stringify({ name: '@kuburaya/portal', version: '1.0.0', dependencies: { '@bandung/ui-kit': '^1.2.0' } }, null, 2)}\n`);
      const rootSha256 = createHash('sha256').update(execFileSync('git', ['--git-dir', registryDir, 'show', 'main:metadata/1.root.json'])).digest('hex');
      const engineer = { cwd: portal, env: { ...world.env, GOTONG_HOME: world.path('kuburaya-engineer-home') } };
      expect((await gotong(['registry', 'add', 'nusantara', registryUrl, '--root-sha256', rootSha256, '--json'], engineer)).json.ok).toBe(true);
      const installed = await gotong(['install', '--registry', 'nusantara', '--json'], engineer);
      expect(installed.json, installed.stderr).toMatchObject({ ok: true });
      rmSync(join(portal, 'gotong_modules'), { recursive: true, force: true });

      const r = runner('github-report');
      const job = runGithubJob(join(CI, 'report', 'github-actions.yml'), 'report', {
        workspace: portal,
        runnerTemp: join(r.dir, 'tmp'),
        env: r.env,
        edits: { ...pins, GOTONG_WAIT_FOR: '3m' },
        event: { schedule: '41 1 * * *' },
        secrets: { GOTONG_SIGNING_KEY: pem(keys.kuburaya), GOTONG_REGISTRY: registryUrl, GOTONG_ROOT_SHA256: rootSha256 },
      });
      await proposals(1, [job]);
      const accept = await githubRegistry('accept', { schedule: '*/5 * * * *' });
      expect(accept.ok, accept.log).toBe(true);
      const reported = await job;
      expect(reported.ok, reported.log).toBe(true);
      withoutOnlineKey(reported);
      const seen = await admin(['audit', '--registry', registryUrl]);
      // The record holds the workspace, its modules at their locked versions and the time: nothing else.
      expect(JSON.parse(readFileSync(reported.artifacts[0], 'utf8'))).toMatchObject({
        ok: true,
        target: 'kuburaya/_adoption/portal.json',
        record: { namespace: 'kuburaya', workspace: 'portal', modules: { '@bandung/ui-kit': '1.2.0' } },
      });
      expect(seen.json, JSON.stringify(seen.json)).toMatchObject({ ok: true, records: 1 });
    }, SLOW);

    it('a job whose key the administrators revoked while it waited ends red with the reason, which registry pending shows', async () => {
      const dir = checkout(world.path('kuburaya', 'ref-kode-wilayah-1.1.0'), 'v1.1.0', join(REPO, 'examples', 'bandung', 'ref-kode-wilayah', '1.1.0'), '@kuburaya/ref-kode-wilayah');
      const job = githubPublish(dir, 'v1.1.0', keys.kuburaya);
      await proposals(1, [job]);
      // The key leaked: the administrators give Kubu Raya a new one, and the old one no longer signs for @kuburaya.
      const renewed = await makeKey(world, 'kuburaya-2');
      const revoked = await admin(['registry', 'namespace-keys', 'kuburaya', '--registry', registryUrl, '--publisher-key', renewed.publicFile, '--admin-key', keys.admin.privateFile, '--signing-key', renewed.privateFile, '--online-key', keys.online.privateFile]);
      expect(revoked.code, revoked.stderr).toBe(0);

      const accept = await githubRegistry('accept', { schedule: '*/5 * * * *' });
      expect(accept.ok, accept.log).toBe(true);
      const refused = await job;
      expect(refused.ok).toBe(false);
      expect(refused.log).toContain('GOTONG_E_PROPOSAL_REFUSED');
      const error = JSON.parse(readFileSync(refused.artifacts[0], 'utf8')).error;
      expect(error).toMatchObject({ code: 'GOTONG_E_PROPOSAL_REFUSED', details: { reason: expect.stringContaining('kuburaya role') } });
      withoutOnlineKey(refused);
      // What the member's log says is what anyone sees in the registry's queue.
      expect((await pending()).refused).toEqual([expect.objectContaining({ namespace: 'kuburaya', summary: 'publish @kuburaya/ref-kode-wilayah@1.1.0', reason: error.details.reason })]);
    }, SLOW);
  });

  it.concurrent('the pipelines refuse a tarball whose integrity is not the pinned one', async () => {
    const projectDir = checkout(world.path('tampered', 'builds', 'ui-kit'), 'v1.2.0');
    const job = await runGitlabJob(join(CI, 'gitlab-ci.yml'), 'publish', {
      projectDir,
      scratch: world.path('tampered'),
      env: cleanEnv(world, 'tampered'),
      pipeline: { source: 'push', tag: 'v1.2.0' },
      variables: { GOTONG_CLI_URL: tarballUrl, GOTONG_CLI_INTEGRITY: `sha512-${sha512Base64(Buffer.from('another release'))}`, GOTONG_REGISTRY: world.path('nowhere.git') },
      fileVariables: { PUBLISHER_KEY_PEM: '' },
    });
    expect(job.ok).toBe(false);
    expect(job.log).toContain('not the pinned');
    expect(job.log).not.toContain('added 1 package');
  }, SLOW);
});

