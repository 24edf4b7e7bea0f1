// Words of the administration commands: `gotong registry …` (setup, keys,
// status, ceremonies, the staged queue, mirrors), `keys`, `mirror`, `bundle`,
// `cache`, `store`, `catalog`, `serve`, and the flags shared by the commands
// that open private keys (cli/key-flags.ts).
import type { MessageCatalog } from './catalog.js';

export const cliAdminMessages = {
  // Option help shared by several commands.
  'cliAdmin.option.registryGit': { en: 'registry name or git URL', id: 'nama registry atau URL git' },
  'cliAdmin.option.registryGitEnv': { en: 'registry name or git URL (or GOTONG_REGISTRY)', id: 'nama registry atau URL git (atau GOTONG_REGISTRY)' },
  'cliAdmin.option.registryEnv': { en: 'registry name or URL (or GOTONG_REGISTRY)', id: 'nama atau URL registry (atau GOTONG_REGISTRY)' },
  'cliAdmin.option.onlineKey': { en: 'the registry online key (or GOTONG_ONLINE_KEY)', id: 'kunci online registry (atau GOTONG_ONLINE_KEY)' },
  'cliAdmin.option.adminKeyThreshold': {
    en: 'administrator private key (repeat to reach the threshold)',
    id: 'kunci privat administrator (ulangi hingga ambang tercapai)',
  },
  'cliAdmin.option.publisherThreshold': { en: 'publisher signatures needed', id: 'jumlah tanda tangan penerbit yang diperlukan' },
  'cliAdmin.option.newRootKey': {
    en: 'the new set of administrator public keys (repeat; default: unchanged)',
    id: 'set baru kunci publik administrator (ulangi; bawaan: tidak berubah)',
  },
  'cliAdmin.option.newThreshold': {
    en: 'new root and targets threshold (default: unchanged)',
    id: 'ambang baru untuk root dan targets (bawaan: tidak berubah)',
  },
  'cliAdmin.option.newOnlineKey': {
    en: 'new online public key for snapshot and timestamp (default: unchanged)',
    id: 'kunci publik online baru untuk snapshot dan timestamp (bawaan: tidak berubah)',
  },
  'cliAdmin.option.dryRun': { en: 'review and report, but change nothing', id: 'memeriksa dan melaporkan, tanpa mengubah apa pun' },

  // gotong registry init, add-namespace, refresh, add, verify
  'cliAdmin.registry.description': {
    en: 'create, administer, pin and verify registries',
    id: 'membuat, mengelola, menyematkan (pin), dan memverifikasi registry',
  },
  'cliAdmin.registry.init.description': {
    en: 'create a registry in TARGET (a new folder becomes a bare git repository, or an empty git URL)',
    id: 'membuat registry di TARGET (folder baru menjadi repositori git bare, atau URL git yang kosong)',
  },
  'cliAdmin.registry.init.name': { en: 'registry name, e.g. jabar-kalbar', id: 'nama registry, misalnya jabar-kalbar' },
  'cliAdmin.registry.init.rootKey': {
    en: 'administrator private key (repeat for several)',
    id: 'kunci privat administrator (ulangi untuk beberapa kunci)',
  },
  'cliAdmin.registry.init.threshold': {
    en: 'signatures needed on root and targets',
    id: 'jumlah tanda tangan yang diperlukan pada root dan targets',
  },
  'cliAdmin.registry.init.onlineKey': {
    en: 'key for snapshot and timestamp (default: the first root key; not for production)',
    id: 'kunci untuk snapshot dan timestamp (bawaan: kunci root pertama; bukan untuk produksi)',
  },
  'cliAdmin.registry.init.descriptionOption': { en: 'description written to registry.json', id: 'deskripsi yang ditulis ke registry.json' },
  'cliAdmin.registry.init.mode': {
    en: "staged: members push proposals and the registry's pipeline accepts them; direct: every publisher holds the online key",
    id: 'staged: anggota mengirim (push) usulan dan pipeline registry menerimanya; direct: setiap penerbit memegang kunci online',
  },
  'cliAdmin.registry.init.badMode': { en: '--mode {mode} is not a mode', id: '--mode {mode} bukan mode yang dikenal' },
  'cliAdmin.registry.init.badMode.hint': {
    en: "Use --mode staged (members propose, the registry's pipeline accepts) or --mode direct (one organisation publishes).",
    id: 'Gunakan --mode staged (anggota mengusulkan, pipeline registry menerima) atau --mode direct (satu organisasi menerbitkan).',
  },
  'cliAdmin.registry.init.onlineIsRoot': {
    en: 'no --online-key: the first root key also signs snapshot and timestamp',
    id: 'tidak ada --online-key: kunci root pertama juga menandatangani snapshot dan timestamp',
  },
  'cliAdmin.registry.init.onlineIsRoot.hint': {
    en: 'Fine for a demo; in production keep root keys offline and pass a separate --online-key.',
    id: 'Cukup untuk demo; di produksi simpan kunci root secara offline dan berikan --online-key tersendiri.',
  },
  'cliAdmin.registry.init.created': {
    en: 'registry {name} created at {url} ({mode} mode)',
    id: 'registry {name} dibuat di {url} (mode {mode})',
  },
  'cliAdmin.registry.init.rootSha256': { en: 'root sha256 {sha256}', id: 'sha256 root {sha256}' },
  'cliAdmin.registry.init.pinIt': {
    en: 'Give this fingerprint to member cities out of band; they pin it with:',
    id: 'Berikan sidik jari ini kepada kota/kabupaten anggota melalui saluran terpisah; mereka menyematkannya dengan:',
  },

  'cliAdmin.registry.addNamespace.description': {
    en: 'delegate @NS/* to publisher keys (signed by the administrators)',
    id: 'mendelegasikan @NS/* ke kunci penerbit (ditandatangani oleh administrator)',
  },
  'cliAdmin.registry.addNamespace.publisherKey': {
    en: 'publisher public key (repeat for several)',
    id: 'kunci publik penerbit (ulangi untuk beberapa kunci)',
  },
  'cliAdmin.registry.addNamespace.onlineKey': {
    en: 'online key (or GOTONG_ONLINE_KEY); default: the first admin key',
    id: 'kunci online (atau GOTONG_ONLINE_KEY); bawaan: kunci administrator pertama',
  },
  'cliAdmin.registry.addNamespace.done': {
    en: '@{namespace}/* is delegated to {keys} (threshold {threshold})',
    id: '@{namespace}/* didelegasikan kepada {keys} (ambang {threshold})',
  },

  'cliAdmin.registry.refresh.description': {
    en: 're-sign snapshot and timestamp with fresh expiry (run daily from a scheduled job)',
    id: 'menandatangani ulang snapshot dan timestamp dengan masa berlaku baru (jalankan setiap hari dari job terjadwal)',
  },
  'cliAdmin.registry.refresh.done': {
    en: 'timestamp v{version} signed, valid until {expires}',
    id: 'timestamp v{version} ditandatangani, berlaku hingga {expires}',
  },

  'cliAdmin.registry.add.description': {
    en: 'record a registry under NAME and pin its root',
    id: 'mencatat registry dengan nama NAME dan menyematkan root-nya',
  },
  'cliAdmin.registry.add.rootSha256': {
    en: "sha256 of the registry's 1.root.json, from its administrators",
    id: 'sha256 dari 1.root.json registry, didapat dari administratornya',
  },
  'cliAdmin.registry.add.root': {
    en: "a copy of the registry's 1.root.json, from its administrators",
    id: 'salinan 1.root.json registry, didapat dari administratornya',
  },
  'cliAdmin.registry.add.mirror': {
    en: 'a copy to read before the origin (repeat for several, tried in order)',
    id: 'salinan yang dibaca sebelum asal (origin) (ulangi untuk beberapa, dicoba berurutan)',
  },
  'cliAdmin.registry.add.noPin': {
    en: 'pin the root with --root-sha256 HEX or --root FILE',
    id: 'sematkan root dengan --root-sha256 HEX atau --root FILE',
  },
  'cliAdmin.registry.add.noPin.hint': {
    en: 'Ask the registry administrators for the fingerprint printed by `gotong registry init`.',
    id: 'Mintalah sidik jari yang dicetak oleh `gotong registry init` kepada administrator registry.',
  },
  'cliAdmin.registry.add.done': {
    en: 'registry {name} added ({url}), root pinned to {sha256}',
    id: 'registry {name} ditambahkan ({url}), root disematkan ke {sha256}',
  },

  'cliAdmin.registry.verify.description': {
    en: 'check every signature, threshold, expiry, delegation and target of a registry',
    id: 'memeriksa setiap tanda tangan, ambang, masa berlaku, delegasi, dan target sebuah registry',
  },
  'cliAdmin.registry.verify.valid': {
    en: '{label} is valid: root v{rootVersion}, {namespaces, plural, one {# namespace} other {# namespaces}}, {modules, plural, one {# module role} other {# module roles}}, {targets, plural, one {# target} other {# targets}} checked',
    id: '{label} valid: root v{rootVersion}, {namespaces, number} namespace, {modules, number} peran modul, {targets, number} target diperiksa',
  },

  // gotong registry namespace-keys, rotate-root
  'cliAdmin.registry.namespaceKeys.description': {
    en: 'replace the publisher keys of @NS (a key left out is revoked); the new keys re-sign its modules',
    id: 'mengganti kunci penerbit @NS (kunci yang tidak disebut dicabut); kunci baru menandatangani ulang modul-modulnya',
  },
  'cliAdmin.registry.namespaceKeys.publisherKey': {
    en: 'a publisher public key to keep or add (repeat)',
    id: 'kunci publik penerbit yang dipertahankan atau ditambahkan (ulangi)',
  },
  'cliAdmin.registry.namespaceKeys.signingKey': {
    en: 'private key from the new set that re-signs the namespace (repeat to reach its threshold)',
    id: 'kunci privat dari set baru yang menandatangani ulang namespace (ulangi hingga ambangnya tercapai)',
  },
  'cliAdmin.registry.namespaceKeys.done': {
    en: '@{namespace}/* now trusts {keys} (threshold {threshold}); other keys are revoked',
    id: '@{namespace}/* kini memercayai {keys} (ambang {threshold}); kunci lain dicabut',
  },
  'cliAdmin.registry.rotateRoot.description': {
    en: 'write root N+1: new administrator keys, threshold or online key, signed by the old and the new thresholds',
    id: 'menulis root N+1: kunci administrator, ambang, atau kunci online baru, ditandatangani oleh ambang lama dan ambang baru',
  },
  'cliAdmin.registry.rotateRoot.adminKey': {
    en: 'current and new administrator private keys (repeat to reach both thresholds)',
    id: 'kunci privat administrator saat ini dan yang baru (ulangi hingga kedua ambang tercapai)',
  },
  'cliAdmin.registry.rotateRoot.onlineKey': {
    en: 'private online key that signs after the rotation (or GOTONG_ONLINE_KEY)',
    id: 'kunci privat online yang menandatangani setelah rotasi (atau GOTONG_ONLINE_KEY)',
  },
  'cliAdmin.registry.rotateRoot.done': {
    en: 'root v{rootVersion}: {keys, plural, one {# administrator key} other {# administrator keys}}, threshold {threshold}, online key {onlineKey}',
    id: 'root v{rootVersion}: {keys, number} kunci administrator, ambang {threshold}, kunci online {onlineKey}',
  },

  // gotong registry status, list, remove
  'cliAdmin.registry.status.description': {
    en: 'mode, every role with version, keys, threshold and expiry, and pending branches; exit 3 once a role has expired',
    id: 'mode, setiap peran beserta versi, kunci, ambang, dan masa berlakunya, serta branch yang menunggu; keluar dengan kode 3 bila suatu peran telah kedaluwarsa',
  },
  'cliAdmin.registry.list.description': {
    en: 'the registries this machine knows: name, URL, pinned root, default',
    id: 'registry yang dikenal mesin ini: nama, URL, root yang disematkan, bawaan',
  },
  'cliAdmin.registry.remove.description': {
    en: 'forget a registry: its configuration entry, trusted metadata and local clones',
    id: 'melupakan registry: entri konfigurasinya, metadata tepercaya, dan clone lokalnya',
  },
  'cliAdmin.registry.remove.done': { en: 'registry {name} removed', id: 'registry {name} dihapus' },
  'cliAdmin.registry.remove.doneWasDefault': {
    en: 'registry {name} removed; there is no default registry now',
    id: 'registry {name} dihapus; kini tidak ada registry bawaan',
  },

  // gotong registry root|targets propose, sign, commit, status, discard
  'cliAdmin.ceremony.heading': { en: '{kind} proposal {id} (branch {branch})', id: 'usulan {kind} {id} (branch {branch})' },
  'cliAdmin.ceremony.refused': { en: 'refused: {reason}', id: 'ditolak: {reason}' },
  'cliAdmin.ceremony.stale': { en: 'stale: {reason}', id: 'tertinggal: {reason}' },
  'cliAdmin.ceremony.discardIt': { en: 'discard it: {command}', id: 'buang usulan ini: {command}' },
  'cliAdmin.ceremony.signatures': { en: 'signatures:', id: 'tanda tangan:' },
  'cliAdmin.ceremony.signatureLine': {
    en: '{document}  {who}: {signed}/{threshold}{bySome, select, yes {, signed by {signedBy}} other {}}{byOthers, select, yes {; not yet by {others}} other {}}',
    id: '{document}  {who}: {signed}/{threshold}{bySome, select, yes {, ditandatangani oleh {signedBy}} other {}}{byOthers, select, yes {; belum oleh {others}} other {}}',
  },
  'cliAdmin.ceremony.ready': { en: 'ready: {command}', id: 'siap: {command}' },
  'cliAdmin.ceremony.stillMissing': {
    en: 'still missing {missing}: each holder runs {command}',
    id: 'masih kurang {missing}: setiap pemegang kunci menjalankan {command}',
  },
  'cliAdmin.ceremony.missingFrom': { en: '{need} from {who}', id: '{need} dari {who}' },
  'cliAdmin.ceremony.noneAdded': {
    en: 'no signature added: the given keys had signed already',
    id: 'tidak ada tanda tangan yang ditambahkan: kunci yang diberikan sudah menandatangani sebelumnya',
  },
  'cliAdmin.ceremony.added': { en: 'signed {document} with {key}', id: '{document} ditandatangani dengan {key}' },
  'cliAdmin.ceremony.expiresTooSoon': { en: '--expires-in must be at least one day', id: '--expires-in harus paling sedikit satu hari' },
  'cliAdmin.ceremony.expiresTooSoon.hint': {
    en: 'Root and targets usually last a year: --expires-in 365d.',
    id: 'Root dan targets biasanya berlaku setahun: --expires-in 365d.',
  },
  'cliAdmin.ceremony.oneChange': {
    en: 'give one of --add-namespace, --remove-namespace and --namespace-keys',
    id: 'berikan salah satu dari --add-namespace, --remove-namespace, dan --namespace-keys',
  },
  'cliAdmin.ceremony.oneChange.hint': {
    en: 'One change per proposal: propose the others after this one is committed.',
    id: 'Satu perubahan per usulan: usulkan perubahan lain setelah usulan ini di-commit.',
  },
  'cliAdmin.ceremony.needsKeys': {
    en: "--add-namespace and --namespace-keys need the city's keys",
    id: '--add-namespace dan --namespace-keys memerlukan kunci kota/kabupaten',
  },
  'cliAdmin.ceremony.needsKeys.hint': {
    en: 'Pass each publisher public key with --publisher-key PUBFILE.',
    id: 'Berikan setiap kunci publik penerbit dengan --publisher-key PUBFILE.',
  },
  'cliAdmin.ceremony.keysWithoutChange': {
    en: '--publisher-key and --threshold go with --add-namespace or --namespace-keys',
    id: '--publisher-key dan --threshold hanya dipakai bersama --add-namespace atau --namespace-keys',
  },
  'cliAdmin.ceremony.keysWithoutChange.hint': {
    en: 'Leave them out, or say which namespace they are for.',
    id: 'Hilangkan keduanya, atau sebutkan untuk namespace mana.',
  },
  'cliAdmin.ceremony.sign.description': {
    en: 'add your signature to {kind} proposal ID (only the documents your key is needed on)',
    id: 'menambahkan tanda tangan Anda pada usulan {kind} ID (hanya dokumen yang memerlukan kunci Anda)',
  },
  'cliAdmin.ceremony.sign.key': {
    en: "your private key, administrator's or city's (or GOTONG_SIGNING_KEY); repeat for several",
    id: 'kunci privat Anda, milik administrator atau kota/kabupaten (atau GOTONG_SIGNING_KEY); ulangi untuk beberapa kunci',
  },
  'cliAdmin.ceremony.commit.description': {
    en: 'put {kind} proposal ID on main once every threshold is met (else: name the missing signatures, change nothing)',
    id: 'menempatkan usulan {kind} ID di main setelah setiap ambang terpenuhi (jika belum: menyebutkan tanda tangan yang kurang, tanpa mengubah apa pun)',
  },
  'cliAdmin.ceremony.commit.onlineKey': {
    en: 'the online key that signs snapshot and timestamp, the new one if the proposal changes it (or GOTONG_ONLINE_KEY)',
    id: 'kunci online yang menandatangani snapshot dan timestamp, yang baru bila usulan mengubahnya (atau GOTONG_ONLINE_KEY)',
  },
  'cliAdmin.ceremony.commit.done': { en: 'committed {id}', id: '{id} di-commit' },
  'cliAdmin.ceremony.status.description': {
    en: 'list the open {kind} proposals: what each changes, signatures present and missing',
    id: 'menampilkan usulan {kind} yang terbuka: apa yang diubah masing-masing, tanda tangan yang ada dan yang kurang',
  },
  'cliAdmin.ceremony.status.none': { en: 'no open {kind} proposals', id: 'tidak ada usulan {kind} yang terbuka' },
  'cliAdmin.ceremony.discard.description': {
    en: 'delete {kind} proposal ID (stalled, stale, or never meant)',
    id: 'menghapus usulan {kind} ID (macet, tertinggal, atau tidak pernah dimaksudkan)',
  },
  'cliAdmin.ceremony.discard.done': { en: 'discarded {id}', id: '{id} dibuang' },
  'cliAdmin.ceremony.propose.expiresIn': { en: 'how long {what} is valid (default 365d)', id: 'berapa lama {what} berlaku (bawaan 365d)' },
  'cliAdmin.ceremony.propose.key': {
    en: 'your administrator private key, to sign the proposal at once (repeat for several)',
    id: 'kunci privat administrator Anda, untuk langsung menandatangani usulan (ulangi untuk beberapa kunci)',
  },
  'cliAdmin.ceremony.root.description': {
    en: 'change root (administrator keys, threshold, online key, expiry) with administrators signing one at a time',
    id: 'mengubah root (kunci administrator, ambang, kunci online, masa berlaku) dengan para administrator menandatangani satu per satu',
  },
  'cliAdmin.ceremony.root.propose': {
    en: 'propose root N+1 on a branch of its own; prints its id',
    id: 'mengusulkan root N+1 di branch tersendiri; mencetak id-nya',
  },
  'cliAdmin.ceremony.targets.description': {
    en: 'change the member cities (add, remove, change keys) with administrators signing one at a time',
    id: 'mengubah kota/kabupaten anggota (menambah, menghapus, mengganti kunci) dengan para administrator menandatangani satu per satu',
  },
  'cliAdmin.ceremony.targets.propose': {
    en: 'propose targets M+1 (one change; none: only a fresh expiry) on a branch of its own; prints its id',
    id: 'mengusulkan targets M+1 (satu perubahan; tanpa perubahan: hanya masa berlaku baru) di branch tersendiri; mencetak id-nya',
  },
  'cliAdmin.ceremony.targets.addNamespace': {
    en: 'delegate @NS/* to --publisher-key keys',
    id: 'mendelegasikan @NS/* kepada kunci --publisher-key',
  },
  'cliAdmin.ceremony.targets.removeNamespace': {
    en: 'stop delegating @NS/*: its modules can no longer be installed, and the name is never given out again',
    id: 'berhenti mendelegasikan @NS/*: modulnya tidak dapat dipasang lagi, dan nama itu tidak akan pernah diberikan lagi',
  },
  'cliAdmin.ceremony.targets.namespaceKeys': {
    en: 'replace the publisher keys of @NS with --publisher-key keys (the city signs its re-signed role with a new key)',
    id: 'mengganti kunci penerbit @NS dengan kunci --publisher-key (kota/kabupaten menandatangani perannya yang ditandatangani ulang dengan kunci baru)',
  },
  'cliAdmin.ceremony.targets.publisherKey': {
    en: 'a publisher public key of the city (repeat)',
    id: 'kunci publik penerbit milik kota/kabupaten (ulangi)',
  },
  'cliAdmin.ceremony.targets.threshold': {
    en: 'publisher signatures the city needs (default 1)',
    id: 'jumlah tanda tangan penerbit yang diperlukan kota/kabupaten (bawaan 1)',
  },

  // gotong registry accept, pending
  'cliAdmin.staged.nonePending': { en: 'no proposals are pending', id: 'tidak ada usulan yang menunggu' },
  'cliAdmin.staged.accepted': {
    en: 'accepted {count, plural, one {# proposal} other {# proposals}}{moved, select, yes {; main moved} other {}}',
    id: '{count, number} usulan diterima{moved, select, yes {; main berpindah} other {}}',
  },
  'cliAdmin.staged.wouldAccept': {
    en: 'would accept {count, plural, one {# proposal} other {# proposals}}{moved, select, yes {; main moved} other {}}',
    id: 'akan menerima {count, number} usulan{moved, select, yes {; main berpindah} other {}}',
  },
  'cliAdmin.staged.refusedCount': { en: 'refused {count}:', id: 'ditolak {count, number}:' },
  'cliAdmin.staged.wouldRefuse': { en: 'would refuse {count}:', id: 'akan menolak {count, number}:' },
  'cliAdmin.staged.pendingCount': { en: '{count} pending:', id: '{count, number} menunggu:' },
  'cliAdmin.staged.refusedTitle': { en: '{count} refused:', id: '{count, number} ditolak:' },
  'cliAdmin.staged.accept.description': {
    en: "put every pending proposal that passes review on main, refuse the rest with the reason (the registry's own pipeline)",
    id: 'menempatkan setiap usulan yang menunggu dan lolos pemeriksaan di main, menolak sisanya beserta alasannya (pipeline milik registry)',
  },
  'cliAdmin.staged.accept.retryFor': {
    en: 'keep trying this long while others push first (or GOTONG_PUBLISH_RETRY_FOR)',
    id: 'terus mencoba selama waktu ini bila pihak lain lebih dulu melakukan push (atau GOTONG_PUBLISH_RETRY_FOR)',
  },
  'cliAdmin.staged.pending.description': {
    en: 'the proposals waiting for the accept job, and those refused with the reason',
    id: 'usulan yang menunggu job accept, dan usulan yang ditolak beserta alasannya',
  },

  // gotong keys
  'cliAdmin.keys.description': { en: 'make and inspect Ed25519 signing keys', id: 'membuat dan memeriksa kunci penanda tangan Ed25519' },
  'cliAdmin.keys.generate.description': {
    en: 'generate an Ed25519 key pair: FILE (private, mode 0600) and FILE.pub',
    id: 'membuat pasangan kunci Ed25519: FILE (privat, mode 0600) dan FILE.pub',
  },
  'cliAdmin.keys.generate.out': { en: 'where to write the private key', id: 'tempat menulis kunci privat' },
  'cliAdmin.keys.generate.passphraseEnv': {
    en: 'encrypt the private key with the passphrase in this environment variable',
    id: 'mengenkripsi kunci privat dengan frasa sandi di variabel lingkungan ini',
  },
  'cliAdmin.keys.generate.keyId': { en: 'key id {keyId}', id: 'id kunci {keyId}' },
  'cliAdmin.keys.generate.privateKey': { en: 'private key {file}', id: 'kunci privat {file}' },
  'cliAdmin.keys.generate.privateKeyEncrypted': { en: 'private key {file} (encrypted)', id: 'kunci privat {file} (terenkripsi)' },
  'cliAdmin.keys.generate.publicKey': { en: 'public key  {file}', id: 'kunci publik {file}' },
  'cliAdmin.keys.show.description': {
    en: 'print the TUF key id and public key of a key file (.pub, or private and maybe encrypted)',
    id: 'mencetak id kunci TUF dan kunci publik dari berkas kunci (.pub, atau privat dan mungkin terenkripsi)',
  },
  'cliAdmin.keys.show.keyId': { en: 'key id     {keyId}', id: 'id kunci     {keyId}' },
  'cliAdmin.keys.show.publicKey': { en: 'public key {publicKey} ({keyType})', id: 'kunci publik {publicKey} ({keyType})' },

  // gotong mirror, gotong registry mirrors
  'cliAdmin.mirror.description': {
    en: 'verify a registry and copy it to a folder any web server can serve, or to another git remote; run again, it copies what changed',
    id: 'memverifikasi registry dan menyalinnya ke folder yang dapat disajikan web server apa pun, atau ke remote git lain; bila dijalankan lagi, hanya yang berubah yang disalin',
  },
  'cliAdmin.mirror.from': {
    en: 'the registry to copy (a configured name or a URL)',
    id: 'registry yang disalin (nama yang sudah dikonfigurasi atau URL)',
  },
  'cliAdmin.mirror.to': {
    en: 'a folder (served as it is by nginx or a CDN) or a git URL (main and targets/* are pushed)',
    id: 'folder (disajikan apa adanya oleh nginx atau CDN) atau URL git (main dan targets/* di-push)',
  },
  'cliAdmin.mirror.copied': {
    en: '{from} copied to {to}: timestamp v{version}, {copied, plural, one {# file} other {# files}} written ({bytes} bytes), {kept} kept, {removed} removed',
    id: '{from} disalin ke {to}: timestamp v{version}, {copied, number} berkas ditulis ({bytes, number} byte), {kept, number} dipertahankan, {removed, number} dihapus',
  },
  'cliAdmin.mirror.pushed': { en: '{from} pushed to {to} at {commit}', id: '{from} di-push ke {to} pada {commit}' },
  'cliAdmin.mirror.unchanged': {
    en: '{from} already to {to} at {commit} (nothing new)',
    id: '{from} sudah ada di {to} pada {commit} (tidak ada yang baru)',
  },
  'cliAdmin.mirrors.description': {
    en: "show or set the mirrors read before a registry's origin, in order",
    id: 'menampilkan atau mengatur mirror yang dibaca sebelum asal (origin) registry, berurutan',
  },
  'cliAdmin.mirrors.name': { en: 'a configured registry', id: 'registry yang sudah dikonfigurasi' },
  'cliAdmin.mirrors.urls': {
    en: 'the mirrors, in the order to try them (replaces the list)',
    id: 'mirror, dalam urutan untuk dicoba (menggantikan daftar)',
  },
  'cliAdmin.mirrors.clear': { en: 'read the origin only', id: 'hanya membaca asal (origin)' },
  'cliAdmin.mirrors.clearWithUrls': {
    en: '--clear sets no mirrors, and URLs were given',
    id: '--clear tidak memasang mirror, tetapi URL diberikan',
  },
  'cliAdmin.mirrors.clearWithUrls.hint': {
    en: 'Pass either the mirrors to keep or --clear.',
    id: 'Berikan mirror yang ingin dipertahankan, atau --clear.',
  },
  'cliAdmin.mirrors.none': { en: '(none: the origin only)', id: '(tidak ada: hanya asal)' },
  'cliAdmin.mirrors.title': {
    en: 'mirrors of {name}, tried in order before the origin:',
    id: 'mirror {name}, dicoba berurutan sebelum asal (origin):',
  },

  // gotong bundle create
  'cliAdmin.bundle.description': {
    en: 'offline bundles: signed modules carried to a machine with no network',
    id: 'bundel offline: modul bertanda tangan yang dibawa ke mesin tanpa jaringan',
  },
  'cliAdmin.bundle.create.description': {
    en: 'write one file holding MODULE[@RANGE]... with their dependencies and the signed metadata to verify them',
    id: 'menulis satu berkas berisi MODULE[@RANGE]... beserta dependensinya dan metadata bertanda tangan untuk memverifikasinya',
  },
  'cliAdmin.bundle.create.modules': { en: 'e.g. @bandung/e-musrenbang@^2.1', id: 'misalnya @bandung/e-musrenbang@^2.1' },
  'cliAdmin.bundle.create.out': { en: 'the bundle file to write (a tar)', id: 'berkas bundel yang ditulis (sebuah tar)' },
  'cliAdmin.bundle.create.lockfile': {
    en: 'bundle exactly the modules a gotong-lock.json pins (default: the one here), plus any modules named',
    id: 'membundel tepat modul yang dikunci oleh gotong-lock.json (bawaan: yang ada di sini), ditambah modul yang disebutkan',
  },
  'cliAdmin.bundle.create.wrote': {
    en: 'wrote {file} ({bytes} bytes): {modules, plural, one {# module} other {# modules}}, {targetFiles, plural, one {# registry file} other {# registry files}} and {metadataFiles, plural, one {# signed metadata file} other {# signed metadata files}} from {registry}',
    id: '{file} ditulis ({bytes, number} byte): {modules, number} modul, {targetFiles, number} berkas registry, dan {metadataFiles, number} berkas metadata bertanda tangan dari {registry}',
  },
  'cliAdmin.bundle.create.validUntil': {
    en: 'installs with `gotong install --from-bundle` until {validUntil}, when its signed metadata expires',
    id: 'dapat dipasang dengan `gotong install --from-bundle` hingga {validUntil}, saat metadata bertanda tangannya kedaluwarsa',
  },

  // gotong cache verify|clean, gotong store prune
  'cliAdmin.size.bytes': { en: '{bytes} B', id: '{bytes, number} B' },
  'cliAdmin.size.unit': { en: '{value, number, ::.0 group-off} {unit}', id: '{value, number, ::.0} {unit}' },
  'cliAdmin.cache.description': {
    en: 'check or empty the download cache (GOTONG_HOME/cache)',
    id: 'memeriksa atau mengosongkan cache unduhan (GOTONG_HOME/cache)',
  },
  'cliAdmin.cache.verify.description': {
    en: "hash every cached tarball and index file against its sha512, remove those that differ, and show the cache's size",
    id: 'menghitung hash setiap tarball dan berkas indeks di cache untuk dicocokkan dengan sha512-nya, menghapus yang berbeda, dan menampilkan ukuran cache',
  },
  'cliAdmin.cache.verify.removed': { en: 'removed {path} ({reason})', id: '{path} dihapus ({reason})' },
  'cliAdmin.cache.verify.allMatch': {
    en: '{entries, plural, one {# entry} other {# entries}}, {size}, all match their sha512',
    id: '{entries, number} entri, {size}, semuanya cocok dengan sha512-nya',
  },
  'cliAdmin.cache.verify.damagedRemoved': {
    en: '{entries, plural, one {# entry} other {# entries}}, {size}, all match their sha512; {damaged, plural, one {# damaged entry} other {# damaged entries}} removed, to be downloaded again when needed',
    id: '{entries, number} entri, {size}, semuanya cocok dengan sha512-nya; {damaged, number} entri rusak dihapus dan akan diunduh lagi bila diperlukan',
  },
  'cliAdmin.cache.clean.description': {
    en: 'empty the download cache; refused while another gotong command uses it',
    id: 'mengosongkan cache unduhan; ditolak selama perintah gotong lain menggunakannya',
  },
  'cliAdmin.cache.clean.done': {
    en: 'removed {files, plural, one {# file} other {# files}}, {size}, from {dir}',
    id: '{files, number} berkas ({size}) dihapus dari {dir}',
  },
  'cliAdmin.store.description': {
    en: 'the module store (GOTONG_HOME/store): module versions extracted once and hard-linked into workspaces',
    id: 'store modul (GOTONG_HOME/store): versi modul yang dibongkar sekali lalu ditautkan (hard link) ke workspace',
  },
  'cliAdmin.store.prune.description': {
    en: 'remove the store entries no workspace on this machine uses; refused while another gotong command uses the store',
    id: 'menghapus entri store yang tidak dipakai workspace mana pun di mesin ini; ditolak selama perintah gotong lain menggunakan store',
  },
  'cliAdmin.store.prune.dryRun': {
    en: 'say what would be removed, and remove nothing',
    id: 'menyebutkan apa yang akan dihapus, tanpa menghapus apa pun',
  },
  'cliAdmin.store.prune.gone': { en: 'gone: {path} (forgotten)', id: 'hilang: {path} (dilupakan)' },
  'cliAdmin.store.prune.goneWould': { en: 'gone: {path} (would be forgotten)', id: 'hilang: {path} (akan dilupakan)' },
  'cliAdmin.store.prune.kept': {
    en: 'kept {entries, plural, one {# entry} other {# entries}} ({size}) used by {workspaces, plural, one {# workspace} other {# workspaces}} on this machine',
    id: '{entries, number} entri ({size}) dipertahankan, dipakai oleh {workspaces, number} workspace di mesin ini',
  },
  'cliAdmin.store.prune.removed': {
    en: 'removed {entries, plural, one {# entry} other {# entries}} ({size}) no workspace uses',
    id: '{entries, number} entri ({size}) yang tidak dipakai workspace mana pun dihapus',
  },
  'cliAdmin.store.prune.wouldRemove': {
    en: 'would remove {entries, plural, one {# entry} other {# entries}} ({size}) no workspace uses',
    id: 'akan menghapus {entries, number} entri ({size}) yang tidak dipakai workspace mana pun',
  },

  // gotong catalog build, gotong serve
  'cliAdmin.catalog.description': {
    en: 'the registry catalog: a static web site of its modules',
    id: 'katalog registry: situs web statis berisi modul-modulnya',
  },
  'cliAdmin.catalog.build.description': {
    en: 'verify a registry and write its catalog as static files',
    id: 'memverifikasi registry dan menulis katalognya sebagai berkas statis',
  },
  'cliAdmin.catalog.build.out': { en: 'folder to write the site into', id: 'folder tempat situs ditulis' },
  'cliAdmin.catalog.build.offline': {
    en: 'use only the cache and unexpired trusted metadata',
    id: 'hanya memakai cache dan metadata tepercaya yang belum kedaluwarsa',
  },
  'cliAdmin.catalog.build.written': {
    en: 'catalog of {modules, plural, one {# module} other {# modules}} written to {outDir} ({pages, plural, one {# page} other {# pages}}, {bytes} bytes)',
    id: 'katalog berisi {modules, number} modul ditulis ke {outDir} ({pages, number} halaman, {bytes, number} byte)',
  },
  'cliAdmin.catalog.build.open': { en: 'open {path}', id: 'buka {path}' },
  'cliAdmin.serve.description': {
    en: "serve the catalog and the registry's files over HTTP on loopback, rebuilding when the registry changes",
    id: 'menyajikan katalog dan berkas registry melalui HTTP di loopback, dan membangunnya ulang saat registry berubah',
  },
  'cliAdmin.serve.port': { en: 'port to listen on (0 = any free port)', id: 'port yang didengarkan (0 = port bebas mana pun)' },
  'cliAdmin.serve.host': { en: 'address to listen on', id: 'alamat yang didengarkan' },
  'cliAdmin.serve.badPort': {
    en: '--port must be a number from 0 to 65535, not "{port}"',
    id: '--port harus berupa angka dari 0 sampai 65535, bukan "{port}"',
  },
  'cliAdmin.serve.badPort.hint': { en: 'For example --port 8080.', id: 'Misalnya --port 8080.' },
  'cliAdmin.serve.serving': {
    en: 'serving the catalog at {url}/ and the registry at {url}/registry/ (Ctrl+C stops)',
    id: 'menyajikan katalog di {url}/ dan registry di {url}/registry/ (Ctrl+C untuk berhenti)',
  },
  'cliAdmin.serve.stopped': { en: 'stopped', id: 'berhenti' },

  // Flags of the commands that open private keys (cli/key-flags.ts)
  'cliAdmin.keyFlags.threshold': {
    en: '--threshold must be a whole number of at least 1, not "{text}"',
    id: '--threshold harus bilangan bulat paling sedikit 1, bukan "{text}"',
  },
  'cliAdmin.keyFlags.threshold.hint': { en: 'For example --threshold 2 with three keys.', id: 'Misalnya --threshold 2 dengan tiga kunci.' },
  'cliAdmin.keyFlags.passphraseOption': {
    en: 'read the passphrase of KEYFILE (or of the key in GOTONG_SIGNING_KEY or GOTONG_ONLINE_KEY) from the environment variable VAR; repeat for each key (default for all keys: GOTONG_KEY_PASSPHRASE)',
    id: 'membaca frasa sandi KEYFILE (atau kunci di GOTONG_SIGNING_KEY atau GOTONG_ONLINE_KEY) dari variabel lingkungan VAR; ulangi untuk setiap kunci (bawaan untuk semua kunci: GOTONG_KEY_PASSPHRASE)',
  },
  'cliAdmin.keyFlags.mappingShape': {
    en: '--key-passphrase-env takes KEYFILE=VAR, where VAR is the name of an environment variable',
    id: '--key-passphrase-env menerima KEYFILE=VAR, dengan VAR berupa nama variabel lingkungan',
  },
  'cliAdmin.keyFlags.mappingShape.hint': {
    en: 'For example --key-passphrase-env admin-2.pem=ADMIN_2_PASS, with the passphrase in ADMIN_2_PASS: never write the passphrase itself on the command line.',
    id: 'Misalnya --key-passphrase-env admin-2.pem=ADMIN_2_PASS, dengan frasa sandi di ADMIN_2_PASS: jangan pernah menulis frasa sandi itu sendiri di baris perintah.',
  },
  'cliAdmin.keyFlags.unknownKey': {
    en: '--key-passphrase-env names {key}, but this command reads no private key from it',
    id: '--key-passphrase-env menyebut {key}, tetapi perintah ini tidak membaca kunci privat dari situ',
  },
  'cliAdmin.keyFlags.unknownKey.hint': {
    en: 'Name a key file given to this command.',
    id: 'Sebutkan berkas kunci yang diberikan kepada perintah ini.',
  },
  'cliAdmin.keyFlags.unknownKey.hintVariables': {
    en: 'Name a key file given to this command, or {variables}.',
    id: 'Sebutkan berkas kunci yang diberikan kepada perintah ini, atau {variables}.',
  },
  'cliAdmin.keyFlags.newPassphraseUnset': {
    en: 'the environment variable named by --passphrase-env is empty or unset',
    id: 'variabel lingkungan yang disebut oleh --passphrase-env kosong atau belum diatur',
  },
  'cliAdmin.keyFlags.newPassphraseUnset.hint': {
    en: 'Set it to the passphrase before running the command: --passphrase-env takes the name of a variable, never the passphrase itself.',
    id: 'Isi variabel itu dengan frasa sandi sebelum menjalankan perintah: --passphrase-env menerima nama variabel, bukan frasa sandi itu sendiri.',
  },
  'cliAdmin.keyFlags.keyInVariable': { en: 'the key in {variable}', id: 'kunci di {variable}' },
  'cliAdmin.keyFlags.namedUnset': {
    en: 'the environment variable that --key-passphrase-env names for {label} is empty or unset',
    id: 'variabel lingkungan yang disebut --key-passphrase-env untuk {label} kosong atau belum diatur',
  },
  'cliAdmin.keyFlags.namedUnset.hint': {
    en: 'Set it to the passphrase of that key before running the command.',
    id: 'Isi variabel itu dengan frasa sandi kunci tersebut sebelum menjalankan perintah.',
  },
  'cliAdmin.keyFlags.fromNamed': {
    en: 'the passphrase in the environment variable {variable}',
    id: 'frasa sandi di variabel lingkungan {variable}',
  },
  'cliAdmin.keyFlags.fromDefault': { en: 'the passphrase in GOTONG_KEY_PASSPHRASE', id: 'frasa sandi di GOTONG_KEY_PASSPHRASE' },
  'cliAdmin.keyFlags.prompt': { en: 'Passphrase for {label}', id: 'Frasa sandi untuk {label}' },
  'cliAdmin.keyFlags.fromTyped': { en: 'the passphrase typed for {label}', id: 'frasa sandi yang diketik untuk {label}' },
} as const satisfies MessageCatalog;
