// The module store: a module version installed more than once on a machine
// is extracted once, by the sha512 of its tarball, and hard-linked into every
// workspace that installs it (docs/DECISIONS.md, "The module store"). The
// first install of a version extracts it straight into its workspace
// (install/place.ts). An entry is made only from a tarball whose bytes
// matched the signed metadata, by the hostile-archive extractor, and never
// changes afterwards:
//
//   store/v1/<hex[0..2]>/<hex[2..]>/files.json   files, sizes, integrity, folders
//   store/v1/<hex[0..2]>/<hex[2..]>/tree/...     the files, read-only
//
// A hard link is the same file, so the files are written read-only; and
// before an entry is linked into a workspace, each of its files is hashed
// again against files.json (linkFromStore, on the extraction pool's threads):
// an entry whose bytes changed, whatever its files' times and sizes say, is
// thrown away and extracted again from the verified tarball.
import { createHash, hash } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { extractTarball, type ExtractedFile, type ExtractResult } from '../archive/extract.js';
import { bug, ioError } from '../core/errors.js';
import { processAlive } from '../core/fsx.js';
import { uniqueName } from '../core/unique-name.js';

const LAYOUT = 'v1';
const FILES = 'files.json';
const TREE = 'tree';

export interface StoreEntry {
  /** The folder holding the module's files. */
  tree: string;
  files: ExtractedFile[];
  folders: string[];
}

function sha512Hex(integrity: string): string | null {
  if (!integrity.startsWith('sha512-')) return null;
  const hex = Buffer.from(integrity.slice('sha512-'.length), 'base64').toString('hex');
  return hex.length === 128 ? hex : null;
}

/** An empty, "." or ".." segment anywhere in a '/'-separated path, or a NUL. */
const UNSAFE_RELATIVE = /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)|\0/;

/**
 * `rel` (a posix path from files.json) under `base`, an absolute normalised
 * path; null for anything that could leave it. Joined by hand and checked
 * with one expression: path.join's normalising, or splitting every path into
 * segments, cost more than the link itself (and its garbage, collection time).
 */
function inside(base: string, rel: string): string | null {
  return UNSAFE_RELATIVE.test(rel) ? null : `${base}${sep}${rel}`;
}

/** Files up to this size are hashed in one call from one reused buffer; larger ones in pieces of it. */
const HASH_BUFFER_BYTES = 1024 * 1024;
let hashBuffer: Buffer | null = null;
const EMPTY_INTEGRITY = `sha512-${hash('sha512', '', 'base64')}`;

/**
 * Whether the file at `path` is still the one files.json records: a regular
 * file (a link is not followed) of the recorded size and sha512. One-shot
 * hashing from a reused buffer: most module files are a few kilobytes, and a
 * Hash object or a new buffer per file cost more than reading it.
 */
function unchanged(path: string, file: ExtractedFile): boolean {
  let fd: number;
  try {
    // Not through a link; a FIFO put in a file's place must not block the open (its read fails: no position).
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    // An empty file reads the same as /dev/null put in its place: only its type tells them apart.
    if (file.size === 0) {
      const stats = fstatSync(fd);
      return stats.isFile() && stats.size === 0 && file.integrity === EMPTY_INTEGRITY;
    }
    const buffer = (hashBuffer ??= Buffer.allocUnsafe(HASH_BUFFER_BYTES));
    if (file.size < buffer.length) {
      // One read of one byte more than recorded: a file that grew gives more, one that shrank
      // less (a short read of a local file is its end; were it not, the entry is only made again).
      const read = readSync(fd, buffer, 0, file.size + 1, 0);
      return read === file.size && `sha512-${hash('sha512', buffer.subarray(0, read), 'base64')}` === file.integrity;
    }
    // In pieces, up to one byte more than recorded (a device in the file's place never ends).
    const sha512 = createHash('sha512');
    let position = 0;
    for (let n; position <= file.size && (n = readSync(fd, buffer, 0, Math.min(buffer.length, file.size + 1 - position), position)) > 0; position += n) {
      sha512.update(buffer.subarray(0, n));
    }
    return position === file.size && `sha512-${sha512.digest('base64')}` === file.integrity;
  } catch {
    // A folder or a device in a file's place, or a read that failed.
    return false;
  } finally {
    closeSync(fd);
  }
}

