// Messages of registry administration (init, namespaces, keys, status,
// ceremonies, mirrors, registries a machine knows), advisories and adoption
// reports, publishing (publish, yank, deprecate, init, version), offline
// bundles, queries, and the file helpers of core.
import type { MessageCatalog } from './catalog.js';

export const adminMessages = {
  // core/: files inside a registry, the user configuration, locks.
  'core.linkRefused': {
    en: 'the registry holds a symbolic link or special file at {path}, which gotong never follows',
    id: 'registry memuat tautan simbolik atau berkas khusus di {path}, yang tidak pernah diikuti oleh gotong',
  },
  'core.linkRefused.hint': {
    en: 'Nothing was changed. Someone committed a link to the registry; run `gotong registry verify` and tell the registry administrators.',
    id: 'Tidak ada yang diubah. Seseorang meng-commit tautan ke registry; jalankan `gotong registry verify` dan beri tahu administrator registry.',
  },
  'core.configInvalid': { en: 'the configuration file {file} is not valid JSON', id: 'berkas konfigurasi {file} bukan JSON yang valid' },
  'core.configInvalid.hint': {
    en: 'Fix or delete that file, then add your registries again with `gotong registry add`.',
    id: 'Perbaiki atau hapus berkas itu, lalu tambahkan lagi registry Anda dengan `gotong registry add`.',
  },
  'core.lockBusy': { en: '{what} is in use by another gotong process (pid {pid})', id: '{what} sedang dipakai oleh proses gotong lain (pid {pid})' },
  'core.lockBusy.unknownPid': { en: 'unknown', id: 'tidak diketahui' },
  'core.lockBusy.hint': { en: 'Wait for the other command to finish and run again.', id: 'Tunggu sampai perintah lain itu selesai, lalu jalankan lagi.' },
  // admin/: things several administrator tasks say.
  'admin.readOnlyCopy': { en: '{registry} is a read-only static copy and cannot be written to', id: '{registry} adalah salinan statis hanya-baca dan tidak dapat ditulisi' },
  'admin.readOnlyCopy.hint': {
    en: 'Name the registry by its git URL (ssh://, https://….git, a folder path); static hosts only serve it.',
    id: 'Sebut registry dengan URL git-nya (ssh://, https://….git, path folder); host statis hanya menyajikannya.',
  },
  'admin.registryLabel': { en: 'registry "{name}"', id: 'registry "{name}"' },

  // admin/ceremony.ts: root and targets proposals signed by several administrators.
  'admin.ceremony.unknown.root': { en: '{registry} has no open root proposal {id}', id: '{registry} tidak memiliki usulan root {id} yang terbuka' },
  'admin.ceremony.unknown.root.hint': {
    en: 'List the open ones with `gotong registry root status`; a proposal that was committed or discarded is gone.',
    id: 'Lihat usulan yang terbuka dengan `gotong registry root status`; usulan yang sudah di-commit atau dibuang tidak ada lagi.',
  },
  'admin.ceremony.unknown.targets': { en: '{registry} has no open targets proposal {id}', id: '{registry} tidak memiliki usulan targets {id} yang terbuka' },
  'admin.ceremony.unknown.targets.hint': {
    en: 'List the open ones with `gotong registry targets status`; a proposal that was committed or discarded is gone.',
    id: 'Lihat usulan yang terbuka dengan `gotong registry targets status`; usulan yang sudah di-commit atau dibuang tidak ada lagi.',
  },
  'admin.ceremony.stale': { en: 'proposal {id} can no longer be committed: {reason}', id: 'usulan {id} tidak dapat di-commit lagi: {reason}' },
  'admin.ceremony.stale.root.hint': {
    en: 'Nothing was changed. Discard it with `gotong registry root discard {id}` and propose the change again against the registry as it is now.',
    id: 'Tidak ada yang diubah. Buang usulan itu dengan `gotong registry root discard {id}` lalu usulkan lagi perubahannya terhadap registry seperti sekarang.',
  },
  'admin.ceremony.stale.targets.hint': {
    en: 'Nothing was changed. Discard it with `gotong registry targets discard {id}` and propose the change again against the registry as it is now.',
    id: 'Tidak ada yang diubah. Buang usulan itu dengan `gotong registry targets discard {id}` lalu usulkan lagi perubahannya terhadap registry seperti sekarang.',
  },
  'admin.ceremony.needFrom': { en: '{need} from {who}', id: '{need} dari {who}' },
  'admin.ceremony.missingLine': { en: '{who} on {document}: {need} more of {keys}', id: '{who} pada {document}: {need} lagi dari {keys}' },
  'admin.ceremony.thresholdNotMet': {
    en: 'proposal {id} still lacks {total, plural, one {# signature} other {# signatures}}: {needs}',
    id: 'usulan {id} masih kurang {total, number} tanda tangan: {needs}',
  },
  'admin.ceremony.thresholdNotMet.root.hint': {
    en: 'Nothing was changed. Still missing: {lines}. Whoever holds one of those keys runs `gotong registry root sign {id} --key FILE` on their own machine.',
    id: 'Tidak ada yang diubah. Masih kurang: {lines}. Pemegang salah satu kunci itu menjalankan `gotong registry root sign {id} --key FILE` di mesinnya sendiri.',
  },
  'admin.ceremony.thresholdNotMet.targets.hint': {
    en: 'Nothing was changed. Still missing: {lines}. Whoever holds one of those keys runs `gotong registry targets sign {id} --key FILE` on their own machine.',
    id: 'Tidak ada yang diubah. Masih kurang: {lines}. Pemegang salah satu kunci itu menjalankan `gotong registry targets sign {id} --key FILE` di mesinnya sendiri.',
  },
  'admin.ceremony.workingCopy': { en: 'the working copy of {registry}', id: 'salinan kerja {registry}' },
  'admin.ceremony.contended': {
    en: 'others kept changing ceremony/{id} first in all {rounds, plural, one {# round} other {# rounds}} over {duration}',
    id: 'pihak lain terus mengubah ceremony/{id} lebih dulu dalam {rounds, number} putaran selama {duration}',
  },
  'admin.ceremony.contended.hint': {
    en: 'Nothing was changed. Run the command again (it is safe to repeat).',
    id: 'Tidak ada yang diubah. Jalankan perintah itu lagi (aman untuk diulang).',
  },
  'admin.ceremony.retryReason': { en: 'another administrator changed the proposal first', id: 'administrator lain mengubah usulan itu lebih dulu' },
  'admin.ceremony.discardContended': { en: 'someone changed ceremony/{id} while it was being discarded', id: 'seseorang mengubah ceremony/{id} ketika usulan itu sedang dibuang' },
  'admin.ceremony.discardContended.hint': {
    en: 'Nothing was changed. Look at it again and run the command again.',
    id: 'Tidak ada yang diubah. Periksa usulan itu lagi, lalu jalankan perintah itu lagi.',
  },
  // admin/registry-setup.ts: a new registry, a new member namespace.
  'admin.init.nameInvalid': { en: '"{name}" is not a valid registry name', id: '"{name}" bukan nama registry yang valid' },
  'admin.init.nameInvalid.hint': {
    en: 'Use lowercase letters, digits and dashes, e.g. "jabar-kalbar".',
    id: 'Gunakan huruf kecil, angka, dan tanda hubung, misalnya "jabar-kalbar".',
  },
  'admin.init.threshold': {
    en: 'a threshold of {threshold} needs at least that many --root-key files (got {count})',
    id: 'ambang {threshold} memerlukan setidaknya sebanyak itu berkas --root-key (diberikan {count})',
  },
  'admin.init.threshold.hint': {
    en: 'Give one --root-key per administrator key, and a --threshold no larger than their count.',
    id: 'Berikan satu --root-key untuk setiap kunci administrator, dan --threshold yang tidak lebih besar dari jumlahnya.',
  },
  'admin.init.notEmpty': { en: '{path} exists and is not empty', id: '{path} sudah ada dan tidak kosong' },
  'admin.init.notEmpty.hint': {
    en: 'Choose a new folder for the registry, or pass the URL of an empty git repository.',
    id: 'Pilih folder baru untuk registry, atau berikan URL repositori git yang kosong.',
  },
  'admin.init.hasMain': { en: '{url} already has a main branch', id: '{url} sudah memiliki branch main' },
  'admin.init.hasMain.hint': {
    en: 'Initialise into an empty repository; a registry is never re-created over an old one.',
    id: 'Inisialisasi ke repositori yang kosong; registry tidak pernah dibuat ulang di atas registry lama.',
  },
  'admin.init.raced': { en: '{url} was written to by someone else during init', id: '{url} ditulisi oleh pihak lain selama inisialisasi' },
  'admin.init.raced.hint': { en: 'Initialise into an empty repository.', id: 'Inisialisasi ke repositori yang kosong.' },
  'admin.namespace.invalid': { en: '"{name}" is not a valid namespace', id: '"{name}" bukan namespace yang valid' },
  'admin.namespace.invalid.hint': {
    en: 'A namespace is lowercase letters, digits and dashes, starting with a letter or digit (e.g. "bandung", "kuburaya").',
    id: 'Namespace terdiri atas huruf kecil, angka, dan tanda hubung, diawali huruf atau angka (misalnya "bandung", "kuburaya").',
  },
  'admin.namespace.threshold': {
    en: 'a threshold of {threshold} needs at least that many --publisher-key files',
    id: 'ambang {threshold} memerlukan setidaknya sebanyak itu berkas --publisher-key',
  },
  'admin.namespace.threshold.hint': { en: 'Lower --threshold or add keys.', id: 'Turunkan --threshold atau tambahkan kunci.' },

  // admin/known-registries.ts: registry add, list and remove.
  'admin.add.nameInvalid': { en: '"{name}" is not a valid registry name', id: '"{name}" bukan nama registry yang valid' },
  'admin.add.nameInvalid.hint': { en: 'Use lowercase letters, digits and dashes.', id: 'Gunakan huruf kecil, angka, dan tanda hubung.' },
  'admin.add.rootUnreadable': { en: 'cannot read the root file {file}', id: 'tidak dapat membaca berkas root {file}' },
  'admin.add.rootUnreadable.hint': {
    en: 'Pass the 1.root.json given to you by the registry administrators.',
    id: 'Berikan berkas 1.root.json yang Anda terima dari administrator registry.',
  },
  'admin.add.rootMismatch': { en: '{file} has sha256 {sha256}, not {pin}', id: 'sha256 {file} adalah {sha256}, bukan {pin}' },
  'admin.add.rootMismatch.hint': { en: 'Check the fingerprint with the registry administrators.', id: 'Cocokkan sidik jari (fingerprint) itu dengan administrator registry.' },
  'admin.add.pinMissing': {
    en: 'a registry is added with --root-sha256 HEX (64 hex digits) or --root FILE',
    id: 'registry ditambahkan dengan --root-sha256 HEX (64 digit heksadesimal) atau --root FILE',
  },
  'admin.add.pinMissing.hint': {
    en: 'Ask the registry administrators for the fingerprint printed by `gotong registry init`.',
    id: 'Mintalah kepada administrator registry sidik jari yang dicetak oleh `gotong registry init`.',
  },
  'admin.add.nameTaken': {
    en: 'a registry named "{name}" is already configured with another URL or root',
    id: 'registry bernama "{name}" sudah dikonfigurasi dengan URL atau root lain',
  },
  'admin.add.nameTaken.hint': {
    en: 'Choose another name, or forget the old one first with `gotong registry remove {name}`.',
    id: 'Pilih nama lain, atau lupakan dulu yang lama dengan `gotong registry remove {name}`.',
  },
  'admin.remove.unknown': { en: 'no registry named "{name}" is configured', id: 'tidak ada registry bernama "{name}" yang dikonfigurasi' },
  'admin.remove.unknown.hint': { en: 'Known registries: {names} (`gotong registry list`).', id: 'Registry yang dikenal: {names} (`gotong registry list`).' },
  'admin.remove.unknown.none.hint': {
    en: 'This machine knows no registry; `gotong registry add` records one.',
    id: 'Mesin ini belum mengenal registry apa pun; `gotong registry add` mencatatnya.',
  },

  // admin/mirror-config.ts: the mirrors a machine reads a registry through.
  'admin.mirrors.urlInvalid': { en: '"{url}" is not a mirror URL', id: '"{url}" bukan URL mirror' },
  'admin.mirrors.urlInvalid.hint': {
    en: 'Pass an https:// URL of a static copy or a git URL, e.g. https://cermin.kuburayakab.go.id/gotong/.',
    id: 'Berikan URL https:// dari salinan statis atau URL git, misalnya https://cermin.kuburayakab.go.id/gotong/.',
  },
  'admin.mirrors.unknownRegistry': { en: 'no registry named "{name}" is configured', id: 'tidak ada registry bernama "{name}" yang dikonfigurasi' },
  'admin.mirrors.unknownRegistry.hint': {
    en: 'Add it first with `gotong registry add {name} URL --root-sha256 HEX`; mirrors belong to a registry whose root is pinned.',
    id: 'Tambahkan dulu dengan `gotong registry add {name} URL --root-sha256 HEX`; mirror hanya untuk registry yang root-nya disematkan.',
  },

  // admin/mirror*.ts: gotong mirror.
  'admin.mirror.notMetadata': { en: '{path} is not TUF metadata', id: '{path} bukan metadata TUF' },
  'admin.mirror.fileMissing': { en: '{registry} has no {path}', id: '{registry} tidak memiliki {path}' },
  'admin.mirror.snapshotVersionMissing': { en: '{registry} has no snapshot version in timestamp.json', id: '{registry} tidak mencantumkan versi snapshot di timestamp.json' },
  'admin.mirror.unsafeTarget': {
    en: '{path} names the target {target}, which is no safe file name',
    id: '{path} menyebut target {target}, yang bukan nama berkas yang aman',
  },
  'admin.mirror.badRegistry.hint': {
    en: 'Run `gotong registry verify` on the registry, and tell its administrators.',
    id: 'Jalankan `gotong registry verify` pada registry itu, dan beri tahu administratornya.',
  },
  'admin.mirror.failsVerification': {
    en: '{source} fails verification ({count, plural, one {# problem} other {# problems}}, the first: {where}: {problem}); {to} is left as it was',
    id: '{source} gagal diverifikasi ({count, number} masalah, yang pertama: {where}: {problem}); {to} dibiarkan seperti semula',
  },
  'admin.mirror.copyFailsVerification': {
    en: 'the copy of {source} fails verification ({count, plural, one {# problem} other {# problems}}, the first: {where}: {problem}); {to} is left as it was',
    id: 'salinan {source} gagal diverifikasi ({count, number} masalah, yang pertama: {where}: {problem}); {to} dibiarkan seperti semula',
  },
  'admin.mirror.failsVerification.hint': {
    en: 'Run `gotong registry verify` on the registry and tell its administrators; the mirror goes on serving its previous copy.',
    id: 'Jalankan `gotong registry verify` pada registry itu dan beri tahu administratornya; mirror tetap menyajikan salinan sebelumnya.',
  },
  'admin.mirror.gitFromStatic': {
    en: 'a git mirror is copied from a git registry, and {registry} is a static copy',
    id: 'mirror git disalin dari registry git, sedangkan {registry} adalah salinan statis',
  },
  'admin.mirror.gitFromStatic.hint': {
    en: "Pass --from the registry's git URL (or its configured name), or --to a folder.",
    id: 'Berikan --from dengan URL git registry itu (atau nama yang dikonfigurasi), atau --to dengan sebuah folder.',
  },
  'admin.mirror.clone': { en: 'the mirror clone of {registry}', id: 'clone mirror {registry}' },
  'admin.mirror.folder': { en: 'the mirror folder {dir}', id: 'folder mirror {dir}' },
  'admin.mirror.stagedCopy': { en: 'the staged copy', id: 'salinan sementara' },
  'admin.mirror.rollback': {
    en: '{dir} holds timestamp version {held}, newer than the {offered} of {source}: copying would roll the mirror back',
    id: '{dir} memuat timestamp versi {held}, lebih baru daripada versi {offered} milik {source}: menyalin akan membuat rollback pada mirror',
  },
  'admin.mirror.rollback.hint': {
    en: 'Mirror from the registry itself, or from a copy that is up to date; the folder is left as it was.',
    id: 'Buat mirror dari registry itu sendiri, atau dari salinan yang mutakhir; folder itu dibiarkan seperti semula.',
  },
  'admin.mirror.otherRegistry': { en: '{dir} holds a copy of another registry (its {file} differs)', id: '{dir} memuat salinan registry lain ({file} miliknya berbeda)' },
  'admin.mirror.otherRegistry.hint': {
    en: 'Give each registry a mirror folder of its own; the folder is left as it was.',
    id: 'Berikan setiap registry folder mirror tersendiri; folder itu dibiarkan seperti semula.',
  },
  'admin.mirror.recopied': {
    en: 'the copy in {dir} fails verification ({where}: {problem}); copying every file again',
    id: 'salinan di {dir} gagal diverifikasi ({where}: {problem}); semua berkas disalin ulang',
  },
  'admin.mirror.recopied.hint': {
    en: 'Someone or something changed files in the mirror folder; only gotong mirror should write there.',
    id: 'Seseorang atau sesuatu mengubah berkas di folder mirror; hanya gotong mirror yang boleh menulis di sana.',
  },
  'admin.rootPinProblem': { en: 'sha256 {sha256} differs from the pinned {pin}', id: 'sha256 {sha256} berbeda dari yang disematkan, {pin}' },
  // admin/status.ts: gotong registry status.
  'admin.status.renew.online': {
    en: 'Run `gotong registry refresh` with the online key (schedule it daily).',
    id: 'Jalankan `gotong registry refresh` dengan kunci online (jadwalkan setiap hari).',
  },
  'admin.status.renew.targets': {
    en: 'The administrators renew targets by signing a new version of it: any namespace change does, e.g. `gotong registry namespace-keys NS` with its keys unchanged.',
    id: 'Administrator memperbarui targets dengan menandatangani versi barunya: setiap perubahan namespace melakukannya, misalnya `gotong registry namespace-keys NS` dengan kunci yang tidak berubah.',
  },
  'admin.status.renew.namespace': {
    en: 'The city renews its namespace with its next `gotong publish`, or the administrators re-sign it with `gotong registry namespace-keys`.',
    id: 'Kota/kabupaten memperbarui namespace-nya dengan `gotong publish` berikutnya, atau administrator menandatanganinya ulang dengan `gotong registry namespace-keys`.',
  },
  'admin.status.renew.root': {
    en: 'The administrators write a new root with `gotong registry rotate-root`.',
    id: 'Administrator menulis root baru dengan `gotong registry rotate-root`.',
  },
  'admin.status.expiryNear.namespace': {
    en: 'the namespace role {role} of {registry} expires on {expires} ({days, plural, one {# day} other {# days}} left)',
    id: 'peran namespace {role} pada {registry} kedaluwarsa pada {expires} (sisa {days, number} hari)',
  },
  'admin.status.expiryNear.role': {
    en: 'the {role} role of {registry} expires on {expires} ({days, plural, one {# day} other {# days}} left)',
    id: 'peran {role} pada {registry} kedaluwarsa pada {expires} (sisa {days, number} hari)',
  },
  'admin.status.rootMismatch': {
    en: 'the first root of {registry} has sha256 {sha256}, not the pinned {pin}',
    id: 'sha256 root pertama {registry} adalah {sha256}, bukan {pin} yang disematkan',
  },
  'admin.status.rootMismatch.hint': {
    en: 'The registry was replaced or tampered with: compare the fingerprint with its administrators, and run `gotong registry verify`.',
    id: 'Registry itu telah diganti atau dirusak: cocokkan sidik jarinya dengan administratornya, dan jalankan `gotong registry verify`.',
  },
  'admin.status.unsigned': { en: 'clients refuse the signatures of {roles} in {registry}', id: 'klien menolak tanda tangan {roles} di {registry}' },
  'admin.status.unsigned.hint': {
    en: "Each listed role has fewer valid signatures than its threshold: run `gotong registry verify` and have the role's key holders sign it again.",
    id: 'Setiap peran yang disebut memiliki tanda tangan valid lebih sedikit daripada ambangnya: jalankan `gotong registry verify` dan minta pemegang kunci peran itu menandatanganinya lagi.',
  },
  'admin.status.expired': {
    en: '{roles} of {registry} {count, plural, one {has} other {have}} expired: clients refuse the registry',
    id: '{roles} pada {registry} sudah kedaluwarsa: klien menolak registry itu',
  },
} as const satisfies MessageCatalog;
