import { execFileSync } from 'node:child_process';
import { mkdtempSync, promises as fs, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packModule } from '../archive/pack.js';
import { isGotongError } from '../core/errors.js';
import { ciRunOf } from './ci-run.js';
import { provenanceOf, tarSha512 } from './provenance.js';
import { publicSourceUrl } from './source-url.js';

describe('a source address fit for a signed index', () => {
  it('drops credentials, tokens and local paths', () => {
    expect(publicSourceUrl('https://gitlab-ci-token:glcbt-SECRET@git.bandung.go.id/diskominfo/e-musrenbang.git')).toBe('https://git.bandung.go.id/diskominfo/e-musrenbang.git');
    expect(publicSourceUrl('https://x:ghp_SECRET@github.com/bandung/e-musrenbang?token=SECRET#x')).toBe('https://github.com/bandung/e-musrenbang');
    expect(publicSourceUrl('ssh://git@git.bandung.go.id:2222/diskominfo/sipd.git')).toBe('ssh://git.bandung.go.id:2222/diskominfo/sipd.git');
    expect(publicSourceUrl('git@git.bandung.go.id:diskominfo/sipd.git')).toBe('git@git.bandung.go.id:diskominfo/sipd.git');
    expect(publicSourceUrl('user:password@host:repo.git')).toBeNull();
    expect(publicSourceUrl('/home/ci/builds/sipd')).toBeNull();
    expect(publicSourceUrl('file:///srv/git/sipd.git')).toBeNull();
    expect(publicSourceUrl('')).toBeNull();
  });
});

describe('the CI run that published', () => {
  it('reads GitLab CI and GitHub Actions from their own variables', () => {
    expect(ciRunOf({ GITLAB_CI: 'true', CI_JOB_URL: 'https://git.bandung.go.id/diskominfo/sipd/-/jobs/4711' })).toEqual({ system: 'gitlab-ci', runUrl: 'https://git.bandung.go.id/diskominfo/sipd/-/jobs/4711' });
    expect(ciRunOf({ GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'kotabandung/sipd', GITHUB_RUN_ID: '99', GITHUB_RUN_ATTEMPT: '2' })).toEqual({
      system: 'github-actions',
      runUrl: 'https://github.com/kotabandung/sipd/actions/runs/99/attempts/2',
    });
    expect(ciRunOf({ GITLAB_CI: 'true', CI_JOB_URL: 'javascript:alert(1)' })).toBeNull();
    expect(ciRunOf({ CI: 'true' })).toBeNull();
  });
});

describe('provenance of a module folder', () => {
  let root: string;
  const git = (...args: string[]) => execFileSync('git', ['-C', join(root, 'repo'), ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Diskominfo', GIT_AUTHOR_EMAIL: 'ci@bandung.go.id', GIT_COMMITTER_NAME: 'Diskominfo', GIT_COMMITTER_EMAIL: 'ci@bandung.go.id' } }).trim();
  const moduleDir = () => join(root, 'repo', 'apps', 'e-musrenbang');
  const write = (path: string, text: string) => fs.writeFile(join(moduleDir(), path), text);

  beforeAll(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'gotong-provenance-')));
    await fs.mkdir(moduleDir(), { recursive: true });
    await write('gotong.json', JSON.stringify({ name: '@bandung/e-musrenbang', version: '2.1.0', files: ['index.html'] }));
    await write('index.html', '<h1>e-Musrenbang</h1>\n');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'e-Musrenbang 2.1.0');
    git('remote', 'add', 'origin', 'https://gitlab-ci-token:SECRET@git.bandung.go.id/diskominfo/aplikasi.git');
  });
  afterAll(() => fs.rm(root, { recursive: true, force: true }));

  it('records the repository without credentials, the commit, the folder and the uncompressed tar hash', async () => {
    const packed = await packModule(moduleDir(), { files: ['index.html'] });
    const provenance = await provenanceOf(moduleDir(), packed, { env: {} });
    expect(provenance.source).toEqual({ repository: 'https://git.bandung.go.id/diskominfo/aplikasi.git', commit: git('rev-parse', 'HEAD'), path: 'apps/e-musrenbang', dirty: false });
    expect(provenance.tarSha512).toBe(createHash('sha512').update(gunzipSync(packed.bytes)).digest('hex'));
    expect(provenance.tarSha512).toBe(await tarSha512(packed.bytes));
    expect(JSON.stringify(provenance)).not.toContain('SECRET');
    expect(provenance.ci).toBeUndefined();
  });

  it('ignores an untracked file the pack leaves out, and refuses a changed packed file unless dirty is allowed', async () => {
    await write('catatan.txt', 'not packed\n');
    expect((await provenanceOf(moduleDir(), await packModule(moduleDir(), { files: ['index.html'] }), { env: {} })).source?.dirty).toBe(false);
    await write('index.html', '<h1>e-Musrenbang (ubah)</h1>\n');
    const packed = await packModule(moduleDir(), { files: ['index.html'] });
    const refused = await provenanceOf(moduleDir(), packed, { env: {} }).catch((error: unknown) => error);
    expect(isGotongError(refused, 'GOTONG_E_SOURCE_DIRTY')).toBe(true);
    expect((refused as Error).message).toContain('index.html');
    expect((refused as { details: { files: string[] } }).details.files).toEqual(['index.html']);
    const allowed = await provenanceOf(moduleDir(), packed, { allowDirty: true, env: { GITLAB_CI: 'true', CI_JOB_URL: 'https://git.bandung.go.id/-/jobs/1' } });
    expect(allowed.source?.dirty).toBe(true);
    expect(allowed.ci?.system).toBe('gitlab-ci');
    git('checkout', '--', '.');
  });

  it('records no source for a folder outside any repository', async () => {
    const outside = join(root, 'lepas');
    await fs.mkdir(outside);
    await fs.writeFile(join(outside, 'gotong.json'), JSON.stringify({ name: '@bandung/lepas', version: '1.0.0' }));
    const provenance = await provenanceOf(outside, await packModule(outside), { env: {} });
    expect(provenance.source).toBeUndefined();
    expect(provenance.gotongVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});
