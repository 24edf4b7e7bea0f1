// Aturan sebuah usulan musrenbang sebelum disimpan.
// Rules a development-planning proposal must meet before it is saved.
import { cariWilayah } from '@bandung/ref-kode-wilayah';

export const BIDANG = ['infrastruktur', 'pendidikan', 'kesehatan', 'ekonomi', 'sosial', 'lingkungan'];

export function periksaUsulan(usulan) {
  const masalah = [];
  if (!cariWilayah(usulan.kodeWilayah)) masalah.push(`kode wilayah tidak dikenal: ${usulan.kodeWilayah}`);
  if (!BIDANG.includes(usulan.bidang)) masalah.push(`bidang tidak dikenal: ${usulan.bidang}`);
  if (!usulan.judul || usulan.judul.length > 200) masalah.push('judul wajib diisi, paling banyak 200 huruf');
  if (!Number.isInteger(usulan.anggaran) || usulan.anggaran <= 0) masalah.push('anggaran harus bilangan bulat positif (rupiah)');
  return masalah;
}
