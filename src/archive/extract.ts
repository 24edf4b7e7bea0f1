// Extracting a module tarball into a staging folder, treating the archive as
// hostile. Its bytes have already matched the signed hashes, but the key that
// signed them may be compromised, so nothing in the archive is trusted:
//
//   1. scan: gunzip with a bound, read every header, refuse the archive on the
//      first entry that is not a plain file or folder with a tame, relative,
//      non-colliding name, or when the declared sizes or entry count pass the
//      limits. Nothing is written during the scan.
//   2. write: create the folders, then the files with O_CREAT|O_EXCL ('wx',
//      which never follows a link and never overwrites), hashing each file's
//      content as it is written. Any failure removes what was written.
//
// Archives that unpack to at most MEMORY_BUDGET bytes are gunzipped once and
// written from memory; larger ones are streamed twice (scan, then write) so
// memory stays bounded whatever the archive holds.

import { createHash, hash, type Hash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { GotongError, bug, ioError, isGotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import {
  BLOCK,
  MAX_META_BYTES,
  TarParser,
  archiveTooLarge,
  archiveUnsafe,
  displayName,
  gunzipBounded,
  gunzipStream,
  gzipSizeHint,
  type TarEntryHeader,
  type TarHandlers,
} from './tar.js';

export interface ExtractLimits {
  /** Sum of the declared sizes of all files. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Path segments in one entry name. */
  maxDepth: number;
  /** Bytes of UTF-8 in one entry name. */
  maxPathLength: number;
  /** Bytes of UTF-8 in one segment of a name. */
  maxSegmentLength: number;
  /** Size of the .tgz itself; unchecked when absent. */
  maxCompressedBytes?: number;
}

export interface ExtractedFile {
  /** Relative posix path as written in the archive. */
  path: string;
  size: number;
  /** 'sha512-' + base64 of the content (an SRI string). */
  integrity: string;
  executable: boolean;
}

export interface ExtractResult {
  /** Sorted by the UTF-8 bytes of the path. */
  files: ExtractedFile[];
  /** Every folder made, parents before their children (empty folders included). */
  folders: string[];
  unpackedSize: number;
}

export interface ExtractOptions {
  /** Files are written without write permission (0444, or 0555 when executable): the module store's entries. */
  readOnly?: boolean;
}

export const DEFAULT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxEntries: 50_000,
  maxDepth: 32,
  maxPathLength: 1024,
  maxSegmentLength: 255,
});

/** Archives that unpack to more than this are streamed instead of held in memory. */
const MEMORY_BUDGET = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Names: which paths may be written, and which pairs are the same file

export type PathLimits = Pick<ExtractLimits, 'maxDepth' | 'maxPathLength' | 'maxSegmentLength'>;

/**
 * Why `path` (relative, '/'-separated, no trailing slash) may not be written,
 * as the end of a sentence that starts with the name; null when it is fine.
 * Colons are refused anywhere because Windows reads them as a drive or as an
 * alternate data stream.
 */
export function pathProblem(path: string, limits: PathLimits): string | null {
  if (path.length === 0) return t('archive.path.empty');
  if (/\p{Cc}/u.test(path)) return t('archive.path.control');
  if (/^[A-Za-z]:/.test(path)) return t('archive.path.drive');
  if (path.startsWith('/')) return t('archive.path.absolute');
  if (path.includes('\\')) return t('archive.path.backslash');
  if (path.includes(':')) return t('archive.path.colon');
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '') return t('archive.path.emptySegment');
    if (segment === '.') return t('archive.path.dot');
    if (segment === '..') return t('archive.path.dotDot');
    if (Buffer.byteLength(segment, 'utf8') > limits.maxSegmentLength) return t('archive.path.longSegment', { max: limits.maxSegmentLength });
    if (isGitFolderName(segment)) return t('archive.path.git', { segment: JSON.stringify(segment) });
  }
  if (Buffer.byteLength(path, 'utf8') > limits.maxPathLength) return t('archive.path.long', { max: limits.maxPathLength });
  if (segments.length > limits.maxDepth) return t('archive.path.deep', { max: limits.maxDepth });
  return null;
}

/**
 * The key under which two names count as the same file on some file system:
 * compatibility normalisation (NFC vs NFD, ligatures, width variants), default
 * ignorable characters dropped (HFS+ ignores some), full case folding
 * approximated by upper- then lower-casing (so "ß" becomes "ss"), and trailing
 * dots and spaces dropped (Windows drops them).
 */
