import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, fetchMissingBlobs, readObjects } from './git-objects.js';

describe('batched git reads', () => {
  let dir: string;
  const commits: string[] = [];
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Diskominfo', GIT_AUTHOR_EMAIL: 'ci@bandung.go.id', GIT_COMMITTER_NAME: 'Diskominfo', GIT_COMMITTER_EMAIL: 'ci@bandung.go.id' } }).trim();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gotong-log-objects-'));
    git('init', '-q', '-b', 'main', '.');
    mkdirSync(join(dir, 'metadata'));
    writeFileSync(join(dir, 'metadata', '1.root.json'), '{"a":1}\n');
    git('add', '.');
    git('commit', '-q', '-m', 'satu');
    commits.push(git('rev-parse', 'HEAD'));
    writeFileSync(join(dir, 'metadata', '2.root.json'), '{"a":2}\n');
    git('add', '.');
    git('commit', '-q', '-m', 'dua');
    commits.push(git('rev-parse', 'HEAD'));
    git('commit', '-q', '--allow-empty', '-m', 'tiga');
    commits.push(git('rev-parse', 'HEAD'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('diffs many commits in one process, each line against its parent or the commit given, an empty diff included', async () => {
    const [first, second, third] = commits;
    const diffs = await diffTrees(dir, [first, second, third, `${third} ${first}`]);
    expect(diffs.get(first)!.map((c) => [c.status, c.path])).toEqual([['A', 'metadata/1.root.json']]);
    expect(diffs.get(second)!.map((c) => [c.status, c.path, c.oldOid])).toEqual([['A', 'metadata/2.root.json', '']]);
    expect(diffs.get(third)).toEqual([]);
    expect(diffs.get(`${third} ${first}`)!.map((c) => c.path)).toEqual(['metadata/2.root.json']);
  });

  it('reads objects by id or path in one process, and null for one that is not there', async () => {
    const [, second] = commits;
    const found = await readObjects(dir, [`${second}:metadata/2.root.json`, `${second}:metadata/9.root.json`, `${second}:metadata`]);
    expect(found.get(`${second}:metadata/2.root.json`)).toEqual({ type: 'blob', bytes: Buffer.from('{"a":2}\n') });
    expect(found.get(`${second}:metadata/9.root.json`)).toBeNull();
    expect(found.get(`${second}:metadata`)?.type).toBe('tree');
  });

  it('lists missing files only in folders that exist, and fetches nothing when none is missing', async () => {
    const [, second] = commits;
    await expect(fetchMissingBlobs(dir, [`${second}:metadata`, `${second}:tidak-ada`], new Set(['0'.repeat(40)]))).resolves.toBeUndefined();
  });
});
