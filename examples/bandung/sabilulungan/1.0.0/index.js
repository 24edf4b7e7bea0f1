export { TAHAPAN, tahapBerikutnya } from './src/tahapan.js';
