// Opens an offline bundle as a registry for reading, verified through TUF as
// any registry is: the bundle's first root must have the fingerprint the
// workspace's registry is pinned to (configured, or the lockfile's), and
// the bundle's root chain, timestamp, snapshot, targets and namespace roles
// are verified by tuf-js from there.
//
// Choices (docs/DECISIONS.md, "Offline bundles"):
// - The verification runs in a throwaway trust folder, so that a bundle never
//   changes what this machine trusts for the registry; the machine's rollback
//   memory is still consulted: a bundle older than the timestamp it already
//   trusts is refused.
// - Expired metadata is refused unless the user passed --allow-expired-bundle;
//   then the check runs as of the last moment every file in the bundle was
//   still valid, and a loud GOTONG_W_BUNDLE_EXPIRED says how old it is.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import { parseMetadataFileName } from '../trust/file-names.js';
import type { RegistryLocation } from '../registry/locate.js';
import { BundleSource } from '../registry/bundle-source.js';
import { TrustedRegistry } from '../trust/client.js';
import { readTrustedFile } from '../trust/unchanged.js';
import type { OpenedRegistry } from './open-registry.js';

export interface OpenBundleOptions {
  file: string;
  /** The registry the bundle must come from: its pin decides. */
  location: RegistryLocation;
  /** Where lockedRootSha256 came from, for the message when the registry's differs. */
  pinnedBy?: 'lockfile' | 'flag';
  lockedRootSha256?: string | null;
  allowExpired: boolean;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  now?: number;
}

export interface OpenedBundle extends OpenedRegistry {
  source: BundleSource;
  /** When the first of the bundle's signed files expires (or expired). */
  validUntil: string | null;
  /** When the first of the bundle's signed files expired, if one has. */
  expiredAt: string | null;
  /** Removes the throwaway trust folder; call once the command is done reading. */
  close(): Promise<void>;
  /** The error to report for `error`: tuf-js reports a file the bundle lacks as unverifiable metadata, this names the file. */
  explain(error: unknown): unknown;
}

const DAY = 86_400_000;

/** "3 days", "5 hours", "12 minutes". */
export function ageText(milliseconds: number): string {
  const [unit, size] = milliseconds >= DAY ? (['verified.age.days', DAY] as const) : milliseconds >= 3_600_000 ? (['verified.age.hours', 3_600_000] as const) : (['verified.age.minutes', 60_000] as const);
  return t(unit, { count: Math.max(1, Math.floor(milliseconds / size)) });
}

/**
 * The earliest expiry among the signed files the bundle holds (of the roots,
 * only the newest counts: TUF 1.0 section 5.3.10), unverified: it only picks
 * the clock the verification runs at, which checks every signature anyway.
 */
async function earliestExpiry(source: BundleSource): Promise<{ file: string; expires: string } | null> {
  const files = source.paths(`${METADATA_DIR}/`);
  const roots = files.filter((path) => parseMetadataFileName(basename(path))?.role === 'root');
  const newestRoot = roots.sort((a, b) => parseMetadataFileName(basename(b))!.version - parseMetadataFileName(basename(a))!.version)[0];
  let earliest: { file: string; expires: string } | null = null;
  for (const file of files) {
    if (roots.includes(file) && file !== newestRoot) continue;
    const bytes = await source.read(file, Number.MAX_SAFE_INTEGER);
    let expires: unknown;
    try {
      expires = (JSON.parse(bytes!.toString('utf8')) as { signed?: { expires?: unknown } }).signed?.expires;
    } catch {
      continue; // tuf-js refuses it with its own reason
    }
    if (typeof expires !== 'string' || !Number.isFinite(Date.parse(expires))) continue;
    if (!earliest || Date.parse(expires) < Date.parse(earliest.expires)) earliest = { file, expires };
  }
  return earliest;
}

