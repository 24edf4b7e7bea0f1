// gotong's own copy of a registry, kept at the remote's newest main: cloned
// once, then fetched at a cost that follows what changed. It sits above both
// git.ts (running git) and namespaces.ts (the branch layout): a reader's
// copy also holds the namespace commits main links, one commit deep.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { isGotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { pathExists, readFileOrNull } from '../core/fsx.js';
import { FETCHED_MAIN, MAIN_REFSPEC, fetchedMain, gitFailure, isNetworkUrl, runGit, runGitReport } from './git.js';
import { forgetUnlinked } from './blob-prefetch.js';
import { GITLINK, NAMESPACE_REFSPEC, missingNamespaceCommits, namespaceEntries } from './namespaces.js';
import { refuseUnsafe, unsafeCheckedOut } from './tree-check.js';

/**
 * Clones `url` into `dir` (which must not exist), only the newest commit;
 * with `checkout: false`, no working tree is written. The clone is partial
 * (blob-prefetch.ts): commits and trees now, a file's bytes when it is read.
 * Resolves false when the host could not make it partial (it then holds
 * every file, which works, with more bytes).
 */
export async function cloneShallow(url: string, dir: string, options: { checkout?: boolean; namespaces?: boolean } = {}): Promise<boolean> {
  try {
    // main, then the namespace branches, which hold the namespaces' files (namespaces.ts), one
    // commit each. Not every branch: a proposal, refusal or ceremony branch cut to one commit
    // here would lose the parent it is read by, and a reader never needs them.
    // A folder is copied whole (git ignores a filter there, but would still mark the clone partial).
    const filter = isNetworkUrl(url) ? ['--filter=blob:none'] : [];
    const ran = await runGitReport(undefined, ['clone', '--depth', '1', '--no-tags', '--single-branch', '--branch', 'main', ...filter, ...(options.checkout === false ? ['--no-checkout'] : []), '--', url, dir]);
    // i18n-exempt: `git clone` is a command's name.
    if (ran.code !== 0) throw new Error(`${ran.stderr}${ran.stdout}`.trim() || t('registry.git.exited', { command: 'git clone', code: String(ran.code) }));
    // As deep as the clone: git ignores --depth when it clones a local folder. main is named
    // again because a --depth fetch whose only refspec matches no branch fails (a new registry has none).
    const shallow = (await runGit(dir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    // Every branch maps to its remote-tracking ref again, as in a clone of all branches: a push then updates the ref it pushed.
    await runGit(dir, ['config', 'remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*']);
    if (options.namespaces !== false) {
      await runGit(dir, ['fetch', ...(shallow ? ['--depth', '1'] : []), '--no-tags', 'origin', MAIN_REFSPEC, NAMESPACE_REFSPEC]);
      await markNamespacesFetched(dir, await fetchLinkedCommits(dir));
    }
    return !/filtering not recognized by server/i.test(ran.stderr);
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw gitFailure('clone', url, error);
  }
}

/**
 * Makes `dir` a copy of the remote's newest main commit with only `folders`
 * checked out (git's cone mode, with a sparse index): the files at the top
 * and in the parents of those folders come too, nothing else. Reset, clean
 * and add then cost what those folders hold, not what the registry holds.
 */
async function syncSparse(dir: string, url: string, folders: string[], options: { fetched?: boolean } = {}): Promise<void> {
  if (!options.fetched) await fetchMain(dir, url);
  try {
        const wanted = [...new Set(folders)].sort();
    const sparse = (await runGit(dir, ['config', '--get', 'core.sparseCheckout']).catch(() => '')).trim() === 'true';
    const current = sparse ? (await runGit(dir, ['sparse-checkout', 'list'])).split('\n').filter(Boolean).sort() : null;
    if (!current || current.join('\n') !== wanted.join('\n')) await runGit(dir, ['sparse-checkout', 'set', '--cone', '--sparse-index', ...wanted]);
    await runGit(dir, ['reset', '--hard', '--quiet', FETCHED_MAIN]);
    await runGit(dir, ['clean', '-fdxq']);
  } catch (error) {
    throw gitFailure('fetch', url, error);
  }
  // git itself never writes through a link, but gotong writes here next.
  refuseUnsafe(await unsafeCheckedOut(dir));
}

/** Fetches this many commits one after another before a fetch cuts the history back to one commit. */
const MAX_FETCHED_HISTORY = 64;

/**
 * Brings refs/remotes/origin/main to the remote's main at a cost that
 * follows what changed, not the registry's size: the remote is asked for its
 * main first (the ref list only) and nothing is fetched when it has not
 * moved. A fetch without --depth receives only new objects, where --depth 1
 * makes both ends walk the whole tree again (measured: 0.02 s against 0.2 s
 * for a 30,000-file registry, bench/); the history this keeps is cut back to
 * one commit every MAX_FETCHED_HISTORY fetches.
 */
export async function fetchMain(dir: string, url: string, namespaces = true): Promise<string | null> {
  try {
        // Both asked at once: each is a process start, and they do not depend on each other.
    const [listed, local, marked] = await Promise.all([runGit(dir, ['ls-remote', 'origin', 'refs/heads/main']), fetchedRef(dir), pathExists(join(dir, '.git', NAMESPACES_FETCHED))]);
    const remote = listed.split(/\s/)[0];
    // Unchanged: the commit is known, and nothing is fetched.
    if (remote && remote === local && (marked || !namespaces)) return local;
    const kept = local ? Number((await runGit(dir, ['rev-list', '--count', local])).trim()) : Infinity;
    const depth = kept >= MAX_FETCHED_HISTORY ? ['--depth', '1'] : [];
    await runGit(dir, ['fetch', '--no-tags', ...depth, 'origin', MAIN_REFSPEC, ...(namespaces ? [NAMESPACE_REFSPEC] : [])]);
    if (namespaces) await markNamespacesFetched(dir, await fetchLinkedCommits(dir));
    else await forgetUnlinked(dir, new Set([...(await namespaceEntries(dir)).values()].filter((e) => e.mode === GITLINK).map((e) => e.oid)));
    return null;
  } catch (error) {
    throw gitFailure('fetch', url, error);
  }
}

/**
 * A server moves main and a namespace branch together, but shows them to a
 * reader one at a time, so a fetch can get main's new link before the branch
 * that holds the linked commit. Fetched again a moment later, the branch is
 * there. A link that no branch holds (a damaged or hostile registry) stays
 * missing after the last try, and reads from that namespace fail on their
 * own; the other namespaces are unaffected.
 */
async function fetchLinkedCommits(dir: string): Promise<boolean> {
  for (const delay of [50, 200, 500]) {
    if ((await missingNamespaceCommits(dir)).length === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, delay));
    await runGit(dir, ['fetch', '--no-tags', 'origin', MAIN_REFSPEC, NAMESPACE_REFSPEC]);
  }
  return (await missingNamespaceCommits(dir)).length === 0;
}

/**
 * Marks a clone that holds every namespace commit its fetched main links.
 * Without the mark, the next command fetches even when main has not moved:
 * a clone made by a gotong from before the namespace branches fetched main
 * alone, and a fetch can end before a late branch arrives (above); neither
 * would otherwise be fetched again until main moves.
 */
const NAMESPACES_FETCHED = 'gotong-namespaces-fetched';

async function markNamespacesFetched(dir: string, complete: boolean): Promise<void> {
  const mark = join(dir, '.git', NAMESPACES_FETCHED);
  if (complete) await fs.writeFile(mark, '');
  else await fs.rm(mark, { force: true });
}

const COMMIT_ID = /^[0-9a-f]{40}$/;

/**
 * The commit FETCHED_MAIN names in gotong's own clone, read from git's ref
 * files as git reads them (a loose ref first, then packed-refs) because a
 * process start costs more than the read; git itself answers anything else
 * (a symbolic ref, another ref storage). '' when there is none.
 */
async function fetchedRef(dir: string): Promise<string> {
  const loose = (await readFileOrNull(join(dir, '.git', ...FETCHED_MAIN.split('/'))))?.toString('utf8').trim();
  if (loose !== undefined && COMMIT_ID.test(loose)) return loose;
  if (loose === undefined) {
    const packed = (await readFileOrNull(join(dir, '.git', 'packed-refs')))?.toString('utf8') ?? '';
    const line = packed.split('\n').find((l) => l.endsWith(` ${FETCHED_MAIN}`));
    const id = line?.slice(0, 40) ?? '';
    if (COMMIT_ID.test(id)) return id;
  }
  return (await runGit(dir, ['rev-parse', '--verify', '-q', FETCHED_MAIN]).catch(() => '')).trim();
}

/**
 * Brings `dir` to the remote's newest main commit, cloning when there is no
 * clone yet, and returns that commit. Without `sparse` only the object store
 * is brought up to date (readers use GitBlobReader): no checkout, so the
 * cost does not grow with the number of files in the registry; with
 * `sparse`, only those folders are checked out (syncSparse), for a writer.
 * The caller holds gotong's lock on `dir`, so a clone that cannot be synced
 * was left broken by a crash (git's own lock files, a half-made clone): it is
 * only a copy, so it is replaced by a fresh one. A registry whose content
 * gotong refuses (links, tree-check.ts) is refused, not cloned again. With
 * `namespaces: false` only main is fetched: a reader then fetches the
 * namespace commits it reads, one commit deep (blob-prefetch.ts).
 */
export async function syncOrClone(dir: string, url: string, options: { sparse?: string[]; onFullClone?: () => void; namespaces?: boolean } = {}): Promise<string> {
  if (await pathExists(join(dir, '.git'))) {
    try {
      if (!options.sparse) {
        const unchanged = await fetchMain(dir, url, options.namespaces !== false);
        if (unchanged) return unchanged;
      } else await syncSparse(dir, url, options.sparse);
      return await fetchedMain(dir);
    } catch (error) {
      if (isGotongError(error, 'GOTONG_E_REGISTRY_INVALID')) throw error;
      // otherwise: clone anew, which also reports an unreachable remote properly
    }
  }
  await fs.rm(dir, { recursive: true, force: true });
  if (!(await cloneShallow(url, dir, { checkout: false, namespaces: options.namespaces }))) options.onFullClone?.();
  if (options.sparse) await syncSparse(dir, url, options.sparse, { fetched: true });
  return fetchedMain(dir);
}

