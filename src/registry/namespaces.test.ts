// The reader of git's binary tree format finds main's namespace links
// exactly as git lists them, and refuses a cut-off tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namespaceLinks, parseTree } from './namespaces.js';

const repo = mkdtempSync(join(tmpdir(), 'gotong-tree-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: repo, input });

describe('parseTree', () => {
  execFileSync('git', ['init', '--quiet', '--bare', repo]);
  const blob = git(['hash-object', '-w', '--stdin'], 'kode,nama\n32.73,Kota Bandung\n').toString().trim();
  const folder = git(['mktree'], `100644 blob ${blob}\tindex.json\n`).toString().trim();
  const bandung = 'a'.repeat(40);
  const kuburaya = 'b'.repeat(40);
  const targets = git(['mktree'], [`100644 blob ${blob}\t.keep`, `160000 commit ${bandung}\tbandung`, `160000 commit ${kuburaya}\tkuburaya`, `040000 tree ${folder}\tsabilulungan`, `100755 blob ${blob}\trun.sh`].join('\n') + '\n')
    .toString()
    .trim();
  const raw = git(['cat-file', 'tree', targets]);

  it('reads every entry as git ls-tree lists it, and the gitlinks as namespace links', () => {
    const listed = git(['ls-tree', targets])
      .toString()
      .trim()
      .split('\n')
      .map((line) => {
        const [meta, name] = line.split('\t');
        const [mode, type, oid] = meta.split(' ');
        return { mode, type, oid, name };
      });
    expect(parseTree(raw, 20)).toEqual(listed);
    expect([...namespaceLinks(parseTree(raw, 20))]).toEqual([
      ['bandung', bandung],
      ['kuburaya', kuburaya],
    ]);
  });

  it('refuses a tree cut off in the middle of an entry', () => {
    expect(() => parseTree(raw.subarray(0, raw.length - 5), 20)).toThrow(/truncated/);
    expect(() => parseTree(Buffer.from('160000 bandung'), 20)).toThrow(/truncated/);
  });
});
