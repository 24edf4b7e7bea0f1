// `gotong version --git-tag` in real git repositories: whatever stops the
// commit or the tag leaves gotong.json and the repository as they were.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFolder } from '../../test/helpers/module-folder.js';
import { bumpModuleVersion } from './version.js';

const IDENTITY = { GIT_AUTHOR_NAME: 'Diskominfo Bandung', GIT_AUTHOR_EMAIL: 'diskominfo@bandung.go.id', GIT_COMMITTER_NAME: 'Diskominfo Bandung', GIT_COMMITTER_EMAIL: 'diskominfo@bandung.go.id' };
const MANIFEST = '{\n  "name": "@bandung/sabilulungan",\n  "version": "1.0.0",\n  "license": "Apache-2.0"\n}\n';

let tmp: string;
let counter = 0;
const saved = { ...process.env };

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'gotong-version-')));
  // git here reads neither this machine's settings nor a repository above the test folder.
  Object.assign(process.env, IDENTITY, { HOME: tmp, GIT_CEILING_DIRECTORIES: dirname(tmp) });
});

afterAll(() => {
  for (const key of [...Object.keys(IDENTITY), 'HOME', 'GIT_CEILING_DIRECTORIES']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  rmSync(tmp, { recursive: true, force: true });
});

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: process.env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const head = (dir: string): string | null => {
  try {
    return git(dir, 'rev-parse', '--verify', 'HEAD');
  } catch {
    return null; // no commit yet
  }
};

/** A module folder, optionally a git repository with gotong.json committed. */
function moduleFolder(options: { repo?: boolean; committed?: boolean } = {}): string {
  const dir = writeFolder(join(tmp, `module-${++counter}`), { 'gotong.json': MANIFEST, 'index.js': 'export {};\n' });
  if (options.repo) {
    git(dir, 'init', '--quiet');
    if (options.committed) {
      git(dir, 'add', 'gotong.json');
      git(dir, 'commit', '--quiet', '-m', 'start');
    }
  }
  return dir;
}

/** Runs the bump expecting a GOTONG_E_GIT refusal, and checks nothing changed. */
async function expectRefusedUnchanged(dir: string, message: RegExp): Promise<void> {
  const before = head(dir);
  const status = git(dir, 'status', '--porcelain');
  const error = await bumpModuleVersion(dir, 'minor', { gitTag: true }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'GOTONG_E_GIT', message: expect.stringMatching(message) });
  expect((error as { hint?: string }).hint).toBeTruthy();
  expect(readFileSync(join(dir, 'gotong.json'), 'utf8')).toBe(MANIFEST);
  expect(head(dir)).toBe(before);
  expect(git(dir, 'status', '--porcelain')).toBe(status);
  expect(git(dir, 'tag', '--list', 'v1.1.0')).toBe('');
}

describe('gotong version --git-tag', () => {
  it('outside a git repository, refuses before gotong.json changes', async () => {
    const dir = moduleFolder();
    const error = await bumpModuleVersion(dir, 'minor', { gitTag: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_GIT', message: expect.stringMatching(/is not in a git repository/), hint: expect.stringContaining('git init') });
    expect(readFileSync(join(dir, 'gotong.json'), 'utf8')).toBe(MANIFEST);
  });

  it('refuses when the tag exists', async () => {
    const dir = moduleFolder({ repo: true, committed: true });
    git(dir, 'tag', 'v1.1.0');
    const error = await bumpModuleVersion(dir, 'minor', { gitTag: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_GIT', message: expect.stringMatching(/tag v1\.1\.0 already exists/) });
    expect(readFileSync(join(dir, 'gotong.json'), 'utf8')).toBe(MANIFEST);
  });

  it('refuses when other changes are staged, which the commit would take along', async () => {
    const dir = moduleFolder({ repo: true, committed: true });
    git(dir, 'add', 'index.js');
    await expectRefusedUnchanged(dir, /other changes are staged/);
  });

  it('refuses when gotong.json has edits that are not committed', async () => {
    const dir = moduleFolder({ repo: true, committed: true });
    writeFileSync(join(dir, 'gotong.json'), MANIFEST.replace('Apache-2.0', 'MIT'));
    const error = await bumpModuleVersion(dir, 'minor', { gitTag: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_GIT', message: expect.stringMatching(/changes that are not committed/) });
    expect(JSON.parse(readFileSync(join(dir, 'gotong.json'), 'utf8')).version).toBe('1.0.0');
  });

  it('refuses when git does not know who commits', async () => {
    const dir = moduleFolder({ repo: true, committed: true });
    git(dir, 'config', 'user.useConfigOnly', 'true');
    const identity = Object.fromEntries(Object.keys(IDENTITY).map((key) => [key, process.env[key]]));
    for (const key of Object.keys(IDENTITY)) delete process.env[key];
    try {
      await expectRefusedUnchanged(dir, /does not know who is committing/);
    } finally {
      Object.assign(process.env, identity);
    }
  });

  it('puts gotong.json, the index and HEAD back when the commit fails anyway', async () => {
    for (const committed of [true, false]) {
      const dir = moduleFolder({ repo: true, committed });
      const hook = join(dir, '.git', 'hooks', 'pre-commit');
      writeFileSync(hook, '#!/bin/sh\necho "pre-commit: ditolak" >&2\nexit 1\n');
      chmodSync(hook, 0o755);
      await expectRefusedUnchanged(dir, /could not commit and tag v1\.1\.0/);
    }
  });

  it('commits gotong.json alone and tags it', async () => {
    const dir = moduleFolder({ repo: true, committed: true });
    const result = await bumpModuleVersion(dir, 'minor', { gitTag: true });
    expect(result).toEqual({ name: '@bandung/sabilulungan', previous: '1.0.0', version: '1.1.0', tag: 'v1.1.0' });
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('@bandung/sabilulungan@1.1.0');
    expect(git(dir, 'diff-tree', '--no-commit-id', '--name-only', '-r', 'v1.1.0^{commit}')).toBe('gotong.json');
    expect(git(dir, 'status', '--porcelain')).toBe('?? index.js');
  });
});
