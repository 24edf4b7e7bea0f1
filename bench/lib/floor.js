// The floor: what installing the same tarballs costs with nothing but Node.
// Each tarball is read, hashed (sha512) and gunzipped, and its entries are
// written out by a minimal tar reader, one tarball after another, with
// synchronous calls (the cheapest way to do it in one thread). No checks, no
// metadata, no lockfile: gotong cannot do less work than this.
//
//   node bench/lib/floor.js LIST.json OUT_DIR
//
// LIST.json is an array of tarball paths. Prints {"ms": ..., "tarballs": ...}.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

function field(block, start, length) {
  const end = block.indexOf(0, start);
  return block.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

function extract(tar, dest, made) {
  let pos = 0;
  while (pos + 512 <= tar.length) {
    const header = tar.subarray(pos, pos + 512);
    if (header[0] === 0) break;
    const name = field(header, 0, 100);
    const prefix = field(header, 345, 155);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const mode = parseInt(field(header, 100, 8).trim() || '644', 8);
    pos += 512;
    const path = join(dest, prefix ? `${prefix}/${name}` : name);
    if (type === '5') {
      mkdirSync(path, { recursive: true });
      made.add(path);
    } else if (type === '0') {
      const dir = path.slice(0, path.lastIndexOf('/'));
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(path, tar.subarray(pos, pos + size), { mode: mode & 0o777 });
    }
    pos += Math.ceil(size / 512) * 512;
  }
}

const [list, out] = process.argv.slice(2);
const tarballs = JSON.parse(readFileSync(list, 'utf8'));
const started = performance.now();
const made = new Set();
let digest = 0;
tarballs.forEach((file, i) => {
  const bytes = readFileSync(file);
  digest ^= createHash('sha512').update(bytes).digest()[0];
  extract(gunzipSync(bytes), join(out, String(i)), made);
});
const ms = performance.now() - started;
writeFileSync(1, `${JSON.stringify({ ms, tarballs: tarballs.length, digest })}\n`);
