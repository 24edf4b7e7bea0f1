// gotong's clones of a git registry are partial (`--filter=blob:none`): they
// hold every commit and tree, which are small, and a file's bytes only once
// something reads it, so an install downloads the metadata, the indexes it
// resolves and the tarballs it installs, not every city's tarballs. git
// fetches a missing file by itself when it is read, but one at a time, a
// round trip each; reads asked for together (an install reads its tarballs
// in parallel) are gathered here and fetched in one request first.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { runGit } from './git.js';

interface Wanted {
  commit: string;
  path: string;
  /** A namespace commit main links, which a clone of main alone may not have yet. */
  linked: boolean;
  done: () => void;
}

/** Where a reader's clone keeps the namespace commits it fetched, so that it knows it has them. */
const LINKED = 'refs/gotong/linked/';

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
  want(commit: string, path: string, linked = false): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ commit, path, linked, done });
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
      await this.fetchLinked(batch);
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

  /**
   * Fetches the namespace commits of the batch that the clone lacks, one
   * commit deep and without files, in one request: a reader's clone of main
   * alone gets the trees of the namespaces it reads, not of every namespace.
   */
  private async fetchLinked(batch: Wanted[]): Promise<void> {
    const linked = [...new Set(batch.filter((w) => w.linked).map((w) => w.commit))];
    if (linked.length === 0) return;
    const held = new Set((await runGit(this.dir, ['for-each-ref', '--format=%(objectname)', LINKED])).split('\n').filter(Boolean));
    const absent = linked.filter((commit) => !held.has(commit));
    if (absent.length === 0) return;
    await runGit(this.dir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--depth', '1', '--filter=blob:none', 'origin', ...absent.map((c) => `${c}:${LINKED}${c}`)]);
  }

  /**
   * The object ids of the wanted files that the clone lacks; only trees are
   * read, so nothing is fetched. The wanted blobs are listed in a tree of
   * their own (`mktree --missing` checks nothing), so the walk costs what was
   * asked for, not the folder around it: the metadata folder holds a file
   * per module of the registry.
   */
  private async missing(batch: Wanted[]): Promise<string[]> {
    const byCommit = new Map<string, Set<string>>();
    for (const { commit, path } of batch) byCommit.set(commit, (byCommit.get(commit) ?? new Set()).add(path));
    const wanted = new Set<string>();
    for (const [commit, paths] of byCommit) {
      const listed = await runGit(this.dir, ['ls-tree', '-z', commit, '--', ...paths]);
      for (const entry of listed.split('\0').filter(Boolean)) {
        const [, type, oid] = entry.slice(0, entry.indexOf('\t')).split(' ');
        if (type === 'blob') wanted.add(oid);
      }
    }
    if (wanted.size === 0) return [];
    const tree = (await runGit(this.dir, ['mktree', '-z', '--missing'], { input: [...wanted].map((oid) => `100644 blob ${oid}\t${oid}\0`).join('') })).trim();
    const listed = await runGit(this.dir, ['rev-list', '--objects', '--missing=print', tree]);
    return listed
      .split('\n')
      .filter((line) => line.startsWith('?') && wanted.has(line.slice(1).trim()))
      .map((line) => line.slice(1).trim());
  }
}

/**
 * Forgets the namespace commits fetched earlier that main no longer links: a
 * city's previous commit is not read again once main moved past it, and
 * keeping a ref to each would make the clone grow with every publish. git's
 * own housekeeping then drops their trees and files like any unreachable
 * object.
 */
export async function forgetUnlinked(dir: string, linked: Set<string>): Promise<void> {
  const held = await runGit(dir, ['for-each-ref', '--format=%(objectname) %(refname)', LINKED]);
  const stale = held
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([oid]) => !linked.has(oid));
  if (stale.length === 0) return;
  await runGit(dir, ['update-ref', '--stdin'], { input: stale.map(([, ref]) => `delete ${ref}\n`).join('') });
}

/**
 * Fetches, in one request each, the namespace branches and every file of
 * `commits` (and their trees) that a partial clone lacks: for commands that
 * read the whole registry.
 */
export async function fetchEverything(dir: string, commits: string[]): Promise<void> {
  await runGit(dir, ['fetch', '--quiet', '--no-tags', '--depth', '1', 'origin', `+refs/heads/main:refs/remotes/origin/main`, '+refs/heads/targets/*:refs/remotes/origin/targets/*']);
  const listed = await runGit(dir, ['rev-list', '--objects', '--no-walk', '--missing=print', ...commits]);
  const missing = listed
    .split('\n')
    .filter((line) => line.startsWith('?'))
    .map((line) => line.slice(1).trim());
  if (missing.length === 0) return;
  await runGit(dir, ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', 'origin'], { input: `${missing.join('\n')}\n` });
}
