export { barisIndikator, tabelIndikator } from './src/indikator.js';
