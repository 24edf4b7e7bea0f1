// Reading many git objects of a registry's history at once, for `gotong log`:
// one `git cat-file --batch` for all the objects one step needs, one
// `git diff-tree --stdin` for all the commits of a range, and, in a partial
// clone, one fetch of the files missing among those wanted. A log of a week
// costs a handful of processes, whatever the number of commits in it.
import { execFile } from 'node:child_process';
import { gitEnv, runGit } from '../registry/git.js';

/** The most bytes one batch of objects may take (metadata and module indexes, never tarballs). */
const MAX_BATCH_BYTES = 1024 * 1024 * 1024;

function runBuffer(dir: string, args: string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd: dir, env: gitEnv(), encoding: 'buffer', maxBuffer: MAX_BATCH_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.toString('utf8').trim() || error.message));
      else resolve(stdout);
    });
    child.stdin?.end(input);
  });
}

/**
 * The contents of each object `specs` names (an object id, or `commit:path`),
 * by spec; null for one that does not exist. One process for all of them.
 */
export async function readObjects(dir: string, specs: string[]): Promise<Map<string, { type: string; bytes: Buffer } | null>> {
  const found = new Map<string, { type: string; bytes: Buffer } | null>();
  const wanted = [...new Set(specs)].filter((s) => !/[\n\r\0]/.test(s));
  if (wanted.length === 0) return found;
  const out = await runBuffer(dir, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  let at = 0;
  for (const spec of wanted) {
    const end = out.indexOf(0x0a, at);
    if (end === -1) break;
    const header = out.toString('utf8', at, end);
    at = end + 1;
    // "<oid> <type> <size>", or "<spec> missing" / "<spec> ambiguous".
    const match = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!match) {
      found.set(spec, null);
      continue;
    }
    const size = Number(match[2]);
    found.set(spec, { type: match[1], bytes: out.subarray(at, at + size) });
    at += size + 1;
  }
  return found;
}

export interface RawChange {
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
  /** A added, D deleted, M modified, T type changed. */
  status: string;
  path: string;
}

const ZERO = /^0+$/;

/**
 * `git diff-tree` of each line of `lines` ("<commit>" against its first
 * parent, or against none with --root; "<commit> <other commit>" against
 * that one), recursive, without rename detection: the changes by the
 * line's first commit.
 */
export async function diffTrees(dir: string, lines: string[]): Promise<Map<string, RawChange[]>> {
  if (lines.length === 0) return new Map();
  const out = await runGit(dir, ['diff-tree', '--stdin', '-r', '-z', '--raw', '--root', '--no-renames', '--always'], { input: `${lines.join('\n')}\n` });
  return splitByHeader(out, lines);
}

/**
 * With --always, every input line prints its commit id (a NUL after it)
 * even without changes, so the output splits by those ids in the order of
 * the lines.
 */
function splitByHeader(out: string, lines: string[]): Map<string, RawChange[]> {
  const changes = new Map<string, RawChange[]>();
  const fields = out.split('\0');
  let current: string[] | null = null;
  let line = -1;
  const flush = () => {
    if (current && line >= 0) changes.set(lines[line], parseRaw(current));
  };
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field.startsWith(':')) {
      current?.push(field, fields[i + 1] ?? '');
      i++;
    } else if (/^[0-9a-f]{40,64}$/.test(field.trim())) {
      flush();
      line++;
      current = [];
    }
  }
  flush();
  return changes;
}

function parseRaw(fields: string[]): RawChange[] {
  const changes: RawChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i];
    if (!meta.startsWith(':')) {
      i--;
      continue;
    }
    const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
    changes.push({ oldMode, newMode, oldOid: ZERO.test(oldOid) ? '' : oldOid, newOid: ZERO.test(newOid) ? '' : newOid, status: status.charAt(0), path: fields[i + 1] });
  }
  return changes;
}

/**
 * In a partial clone, fetches in one request the blobs among `wanted` that
 * the clone lacks; `folders` are the trees holding them (git lists a
 * folder's missing files, where it refuses a missing file named alone).
 */
export async function fetchMissingBlobs(dir: string, folders: string[], wanted: Set<string>): Promise<void> {
  if (wanted.size === 0 || folders.length === 0) return;
  // Only the folders that exist (trees are all here): one that does not would fail the whole listing.
  const unique = [...new Set(folders)].filter((f) => !/[\n\r\0]/.test(f));
  const checked = (await runGit(dir, ['cat-file', '--batch-check'], { input: `${unique.join('\n')}\n` })).split('\n');
  const trees = unique.filter((_, i) => / tree \d+$/.test(checked[i] ?? ''));
  if (trees.length === 0) return;
  const listed = await runGit(dir, ['rev-list', '--objects', '--missing=print', '--stdin'], { input: `${trees.join('\n')}\n` });
  const missing = listed
    .split('\n')
    .filter((line) => line.startsWith('?') && wanted.has(line.slice(1).trim()))
    .map((line) => line.slice(1).trim());
  if (missing.length === 0) return;
  await runGit(dir, ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', 'origin'], { input: `${missing.join('\n')}\n` });
}
