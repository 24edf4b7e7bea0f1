// What a static registry host said last time about the files that change in
// place (timestamp.json, registry.json): its validators (ETag,
// Last-Modified) and the bytes they stand for, kept under
// GOTONG_HOME/http/<registry>/. The next read asks "changed since?" and a
// 304 costs a few hundred bytes. Nothing here is trusted: the bytes go
// through TUF like any other answer, so a damaged entry costs a refetch at
// worst, and any entry that cannot be read is ignored.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { readFileOrNull, writeFileAtomic } from '../core/fsx.js';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface CachedAnswer extends Validators {
  bytes: Buffer;
}

interface EntryFile extends Validators {
  url: string;
  sha256: string;
}

export class HttpValidatorCache {
  constructor(readonly dir: string) {}

  private base(url: string): string {
    return join(this.dir, createHash('sha256').update(url).digest('hex').slice(0, 32));
  }

  /** The stored answer for `url`, or null when there is none or it does not hold together. */
  async get(url: string): Promise<CachedAnswer | null> {
    const base = this.base(url);
    const [entryBytes, bytes] = await Promise.all([readFileOrNull(`${base}.json`).catch(() => null), readFileOrNull(`${base}.body`).catch(() => null)]);
    if (!entryBytes || !bytes) return null;
    try {
      const entry = JSON.parse(entryBytes.toString('utf8')) as EntryFile;
      if (entry.url !== url || entry.sha256 !== createHash('sha256').update(bytes).digest('hex')) return null;
      if (!entry.etag && !entry.lastModified) return null;
      return { bytes, etag: entry.etag, lastModified: entry.lastModified };
    } catch {
      return null;
    }
  }

  /** Remembers an answer; a cache that cannot be written only costs the next read more bytes. */
  async put(url: string, answer: CachedAnswer): Promise<void> {
    const base = this.base(url);
    const entry: EntryFile = { url, etag: answer.etag, lastModified: answer.lastModified, sha256: createHash('sha256').update(answer.bytes).digest('hex') };
    try {
      await fs.mkdir(this.dir, { recursive: true });
      // Body first: an entry whose body is not the one its sha256 names is ignored by get().
      await writeFileAtomic(`${base}.body`, answer.bytes);
      await writeFileAtomic(`${base}.json`, JSON.stringify(entry) + '\n');
    } catch {
      // best effort
    }
  }

  async forget(url: string): Promise<void> {
    const base = this.base(url);
    await Promise.all([fs.rm(`${base}.json`, { force: true }), fs.rm(`${base}.body`, { force: true })]).catch(() => undefined);
  }
}
