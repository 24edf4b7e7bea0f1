// Builds hostile tarballs in code, byte by byte, so the security tests need no
// binary fixtures and can say exactly what each archive holds: any name (as a
// string or raw bytes), any typeflag, link target, declared size (which may
// lie about the data that follows), pax records, and a good or broken
// checksum. Deliberately independent of src/archive/tar.ts, so a bug in the
// writer there cannot hide the same bug in the reader.
import { gzipSync } from 'node:zlib';
const BLOCK = 512;
export const TYPE = {
    file: '0',
    hardlink: '1',
    symlink: '2',
    charDevice: '3',
    blockDevice: '4',
    directory: '5',
    fifo: '6',
    contiguous: '7',
    pax: 'x',
    globalPax: 'g',
    gnuLongName: 'L',
};
function octal(value, width) {
    const field = Buffer.alloc(width);
    if (value >= 8 ** (width - 1)) {
        // GNU base-256: first byte 0x80, then the number big-endian.
        field[0] = 0x80;
        let rest = BigInt(value);
        for (let i = width - 1; i > 0; i--) {
            field[i] = Number(rest & 0xffn);
            rest >>= 8n;
        }
        return field;
    }
    field.write(value.toString(8).padStart(width - 1, '0'), 'latin1');
    return field;
}
/** One raw 512-byte header. */
export function rawHeader(entry) {
    const header = Buffer.alloc(BLOCK);
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    name.copy(header, 0, 0, Math.min(100, name.length));
    const data = entry.data === undefined ? Buffer.alloc(0) : Buffer.from(entry.data);
    octal(entry.mode ?? 0o644, 8).copy(header, 100);
    octal(0, 8).copy(header, 108);
    octal(0, 8).copy(header, 116);
    octal(entry.size ?? data.length, 12).copy(header, 124);
    octal(0, 12).copy(header, 136);
    header.write(entry.type ?? '0', 156, 'latin1');
    if (entry.linkname)
        Buffer.from(entry.linkname, 'utf8').copy(header, 157, 0, 100);
    header.write('ustar\0', 257, 'latin1');
    header.write('00', 263, 'latin1');
    if (entry.prefix)
        Buffer.from(entry.prefix, 'utf8').copy(header, 345, 0, 155);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    if (entry.badChecksum)
        sum += 1;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    return header;
}
function padded(data) {
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    return pad === 0 ? [data] : [data, Buffer.alloc(pad)];
}
/** pax records ("<len> key=value\n"), the length counting itself. */
export function paxBody(records) {
    const parts = Object.entries(records).map(([key, value]) => {
        const body = Buffer.from(` ${key}=${value}\n`, 'utf8');
        let length = body.length + 1;
        while (String(length).length + body.length !== length)
            length = String(length).length + body.length;
        return Buffer.concat([Buffer.from(String(length)), body]);
    });
    return Buffer.concat(parts);
}
/** The uncompressed tar stream. `end: false` leaves off the two zero blocks. */
export function rawTar(entries, options = {}) {
    const parts = [];
    for (const entry of entries) {
        if (entry.pax) {
            const body = paxBody(entry.pax);
            parts.push(rawHeader({ name: 'PaxHeader', type: TYPE.pax, data: body }), ...padded(body));
        }
        parts.push(rawHeader(entry));
        if (entry.data !== undefined)
            parts.push(...padded(Buffer.from(entry.data)));
    }
    if (options.end !== false)
        parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/** A gzipped hostile tarball. */
export function hostileTgz(entries, options = {}) {
    return gzipSync(rawTar(entries, options));
}
/**
 * A decompression bomb: one entry declaring `declaredSize` bytes followed by
 * `zeroBytes` of zeros, then the end-of-archive blocks. The zeros are one
 * gzip member of 1 MiB repeated (a gzip file may hold many members), so a
 * multi-gigabyte bomb costs a few megabytes and a few milliseconds to build.
 */
export function bombTgz(options) {
    const mib = 1024 * 1024;
    if (options.zeroBytes % mib !== 0)
        throw new Error('zeroBytes must be a whole number of MiB');
    const head = gzipSync(rawHeader({ name: options.name ?? 'bomb.bin', size: options.declaredSize }));
    const member = gzipSync(Buffer.alloc(mib), { level: 9 });
    const members = new Array(options.zeroBytes / mib).fill(member);
    return Buffer.concat([head, ...members, gzipSync(Buffer.alloc(BLOCK * 2))]);
}
//# sourceMappingURL=hostile-tar.js.map