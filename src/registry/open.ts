// Opens a registry for reading: brings the local clone up to date (or points
// at the HTTP host) and verifies its metadata through TUF. One call per command.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { withLock } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { TrustedRegistry } from '../trust/client.js';
import { GitBlobReader, syncOrClone } from './git.js';
import type { RegistryLocation } from './locate.js';
import { GitCommitSource, HttpSource, OfflineSource, type RegistrySource } from './source.js';

export interface OpenRegistryOptions {
  location: RegistryLocation;
  offline: boolean;
  /** A root fingerprint from the lockfile, used when the registry is not configured. */
  lockedRootSha256?: string | null;
  allowFirstUse: boolean;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export interface OpenedRegistry {
  location: RegistryLocation;
  source: RegistrySource;
  trusted: TrustedRegistry;
}

/**
 * A source for the registry's files; for git, a local clone brought up to the
 * remote's main, read from its object store at that commit (nothing is
 * checked out).
 */
export async function registrySource(location: RegistryLocation, offline: boolean, env?: NodeJS.ProcessEnv): Promise<RegistrySource> {
  if (offline) return new OfflineSource(location.label);
  if (location.kind === 'http') return new HttpSource(location.url, location.label);
  const dir = gotongPaths(env).cloneDir(location.id);
  await fs.mkdir(join(dir, '..'), { recursive: true });
  const commit = await withLock(`${dir}.lock`, { waitMs: 120_000, what: `the local copy of ${location.label}` }, () => syncOrClone(dir, location.url));
  return new GitCommitSource(dir, commit, location.label, new GitBlobReader(dir, location.label));
}

export async function openRegistry(options: OpenRegistryOptions): Promise<OpenedRegistry> {
  const { location, reporter } = options;
  const source = await stage(reporter, 'fetch-registry', () => registrySource(location, options.offline, options.env));
  const pin = location.pinnedRootSha256 ?? options.lockedRootSha256 ?? null;
  const trusted = await stage(reporter, 'verify-metadata', () =>
    TrustedRegistry.open({
      trustDir: gotongPaths(options.env).trustDir(location.id),
      source,
      label: location.label,
      pin: { rootSha256: pin, allowFirstUse: options.allowFirstUse },
      offline: options.offline,
      reporter,
    }),
  );
  if (options.lockedRootSha256 && options.lockedRootSha256 !== trusted.rootSha256) {
    throw new GotongError('GOTONG_E_ROOT_MISMATCH', `the lockfile was made against a registry whose root is ${options.lockedRootSha256.slice(0, 16)}…, but ${location.label} has ${trusted.rootSha256.slice(0, 16)}…`, {
      hint: 'Install from the registry the lockfile names, or delete gotong-lock.json to resolve again against this one.',
    });
  }
  return { location, source, trusted };
}
