// Pending changes of root and of the top-level targets role (ceremonies,
// docs/REGISTRY.md) wait on branches `ceremony/<id>` of the registry, beside
// main: each holds only the proposed metadata files, under metadata/, and
// every signature added is one more commit on top of the last. This file
// moves those files in and out of git. It knows nothing of what they say or
// who signed them (trust/ceremony.ts), and treats what it reads as hostile:
// anyone who can push to the registry can push such a branch.
import { GotongError, bug } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { gitFailure, pushRefs, runGit, type GitIdentity, type PushOutcome } from './git.js';
import { METADATA_DIR } from '../core/registry-folders.js';

export const CEREMONY_BRANCHES = 'refs/heads/ceremony/';
const FETCHED = 'refs/remotes/origin/ceremony/';
/**
 * A proposal holds a root or targets document and the roles it re-signs: a
 * namespace's role and one module role per module of that city, which may
 * have hundreds (docs/REGISTRY.md, "Roles").
 */
const MAX_FILES = 4096;
/** A targets role with 550 namespaces is about 200 kB; a namespace's role grows with its versions. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface CeremonyBranch {
  /** The branch name after `ceremony/`. */
  id: string;
  /** Its newest commit as fetched. */
  commit: string;
}

/** Fetches every ceremony branch of the remote into `dir` (dropping those deleted there) and lists them. */
export async function fetchCeremonyBranches(dir: string, url: string): Promise<CeremonyBranch[]> {
  try {
    await runGit(dir, ['fetch', '--no-tags', '--prune', 'origin', `+${CEREMONY_BRANCHES}*:${FETCHED}*`]);
  } catch (error) {
    throw gitFailure('fetch', url, error);
  }
  const out = await runGit(dir, ['for-each-ref', '--format=%(objectname) %(refname)', FETCHED]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, ref] = line.split(' ');
      return { id: ref.slice(FETCHED.length), commit };
    });
}

/** A branch holding what no proposal gotong writes holds; `message` says what. */
function unsafeBranch(message: string): GotongError {
  return new GotongError('GOTONG_E_REGISTRY_INVALID', message, { hint: t('registry.ceremonyBranch.hint') });
}

/** The files of a ceremony branch's commit, by path. Only a few regular files of bounded size are read. */
export async function readCeremonyFiles(dir: string, id: string, commit: string): Promise<Map<string, Buffer>> {
  const entries = (await runGit(dir, ['ls-tree', '-r', '-z', '-l', commit])).split('\0').filter(Boolean);
  if (entries.length > MAX_FILES) throw unsafeBranch(t('registry.ceremonyBranch.tooManyFiles', { id, count: entries.length }));
  const files = new Map<string, Buffer>();
  for (const entry of entries) {
    const tab = entry.indexOf('\t');
    const [mode, type, oid, size] = entry.slice(0, tab).split(/ +/);
    const path = entry.slice(tab + 1);
    if (mode !== '100644' || type !== 'blob') throw unsafeBranch(t('registry.ceremonyBranch.notPlainFile', { id, path: JSON.stringify(path) }));
    if (Number(size) > MAX_FILE_BYTES) throw unsafeBranch(t('registry.ceremonyBranch.tooLarge', { id, path: JSON.stringify(path), size: Number(size) }));
    files.set(path, Buffer.from(await runGit(dir, ['cat-file', 'blob', oid]), 'utf8'));
  }
  return files;
}

/** Makes a commit holding exactly `files` (all under metadata/), on top of `parent` (null: a new branch). Nothing is checked out. */
export async function commitCeremonyFiles(dir: string, files: Map<string, Buffer>, parent: string | null, message: string, identity: GitIdentity): Promise<string> {
  const entries: string[] = [];
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = path.startsWith(`${METADATA_DIR}/`) ? path.slice(METADATA_DIR.length + 1) : '';
    if (!/^[\w.-]+$/.test(name)) bug(`a ceremony file outside ${METADATA_DIR}/: ${path}`);
    const oid = (await runGit(dir, ['hash-object', '-w', '--stdin'], { input: bytes.toString('utf8') })).trim();
    entries.push(`100644 blob ${oid}\t${name}\0`);
  }
  const folder = (await runGit(dir, ['mktree', '-z'], { input: entries.join('') })).trim();
  const tree = (await runGit(dir, ['mktree', '-z'], { input: `040000 tree ${folder}\t${METADATA_DIR}\0` })).trim();
  const author = { GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email };
  return (await runGit(dir, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], { vars: author })).trim();
}

/**
 * Moves branch ceremony/<id> to `commit` only if it still is at `expected`
 * (null: only if it does not exist yet): two administrators signing at the
 * same moment cannot overwrite each other's signature; the one refused
 * fetches again and adds its signature to what is there.
 */
export function pushCeremonyBranch(dir: string, url: string, id: string, commit: string, expected: string | null): Promise<PushOutcome> {
  return pushRefs(dir, url, ['push', '--quiet', '--no-verify', `--force-with-lease=${CEREMONY_BRANCHES}${id}:${expected ?? ''}`, 'origin', `${commit}:${CEREMONY_BRANCHES}${id}`]);
}

/** Deletes branch ceremony/<id> if it still is at `expected`. */
export function deleteCeremonyBranch(dir: string, url: string, id: string, expected: string): Promise<PushOutcome> {
  return pushRefs(dir, url, ['push', '--quiet', '--no-verify', `--force-with-lease=${CEREMONY_BRANCHES}${id}:${expected}`, 'origin', `:${CEREMONY_BRANCHES}${id}`]);
}
