// Menyusun baris dasbor dari nilai indikator per kode wilayah.
// Builds dashboard rows from indicator values keyed by region code.
import { cariWilayah } from '@bandung/ref-kode-wilayah';
import { tabelData } from '@bandung/ui-kit';

export function barisIndikator(nilaiPerWilayah) {
  return Object.entries(nilaiPerWilayah).map(([kode, nilai]) => ({
    wilayah: cariWilayah(kode)?.nama ?? kode,
    nilai,
  }));
}

export function tabelIndikator(judul, nilaiPerWilayah) {
  return tabelData({
    kolom: [
      { kunci: 'wilayah', judul: 'Wilayah' },
      { kunci: 'nilai', judul },
    ],
    baris: barisIndikator(nilaiPerWilayah),
  });
}
