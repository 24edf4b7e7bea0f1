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

  // ---- rebuild-verify --attest (publish/attest.ts) ------------------------
  'attest.noNamespace': {
    en: 'the signing keys are not delegated for any namespace of this registry',
    id: 'kunci penanda tangan tidak didelegasikan untuk namespace mana pun di registry ini',
  },
  'attest.noNamespace.hint': {
    en: "Sign with your city's publisher key (--key or GOTONG_SIGNING_KEY), the one you publish your own modules with.",
    id: 'Tandatangani dengan kunci penerbit kota/kabupaten Anda (--key atau GOTONG_SIGNING_KEY), yang Anda pakai untuk menerbitkan modul Anda sendiri.',
  },
  'attest.severalNamespaces': {
    en: 'the signing keys are delegated for several namespaces: {namespaces}',
    id: 'kunci penanda tangan didelegasikan untuk beberapa namespace: {namespaces}',
  },
  'attest.severalNamespaces.hint': {
    en: 'Name the namespace that attests with --namespace.',
    id: 'Sebutkan namespace yang memberi atestasi dengan --namespace.',
  },
  'attest.ownNamespace': {
    en: 'the version belongs to {namespace}, the namespace that would attest it; a city cannot attest its own versions',
    id: 'versi ini milik {namespace}, namespace yang akan memberi atestasi; sebuah kota/kabupaten tidak dapat memberi atestasi atas versinya sendiri',
  },
  'attest.ownNamespace.hint': {
    en: "An attestation says that another city got the same tarball from the source; ask another member to run `gotong rebuild-verify` with --attest.",
    id: 'Atestasi menyatakan bahwa kota/kabupaten lain memperoleh tarball yang sama dari sumbernya; mintalah anggota lain menjalankan `gotong rebuild-verify` dengan --attest.',
  },
  'attest.notReproduced': {
    en: 'only a reproduced version can be attested',
    id: 'hanya versi yang berhasil direproduksi yang dapat diberi atestasi',
  },
  'attest.notReproduced.hint': {
    en: 'This is a bug in gotong; please report it.',
    id: 'Ini adalah bug di gotong; mohon laporkan.',
  },
  'attest.noCommit': {
    en: 'the source at {from} is not a git commit, so the statement could name no commit',
    id: 'sumber di {from} bukan commit git, sehingga pernyataan tidak dapat menyebut commit',
  },
  'attest.noCommit.hint': {
    en: 'Leave out --source to fetch the recorded commit, or give a git checkout of it with --source DIR.',
    id: 'Hilangkan --source agar commit yang tercatat diambil, atau berikan checkout git-nya dengan --source DIR.',
  },
  'attest.option.attest': {
    en: "when the rebuild gives the same tar, sign a statement saying so into your city's namespace (needs --key or GOTONG_SIGNING_KEY)",
    id: 'bila hasil bangun ulang memberi tar yang sama, tandatangani pernyataan tentang hal itu ke namespace kota/kabupaten Anda (memerlukan --key atau GOTONG_SIGNING_KEY)',
  },
  'attest.option.namespace': {
    en: 'with --attest: the namespace that attests (default: the one the signing keys are delegated for)',
    id: 'dengan --attest: namespace yang memberi atestasi (bawaan: namespace tempat kunci penanda tangan didelegasikan)',
  },
  'attest.option.dryRun': {
    en: 'with --attest: rebuild and check everything, but sign and push nothing',
    id: 'dengan --attest: bangun ulang dan periksa semuanya, tetapi jangan menandatangani atau mengirim apa pun',
  },
  'attest.attested': {
    en: '{namespace} attested {module} in {target}',
    id: '{namespace} memberi atestasi atas {module} di {target}',
  },
  'attest.wouldAttest': {
    en: 'would attest {module} as {namespace} in {target} (dry run: nothing signed or pushed)',
    id: 'akan memberi atestasi atas {module} sebagai {namespace} di {target} (uji coba: tidak ada yang ditandatangani atau dikirim)',
  },
  'attest.alreadyAttested': {
    en: '{namespace} has already attested {module}; nothing to sign',
    id: '{namespace} sudah memberi atestasi atas {module}; tidak ada yang perlu ditandatangani',
  },
  // ---- who reproduced a version (provenance/attestations.ts, gotong info) ---
  'attest.refused': {
    en: 'left out the attestations {path}: {reason}',
    id: 'atestasi {path} diabaikan: {reason}',
  },
  'attest.info.reproducedBy': {
    en: 'reproduced by {namespace} (commit {commit}, {at, date, ::yyyyMMdd})',
    id: 'direproduksi oleh {namespace} (commit {commit}, {at, date, ::yyyyMMdd})',
  },
  'attest.flagsWithoutAttest': {
    en: '{flags} {count, plural, one {applies} other {apply}} only with --attest',
    id: '{flags} hanya berlaku bersama --attest',
  },
  'attest.flagsWithoutAttest.hint': {
    en: 'Add --attest to sign a statement after the rebuild, or leave those flags out to only compare.',
    id: 'Tambahkan --attest untuk menandatangani pernyataan setelah bangun ulang, atau hilangkan opsi itu untuk sekadar membandingkan.',
  },
} as const satisfies MessageCatalog;
