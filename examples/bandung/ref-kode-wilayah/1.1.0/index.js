// Kode wilayah administrasi (Kemendagri) dari data/kode-wilayah.csv.
// Region codes of Indonesian provinces, regencies and cities.
import { readFileSync } from 'node:fs';

const teks = readFileSync(new URL('./data/kode-wilayah.csv', import.meta.url), 'utf8');

/** Semua wilayah: { kode, nama, tingkat, kodeInduk }. */
export const wilayah = teks
  .trim()
  .split('\n')
  .slice(1)
  .map((baris) => {
    const [kode, nama, tingkat, kodeInduk] = baris.split(',');
    return { kode, nama, tingkat, kodeInduk: kodeInduk || null };
  });

const menurutKode = new Map(wilayah.map((w) => [w.kode, w]));

/** Wilayah dengan kode itu (mis. "32.73"), atau null. */
export function cariWilayah(kode) {
  return menurutKode.get(kode) ?? null;
}

/** Wilayah langsung di bawah kode itu: cariBawahan("61") memberi kabupaten/kota di Kalimantan Barat. */
export function cariBawahan(kode) {
  return wilayah.filter((w) => w.kodeInduk === kode);
}
