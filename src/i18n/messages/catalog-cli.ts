// What `gotong catalog build` and `gotong serve` tell the person running them
// (the pages' own texts are the catalog's bilingual STRINGS, src/catalog/i18n.ts).
import type { MessageCatalog } from './catalog.js';

export const catalogCliMessages = {
  'catalog.outNotCatalog': {
    en: '{dir} exists and is not a catalog built by gotong',
    id: '{dir} sudah ada dan bukan katalog yang dibangun oleh gotong',
  },
  'catalog.outNotCatalog.hint': {
    en: 'Pass --out with a new or empty folder, or the folder of an earlier catalog build.',
    id: 'Berikan --out berupa folder baru atau kosong, atau folder hasil catalog build sebelumnya.',
  },
  'catalog.moduleSkipped': {
    en: 'catalog: left out {name} in namespace {namespace}: {reason}',
    id: 'katalog: {name} di namespace {namespace} tidak dimuat: {reason}',
  },
  'catalog.moduleSkipped.unnamed': { en: '(unnamed module)', id: '(modul tanpa nama)' },
  'catalog.moduleSkipped.hint': {
    en: 'The registry index is inconsistent; run `gotong registry verify`.',
    id: 'Indeks registry tidak konsisten; jalankan `gotong registry verify`.',
  },
  'catalog.skip.invalid-name': { en: 'not a valid @namespace/name', id: 'bukan @namespace/nama yang sah' },
  'catalog.skip.other-namespace': { en: 'listed under another namespace', id: 'tercantum di bawah namespace lain' },
  'catalog.skip.listed-twice': { en: 'listed twice', id: 'tercantum dua kali' },
  'catalog.skip.no-versions': { en: 'has no versions', id: 'tidak memiliki versi' },
  'catalog.readmeUnreadable': {
    en: 'the README of {module}@{version} could not be read ({code})',
    id: 'README {module}@{version} tidak dapat dibaca ({code})',
  },
  'catalog.serve.linkSkipped': { en: 'not served: {what}', id: 'tidak disajikan: {what}' },
  'catalog.serve.linkSkipped.hint': {
    en: 'Run `gotong registry verify` and tell the registry administrators.',
    id: 'Jalankan `gotong registry verify` dan beri tahu administrator registry.',
  },
  'catalog.serve.rebuilt': {
    en: 'registry changed ({version}); catalog rebuilt',
    id: 'registry berubah ({version}); katalog dibangun ulang',
  },
  'catalog.serve.rebuildFailed': { en: 'catalog rebuild failed: {reason}', id: 'pembangunan ulang katalog gagal: {reason}' },
  'catalog.serve.rebuildFailed.hint': {
    en: 'The previous catalog is still served; it is built again once the registry changes.',
    id: 'Katalog sebelumnya tetap disajikan; katalog dibangun lagi saat registry berubah.',
  },
  'catalog.serve.cannotListen': { en: 'cannot listen on {address} ({reason})', id: 'tidak dapat mendengarkan di {address} ({reason})' },
  'catalog.serve.cannotListen.portTaken': {
    en: 'Another program uses that port: pass a different --port.',
    id: 'Port itu dipakai program lain: berikan --port yang berbeda.',
  },
  'catalog.serve.cannotListen.hint': { en: 'Check --host and --port.', id: 'Periksa --host dan --port.' },
} satisfies MessageCatalog;
