export { periksaKlaim } from './src/periksa-klaim.js';
