// The content-addressed cache: tarballs and index files by the sha512 their
// signed metadata names. An entry is trusted only after its bytes hash to its
// name again, so a cache damaged on disk is noticed and fetched anew. Only
// sha512 is recomputed on a hit (the registry read checked every hash once).
import { promises as fs, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTargetBytes, type SignedTarget } from '../trust/target-check.js';
import { ioError, isGotongError } from '../core/errors.js';
import { uniqueName } from './store.js';

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
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw ioError('read', path, error);
    }
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
    const path = this.pathFor(sha512);
    // Synchronous, like extraction (archive/extract.ts): for small files the
    // thread pool's hand-offs cost more than the writes. Written aside and
    // renamed, so a reader never sees part of an entry.
    const temp = join(dirname(path), `.${uniqueName()}.tmp`);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, bytes, { mode: 0o444 });
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw ioError('write', path, error);
    }
  }
}