export class ModuleStore {
  /** Set after the first link across file systems: the rest are copied. */
  private copyInstead = false;

  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private entryDir(integrity: string): string | null {
    const hex = sha512Hex(integrity);
    return hex && join(this.root, LAYOUT, hex.slice(0, 2), hex.slice(2));
  }

  /** Whether the store has a sealed entry for a tarball's integrity (its files are not looked at). */
  has(integrity: string): boolean {
    const dir = this.entryDir(integrity);
    return dir !== null && existsSync(join(dir, FILES));
  }

  /** The entry for a tarball's integrity, or null when there is none (or it cannot be read). */
  open(integrity: string): StoreEntry | null {
    const dir = this.entryDir(integrity);
    if (!dir) return null;
    let fd: number;
    try {
      fd = openSync(join(dir, FILES), 'r');
    } catch {
      return null;
    }
    try {
      const parsed = JSON.parse(readFileSync(fd, 'utf8')) as { files?: unknown; folders?: unknown };
      if (!Array.isArray(parsed.files) || !Array.isArray(parsed.folders)) return null;
      return { tree: join(dir, TREE), files: parsed.files as ExtractedFile[], folders: parsed.folders as string[] };
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  /** A new folder inside the store to make an entry in; extract into `<it>/tree`. */
  newEntryFolder(): string {
    if (!this.swept) this.sweepAbandoned();
    const dir = join(this.root, 'tmp', uniqueName());
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  private swept = false;

  /**
   * Removes what killed processes left in store/tmp: folders named after a
   * process that no longer runs, or older than a day (a reused process id).
   * Done once per process, before its first new entry, and by store prune.
   */
  sweepAbandoned(): void {
    this.swept = true;
    const tmp = join(this.root, 'tmp');
    let names: string[];
    try {
      names = readdirSync(tmp);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = Number(/^(?:discarded-)?(\d+)-/.exec(name)?.[1] ?? NaN);
      const path = join(tmp, name);
      let old = false;
      try {
        old = Date.now() - lstatSync(path).mtimeMs > 24 * 3600 * 1000;
      } catch {
        continue;
      }
      if (pid === process.pid || (!old && processAlive(pid))) continue;
      rmSync(path, { recursive: true, force: true });
    }
  }

  treeOf(entryFolder: string): string {
    return join(entryFolder, TREE);
  }

  /**
   * Makes an extracted folder the entry for `integrity`. Another install may
   * have sealed the same entry first: then that one is used (`made` false).
   */
  seal(integrity: string, entryFolder: string, result: ExtractResult): { entry: StoreEntry; made: boolean } {
    const dir = this.entryDir(integrity) ?? bug(`no sha512 in ${integrity}`);
    let made = true;
    try {
      writeFileSync(join(entryFolder, FILES), JSON.stringify({ files: result.files, folders: result.folders }), { mode: 0o444, flag: 'wx' });
      mkdirSync(dirname(dir), { recursive: true });
      renameSync(entryFolder, dir);
    } catch (error) {
      rmSync(entryFolder, { recursive: true, force: true });
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw ioError('write', dir, error);
      made = false;
    }
    return { entry: this.open(integrity) ?? bug(`store entry ${dir} unreadable right after sealing`), made };
  }

  /** Removes an entry; it is first moved aside, so nobody sees half of it. */
  discard(integrity: string): void {
    const dir = this.entryDir(integrity);
    if (!dir) return;
    const aside = join(this.root, 'tmp', `discarded-${uniqueName()}`);
    try {
      mkdirSync(dirname(aside), { recursive: true });
      renameSync(dir, aside);
    } catch {
      return;
    }
    rmSync(aside, { recursive: true, force: true });
  }

  /**
   * Links the entry's files into `dest`, a new folder. With `check`, each
   * file is first hashed against files.json; returns false, having linked
   * part of it, when a store file is missing or its bytes changed: the
   * caller removes `dest` and the entry, and extracts. Without `check` (an
   * entry this install made, or checked a moment ago) files are linked as
   * they are.
   */
  linkInto(entry: StoreEntry, destination: string, options: { check: boolean }): boolean {
    const dest = resolve(destination);
    try {
      mkdirSync(dest, { recursive: true });
    } catch (error) {
      throw ioError('create', dest, error);
    }
    for (const folder of entry.folders) {
      const to = inside(dest, folder);
      if (!to) return false;
      try {
        mkdirSync(to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError('create', to, error);
      }
    }
    for (const file of entry.files) {
      const from = inside(entry.tree, file.path);
      const to = inside(dest, file.path);
      if (!from || !to) return false;
      if (options.check && !unchanged(from, file)) return false;
      this.place(from, to);
    }
    return true;
  }

  private place(from: string, to: string): void {
    if (!this.copyInstead) {
      try {
        linkSync(from, to);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Another file system (EXDEV), too many links to one file (EMLINK), or links not allowed (EPERM): copy.
        if (code !== 'EXDEV' && code !== 'EMLINK' && code !== 'EPERM') throw ioError('write', to, error);
        if (code === 'EXDEV') this.copyInstead = true;
      }
    }
    try {
      copyFileSync(from, to, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL);
    } catch (error) {
      throw ioError('write', to, error);
    }
  }
}

/** Where extractIntoStore puts a module: a new entry folder of the store, then linked into `linkTo`. */
export interface StorePlacement {
  storeRoot: string;
  integrity: string;
  entryFolder: string;
  linkTo: string;
}

/**
 * Extracts a verified tarball into a new store entry, seals it and links it
 * into the workspace's staging folder: the whole placement of a module not
 * yet in the store, run by the extraction pool on whichever thread is free.
 */
export async function extractIntoStore(tgz: Buffer, placement: StorePlacement): Promise<ExtractResult> {
  const store = new ModuleStore(placement.storeRoot);
  let result: ExtractResult;
  try {
    result = await extractTarball(tgz, store.treeOf(placement.entryFolder), undefined, { readOnly: true });
  } catch (error) {
    rmSync(placement.entryFolder, { recursive: true, force: true });
    throw error;
  }
  const { entry, made } = store.seal(placement.integrity, placement.entryFolder, result);
  // An entry another install sealed first is checked like any other: its files may have been linked and edited since.
  if (!store.linkInto(entry, placement.linkTo, { check: !made })) {
    if (made) bug(`store entry ${entry.tree} changed while it was being linked`);
    rmSync(placement.linkTo, { recursive: true, force: true });
    store.discard(placement.integrity);
    return extractTarball(tgz, placement.linkTo, undefined, { readOnly: true });
  }
  return { files: entry.files, folders: entry.folders, unpackedSize: result.unpackedSize };
}

/** Where linkFromStore links a module from: the store's entry for the tarball's integrity. */
export interface StoreLink {
  storeRoot: string;
  integrity: string;
  linkTo: string;
  /** Hash each file against files.json first (the first link of an entry in an install). */
  check: boolean;
}

/** One store per root and thread, so that a link across file systems is tried once. */
const stores = new Map<string, ModuleStore>();

/**
 * Links a module from its store entry into the workspace's staging folder:
 * the placement of a module the store holds, run by the extraction pool on
 * whichever thread is free. Null when there is no entry, or when an entry's
 * file changed (then the entry is thrown away and nothing is left at
 * `linkTo`): the caller places the module from its verified tarball.
 */
export function linkFromStore(link: StoreLink): ExtractResult | null {
  let store = stores.get(link.storeRoot);
  if (!store) stores.set(link.storeRoot, (store = new ModuleStore(link.storeRoot)));
  const entry = store.open(link.integrity);
  if (entry && store.linkInto(entry, link.linkTo, { check: link.check })) {
    let unpackedSize = 0;
    for (const file of entry.files) unpackedSize += file.size;
    return { files: entry.files, folders: entry.folders, unpackedSize };
  }
  rmSync(link.linkTo, { recursive: true, force: true });
  if (entry) store.discard(link.integrity);
  return null;
}
