// The content-addressed cache: tarballs and index files by the sha512 their
// signed metadata names. An entry is trusted only after its bytes hash to its
// name again, so a cache damaged on disk is noticed and fetched anew. Only
// sha512 is recomputed on a hit (the registry read checked every hash once).
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { readFileOrNull, writeFileAtomic } from '../core/fsx.js';
import { checkTargetBytes, type SignedTarget } from '../trust/target-check.js';
import { isGotongError } from '../core/errors.js';

export class ContentCache {
  constructor(readonly dir: string) {}

  private pathFor(sha512hex: string): string {
    return join(this.dir, 'sha512', sha512hex.slice(0, 2), sha512hex.slice(2));
  }

  /** The cached bytes of a target, or null when absent or damaged (a damaged entry is removed). */
  async get(target: SignedTarget): Promise<Buffer | null> {
    const sha512 = target.hashes.sha512;
    if (!sha512 || !/^[0-9a-f]{128}$/.test(sha512)) return null;
    const path = this.pathFor(sha512);
    const bytes = await readFileOrNull(path);
    if (!bytes) return null;
    try {
      // The entry is named by its sha512 and was checked against every signed
      // hash when it was stored; to find it damaged, length and sha512 suffice.
      checkTargetBytes({ path: target.path, length: target.length, hashes: { sha512 } }, bytes);
      return bytes;
    } catch (error) {
      if (!isGotongError(error, 'GOTONG_E_TARGET_MISMATCH')) throw error;
      await fs.rm(path, { force: true });
      return null;
    }
  }

  async put(target: SignedTarget, bytes: Buffer): Promise<void> {
    const sha512 = target.hashes.sha512;
    if (!sha512 || !/^[0-9a-f]{128}$/.test(sha512)) return;
    await writeFileAtomic(this.pathFor(sha512), bytes, 0o444);
  }
}
