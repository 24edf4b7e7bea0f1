// Words of the trust layer (src/trust/): pinned roots and the trust folder,
// signed metadata that fails verification, keys and passphrases, the
// registry's own signing, ceremonies of root and targets, `registry verify`,
// and why `registry accept` refuses a proposal. Reasons of a refusal and the
// lines of a ceremony are also written into the registry in English
// (trust/phrase.ts), so their English side is registry content too.
import type { MessageCatalog } from './catalog.js';

export const trustMessages = {
  // Pinned roots and the trust folder (client.ts)
  'trust.fetch.unexpectedUrl': { en: 'unexpected URL {url}', id: 'URL tak terduga {url}' },
  'trust.fetch.notFound': { en: '{url} not found', id: '{url} tidak ditemukan' },
  'trust.rootFirstTrusted': {
    en: '{label} was first trusted with root {trusted}…, not the pinned {pinned}…',
    id: '{label} pertama kali dipercaya dengan root {trusted}…, bukan root {pinned}… yang disematkan',
  },
  'trust.rootFirstTrusted.hint': {
    en: 'Check the fingerprint with the registry administrators; if the registry was really re-created, remove its folder under GOTONG_HOME/trust and add it again.',
    id: 'Cocokkan sidik jari itu dengan administrator registry; jika registry memang dibuat ulang, hapus foldernya di bawah GOTONG_HOME/trust lalu tambahkan lagi.',
  },
  'trust.noFirstRoot': { en: '{label} has no {path}', id: '{label} tidak memiliki {path}' },
  'trust.noFirstRoot.hint': {
    en: 'Check the URL: it must point at a registry made by `gotong registry init`.',
    id: 'Periksa URL-nya: URL itu harus menunjuk ke registry yang dibuat dengan `gotong registry init`.',
  },
  'trust.rootMismatch': {
    en: 'the root of {label} has sha256 {sha}, not the pinned {pin}',
    id: 'root {label} memiliki sha256 {sha}, bukan {pin} yang disematkan',
  },
  'trust.rootMismatch.hint': {
    en: 'Someone may be impersonating the registry. Confirm the fingerprint with its administrators out of band before trusting it.',
    id: 'Mungkin ada pihak yang menyamar sebagai registry ini. Pastikan sidik jarinya kepada administratornya melalui saluran lain sebelum mempercayainya.',
  },
  'trust.firstUse': {
    en: 'TRUSTING {label} ON FIRST USE: its root (sha256 {sha}) was not pinned',
    id: 'MEMPERCAYAI {label} PADA PENGGUNAAN PERTAMA: root-nya (sha256 {sha}) belum disematkan',
  },
  'trust.firstUse.hint': {
    en: 'Pin it: `gotong registry add NAME URL --root-sha256 HEX` with the fingerprint from the registry administrators.',
    id: 'Sematkan root itu: `gotong registry add NAME URL --root-sha256 HEX` dengan sidik jari dari administrator registry.',
  },
  'trust.rootNotPinned': {
    en: 'the root of {label} is not pinned and trust on first use is refused',
    id: 'root {label} belum disematkan dan kepercayaan pada penggunaan pertama ditolak',
  },
  'trust.rootNotPinned.hint': {
    en: 'Run `gotong registry add NAME URL --root-sha256 HEX` with the fingerprint from the registry administrators.',
    id: 'Jalankan `gotong registry add NAME URL --root-sha256 HEX` dengan sidik jari dari administrator registry.',
  },
  'trust.lockWhat': { en: 'the trusted metadata of {label}', id: 'metadata tepercaya {label}' },
  'trust.targetFileMissing': { en: '{label} lists {path} but does not have its file', id: '{label} mencantumkan {path} tetapi tidak memiliki berkasnya' },
  'trust.targetFileMissing.hint': { en: 'The registry is incomplete; tell its administrators.', id: 'Registry ini tidak lengkap; beri tahu administratornya.' },
  'trust.storeDamaged': { en: 'the trusted metadata of {label} is damaged ({name} {why})', id: 'metadata tepercaya {label} rusak ({name} {why})' },
  'trust.storeDamaged.notJson': { en: 'is not valid JSON', id: 'bukan JSON yang valid' },
  'trust.storeDamaged.unreadable': { en: 'cannot be read: {code}', id: 'tidak dapat dibaca: {code}' },
  'trust.storeDamaged.rootUnsigned': { en: 'is not a root signed by its own keys: {detail}', id: 'bukan root yang ditandatangani oleh kuncinya sendiri: {detail}' },
  'trust.storeDamaged.hint.root': {
    en: "Delete {path} and run the command again: gotong starts over from the registry's first root, checked against the pinned fingerprint, and follows the signed root updates from there.",
    id: 'Hapus {path} lalu jalankan perintah itu lagi: gotong mulai lagi dari root pertama registry, yang diperiksa terhadap sidik jari yang disematkan, lalu mengikuti pembaruan root yang bertanda tangan dari sana.',
  },
  'trust.storeDamaged.hint.other': {
    en: 'Delete {path} (or the whole folder {folder}) and run the command again: gotong fetches it anew and verifies it against the root it trusts.',
    id: 'Hapus {path} (atau seluruh folder {folder}) lalu jalankan perintah itu lagi: gotong mengambilnya kembali dan memverifikasinya terhadap root yang dipercayainya.',
  },
  'trust.offlineExpired': {
    en: 'the cached signed metadata of {label} expired on {expires} ({file}), and --offline cannot fetch fresh metadata',
    id: 'metadata bertanda tangan {label} di cache kedaluwarsa pada {expires} ({file}), dan --offline tidak dapat mengambil metadata baru',
  },
  'trust.offlineExpired.hint': {
    en: 'Run the command again without --offline so that a fresh timestamp can be fetched; if it has expired there too, ask the registry administrators to refresh the registry (`gotong registry refresh`).',
    id: 'Jalankan lagi perintah itu tanpa --offline agar timestamp baru dapat diambil; jika di sana pun sudah kedaluwarsa, minta administrator registry menyegarkan registry (`gotong registry refresh`).',
  },
  'trust.copyRefused': {
    en: '{refused} refused ({code}: {reason}); reading {next} instead',
    id: '{refused} ditolak ({code}: {reason}); membaca {next} sebagai gantinya',
  },
  'trust.copyRefused.hint': {
    en: 'Every copy is verified against the pinned root, so nothing from the refused copy was used. Tell whoever runs that mirror; `gotong registry mirrors NAME URL...` sets the mirrors to keep.',
    id: 'Setiap salinan diverifikasi terhadap root yang disematkan, jadi tidak ada isi salinan yang ditolak itu yang dipakai. Beri tahu pengelola mirror itu; `gotong registry mirrors NAME URL...` menetapkan mirror yang dipertahankan.',
  },

  // tuf-js failures (tuf-errors.ts)
  'trust.tuf.expired': { en: 'signed metadata of {label} has expired ({detail})', id: 'metadata bertanda tangan {label} sudah kedaluwarsa ({detail})' },
  'trust.tuf.expired.hint': {
    en: 'The registry may be frozen by an attacker or simply stale: ask its administrators to refresh the timestamp; do not install until then.',
    id: 'Registry itu mungkin dibekukan oleh penyerang atau sekadar usang: minta administratornya memperbarui timestamp; jangan memasang apa pun sebelum itu.',
  },
  'trust.tuf.admin.hint': {
    en: 'Do not use this registry until its administrators confirm what happened; run `gotong registry verify` for details.',
    id: 'Jangan gunakan registry ini sampai administratornya memastikan apa yang terjadi; jalankan `gotong registry verify` untuk rinciannya.',
  },
  'trust.tuf.mixAndMatch': { en: '{label} serves metadata files that do not belong together ({detail})', id: '{label} menyajikan berkas metadata yang tidak saling cocok ({detail})' },
  'trust.tuf.rollback': {
    en: '{label} offers older metadata than this machine has already seen ({detail})',
    id: '{label} menawarkan metadata yang lebih lama daripada yang sudah pernah dilihat mesin ini ({detail})',
  },
  'trust.tuf.rollback.hint': {
    en: "Do not use this registry until its administrators confirm what happened; run `gotong registry verify` for details. If the administrators really rebuilt the registry, remove this registry's trust folder under GOTONG_HOME/trust and add it again with a new pinned root.",
    id: 'Jangan gunakan registry ini sampai administratornya memastikan apa yang terjadi; jalankan `gotong registry verify` untuk rinciannya. Jika administrator memang membangun ulang registry itu, hapus folder trust registry ini di bawah GOTONG_HOME/trust lalu tambahkan lagi dengan root baru yang disematkan.',
  },
  'trust.tuf.tooLarge': { en: '{label} served a metadata file larger than allowed ({detail})', id: '{label} menyajikan berkas metadata yang lebih besar daripada yang diizinkan ({detail})' },
  'trust.tuf.failed': { en: 'signed metadata of {label} failed verification ({detail})', id: 'metadata bertanda tangan {label} gagal diverifikasi ({detail})' },
  'trust.tuf.missing': { en: '{label} is missing signed metadata ({detail})', id: '{label} tidak memiliki metadata bertanda tangan yang dibutuhkan ({detail})' },
  'trust.tuf.unverified': { en: 'metadata of {label} could not be verified ({detail})', id: 'metadata {label} tidak dapat diverifikasi ({detail})' },

  // Reading metadata and target bytes (metadata-io.ts, target-check.ts, current-roles.ts)
  'trust.metadataNotJson': { en: '{source} is not valid JSON', id: '{source} bukan JSON yang valid' },
  'trust.metadataWrongType': { en: 'expected _type "{kind}", found {found}', id: 'seharusnya _type "{kind}", ditemukan {found}' },
  'trust.metadataInvalid': { en: '{source} is not valid {kind} metadata ({detail})', id: '{source} bukan metadata {kind} yang valid ({detail})' },
  'trust.metadataDamaged.hint': {
    en: 'The registry is damaged or tampered with; tell the registry administrators.',
    id: 'Registry rusak atau telah diubah pihak lain; beri tahu administrator registry.',
  },
  'trust.targetMismatch.length': { en: '{path} does not match its signed length', id: '{path} tidak cocok dengan panjang yang ditandatangani' },
  'trust.targetMismatch.noHashes': {
    en: '{path} does not match its signed hashes (none usable)',
    id: '{path} tidak cocok dengan hash yang ditandatangani (tidak ada yang dapat dipakai)',
  },
  'trust.targetMismatch.hash': { en: '{path} does not match its signed {algorithm}', id: '{path} tidak cocok dengan {algorithm} yang ditandatangani' },
  'trust.targetMismatch.hint': {
    en: 'The file was changed after it was signed (in the registry, a mirror or the local cache); nothing was installed. Tell the registry administrators.',
    id: 'Berkas itu diubah setelah ditandatangani (di registry, sebuah mirror, atau cache lokal); tidak ada yang dipasang. Beri tahu administrator registry.',
  },
  'trust.roles.unreadable': { en: "the registry's {path} {why}", id: '{path} di registry {why}' },
  'trust.roles.unreadable.hint': {
    en: 'Run `gotong registry verify` for the full list of problems, and repair the registry from its git history.',
    id: 'Jalankan `gotong registry verify` untuk daftar lengkap masalahnya, lalu perbaiki registry dari riwayat git-nya.',
  },
  'trust.roles.missing': { en: 'is missing', id: 'tidak ada' },
  'trust.roles.claimsVersion': { en: 'claims version {version}', id: 'mengaku sebagai versi {version}' },
  'trust.roles.noTargets': { en: 'does not list targets.json', id: 'tidak mencantumkan targets.json' },

  // Keys and passphrases (keys.ts, key-files.ts)
  'trust.keyFileExists': { en: '{file} already exists; gotong never overwrites a key', id: '{file} sudah ada; gotong tidak pernah menimpa kunci' },
  'trust.keyFileExists.hint': { en: 'Choose another --out path, or move the old key away first.', id: 'Pilih path --out lain, atau pindahkan dulu kunci yang lama.' },
  'trust.keyWriteFailed': { en: 'could not write the key to {file} ({code})', id: 'tidak dapat menulis kunci ke {file} ({code})' },
  'trust.keyWriteFailed.hint': { en: 'Check that the folder exists and is writable.', id: 'Pastikan folder itu ada dan dapat ditulisi.' },
  'trust.keyReadFailed': { en: 'cannot read the key file {file} ({code})', id: 'tidak dapat membaca berkas kunci {file} ({code})' },
  'trust.keyReadFailed.hint': {
    en: 'Check the path; make a key with `gotong keys generate --out FILE`.',
    id: 'Periksa path-nya; buat kunci dengan `gotong keys generate --out FILE`.',
  },
  'trust.keySource.env': { en: 'the environment variable {name}', id: 'variabel lingkungan {name}' },
  'trust.encryptedNotPublic': {
    en: '{file} is an encrypted private key, and a public key is needed here',
    id: '{file} adalah kunci privat terenkripsi, sedangkan di sini dibutuhkan kunci publik',
  },
  'trust.encryptedNotPublic.hint': {
    en: 'Pass its public key, {file}, written beside it by `gotong keys generate`.',
    id: 'Berikan kunci publiknya, {file}, yang ditulis di sebelahnya oleh `gotong keys generate`.',
  },
  'trust.keyMissing.publisher': { en: 'no publisher signing key was given', id: 'tidak ada kunci penanda tangan penerbit yang diberikan' },
  'trust.keyMissing.online': { en: 'no registry online key was given', id: 'tidak ada kunci online registry yang diberikan' },
  'trust.keyMissing.signing': { en: 'no signing key was given', id: 'tidak ada kunci penanda tangan yang diberikan' },
  'trust.keyMissing.hint': {
    en: 'Pass {flag} FILE, or put the PEM text in the environment variable {envVar} (in CI, from a secret).',
    id: 'Berikan {flag} FILE, atau taruh teks PEM-nya di variabel lingkungan {envVar} (di CI, dari sebuah rahasia).',
  },
  'trust.keyNotEd25519': { en: 'the key is not an Ed25519 key', id: 'kunci itu bukan kunci Ed25519' },
  'trust.keyNotEd25519.hint': {
    en: 'gotong uses Ed25519 keys only: make one with `gotong keys generate --out FILE`.',
    id: 'gotong hanya memakai kunci Ed25519: buat satu dengan `gotong keys generate --out FILE`.',
  },
  'trust.keyWrongType': { en: 'the key from {source} is {type}, not Ed25519', id: 'kunci dari {source} bertipe {type}, bukan Ed25519' },
  'trust.keyNotPrivatePem': { en: 'the key from {source} is not a PKCS#8 PEM private key', id: 'kunci dari {source} bukan kunci privat PEM PKCS#8' },
  'trust.keyNotPrivatePem.hint': {
    en: 'Pass the private key file made by `gotong keys generate` (not the .pub file).',
    id: 'Berikan berkas kunci privat yang dibuat oleh `gotong keys generate` (bukan berkas .pub).',
  },
  'trust.keyNotPublicPem': { en: '{source} is not a PEM public key', id: '{source} bukan kunci publik PEM' },
  'trust.keyNotPublicPem.hint': { en: 'Pass the .pub file written by `gotong keys generate`.', id: 'Berikan berkas .pub yang ditulis oleh `gotong keys generate`.' },
  'trust.passphraseGiven': { en: 'the given passphrase', id: 'frasa sandi yang diberikan' },
  'trust.passphraseWrong': {
    en: 'the key from {source} is encrypted and {passphrase} does not open it',
    id: 'kunci dari {source} terenkripsi dan {passphrase} tidak dapat membukanya',
  },
  'trust.passphraseWrong.hint': {
    en: 'Give the passphrase used when this key was made. Give each key its own variable with --key-passphrase-env KEYFILE=VAR.',
    id: 'Berikan frasa sandi yang dipakai saat kunci ini dibuat. Beri setiap kunci variabelnya sendiri dengan --key-passphrase-env KEYFILE=VAR.',
  },
  'trust.passphraseMissing': {
    en: 'the key from {source} is encrypted and no passphrase was given',
    id: 'kunci dari {source} terenkripsi dan tidak ada frasa sandi yang diberikan',
  },
  'trust.passphraseMissing.hint': {
    en: 'Set GOTONG_KEY_PASSPHRASE to its passphrase, or run the command on a terminal to be asked for it. Give each key its own variable with --key-passphrase-env KEYFILE=VAR.',
    id: 'Isi GOTONG_KEY_PASSPHRASE dengan frasa sandinya, atau jalankan perintah itu di terminal agar Anda ditanya. Beri setiap kunci variabelnya sendiri dengan --key-passphrase-env KEYFILE=VAR.',
  },
  'trust.keyIds.none': { en: 'none', id: 'tidak ada' },

  // The registry's own signing (writer.ts, delegations.ts, root-rotation.ts)
  'trust.targetsRole': { en: 'the targets role', id: 'peran targets' },
  'trust.thresholdNotMet': {
    en: '{given, plural, one {the given key} other {the given keys}} cannot sign {role}: {usable} of the {threshold} required trusted {threshold, plural, one {key} other {keys}}',
    id: 'kunci yang diberikan tidak dapat menandatangani {role}: {usable} dari {threshold} kunci tepercaya yang dibutuhkan',
  },
  'trust.thresholdNotMet.hint': {
    en: 'Sign with keys listed for {role} (see `gotong registry verify`); key ids given: {keys}.',
    id: 'Tanda tangani dengan kunci yang tercantum untuk {role} (lihat `gotong registry verify`); id kunci yang diberikan: {keys}.',
  },
  'trust.registryLacks': { en: 'the registry has no {path}', id: 'registry tidak memiliki {path}' },
  'trust.noMetadataFolder': { en: 'the repository has no {folder} folder', id: 'repositori ini tidak memiliki folder {folder}' },
  'trust.notARegistry.hint': {
    en: 'Is this a gotong registry? Create one with `gotong registry init`.',
    id: 'Apakah ini registry gotong? Buat registry dengan `gotong registry init`.',
  },
  'trust.currentUnverified': { en: "the registry's current metadata does not verify ({detail})", id: 'metadata registry saat ini tidak lolos verifikasi ({detail})' },
  'trust.namespaceUnverified': { en: 'the {namespace} metadata does not verify ({detail})', id: 'metadata {namespace} tidak lolos verifikasi ({detail})' },
  'trust.unverified.hint': { en: 'Run `gotong registry verify` and tell the registry administrators.', id: 'Jalankan `gotong registry verify` dan beri tahu administrator registry.' },
  'trust.runVerify.hint': { en: 'Run `gotong registry verify`.', id: 'Jalankan `gotong registry verify`.' },
  'trust.signedUnverified': { en: 'the signed {role} v{version} does not verify ({detail})', id: '{role} v{version} yang ditandatangani tidak lolos verifikasi ({detail})' },
  'trust.signedUnverified.hint': {
    en: 'Nothing was changed. Check the signatures with `gotong registry root status` or `gotong registry targets status`.',
    id: 'Tidak ada yang diubah. Periksa tanda tangannya dengan `gotong registry root status` atau `gotong registry targets status`.',
  },
  'trust.listedFileMissing': { en: 'the registry lists {path} but its file is missing', id: 'registry mencantumkan {path} tetapi berkasnya tidak ada' },
  'trust.namespaceUnknown': { en: 'the registry has no namespace {namespace}', id: 'registry tidak memiliki namespace {namespace}' },
  'trust.namespaceUnknown.hint': { en: 'Add it with `gotong registry add-namespace`.', id: 'Tambahkan dengan `gotong registry add-namespace`.' },
  'trust.namespaceUnknown.hint.publisher': {
    en: 'Ask the registry administrators to run `gotong registry add-namespace {namespace}` with your publisher key.',
    id: 'Minta administrator registry menjalankan `gotong registry add-namespace {namespace}` dengan kunci penerbit Anda.',
  },
  'trust.namespaceInvalid': { en: '"{namespace}" is not a valid namespace', id: '"{namespace}" bukan namespace yang valid' },
  'trust.namespaceInvalid.hint': {
    en: 'A namespace is lowercase letters, digits and dashes, starting with a letter or digit (e.g. "bandung", "kuburaya").',
    id: 'Namespace terdiri atas huruf kecil, angka, dan tanda hubung, diawali huruf atau angka (misalnya "bandung", "kuburaya").',
  },
  'trust.namespaceThreshold': {
    en: 'a threshold of {threshold} needs at least that many publisher keys',
    id: 'ambang {threshold} membutuhkan setidaknya sebanyak itu kunci penerbit',
  },
  'trust.namespaceThreshold.hint': { en: 'Lower the threshold or add keys.', id: 'Turunkan ambangnya atau tambahkan kunci.' },
  'trust.namespaceDelegated': { en: 'the namespace {namespace} is already delegated', id: 'namespace {namespace} sudah didelegasikan' },
  'trust.namespaceDelegated.hint': {
    en: "Rotating a namespace's keys is a separate administrator task; choose another name to add a new member.",
    id: 'Mengganti kunci sebuah namespace adalah tugas administrator tersendiri; pilih nama lain untuk menambah anggota baru.',
  },
  'trust.namespaceRemoved': {
    en: 'the namespace {namespace} was removed from this registry, and a removed name is never delegated again',
    id: 'namespace {namespace} sudah dihapus dari registry ini, dan nama yang sudah dihapus tidak pernah didelegasikan lagi',
  },
  'trust.namespaceRemoved.hint': {
    en: "Choose another name for the new member: old lockfiles and machines still remember the removed namespace's modules under this name.",
    id: 'Pilih nama lain untuk anggota baru: lockfile lama dan mesin lain masih mengingat modul namespace yang dihapus itu dengan nama ini.',
  },
  'trust.rootThreshold': {
    en: 'a root threshold of {threshold} needs at least that many administrator keys (got {count})',
    id: 'ambang root {threshold} membutuhkan setidaknya sebanyak itu kunci administrator (yang diberikan: {count})',
  },
  'trust.rootThreshold.hint': {
    en: 'Give one administrator key per person holding one, and a threshold no larger than their count.',
    id: 'Berikan satu kunci administrator untuk setiap pemegang kunci, dan ambang yang tidak lebih besar daripada jumlah mereka.',
  },
  'trust.rootRotation.lacksCurrent': {
    en: 'the new root needs {need, plural, one {# signature} other {# signatures}} from the current root keys; the given keys provide {have}',
    id: 'root baru membutuhkan {need, number} tanda tangan dari kunci root saat ini; kunci yang diberikan menyediakan {have, number}',
  },
  'trust.rootRotation.lacksNew': {
    en: 'the new root needs {need, plural, one {# signature} other {# signatures}} from the new root keys; the given keys provide {have}',
    id: 'root baru membutuhkan {need, number} tanda tangan dari kunci root yang baru; kunci yang diberikan menyediakan {have, number}',
  },
  'trust.rootRotation.lacks.hint': {
    en: 'A root rotation is signed by the threshold of the current root keys and of the new ones (TUF 5.3.4, 5.3.5). Key ids given: {keys}.',
    id: 'Rotasi root ditandatangani oleh ambang kunci root saat ini dan ambang kunci root yang baru (TUF 5.3.4, 5.3.5). Id kunci yang diberikan: {keys}.',
  },

  // Ceremonies of root and targets (ceremony.ts, ceremony-review.ts). A
  // reason is a clause whose subject is the proposal: "proposal <id> <reason>".
  'trust.ceremony.notAnId': { en: '"{id}" is not a proposal id', id: '"{id}" bukan id usulan' },
  'trust.ceremony.notAnId.hint.root': {
    en: 'A proposal id looks like root-v3-9f2c4e1a0b7d3c55; `gotong registry root status` lists the open ones.',
    id: 'Id usulan berbentuk seperti root-v3-9f2c4e1a0b7d3c55; `gotong registry root status` menampilkan usulan yang masih terbuka.',
  },
  'trust.ceremony.notAnId.hint.targets': {
    en: 'A proposal id looks like targets-v3-9f2c4e1a0b7d3c55; `gotong registry targets status` lists the open ones.',
    id: 'Id usulan berbentuk seperti targets-v3-9f2c4e1a0b7d3c55; `gotong registry targets status` menampilkan usulan yang masih terbuka.',
  },
  'trust.ceremony.otherKind': { en: '{id} is a {kind} proposal', id: '{id} adalah usulan {kind}' },
  'trust.ceremony.otherKind.hint.root': { en: 'Use `gotong registry root` for it.', id: 'Gunakan `gotong registry root` untuk usulan itu.' },
  'trust.ceremony.otherKind.hint.targets': { en: 'Use `gotong registry targets` for it.', id: 'Gunakan `gotong registry targets` untuk usulan itu.' },
  'trust.ceremony.keyNotNeeded': {
    en: 'the key {keys} is not one of the keys this proposal needs',
    id: 'kunci {keys} bukan salah satu kunci yang dibutuhkan usulan ini',
  },
  'trust.ceremony.keyNotNeeded.hint': {
    en: 'It needs signatures from {keys}; check that you gave your own key for this registry (`gotong keys show FILE` prints its id).',
    id: 'Usulan ini membutuhkan tanda tangan dari {keys}; pastikan Anda memberikan kunci Anda sendiri untuk registry ini (`gotong keys show FILE` menampilkan id-nya).',
  },
  'trust.ceremony.invalid': { en: 'proposal {id} {reason}', id: 'usulan {id} {reason}' },
  'trust.ceremony.invalid.hint': {
    en: 'Do not sign it: anyone who can push to the registry can write a proposal branch. Discard it and propose the change again.',
    id: 'Jangan menandatanganinya: siapa pun yang dapat melakukan push ke registry dapat menulis branch usulan. Buang usulan itu dan usulkan perubahannya lagi.',
  },
  'trust.ceremony.misplacedFile': { en: 'holds {path}, which has no place in a {kind} change', id: 'berisi {path}, yang tidak semestinya ada dalam perubahan {kind}' },
  'trust.ceremony.fileVersion': { en: 'holds {path}, which says it is version {version}', id: 'berisi {path}, yang menyatakan dirinya versi {version}' },
  'trust.ceremony.notOneDocument': { en: 'does not hold exactly one {kind} document', id: 'tidak berisi tepat satu dokumen {kind}' },
  'trust.ceremony.changedAfter': {
    en: 'was changed after it was proposed: what it holds is not what its id names',
    id: 'diubah setelah diusulkan: isinya bukan yang disebut oleh id-nya',
  },
  'trust.ceremony.namespaceRole': { en: "@{namespace}'s role", id: 'peran @{namespace}' },
  'trust.ceremony.theRole': { en: 'the {name} role', id: 'peran {name}' },
  'trust.ceremony.skipsVersion': {
    en: "proposes {role} v{proposed} while main's is v{current}: it would skip a version",
    id: 'mengusulkan {role} v{proposed} padahal milik main masih v{current}: satu versi akan terlewati',
  },
  'trust.ceremony.stale': {
    en: "main's {role} is at v{current} now; this proposal was made against v{base}",
    id: '{role} di main kini pada v{current}; usulan ini dibuat terhadap v{base}',
  },
  'trust.ceremony.expiryNotFuture': {
    en: 'gives {role} the expiry "{expires}", which is not a time in the future',
    id: 'memberi {role} waktu kedaluwarsa "{expires}", yang bukan waktu di masa depan',
  },
  'trust.ceremony.wrongKeyId': {
    en: "lists a key under the id {keyId}, which is not that key's id",
    id: 'mencantumkan sebuah kunci dengan id {keyId}, yang bukan id kunci itu',
  },
  'trust.ceremony.unusedKey': { en: 'lists the key {keyId}, which no role uses', id: 'mencantumkan kunci {keyId}, yang tidak dipakai peran mana pun' },
  'trust.ceremony.unsoundRole': {
    en: 'gives {name} {count, plural, one {# key} other {# keys}} and a threshold of {threshold}, or names a key it does not list',
    id: 'memberi {name} {count, number} kunci dan ambang {threshold}, atau menyebut kunci yang tidak dicantumkannya',
  },
  'trust.ceremony.rootChangesMore': {
    en: 'changes more of root than its keys, roles and expiry',
    id: 'mengubah bagian root selain kunci, peran, dan waktu kedaluwarsanya',
  },
  'trust.ceremony.rootRoles': { en: 'has the roles {names}', id: 'memiliki peran {names}' },
  'trust.ceremony.targetsKeysNotResigned': {
    en: "changes the targets role's keys without re-signing targets for them",
    id: 'mengubah kunci peran targets tanpa menandatangani ulang targets untuk kunci tersebut',
  },
  'trust.ceremony.rootChangesDelegations': {
    en: 'changes the delegations of targets, which a root change may only re-sign',
    id: 'mengubah delegasi targets, padahal perubahan root hanya boleh menandatanganinya ulang',
  },
  'trust.ceremony.delegatesOddly': {
    en: 'delegates in a way gotong does not write (succinct roles or other fields)',
    id: 'mendelegasikan dengan cara yang tidak ditulis gotong (succinct roles atau field lain)',
  },
  'trust.ceremony.delegatesTwice': { en: 'delegates one namespace twice', id: 'mendelegasikan satu namespace dua kali' },
  'trust.ceremony.delegationShape': { en: 'delegates {name} other than as {pattern}, terminating', id: 'mendelegasikan {name} tidak sebagai {pattern}, terminating' },
  'trust.ceremony.delegatesRemoved': {
    en: 'delegates @{namespace} again, a namespace that was removed',
    id: 'mendelegasikan lagi @{namespace}, namespace yang sudah dihapus',
  },
  'trust.ceremony.targetsChangesMore': {
    en: 'changes more of targets than its delegations and expiry',
    id: 'mengubah bagian targets selain delegasi dan waktu kedaluwarsanya',
  },
  'trust.ceremony.rekeyedNotResigned': {
    en: "changes @{namespace}'s keys without @{namespace}'s role re-signed by them",
    id: 'mengubah kunci @{namespace} tanpa peran @{namespace} ditandatangani ulang oleh kunci tersebut',
  },
  'trust.ceremony.resignsUnchanged': {
    en: 're-signs @{namespace}, whose keys it does not change',
    id: 'menandatangani ulang @{namespace}, padahal kuncinya tidak diubah',
  },
  'trust.ceremony.changesNamespaceRole': {
    en: "changes what @{namespace}'s role lists or delegates: a targets change may only re-sign it, delegating the same modules to the new keys",
    id: 'mengubah daftar isi atau delegasi peran @{namespace}: perubahan targets hanya boleh menandatanganinya ulang, dengan modul yang sama didelegasikan ke kunci baru',
  },
  'trust.ceremony.changesModuleRole': {
    en: "changes what {role}, a module role of @{namespace}, lists: a targets change may only re-sign it",
    id: 'mengubah daftar isi {role}, peran modul @{namespace}: perubahan targets hanya boleh menandatanganinya ulang',
  },
  'trust.ceremony.moduleNotResigned': {
    en: "changes @{namespace}'s keys without its module role {role} re-signed by them",
    id: 'mengubah kunci @{namespace} tanpa peran modulnya {role} ditandatangani ulang oleh kunci tersebut',
  },
  'trust.ceremony.unexpectedRole': {
    en: 'signs {role}, which is not one of the roles @{namespace} re-signs with its new keys',
    id: 'menandatangani {role}, yang bukan salah satu peran yang ditandatangani ulang @{namespace} dengan kunci barunya',
  },
  'trust.ceremony.moduleRole': { en: 'the module role {role}', id: 'peran modul {role}' },

  // What a ceremony changes, one line each: shown to administrators and
  // written in English into the commit message on main.
  'trust.change.keys': { en: '{label}: {changes}', id: '{label}: {changes}' },
  'trust.change.addsKey': { en: 'adds key {keys}', id: 'menambah kunci {keys}' },
  'trust.change.removesKey': { en: 'removes key {keys}', id: 'menghapus kunci {keys}' },
  'trust.change.threshold': { en: 'threshold {from} → {to}', id: 'ambang {from} → {to}' },
  'trust.change.adminKeys': { en: 'administrator keys (root and targets roles)', id: 'kunci administrator (peran root dan targets)' },
  'trust.change.onlineKey': { en: 'online key (snapshot and timestamp roles)', id: 'kunci online (peran snapshot dan timestamp)' },
  'trust.change.role': { en: '{role} role', id: 'peran {role}' },
  'trust.change.rootExpires': { en: 'root v{version} expires {expires}', id: 'root v{version} kedaluwarsa pada {expires}' },
  'trust.change.targetsResigned': {
    en: 'targets v{version} re-signed by the new targets keys, expires {expires}',
    id: 'targets v{version} ditandatangani ulang oleh kunci targets yang baru, kedaluwarsa pada {expires}',
  },
  'trust.change.addsNamespace': {
    en: 'adds @{namespace}: publisher key {keys} (threshold {threshold})',
    id: 'menambah @{namespace}: kunci penerbit {keys} (ambang {threshold})',
  },
  'trust.change.removesNamespace': {
    en: 'removes @{namespace}: no client installs its modules any more',
    id: 'menghapus @{namespace}: tidak ada klien yang memasang modulnya lagi',
  },
  'trust.change.namespaceResigned': {
    en: '@{namespace} v{version} and its {modules, plural, one {# module role} other {# module roles}}: its {count, plural, one {# file} other {# files}}, unchanged, signed again by its new keys',
    id: '@{namespace} v{version} dan {modules, number} peran modulnya: {count, number} berkas miliknya, tanpa perubahan, ditandatangani lagi oleh kunci barunya',
  },
  'trust.change.targetsExpires': { en: 'targets v{version} expires {expires}', id: 'targets v{version} kedaluwarsa pada {expires}' },

  // Whose signatures a ceremony's document needs
  'trust.who.rootKeys': { en: 'the root keys (root v{current} and v{next})', id: 'kunci root (root v{current} dan v{next})' },
  'trust.who.currentRootKeys': { en: 'the current root keys (root v{version})', id: 'kunci root saat ini (root v{version})' },
  'trust.who.newRootKeys': { en: 'the new root keys (root v{version})', id: 'kunci root yang baru (root v{version})' },
  'trust.who.targetsKeys': { en: 'the targets keys (root v{version})', id: 'kunci targets (root v{version})' },
  'trust.who.namespaceKeys': { en: "@{namespace}'s new publisher keys", id: 'kunci penerbit baru @{namespace}' },

  // Why `registry accept` refuses a staged proposal (proposal-review.ts):
  // shown to the person who ran accept, and written in English into the
  // refused/ record in the registry.
  'trust.proposal.proposedRole': { en: 'the proposed {namespace} role', id: 'peran {namespace} yang diusulkan' },
  'trust.proposal.noNamespace': { en: 'the registry has no namespace {namespace}', id: 'registry tidak memiliki namespace {namespace}' },
  'trust.proposal.notNextVersion': {
    en: 'it builds on version {base} of the {namespace} role, but the registry is at version {current}: publish again',
    id: 'usulan ini dibangun di atas versi {base} peran {namespace}, tetapi registry sudah pada versi {current}: terbitkan lagi',
  },
  'trust.proposal.expired': { en: 'the proposed {namespace} role expired on {expires}', id: 'peran {namespace} yang diusulkan kedaluwarsa pada {expires}' },
  'trust.modules.hashBins': {
    en: 'the role of {namespace} delegates by hash bins, which gotong never writes',
    id: 'peran {namespace} mendelegasikan dengan hash bin, yang tidak pernah ditulis gotong',
  },
  'trust.modules.notModuleRole': {
    en: 'the role of {namespace} delegates {role}, which is not one of its module roles ({namespace}.<module>)',
    id: 'peran {namespace} mendelegasikan {role}, yang bukan salah satu peran modulnya ({namespace}.<modul>)',
  },
  'trust.modules.twice': {
    en: 'the role of {namespace} delegates {role} twice',
    id: 'peran {namespace} mendelegasikan {role} dua kali',
  },
  'trust.modules.shape': {
    en: "the role of {namespace} delegates {role} other than to {pattern} alone, terminating, with the namespace's keys and threshold",
    id: 'peran {namespace} mendelegasikan {role} tidak hanya ke {pattern}, atau tidak terminating, atau tidak dengan kunci dan ambang namespace itu',
  },
  'trust.modules.otherKeys': {
    en: "the role of {namespace} lists keys other than the namespace's publisher keys",
    id: 'peran {namespace} mencantumkan kunci selain kunci penerbit namespace itu',
  },
  'trust.proposal.moduleDelegations': {
    en: 'the proposed {namespace} role does not delegate its modules as gotong does: {problem}',
    id: 'peran {namespace} yang diusulkan tidak mendelegasikan modulnya seperti yang dilakukan gotong: {problem}',
  },
  'trust.proposal.targetsBesideDelegations': {
    en: 'the proposed {namespace} role lists targets beside its delegations, where a namespace role that delegates to module roles lists none itself',
    id: 'peran {namespace} yang diusulkan mencantumkan target di samping delegasinya, padahal peran namespace yang mendelegasikan ke peran modul tidak mencantumkan target sendiri',
  },
  'trust.proposal.moduleNotDelegated': {
    en: 'it signs the module role {role}, which the proposed {namespace} role does not delegate',
    id: 'usulan ini menandatangani peran modul {role}, yang tidak didelegasikan oleh peran {namespace} yang diusulkan',
  },
  'trust.proposal.moduleUnsigned': {
    en: 'the proposed {namespace} role delegates {role}, which neither the registry nor the proposal signs',
    id: 'peran {namespace} yang diusulkan mendelegasikan {role}, yang tidak ditandatangani oleh registry maupun usulan ini',
  },
  'trust.proposal.moduleDelegates': {
    en: 'the proposed {role} role delegates to other roles, which a module role never does',
    id: 'peran {role} yang diusulkan mendelegasikan ke peran lain, hal yang tidak pernah dilakukan peran modul',
  },
  'trust.proposal.moduleOutsideFolder': {
    en: 'the proposed {role} role names {path}, outside its folder {folder}',
    id: 'peran {role} yang diusulkan menyebut {path}, di luar foldernya {folder}',
  },
  'trust.proposal.drops': { en: 'it drops {path}, which is published', id: 'usulan ini membuang {path}, yang sudah diterbitkan' },
  'trust.proposal.changesPublished': { en: 'it changes {path}, which is published', id: 'usulan ini mengubah {path}, yang sudah diterbitkan' },
  'trust.proposal.outsideNamespace': {
    en: 'it names {path}, outside the files of @{namespace}/*',
    id: 'usulan ini menyebut {path}, di luar berkas @{namespace}/*',
  },
  'trust.proposal.lacksHashes': { en: '{path} lacks its sha256 or sha512', id: '{path} tidak memiliki sha256 atau sha512' },
  'trust.proposal.fileNotAdded': {
    en: 'it names a new {path} but does not add its file',
    id: 'usulan ini menyebut {path} yang baru tetapi tidak menambahkan berkasnya',
  },
  'trust.proposal.fileMismatch': {
    en: 'the file it adds for {path} does not match the signed length and hashes',
    id: 'berkas yang ditambahkannya untuk {path} tidak cocok dengan panjang dan hash yang ditandatangani',
  },
  'trust.proposal.strayFile': { en: 'it adds {path}, which the role does not name', id: 'usulan ini menambahkan {path}, yang tidak disebut oleh peran itu' },
  'trust.proposal.indexNamesUnsigned': {
    en: '{module} names {target}, which the role does not sign',
    id: '{module} menyebut {target}, yang tidak ditandatangani oleh peran itu',
  },
  'trust.proposal.indexDisagrees': { en: '{module} disagrees with the signed {target}', id: '{module} tidak sesuai dengan {target} yang ditandatangani' },
  'trust.proposal.removesVersion': { en: 'it removes {module}, which is published', id: 'usulan ini menghapus {module}, yang sudah diterbitkan' },
  'trust.proposal.changesVersion': {
    en: 'it changes the published entry of {module} (only yank and deprecation may change)',
    id: 'usulan ini mengubah entri {module} yang sudah diterbitkan (hanya penarikan dan penandaan usang yang boleh berubah)',
  },
  'trust.proposal.advisoriesForUnknown': {
    en: 'it publishes advisories for {module}, which the registry does not have',
    id: 'usulan ini menerbitkan advisori untuk {module}, yang tidak ada di registry',
  },
  'trust.proposal.removesAdvisory': {
    en: 'it removes the advisory {advisory} of {module}, which is published',
    id: 'usulan ini menghapus advisori keamanan {advisory} milik {module}, yang sudah diterbitkan',
  },
  'trust.proposal.adoptionNotNewer': {
    en: 'its adoption record {path} is not newer than the published one ({published})',
    id: 'catatan adopsi {path} miliknya tidak lebih baru daripada yang sudah diterbitkan ({published})',
  },

  // `gotong registry verify` (verify-registry.ts): one problem each, after the file it is in
  'trust.verify.expiryInvalid': { en: 'expiry "{expires}" is not a valid UTC time', id: 'waktu kedaluwarsa "{expires}" bukan waktu UTC yang valid' },
  'trust.verify.expired': { en: 'expired at {expires}', id: 'kedaluwarsa pada {expires}' },
  'trust.verify.fileMissing': { en: 'file is missing', id: 'berkas tidak ada' },
  'trust.verify.claimsVersion': { en: 'claims version {version}', id: 'mengaku sebagai versi {version}' },
  'trust.verify.delegations': { en: 'targets delegations', id: 'delegasi targets' },
  'trust.verify.roleTwice': { en: 'a delegated role name appears twice', id: 'sebuah nama peran yang didelegasikan muncul dua kali' },
  'trust.verify.roleName': { en: 'role name "{name}" is not plain [a-z0-9-]', id: 'nama peran "{name}" bukan [a-z0-9-] biasa' },
  'trust.verify.rolePattern': {
    en: 'role {name} must have exactly the path pattern {pattern}, has {paths}',
    id: 'peran {name} harus memiliki tepat pola path {pattern}, tetapi memiliki {paths}',
  },
  'trust.verify.roleThreshold': {
    en: 'role {name} has threshold {threshold} with {count, plural, one {# key} other {# keys}}',
    id: 'peran {name} memiliki ambang {threshold} dengan {count, number} kunci',
  },
  'trust.verify.unknownKey': { en: 'role {name} names unknown key {keyId}', id: 'peran {name} menyebut kunci tak dikenal {keyId}' },
  'trust.verify.snapshotLength': { en: "length differs from the timestamp's record", id: 'panjangnya berbeda dari catatan timestamp' },
  'trust.verify.snapshotHash': { en: "sha256 differs from the timestamp's record", id: 'sha256-nya berbeda dari catatan timestamp' },
  'trust.verify.noTargets': { en: 'does not list targets.json', id: 'tidak mencantumkan targets.json' },
  'trust.verify.versionDiffers': { en: "version {version} differs from the snapshot's {expected}", id: 'versi {version} berbeda dari versi {expected} di snapshot' },
  'trust.verify.topLevelTargets': {
    en: 'the top-level targets role lists targets itself; only namespaces may',
    id: 'peran targets tingkat atas mencantumkan target sendiri; hanya namespace yang boleh',
  },
  'trust.verify.notNamespace': { en: 'lists {name}, which is no namespace or module role', id: 'mencantumkan {name}, yang bukan peran namespace atau peran modul' },
  'trust.verify.outsidePattern': { en: "outside the namespace's pattern {pattern}", id: 'di luar pola namespace {pattern}' },
  'trust.verify.outsideModule': { en: "outside the module role's folder {pattern}", id: 'di luar folder peran modul {pattern}' },
  'trust.verify.delegatorListsTargets': {
    en: 'delegates to module roles and lists {count, plural, one {# target} other {# targets}} itself; a namespace role that delegates lists none',
    id: 'mendelegasikan ke peran modul dan mencantumkan {count, number} target sendiri; peran namespace yang mendelegasikan tidak mencantumkan target',
  },
  'trust.verify.moduleNotListed': { en: 'delegates {role}, which the snapshot does not list', id: 'mendelegasikan {role}, yang tidak tercantum di snapshot' },
  'trust.verify.moduleDelegates': { en: 'a module role delegates nothing, but this one has delegations', id: 'peran modul tidak mendelegasikan apa pun, tetapi peran ini memiliki delegasi' },
  'trust.verify.bothHashes': { en: 'must carry both sha256 and sha512 hashes', id: 'harus memuat hash sha256 dan sha512' },
  'trust.verify.targetFileMissing': { en: 'its file {path} is missing', id: 'berkasnya {path} tidak ada' },
  'trust.verify.indexNamesUnsigned': {
    en: 'version {version} names {target}, which the role does not sign',
    id: 'versi {version} menyebut {target}, yang tidak ditandatangani oleh peran itu',
  },
  'trust.verify.indexDisagrees': { en: 'version {version} disagrees with the signed target', id: 'versi {version} tidak sesuai dengan target yang ditandatangani' },
  'trust.verify.failed': { en: '{label} has {count, plural, one {# problem} other {# problems}}', id: '{label} memiliki {count, number} masalah' },
  'trust.verify.failed.hint': {
    en: 'Each problem is listed above; tell the registry administrators. Clients refuse what fails these checks.',
    id: 'Setiap masalah tercantum di atas; beri tahu administrator registry. Klien menolak apa pun yang gagal dalam pemeriksaan ini.',
  },
} as const satisfies MessageCatalog;
