// The command line of a module's life and of a workspace: init, pack,
// version, publish, yank, deprecate, install and its neighbours, outdated,
// update, info, search, config, report, advisory, audit and publiccode; and
// the helpers they share (publisher flags, settings flags, the init wizard,
// the status tables, the answer of an install with nothing to do, yes/no
// questions). Keys start with `cli.` and the command or helper they belong to.
import type { MessageCatalog } from './catalog.js';

export const cliModuleMessages = {
  // Options and arguments several commands share.
  'cli.option.registry': { en: 'registry name or URL (or GOTONG_REGISTRY)', id: 'nama atau URL registry (atau GOTONG_REGISTRY)' },
  'cli.option.offline': { en: 'use only the cache and unexpired trusted metadata', id: 'pakai hanya cache dan metadata tepercaya yang belum kedaluwarsa' },
  'cli.option.offlineMetadata': { en: 'use only unexpired trusted metadata and the cache', id: 'pakai hanya metadata tepercaya yang belum kedaluwarsa dan cache' },
  'cli.argument.moduleFolder': { en: 'module folder', id: 'folder modul' },
  'cli.argument.moduleExample': { en: 'e.g. @bandung/e-musrenbang', id: 'misalnya @bandung/e-musrenbang' },
  'cli.integrity': { en: 'integrity {integrity}', id: 'integritas {integrity}' },

  // gotong init
  'cli.init.description': {
    en: 'write a gotong.json for a new module (asks on a terminal; flags and defaults otherwise)',
    id: 'tulis gotong.json untuk modul baru (bertanya di terminal; selain itu memakai opsi dan nilai bawaan)',
  },
  'cli.init.yes': { en: 'accept flags and defaults without asking', id: 'terima opsi dan nilai bawaan tanpa bertanya' },
  'cli.init.name': {
    en: 'module name, e.g. @bandung/e-musrenbang (default: your namespace, when gotong can tell it, and the folder name)',
    id: 'nama modul, misalnya @bandung/e-musrenbang (bawaan: namespace Anda, bila gotong dapat menentukannya, dan nama folder)',
  },
  'cli.init.version': { en: 'first version (default 0.1.0)', id: 'versi pertama (bawaan 0.1.0)' },
  'cli.init.descriptionId': { en: 'description in Bahasa Indonesia', id: 'deskripsi dalam Bahasa Indonesia' },
  'cli.init.descriptionEn': { en: 'description in English', id: 'deskripsi dalam bahasa Inggris' },
  'cli.init.descriptionSame': { en: 'the same as --description-id', id: 'sama dengan --description-id' },
  'cli.init.type': {
    en: 'app, library, data, service or ui (default app on a terminal, none otherwise)',
    id: 'app, library, data, service atau ui (bawaan app di terminal, selain itu tidak ada)',
  },
  'cli.init.license': { en: 'SPDX licence expression (default Apache-2.0)', id: 'ekspresi lisensi SPDX (bawaan Apache-2.0)' },
  'cli.init.category': { en: 'catalog category, e.g. perencanaan, keuangan, identitas', id: 'kategori katalog, misalnya perencanaan, keuangan, identitas' },
  'cli.init.setting': {
    en: 'a setting each installing city gives, e.g. region_code:region=regency:required (repeatable; TYPE: string, number, boolean, url, email, enum=A,B or region=LEVEL)',
    id: 'pengaturan yang diberikan setiap kota/kabupaten pemasang, misalnya region_code:region=regency:required (dapat diulang; TYPE: string, number, boolean, url, email, enum=A,B atau region=LEVEL)',
  },
  'cli.init.fromPubliccode': {
    en: 'take name, version, descriptions, licence, type and category from a publiccode.yml (validated first); flags win over it',
    id: 'ambil nama, versi, deskripsi, lisensi, jenis, dan kategori dari publiccode.yml (divalidasi lebih dulu); nilai dari opsi lebih diutamakan',
  },
  'cli.init.unknownNamespace': {
    en: 'gotong init cannot tell which namespace (which member city) the module belongs to',
    id: 'gotong init tidak dapat menentukan namespace (kota/kabupaten anggota) pemilik modul ini',
  },
  'cli.init.unknownNamespace.noTerminal': {
    en: 'gotong init cannot tell which namespace (which member city) the module belongs to, and there is no terminal to ask on',
    id: 'gotong init tidak dapat menentukan namespace (kota/kabupaten anggota) pemilik modul ini, dan tidak ada terminal untuk bertanya',
  },
  'cli.init.unknownNamespace.hint': {
    en: 'Pass --name @namespace/name, for example --name {example}, or set GOTONG_SIGNING_KEY to your publisher key of a configured registry.',
    id: 'Berikan --name @namespace/nama, misalnya --name {example}, atau isi GOTONG_SIGNING_KEY dengan kunci penerbit Anda pada registry yang sudah dikonfigurasi.',
  },
  'cli.init.wrote': { en: 'wrote {path} for {module}', id: '{path} ditulis untuk {module}' },
  'cli.init.wroteNamespaceFrom': { en: 'wrote {path} for {module} (namespace from {from})', id: '{path} ditulis untuk {module} (namespace dari {from})' },
  'cli.init.from': { en: 'from {file}', id: 'dari {file}' },
  'cli.init.fromWithWarnings': {
    en: 'from {file} ({count, plural, one {# publiccode.yml warning} other {# publiccode.yml warnings}}: see `gotong publiccode validate`)',
    id: 'dari {file} ({count, number} peringatan publiccode.yml: lihat `gotong publiccode validate`)',
  },

  // gotong pack
  'cli.pack.description': { en: 'make the deterministic tarball of a module without publishing it', id: 'buat tarball deterministik suatu modul tanpa menerbitkannya' },
  'cli.pack.outDir': { en: 'where to write the .tgz (default: the module folder)', id: 'tempat menulis .tgz (bawaan: folder modul)' },
  'cli.pack.dryRun': { en: 'list what would be packed, and its integrity, without writing the tarball', id: 'daftar apa yang akan dikemas, beserta integritasnya, tanpa menulis tarball' },
  'cli.pack.wouldPack': {
    en: '{module} would pack {count, plural, one {# file} other {# files}} (dry run: nothing written)',
    id: '{module} akan mengemas {count, number} berkas (uji coba: tidak ada yang ditulis)',
  },
  'cli.pack.ignored': { en: 'left out by ignore rules:', id: 'tidak disertakan karena aturan ignore:' },
  'cli.pack.wouldWrite': { en: 'would write {path}', id: 'akan menulis {path}' },
  'cli.pack.size': {
    en: 'size {size} bytes, {count, plural, one {# file} other {# files}}, {unpacked} bytes unpacked',
    id: 'ukuran {size, number} bita, {count, number} berkas, {unpacked, number} bita setelah dibongkar',
  },

  // gotong version
  'cli.version.description': {
    en: 'bump the version in gotong.json (major, minor, patch, premajor, preminor, prepatch, prerelease or X.Y.Z)',
    id: 'naikkan versi di gotong.json (major, minor, patch, premajor, preminor, prepatch, prerelease atau X.Y.Z)',
  },
  'cli.version.preid': { en: 'pre-release identifier, e.g. rc', id: 'penanda pra-rilis, misalnya rc' },
  'cli.version.gitTag': { en: "commit gotong.json and tag v<version> in the module's git repository", id: 'commit gotong.json dan beri tag v<version> di repositori git modul' },
  'cli.version.bumped': { en: '{module} {previous} -> {version}', id: '{module} {previous} -> {version}' },
  'cli.version.bumpedTagged': { en: '{module} {previous} -> {version} (tagged {tag})', id: '{module} {previous} -> {version} (diberi tag {tag})' },

  // gotong publish
  'cli.publish.description': { en: 'sign and publish a module version into a registry', id: 'tanda tangani dan terbitkan satu versi modul ke registry' },
  'cli.publish.dryRun': { en: 'validate, pack and sign, but change nothing', id: 'validasi, kemas, dan tanda tangani, tetapi jangan mengubah apa pun' },
  'cli.publish.yes': { en: 'never ask (publish never asks; accepted for pipelines)', id: 'jangan bertanya (publish memang tidak pernah bertanya; diterima demi pipeline)' },
  'cli.publish.allowInvalidPubliccode': {
    en: "publish even when the module's publiccode.yml has errors (shown as warnings; the index then keeps none of its fields)",
    id: 'terbitkan meskipun publiccode.yml modul memiliki galat (ditampilkan sebagai peringatan; indeks lalu tidak menyimpan satu pun kolomnya)',
  },
  'cli.publish.allowDirty': {
    en: 'publish from a git tree whose packed files differ from its commit; the index records that it was dirty',
    id: 'terbitkan dari tree git yang berkas kemasannya berbeda dari commit-nya; indeks mencatat bahwa tree tidak bersih',
  },
  'cli.publish.published': { en: 'published {module}', id: '{module} diterbitkan' },
  'cli.publish.alreadyPublished': { en: 'already published {module}', id: '{module} sudah diterbitkan sebelumnya' },
  'cli.publish.wouldPublish': { en: 'would publish {module}', id: '{module} akan diterbitkan' },
  'cli.publish.signed': { en: 'signed {module}', id: '{module} ditandatangani' },
  'cli.publish.retries': {
    en: '({count, plural, one {# retry} other {# retries}} after other publishers pushed first)',
    id: '({count, number} kali mencoba ulang karena penerbit lain lebih dulu melakukan push)',
  },

  // The flags of the commands that change a namespace (publisher-flags.ts).
  'cli.publisher.dryRun': { en: 'sign the change, but change nothing', id: 'tanda tangani perubahan, tetapi jangan mengubah apa pun' },
  'cli.publisher.registry': { en: 'registry name or git URL (or GOTONG_REGISTRY)', id: 'nama registry atau URL git (atau GOTONG_REGISTRY)' },
  'cli.publisher.key': {
    en: "publisher private key of the module's namespace (repeat for a threshold); or GOTONG_SIGNING_KEY",
    id: 'kunci privat penerbit untuk namespace modul (ulangi untuk memenuhi ambang); atau GOTONG_SIGNING_KEY',
  },
  'cli.publisher.onlineKey': {
    en: 'registry online key for snapshot and timestamp, in a direct-mode registry only; or GOTONG_ONLINE_KEY',
    id: 'kunci online registry untuk snapshot dan timestamp, hanya pada registry bermode direct; atau GOTONG_ONLINE_KEY',
  },
  'cli.publisher.gitName': { en: 'author of the registry commit (or GOTONG_GIT_NAME)', id: 'penulis commit registry (atau GOTONG_GIT_NAME)' },
  'cli.publisher.gitEmail': { en: 'e-mail of the registry commit (or GOTONG_GIT_EMAIL)', id: 'alamat surel commit registry (atau GOTONG_GIT_EMAIL)' },
  'cli.publisher.retryFor': {
    en: 'keep trying this long while others push first, e.g. 90s or 10m (or GOTONG_PUBLISH_RETRY_FOR; default 5m in CI, 1m elsewhere)',
    id: 'terus mencoba selama waktu ini ketika pihak lain lebih dulu melakukan push, misalnya 90s atau 10m (atau GOTONG_PUBLISH_RETRY_FOR; bawaan 5m di CI, 1m di tempat lain)',
  },
  'cli.publisher.wait': {
    en: 'in a staged registry: wait until the proposal is accepted (exit 0) or refused (exit 3)',
    id: 'pada registry bermode staged: tunggu sampai usulan diterima (kode keluar 0) atau ditolak (kode keluar 3)',
  },
  'cli.publisher.waitFor': { en: 'how long --wait waits, e.g. 30m (default 15m)', id: 'berapa lama --wait menunggu, misalnya 30m (bawaan 15m)' },
  'cli.publisher.accepted': { en: 'accepted by the registry ({branch})', id: 'diterima oleh registry ({branch})' },
  'cli.publisher.proposed': {
    en: "proposed as {branch}: the registry's accept job publishes it (see `gotong registry pending`; --wait waits for it)",
    id: 'diusulkan sebagai {branch}: job accept registry yang akan menerbitkannya (lihat `gotong registry pending`; --wait menunggunya)',
  },

  // gotong install, uninstall, ls, verify
  'cli.install.description': {
    en: "install the workspace's modules (and add MODULE[@RANGE] to its dependencies)",
    id: 'pasang modul-modul workspace (dan tambahkan MODULE[@RANGE] ke dependensinya)',
  },
  'cli.install.frozen': { en: 'install exactly the lockfile; fail when it is stale', id: 'pasang persis sesuai lockfile; gagal bila lockfile tidak lagi sesuai' },
  'cli.install.refresh': {
    en: 'check against the registry even if the last check is recent (GOTONG_VERIFY_INTERVAL)',
    id: 'periksa terhadap registry meskipun pemeriksaan terakhir masih baru (GOTONG_VERIFY_INTERVAL)',
  },
  'cli.install.fromBundle': { en: 'read the registry from an offline bundle (gotong bundle create); no network', id: 'baca registry dari bundel luring (gotong bundle create); tanpa jaringan' },
  'cli.install.rootSha256': {
    en: 'the root fingerprint the registry must have, for a registry not configured on this machine (a bundle installs with it where there is no lockfile)',
    id: 'sidik jari root yang harus dimiliki registry, untuk registry yang belum dikonfigurasi di mesin ini (bundel dapat dipasang dengannya bila belum ada lockfile)',
  },
  'cli.install.allowExpiredBundle': {
    en: 'install from a bundle whose signed metadata has expired, with a warning',
    id: 'pasang dari bundel yang metadata bertanda tangannya sudah kedaluwarsa, dengan peringatan',
  },
  'cli.install.summary': {
    en: '{installed, plural, one {# module} other {# modules}} installed, {placed, number} placed, every byte verified',
    id: '{installed, number} modul terpasang, {placed, number} ditempatkan, setiap bita terverifikasi',
  },
  'cli.uninstall.description': {
    en: "remove modules from the workspace's dependencies and from gotong_modules/",
    id: 'lepas modul dari dependensi workspace dan dari gotong_modules/',
  },
  'cli.uninstall.remain': {
    en: '{count, plural, one {# module remains} other {# modules remain}}',
    id: 'tersisa {count, number} modul',
  },
  'cli.ls.description': { en: 'list the installed modules', id: 'daftar modul yang terpasang' },
  'cli.ls.none': { en: 'no modules installed', id: 'tidak ada modul yang terpasang' },
  'cli.ls.notInstalled': { en: '{module} (not installed: run gotong install)', id: '{module} (belum terpasang: jalankan gotong install)' },
  'cli.verify.description': { en: 're-hash gotong_modules/ against what was installed', id: 'hitung ulang hash gotong_modules/ dan bandingkan dengan yang dipasang' },
  'cli.verify.changed': { en: 'changed {file}', id: 'berubah  {file}' },
  'cli.verify.missing': { en: 'missing {file}', id: 'hilang   {file}' },
  'cli.verify.extra': { en: 'extra   {file}', id: 'tambahan {file}' },
  'cli.verify.differs': {
    en: '{count, plural, one {# difference} other {# differences}} in gotong_modules/',
    id: '{count, number} perbedaan di gotong_modules/',
  },
  'cli.verify.differs.hint': {
    en: 'Someone changed the installed files. {repair, select, yes {Run `gotong install --frozen`: it puts them back as they were installed. } other {}}{byHand, select, yes {Remove the folders no install put there by hand. } other {}}Then find out who changed them.',
    id: 'Seseorang mengubah berkas yang terpasang. {repair, select, yes {Jalankan `gotong install --frozen`: perintah itu mengembalikannya seperti saat dipasang. } other {}}{byHand, select, yes {Hapus secara manual folder yang tidak ditaruh di sana oleh pemasangan. } other {}}Lalu cari tahu siapa yang mengubahnya.',
  },
  'cli.verify.allMatch': {
    en: '{modules, plural, one {# module} other {# modules}}, {files, plural, one {# file} other {# files}}: all match what was installed',
    id: '{modules, number} modul, {files, number} berkas: semuanya sama dengan yang dipasang',
  },

  // The answer of an install with nothing to do (up-to-date-answer.ts).
  'cli.upToDate.text': {
    en: 'already up to date: {modules, plural, one {# module} other {# modules}} ({checked})',
    id: 'sudah mutakhir: {modules, number} modul ({checked})',
  },
  'cli.upToDate.verified': { en: 'verified against {registry} {ago}', id: 'diverifikasi terhadap {registry} {ago}' },
  'cli.upToDate.notVerified': { en: 'not yet verified against a registry', id: 'belum pernah diverifikasi terhadap registry' },
  'cli.upToDate.justNow': { en: 'just now', id: 'baru saja' },
  'cli.upToDate.daysAgo': { en: '{count, plural, one {# day ago} other {# days ago}}', id: '{count, number} hari yang lalu' },
  'cli.upToDate.hoursAgo': { en: '{count, plural, one {# hour ago} other {# hours ago}}', id: '{count, number} jam yang lalu' },
  'cli.upToDate.minutesAgo': { en: '{count, plural, one {# minute ago} other {# minutes ago}}', id: '{count, number} menit yang lalu' },

  // The flags that give modules their settings (settings-flags.ts).
  'cli.settings.set': {
    en: 'give a module a setting, e.g. --set @kuburaya/portal:region_code=61.12 (repeatable; a secret takes env:NAME)',
    id: 'berikan pengaturan kepada modul, misalnya --set @kuburaya/portal:region_code=61.12 (dapat diulang; rahasia diberikan sebagai env:NAME)',
  },
  'cli.settings.values': { en: 'settings from a JSON or YAML file: {example}', id: 'pengaturan dari berkas JSON atau YAML: {example}' },
  'cli.settings.question.invalid': {
    en: '{setting} (the value it has no longer fits: it {problem})',
    id: '{setting} (nilai yang ada tidak lagi sesuai: nilainya {problem})',
  },
  'cli.settings.question.secret': { en: 'a secret: the name of the environment variable that holds it', id: 'rahasia: nama variabel lingkungan yang memuatnya' },
  'cli.settings.answerRefused': { en: 'It {problem}', id: 'Nilainya {problem}' },

  // gotong outdated, gotong update
  'cli.outdated.description': {
    en: 'compare the installed modules with what the registry offers: current, wanted (within ranges), latest, yanked or deprecated',
    id: 'bandingkan modul yang terpasang dengan yang ditawarkan registry: saat ini, dalam rentang, terbaru, ditarik, atau usang',
  },
  'cli.outdated.exitCode': { en: 'exit 1 when a module is outdated (for CI)', id: 'keluar dengan kode 1 bila ada modul yang tertinggal versinya (untuk CI)' },
  'cli.outdated.note.notInstalled': { en: 'not installed', id: 'belum terpasang' },
  'cli.outdated.note.yanked': { en: 'yanked', id: 'ditarik' },
  'cli.outdated.note.yankedReason': { en: 'yanked: {reason}', id: 'ditarik: {reason}' },
  'cli.outdated.note.deprecated': { en: 'deprecated: {message}', id: 'usang: {message}' },
  'cli.outdated.note.indirect': { en: 'dependency of a dependency', id: 'dependensi dari dependensi' },
  'cli.outdated.allUpToDate': {
    en: '{count, plural, one {# module is up to date} other {all # modules are up to date}} (checked against {registry})',
    id: 'semua {count, number} modul sudah mutakhir (diperiksa terhadap {registry})',
  },
  'cli.outdated.column.module': { en: 'module', id: 'modul' },
  'cli.outdated.column.current': { en: 'current', id: 'saat ini' },
  'cli.outdated.column.wanted': { en: 'wanted', id: 'dalam rentang' },
  'cli.outdated.column.latest': { en: 'latest', id: 'terbaru' },
  'cli.outdated.column.notes': { en: 'notes', id: 'catatan' },
  'cli.outdated.summary': {
    en: '{outdated, number} of {total, plural, one {# module} other {# modules}} outdated (checked against {registry}); `gotong update` moves to wanted, `gotong update --latest` to latest',
    id: '{outdated, number} dari {total, number} modul tertinggal versinya (diperiksa terhadap {registry}); `gotong update` memindahkan ke versi dalam rentang, `gotong update --latest` ke versi terbaru',
  },
  'cli.update.description': {
    en: 'move modules to the newest versions their ranges allow (all when none is named); --latest moves the ranges too',
    id: 'pindahkan modul ke versi terbaru yang diizinkan rentang versinya (semua modul bila tidak ada yang disebut); --latest juga memindahkan rentangnya',
  },
  'cli.update.latest': {
    en: "first change the modules' ranges in gotong.json to ^<latest>, showing each change",
    id: 'ubah dulu rentang versi modul di gotong.json menjadi ^<latest>, dengan menampilkan setiap perubahan',
  },
  'cli.update.yes': { en: 'change the ranges without asking (without a terminal gotong never asks)', id: 'ubah rentang tanpa bertanya (tanpa terminal gotong tidak pernah bertanya)' },
  'cli.update.confirm': { en: 'Write these ranges to gotong.json and install?', id: 'Tulis rentang ini ke gotong.json lalu pasang?' },
  'cli.update.declined': { en: 'nothing changed', id: 'tidak ada yang diubah' },
  'cli.update.nothing': {
    en: 'nothing to update: {count, plural, one {# module} other {# modules}} at the newest versions their ranges allow',
    id: 'tidak ada yang perlu diperbarui: {count, number} modul sudah pada versi terbaru yang diizinkan rentangnya',
  },
  'cli.update.updated': {
    en: '{count, plural, one {# module} other {# modules}} updated, every byte verified',
    id: '{count, number} modul diperbarui, setiap bita terverifikasi',
  },

  // gotong yank, gotong deprecate
  'cli.yank.description': {
    en: 'pull back a published version: new installs skip it, lockfiles that pin it still install it with a warning',
    id: 'tarik versi yang sudah diterbitkan: pemasangan baru melewatinya, lockfile yang menyematkannya tetap memasangnya dengan peringatan',
  },
  'cli.yank.spec': { en: 'e.g. @bandung/e-musrenbang@2.1.1', id: 'misalnya @bandung/e-musrenbang@2.1.1' },
  'cli.yank.reason': { en: 'why, shown to everyone whose install keeps the version', id: 'alasannya, ditampilkan kepada setiap pemasang yang tetap memakai versi itu' },
  'cli.yank.undo': { en: 'make the version installable again', id: 'jadikan versi itu dapat dipasang lagi' },
  'cli.yank.yanked': { en: '{module} yanked', id: '{module} ditarik' },
  'cli.yank.yankedReason': { en: '{module} yanked: {reason}', id: '{module} ditarik: {reason}' },
  'cli.yank.wouldYank': { en: '{module} would be yanked', id: '{module} akan ditarik' },
  'cli.yank.wouldYankReason': { en: '{module} would be yanked: {reason}', id: '{module} akan ditarik: {reason}' },
  'cli.yank.effect': {
    en: 'new installs skip it; lockfiles that pin it still install it, with a warning',
    id: 'pemasangan baru melewatinya; lockfile yang menyematkannya tetap memasangnya, dengan peringatan',
  },
  'cli.yank.alreadyYanked': { en: '{module} is already yanked', id: '{module} sudah ditarik' },
  'cli.yank.alreadyYankedReason': { en: '{module} is already yanked: {reason}', id: '{module} sudah ditarik: {reason}' },
  'cli.yank.unyanked': { en: '{module} no longer yanked', id: '{module} tidak lagi ditarik' },
  'cli.yank.wouldUnyank': { en: '{module} would be no longer yanked', id: '{module} akan tidak lagi ditarik' },
  'cli.yank.notYanked': { en: '{module} is not yanked: nothing to undo', id: '{module} tidak ditarik: tidak ada yang perlu dibatalkan' },
  'cli.deprecate.description': {
    en: 'tell the users of some versions to move on; installs warn with MESSAGE (an empty MESSAGE takes it back)',
    id: 'minta pengguna versi tertentu untuk beralih; pemasangan memberi peringatan dengan MESSAGE (MESSAGE kosong mencabutnya)',
  },
  'cli.deprecate.spec': { en: 'e.g. @bandung/e-musrenbang@<2.2.0 (no range: every version)', id: 'misalnya @bandung/e-musrenbang@<2.2.0 (tanpa rentang: semua versi)' },
  'cli.deprecate.message': {
    en: 'e.g. "Gunakan 2.2.0: perbaikan kode wilayah"; "" takes the deprecation back',
    id: 'misalnya "Gunakan 2.2.0: perbaikan kode wilayah"; "" mencabut tanda usang',
  },
  'cli.deprecate.alreadyNotDeprecated': {
    en: '{subject}: {count, plural, one {# version} other {# versions}} already not deprecated',
    id: '{subject}: {count, number} versi memang tidak usang',
  },
  'cli.deprecate.alreadyDeprecated': {
    en: '{subject}: {count, plural, one {# version} other {# versions}} already deprecated with that message',
    id: '{subject}: {count, number} versi sudah ditandai usang dengan pesan itu',
  },
  'cli.deprecate.deprecated': { en: 'deprecated: {versions}', id: 'ditandai usang: {versions}' },
  'cli.deprecate.wouldDeprecate': { en: 'would be deprecated: {versions}', id: 'akan ditandai usang: {versions}' },
  'cli.deprecate.undeprecated': { en: 'no longer deprecated: {versions}', id: 'tanda usang dicabut: {versions}' },
  'cli.deprecate.wouldUndeprecate': { en: 'would be no longer deprecated: {versions}', id: 'tanda usang akan dicabut: {versions}' },

  // gotong info, gotong search
  'cli.info.description': { en: "show a module's versions, dependencies, publisher key and dates", id: 'tampilkan versi, dependensi, kunci penerbit, dan tanggal suatu modul' },
  'cli.info.spec': { en: '@namespace/name or @namespace/name@range', id: '@namespace/nama atau @namespace/nama@rentang' },
  'cli.info.latest': { en: '{module} (latest {latest})', id: '{module} (terbaru {latest})' },
  'cli.info.published': { en: 'published {at, date, long} {at, time, ::HHmmz} by key {keyId}', id: 'diterbitkan {at, date, long} pukul {at, time, ::HHmmz} oleh kunci {keyId}' },
  'cli.info.versionDate': { en: '{at, date, ::yyyyMMdd}', id: '{at, date, ::yyyyMMdd}' },
  'cli.info.dependencies': { en: 'dependencies: {list}', id: 'dependensi: {list}' },
  'cli.info.noDependencies': { en: 'dependencies: none', id: 'dependensi: tidak ada' },
  'cli.info.source': { en: 'source {repository} at commit {commit}, folder {path}', id: 'sumber {repository} pada commit {commit}, folder {path}' },
  'cli.info.sourceDirty': {
    en: 'source {repository} at commit {commit}, folder {path}, with changes not in that commit (--allow-dirty)',
    id: 'sumber {repository} pada commit {commit}, folder {path}, dengan perubahan yang tidak ada di commit itu (--allow-dirty)',
  },
  'cli.info.noRepository': { en: '(a repository without a shared address)', id: '(repositori tanpa alamat bersama)' },
  'cli.info.noSource': { en: 'source: not published from a git repository', id: 'sumber: tidak diterbitkan dari repositori git' },
  'cli.info.ciRun': { en: 'CI run ({system}) {url}', id: 'run CI ({system}) {url}' },
  'cli.info.packedBy': { en: 'packed by gotong {version}; uncompressed tar sha512 {sha}', id: 'dikemas oleh gotong {version}; sha512 tar tanpa kompresi {sha}' },
  'cli.info.versions': { en: 'versions:', id: 'versi:' },
  'cli.info.yanked': { en: 'YANKED', id: 'DITARIK' },
  'cli.info.yankedReason': { en: 'YANKED {reason}', id: 'DITARIK {reason}' },
  'cli.info.deprecated': { en: 'deprecated: {message}', id: 'usang: {message}' },
  'cli.search.description': { en: 'search module names, descriptions and keywords', id: 'cari nama, deskripsi, dan kata kunci modul' },
  'cli.search.none': { en: 'no modules found', id: 'tidak ada modul yang ditemukan' },

  // gotong config
  'cli.config.description': {
    en: 'read and change the settings this workspace gives its installed modules (gotong-settings.json)',
    id: 'baca dan ubah pengaturan yang diberikan workspace ini kepada modulnya yang terpasang (gotong-settings.json)',
  },
  'cli.config.get': {
    en: "show the value a module's setting has (a secret shows the environment variable it is read from)",
    id: 'tampilkan nilai suatu pengaturan modul (untuk rahasia, ditampilkan variabel lingkungan tempat nilainya dibaca)',
  },
  'cli.config.moduleExample': { en: 'e.g. @kuburaya/portal', id: 'misalnya @kuburaya/portal' },
  'cli.config.keyExample': { en: 'e.g. region_code', id: 'misalnya region_code' },
  'cli.config.set': {
    en: 'give a module a setting, checked against its type; a secret takes env:NAME, never the secret itself',
    id: 'berikan pengaturan kepada modul, diperiksa sesuai jenisnya; rahasia diberikan sebagai env:NAME, tidak pernah nilai rahasianya sendiri',
  },
  'cli.config.unset': {
    en: "remove a setting's value (its default applies again); a required setting without default cannot be unset",
    id: 'hapus nilai suatu pengaturan (nilai bawaannya berlaku lagi); pengaturan wajib tanpa nilai bawaan tidak dapat dihapus',
  },
  'cli.config.list': { en: 'list the settings of every installed module, or of one', id: 'daftar pengaturan setiap modul yang terpasang, atau satu modul saja' },
  'cli.config.none': { en: 'no installed module declares settings', id: 'tidak ada modul terpasang yang mendeklarasikan pengaturan' },
  'cli.config.noValue': { en: '(no value)', id: '(tidak ada nilai)' },
  'cli.config.mark.required': { en: 'required', id: 'wajib' },
  'cli.config.mark.secret': { en: 'secret', id: 'rahasia' },
  'cli.config.mark.default': { en: 'default', id: 'bawaan' },
  'cli.config.mark.invalid': { en: 'INVALID for this version', id: 'TIDAK VALID untuk versi ini' },

  // gotong report, advisory, audit
  'cli.report.description': {
    en: "publish this workspace's modules and exact versions to the registry as a signed adoption record of your namespace (opt-in)",
    id: 'terbitkan modul dan versi persis workspace ini ke registry sebagai catatan adopsi bertanda tangan milik namespace Anda (atas pilihan sendiri)',
  },
  'cli.report.dryRun': { en: 'sign the record, but change nothing', id: 'tanda tangani catatan, tetapi jangan mengubah apa pun' },
  'cli.report.namespace': {
    en: "your city's namespace (default: the scope of the workspace's name, e.g. kuburaya for @kuburaya/portal)",
    id: 'namespace kota/kabupaten Anda (bawaan: scope nama workspace, misalnya kuburaya untuk @kuburaya/portal)',
  },
  'cli.report.workspace': { en: "the workspace id (default: the workspace's name without its scope)", id: 'id workspace (bawaan: nama workspace tanpa scope-nya)' },
  'cli.report.reported': {
    en: 'reported {workspace}: {count, plural, one {# module} other {# modules}} ({target})',
    id: '{workspace} dilaporkan: {count, number} modul ({target})',
  },
  'cli.report.wouldReport': {
    en: 'would report {workspace}: {count, plural, one {# module} other {# modules}} ({target})',
    id: '{workspace} akan dilaporkan: {count, number} modul ({target})',
  },
  'cli.advisory.description': { en: 'security advisories of modules, signed by their own namespace', id: 'advisori keamanan modul, ditandatangani oleh namespace pemiliknya' },
  'cli.advisory.publish.description': {
    en: 'publish (or update, with the same --id) an advisory for versions of a module of your namespace',
    id: 'terbitkan (atau perbarui, dengan --id yang sama) advisori untuk versi-versi modul milik namespace Anda',
  },
  'cli.advisory.publish.spec': { en: 'the affected versions, e.g. "@bandung/e-musrenbang@<2.1.1"', id: 'versi yang terdampak, misalnya "@bandung/e-musrenbang@<2.1.1"' },
  'cli.advisory.publish.severity': { en: 'low, medium, high or critical', id: 'low, medium, high atau critical' },
  'cli.advisory.publish.summary': { en: 'what is wrong, in one line', id: 'apa yang salah, dalam satu baris' },
  'cli.advisory.publish.fixedIn': { en: 'the first version with the fix', id: 'versi pertama yang memuat perbaikan' },
  'cli.advisory.publish.id': {
    en: 'the advisory id (default: <name>-<year>-<n>); the same id updates it',
    id: 'id advisori (bawaan: <name>-<year>-<n>); id yang sama memperbaruinya',
  },
  'cli.advisory.fixedIn': { en: '{advisory}, fixed in {version}', id: '{advisory}, diperbaiki di {version}' },
  'cli.advisory.published': { en: 'published: {advisory}', id: 'diterbitkan: {advisory}' },
  'cli.advisory.updated': { en: 'updated: {advisory}', id: 'diperbarui: {advisory}' },
  'cli.advisory.unchanged': { en: 'unchanged: {advisory}', id: 'tidak berubah: {advisory}' },
  'cli.advisory.wouldPublish': { en: 'would be published: {advisory}', id: 'akan diterbitkan: {advisory}' },
  'cli.advisory.wouldUpdate': { en: 'would be updated: {advisory}', id: 'akan diperbarui: {advisory}' },
  'cli.advisory.wouldBeUnchanged': { en: 'would be unchanged: {advisory}', id: 'tidak akan berubah: {advisory}' },
  'cli.advisory.affected': { en: 'affected published versions: {versions}', id: 'versi terbitan yang terdampak: {versions}' },
  'cli.advisory.affectedNone': { en: 'affected published versions: none', id: 'versi terbitan yang terdampak: tidak ada' },
  'cli.advisory.list.description': { en: 'the advisories of a module, or of every module that has any', id: 'advisori suatu modul, atau setiap modul yang memilikinya' },
  'cli.advisory.list.none': { en: 'no advisories', id: 'tidak ada advisori' },
  'cli.advisory.column.module': { en: 'module', id: 'modul' },
  'cli.advisory.column.id': { en: 'id', id: 'id' },
  'cli.advisory.column.severity': { en: 'severity', id: 'tingkat' },
  'cli.advisory.column.affected': { en: 'affected', id: 'terdampak' },
  'cli.advisory.column.fixedIn': { en: 'fixed in', id: 'diperbaiki di' },
  'cli.advisory.column.summary': { en: 'summary', id: 'ringkasan' },
  'cli.audit.description': {
    en: 'in a workspace: what it runs that is affected, yanked or deprecated, with the fix; with --registry: per advisory, the adopters that reported an affected version',
    id: 'di workspace: apa yang dijalankannya yang terdampak, ditarik, atau usang, beserta perbaikannya; dengan --registry: per advisori, pengadopsi yang melaporkan versi terdampak',
  },
  'cli.audit.registry': { en: "the publisher's view of this registry, from its adoption records", id: 'pandangan penerbit atas registry ini, dari catatan adopsinya' },
  'cli.audit.level': {
    en: 'exit 1 when a finding is at or above low, medium, high or critical (default low; yanked counts as medium, deprecated as low)',
    id: 'keluar dengan kode 1 bila ada temuan pada tingkat low, medium, high atau critical ke atas (bawaan low; versi ditarik dihitung medium, usang dihitung low)',
  },
  'cli.audit.clean': {
    en: '{count, plural, one {# module} other {# modules}} audited: nothing affected, yanked or deprecated',
    id: '{count, number} modul diaudit: tidak ada yang terdampak, ditarik, atau usang',
  },
  'cli.audit.column.severity': { en: 'severity', id: 'tingkat' },
  'cli.audit.column.module': { en: 'module', id: 'modul' },
  'cli.audit.column.what': { en: 'what', id: 'temuan' },
  'cli.audit.column.fix': { en: 'fix', id: 'perbaikan' },
  'cli.audit.column.summary': { en: 'summary', id: 'ringkasan' },
  'cli.audit.what.advisory': { en: 'advisory {id}', id: 'advisori {id}' },
  'cli.audit.what.yanked': { en: 'yanked', id: 'ditarik' },
  'cli.audit.what.deprecated': { en: 'deprecated', id: 'usang' },
  'cli.audit.fix': { en: 'update to {version}', id: 'perbarui ke {version}' },
  'cli.audit.noFix': { en: 'no fix yet', id: 'belum ada perbaikan' },
  'cli.audit.failing': {
    en: '{count, plural, one {# finding} other {# findings}} at or above {level}',
    id: '{count, number} temuan pada tingkat {level} ke atas',
  },
  'cli.audit.passing': { en: 'nothing at or above {level}', id: 'tidak ada temuan pada tingkat {level} ke atas' },
  'cli.audit.noAdvisories': {
    en: 'no advisories ({count, plural, one {# adoption record} other {# adoption records}} read)',
    id: 'tidak ada advisori ({count, number} catatan adopsi dibaca)',
  },
  'cli.audit.noAdopter': { en: 'no reported adopter runs an affected version', id: 'tidak ada pengadopsi yang melaporkan menjalankan versi terdampak' },
  'cli.audit.adopter': { en: '{workspace} runs {version} (reported {at})', id: '{workspace} menjalankan {version} (dilaporkan {at})' },
  'cli.audit.recordsRead': {
    en: '{count, plural, one {# adoption record} other {# adoption records}} read',
    id: '{count, number} catatan adopsi dibaca',
  },

  // gotong publiccode
  'cli.publiccode.description': {
    en: 'check publiccode.yml, the metadata standard of public software catalogues',
    id: 'periksa publiccode.yml, standar metadata katalog perangkat lunak publik',
  },
  'cli.publiccode.validate.description': {
    en: 'validate a publiccode.yml offline against the standard (version 0.x); errors exit 1, warnings are shown',
    id: 'validasi publiccode.yml secara luring terhadap standarnya (versi 0.x); galat keluar dengan kode 1, peringatan ditampilkan',
  },
  'cli.publiccode.validate.file': { en: 'the file, or a folder holding one', id: 'berkasnya, atau folder yang memuatnya' },
  'cli.publiccode.validate.hint': {
    en: 'Fix each error listed (line:column, key, what is wrong), then validate again.',
    id: 'Perbaiki setiap galat yang tercantum (baris:kolom, key, apa yang salah), lalu validasi lagi.',
  },
  'cli.publiccode.severity.error': { en: 'error', id: 'galat' },
  'cli.publiccode.severity.warning': { en: 'warning', id: 'peringatan' },
  'cli.publiccode.wholeFile': { en: '(file)', id: '(berkas)' },
  'cli.publiccode.valid': { en: '{file}: valid publiccode.yml', id: '{file}: publiccode.yml valid' },
  'cli.publiccode.validWithWarnings': {
    en: '{file}: valid publiccode.yml, {count, plural, one {# warning} other {# warnings}}',
    id: '{file}: publiccode.yml valid, {count, number} peringatan',
  },
  'cli.publiccode.init.description': {
    en: 'write a starting publiccode.yml from gotong.json, and name the keys still to fill in',
    id: 'tulis publiccode.yml awal dari gotong.json, dan sebutkan key yang masih harus diisi',
  },
  'cli.publiccode.init.force': { en: 'replace an existing publiccode.yml', id: 'ganti publiccode.yml yang sudah ada' },
  'cli.publiccode.init.wrote': { en: 'wrote {file}', id: '{file} ditulis' },
  'cli.publiccode.init.toFill': { en: 'still to fill in: {keys}', id: 'masih harus diisi: {keys}' },
  'cli.publiccode.init.check': { en: 'then check it with `gotong publiccode validate`', id: 'lalu periksa dengan `gotong publiccode validate`' },

  // gotong init --setting (setting-spec.ts, init-flags.ts)
  'cli.settingSpec.hint': {
    en: 'Write KEY:TYPE[:required][:secret][:default=VALUE], e.g. --setting city_name:string:required, --setting region_code:region=regency:required, --setting theme:enum=terang,gelap:default=terang or --setting client_secret:string:required:secret.',
    id: 'Tulis KEY:TYPE[:required][:secret][:default=VALUE], misalnya --setting city_name:string:required, --setting region_code:region=regency:required, --setting theme:enum=terang,gelap:default=terang atau --setting client_secret:string:required:secret.',
  },
  'cli.settingSpec.unknownType': {
    en: '--setting {spec} has the type {type}, which is not one of {types}',
    id: '--setting {spec} memiliki jenis {type}, yang bukan salah satu dari {types}',
  },
  'cli.settingSpec.enumWithoutValues': {
    en: '--setting {spec} is an enum without its values (enum=kota,kabupaten)',
    id: '--setting {spec} adalah enum tanpa nilai-nilainya (enum=kota,kabupaten)',
  },
  'cli.settingSpec.regionWithoutLevel': {
    en: '--setting {spec} is a region code without a level: write {choices}',
    id: '--setting {spec} adalah kode wilayah tanpa tingkat: tulis {choices}',
  },
  'cli.settingSpec.valueForPlainType': {
    en: '--setting {spec} gives {type} a value after "=", which only enum and region take',
    id: '--setting {spec} memberi {type} nilai setelah "=", padahal hanya enum dan region yang menerimanya',
  },
  'cli.settingSpec.badKey': {
    en: '--setting {spec} has the key {key}: a key is lowercase letters, digits and underscores, starting with a letter (city_name)',
    id: '--setting {spec} memiliki kunci {key}: kunci terdiri atas huruf kecil, angka, dan garis bawah, diawali huruf (city_name)',
  },
  'cli.settingSpec.noType': { en: '--setting {spec} names no type', id: '--setting {spec} tidak menyebutkan jenis' },
  'cli.settingSpec.unknownMark': {
    en: '--setting {spec} has {mark}, which is none of required, secret or default=VALUE',
    id: '--setting {spec} memuat {mark}, yang bukan required, secret, maupun default=VALUE',
  },
  'cli.settingSpec.secretDefault': {
    en: '--setting {spec} gives a secret a default: each city names the environment variable that holds its own',
    id: '--setting {spec} memberi nilai bawaan kepada rahasia: setiap kota/kabupaten menyebutkan variabel lingkungan yang memuat rahasianya sendiri',
  },
  'cli.settingSpec.defaultNotPlain': {
    en: '--setting {spec} has a default that is not a plain value',
    id: '--setting {spec} memiliki nilai bawaan yang bukan nilai biasa',
  },
  'cli.settingSpec.badDefault': { en: '--setting {spec} has a default that {problem}', id: '--setting {spec} memiliki nilai bawaan yang {problem}' },
  'cli.settingSpec.twice': { en: '--setting {key} is given twice', id: '--setting {key} diberikan dua kali' },
  'cli.settingSpec.twice.hint': {
    en: 'Give each setting once, with all its parts: --setting KEY:TYPE[:required][:secret][:default=VALUE].',
    id: 'Berikan setiap pengaturan sekali saja, dengan semua bagiannya: --setting KEY:TYPE[:required][:secret][:default=VALUE].',
  },

  // The questions of gotong init on a terminal (init-wizard.ts).
  'cli.wizard.refused': { en: '{message}. {hint}', id: '{message}. {hint}' },
  'cli.wizard.typeOneOf': { en: 'the type is one of {list}', id: 'jenisnya harus salah satu dari {list}' },
  'cli.wizard.levelOneOf': { en: 'the level is one of {list}', id: 'tingkatnya harus salah satu dari {list}' },
  'cli.wizard.name': { en: 'Module name (@namespace/name)', id: 'Nama modul (@namespace/nama)' },
  'cli.wizard.version': { en: 'Version', id: 'Versi' },
  'cli.wizard.descriptionId': { en: 'Description in Bahasa Indonesia', id: 'Deskripsi dalam Bahasa Indonesia' },
  'cli.wizard.descriptionEn': { en: 'Description in English', id: 'Deskripsi dalam bahasa Inggris' },
  'cli.wizard.type': { en: 'Type ({kinds})', id: 'Jenis ({kinds})' },
  'cli.wizard.license': { en: 'Licence (SPDX, e.g. Apache-2.0, MIT, EUPL-1.2)', id: 'Lisensi (SPDX, misalnya Apache-2.0, MIT, EUPL-1.2)' },
  'cli.wizard.category': {
    en: 'Catalog category (e.g. perencanaan, keuangan, identitas; empty for none)',
    id: 'Kategori katalog (misalnya perencanaan, keuangan, identitas; kosongkan bila tidak ada)',
  },
  'cli.wizard.firstSetting': {
    en: 'Add a setting that each installing city gives (its name, region code, an endpoint)?',
    id: 'Tambahkan pengaturan yang diberikan setiap kota/kabupaten pemasang (namanya, kode wilayah, sebuah endpoint)?',
  },
  'cli.wizard.anotherSetting': { en: 'Add another setting ({keys} so far)?', id: 'Tambahkan pengaturan lain (sejauh ini {keys})?' },
  'cli.wizard.settingKey': {
    en: 'Setting key (lowercase and underscores, e.g. city_name, region_code)',
    id: 'Kunci pengaturan (huruf kecil dan garis bawah, misalnya city_name, region_code)',
  },
  'cli.wizard.settingKey.invalid': {
    en: 'a key is lowercase letters, digits and underscores, starting with a letter',
    id: 'kunci terdiri atas huruf kecil, angka, dan garis bawah, diawali huruf',
  },
  'cli.wizard.settingKey.taken': { en: '{key} is declared already', id: '{key} sudah dideklarasikan' },
  'cli.wizard.settingType': { en: 'Type of {key} ({types})', id: 'Jenis {key} ({types})' },
  'cli.wizard.enumValues': { en: 'Allowed values, separated by commas (e.g. terang,gelap)', id: 'Nilai yang diizinkan, dipisahkan koma (misalnya terang,gelap)' },
  'cli.wizard.enumValues.empty': { en: 'give at least one value', id: 'berikan setidaknya satu nilai' },
  'cli.wizard.regionLevel': { en: 'Region code level ({levels}; regency is 61.12)', id: 'Tingkat kode wilayah ({levels}; regency misalnya 61.12)' },
  'cli.wizard.settingDescriptionId': {
    en: 'Description of {key} in Bahasa Indonesia (empty for none)',
    id: 'Deskripsi {key} dalam Bahasa Indonesia (kosongkan bila tidak ada)',
  },
  'cli.wizard.settingDescriptionEn': { en: 'Description of {key} in English (empty for none)', id: 'Deskripsi {key} dalam bahasa Inggris (kosongkan bila tidak ada)' },
  'cli.wizard.settingRequired': { en: 'Must every installing city give {key}?', id: 'Wajibkah setiap kota/kabupaten pemasang memberikan {key}?' },
  'cli.wizard.settingSecret': {
    en: 'Is {key} a secret (each city keeps only the name of the environment variable that holds it)?',
    id: 'Apakah {key} rahasia (setiap kota/kabupaten hanya menyimpan nama variabel lingkungan yang memuatnya)?',
  },
  'cli.wizard.settingDefault': { en: 'Default of {key} (empty for none)', id: 'Nilai bawaan {key} (kosongkan bila tidak ada)' },
  'cli.wizard.settingDefault.invalid': { en: 'the default {problem}', id: 'nilai bawaan {problem}' },

  // Yes or no questions (prompts.ts).
  'cli.prompt.defaultYes': { en: 'Y/n', id: 'Y/t' },
  'cli.prompt.defaultNo': { en: 'y/N', id: 'y/T' },
  'cli.prompt.yes': { en: 'Yes', id: 'Ya' },
  'cli.prompt.no': { en: 'No', id: 'Tidak' },
  'cli.prompt.yesNo': { en: 'Answer y (yes) or n (no)', id: 'Jawab y (ya) atau t (tidak)' },

  // Tables of gotong registry status, registry list and registry verify (status-text.ts).
  'cli.statusText.notPinned': { en: 'not pinned on this machine', id: 'tidak disematkan di mesin ini' },
  'cli.statusText.pinMatches': { en: 'matches the pin', id: 'cocok dengan yang disematkan' },
  'cli.statusText.pinDiffers': { en: 'differs from the pinned {sha256}', id: 'berbeda dari yang disematkan, {sha256}' },
  'cli.statusText.summary': { en: 'mode {mode}; main {commit}; checked {checkedAt}', id: 'mode {mode}; main {commit}; diperiksa {checkedAt}' },
  'cli.statusText.staticCopy': { en: '(static copy)', id: '(salinan statis)' },
  'cli.statusText.root': { en: 'root sha256 {sha256} ({pin})', id: 'sha256 root {sha256} ({pin})' },
  'cli.statusText.column.role': { en: 'role', id: 'peran' },
  'cli.statusText.column.version': { en: 'version', id: 'versi' },
  'cli.statusText.column.keys': { en: 'keys', id: 'kunci' },
  'cli.statusText.column.threshold': { en: 'threshold', id: 'ambang' },
  'cli.statusText.column.signed': { en: 'signed', id: 'tanda tangan' },
  'cli.statusText.column.expires': { en: 'expires', id: 'kedaluwarsa pada' },
  'cli.statusText.column.left': { en: 'left', id: 'sisa' },
  'cli.statusText.column.state': { en: 'state', id: 'keadaan' },
  'cli.statusText.state.ok': { en: 'ok', id: 'ok' },
  'cli.statusText.state.warn': { en: 'warn', id: 'peringatan' },
  'cli.statusText.state.expired': { en: 'expired', id: 'kedaluwarsa' },
  'cli.statusText.state.unsigned': { en: 'unsigned', id: 'tanpa tanda tangan' },
  'cli.statusText.nothingPublished': { en: '(nothing published)', id: '(belum ada yang diterbitkan)' },
  'cli.statusText.lessThanADay': { en: '<1d', id: '<1 hari' },
  'cli.statusText.days': { en: '{days}d', id: '{days} hari' },
  'cli.statusText.ago': { en: '{days} ago', id: '{days} lalu' },
  'cli.statusText.pendingUnknown': { en: 'pending: not known (a static copy has no branches)', id: 'menunggu: tidak diketahui (salinan statis tidak memiliki branch)' },
  'cli.statusText.pendingNothing': {
    en: 'pending: nothing (no incoming/, refused/ or ceremony/ branches)',
    id: 'menunggu: tidak ada (tidak ada branch incoming/, refused/ atau ceremony/)',
  },
  'cli.statusText.pendingMore': { en: '{branches} … and {more, number} more', id: '{branches} … dan {more, number} lainnya' },
  'cli.statusText.noRegistries': {
    en: 'no registries known; record one with `gotong registry add NAME URL --root-sha256 HEX`',
    id: 'belum ada registry yang dikenal; catat satu dengan `gotong registry add NAME URL --root-sha256 HEX`',
  },
  'cli.statusText.column.name': { en: 'name', id: 'nama' },
  'cli.statusText.column.rootSha256': { en: 'root sha256', id: 'sha256 root' },
  'cli.statusText.column.url': { en: 'url', id: 'url' },
  'cli.statusText.defaultRegistry': { en: '(* = the default registry)', id: '(* = registry bawaan)' },
  'cli.statusText.removedKey': {
    en: '{count, plural, one {# version was} other {# versions were}} published by a key its namespace no longer lists (still valid: the current keys re-signed them; review what that key published):',
    id: '{count, number} versi diterbitkan dengan kunci yang tidak lagi tercantum di namespace-nya (tetap valid: kunci saat ini telah menandatanganinya ulang; tinjau apa saja yang diterbitkan kunci itu):',
  },
  'cli.statusText.removedKeyVersion': { en: '{module}  key {keyId}', id: '{module}  kunci {keyId}' },
} as const satisfies MessageCatalog;
