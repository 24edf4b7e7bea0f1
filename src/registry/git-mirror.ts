// A registry copied to another git remote: main and every targets/<namespace>
// branch, nothing else (no incoming/* proposals, no ceremony branches). The
// copy is made from a clone of its own that keeps the whole history of those
// branches, since a remote cannot take commits whose parents it lacks; each
// run fetches and pushes only the commits that are new. Verifying the commit
// before it is pushed is the caller's (admin/mirror.ts).
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { pathExists } from '../core/fsx.js';
import { MAIN_REFSPEC, fetchedMain, gitFailure, pushRefs, runGit, setRemote } from './git.js';
import { NAMESPACE_REFSPEC } from './namespaces.js';
import { namespaceEntries } from './namespaces.js';
import { redactUrl } from './redact.js';

/** Brings `dir` (created when missing) to the remote's main and namespace branches, with their history; returns main's commit. */
export async function fetchWholeRegistry(dir: string, url: string): Promise<string> {
  try {
    if (!(await pathExists(join(dir, '.git')))) {
      await fs.rm(dir, { recursive: true, force: true });
      await fs.mkdir(dir, { recursive: true });
      await runGit(dir, ['init', '--quiet', '--initial-branch=main', '.']);
      await setRemote(dir, url);
    }
    await runGit(dir, ['remote', 'set-url', '--', 'origin', url]);
    await runGit(dir, ['fetch', '--quiet', '--no-tags', '--prune', 'origin', MAIN_REFSPEC, NAMESPACE_REFSPEC]);
  } catch (error) {
    throw gitFailure('fetch', url, error);
  }
  return fetchedMain(dir);
}

/** The branches a copy of `commit` consists of: main and the namespace commits it links. */
async function mirrorRefs(dir: string, commit: string): Promise<string[]> {
  const links = [...(await namespaceEntries(dir, commit))].filter(([, entry]) => entry.type === 'commit');
  return [`${commit}:refs/heads/main`, ...links.map(([name, entry]) => `${entry.oid}:refs/heads/targets/${name}`)];
}

export type GitMirrorOutcome = 'pushed' | 'unchanged';

/**
 * Pushes `commit` as main of `destUrl`, with its namespace branches, all or
 * nothing. Never forced: a remote whose main is not an ancestor of `commit`
 * (a newer copy, or another registry) is refused, so a mirror never moves back.
 */
export async function pushMirror(dir: string, destUrl: string, commit: string): Promise<GitMirrorOutcome> {
  if (destUrl.startsWith('-')) {
    throw new GotongError('GOTONG_E_USAGE', t('registry.gitMirror.notUrl', { url: destUrl }), { hint: t('registry.gitMirror.notUrl.hint') });
  }
  let current = '';
  try {
    current = (await runGit(dir, ['ls-remote', '--', destUrl, 'refs/heads/main'])).split(/\s/)[0] ?? '';
  } catch (error) {
    throw gitFailure('reach', destUrl, error);
  }
  const refs = await mirrorRefs(dir, commit);
  if (current === commit) {
    const listed = await runGit(dir, ['ls-remote', '--', destUrl, 'refs/heads/targets/*']);
    const have = new Set([`${commit}:refs/heads/main`, ...listed.split('\n').filter(Boolean).map((line) => `${line.split('\t')[0]}:${line.split('\t')[1]}`)]);
    if (refs.every((ref) => have.has(ref))) return 'unchanged';
  }
  const outcome = await pushRefs(dir, destUrl, ['push', '--quiet', '--no-verify', '--atomic', destUrl, ...refs]);
  if (outcome === 'rejected') {
    throw new GotongError('GOTONG_E_MIRROR_REFUSED', t('registry.gitMirror.behind', { url: redactUrl(destUrl) }), {
      hint: t('registry.gitMirror.behind.hint'),
    });
  }
  return 'pushed';
}
