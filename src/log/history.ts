// The copy of a registry's history that `gotong log` reads: a bare clone of
// its own (the reader's clone keeps one commit), holding main, the
// namespace branches and the refusals with all their commits and trees but,
// over a network, no file's bytes until the log reads it (`--filter=blob:none`).
// Commits and trees are small; the files a log reads are the metadata and
// module indexes of the commits in its range, fetched together
// (git-objects.ts). Kept between runs and fetched at a cost that follows
// what changed.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { gotongPaths } from '../core/paths.js';
import { pathExists, withLock } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { gitFailure, isNetworkUrl, removeStaleGitLocks, runGit, runGitReport } from '../registry/git.js';
import type { RegistryLocation } from '../registry/locate.js';

/** What the history clone fetches: main, every namespace branch, every refusal. */
const REFSPECS = ['+refs/heads/main:refs/heads/main', '+refs/heads/targets/*:refs/heads/targets/*', '+refs/heads/refused/*:refs/heads/refused/*'];

export function historyDir(location: RegistryLocation, env?: NodeJS.ProcessEnv): string {
  return join(gotongPaths(env).home, 'registries', location.id, 'history');
}

async function create(dir: string, url: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  await runGit(dir, ['init', '--quiet', '--bare', '.']);
  await runGit(dir, ['remote', 'add', '--', 'origin', url]);
  await runGit(dir, ['config', '--unset-all', 'remote.origin.fetch']).catch(() => '');
  for (const refspec of REFSPECS) await runGit(dir, ['config', '--add', 'remote.origin.fetch', refspec]);
  if (isNetworkUrl(url)) {
    // A partial clone, as `git clone --filter=blob:none` would set it up.
    await runGit(dir, ['config', 'remote.origin.promisor', 'true']);
    await runGit(dir, ['config', 'remote.origin.partialclonefilter', 'blob:none']);
    await runGit(dir, ['config', 'core.repositoryformatversion', '1']);
    await runGit(dir, ['config', 'extensions.partialclone', 'origin']);
  }
}

/**
 * Brings the history clone of `location` to the remote's branches and
 * returns its folder and main's commit; made on first use.
 */
export async function syncHistory(location: RegistryLocation, env?: NodeJS.ProcessEnv): Promise<{ dir: string; main: string }> {
  const dir = historyDir(location, env);
  return withLock(`${dir}.lock`, { waitMs: 120_000, what: t('log.historyCopy', { label: location.label }), afterTakeover: () => removeStaleGitLocks(dir) }, async () => {
    try {
      if (!(await pathExists(join(dir, 'HEAD')))) await create(dir, location.url);
      // The configured address may have changed since the copy was made.
      else await runGit(dir, ['config', 'remote.origin.url', location.url]);
      const filter = isNetworkUrl(location.url) ? ['--filter=blob:none'] : [];
      const ran = await runGitReport(dir, ['fetch', '--quiet', '--no-tags', '--prune', ...filter, 'origin']);
      if (ran.code !== 0) throw new Error(`${ran.stderr}${ran.stdout}`.trim());
      const main = (await runGit(dir, ['rev-parse', '--verify', 'refs/heads/main^{commit}'])).trim();
      return { dir, main };
    } catch (error) {
      throw gitFailure('fetch', location.url, error);
    }
  });
}
