// Opens a registry for reading: brings the local copy up to date (or points
// at the HTTP host) through the transport layer, and verifies its metadata
// through TUF. One call per command. This sits above both: transports know
// no signatures, and verification knows no transport.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { classifyUrl, urlId, type RegistryLocation } from '../registry/locate.js';
import { MirrorListSource, type RegistryCopy } from '../registry/mirror-list.js';
import { registrySource } from '../registry/open.js';
import { redactUrl } from '../registry/redact.js';
import type { RegistrySource } from '../registry/source.js';
import { TrustedRegistry } from '../trust/client.js';
import { copyRefused, refusesCopy } from '../trust/copy-refusal.js';

export interface OpenRegistryOptions {
  location: RegistryLocation;
  offline: boolean;
  /** A root fingerprint from the lockfile, used when the registry is not configured. */
  /** Where lockedRootSha256 came from, for the message when the registry's differs. */
  pinnedBy?: 'lockfile' | 'flag';
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
 * A configured mirror as a copy of `origin`: read like any registry at its
 * URL, with a clone of its own when it is a git mirror, and checked against
 * the origin's pinned root and trust folder.
 */
function mirrorCopy(origin: RegistryLocation, mirrorUrl: string, env?: NodeJS.ProcessEnv): RegistryCopy {
  const { kind, url } = classifyUrl(mirrorUrl);
  const label = `mirror ${redactUrl(url)}`;
  const id = `${origin.id}/mirror-${urlId(url).slice('url-'.length)}`;
  return { label, open: () => registrySource({ id, name: origin.name, url, kind, label, pinnedRootSha256: origin.pinnedRootSha256 }, false, env) };
}

/** The mirrors first, in the order configured, then the origin; the origin alone without mirrors or under --offline. */
async function copiesOf(options: OpenRegistryOptions): Promise<RegistrySource> {
  const { location, env } = options;
  const mirrors = options.offline ? [] : (location.mirrors ?? []);
  if (mirrors.length === 0) return stage(options.reporter, 'fetch-registry', () => registrySource(location, options.offline, env, options.reporter));
  return new MirrorListSource([...mirrors.map((url) => mirrorCopy(location, url, env)), { label: location.label, open: () => registrySource(location, false, env, options.reporter) }]);
}

export async function openRegistry(options: OpenRegistryOptions): Promise<OpenedRegistry> {
  const { location, reporter } = options;
  const source = await copiesOf(options);
  const pin = location.pinnedRootSha256 ?? options.lockedRootSha256 ?? null;
  let trusted: TrustedRegistry;
  for (;;) {
    const copy = source.label;
    try {
      if (source instanceof MirrorListSource) await stage(reporter, 'fetch-registry', () => source.current());
      trusted = await stage(reporter, 'verify-metadata', () =>
        TrustedRegistry.open({
          trustDir: gotongPaths(options.env).trustDir(location.id),
          source,
          label: location.label,
          pin: { rootSha256: pin, allowFirstUse: options.allowFirstUse },
          offline: options.offline,
          reporter,
        }),
      );
      break;
    } catch (error) {
      // A mirror that cannot be reached or serves what TUF refuses: the next copy.
      const next = refusesCopy(error) ? (source.fallBack?.() ?? null) : null;
      if (next === null) throw error;
      reporter.emit(copyRefused(copy, error as GotongError, next));
    }
  }
  if (options.lockedRootSha256 && options.lockedRootSha256 !== trusted.rootSha256) {
    const byFlag = options.pinnedBy === 'flag';
    throw new GotongError('GOTONG_E_ROOT_MISMATCH', t(byFlag ? 'verified.flagRoot' : 'verified.lockfileRoot', { locked: options.lockedRootSha256.slice(0, 16), label: location.label, actual: trusted.rootSha256.slice(0, 16) }), {
      hint: t(byFlag ? 'verified.flagRoot.hint' : 'verified.lockfileRoot.hint'),
    });
  }
  return { location, source, trusted };
}
