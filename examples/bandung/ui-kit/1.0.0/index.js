export { tombol } from './komponen/tombol.js';
export { loloskan } from './komponen/loloskan.js';
