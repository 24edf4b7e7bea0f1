// The tar format and its gzip wrapping: writing deterministic archives and
// reading hostile ones. Written by hand rather than through the `tar` package
// so that every byte we write is decided here (determinism) and every byte we
// read is looked at by code we control (no link following, no implicit
// directory creation, no platform-dependent path rewriting).
//
// Formats: POSIX.1-2001 pax interchange format (IEEE Std 1003.1, "pax"
// utility, "ustar Interchange Format" and "pax Header Block"), plus reading of
// GNU long names (typeflag 'L') so archives made by GNU tar are understood.
// Safety policy (which entries may be extracted) lives in extract.ts; this file
// only refuses what is not a well-formed archive.

import { Readable } from 'node:stream';
import { createGunzip, gunzipSync, gzip, constants as zlibConstants } from 'node:zlib';
import { promisify } from 'node:util';
import { GotongError, bug } from '../core/errors.js';
import { t } from '../i18n/translate.js';

export const BLOCK = 512;

/** Largest body we accept for a pax, global or GNU long-name header. */
export const MAX_META_BYTES = 1024 * 1024;

const gzipAsync = promisify(gzip);

export function archiveUnsafe(message: string, details?: Record<string, unknown>): GotongError {
  return new GotongError('GOTONG_E_ARCHIVE_UNSAFE', message, { hint: t('archive.unsafe.hint'), details });
}

export function archiveTooLarge(message: string, details?: Record<string, unknown>): GotongError {
  return new GotongError('GOTONG_E_ARCHIVE_TOO_LARGE', message, { hint: t('archive.tooLarge.hint'), details });
}

/**
 * A name made safe to show in one line of an error message: control, format
 * (e.g. right-to-left override) and separator characters escaped, length capped.
 */
export function displayName(name: string, max = 120): string {
  const escaped = name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\"]/gu, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === '"') return '\\"';
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
  const chars = Array.from(escaped);
  const shown = chars.length > max ? t('archive.nameCut', { start: chars.slice(0, max).join(''), count: chars.length }) : escaped;
  return `"${shown}"`;
}

// ---------------------------------------------------------------------------
// Writing

export interface TarFileToWrite {
  /** Relative posix path, already checked by the caller. */
  path: string;
  data: Buffer;
  /** 0o644 or 0o755. */
  mode: number;
}

/** The same fixed values in every header we write (pax: ustar Header Block). */
export interface TarWriteOptions {
  /** Seconds since the epoch written as every entry's mtime. */
  mtime: number;
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

function writeString(header: Buffer, offset: number, length: number, value: string | Buffer): void {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  if (bytes.length > length) bug(`tar field overflow at offset ${offset}`);
  bytes.copy(header, offset);
}

/** An octal number field: zero-padded digits followed by one NUL. */
function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  const digits = value.toString(8).padStart(length - 1, '0');
  if (digits.length > length - 1) bug(`tar number field overflow at offset ${offset}`);
  writeString(header, offset, length, `${digits}\0`);
}

function checksum(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum;
}

interface HeaderFields {
  name: string;
  prefix: string;
  mode: number;
  size: number;
  mtime: number;
  typeflag: string;
}

function encodeHeader(fields: HeaderFields): Buffer {
  const header = Buffer.alloc(BLOCK);
  writeString(header, 0, 100, fields.name);
  writeOctal(header, 100, 8, fields.mode);
  writeOctal(header, 108, 8, 0); // uid
  writeOctal(header, 116, 8, 0); // gid
  writeOctal(header, 124, 12, fields.size);
  writeOctal(header, 136, 12, fields.mtime);
  writeString(header, 156, 1, fields.typeflag);
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  // uname and gname (265, 297) stay empty: no owner names in published archives.
  writeOctal(header, 329, 8, 0); // devmajor
  writeOctal(header, 337, 8, 0); // devminor
  writeString(header, 345, 155, fields.prefix);
  const sum = checksum(header).toString(8).padStart(6, '0');
  writeString(header, 148, 8, `${sum}\0 `);
  return header;
}