export function foldSegment(segment: string): string {
  // Printable ASCII is its own NFKC form and holds no ignorable code points:
  // lower-casing is the whole fold (most names in a module are ASCII).
  if (PRINTABLE_ASCII.test(segment)) return segment.toLowerCase().replace(/[. ]+$/, '');
  return segment
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[. ]+$/, '');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Whether a file system may open `segment` as ".git": case, Unicode forms,
 * ignorable characters and trailing dots or spaces folded away
 * (foldSegment), and NTFS's short name "git~1". A module that ships such a
 * folder would have git (run by a shell prompt or an editor in the installed
 * module) read its config: core.fsmonitor, hooks, a pager or filters run
 * commands of the module's author before anyone ran the module.
 */
export function isGitFolderName(segment: string): boolean {
  const folded = foldSegment(segment);
  return folded === '.git' || folded === 'git~1';
}

type SeenKind = 'file' | 'directory' | 'parent';

/** The names of an archive so far, to find entries that would land on the same file. */
export class NameSet {
  private readonly seen = new Map<string, { path: string; kind: SeenKind }>();

  /** Records `path`; returns why it clashes with an earlier entry, or null. */
  add(path: string, kind: 'file' | 'directory'): string | null {
    const segments = path.split('/');
    let key = '';
    let spelled = '';
    for (let i = 0; i < segments.length; i++) {
      key = i === 0 ? foldSegment(segments[i]) : `${key}/${foldSegment(segments[i])}`;
      spelled = i === 0 ? segments[i] : `${spelled}/${segments[i]}`;
      const last = i === segments.length - 1;
      const before = this.seen.get(key);
      if (!before) {
        this.seen.set(key, { path: spelled, kind: last ? kind : 'parent' });
        continue;
      }
      if (before.path !== spelled) {
        const lookAlike = before.path.normalize('NFC') === spelled.normalize('NFC');
        return t(lookAlike ? 'archive.name.collidesForm' : 'archive.name.collides', { other: displayName(before.path) });
      }
      if (!last) {
        if (before.kind === 'file') return t('archive.name.insideFile', { other: displayName(before.path) });
        continue;
      }
      if (kind === 'directory' && before.kind === 'parent') {
        before.kind = 'directory';
        return null;
      }
      return before.kind === kind ? t('archive.name.twice') : t('archive.name.fileAndFolder');
    }
    return null;
  }
}

/** Orders strings by their UTF-8 bytes (which is code point order). */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------------------
// Scan: read and judge every header before anything is written

/** Entry types that are never extracted, by typeflag, as the message names them. */
const REFUSED_TYPES: Record<string, string> = {
  '1': 'hardLink',
  '2': 'symbolicLink',
  '3': 'characterDevice',
  '4': 'blockDevice',
  '6': 'fifo',
  '7': 'contiguous',
};

interface ScannedEntry {
  path: string;
  kind: 'file' | 'directory';
  size: number;
  executable: boolean;
  /** Views of the in-memory archive, when the scan kept them. */
  data: Buffer[] | null;
  hash: Hash | null;
  integrity: string;
}

interface ScanOptions {
  /** Keep views of file data (only when the whole archive is in memory). */
  keep: boolean;
  /** Compute each file's integrity during the scan. */
  hash: boolean;
  capture?: { path: string; maxBytes: number };
}

interface ScanResult {
  entries: ScannedEntry[];
  inMemory: boolean;
  captured: Buffer[] | null;
}

function resolveLimits(limits: Partial<ExtractLimits> | undefined): ExtractLimits {
  const merged: ExtractLimits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(limits ?? {})) {
    if (value !== undefined) (merged as unknown as Record<string, number>)[key] = value;
  }
  return merged;
}

/**
 * The most gunzipped bytes an archive within `limits` can need: the files,
 * plus per entry a header, an extended header with a long name and padding,
 * plus a few metadata headers. Reaching it means a bomb or a lie.
 */
function inflateBound(limits: ExtractLimits): number {
  const perEntry = 4 * BLOCK + Math.ceil((limits.maxPathLength + 64) / BLOCK) * BLOCK;
  return limits.maxUnpackedBytes + (limits.maxEntries + 1) * perEntry + 4 * MAX_META_BYTES;
}

