// The single home of simple-git. Everything gotong does with git goes through
// these functions, which is where tests inject faults. Credentials are
// stripped from URLs (redactUrl) before a URL reaches an error or a log.
import { promises as fs } from 'node:fs';
import { simpleGit, type SimpleGit } from 'simple-git';
import { GotongError } from '../core/errors.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@');
}

// Variables that would make git run another program (editors, pagers, askpass)
// or read other configuration; git here never needs them, and simple-git
// refuses to run while they are set.
const DROPPED_ENV = /^(EDITOR|VISUAL|PAGER|PREFIX|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_PAGER|GIT_ASKPASS|SSH_ASKPASS|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_TEMPLATE_DIR|GIT_EXEC_PATH|GIT_CONFIG.*)$/i;

export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROPPED_ENV.test(key)) env[key] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', ...extra };
}

function git(dir?: string): SimpleGit {
  // GIT_SSH_COMMAND stays allowed: CI pipelines use it for deploy keys.
  return simpleGit({ baseDir: dir, unsafe: { allowUnsafeSshCommand: true } }).env(gitEnv());
}

function gitFailure(action: string, url: string, cause: unknown): GotongError {
  const text = redactUrl(String((cause as Error)?.message ?? cause)).split('\n').find((l) => l.trim().length > 0) ?? '';
  const unreachable = /could not read|unable to access|does not appear to be a git repository|Connection refused|not found|Could not resolve|No such file/i.test(text);
  return new GotongError(unreachable ? 'GOTONG_E_REGISTRY_UNREACHABLE' : 'GOTONG_E_GIT', `git could not ${action} ${redactUrl(url)}: ${text.trim()}`, {
    hint: unreachable
      ? 'Check the registry URL and your network or credentials, then run again (use --offline to work from the cache).'
      : 'Run again with --verbose to see the full git output.',
  });
}

export async function initBare(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir).raw(['init', '--bare', '--initial-branch=main', '.']);
}

export async function initWorking(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir).raw(['init', '--initial-branch=main', '.']);
}

/** Clones `url` into `dir` (which must not exist), only the newest commit. */
export async function cloneShallow(url: string, dir: string): Promise<void> {
  try {
    await git().clone(url, dir, ['--depth', '1', '--no-tags', '--single-branch']);
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw gitFailure('clone', url, error);
  }
}

/** Makes `dir` an exact copy of the remote's newest main commit. */
export async function syncToRemote(dir: string, url: string): Promise<void> {
  try {
    const repo = git(dir);
    await repo.raw(['fetch', '--depth', '1', '--no-tags', 'origin', '+refs/heads/main:refs/remotes/origin/main']);
    await repo.raw(['reset', '--hard', '--quiet', 'refs/remotes/origin/main']);
    await repo.raw(['clean', '-fdxq']);
  } catch (error) {
    throw gitFailure('fetch', url, error);
  }
}

export async function hasRemoteMain(dir: string): Promise<boolean> {
  const out = await git(dir).raw(['ls-remote', '--heads', 'origin', 'main']);
  return out.trim().length > 0;
}

export async function headCommit(dir: string): Promise<string | null> {
  try {
    return (await git(dir).raw(['rev-parse', '--verify', '-q', 'HEAD'])).trim() || null;
  } catch {
    return null;
  }
}

export async function commitAll(dir: string, message: string, identity: GitIdentity): Promise<void> {
  const repo = git(dir);
  await repo.raw(['add', '--all', '.']);
  await repo
    .env(gitEnv({ GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email }))
    .raw(['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message]);
}

export type PushOutcome = 'pushed' | 'rejected';

/** Pushes HEAD to main. A refusal because someone else pushed first is an outcome, not an error. */
export async function pushMain(dir: string, url: string): Promise<PushOutcome> {
  try {
    await git(dir).raw(['push', '--quiet', '--no-verify', 'origin', 'HEAD:refs/heads/main']);
    return 'pushed';
  } catch (error) {
    const text = String((error as Error).message);
    if (/non-fast-forward|fetch first|rejected|failed to update ref|cannot lock ref|stale info/i.test(text)) return 'rejected';
    throw gitFailure('push to', url, error);
  }
}

export async function setRemote(dir: string, url: string): Promise<void> {
  await git(dir).raw(['remote', 'add', 'origin', url]);
}

/** Commit and tag in a module's own repository (`gotong version --git-tag`). */
export async function commitAndTag(dir: string, files: string[], message: string, tag: string): Promise<void> {
  const repo = git(dir);
  try {
    await repo.raw(['add', '--', ...files]);
    await repo.raw(['commit', '--quiet', '-m', message]);
    await repo.raw(['tag', '-a', tag, '-m', message]);
  } catch (error) {
    throw new GotongError('GOTONG_E_GIT', `git could not commit and tag ${tag} in ${dir}: ${String((error as Error).message).split('\n')[0]}`, {
      hint: 'Check that the folder is a git repository with a user.name and user.email, and that the tag does not exist yet.',
    });
  }
}
