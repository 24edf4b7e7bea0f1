// Where a module's files come from: the git repository holding the module
// folder, the commit checked out, the folder's path in it, and whether the
// folder differs from that commit (changed, added or deleted files, untracked
// files git does not ignore). A module folder outside any repository has no
// source to record.
import { relative, sep } from 'node:path';
import { realpath } from 'node:fs/promises';
import { runGitReport } from '../registry/git.js';
import { publicSourceUrl } from './source-url.js';

export interface ChangedFile {
  path: string;
  /** Not in the commit and not ignored by git: it matters only if the pack takes it. */
  untracked: boolean;
}

export interface SourceTree {
  /** The repository's address for others (credentials removed), or null when it has no usable remote. */
  repository: string | null;
  commit: string;
  /** The module folder inside the repository, `/`-separated; `.` for its root. */
  path: string;
  /** Files of the module folder that differ from the commit, relative to the module folder. */
  changedFiles: ChangedFile[];
}

async function git(dir: string, args: string[]): Promise<string | null> {
  const run = await runGitReport(dir, args);
  return run.code === 0 ? run.stdout : null;
}

/** The remote the checked-out branch tracks, else `origin`, else the only remote. */
async function remoteUrl(dir: string): Promise<string | null> {
  const upstream = (await git(dir, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']))?.trim();
  const remotes = ((await git(dir, ['remote'])) ?? '').split('\n').filter(Boolean);
  const tracked = upstream ? remotes.find((remote) => upstream.startsWith(`${remote}/`)) : undefined;
  const name = tracked ?? (remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined);
  if (!name) return null;
  const url = (await git(dir, ['remote', 'get-url', '--', name]))?.trim();
  return url ? publicSourceUrl(url) : null;
}

export async function sourceTreeOf(moduleDir: string): Promise<SourceTree | null> {
  const top = (await git(moduleDir, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) return null;
  const commit = (await git(moduleDir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))?.trim();
  // A repository without a commit yet has nothing to point at.
  if (!commit) return null;
  const path = relative(await realpath(top), await realpath(moduleDir)).split(sep).join('/') || '.';
  const status = (await git(moduleDir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', '.'])) ?? '';
  const prefix = path === '.' ? '' : `${path}/`;
  const changedFiles = status
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => ({ untracked: entry.startsWith('??'), file: entry.slice(3) }))
    .map(({ untracked, file }) => ({ untracked, path: file.startsWith(prefix) ? file.slice(prefix.length) : file }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { repository: await remoteUrl(moduleDir), commit, path, changedFiles };
}