/** Refusals named after the entry; the TarParser calls `onEntry` before reading its data. */
class Scanner implements TarHandlers {
  readonly entries: ScannedEntry[] = [];
  captured: Buffer[] | null = null;
  private readonly names = new NameSet();
  private declared = 0;
  private current: ScannedEntry | null = null;
  private capturing = false;

  constructor(
    private readonly limits: ExtractLimits,
    private readonly options: ScanOptions,
    private readonly keep: boolean,
  ) {}

  onEntry(header: TarEntryHeader): void {
    if (this.entries.length >= this.limits.maxEntries) {
      throw archiveTooLarge(t('archive.entry.tooMany', { max: this.limits.maxEntries }), { maxEntries: this.limits.maxEntries });
    }
    const shown = displayName(header.path);
    let kind: 'file' | 'directory';
    let path = header.path;
    if (header.typeflag === '0' || header.typeflag === '\0') {
      kind = 'file';
      if (path.endsWith('/')) throw archiveUnsafe(t('archive.entry.fileWithSlash', { entry: shown }));
    } else if (header.typeflag === '5') {
      kind = 'directory';
      if (path.endsWith('/')) path = path.slice(0, -1);
    } else {
      const kind = REFUSED_TYPES[header.typeflag] ?? 'other';
      const message = header.linkpath && (header.typeflag === '1' || header.typeflag === '2')
        ? t('archive.entry.refusedLink', { entry: shown, kind, target: displayName(header.linkpath) })
        : t('archive.entry.refusedType', { entry: shown, kind, type: displayName(header.typeflag) });
      throw archiveUnsafe(message, { entry: header.path });
    }
    const problem = pathProblem(path, this.limits);
    if (problem) throw archiveUnsafe(t('archive.entry.problem', { entry: shown, problem }), { entry: header.path });
    const clash = this.names.add(path, kind);
    if (clash) throw archiveUnsafe(t('archive.entry.problem', { entry: shown, problem: clash }), { entry: header.path });

    if (kind === 'directory') {
      if (header.size !== 0) throw archiveUnsafe(t('archive.entry.folderWithData', { entry: shown, size: header.size }), { entry: header.path });
      this.entries.push({ path, kind, size: 0, executable: false, data: null, hash: null, integrity: '' });
      return;
    }
    this.declared += header.size;
    if (this.declared > this.limits.maxUnpackedBytes) {
      throw archiveTooLarge(t('archive.entry.pastLimit', { entry: shown, size: header.size, max: this.limits.maxUnpackedBytes }), {
        entry: header.path,
        maxUnpackedBytes: this.limits.maxUnpackedBytes,
      });
    }
    const entry: ScannedEntry = {
      path,
      kind,
      size: header.size,
      executable: (header.mode & 0o111) !== 0,
      data: this.keep ? [] : null,
      hash: this.options.hash ? createHash('sha512') : null,
      integrity: '',
    };
    this.entries.push(entry);
    this.current = entry;
    const capture = this.options.capture;
    this.capturing = capture !== undefined && capture.path === path;
    if (this.capturing && header.size > capture!.maxBytes) {
      throw archiveTooLarge(t('archive.entry.tooLarge', { entry: shown, size: header.size, max: capture!.maxBytes }), { entry: path });
    }
    if (this.capturing) this.captured = [];
  }

  onData(data: Buffer): void {
    const entry = this.current;
    if (!entry) return;
    entry.hash?.update(data);
    entry.data?.push(data);
    if (this.capturing) this.captured!.push(data);
  }

  onEntryEnd(): void {
    const entry = this.current;
    if (entry?.hash) entry.integrity = `sha512-${entry.hash.digest('base64')}`;
    this.current = null;
    this.capturing = false;
  }
}