/** One pax record: "<length> <key>=<value>\n", the length counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  const bodyLength = Buffer.byteLength(body, 'utf8');
  let length = bodyLength + String(bodyLength).length;
  while (bodyLength + String(length).length !== length) length = bodyLength + String(length).length;
  return Buffer.from(`${length}${body}`, 'utf8');
}

/**
 * Where a path goes in a ustar header: the name field alone, or split at a
 * slash into prefix and name. Null when neither fits or the path is not
 * plain ASCII (then a pax `path` record carries it).
 */
function ustarSplit(path: string): { name: string; prefix: string } | null {
  if (!ASCII_PRINTABLE.test(path)) return null;
  if (path.length <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    if (i > 155) break;
    const name = path.slice(i + 1);
    if (name.length > 0 && name.length <= 100) return { name, prefix: path.slice(0, i) };
  }
  return null;
}

/** The ASCII stand-in name written in the ustar field when pax carries the real path. */
function fallbackName(path: string): string {
  const ascii = path.replace(/[^\x20-\x7e]/g, '_');
  return ascii.length <= 100 ? ascii : ascii.slice(ascii.length - 100).replace(/^\/+/, '');
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/** The uncompressed tar stream as a list of buffers (file data is not copied). */
export function encodeTar(files: readonly TarFileToWrite[], options: TarWriteOptions): Buffer[] {
  const parts: Buffer[] = [];
  const zeros = Buffer.alloc(BLOCK);
  for (const file of files) {
    const split = ustarSplit(file.path);
    if (split === null) {
      const pax = paxRecord('path', file.path);
      const name = fallbackName(file.path);
      parts.push(
        encodeHeader({ name: `PaxHeader/${name}`.slice(0, 100), prefix: '', mode: 0o644, size: pax.length, mtime: options.mtime, typeflag: 'x' }),
        pax,
        zeros.subarray(0, padding(pax.length)),
      );
    }
    const { name, prefix } = split ?? { name: fallbackName(file.path), prefix: '' };
    parts.push(encodeHeader({ name, prefix, mode: file.mode, size: file.data.length, mtime: options.mtime, typeflag: '0' }));
    if (file.data.length > 0) parts.push(file.data, zeros.subarray(0, padding(file.data.length)));
  }
  parts.push(zeros, zeros); // end of archive: two zero blocks
  return parts;
}

/**
 * Gzip with fixed settings. Node's zlib writes a zero mtime and no file name;
 * the OS byte (RFC 1952 section 2.3.1) depends on the platform Node was built
 * for, so it is set to 255 ("unknown") to give the same bytes everywhere. The
 * deflate stream itself depends on the zlib build inside Node: the same
 * folder gives the same bytes for the same Node release line.
 */
export async function gzipDeterministic(tar: Buffer): Promise<Buffer> {
  const out = await gzipAsync(tar, { level: 9, memLevel: 9, strategy: zlibConstants.Z_DEFAULT_STRATEGY });
  out[9] = 0xff;
  return out;
}

// ---------------------------------------------------------------------------
// Reading

/** One archive member as seen after extended headers have been applied. */
export interface TarEntryHeader {
  /** Decoded UTF-8 path exactly as the archive gives it (pax path, GNU long name, or prefix/name). */
  path: string;
  /** The raw typeflag character ('0', '5', '2', ...; '\0' for old regular files). */
  typeflag: string;
  size: number;
  mode: number;
  linkpath: string;
  /** Index of the header block in the archive, for messages. */
  index: number;
}

export interface TarHandlers {
  /** Called as soon as a member's header is read, before its data; may throw to stop. */
  onEntry(header: TarEntryHeader): void;
  /** Pieces of the current member's data, in order; they are views of the input, not copies. */
  onData(data: Buffer): void;
  onEntryEnd(): void;
}

// ignoreBOM keeps a leading U+FEFF in the name instead of silently dropping it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Which text of a header a message names: a pax record's key or value, or an entry's name. */
type HeaderText = { what: 'paxKey' | 'entryName' | 'longName' } | { what: 'paxValue'; key: string };

function decodeUtf8(bytes: Buffer, field: HeaderText): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const escaped = Array.from(bytes.subarray(0, 120), (b) =>
      b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`,
    ).join('');
    throw archiveUnsafe(t('archive.tar.notUtf8', { ...field, text: `${escaped}${bytes.length > 120 ? '...' : ''}` }));
  }
}

function cString(bytes: Buffer): Buffer {
  const end = bytes.indexOf(0);
  return end === -1 ? bytes : bytes.subarray(0, end);
}

/** A numeric header field: octal text, or GNU base-256 when the top bit is set. */
function readNumber(field: Buffer, what: 'checksum' | 'size' | 'mode'): number {
  if (field[0] & 0x80) {
    if (field[0] !== 0x80) throw archiveUnsafe(t('archive.tar.negativeField', { field: what }));
    let value = 0;
    for (let i = 1; i < field.length; i++) {
      value = value * 256 + field[i];
      if (value > Number.MAX_SAFE_INTEGER) throw archiveTooLarge(t('archive.tar.hugeField', { field: what }));
    }
    return value;
  }
  const text = field.toString('latin1');
  const match = /^[ ]*([0-7]*)[ \0]*$/.exec(text);
  if (!match) throw archiveUnsafe(t('archive.tar.badField', { field: what }));
  return match[1] === '' ? 0 : parseInt(match[1], 8);
}

function verifyChecksum(block: Buffer): boolean {
  const stored = readNumber(block.subarray(148, 156), 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** pax Header Block records (pax "extended header" format). Duplicate keys are refused. */
export function parsePaxRecords(body: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let pos = 0;
  while (pos < body.length) {
    if (body[pos] === 0) {
      // Some writers pad the body with NULs; only NULs may follow.
      if (!isAllZero(body.subarray(pos))) throw archiveUnsafe(t('archive.tar.badPax'));
      break;
    }
    const space = body.indexOf(0x20, pos);
    const lengthText = space === -1 ? '' : body.toString('latin1', pos, space);
    if (!/^[1-9][0-9]{0,7}$/.test(lengthText)) throw archiveUnsafe(t('archive.tar.badPax'));
    const length = Number(lengthText);
    const end = pos + length;
    if (end > body.length || end <= space + 1 || body[end - 1] !== 0x0a) throw archiveUnsafe(t('archive.tar.badPax'));
    const record = body.subarray(space + 1, end - 1);
    const eq = record.indexOf(0x3d);
    if (eq <= 0) throw archiveUnsafe(t('archive.tar.badPax'));
    const key = decodeUtf8(record.subarray(0, eq), { what: 'paxKey' });
    const value = decodeUtf8(record.subarray(eq + 1), { what: 'paxValue', key });
    if (records.has(key)) throw archiveUnsafe(t('archive.tar.paxTwice', { key: displayName(key) }));
    records.set(key, value);
    pos = end;
  }
  return records;
}

function isAllZero(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0) return false;
  return true;
}

type ParserState = 'header' | 'body' | 'meta' | 'padding' | 'ended';

/**
 * A push parser: feed it chunks of the uncompressed stream in order. Reading
 * stops at the first zero block (end of archive); anything after it is never
 * looked at. Data is handed out as views of the chunks given, never copied.
 */
export class TarParser {
  private state: ParserState = 'header';
  private readonly headerBuf = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private remaining = 0;
  private pad = 0;
  private meta: { type: string; body: Buffer; fill: number } | null = null;
  private pendingPax: Map<string, string> | null = null;
  private pendingLongName: string | null = null;
  private blockIndex = 0;
  private sawMember = false;

  constructor(private readonly handlers: TarHandlers) {}

  get ended(): boolean {
    return this.state === 'ended';
  }

  write(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length && this.state !== 'ended') {
      switch (this.state) {
        case 'header': {
          let block: Buffer;
          if (this.headerFill === 0 && chunk.length - pos >= BLOCK) {
            block = chunk.subarray(pos, pos + BLOCK);
            pos += BLOCK;
          } else {
            const take = Math.min(BLOCK - this.headerFill, chunk.length - pos);
            chunk.copy(this.headerBuf, this.headerFill, pos, pos + take);
            this.headerFill += take;
            pos += take;
            if (this.headerFill < BLOCK) break;
            this.headerFill = 0;
            block = this.headerBuf;
          }
          this.readHeader(block);
          break;
        }
        case 'body': {
          const take = Math.min(this.remaining, chunk.length - pos);
          this.handlers.onData(chunk.subarray(pos, pos + take));
          pos += take;
          this.remaining -= take;
          if (this.remaining === 0) this.endBody();
          break;
        }
        case 'meta': {
          const meta = this.meta!;
          const take = Math.min(meta.body.length - meta.fill, chunk.length - pos);
          chunk.copy(meta.body, meta.fill, pos, pos + take);
          meta.fill += take;
          pos += take;
          if (meta.fill === meta.body.length) this.endMeta();
          break;
        }
        case 'padding': {
          const take = Math.min(this.pad, chunk.length - pos);
          pos += take;
          this.pad -= take;
          if (this.pad === 0) this.state = 'header';
          break;
        }
      }
    }
  }

  /** The input is over: refuses an archive cut short inside a member. */
  end(): void {
    if (this.state === 'ended') return;
    if (this.state !== 'header' || this.headerFill !== 0 || this.pendingPax || this.pendingLongName !== null) {
      throw archiveUnsafe(t('archive.tar.truncated'));
    }
    if (!this.sawMember) throw archiveUnsafe(t('archive.tar.emptyOrNotTar'));
    this.state = 'ended';
  }

  private readHeader(block: Buffer): void {
    const index = this.blockIndex++;
    if (isZeroBlock(block)) {
      if (this.pendingPax || this.pendingLongName !== null) throw archiveUnsafe(t('archive.tar.danglingHeader'));
      if (!this.sawMember) throw archiveUnsafe(t('archive.tar.empty'));
      this.state = 'ended';
      return;
    }
    if (!verifyChecksum(block)) throw archiveUnsafe(t('archive.tar.badChecksum', { index: index + 1 }));
    this.sawMember = true;
    const typeflag = String.fromCharCode(block[156]);
    const headerSize = readNumber(block.subarray(124, 136), 'size');

    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      if (headerSize > MAX_META_BYTES) throw archiveUnsafe(t('archive.tar.metaTooLarge', { index: index + 1, size: headerSize, max: MAX_META_BYTES }));
      if (typeflag === 'x' && this.pendingPax) throw archiveUnsafe(t('archive.tar.twoPax'));
      if (typeflag === 'L' && this.pendingLongName !== null) throw archiveUnsafe(t('archive.tar.twoLongNames'));
      this.meta = { type: typeflag, body: Buffer.alloc(headerSize), fill: 0 };
      this.pad = padding(headerSize);
      if (headerSize === 0) this.endMeta();
      else this.state = 'meta';
      return;
    }

    const pax = this.pendingPax;
    let path: string;
    if (pax?.has('path')) path = pax.get('path')!;
    else if (this.pendingLongName !== null) path = this.pendingLongName;
    else {
      const name = cString(block.subarray(0, 100));
      const ustar = block.toString('latin1', 257, 263) === 'ustar\0';
      const prefix = ustar ? cString(block.subarray(345, 500)) : Buffer.alloc(0);
      path = decodeUtf8(prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), name]) : name, { what: 'entryName' });
    }
    let size = headerSize;
    if (pax?.has('size')) {
      const text = pax.get('size')!;
      if (!/^[0-9]{1,16}$/.test(text) || Number(text) > Number.MAX_SAFE_INTEGER) throw archiveUnsafe(t('archive.tar.badPaxSize', { size: displayName(text) }));
      size = Number(text);
    }
    const linkpath = pax?.get('linkpath') ?? decodeLinkName(block);
    const mode = readNumber(block.subarray(100, 108), 'mode');
    this.pendingPax = null;
    this.pendingLongName = null;

    this.handlers.onEntry({ path, typeflag, size, mode, linkpath, index });
    this.remaining = size;
    this.pad = padding(size);
    if (size === 0) this.endBody();
    else this.state = 'body';
  }

  private endBody(): void {
    this.handlers.onEntryEnd();
    this.state = this.pad > 0 ? 'padding' : 'header';
  }

  private endMeta(): void {
    const meta = this.meta!;
    this.meta = null;
    if (meta.type === 'x') {
      const records = parsePaxRecords(meta.body);
      for (const key of records.keys()) {
        if (key.startsWith('GNU.sparse.')) throw archiveUnsafe(t('archive.tar.sparse'));
      }
      this.pendingPax = records;
    } else if (meta.type === 'g') {
      // Global headers would change how every later entry is read. Only the
      // comment `git archive` writes is accepted, and it changes nothing.
      for (const key of parsePaxRecords(meta.body).keys()) {
        if (key !== 'comment') throw archiveUnsafe(t('archive.tar.globalPax', { key: displayName(key) }));
      }
    } else if (meta.type === 'L') {
      this.pendingLongName = decodeUtf8(cString(meta.body), { what: 'longName' });
    } else {
      // 'K' (GNU long link name) only ever precedes a link.
      throw archiveUnsafe(t('archive.tar.longLinkName'));
    }
    this.state = this.pad > 0 ? 'padding' : 'header';
  }
}

function decodeLinkName(block: Buffer): string {
  const raw = cString(block.subarray(157, 257));
  return raw.length === 0 ? '' : raw.toString('latin1');
}

// ---------------------------------------------------------------------------
// Bounded gunzip

function mapGunzipError(error: unknown, maxBytes: number): GotongError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ERR_BUFFER_TOO_LARGE') return archiveTooLarge(t('archive.tar.bomb', { max: maxBytes }));
  if (error instanceof GotongError) return error;
  return archiveUnsafe(t('archive.tar.notGzip', { reason: (error as Error)?.message ?? String(error) }));
}

/**
 * Gunzips the whole input into one buffer, but never more than `maxBytes`:
 * zlib stops and fails once its output would pass the bound.
 */
export async function gunzipBounded(tgz: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    // On this thread: module archives are small, and handing each to the
    // thread pool and back cost more than the inflating (bench/). Archives
    // too large to hold are streamed (gunzipStream) instead.
    return gunzipSync(tgz, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    throw mapGunzipError(error, maxBytes);
  }
}

/**
 * Gunzips as a stream, yielding chunks and counting what comes out; fails as
 * soon as the count passes `maxBytes`. Breaking out of the loop stops zlib.
 */
export async function* gunzipStream(tgz: Buffer, maxBytes: number): AsyncGenerator<Buffer> {
  const input = Readable.from([tgz], { objectMode: false });
  const inflater = createGunzip({ chunkSize: 256 * 1024 });
  input.pipe(inflater);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw archiveTooLarge(t('archive.tar.bomb', { max: maxBytes }));
      yield chunk;
    }
  } catch (error) {
    throw mapGunzipError(error, maxBytes);
  } finally {
    input.unpipe(inflater);
    input.destroy();
    inflater.destroy();
  }
}

/** The ISIZE field of the last gzip member (RFC 1952 section 2.3.1): a hint only, the sender controls it. */
export function gzipSizeHint(tgz: Buffer): number {
  return tgz.length >= 18 ? tgz.readUInt32LE(tgz.length - 4) : 0;
}
