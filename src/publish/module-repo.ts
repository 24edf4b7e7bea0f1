// The module's own git repository, for `gotong version --git-tag`. Everything
// that would stop the commit or the tag is checked before gotong.json
// changes, and a commit that fails anyway is undone, so a failed command
// changes nothing (git runs through registry/git.ts, its one home).
import { GotongError } from '../core/errors.js';
import { runGit } from '../registry/git.js';

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
    throw refuse(`${dir} is not in a git repository, so --git-tag cannot commit and tag ${tag}`, 'Run `git init` there first, or leave out --git-tag.');
  }
  if (!(await succeeds(dir, ['diff', '--cached', '--quiet']))) {
    throw refuse(`other changes are staged in the git index of ${dir}; the version commit would take them along`, 'Commit them, or unstage them with `git restore --staged PATH`, then run the command again.');
  }
  if (!(await succeeds(dir, ['diff', '--quiet', '--', file]))) {
    throw refuse(`${file} in ${dir} has changes that are not committed`, `Commit or undo them first, so that the commit for ${tag} holds only the new version.`);
  }
  if (await succeeds(dir, ['check-ignore', '--quiet', '--', file])) {
    throw refuse(`git ignores ${file} in ${dir}, so it cannot be committed`, `Remove the rule that ignores ${file} from .gitignore, or leave out --git-tag.`);
  }
  if (await succeeds(dir, ['rev-parse', '--quiet', '--verify', `refs/tags/${tag}`])) {
    throw refuse(`the tag ${tag} already exists in the git repository of ${dir}`, `Choose another version, or delete the tag (\`git tag -d ${tag}\`) if it was made by mistake.`);
  }
  if (!(await succeeds(dir, ['var', 'GIT_AUTHOR_IDENT'])) || !(await succeeds(dir, ['var', 'GIT_COMMITTER_IDENT']))) {
    throw refuse(`git does not know who is committing in ${dir}`, 'Set `git config user.name` and `git config user.email` (or GIT_AUTHOR_NAME, GIT_AUTHOR_EMAIL, GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL), then run the command again.');
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
      `git could not commit and tag ${tag} in ${dir}: ${String((error as Error).message).split('\n')[0]}`,
      undone ? 'Fix what git reports, then run the command again; the repository is as it was.' : `gotong could not undo its commit: check \`git status\` and \`git log\` in ${dir}.`,
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
