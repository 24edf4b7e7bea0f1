// Tabel data: tabelData({ kolom, baris }) memberi HTML sebuah <table>.
// Data table: columns are { kunci, judul }, rows are plain objects.
import { loloskan } from './loloskan.js';

export function tabelData({ kolom, baris }) {
  const kepala = kolom.map((k) => `<th scope="col">${loloskan(k.judul)}</th>`).join('');
  const isi = baris
    .map((b) => `<tr>${kolom.map((k) => `<td>${loloskan(b[k.kunci] ?? '')}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="bdg-tabel"><thead><tr>${kepala}</tr></thead><tbody>${isi}</tbody></table>`;
}
