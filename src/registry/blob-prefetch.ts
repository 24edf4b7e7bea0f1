// gotong's clones of a git registry are partial (`--filter=blob:none`): they
// hold every commit and tree, which are small, and a file's bytes only once
// something reads it, so an install downloads the metadata, the indexes it
// resolves and the tarballs it installs, not every city's tarballs. git
// fetches a missing file by itself when it is read, but one at a time, a
// round trip each; reads asked for together (an install reads its tarballs
// in parallel) are gathered here and fetched in one request first.
import { posix } from 'node:path';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { runGit } from './git.js';

interface Wanted {
  commit: string;
  path: string;
  done: () => void;
}

/** Whether `dir` is a partial clone (git wrote `promisor = true` for its remote). */
export async function isPartialClone(dir: string): Promise<boolean> {
  const config = await fs.readFile(join(dir, '.git', 'config'), 'utf8').catch(() => '');
  return /^\s*promisor\s*=\s*true\s*$/m.test(config);
}

export class BlobPrefetcher {
  private queue: Wanted[] = [];
  private scheduled = false;

  constructor(private readonly dir: string) {}

  /** Resolves once `commit:path` is in the clone, or once fetching it failed (the read then fetches it itself, or reports why not). */
  want(commit: string, path: string): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ commit, path, done });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    try {
      const missing = await this.missing(batch);
      if (missing.length > 0) {
        await runGit(this.dir, ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', 'origin'], { input: `${missing.join('\n')}\n` });
      }
    } catch {
      // The reads fetch one by one, and report what fails.
    } finally {
      for (const wanted of batch) wanted.done();
    }
  }

  /** The object ids of the wanted files that the clone lacks; only trees are read, so nothing is fetched. */
  private async missing(batch: Wanted[]): Promise<string[]> {
    const byCommit = new Map<string, Set<string>>();
    for (const { commit, path } of batch) byCommit.set(commit, (byCommit.get(commit) ?? new Set()).add(path));
    const wanted = new Set<string>();
    const folders = new Set<string>();
    for (const [commit, paths] of byCommit) {
      const listed = await runGit(this.dir, ['ls-tree', '-z', commit, '--', ...paths]);
      for (const entry of listed.split('\0').filter(Boolean)) {
        const [, type, oid] = entry.slice(0, entry.indexOf('\t')).split(' ');
        if (type === 'blob') wanted.add(oid);
      }
      for (const path of paths) folders.add(`${commit}:${posix.dirname(path) === '.' ? '' : posix.dirname(path)}`);
    }
    if (wanted.size === 0) return [];
    // Each folder's objects, with the absent ones marked: a module's folder, not the registry.
    const listed = await runGit(this.dir, ['rev-list', '--objects', '--missing=print', ...folders]);
    return listed
      .split('\n')
      .filter((line) => line.startsWith('?') && wanted.has(line.slice(1).trim()))
      .map((line) => line.slice(1).trim());
  }
}

/** Fetches, in one request, every file of `commits` (and their trees) that a partial clone lacks: for commands that read the whole registry. */
export async function fetchEverything(dir: string, commits: string[]): Promise<void> {
  const listed = await runGit(dir, ['rev-list', '--objects', '--no-walk', '--missing=print', ...commits]);
  const missing = listed
    .split('\n')
    .filter((line) => line.startsWith('?'))
    .map((line) => line.slice(1).trim());
  if (missing.length === 0) return;
  await runGit(dir, ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', 'origin'], { input: `${missing.join('\n')}\n` });
}