/** The bundle must not be older than what this machine already trusts for the registry (TUF 1.0 section 5.4.3). */
async function assertNotOlderThanTrusted(options: OpenBundleOptions, bundleTrustDir: string, label: string): Promise<void> {
  const [seen, offered] = await Promise.all([readTrustedFile(gotongPaths(options.env).trustDir(options.location.id), 'timestamp.json'), readTrustedFile(bundleTrustDir, 'timestamp.json')]);
  const seenVersion = Number(seen?.signed.version);
  const offeredVersion = Number(offered?.signed.version);
  if (Number.isInteger(seenVersion) && Number.isInteger(offeredVersion) && offeredVersion < seenVersion) {
    throw new GotongError('GOTONG_E_METADATA_ROLLBACK', t('verified.bundle.rollback', { label, offered: offeredVersion, registry: options.location.label, seen: seenVersion }), {
      hint: t('verified.bundle.rollback.hint'),
      details: { bundleTimestampVersion: offeredVersion, trustedTimestampVersion: seenVersion },
    });
  }
}

export async function openBundle(options: OpenBundleOptions): Promise<OpenedBundle> {
  const { location, reporter } = options;
  const file = resolve(options.file);
  const label = t('verified.bundle.label', { name: basename(file) });
  const pin = location.pinnedRootSha256 ?? options.lockedRootSha256 ?? null;
  if (!pin) {
    throw new GotongError('GOTONG_E_ROOT_NOT_PINNED', t('verified.bundle.notPinned', { registry: location.label, label }), {
      hint: t('verified.bundle.notPinned.hint'),
    });
  }
  const source = await stage(reporter, 'read-bundle', () => BundleSource.open(file, label));
  const now = options.now ?? Date.now();
  const earliest = await earliestExpiry(source);
  let clock: number | undefined;
  if (earliest && Date.parse(earliest.expires) <= now) {
    const age = ageText(now - Date.parse(earliest.expires));
    if (!options.allowExpired) {
      throw new GotongError('GOTONG_E_METADATA_EXPIRED', t('verified.bundle.expired', { label, age, file: earliest.file, expires: earliest.expires }), {
        hint: t('verified.bundle.expired.hint'),
        details: { file: earliest.file, expires: earliest.expires, createdAt: source.manifest.createdAt },
      });
    }
    reporter.emit({
      type: 'warn',
      code: 'GOTONG_W_BUNDLE_EXPIRED',
      message: t('verified.bundle.expiredAllowed', { age, expires: earliest.expires, createdAt: JSON.stringify(String(source.manifest.createdAt).slice(0, 40)) }),
      hint: t('verified.bundle.expiredAllowed.hint'),
    });
    clock = Date.parse(earliest.expires) - 1000;
  }
  const trustDir = await fs.mkdtemp(join(tmpdir(), 'gotong-bundle-trust-'));
  const close = () => fs.rm(trustDir, { recursive: true, force: true });
  try {
    const trusted = await stage(reporter, 'verify-metadata', () =>
      TrustedRegistry.open({ trustDir, source, label, pin: { rootSha256: pin, allowFirstUse: false }, offline: false, reporter, clock }).catch((error: unknown) => {
        if (!(error instanceof GotongError) || error.code !== 'GOTONG_E_ROOT_MISMATCH') throw error;
        throw new GotongError('GOTONG_E_ROOT_MISMATCH', t('verified.bundle.otherRegistry', { label, registry: location.label, pin: pin.slice(0, 16) }), {
          hint: t('verified.bundle.otherRegistry.hint', { url: JSON.stringify(String(source.manifest.registry.url).slice(0, 200)), registry: location.label }),
          details: { pinnedRootSha256: pin, bundleRootSha256: source.manifest.registry.rootSha256 },
        });
      }),
    );
    if (options.lockedRootSha256 && options.lockedRootSha256 !== trusted.rootSha256) {
      const byFlag = options.pinnedBy === 'flag';
      throw new GotongError('GOTONG_E_ROOT_MISMATCH', t(byFlag ? 'verified.flagRoot' : 'verified.lockfileRoot', { locked: options.lockedRootSha256.slice(0, 16), label, actual: trusted.rootSha256.slice(0, 16) }), {
        hint: t(byFlag ? 'verified.flagRoot.hint' : 'verified.bundle.lockfileRoot.hint'),
      });
    }
    await assertNotOlderThanTrusted(options, trustDir, label);
    const explain = (error: unknown) => (error instanceof GotongError && error.code === 'GOTONG_E_METADATA_INVALID' && source.missing ? source.missing : error);
    return { location, source, trusted, validUntil: earliest?.expires ?? null, expiredAt: clock === undefined ? null : earliest!.expires, close, explain };
  } catch (error) {
    await close();
    throw error;
  }
}
