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
    id: 'Sebutkan registry dengan URL git-nya (ssh://, https://….git, path folder); host statis hanya menyajikannya.',
  },
  'admin.registryLabel': { en: 'registry "{name}"', id: 'registry "{name}"' },
  'admin.rootPinProblem': { en: 'sha256 {sha256} differs from the pinned {pin}', id: 'sha256 {sha256} berbeda dari sha256 yang disematkan, {pin}' },

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
  'admin.ceremony.documents': {
    en: '{first} and {more, plural, one {# more document} other {# more documents}}',
    id: '{first} dan {more, number} dokumen lainnya',
  },
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
  'admin.mirror.clone': { en: 'the mirror clone of {registry}', id: 'clone mirror untuk {registry}' },
  'admin.mirror.folder': { en: 'the mirror folder {dir}', id: 'folder mirror {dir}' },
  'admin.mirror.stagedCopy': { en: 'the staged copy', id: 'salinan sementara' },
  'admin.mirror.rollback': {
    en: '{dir} holds timestamp version {held}, newer than the {offered} of {source}: copying would roll the mirror back',
    id: '{dir} memuat timestamp versi {held}, lebih baru daripada versi {offered} milik {source}: menyalin akan menyebabkan rollback pada mirror',
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
    en: 'The city renews its namespace with its next `gotong publish` (or yank, deprecate, advisory) of any module: each re-signs its namespace role and every module role that expires within {days} days. Or `gotong registry namespace-keys`, with the administrators\' and the city\'s keys, re-signs them all.',
    id: 'Kota/kabupaten memperbarui namespace-nya dengan `gotong publish` (atau yank, deprecate, advisori) berikutnya untuk modul mana pun: masing-masing menandatangani ulang peran namespace-nya dan setiap peran modul yang kedaluwarsa dalam {days} hari. Atau `gotong registry namespace-keys`, dengan kunci administrator dan kunci kota/kabupaten itu, menandatangani ulang semuanya.',
  },
  'admin.status.renew.root': {
    en: 'The administrators write a new root with `gotong registry rotate-root`.',
    id: 'Administrator menulis root baru dengan `gotong registry rotate-root`.',
  },
  'admin.status.expiryNear.namespace': {
    en: 'the namespace role {role} of {registry} expires on {expires} ({days, plural, one {# day} other {# days}} left)',
    id: 'peran namespace {role} pada {registry} kedaluwarsa pada {expires} (sisa {days, number} hari)',
  },
  'admin.status.expiryNear.module': {
    en: 'the module role {module} (namespace {role}) of {registry} expires on {expires} ({days, plural, one {# day} other {# days}} left)',
    id: 'peran modul {module} (namespace {role}) pada {registry} kedaluwarsa pada {expires} (sisa {days, number} hari)',
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

  // advisory/: advisories, adoption reports and audits.
  'advisory.noRange': {
    en: '{module} names no versions: an advisory says which versions are affected',
    id: '{module} tidak menyebut versi: advisori keamanan menyatakan versi mana yang terdampak',
  },
  'advisory.noRange.hint': { en: 'Give a range, for example {module}@<2.1.1 or {module}@2.1.0.', id: 'Berikan rentang versi, misalnya {module}@<2.1.1 atau {module}@2.1.0.' },
  'advisory.severityInvalid': { en: '{value} is not a severity', id: '{value} bukan tingkat keparahan' },
  'advisory.severityInvalid.hint': { en: 'Use one of {severities}.', id: 'Gunakan salah satu dari {severities}.' },
  'advisory.summaryMissing': { en: 'an advisory needs a summary', id: 'advisori keamanan memerlukan ringkasan' },
  'advisory.summaryMissing.hint': { en: 'Say what is wrong in one line with --summary.', id: 'Jelaskan masalahnya dalam satu baris dengan --summary.' },
  'advisory.idInvalid': { en: '{value} is not an advisory id', id: '{value} bukan id advisori keamanan' },
  'advisory.idInvalid.hint': {
    en: 'Use letters, digits, ".", "_" and "-" (at most 64), such as GTA-2025-0001.',
    id: 'Gunakan huruf, angka, ".", "_", dan "-" (paling banyak 64 karakter), misalnya GTA-2025-0001.',
  },
  'advisory.moduleNotFound': { en: 'the registry has no module {module}', id: 'registry tidak memiliki modul {module}' },
  'advisory.moduleNotFound.hint': {
    en: 'Advisories are published for modules of your own namespace that are in the registry; check the name with `gotong info`.',
    id: 'Advisori diterbitkan untuk modul namespace Anda sendiri yang ada di registry; periksa namanya dengan `gotong info`.',
  },
  'advisory.fixedInAffected': {
    en: '--fixed-in {version} is itself in the affected range {range}',
    id: '--fixed-in {version} justru termasuk dalam rentang versi terdampak {range}',
  },
  'advisory.fixedInAffected.hint': {
    en: 'Name the first version that has the fix, outside the range, or narrow the range.',
    id: 'Sebutkan versi pertama yang memuat perbaikan, di luar rentang itu, atau persempit rentangnya.',
  },
  'advisory.report.noReporter': {
    en: "the workspace's name {name} does not say which city reports it",
    id: 'nama workspace {name} tidak menyatakan kota/kabupaten mana yang melapor',
  },
  'advisory.report.noReporter.unnamed': {
    en: "the workspace's name (none) does not say which city reports it",
    id: 'workspace ini tidak bernama, sehingga tidak jelas kota/kabupaten mana yang melapor',
  },
  'advisory.report.noReporter.hint': {
    en: 'Name the workspace @<namespace>/<id> in gotong.json (e.g. "@kuburaya/portal"), or pass --namespace kuburaya --workspace portal.',
    id: 'Beri nama workspace @<namespace>/<id> di gotong.json (misalnya "@kuburaya/portal"), atau berikan --namespace kuburaya --workspace portal.',
  },
  'advisory.report.noLockfile': {
    en: 'this workspace has no gotong-lock.json: there is nothing to report',
    id: 'workspace ini tidak memiliki gotong-lock.json: tidak ada yang dapat dilaporkan',
  },
  'advisory.report.noLockfile.hint': {
    en: 'Run `gotong install` first; report sends the exact versions the lockfile holds.',
    id: 'Jalankan `gotong install` terlebih dahulu; report mengirim versi persis yang tercatat di lockfile.',
  },
  'advisory.report.notNewer': {
    en: 'the registry holds a record of {workspace} made at {reportedAt}, not older than this one',
    id: 'registry sudah memuat catatan adopsi {workspace} yang dibuat pada {reportedAt}, yang tidak lebih lama daripada catatan ini',
  },
  'advisory.report.notNewer.hint': {
    en: "Check this machine's clock; a record replaces only an older one.",
    id: 'Periksa jam mesin ini; sebuah catatan hanya menggantikan catatan yang lebih lama.',
  },
  'advisory.tooLarge': { en: '{path} is signed as {length} bytes, more than the {max} allowed', id: 'ukuran {path} yang ditandatangani adalah {length} byte, melebihi batas {max} byte' },
  'advisory.tooLarge.hint': { en: 'Nothing was downloaded. Tell the registry administrators.', id: 'Tidak ada yang diunduh. Beri tahu administrator registry.' },
  'advisory.recordRefused': { en: '{path} was refused: {reason}', id: '{path} ditolak: {reason}' },
  'advisory.levelInvalid': { en: '--level {level} is not a severity', id: '--level {level} bukan tingkat keparahan' },
  'advisory.levelInvalid.hint': { en: 'Use one of {severities}.', id: 'Gunakan salah satu dari {severities}.' },
  'advisory.audit.noLockfile': {
    en: 'this workspace has no gotong-lock.json: there is nothing to audit',
    id: 'workspace ini tidak memiliki gotong-lock.json: tidak ada yang dapat diaudit',
  },
  'advisory.audit.noLockfile.hint': {
    en: "Run `gotong install` first, or pass --registry NAME for the publisher's view of a registry.",
    id: 'Jalankan `gotong install` terlebih dahulu, atau berikan --registry NAME untuk melihat registry dari sisi penerbit.',
  },

  // publish/module-repo.ts: gotong version --git-tag in the module's own repository.
  'publish.gitTag.noRepository': {
    en: '{dir} is not in a git repository, so --git-tag cannot commit and tag {tag}',
    id: '{dir} tidak berada di dalam repositori git, sehingga --git-tag tidak dapat membuat commit dan tag {tag}',
  },
  'publish.gitTag.noRepository.hint': { en: 'Run `git init` there first, or leave out --git-tag.', id: 'Jalankan `git init` di sana terlebih dahulu, atau jangan gunakan --git-tag.' },
  'publish.gitTag.otherStaged': {
    en: 'other changes are staged in the git index of {dir}; the version commit would take them along',
    id: 'ada perubahan lain yang sudah di-stage di indeks git {dir}; commit versi akan ikut membawanya',
  },
  'publish.gitTag.otherStaged.hint': {
    en: 'Commit them, or unstage them with `git restore --staged PATH`, then run the command again.',
    id: 'Commit perubahan itu, atau batalkan stage-nya dengan `git restore --staged PATH`, lalu jalankan perintah itu lagi.',
  },
  'publish.gitTag.uncommitted': { en: '{file} in {dir} has changes that are not committed', id: '{file} di {dir} memiliki perubahan yang belum di-commit' },
  'publish.gitTag.uncommitted.hint': {
    en: 'Commit or undo them first, so that the commit for {tag} holds only the new version.',
    id: 'Commit atau batalkan perubahan itu terlebih dahulu, agar commit untuk {tag} hanya memuat versi baru.',
  },
  'publish.gitTag.ignored': { en: 'git ignores {file} in {dir}, so it cannot be committed', id: 'git mengabaikan {file} di {dir}, sehingga berkas itu tidak dapat di-commit' },
  'publish.gitTag.ignored.hint': {
    en: 'Remove the rule that ignores {file} from .gitignore, or leave out --git-tag.',
    id: 'Hapus aturan yang mengabaikan {file} dari .gitignore, atau jangan gunakan --git-tag.',
  },
  'publish.gitTag.tagExists': { en: 'the tag {tag} already exists in the git repository of {dir}', id: 'tag {tag} sudah ada di repositori git {dir}' },
  'publish.gitTag.tagExists.hint': {
    en: 'Choose another version, or delete the tag (`git tag -d {tag}`) if it was made by mistake.',
    id: 'Pilih versi lain, atau hapus tag itu (`git tag -d {tag}`) jika tag itu dibuat karena keliru.',
  },
  'publish.gitTag.noIdentity': { en: 'git does not know who is committing in {dir}', id: 'git tidak tahu siapa yang membuat commit di {dir}' },
  'publish.gitTag.noIdentity.hint': {
    en: 'Set `git config user.name` and `git config user.email` (or GIT_AUTHOR_NAME, GIT_AUTHOR_EMAIL, GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL), then run the command again.',
    id: 'Atur `git config user.name` dan `git config user.email` (atau GIT_AUTHOR_NAME, GIT_AUTHOR_EMAIL, GIT_COMMITTER_NAME, dan GIT_COMMITTER_EMAIL), lalu jalankan perintah itu lagi.',
  },
  'publish.gitTag.commitFailed': { en: 'git could not commit and tag {tag} in {dir}: {reason}', id: 'git tidak dapat membuat commit dan tag {tag} di {dir}: {reason}' },
  'publish.gitTag.commitFailed.hint': {
    en: 'Fix what git reports, then run the command again; the repository is as it was.',
    id: 'Perbaiki apa yang dilaporkan git, lalu jalankan perintah itu lagi; repositori tetap seperti semula.',
  },
  'publish.gitTag.commitFailed.notUndone.hint': {
    en: 'gotong could not undo its commit: check `git status` and `git log` in {dir}.',
    id: 'gotong tidak dapat membatalkan commit-nya: periksa `git status` dan `git log` di {dir}.',
  },

  // publish/init-module.ts and publisher-namespace.ts: gotong init.
  'publish.init.typeUnknown': { en: 'the module type {value} is not one gotong knows', id: 'tipe modul {value} tidak dikenal oleh gotong' },
  'publish.init.typeUnknown.hint': {
    en: 'Use one of {types}: an app is deployed on its own, a service is an API, a library or ui is used by other modules, data is reference data.',
    id: 'Gunakan salah satu dari {types}: app dipasang sebagai aplikasi tersendiri, service adalah API, library atau ui dipakai oleh modul lain, data adalah data rujukan.',
  },
  'publish.init.licenceInvalid': { en: 'the licence {value} is not an SPDX expression: {reason}', id: 'lisensi {value} bukan ekspresi SPDX: {reason}' },
  'publish.init.licenceInvalid.hint': {
    en: 'Give an SPDX identifier or expression, e.g. Apache-2.0, MIT, EUPL-1.2 or "GPL-3.0-only OR MIT" (https://spdx.org/licenses/).',
    id: 'Berikan pengenal atau ekspresi SPDX, misalnya Apache-2.0, MIT, EUPL-1.2 atau "GPL-3.0-only OR MIT" (https://spdx.org/licenses/).',
  },
  'publish.init.categoryInvalid': { en: 'the category {value} is not a lowercase slug', id: 'kategori {value} bukan slug berhuruf kecil' },
  'publish.init.categoryInvalid.hint': {
    en: 'Use lowercase letters, digits and hyphens, e.g. perencanaan, keuangan, identitas, pelayanan-publik.',
    id: 'Gunakan huruf kecil, angka, dan tanda hubung, misalnya perencanaan, keuangan, identitas, pelayanan-publik.',
  },
  'publish.init.settingInvalid': { en: 'the setting {setting} {problem}', id: 'pengaturan {setting} {problem}' },
  'publish.init.settingInvalid.hint': { en: "Check the setting's type, values, level and default.", id: 'Periksa tipe, nilai, level, dan nilai bawaan pengaturan itu.' },
  'publish.init.exists': { en: '{path} already exists', id: '{path} sudah ada' },
  'publish.init.exists.hint': { en: 'Edit it directly, or run `gotong init` in a new folder.', id: 'Sunting berkas itu secara langsung, atau jalankan `gotong init` di folder baru.' },
  'publish.namespaceFrom.signingKey': { en: 'the publisher key in GOTONG_SIGNING_KEY', id: 'kunci penerbit di GOTONG_SIGNING_KEY' },
  'publish.namespaceFrom.config': { en: '"defaultNamespace" in {file}', id: '"defaultNamespace" di {file}' },

  // publish/: publish, yank and deprecate.
  'publish.versionExists': { en: '{name}@{version} is already published with different content', id: '{name}@{version} sudah diterbitkan dengan isi yang berbeda' },
  'publish.versionExists.hint': {
    en: 'Published versions never change. Bump the version (`gotong version patch`) and publish again.',
    id: 'Versi yang sudah diterbitkan tidak pernah berubah. Naikkan versinya (`gotong version patch`) lalu terbitkan lagi.',
  },
  'publish.moduleNotFound': { en: 'the registry has no module {module}', id: 'registry tidak memiliki modul {module}' },
  'publish.moduleNotFound.hint': {
    en: 'Check the name with `gotong info`; only published modules can be yanked or deprecated.',
    id: 'Periksa namanya dengan `gotong info`; hanya modul yang sudah diterbitkan yang dapat ditarik atau ditandai usang.',
  },
  'publish.yank.noVersion': { en: '{module} names no version: a yank pulls back one version', id: '{module} tidak menyebut versi: yank menarik satu versi' },
  'publish.yank.noVersion.hint': { en: 'Name the version, for example {module}@1.0.1.', id: 'Sebutkan versinya, misalnya {module}@1.0.1.' },
  'publish.yank.neverPublished': { en: '{name}@{version} was never published', id: '{name}@{version} tidak pernah diterbitkan' },
  'publish.yank.neverPublished.hint': { en: 'Published: {versions}. Name one of these.', id: 'Yang diterbitkan: {versions}. Sebutkan salah satunya.' },
  'publish.yank.neverPublished.none.hint': { en: 'Published: none. Name one of these.', id: 'Belum ada versi yang diterbitkan.' },
  'publish.yank.reasonWithUndo': { en: 'a reason goes with a yank, not with undoing one', id: 'alasan diberikan saat menarik versi, bukan saat membatalkan penarikan' },
  'publish.yank.reasonWithUndo.hint': { en: 'Leave out --reason when you give --undo.', id: 'Jangan gunakan --reason bersama --undo.' },
  'publish.deprecate.noMatch': { en: 'no published version of {module} satisfies {range}', id: 'tidak ada versi {module} yang diterbitkan yang memenuhi {range}' },
  'publish.deprecate.noMatch.hint': { en: 'Published: {versions}. Give a range that names some of them.', id: 'Yang diterbitkan: {versions}. Berikan rentang versi yang mencakup sebagian di antaranya.' },
  'publish.deprecate.noMatch.none.hint': { en: 'Published: none. Give a range that names some of them.', id: 'Belum ada versi yang diterbitkan.' },

  // query/: info and search.
  'query.noMatch': { en: 'no published version of {module} satisfies {range}', id: 'tidak ada versi {module} yang diterbitkan yang memenuhi {range}' },
  'query.noMatch.hint': { en: 'Published: {versions}.', id: 'Yang diterbitkan: {versions}.' },

  // bundle/: gotong bundle create.
  'bundle.lockfileOption': { en: '--lockfile {value} is neither a folder nor a {file}', id: '--lockfile {value} bukan folder dan bukan {file}' },
  'bundle.lockfileOption.hint': { en: 'Give the workspace folder or its {file}.', id: 'Berikan folder workspace atau {file} miliknya.' },
  'bundle.noLockfile': { en: 'there is no {file} in {dir}', id: 'tidak ada {file} di {dir}' },
  'bundle.noLockfile.hint': {
    en: 'Run `gotong install` there first, or name the modules to bundle instead.',
    id: 'Jalankan `gotong install` di sana terlebih dahulu, atau sebutkan saja modul yang akan dimasukkan ke bundel.',
  },
  'bundle.lockedMissing': {
    en: 'the lockfile pins {name}@{version}, which the registry does not have',
    id: 'lockfile mengunci {name}@{version}, yang tidak ada di registry',
  },
  'bundle.lockedMissing.hint': {
    en: 'Run `gotong install` in the workspace to update its lockfile, then make the bundle again.',
    id: 'Jalankan `gotong install` di workspace itu untuk memperbarui lockfile-nya, lalu buat bundel itu lagi.',
  },
  'bundle.lockedIntegrity': {
    en: "the lockfile's integrity for {name}@{version} is not the one the registry signs",
    id: 'integrity {name}@{version} di lockfile berbeda dari yang ditandatangani registry',
  },
  'bundle.lockedIntegrity.hint': {
    en: 'The lockfile was made against another registry or was edited; install from the registry again before bundling.',
    id: 'Lockfile itu dibuat terhadap registry lain atau telah disunting; pasang lagi dari registry sebelum membuat bundel.',
  },
  'bundle.nothingToBundle': { en: 'bundle create needs the modules to bundle', id: 'bundle create memerlukan modul yang akan dimasukkan ke bundel' },
  'bundle.nothingToBundle.hint': {
    en: 'Name them (`gotong bundle create @bandung/e-musrenbang@^2 --out musrenbang.tar`) or pass --lockfile.',
    id: 'Sebutkan modulnya (`gotong bundle create @bandung/e-musrenbang@^2 --out musrenbang.tar`) atau berikan --lockfile.',
  },
  'bundle.targetUnlisted': { en: "{path} is not listed in the bundle's signed metadata", id: '{path} tidak tercantum dalam metadata bertanda tangan bundel' },
  'bundle.targetUnlisted.hint': {
    en: 'This is a bug in gotong bundle create; the bundle was removed.',
    id: 'Ini adalah bug di gotong bundle create; bundel itu telah dihapus.',
  },
} as const satisfies MessageCatalog;
