// lock: the resolution written down as gotong-lock.json, and the check
// --frozen makes before installing exactly what the lockfile says.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { LockedModule, Lockfile } from '../manifest/types.js';
import type { Resolution } from './resolve.js';

export function buildLockfile(resolution: Resolution, requested: Record<string, string>, registry: { url: string; rootSha256: string }): Lockfile {
  const modules: Record<string, LockedModule> = {};
  for (const [name, chosen] of resolution.modules) {
    modules[name] = {
      version: chosen.version,
      target: chosen.entry.target,
      length: chosen.entry.length,
      integrity: chosen.entry.integrity,
      dependencies: chosen.entry.dependencies ?? {},
    };
  }
  return { lockfileVersion: 1, registry, requested: { ...requested }, modules };
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/** Why a lockfile does not describe the workspace's dependencies; null when it does. */
export function lockfileStaleness(lock: Lockfile, requested: Record<string, string>): string | null {
  if (!sameRecord(lock.requested, requested)) return t('install.stale.requested');
  for (const [name, range] of Object.entries(requested)) {
    const locked = lock.modules[name];
    if (!locked) return t('install.stale.missing', { name });
    if (!semver.satisfies(locked.version, range, { includePrerelease: true })) return t('install.stale.unsatisfied', { name, version: locked.version, range });
  }
  for (const [name, locked] of Object.entries(lock.modules)) {
    for (const [dependency, range] of Object.entries(locked.dependencies)) {
      const chosen = lock.modules[dependency];
      if (!chosen) return t('install.stale.missingDependency', { dependency, name });
      if (!semver.satisfies(chosen.version, range, { includePrerelease: true })) return t('install.stale.unsatisfiedDependency', { dependency, version: chosen.version, name, range });
    }
  }
  return null;
}

export function assertFrozenUsable(lock: Lockfile | null, requested: Record<string, string>): Lockfile {
  if (!lock) {
    throw new GotongError('GOTONG_E_LOCKFILE_STALE', t('install.frozenNoLockfile'), {
      hint: t('install.frozenNoLockfile.hint'),
    });
  }
  const reason = lockfileStaleness(lock, requested);
  if (reason) {
    throw new GotongError('GOTONG_E_LOCKFILE_STALE', t('install.frozenStale', { reason }), {
      hint: t('install.frozenStale.hint'),
    });
  }
  return lock;
}

/**
 * Published versions never change (DESIGN.md "version"): when the registry
 * now signs other bytes for a version the lockfile records, a publisher's key
 * is being misused, and the recorded bytes win. Without this check a plain
 * `gotong install` would quietly re-extract the new bytes over the old ones.
 */
export function assertLockedVersionsUnchanged(resolution: Resolution, lock: Lockfile | null): void {
  for (const [name, chosen] of resolution.modules) {
    const locked = lock?.modules[name];
    if (!locked || locked.version !== chosen.version || locked.integrity === chosen.entry.integrity) continue;
    throw new GotongError('GOTONG_E_TARGET_MISMATCH', t('install.lockedBytesChanged', { name, version: chosen.version }), {
      hint: t('install.lockedBytesChanged.hint'),
      details: { module: name, version: chosen.version, lockedIntegrity: locked.integrity, registryIntegrity: chosen.entry.integrity },
    });
  }
}

/**
 * The root fingerprint the registry must have: `--root-sha256` when given
 * (the lockfile's, when there is one, must then agree), else the lockfile's.
 */
export function expectedRootOf(flag: string | undefined, lock: Lockfile | null): { sha256: string | null; by: 'flag' | 'lockfile' } {
  if (flag === undefined) return { sha256: lock?.registry.rootSha256 ?? null, by: 'lockfile' };
  const sha256 = flag.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha256)) {
    throw new GotongError('GOTONG_E_USAGE', t('install.rootFlag.invalid', { value: JSON.stringify(flag.slice(0, 80)) }), { hint: t('install.rootFlag.invalid.hint') });
  }
  if (lock && lock.registry.rootSha256 !== sha256) {
    throw new GotongError('GOTONG_E_ROOT_MISMATCH', t('install.rootFlag.lockDiffers', { flag: sha256.slice(0, 16), locked: lock.registry.rootSha256.slice(0, 16) }), {
      hint: t('install.rootFlag.lockDiffers.hint'),
    });
  }
  return { sha256, by: 'flag' };
}
