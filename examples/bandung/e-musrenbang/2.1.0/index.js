export { periksaUsulan, BIDANG } from './src/usulan.js';
export { skorPrioritas, tabelPrioritas } from './src/prioritas.js';
