// `gotong cache verify` and `gotong cache clean`. The cache (verified/cache.ts) names
// each entry by the sha512 of its bytes, cache/sha512/<hex[0..2]>/<hex[2..]>,
// so checking an entry needs nothing but the entry: its bytes must hash to
// its name. Verify runs beside installs (an install that finds a damaged
// entry removes it too); clean runs alone (verified/in-use.ts), and moves the cache
// aside before removing it, so that no reader ever sees half of it.
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { mapLimit } from '../core/concurrency.js';
import { ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { processAlive } from '../core/fsx.js';
import { useFolder, withFolderAlone } from '../verified/in-use.js';
import { uniqueName } from '../core/unique-name.js';

const HEX = /^[0-9a-f]+$/;
/** Files hashed at once: enough to keep a disk busy, few enough to leave the machine usable. */
const VERIFY_CONCURRENCY = 4;
/** A write in progress (verified/cache.ts puts `.<pid>-...tmp` beside the entry) older than this was abandoned even if its process id runs again. */
const ABANDONED_MS = 24 * 3600 * 1000;

export interface CacheProblem {
  /** The entry's path relative to the cache folder, with '/' separators. */
  path: string;
  reason: 'hash-mismatch' | 'not-a-file' | 'unreadable' | 'misplaced';
}

export interface CacheVerifyResult {
  dir: string;
  /** Sound entries left after the check, and their bytes. */
  entries: number;
  bytes: number;
  /** What was found damaged (or not a cache entry at all) and removed. */
  removed: CacheProblem[];
  /** Writes abandoned by killed processes, removed. */
  leftovers: number;
}

export interface CacheCleanResult {
  dir: string;
  /** Entries and bytes removed. */
  entries: number;
  bytes: number;
}

interface Found {
  rel: string;
  path: string;
  /** The sha512 hex the entry's place names, or null for a file that is not in an entry's place. */
  sha512: string | null;
}

/** Every file under cache/sha512/, and anything else found there (a folder in an entry's place is not-a-file). */
async function listCache(dir: string): Promise<{ found: Found[]; temporary: string[] }> {
  const found: Found[] = [];
  const temporary: string[] = [];
  async function names(path: string): Promise<string[]> {
    try {
      return await fs.readdir(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return [];
      throw ioError('read', path, error);
    }
  }
  // Only sha512/ is the content cache's; anything else under cache/ is left to whoever put it there.
  const base = join(dir, 'sha512');
  for (const prefix of await names(base)) {
    const prefixPath = join(base, prefix);
    const isPrefix = prefix.length === 2 && HEX.test(prefix) && (await fs.lstat(prefixPath).then((stats) => stats.isDirectory(), () => false));
    if (!isPrefix) {
      found.push({ rel: `sha512/${prefix}`, path: prefixPath, sha512: null });
      continue;
    }
    for (const rest of await names(prefixPath)) {
      const path = join(prefixPath, rest);
      if (rest.startsWith('.') && rest.endsWith('.tmp')) temporary.push(path);
      else found.push({ rel: `sha512/${prefix}/${rest}`, path, sha512: rest.length === 126 && HEX.test(rest) ? prefix + rest : null });
    }
  }
  return { found, temporary };
}

async function sha512Of(path: string): Promise<string> {
  const hash = createHash('sha512');
  // Not through a link: an entry is a regular file (checked before this) and stays one.
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What is wrong with one entry, or null; and its size. */
async function checkEntry(entry: Found): Promise<{ problem: CacheProblem['reason'] | null; size: number }> {
  if (entry.sha512 === null) return { problem: 'misplaced', size: 0 };
  let stats;
  try {
    stats = await fs.lstat(entry.path);
  } catch {
    return { problem: 'unreadable', size: 0 };
  }
  if (!stats.isFile()) return { problem: 'not-a-file', size: 0 };
  try {
    return { problem: (await sha512Of(entry.path)) === entry.sha512 ? null : 'hash-mismatch', size: stats.size };
  } catch {
    return { problem: 'unreadable', size: stats.size };
  }
}

async function remove(path: string): Promise<void> {
  try {
    await fs.rm(path, { recursive: true, force: true });
  } catch (error) {
    throw ioError('remove', path, error);
  }
}

/** A cache write abandoned by its process: `.<pid>-<thread>-<start>-<n>.tmp` of a process that is gone, or old. */
async function abandoned(path: string): Promise<boolean> {
  const pid = Number(/^\.(\d+)-/.exec(path.slice(dirname(path).length + 1))?.[1] ?? NaN);
  const stats = await fs.lstat(path).catch(() => null);
  if (!stats) return false;
  return !processAlive(pid) || Date.now() - stats.mtimeMs > ABANDONED_MS;
}

/**
 * Hashes every entry of the cache against its name and removes the entries
 * that differ, are not files, or are not where an entry can be (nothing
 * reads those). Installs may run meanwhile: the cache is marked as used, so
 * no clean runs under it.
 */
export async function verifyCache(dir: string): Promise<CacheVerifyResult> {
  const release = await useFolder(dir, t('install.folder.cache'));
  try {
    const { found, temporary } = await listCache(dir);
    const checked = await mapLimit(found, VERIFY_CONCURRENCY, async (entry) => ({ entry, ...(await checkEntry(entry)) }));
    const result: CacheVerifyResult = { dir, entries: 0, bytes: 0, removed: [], leftovers: 0 };
    for (const { entry, problem, size } of checked) {
      if (problem === null) {
        result.entries += 1;
        result.bytes += size;
        continue;
      }
      await remove(entry.path);
      result.removed.push({ path: entry.rel, reason: problem });
    }
    for (const path of temporary) {
      if (!(await abandoned(path))) continue;
      await remove(path);
      result.leftovers += 1;
    }
    result.removed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return result;
  } finally {
    release();
  }
}

/** Sizes of everything under `dir`, as entries (files) and bytes; links are not followed. */
async function measure(dir: string): Promise<{ entries: number; bytes: number }> {
  let entries = 0;
  let bytes = 0;
  async function walk(path: string): Promise<void> {
    let list;
    try {
      list = await fs.readdir(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of list) {
      const child = join(path, item.name);
      if (item.isDirectory()) await walk(child);
      else {
        entries += 1;
        bytes += (await fs.lstat(child).catch(() => ({ size: 0 }))).size;
      }
    }
  }
  await walk(dir);
  return { entries, bytes };
}

/**
 * Empties the cache, when no other gotong process uses it (else
 * GOTONG_E_IN_USE and nothing is removed). The folder is renamed aside first,
 * so that a killed clean leaves either the whole cache or none of it; a
 * folder left aside that way is removed by the next clean.
 */
export async function cleanCache(dir: string): Promise<CacheCleanResult> {
  // i18n-exempt: the command to run again is a command line, the same in every language.
  return withFolderAlone(dir, t('install.folder.cache'), 'gotong cache clean', async () => {
    const { entries, bytes } = await measure(dir);
    const parent = dirname(dir);
    const aside = join(parent, `.cache-removed-${uniqueName()}`);
    try {
      await fs.rename(dir, aside);
    } catch (error) {
      // i18n-exempt: an IoAction, which ioError puts into words.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError('move aside', dir, error);
    }
    // This clean's folder, and any an interrupted clean left.
    for (const name of await fs.readdir(parent).catch(() => [] as string[])) {
      if (name.startsWith('.cache-removed-')) await remove(join(parent, name));
    }
    return { dir, entries, bytes };
  });
}
