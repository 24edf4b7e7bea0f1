// A registry's files for reading: the local clone brought up to date (git)
// or the static host (HTTP). Nothing here verifies; verified/open-registry.ts
// puts TUF on top.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { withLock } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { BlobPrefetcher, isPartialClone } from './blob-prefetch.js';
import { syncOrClone } from './clone.js';
import { GitBlobReader, isNetworkUrl, removeStaleGitLocks } from './git.js';
import type { RegistryLocation } from './locate.js';
import { GitCommitSource, HttpSource, OfflineSource, type RegistrySource } from './source.js';

/**
 * A source for the registry's files; for git, a local clone brought up to the
 * remote's main, read from its object store at that commit (nothing is
 * checked out).
 */
export async function registrySource(location: RegistryLocation, offline: boolean, env?: NodeJS.ProcessEnv, reporter?: Reporter): Promise<RegistrySource> {
  if (offline) return new OfflineSource(location.label);
  if (location.kind === 'http') return new HttpSource(location.url, location.label, { cacheDir: join(gotongPaths(env).home, 'http', location.id), env });
  const dir = gotongPaths(env).cloneDir(location.id);
  await fs.mkdir(join(dir, '..'), { recursive: true });
  const onFullClone = () =>
    reporter?.emit({
      type: 'warn',
      code: 'GOTONG_W_PARTIAL_CLONE_UNSUPPORTED',
      message: t('registry.open.fullClone', { label: location.label }),
      hint: t('registry.open.fullClone.hint'),
    });
  // Over a network only main is fetched; the namespaces read come with their files (blob-prefetch.ts).
  const namespaces = !isNetworkUrl(location.url);
  const commit = await withLock(`${dir}.lock`, { waitMs: 120_000, what: t('registry.open.localCopy', { label: location.label }), afterTakeover: () => removeStaleGitLocks(dir) }, () => syncOrClone(dir, location.url, { onFullClone, namespaces }));
  const prefetcher = (await isPartialClone(dir)) ? new BlobPrefetcher(dir) : null;
  return new GitCommitSource(dir, commit, location.label, new GitBlobReader(dir, location.label), prefetcher);
}

