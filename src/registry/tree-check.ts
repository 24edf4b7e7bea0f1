// Which entries of a registry tree gotong refuses to check out or serve.
// Anyone who can push to the registry (a member, a compromised git host) can
// commit a symbolic link, say metadata/7.snapshot.json -> ~/.bashrc, where
// the next publish writes, or metadata/leak.json -> ../.git/config, which a
// server of the working copy would send out with the remote URL and its
// token. The registry's format has no use for links: its files are metadata
// and tarballs, and its only gitlinks are main's targets/<namespace> entries
// (namespaces.ts). So a link anywhere, or a gitlink anywhere else, is
// refused before gotong reads or writes beside it, and `registry verify`
// reports it.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { runGit } from './git.js';
import { TARGETS_DIR } from '../core/registry-folders.js';

const SYMLINK = '120000';
const GITLINK = '160000';
const NAMESPACE_LINK = new RegExp(`^${TARGETS_DIR}/[a-z0-9][a-z0-9-]*$`);

export interface UnsafeEntry {
  path: string;
  /** A machine value (in --json details); describeUnsafe() and refuseUnsafe() word it for people. */
  what: 'a symbolic link' | 'a gitlink (a submodule)';
}

const SYMLINK_ENTRY: UnsafeEntry['what'] = 'a symbolic link'; // i18n-exempt: a machine value, see UnsafeEntry.what
const GITLINK_ENTRY: UnsafeEntry['what'] = 'a gitlink (a submodule)'; // i18n-exempt: a machine value, see UnsafeEntry.what

/** Mode and path of each entry in `git ls-tree -z` or `git ls-files -s -z` output. */
function entriesOf(output: string): Array<{ mode: string; path: string }> {
  return output
    .split('\0')
    .filter(Boolean)
    .map((line) => ({ mode: line.slice(0, line.indexOf(' ')), path: line.slice(line.indexOf('\t') + 1) }));
}

function unsafe(entries: Array<{ mode: string; path: string }>, prefix: string, gitlinksAllowed: boolean): UnsafeEntry[] {
  const found: UnsafeEntry[] = [];
  for (const { mode, path } of entries) {
    const full = `${prefix}${path}`;
    if (mode === SYMLINK) found.push({ path: full, what: SYMLINK_ENTRY });
    else if (mode === GITLINK && !(gitlinksAllowed && NAMESPACE_LINK.test(full))) found.push({ path: full, what: GITLINK_ENTRY });
  }
  return found;
}

/** Links in what the index of the clone in `dir` checks out (a sparse index lists only the checked-out folders). */
export async function unsafeCheckedOut(dir: string): Promise<UnsafeEntry[]> {
  return unsafe(entriesOf(await runGit(dir, ['ls-files', '-s', '-z', '--sparse'])), '', true);
}

/**
 * Links in `treeish` (limited to `paths` when given), each named with
 * `prefix` before its path in that tree. `namespaceLinks`: the tree is a
 * main commit's, whose targets/<namespace> gitlinks are the layout's own.
 */
export async function unsafeInTree(dir: string, treeish: string, options: { paths?: string[]; prefix?: string; namespaceLinks?: boolean } = {}): Promise<UnsafeEntry[]> {
  const out = await runGit(dir, ['ls-tree', '-r', '-z', treeish, ...(options.paths?.length ? ['--', ...options.paths] : [])]);
  return unsafe(entriesOf(out), options.prefix ?? '', options.namespaceLinks ?? false);
}

export function describeUnsafe(entry: UnsafeEntry): string {
  return t(entry.what === GITLINK_ENTRY ? 'registry.unsafe.gitlink' : 'registry.unsafe.symlink', { path: entry.path });
}

/** Refuses to go on with a checkout that holds links. */
export function refuseUnsafe(found: UnsafeEntry[]): void {
  if (found.length === 0) return;
  const shown = found.slice(0, 3).map((e) => t(e.what === GITLINK_ENTRY ? 'registry.unsafe.entry.gitlink' : 'registry.unsafe.entry.symlink', { path: e.path }));
  if (found.length > 3) shown.push('…');
  throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('registry.unsafe.refused', { count: found.length, entries: shown.join(', ') }), {
    hint: t('registry.unsafe.refused.hint'),
    details: { entries: found },
  });
}
