// Tombol standar: tombol({ label: 'Simpan' }) memberi HTML sebuah <button>.
// Standard button: returns the HTML of a <button>.
import { loloskan } from './loloskan.js';

const VARIAN = new Set(['utama', 'kedua']);

export function tombol({ label, varian = 'utama', jenis = 'button' }) {
  if (!VARIAN.has(varian)) throw new Error(`varian tombol tidak dikenal: ${varian}`);
  return `<button type="${loloskan(jenis)}" class="bdg-tombol bdg-tombol--${varian}">${loloskan(label)}</button>`;
}
