export { periksaKlaim } from './src/periksa-klaim.js';
export { bacaPengaturan } from './src/pengaturan.js';
