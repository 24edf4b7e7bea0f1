export { tombol } from './komponen/tombol.js';
export { loloskan } from './komponen/loloskan.js';
export { tabelData } from './komponen/tabel-data.js';
