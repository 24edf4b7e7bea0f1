// Seeded randomness for the benchmark: the same seed gives the same registry,
// byte for byte. Each module draws from its own stream (seed, stream id), so a
// module is the same whatever else the registry holds.

/** mulberry32: a small, fast 32-bit generator; plenty for synthetic data. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream for (seed, id): ids are strings such as "module:17" or "content:17:1.1.0". */
export function stream(seed, id) {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return mulberry32(h >>> 0);
}

export function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

export function intBetween(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}

const WORDS = [
  'const', 'let', 'return', 'function', 'import', 'export', 'await', 'async', 'if', 'else', 'for', 'of', 'new', 'class',
  'data', 'laporan', 'wilayah', 'pegawai', 'anggaran', 'layanan', 'pengguna', 'status', 'tanggal', 'nomor', 'kode', 'nama',
  'request', 'response', 'query', 'params', 'result', 'error', 'value', 'items', 'length', 'index', 'render', 'props',
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/';

/**
 * Text that looks and compresses roughly like source code: lines of keywords
 * and identifiers with random literals mixed in (gzip takes it to about a
 * third to a half of its size).
 */
export function sourceLikeText(random, size) {
  const out = Buffer.allocUnsafe(size);
  let pos = 0;
  while (pos < size) {
    let line;
    if (random() < 0.45) {
      let literal = '';
      const n = 12 + Math.floor(random() * 40);
      for (let i = 0; i < n; i++) literal += ALPHABET[Math.floor(random() * 64)];
      line = `  ${pick(random, WORDS)} ${pick(random, WORDS)}_${Math.floor(random() * 1000)} = '${literal}';\n`;
    } else {
      const n = 3 + Math.floor(random() * 6);
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(pick(random, WORDS));
      line = `  ${parts.join(' ')};\n`;
    }
    pos += out.write(line, pos, 'latin1');
  }
  return out;
}
