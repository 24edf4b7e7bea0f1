// The content-addressed cache: tarballs and index files by the sha512 their
// signed metadata names. An entry is trusted only after its bytes hash to its
// name again, so a cache damaged on disk is noticed and fetched anew. Only
// sha512 is recomputed on a hit (the registry read checked every hash once).
// The cache only saves downloads: one that cannot be read is a miss, and one
// that cannot be written is warned about once and then left alone, so that a
// read-only GOTONG_HOME/cache never stops an install. A command that reads
// or writes the cache marks it as used (in-use.ts) until it ends, so that
// `gotong cache clean` never empties it under a running install.
import { promises as fs, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTargetBytes, type SignedTarget } from '../trust/target-check.js';
import { isGotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { Reporter } from '../core/reporter.js';
import { useFolder } from './in-use.js';
import { uniqueName } from '../core/unique-name.js';

export class ContentCache {
  /** False after the first write that failed: the rest of the command does without caching. */
  private writable = true;
  /** Settles true once this process is marked as using the cache, false when it could not be (then the cache is not used). */
  private entered: Promise<boolean> | null = null;
  private releaseUse: (() => void) | null = null;

  constructor(
    readonly dir: string,
    private readonly reporter: Reporter,
  ) {}

  private pathFor(sha512hex: string): string {
    return join(this.dir, 'sha512', sha512hex.slice(0, 2), sha512hex.slice(2));
  }

  /**
   * Marks the cache as used by this process, once; it stays marked until
   * release() or the process's end. A cache that cannot be marked (a
   * read-only GOTONG_HOME, a clean that takes minutes) is warned about and
   * then not used, like one that cannot be written.
   */
  private enter(): Promise<boolean> {
    this.entered ??= useFolder(this.dir, t('verified.cache.what')).then(
      (release) => {
        this.releaseUse = release;
        return true;
      },
      (error: unknown) => {
        this.writable = false;
        this.reporter.emit({
          type: 'warn',
          code: 'GOTONG_W_CACHE_NOT_WRITTEN',
          message: t('verified.cache.unmarked', { dir: this.dir, reason: (error as Error).message }),
          hint: t('verified.cache.unmarked.hint', { dir: this.dir }),
        });
        return false;
      },
    );
    return this.entered;
  }

  /** Ends this command's use of the cache (a command run in-process; the command line's end does it too). */
  release(): void {
    this.releaseUse?.();
    this.releaseUse = null;
    this.entered = null;
  }

  /** The cached bytes of a target, or null when absent, unreadable or damaged (a damaged entry is removed). */
  async get(target: SignedTarget): Promise<Buffer | null> {
    const sha512 = target.hashes.sha512;
    if (!sha512 || !/^[0-9a-f]{128}$/.test(sha512)) return null;
    if (!(await this.enter())) return null;
    const path = this.pathFor(sha512);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      // Absent, or a cache that cannot be read (a file where its folder should be, no permission): fetched instead.
      return null;
    }
    try {
      // The entry is named by its sha512 and was checked against every signed
      // hash when it was stored; to find it damaged, length and sha512 suffice.
      checkTargetBytes({ path: target.path, length: target.length, hashes: { sha512 } }, bytes);
      return bytes;
    } catch (error) {
      if (!isGotongError(error, 'GOTONG_E_TARGET_MISMATCH')) throw error;
      await fs.rm(path, { force: true }).catch(() => undefined);
      return null;
    }
  }

  async put(target: SignedTarget, bytes: Buffer): Promise<void> {
    const sha512 = target.hashes.sha512;
    if (!this.writable || !sha512 || !/^[0-9a-f]{128}$/.test(sha512)) return;
    if (!(await this.enter())) return;
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
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written where nothing can be removed (its folder is not one).
      }
      this.writable = false;
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.reporter.emit({
        type: 'warn',
        code: 'GOTONG_W_CACHE_NOT_WRITTEN',
        message: t('verified.cache.unwritten', { path, reason }),
        hint: t('verified.cache.unwritten.hint', { dir: this.dir }),
      });
    }
  }
}
