export { periksaUsulan, BIDANG } from './src/usulan.js';
