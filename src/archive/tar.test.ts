import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawTar } from '../../test/helpers/hostile-tar.js';
import { TarParser, displayName, encodeTar, gunzipBounded, gunzipStream, gzipDeterministic, parsePaxRecords, type TarEntryHeader } from './tar.js';

interface Parsed {
  header: TarEntryHeader;
  data: Buffer;
}

/** Parses `tar` fed in chunks of the given sizes (cycled). */
function parse(tar: Buffer, chunkSizes: number[] = [tar.length]): Parsed[] {
  const out: Parsed[] = [];
  let pieces: Buffer[] = [];
  const parser = new TarParser({
    onEntry(header) {
      pieces = [];
      out.push({ header, data: Buffer.alloc(0) });
    },
    onData(data) {
      pieces.push(Buffer.from(data));
    },
    onEntryEnd() {
      out[out.length - 1].data = Buffer.concat(pieces);
    },
  });
  let pos = 0;
  for (let i = 0; pos < tar.length && !parser.ended; i++) {
    const size = chunkSizes[i % chunkSizes.length];
    parser.write(tar.subarray(pos, pos + size));
    pos += size;
  }
  parser.end();
  return out;
}

const FILES = [
  { path: 'gotong.json', data: Buffer.from('{}'), mode: 0o644 },
  { path: `${'p'.repeat(150)}/${'n'.repeat(99)}`, data: Buffer.alloc(513, 1), mode: 0o755 },
  { path: `${'q'.repeat(300)}.txt`, data: Buffer.alloc(0), mode: 0o644 },
  { path: 'dokumen/\u00e9t\u00e9 \u{1f3db}.md', data: Buffer.alloc(1024, 2), mode: 0o644 },
];

describe('encodeTar and TarParser', () => {
  it('round-trips names, modes and data, whatever the chunking', () => {
    const tar = Buffer.concat(encodeTar(FILES, { mtime: 946684800 }));
    for (const chunks of [[tar.length], [1], [7, 511, 512, 513], [100_000]]) {
      const parsed = parse(tar, chunks);
      expect(parsed.map((p) => p.header.path)).toEqual(FILES.map((f) => f.path));
      expect(parsed.map((p) => p.header.mode)).toEqual(FILES.map((f) => f.mode));
      parsed.forEach((p, i) => expect(p.data.equals(FILES[i].data)).toBe(true));
    }
  });

  it('writes pax records whose length prefix counts itself, across digit boundaries', () => {
    for (let length = 80; length < 1100; length += 1) {
      const path = `${'a'.repeat(length - 4)}.txt`;
      const tar = Buffer.concat(encodeTar([{ path, data: Buffer.alloc(0), mode: 0o644 }], { mtime: 0 }));
      expect(parse(tar)[0].header.path).toBe(path);
    }
  });

  it('reads GNU base-256 sizes', () => {
    // Declared only: the data is absent, so the archive ends up truncated.
    const tar = rawTar([{ name: 'big', size: 8 ** 11 + 5 }], { end: false });
    const headers: TarEntryHeader[] = [];
    const parser = new TarParser({ onEntry: (h) => headers.push(h), onData() {}, onEntryEnd() {} });
    parser.write(tar);
    expect(headers[0].size).toBe(8 ** 11 + 5);
    expect(() => parser.end()).toThrow(/truncated/);
  });

  it('stops at the end-of-archive marker and ignores what follows', () => {
    const tar = Buffer.concat([rawTar([{ name: 'a', data: 'x' }]), Buffer.from('trailing junk that is not a header')]);
    expect(parse(tar).map((p) => p.header.path)).toEqual(['a']);
  });

  it('refuses malformed pax records and duplicate keys', () => {
    expect(parsePaxRecords(Buffer.from('11 path=ab\n'))).toEqual(new Map([['path', 'ab']]));
    expect(() => parsePaxRecords(Buffer.from('12 path=ab\n'))).toThrow(/malformed/);
    expect(() => parsePaxRecords(Buffer.from('11 path=ab\n11 path=cd\n'))).toThrow(/twice/);
    expect(() => parsePaxRecords(Buffer.from('x path=ab\n'))).toThrow(/malformed/);
  });
});

describe('gzip', () => {
  it('writes the same bytes each time, with no timestamp and OS byte 255', async () => {
    const tar = Buffer.concat(encodeTar(FILES, { mtime: 0 }));
    const a = await gzipDeterministic(tar);
    const b = await gzipDeterministic(tar);
    expect(a.equals(b)).toBe(true);
    expect(a.readUInt32LE(4)).toBe(0);
    expect(a[9]).toBe(0xff);
  });

  it('never gunzips more than the bound, in one piece or streamed', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    await expect(gunzipBounded(bomb, 1024 * 1024)).rejects.toMatchObject({ code: 'GOTONG_E_ARCHIVE_TOO_LARGE' });
    expect((await gunzipBounded(bomb, 8 * 1024 * 1024)).length).toBe(8 * 1024 * 1024);
    let seen = 0;
    const consume = async () => {
      for await (const chunk of gunzipStream(bomb, 1024 * 1024)) seen += chunk.length;
    };
    await expect(consume()).rejects.toMatchObject({ code: 'GOTONG_E_ARCHIVE_TOO_LARGE' });
    expect(seen).toBeLessThanOrEqual(1024 * 1024);
  });

  it('refuses data that is not gzip', async () => {
    await expect(gunzipBounded(Buffer.from('plain text'), 1000)).rejects.toMatchObject({ code: 'GOTONG_E_ARCHIVE_UNSAFE' });
  });
});

describe('displayName', () => {
  it('escapes control and format characters and caps the length', () => {
    expect(displayName('a\nb')).toBe('"a\\u{a}b"');
    expect(displayName('\u202Etxt.exe')).toBe('"\\u{202e}txt.exe"');
    expect(displayName('q"\\')).toBe('"q\\"\\\\"');
    expect(displayName('x'.repeat(500))).toMatch(/^"x{120}\.\.\.\(500 characters\)"$/);
  });
});
