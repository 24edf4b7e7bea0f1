// Reading signed targets, for install, info, search, bundles and the
// catalog alike: the TUF-verified target info decides what bytes are
// acceptable; the cache is tried first, then the registry.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { parseModuleIndex } from '../manifest/module-index.js';
import { indexTarget, parseModuleName } from '../manifest/names.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import type { TrustedRegistry } from '../trust/client.js';
import { integrityFromHashes, type SignedTarget } from '../trust/target-check.js';
import type { ContentCache } from './cache.js';

const MAX_INDEX_BYTES = 32 * 1024 * 1024;
/**
 * The most bytes install reads for one target. The extractor accepts 1 GiB
 * unpacked (archive/extract.ts), so a larger signed length cannot be a tarball
 * it would install; refusing before the read keeps a compromised publisher key
 * from making clients hold endless data in memory (TUF 1.0 section 5.7.3).
 */
export const MAX_TARGET_BYTES = 1280 * 1024 * 1024;

export interface TargetReader {
  /** The TUF-verified length and hashes of a target (without reading its bytes). */
  info(targetPath: string): Promise<SignedTarget>;
  /** The verified bytes of a target, from the cache or the registry. */
  read(targetPath: string): Promise<{ bytes: Buffer; info: SignedTarget; fromCache: boolean }>;
  loadIndex(fullName: string): Promise<ModuleIndex>;
}

export function targetReader(trusted: TrustedRegistry, cache: ContentCache): TargetReader {
  const indexes = new Map<string, Promise<ModuleIndex>>();

  async function signedInfo(targetPath: string) {
    const info = await trusted.targetInfo(targetPath);
    if (!info) {
      throw new GotongError('GOTONG_E_TARGET_MISSING', t('verified.targets.unlisted', { path: targetPath }), {
        hint: t('verified.targets.unlisted.hint'),
      });
    }
    if (info.length > MAX_TARGET_BYTES) {
      throw new GotongError('GOTONG_E_ARCHIVE_TOO_LARGE', t('verified.targets.tooLarge', { path: targetPath, length: info.length, max: MAX_TARGET_BYTES }), {
        hint: t('verified.targets.tooLarge.hint'),
      });
    }
    return info;
  }

  async function read(targetPath: string) {
    const info = await signedInfo(targetPath);
    const cached = await cache.get(info);
    if (cached) return { bytes: cached, info, fromCache: true };
    const bytes = await trusted.readTarget(info);
    await cache.put(info, bytes);
    return { bytes, info, fromCache: false };
  }

  async function fetchIndex(fullName: string): Promise<ModuleIndex> {
    const { namespace, name } = parseModuleName(fullName);
    const path = indexTarget(namespace, name);
    const info = await trusted.targetInfo(path);
    if (!info) {
      throw new GotongError('GOTONG_E_MODULE_NOT_FOUND', t('verified.targets.noModule', { name: fullName }), {
        hint: t('verified.targets.noModule.hint', { short: name }),
        details: { module: fullName },
      });
    }
    if (info.length > MAX_INDEX_BYTES) {
      throw new GotongError('GOTONG_E_TARGET_MISMATCH', t('verified.targets.indexTooLarge', { name: fullName }), { hint: t('verified.targets.indexTooLarge.hint') });
    }
    const { bytes } = await read(path);
    return parseModuleIndex(bytes, fullName);
  }

  return {
    info: signedInfo,
    read,
    loadIndex(fullName: string) {
      let pending = indexes.get(fullName);
      if (!pending) {
        pending = fetchIndex(fullName);
        // Prefetches may fail for names the search never needs; the error surfaces when awaited.
        pending.catch(() => undefined);
        indexes.set(fullName, pending);
      }
      return pending;
    },
  };
}

/** The signed target info must agree with the index entry the resolver chose. */
export function assertEntryMatchesTarget(fullName: string, version: string, entry: IndexVersion, info: SignedTarget): void {
  if (entry.length !== info.length || entry.sha256 !== info.hashes.sha256 || entry.integrity !== integrityFromHashes(info.hashes)) {
    throw new GotongError('GOTONG_E_TARGET_MISMATCH', t('verified.targets.entryMismatch', { name: fullName, version }), {
      hint: t('verified.targets.entryMismatch.hint'),
    });
  }
}
