// The module's own git repository, for `gotong version --git-tag`. Everything
// that would stop the commit or the tag is checked before gotong.json
// changes, and a commit that fails anyway is undone, so a failed command
// changes nothing (git runs through registry/git.ts, its one home).
import { GotongError } from '../core/errors.js';
import { runGit } from '../registry/git.js';
import { t } from '../i18n/translate.js';

function refuse(message: string, hint: string): GotongError {
  return new GotongError('GOTONG_E_GIT', message, { hint });
}

/** Whether a git command exits 0 (git's yes/no answers come as exit codes). */
async function succeeds(dir: string, args: string[]): Promise<boolean> {
  return runGit(dir, args).then(
    () => true,
    () => false,
  );
}

/**
 * Refuses, before anything is written, when `file` in `dir` cannot be
 * committed and tagged `tag`: no repository, other changes staged (the commit
 * would take them along), uncommitted edits to `file`, `file` ignored by git,
 * the tag taken, or no committer identity.
 */
export async function checkCanCommitAndTag(dir: string, file: string, tag: string): Promise<void> {
  if (!(await succeeds(dir, ['rev-parse', '--is-inside-work-tree']))) {
    throw refuse(t('publish.gitTag.noRepository', { dir, tag }), t('publish.gitTag.noRepository.hint'));
  }
  if (!(await succeeds(dir, ['diff', '--cached', '--quiet']))) {
    throw refuse(t('publish.gitTag.otherStaged', { dir }), t('publish.gitTag.otherStaged.hint'));
  }
  if (!(await succeeds(dir, ['diff', '--quiet', '--', file]))) {
    throw refuse(t('publish.gitTag.uncommitted', { file, dir }), t('publish.gitTag.uncommitted.hint', { tag }));
  }
  if (await succeeds(dir, ['check-ignore', '--quiet', '--', file])) {
    throw refuse(t('publish.gitTag.ignored', { file, dir }), t('publish.gitTag.ignored.hint', { file }));
  }
  if (await succeeds(dir, ['rev-parse', '--quiet', '--verify', `refs/tags/${tag}`])) {
    throw refuse(t('publish.gitTag.tagExists', { tag, dir }), t('publish.gitTag.tagExists.hint', { tag }));
  }
  if (!(await succeeds(dir, ['var', 'GIT_AUTHOR_IDENT'])) || !(await succeeds(dir, ['var', 'GIT_COMMITTER_IDENT']))) {
    throw refuse(t('publish.gitTag.noIdentity', { dir }), t('publish.gitTag.noIdentity.hint'));
  }
}

/** The commit HEAD points at, or null on a branch with no commit yet. */
async function headCommit(dir: string): Promise<string | null> {
  return runGit(dir, ['rev-parse', '--quiet', '--verify', 'HEAD']).then(
    (out) => out.trim(),
    () => null,
  );
}

/** Commits `file` and tags the commit; on failure, HEAD and the index are as they were. */
export async function commitAndTag(dir: string, file: string, message: string, tag: string): Promise<void> {
  const before = await headCommit(dir);
  try {
    await runGit(dir, ['add', '--', file]);
    await runGit(dir, ['commit', '--quiet', '-m', message]);
    await runGit(dir, ['tag', '-a', tag, '-m', message]);
  } catch (error) {
    const undone = await undoCommit(dir, file, before).then(
      () => true,
      () => false,
    );
    throw refuse(
      t('publish.gitTag.commitFailed', { tag, dir, reason: String((error as Error).message).split('\n')[0] }),
      undone ? t('publish.gitTag.commitFailed.hint') : t('publish.gitTag.commitFailed.notUndone.hint', { dir }),
    );
  }
}

/** Puts HEAD back on `before` (none: no commit yet) and the index entry of `file` back to HEAD's. */
async function undoCommit(dir: string, file: string, before: string | null): Promise<void> {
  if ((await headCommit(dir)) !== before) {
    await runGit(dir, before === null ? ['update-ref', '-d', 'HEAD'] : ['reset', '--quiet', '--soft', before]);
  }
  await runGit(dir, ['reset', '--quiet', '--', file]);
}
