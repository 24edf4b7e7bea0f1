// A registry's files for reading: the local clone brought up to date (git)
// or the static host (HTTP). Nothing here verifies; verified/open-registry.ts
// puts TUF on top.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { withLock } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { BlobPrefetcher, isPartialClone } from './blob-prefetch.js';
import { syncOrClone } from './clone.js';
import { GitBlobReader, isNetworkUrl } from './git.js';
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
      message: `${location.label} does not support partial clones: this machine's copy holds every file of the registry`,
      hint: 'Installs work the same, with more bytes. Ask the git host to allow filters (uploadpack.allowFilter), or install from a static or mirror copy over HTTP.',
    });
  // Over a network only main is fetched; the namespaces read come with their files (blob-prefetch.ts).
  const namespaces = !isNetworkUrl(location.url);
  const commit = await withLock(`${dir}.lock`, { waitMs: 120_000, what: `the local copy of ${location.label}` }, () => syncOrClone(dir, location.url, { onFullClone, namespaces }));
  const prefetcher = (await isPartialClone(dir)) ? new BlobPrefetcher(dir) : null;
  return new GitCommitSource(dir, commit, location.label, new GitBlobReader(dir, location.label), prefetcher);
}

