// Attestations: statements one city signs that it rebuilt another city's
// version to the same tar (rebuild-verify --attest), how `registry accept`
// reviews them, and who reproduced a version as `gotong info` shows it.
import type { MessageCatalog } from './catalog.js';

export const attestationsMessages = {
  // ---- the file kind (manifest/attestation-files.ts) -----------------------
  'attest.source': { en: 'the attestations {path}', id: 'atestasi {path}' },
  'attest.notUtf8': { en: '{source} is not UTF-8 text', id: '{source} bukan teks UTF-8' },
  'attest.tooLarge': {
    en: '{source} takes {size} bytes, more than the {max} allowed',
    id: '{source} berukuran {size} byte, melebihi batas {max} byte',
  },
  'attest.registryFile.hint': {
    en: 'The registry holds a damaged or misplaced file: tell the registry administrators (they can run `gotong registry verify`).',
    id: 'Registry menyimpan berkas yang rusak atau salah tempat: beri tahu administrator registry (mereka dapat menjalankan `gotong registry verify`).',
  },
  'attest.badTarget': {
    en: '{value} does not name a verifying namespace and a subject namespace',
    id: '{value} tidak menyebut namespace pemeriksa dan namespace yang diperiksa',
  },
  'attest.badTarget.hint': {
    en: 'A namespace is a slug such as kuburaya: lowercase letters, digits and hyphens, at most 64 characters.',
    id: 'Namespace adalah slug seperti kuburaya: huruf kecil, angka, dan tanda hubung, paling banyak 64 karakter.',
  },
  'attest.elsewhere': {
    en: '{source} claims to be the statements of {from}, which is not where it is signed',
    id: '{source} mengaku sebagai pernyataan {from}, padahal bukan di situ berkas ini ditandatangani',
  },
  'attest.elsewhere.hint': {
    en: "Only a namespace's own keys may state what it reproduced; the file is refused. Tell the registry administrators.",
    id: 'Hanya kunci milik namespace itu sendiri yang boleh menyatakan apa yang telah direproduksinya; berkas ini ditolak. Beri tahu administrator registry.',
  },
  'attest.otherSubject': {
    en: '{source} states something about {module}, which is not a module of {subject}',
    id: '{source} memuat pernyataan tentang {module}, yang bukan modul milik {subject}',
  },
  'attest.self': {
    en: '{source} is about the namespace that signs it; a city cannot attest its own versions',
    id: '{source} membahas namespace yang menandatanganinya sendiri; sebuah kota/kabupaten tidak dapat memberi atestasi atas versinya sendiri',
  },

  // ---- registry accept (trust/proposal-review.ts) ---------------------------
  'attest.review.dropsStatement': {
    en: 'it removes or changes the statement about {module}, which {path} already holds',
    id: 'usulan ini menghapus atau mengubah pernyataan tentang {module}, yang sudah dimuat {path}',
  },
  'attest.review.unknownVersion': {
    en: 'it attests {module}, which the registry does not publish',
    id: 'usulan ini memberi atestasi atas {module}, yang tidak diterbitkan di registry',
  },
  'attest.review.otherIntegrity': {
    en: 'it attests {module} with integrity {integrity}, which is not the published one',
    id: 'usulan ini memberi atestasi atas {module} dengan integritas {integrity}, yang bukan integritas yang diterbitkan',
  },
} as const satisfies MessageCatalog;
