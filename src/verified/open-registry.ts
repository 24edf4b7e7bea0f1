// Opens a registry for reading: brings the local copy up to date (or points
// at the HTTP host) through the transport layer, and verifies its metadata
// through TUF. One call per command. This sits above both: transports know
// no signatures, and verification knows no transport.
import { GotongError } from '../core/errors.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import type { RegistryLocation } from '../registry/locate.js';
import { registrySource } from '../registry/open.js';
import type { RegistrySource } from '../registry/source.js';
import { TrustedRegistry } from '../trust/client.js';

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

export async function openRegistry(options: OpenRegistryOptions): Promise<OpenedRegistry> {
  const { location, reporter } = options;
  const source = await stage(reporter, 'fetch-registry', () => registrySource(location, options.offline, options.env, reporter));
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