async function scan(tgz: Buffer, limits: ExtractLimits, options: ScanOptions): Promise<ScanResult> {
  if (limits.maxCompressedBytes !== undefined && tgz.length > limits.maxCompressedBytes) {
    throw archiveTooLarge(t('archive.tooLarge', { size: tgz.length, max: limits.maxCompressedBytes }));
  }
  const bound = inflateBound(limits);
  const budget = Math.min(bound, MEMORY_BUDGET);
  let whole: Buffer | null = null;
  // The size hint only decides whether trying in memory is worthwhile; the
  // bound given to zlib is what protects us.
  if (gzipSizeHint(tgz) <= budget) {
    try {
      whole = await gunzipBounded(tgz, budget);
    } catch (error) {
      if (!(isGotongError(error, 'GOTONG_E_ARCHIVE_TOO_LARGE') && budget < bound)) throw error;
    }
  }
  const scanner = new Scanner(limits, options, options.keep && whole !== null);
  const parser = new TarParser(scanner);
  if (whole) {
    parser.write(whole);
  } else {
    for await (const chunk of gunzipStream(tgz, bound)) {
      parser.write(chunk);
      if (parser.ended) break;
    }
  }
  parser.end();
  return { entries: scanner.entries, inMemory: whole !== null, captured: scanner.captured };
}

// ---------------------------------------------------------------------------
// Write

function fileMode(executable: boolean, readOnly: boolean): number {
  if (readOnly) return executable ? 0o555 : 0o444;
  return executable ? 0o755 : 0o644;
}

/** The folder must be new, or an existing empty real folder (not a link). */
function checkDestination(root: string): boolean {
  let stats;
  try {
    stats = lstatSync(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw ioError('inspect', root, error);
  }
  if (stats.isDirectory()) {
    let inside: string[];
    try {
      inside = readdirSync(root);
    } catch (error) {
      throw ioError('read', root, error);
    }
    if (inside.length === 0) return true;
  }
  throw new GotongError('GOTONG_E_IO', t('archive.stagingNotEmpty', { path: root }), {
    hint: t('archive.stagingNotEmpty.hint'),
  });
}

function target(root: string, path: string): string {
  const full = join(root, ...path.split('/'));
  if (!full.startsWith(root + sep)) bug(`extraction path ${path} left the staging folder`);
  return full;
}

function writeFailure(error: unknown, path: string, full: string): GotongError {
  if (error instanceof GotongError) return error;
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    return archiveUnsafe(t('archive.entry.collidesOnDisk', { entry: displayName(path) }), { entry: path });
  }
  return ioError('write', full, error);
}

// Folders and files of an archive held in memory are written with
// synchronous calls. Module files are small, and through the thread pool each
// costs three hand-offs (open, write, close) that take longer than the
// write itself: synchronous writing measured about three times faster
// (bench/, 8,800 files). Extractions running side by side still overlap
// their gunzip, which zlib does off the main thread.

function makeFolders(root: string, entries: readonly ScannedEntry[]): string[] {
  const folders = new Set<string>();
  for (const entry of entries) {
    const segments = entry.path.split('/');
    const depth = entry.kind === 'directory' ? segments.length : segments.length - 1;
    for (let i = 1; i <= depth; i++) folders.add(segments.slice(0, i).join('/'));
  }
  // Parents sort before their children, so each mkdir finds its parent made.
  const ordered = [...folders].sort((a, b) => a.split('/').length - b.split('/').length);
  for (const folder of ordered) {
    const full = target(root, folder);
    try {
      mkdirSync(full, { mode: 0o755 });
    } catch (error) {
      throw writeFailure(error, folder, full);
    }
  }
  return ordered;
}

function writeFromMemory(root: string, files: readonly ScannedEntry[], readOnly: boolean): void {
  for (const entry of files) {
    const pieces = entry.data ?? bug('in-memory write without data');
    const data = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
    // One-shot hashing: a Hash object per file cost a third more for 8,800 small files.
    entry.integrity = `sha512-${hash('sha512', data, 'base64')}`;
    const full = target(root, entry.path);
    try {
      // 'wx' is O_CREAT|O_EXCL: never follows a link, never overwrites.
      writeFileSync(full, data, { flag: 'wx', mode: fileMode(entry.executable, readOnly) });
    } catch (error) {
      throw writeFailure(error, entry.path, full);
    }
    entry.data = null;
  }
}

/**
 * Second pass for archives too large to hold: the same bytes give the same
 * entries, checked one by one. Files are written synchronously as their data
 * is gunzipped (see above), so memory holds one chunk at a time.
 */
