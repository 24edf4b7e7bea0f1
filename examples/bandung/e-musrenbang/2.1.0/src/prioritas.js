// Skor prioritas usulan untuk rapat musrenbang kecamatan (sejak 2.1.0), ditampilkan
// dengan tabelData() dari @bandung/ui-kit 1.2.
// Priority score of proposals for the district deliberation (since 2.1.0).
import { tabelData } from '@bandung/ui-kit';

const BOBOT = { infrastruktur: 3, pendidikan: 3, kesehatan: 3, ekonomi: 2, sosial: 2, lingkungan: 2 };

export function skorPrioritas(usulan) {
  const dukungan = Math.min(usulan.jumlahPendukung ?? 0, 100) / 10;
  return (BOBOT[usulan.bidang] ?? 1) * 10 + dukungan;
}

export function tabelPrioritas(daftarUsulan) {
  const baris = daftarUsulan
    .map((u) => ({ ...u, skor: skorPrioritas(u) }))
    .sort((a, b) => b.skor - a.skor);
  return tabelData({
    kolom: [
      { kunci: 'judul', judul: 'Usulan' },
      { kunci: 'bidang', judul: 'Bidang' },
      { kunci: 'skor', judul: 'Skor' },
    ],
    baris,
  });
}