async function writeFromStream(tgz: Buffer, root: string, limits: ExtractLimits, entries: readonly ScannedEntry[], readOnly: boolean): Promise<void> {
  interface Open {
    entry: ScannedEntry;
    full: string;
    hash: Hash;
    fd: number;
  }
  let index = 0;
  let current: Open | null = null;
  const handlers: TarHandlers = {
    onEntry(header) {
      const entry = entries[index++];
      const path = header.typeflag === '5' && header.path.endsWith('/') ? header.path.slice(0, -1) : header.path;
      if (!entry || entry.path !== path) bug('tarball entries changed between scan and write');
      if (entry.kind !== 'file') return;
      const full = target(root, entry.path);
      try {
        // 'wx' is O_CREAT|O_EXCL: never follows a link, never overwrites.
        current = { entry, full, hash: createHash('sha512'), fd: openSync(full, 'wx', fileMode(entry.executable, readOnly)) };
      } catch (error) {
        throw writeFailure(error, entry.path, full);
      }
    },
    onData(data) {
      const file = current;
      if (!file) return;
      file.hash.update(data);
      try {
        for (let done = 0; done < data.length; ) done += writeSync(file.fd, data, done, data.length - done);
      } catch (error) {
        throw writeFailure(error, file.entry.path, file.full);
      }
    },
    onEntryEnd() {
      const file = current;
      if (!file) return;
      current = null;
      file.entry.integrity = `sha512-${file.hash.digest('base64')}`;
      closeSync(file.fd);
    },
  };
  const parser = new TarParser(handlers);
  try {
    for await (const chunk of gunzipStream(tgz, inflateBound(limits))) {
      parser.write(chunk);
      if (parser.ended) break;
    }
    parser.end();
  } finally {
    const open = current as Open | null;
    if (open) closeSync(open.fd);
  }
  if (index !== entries.length) bug('tarball entries changed between scan and write');
}

async function removeWritten(root: string, existed: boolean): Promise<void> {
  if (!existed) {
    await rm(root, { recursive: true, force: true });
    return;
  }
  for (const name of await readdir(root)) await rm(join(root, name), { recursive: true, force: true });
}

function filesOf(entries: readonly ScannedEntry[]): ExtractedFile[] {
  return entries
    .filter((entry) => entry.kind === 'file')
    .map((entry) => ({ path: entry.path, size: entry.size, integrity: entry.integrity, executable: entry.executable }))
    .sort((a, b) => compareUtf8(a.path, b.path));
}

/**
 * Extracts `tgz` into `destDir`, which must not exist yet (or be an empty
 * folder). Every entry is judged before anything is written; on any refusal
 * or failure the folder is left as it was found.
 */
export async function extractTarball(tgz: Buffer, destDir: string, limits?: Partial<ExtractLimits>, options: ExtractOptions = {}): Promise<ExtractResult> {
  const readOnly = options.readOnly ?? false;
  const resolved = resolveLimits(limits);
  const root = resolve(destDir);
  const existed = checkDestination(root);
  const scanned = await scan(tgz, resolved, { keep: true, hash: false });

  try {
    if (!existed) {
      mkdirSync(dirname(root), { recursive: true });
      mkdirSync(root, { mode: 0o755 });
    }
  } catch (error) {
    throw ioError('create', root, error);
  }
  let folders: string[];
  try {
    folders = makeFolders(root, scanned.entries);
    const files = scanned.entries.filter((entry) => entry.kind === 'file');
    if (scanned.inMemory) writeFromMemory(root, files, readOnly);
    else await writeFromStream(tgz, root, resolved, scanned.entries, readOnly);
  } catch (error) {
    await removeWritten(root, existed).catch(() => undefined);
    throw error;
  }
  const files = filesOf(scanned.entries);
  return { files, folders, unpackedSize: files.reduce((sum, file) => sum + file.size, 0) };
}

/** Judges the archive exactly as extraction would and lists its files with their integrity; writes nothing. */
export async function listTarball(tgz: Buffer, limits?: Partial<ExtractLimits>): Promise<ExtractedFile[]> {
  const scanned = await scan(tgz, resolveLimits(limits), { keep: false, hash: true });
  return filesOf(scanned.entries);
}

/**
 * The content of the file at `path` (exact, relative), or null when the
 * archive has no such file. The whole archive is judged as extraction would,
 * so a file can only be read from an archive that would install.
 */
export async function readFileFromTarball(tgz: Buffer, path: string, maxBytes: number): Promise<Buffer | null> {
  const scanned = await scan(tgz, resolveLimits(undefined), { keep: false, hash: false, capture: { path, maxBytes } });
  // A copy, so the result does not keep the whole unpacked archive alive.
  return scanned.captured === null ? null : Buffer.concat(scanned.captured);
}
