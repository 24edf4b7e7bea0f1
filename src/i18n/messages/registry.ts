// The registry access layer (src/registry/), verified reads (src/verified/)
// and registry changes (src/change/): reaching a registry over git, HTTP or a
// bundle, reading what it signed, and pushing a change to it.
import type { MessageCatalog } from './catalog.js';

export const registryMessages = {
  // src/registry/http.ts: a static registry host over HTTP(S).
  'registry.http.noAnswer': { en: 'no answer within {seconds}s', id: 'tidak ada jawaban dalam {seconds, number} detik' },
  'registry.http.stalled': { en: 'the download stalled for {seconds}s', id: 'unduhan terhenti selama {seconds, number} detik' },
  'registry.http.noConnection': { en: 'no connection within {seconds}s', id: 'tidak ada koneksi dalam {seconds, number} detik' },
  'registry.http.connectionRefused': { en: 'the connection was refused', id: 'koneksi ditolak' },
  'registry.http.hostUnknown': { en: 'the host name could not be resolved', id: 'nama host tidak dapat ditemukan di DNS' },
  'registry.http.cutOff': { en: 'the connection closed before the whole file arrived', id: 'koneksi tertutup sebelum seluruh berkas diterima' },
  'registry.http.tooSlow': { en: 'the download was slower than {rate} KiB/s', id: 'unduhan lebih lambat dari {rate, number} KiB/detik' },
  'registry.http.caUnreadable': {
    en: 'NODE_EXTRA_CA_CERTS names {file}, which cannot be read ({reason})',
    id: 'NODE_EXTRA_CA_CERTS menunjuk {file}, yang tidak dapat dibaca ({reason})',
  },
  'registry.http.caUnreadable.hint': {
    en: 'Point NODE_EXTRA_CA_CERTS at a PEM file holding your organisation\'s CA certificates, or unset it.',
    id: 'Arahkan NODE_EXTRA_CA_CERTS ke berkas PEM yang berisi sertifikat CA organisasi Anda, atau hapus variabel itu.',
  },
  'registry.http.proxyRefused': {
    en: 'the proxy refused to connect to {label} for {what} (HTTP {status})',
    id: 'proxy menolak menyambung ke {label} untuk {what} (HTTP {status})',
  },
  'registry.http.proxyRefused.hint': {
    en: 'Check HTTPS_PROXY / HTTP_PROXY, or name the registry host in NO_PROXY if it is reached without the proxy.',
    id: 'Periksa HTTPS_PROXY / HTTP_PROXY, atau cantumkan host registry di NO_PROXY jika host itu dicapai tanpa proxy.',
  },
  'registry.http.proxyCredentials.hint': {
    en: 'The proxy wants credentials: put them in the proxy URL (HTTPS_PROXY=http://user:password@proxy:port).',
    id: 'Proxy meminta kredensial: tuliskan di URL proxy (HTTPS_PROXY=http://user:password@proxy:port).',
  },
  'registry.http.unreachable': {
    en: 'could not read {what} from {label}: {reason}{attempts, plural, =1 {} other { (# attempts)}}',
    id: 'tidak dapat membaca {what} dari {label}: {reason}{attempts, plural, =1 {} other { (# percobaan)}}',
  },
  'registry.http.unreachable.hint': {
    en: 'Check the network, the URL and HTTPS_PROXY / NO_PROXY, then run again; GOTONG_HTTP_TIMEOUT and GOTONG_HTTP_RETRIES allow a slow host more time. Add --offline to work from the cache.',
    id: 'Periksa jaringan, URL, serta HTTPS_PROXY / NO_PROXY, lalu jalankan lagi; GOTONG_HTTP_TIMEOUT dan GOTONG_HTTP_RETRIES memberi host yang lambat lebih banyak waktu. Tambahkan --offline untuk bekerja dari cache.',
  },
  'registry.http.untrusted.hint': {
    en: 'The server\'s certificate is not trusted. If your organisation uses its own CA, point NODE_EXTRA_CA_CERTS at its PEM file.',
    id: 'Sertifikat server tidak dipercaya. Jika organisasi Anda memakai CA sendiri, arahkan NODE_EXTRA_CA_CERTS ke berkas PEM-nya.',
  },
  'registry.http.redirect.downgrade': {
    en: '{label} redirected {what} from https to plain http; gotong does not follow that',
    id: '{label} mengalihkan {what} dari https ke http biasa; gotong tidak mengikuti pengalihan itu',
  },
  'registry.http.redirect.scheme': {
    en: '{label} redirected {what} to a {protocol} URL; gotong does not follow that',
    id: '{label} mengalihkan {what} ke URL {protocol}; gotong tidak mengikuti pengalihan itu',
  },
  'registry.http.redirect.otherHost': {
    en: '{label} redirected {what} to another host ({host}); gotong does not follow that',
    id: '{label} mengalihkan {what} ke host lain ({host}); gotong tidak mengikuti pengalihan itu',
  },
  'registry.http.redirect.otherHost.hint': {
    en: 'If {host} is the registry\'s own mirror or CDN, allow it: GOTONG_ALLOW_REDIRECT_HOSTS={host}. Otherwise use the final URL as the registry URL.',
    id: 'Jika {host} adalah mirror atau CDN milik registry sendiri, izinkan host itu: GOTONG_ALLOW_REDIRECT_HOSTS={host}. Jika bukan, pakai URL akhirnya sebagai URL registry.',
  },
  'registry.http.redirect.hint': {
    en: 'Use the final https URL as the registry URL, or ask the host to stop redirecting.',
    id: 'Pakai URL https akhirnya sebagai URL registry, atau minta pengelola host menghentikan pengalihan.',
  },
  'registry.http.redirect.loop': {
    en: '{label} redirected {what} more than {max} times',
    id: '{label} mengalihkan {what} lebih dari {max, number} kali',
  },
  'registry.http.redirect.loop.hint': {
    en: 'The host redirects in a loop; use the final URL as the registry URL, or tell the registry administrators.',
    id: 'Host mengalihkan secara berputar-putar; pakai URL akhirnya sebagai URL registry, atau beri tahu administrator registry.',
  },
  'registry.http.status': {
    en: '{label} answered HTTP {status} for {what} ({url})',
    id: '{label} menjawab HTTP {status} untuk {what} ({url})',
  },
  'registry.http.status.proxy.hint': {
    en: 'The proxy wants credentials: put them in HTTPS_PROXY (http://user:password@proxy:port).',
    id: 'Proxy meminta kredensial: tuliskan di HTTPS_PROXY (http://user:password@proxy:port).',
  },
  'registry.http.status.credentials.hint': {
    en: 'The host wants credentials: give them in the registry URL (`gotong registry add NAME https://user:token@host/path/ --root-sha256 HEX`).',
    id: 'Host meminta kredensial: berikan di URL registry (`gotong registry add NAME https://user:token@host/path/ --root-sha256 HEX`).',
  },
  'registry.http.status.hint': {
    en: 'Check the registry URL and that the host serves the registry\'s files.',
    id: 'Periksa URL registry dan pastikan host menyajikan berkas-berkas registry.',
  },

  // src/registry/http-policy.ts: the user's settings for HTTP.
  'registry.httpPolicy.timeout': { en: 'GOTONG_HTTP_TIMEOUT must be longer than 0', id: 'GOTONG_HTTP_TIMEOUT harus lebih dari 0' },
  'registry.httpPolicy.timeout.hint': { en: 'Write a duration such as 30s or 2m.', id: 'Tulis durasi seperti 30s atau 2m.' },
  'registry.httpPolicy.retries': {
    en: 'GOTONG_HTTP_RETRIES "{text}" is not a whole number from 0 to 99',
    id: 'GOTONG_HTTP_RETRIES "{text}" bukan bilangan bulat dari 0 sampai 99',
  },
  'registry.httpPolicy.retries.hint': {
    en: 'Write how many times to try again, e.g. GOTONG_HTTP_RETRIES=5.',
    id: 'Tulis berapa kali mencoba lagi, misalnya GOTONG_HTTP_RETRIES=5.',
  },

  // src/registry/git.ts and clone.ts: running git against a registry.
  'registry.git.failed.clone': { en: 'git could not clone {url}: {reason}', id: 'git tidak dapat meng-clone {url}: {reason}' },
  'registry.git.failed.fetch': { en: 'git could not fetch {url}: {reason}', id: 'git tidak dapat melakukan fetch dari {url}: {reason}' },
  'registry.git.failed.reach': { en: 'git could not reach {url}: {reason}', id: 'git tidak dapat menjangkau {url}: {reason}' },
  'registry.git.failed.read': { en: 'git could not read {url}: {reason}', id: 'git tidak dapat membaca {url}: {reason}' },
  'registry.git.failed.listBranches': { en: 'git could not list the branches of {url}: {reason}', id: 'git tidak dapat membaca daftar branch {url}: {reason}' },
  'registry.git.failed.push': { en: 'git could not push to {url}: {reason}', id: 'git tidak dapat melakukan push ke {url}: {reason}' },
  'registry.git.unreachable.hint': {
    en: 'Check the registry URL and your network or credentials, then run again. Add --offline to work from the cache.',
    id: 'Periksa URL registry serta jaringan atau kredensial Anda, lalu jalankan lagi. Tambahkan --offline untuk bekerja dari cache.',
  },
  'registry.git.failed.hint': {
    en: 'Run again with --verbose to see the full git output.',
    id: 'Jalankan lagi dengan --verbose untuk melihat keluaran git selengkapnya.',
  },
  'registry.git.exited': { en: '{command} exited with {code}', id: '{command} berhenti dengan kode {code}' },

  // src/registry/ceremony-branches.ts: a ceremony branch that gotong did not write.
  'registry.ceremonyBranch.tooManyFiles': {
    en: 'the branch ceremony/{id} holds {count, plural, one {# file} other {# files}}, which no proposal written by gotong holds',
    id: 'branch ceremony/{id} berisi {count, number} berkas, hal yang tidak pernah ada dalam usulan buatan gotong',
  },
  'registry.ceremonyBranch.notPlainFile': {
    en: 'the branch ceremony/{id} holds {path} (not a plain file), which no proposal written by gotong holds',
    id: 'branch ceremony/{id} berisi {path} (bukan berkas biasa), hal yang tidak pernah ada dalam usulan buatan gotong',
  },
  'registry.ceremonyBranch.tooLarge': {
    en: 'the branch ceremony/{id} holds {path} of {size} bytes, which no proposal written by gotong holds',
    id: 'branch ceremony/{id} berisi {path} berukuran {size, number} byte, hal yang tidak pernah ada dalam usulan buatan gotong',
  },
  'registry.ceremonyBranch.hint': {
    en: 'Do not sign it: anyone who can push to the registry can push such a branch. Discard it and propose the change again.',
    id: 'Jangan menandatanganinya: siapa pun yang dapat melakukan push ke registry dapat membuat branch seperti itu. Buang branch itu dan usulkan perubahannya lagi.',
  },

  // src/registry/export.ts: a registry commit written out as plain files.
  'registry.export.layout': {
    en: 'the files of registry commit {commit} cannot be laid out: {reason}',
    id: 'berkas-berkas commit registry {commit} tidak dapat disusun: {reason}',
  },
  'registry.export.layout.hint': {
    en: 'Run `gotong registry verify`, and tell the registry administrators.',
    id: 'Jalankan `gotong registry verify`, lalu beri tahu administrator registry.',
  },
  'registry.export.write': {
    en: 'git could not write out registry commit {commit}: {reason}',
    id: 'git tidak dapat menuliskan commit registry {commit}: {reason}',
  },
  'registry.export.write.hint': {
    en: 'Check the free space and permissions of GOTONG_HOME, then run again.',
    id: 'Periksa ruang kosong dan izin GOTONG_HOME, lalu jalankan lagi.',
  },

  // src/registry/git-mirror.ts: a copy of the registry on another git remote.
  'registry.gitMirror.notUrl': { en: '"{url}" is not a git URL', id: '"{url}" bukan URL git' },
  'registry.gitMirror.notUrl.hint': {
    en: 'Pass --to a folder or a git URL such as ssh://git@host/group/registry-mirror.git.',
    id: 'Berikan --to berupa folder atau URL git seperti ssh://git@host/group/registry-mirror.git.',
  },
  'registry.gitMirror.behind': {
    en: '{url} holds commits the registry does not have: copying would roll the mirror back or overwrite another registry',
    id: '{url} berisi commit yang tidak dimiliki registry: menyalin akan me-rollback mirror atau menimpa registry lain',
  },
  'registry.gitMirror.behind.hint': {
    en: 'Check that --to names this registry\'s mirror; a mirror is only ever moved forward. Its branches are left as they were.',
    id: 'Pastikan --to menunjuk mirror registry ini; mirror hanya pernah dimajukan. Branch-branch-nya dibiarkan seperti semula.',
  },

  // src/registry/bundle-source.ts: an offline bundle file read as a registry.
  'registry.bundleFile.notPlainFile': {
    en: 'the bundle {file} holds {path}, which is not a plain file (a link, folder or device)',
    id: 'bundel {file} berisi {path}, yang bukan berkas biasa (sebuah tautan, folder, atau perangkat)',
  },
  'registry.bundleFile.notRegistryFile': {
    en: 'the bundle {file} holds {path}, which is not a registry file a bundle may hold',
    id: 'bundel {file} berisi {path}, yang bukan berkas registry yang boleh ada dalam bundel',
  },
  'registry.bundleFile.memberTooLarge': {
    en: 'the bundle {file} holds {path} of {size} bytes, more than the {max} allowed',
    id: 'bundel {file} berisi {path} berukuran {size, number} byte, melebihi batas {max, number} byte',
  },
  'registry.bundleFile.twice': { en: 'the bundle {file} holds {path} twice', id: 'bundel {file} berisi {path} dua kali' },
  'registry.bundleFile.tooManyMembers': {
    en: 'the bundle {file} holds more than {max} files',
    id: 'bundel {file} berisi lebih dari {max, number} berkas',
  },
  'registry.bundleFile.notTar': {
    en: 'the bundle {file} is not a well-formed tar archive ({reason})',
    id: 'bundel {file} bukan arsip tar yang utuh ({reason})',
  },
  'registry.bundleFile.noManifest': {
    en: 'the bundle {file} has no {manifest}: it is not a gotong bundle',
    id: 'bundel {file} tidak berisi {manifest}: berkas itu bukan bundel gotong',
  },
  'registry.bundleFile.changed': { en: 'the bundle {file} changed while it was read', id: 'bundel {file} berubah saat sedang dibaca' },
  'registry.bundleFile.manifestNotJson': {
    en: 'the bundle {file} has a {manifest} that is not valid JSON',
    id: '{manifest} dalam bundel {file} bukan JSON yang valid',
  },
  'registry.bundleFile.manifestNotObject': {
    en: 'the bundle {file} has a {manifest} that is not an object',
    id: '{manifest} dalam bundel {file} bukan objek JSON',
  },
  'registry.bundleFile.manifestFields': {
    en: 'the bundle {file} has a {manifest} without the fields a bundle has',
    id: '{manifest} dalam bundel {file} tidak memiliki kolom-kolom yang dimiliki sebuah bundel',
  },
  'registry.bundleFile.invalid.hint': {
    en: 'Do not use this file: it was damaged on the way or made by someone else. Make a new one with `gotong bundle create` where the registry is reachable.',
    id: 'Jangan pakai berkas ini: berkas itu rusak di perjalanan atau dibuat oleh pihak lain. Buat yang baru dengan `gotong bundle create` di tempat registry dapat dijangkau.',
  },
  'registry.bundleFile.format': {
    en: 'the bundle {file} has format {format}, which this gotong does not read (it reads {supported})',
    id: 'bundel {file} berformat {format}, yang tidak dapat dibaca gotong ini (gotong ini membaca format {supported})',
  },
  'registry.bundleFile.format.hint': {
    en: 'Update gotong, or make the bundle with the gotong version installed here.',
    id: 'Perbarui gotong, atau buat bundel dengan versi gotong yang terpasang di sini.',
  },
  'registry.bundleFile.absent': { en: 'there is no bundle file {file}', id: 'tidak ada berkas bundel {file}' },
  'registry.bundleFile.absent.hint': {
    en: 'Give the path of a file made by `gotong bundle create`.',
    id: 'Berikan path berkas yang dibuat oleh `gotong bundle create`.',
  },
  'registry.bundleFile.lacks': { en: 'the bundle {file} does not hold {path}', id: 'bundel {file} tidak berisi {path}' },
  'registry.bundleFile.lacks.hint': {
    en: 'The bundle was made for other modules or versions. Make one with everything this workspace installs: `gotong bundle create --lockfile` in a workspace like this one, or name every module to `gotong bundle create`.',
    id: 'Bundel itu dibuat untuk modul atau versi lain. Buat bundel berisi semua yang dipasang workspace ini: `gotong bundle create --lockfile` di workspace seperti ini, atau sebutkan setiap modul kepada `gotong bundle create`.',
  },
  'registry.bundleFile.fileTooLarge': {
    en: '{path} in the bundle {file} is larger than the {max} bytes allowed for it',
    id: '{path} dalam bundel {file} lebih besar dari batas {max, number} byte untuk berkas itu',
  },
  'registry.bundleFile.fileTooLarge.hint': {
    en: 'Do not use this bundle: it was damaged or changed. Make a new one with `gotong bundle create`.',
    id: 'Jangan pakai bundel ini: bundel itu rusak atau diubah. Buat yang baru dengan `gotong bundle create`.',
  },

  // src/registry/locate.ts: which registry a command uses.
  'registry.locate.none': { en: 'no registry was given', id: 'tidak ada registry yang diberikan' },
  'registry.locate.none.hint': {
    en: 'Pass --registry NAME|URL, set GOTONG_REGISTRY, or add one with `gotong registry add NAME URL --root-sha256 HEX`.',
    id: 'Berikan --registry NAME|URL, isi GOTONG_REGISTRY, atau tambahkan registry dengan `gotong registry add NAME URL --root-sha256 HEX`.',
  },
  'registry.locate.unknown': { en: 'no registry named "{name}" is configured', id: 'tidak ada registry bernama "{name}" yang dikonfigurasi' },
  'registry.locate.unknown.hint': {
    en: 'Add it with `gotong registry add {name} URL --root-sha256 HEX`, or pass a URL.',
    id: 'Tambahkan dengan `gotong registry add {name} URL --root-sha256 HEX`, atau berikan URL.',
  },

  // src/registry/namespaces.ts: the namespace branches main links.
  'registry.namespaces.missingCommit': {
    en: 'the registry\'s main links namespace {namespace} to commit {commit}, which the registry does not have',
    id: 'main registry menautkan namespace {namespace} ke commit {commit}, yang tidak dimiliki registry',
  },
  'registry.namespaces.missingCommit.hint': {
    en: 'Nothing was published. Run `gotong registry verify`, and tell the registry administrators.',
    id: 'Tidak ada yang diterbitkan. Jalankan `gotong registry verify`, lalu beri tahu administrator registry.',
  },
  'registry.namespaces.linkOffBranch': {
    en: 'main links commit {commit}, which branch targets/{namespace} does not hold: the git host may delete it',
    id: 'main menautkan commit {commit}, yang tidak ada di branch targets/{namespace}: host git dapat menghapusnya',
  },

  // src/registry/open.ts: gotong's own copy of a git registry.
  'registry.open.fullClone': {
    en: '{label} does not support partial clones: this machine\'s copy holds every file of the registry',
    id: '{label} tidak mendukung partial clone: salinan di mesin ini berisi semua berkas registry',
  },
  'registry.open.fullClone.hint': {
    en: 'Installs work the same, with more bytes. Ask the git host to allow filters (uploadpack.allowFilter), or install from a static or mirror copy over HTTP.',
    id: 'Pemasangan tetap berjalan sama, dengan lebih banyak byte. Minta pengelola host git mengizinkan filter (uploadpack.allowFilter), atau pasang dari salinan statis atau mirror melalui HTTP.',
  },
  'registry.open.localCopy': { en: 'the local copy of {label}', id: 'salinan lokal {label}' },

  // src/registry/push-report.ts: a push the registry host refused.
  'registry.push.refused': {
    en: 'the registry host refused the push to {url} ({reasons})',
    id: 'host registry menolak push ke {url} ({reasons})',
  },
  'registry.push.refusedSays': {
    en: 'the registry host refused the push to {url} ({reasons}): {words}',
    id: 'host registry menolak push ke {url} ({reasons}): {words}',
  },
  'registry.push.refusedReason': { en: 'refused', id: 'ditolak' },
  'registry.push.refused.hint': {
    en: 'Nothing was changed, and running again will not help until the host allows the push: ask its administrators. Branch protection must let publishers push main and the targets/* branches (docs/REGISTRY.md); a full disk or missing permission on the host shows in the message.',
    id: 'Tidak ada yang diubah, dan menjalankan lagi tidak akan membantu sampai host mengizinkan push itu: tanyakan kepada administratornya. Proteksi branch harus mengizinkan penerbit melakukan push ke main dan branch targets/* (docs/REGISTRY.md); disk penuh atau izin yang kurang di host terlihat dalam pesannya.',
  },

  // src/registry/source.ts: reading registry files.
  'registry.source.tooLarge': {
    en: 'the registry file {path} is larger than the {max} bytes allowed for it',
    id: 'berkas registry {path} lebih besar dari batas {max, number} byte untuk berkas itu',
  },
  'registry.source.tooLarge.hint': {
    en: 'The registry or a mirror may be serving endless data; tell the registry administrators.',
    id: 'Registry atau sebuah mirror mungkin mengirim data tanpa akhir; beri tahu administrator registry.',
  },
  'registry.source.outside': { en: 'refusing the registry path {path}', id: 'menolak path registry {path}' },
  'registry.source.outside.hint': {
    en: 'Registry metadata named a path outside the registry; tell the registry administrators.',
    id: 'Metadata registry menyebut path di luar registry; beri tahu administrator registry.',
  },
  'registry.source.badTree': {
    en: 'the registry\'s {folder} folder at {commit} is not a valid git tree',
    id: 'folder {folder} registry pada {commit} bukan tree git yang valid',
  },
  'registry.source.badTree.hint': {
    en: 'The git host may be damaged or hostile; tell the registry administrators.',
    id: 'Host git mungkin rusak atau berniat jahat; beri tahu administrator registry.',
  },
  'registry.source.offline': {
    en: '--offline was given but {path} is not in the local cache',
    id: '--offline diberikan tetapi {path} tidak ada di cache lokal',
  },
  'registry.source.offline.hint': {
    en: 'Run the command once without --offline to fill the cache.',
    id: 'Jalankan perintah itu sekali tanpa --offline untuk mengisi cache.',
  },

  // src/registry/tree-check.ts: links in a registry, which gotong never follows.
  'registry.unsafe.symlink': {
    en: '{path} is a symbolic link; a gotong registry holds only files, and gotong never follows links its content put there',
    id: '{path} adalah tautan simbolik; registry gotong hanya berisi berkas, dan gotong tidak pernah mengikuti tautan yang ditaruh oleh isinya',
  },
  'registry.unsafe.gitlink': {
    en: '{path} is a gitlink (a submodule); a gotong registry holds only files, and gotong never follows links its content put there',
    id: '{path} adalah gitlink (sebuah submodule); registry gotong hanya berisi berkas, dan gotong tidak pernah mengikuti tautan yang ditaruh oleh isinya',
  },
  'registry.unsafe.entry.symlink': { en: '{path} (a symbolic link)', id: '{path} (tautan simbolik)' },
  'registry.unsafe.entry.gitlink': { en: '{path} (a gitlink)', id: '{path} (gitlink)' },
  'registry.unsafe.refused': {
    en: 'the registry holds {count, plural, one {a link} other {# links}} gotong will not follow: {entries}',
    id: 'registry berisi {count, plural, other {# tautan}} yang tidak akan diikuti gotong: {entries}',
  },
  'registry.unsafe.refused.hint': {
    en: 'Nothing was changed. Someone pushed a link into the registry; run `gotong registry verify` and tell the registry administrators.',
    id: 'Tidak ada yang diubah. Seseorang melakukan push sebuah tautan ke registry; jalankan `gotong registry verify` dan beri tahu administrator registry.',
  },

  // src/verified/cache.ts and in-use.ts: the download cache and who uses it.
  'verified.cache.what': { en: 'the download cache', id: 'cache unduhan' },
  'verified.cache.unmarked': {
    en: 'could not mark the download cache {dir} as in use ({reason}); going on without caching',
    id: 'tidak dapat menandai cache unduhan {dir} sebagai sedang dipakai ({reason}); melanjutkan tanpa cache',
  },
  'verified.cache.unmarked.hint': {
    en: 'Make {dir} and the folder beside it writable, or set GOTONG_HOME to one, so that later commands reuse what they download.',
    id: 'Jadikan {dir} dan folder di sebelahnya dapat ditulisi, atau arahkan GOTONG_HOME ke folder seperti itu, agar perintah berikutnya memakai ulang apa yang sudah diunduh.',
  },
  'verified.cache.unwritten': {
    en: 'could not write to the download cache: {path} ({reason}); going on without caching',
    id: 'tidak dapat menulis ke cache unduhan: {path} ({reason}); melanjutkan tanpa cache',
  },
  'verified.cache.unwritten.hint': {
    en: 'Make {dir} a folder you can write to, or set GOTONG_HOME to one, so that later commands reuse what they download.',
    id: 'Jadikan {dir} folder yang dapat Anda tulisi, atau arahkan GOTONG_HOME ke folder seperti itu, agar perintah berikutnya memakai ulang apa yang sudah diunduh.',
  },
  'verified.inUse': {
    en: '{what} is in use by another gotong process (pid {pids}); nothing was removed',
    id: '{what} sedang dipakai oleh proses gotong lain (pid {pids}); tidak ada yang dihapus',
  },
  'verified.inUse.hint': {
    en: 'Wait for that command to finish, then run `{command}` again.',
    id: 'Tunggu sampai perintah itu selesai, lalu jalankan `{command}` lagi.',
  },

  // src/verified/open-bundle.ts: an offline bundle verified as a registry.
  'verified.age.days': { en: '{count, plural, one {# day} other {# days}}', id: '{count, number} hari' },
  'verified.age.hours': { en: '{count, plural, one {# hour} other {# hours}}', id: '{count, number} jam' },
  'verified.age.minutes': { en: '{count, plural, one {# minute} other {# minutes}}', id: '{count, number} menit' },
  'verified.bundle.label': { en: 'bundle {name}', id: 'bundel {name}' },
  'verified.bundle.rollback': {
    en: '{label} holds older signed metadata (timestamp version {offered}) than this machine already trusts for {registry} (version {seen})',
    id: '{label} berisi metadata bertanda tangan yang lebih lama (timestamp versi {offered}) daripada yang sudah dipercaya mesin ini untuk {registry} (versi {seen})',
  },
  'verified.bundle.rollback.hint': {
    en: 'Make a fresh bundle from the registry with `gotong bundle create` and install from that one.',
    id: 'Buat bundel baru dari registry dengan `gotong bundle create` lalu pasang dari bundel itu.',
  },
  'verified.bundle.notPinned': {
    en: '{registry} has no pinned root to check the {label} against',
    id: '{registry} tidak memiliki root yang dipin untuk memeriksa {label}',
  },
  'verified.bundle.notPinned.hint': {
    en: 'Add the registry while it is reachable (`gotong registry add NAME URL --root-sha256 HEX`), or give its root to the install (`gotong install --from-bundle FILE --root-sha256 HEX`).',
    id: 'Tambahkan registry itu selagi dapat dijangkau (`gotong registry add NAME URL --root-sha256 HEX`), atau berikan root-nya saat memasang (`gotong install --from-bundle FILE --root-sha256 HEX`).',
  },
  'verified.bundle.expired': {
    en: 'the signed metadata in {label} expired {age} ago ({file}, on {expires})',
    id: 'metadata bertanda tangan dalam {label} kedaluwarsa {age} yang lalu ({file}, pada {expires})',
  },
  'verified.bundle.expired.hint': {
    en: 'Make a fresh bundle where the registry is reachable (`gotong bundle create`). To install what the registry signed then anyway, knowing that versions yanked and keys revoked since are not known here, pass --allow-expired-bundle.',
    id: 'Buat bundel baru di tempat registry dapat dijangkau (`gotong bundle create`). Untuk tetap memasang apa yang ditandatangani registry saat itu, dengan menyadari bahwa versi yang ditarik dan kunci yang dicabut sejak itu tidak diketahui di sini, berikan --allow-expired-bundle.',
  },
  'verified.bundle.expiredAllowed': {
    en: 'INSTALLING FROM AN EXPIRED BUNDLE: its signed metadata expired {age} ago (on {expires}); the bundle says it was made on {createdAt}',
    id: 'MEMASANG DARI BUNDEL YANG KEDALUWARSA: metadata bertanda tangannya kedaluwarsa {age} yang lalu (pada {expires}); menurut bundel itu, bundel dibuat pada {createdAt}',
  },
  'verified.bundle.expiredAllowed.hint': {
    en: 'Versions yanked and keys revoked since then are not known to this install. Install from the registry or a fresh bundle as soon as one can be reached.',
    id: 'Versi yang ditarik dan kunci yang dicabut sejak saat itu tidak diketahui oleh pemasangan ini. Pasang dari registry atau bundel baru segera setelah salah satunya dapat dijangkau.',
  },
  'verified.bundle.otherRegistry': {
    en: '{label} was made from another registry than {registry}: its root is not the pinned {pin}…',
    id: '{label} dibuat dari registry lain, bukan {registry}: root-nya bukan {pin}… yang dipin',
  },
  'verified.bundle.otherRegistry.hint': {
    en: 'Install it with --registry naming the registry it was made from (it names {url}, unsigned), or ask for a bundle of {registry}.',
    id: 'Pasang dengan --registry yang menyebut registry asal bundel itu (bundel menyebut {url}, tanpa tanda tangan), atau mintalah bundel dari {registry}.',
  },
  'verified.bundle.lockfileRoot.hint': {
    en: 'Install from a bundle of the registry the lockfile names.',
    id: 'Pasang dari bundel registry yang disebut lockfile.',
  },

  // src/verified/open-registry.ts: the lockfile's registry against the one opened.
  'verified.flagRoot': {
    en: '--root-sha256 names root {locked}…, but {label} has {actual}…',
    id: '--root-sha256 menyebut root {locked}…, tetapi {label} memiliki root {actual}…',
  },
  'verified.flagRoot.hint': {
    en: 'Check the fingerprint with the registry\'s administrators, and that the registry or bundle is the one they run.',
    id: 'Periksa sidik jari itu dengan administrator registry, dan pastikan registry atau bundel itu memang yang mereka kelola.',
  },
  'verified.lockfileRoot': {
    en: 'the lockfile was made against a registry whose root is {locked}…, but {label} has {actual}…',
    id: 'lockfile dibuat untuk registry dengan root {locked}…, tetapi {label} memiliki root {actual}…',
  },
  'verified.lockfileRoot.hint': {
    en: 'Install from the registry the lockfile names, or delete gotong-lock.json to resolve again against this one.',
    id: 'Pasang dari registry yang disebut lockfile, atau hapus gotong-lock.json untuk menentukan versi lagi terhadap registry ini.',
  },

  // src/verified/targets.ts: signed targets.
  'verified.targets.unlisted': {
    en: '{path} is not listed in the registry\'s signed metadata',
    id: '{path} tidak tercantum dalam metadata bertanda tangan registry',
  },
  'verified.targets.unlisted.hint': {
    en: 'It may have been removed or never published; run `gotong info` on the module.',
    id: 'Berkas itu mungkin sudah dihapus atau tidak pernah diterbitkan; jalankan `gotong info` untuk modul itu.',
  },
  'verified.targets.tooLarge': {
    en: '{path} is signed as {length} bytes, more than the {max} a module file may have',
    id: '{path} ditandatangani berukuran {length, number} byte, melebihi batas {max, number} byte untuk berkas modul',
  },
  'verified.targets.tooLarge.hint': {
    en: 'Nothing was downloaded. The publisher\'s key may be misused; tell the registry administrators.',
    id: 'Tidak ada yang diunduh. Kunci penerbit mungkin disalahgunakan; beri tahu administrator registry.',
  },
  'verified.targets.noModule': { en: 'the registry has no module {name}', id: 'registry tidak memiliki modul {name}' },
  'verified.targets.noModule.hint': {
    en: 'Check the name (gotong search {short}); module names look like @bandung/e-musrenbang.',
    id: 'Periksa namanya (gotong search {short}); nama modul berbentuk seperti @bandung/e-musrenbang.',
  },
  'verified.targets.indexTooLarge': { en: 'the index of {name} is larger than allowed', id: 'indeks {name} lebih besar dari yang diizinkan' },
  'verified.targets.indexTooLarge.hint': { en: 'Tell the registry administrators.', id: 'Beri tahu administrator registry.' },
  'verified.targets.entryMismatch': {
    en: 'the index of {name} disagrees with the signed metadata about {version}',
    id: 'indeks {name} tidak sesuai dengan metadata bertanda tangan mengenai versi {version}',
  },
  'verified.targets.entryMismatch.hint': {
    en: 'The registry is inconsistent; tell its administrators.',
    id: 'Registry itu tidak konsisten; beri tahu administratornya.',
  },

  // src/change/namespace-change.ts: a change to one member namespace.
  'change.namespace.needsOnlineKey': {
    en: 'this registry is in direct mode: a change needs its online key to sign snapshot and timestamp',
    id: 'registry ini dalam mode direct: perubahan memerlukan kunci online-nya untuk menandatangani snapshot dan timestamp',
  },
  'change.namespace.needsOnlineKey.hint': {
    en: 'Pass --online-key FILE or set GOTONG_ONLINE_KEY; or ask the administrators to run the registry in staged mode, where @{namespace}\'s publisher key is enough.',
    id: 'Berikan --online-key FILE atau isi GOTONG_ONLINE_KEY; atau minta administrator menjalankan registry dalam mode staged, yang cukup dengan kunci penerbit @{namespace}.',
  },
  'change.namespace.unknown': { en: 'the registry has no namespace {namespace}', id: 'registry tidak memiliki namespace {namespace}' },
  'change.namespace.unknown.hint': {
    en: 'Ask the registry administrators to run `gotong registry add-namespace {namespace}` with your publisher key.',
    id: 'Minta administrator registry menjalankan `gotong registry add-namespace {namespace}` dengan kunci penerbit Anda.',
  },
  'change.namespace.onlineKeyUnused': {
    en: 'the registry is in staged mode: the online key was not used',
    id: 'registry dalam mode staged: kunci online tidak dipakai',
  },
  'change.namespace.onlineKeyUnused.hint': {
    en: 'Member pipelines need only their publisher key; keep the online key in the registry\'s own pipeline alone.',
    id: 'Pipeline anggota hanya memerlukan kunci penerbitnya; simpan kunci online hanya di pipeline registry itu sendiri.',
  },

  // src/change/proposal-wait.ts: publish --wait in a staged registry.
  'change.wait.waiting': { en: 'waiting for the registry to accept {branch}', id: 'menunggu registry menerima {branch}' },
  'change.wait.removed': {
    en: '{branch} was removed from {registry} without being accepted',
    id: '{branch} dihapus dari {registry} tanpa diterima',
  },
  'change.wait.removed.hint': {
    en: 'Someone deleted the branch; ask the registry administrators why, and publish again.',
    id: 'Seseorang menghapus branch itu; tanyakan alasannya kepada administrator registry, lalu terbitkan lagi.',
  },
  'change.wait.timeout': {
    en: '{branch} is still waiting for {registry}\'s accept job after {duration}',
    id: '{branch} masih menunggu job accept {registry} setelah {duration}',
  },
  'change.wait.timeout.hint': {
    en: 'The proposal stays; the registry\'s pipeline accepts it on its next run. Check with `gotong registry pending`, or wait longer with --wait-for.',
    id: 'Usulan itu tetap ada; pipeline registry akan menerimanya pada jalannya yang berikut. Periksa dengan `gotong registry pending`, atau tunggu lebih lama dengan --wait-for.',
  },
  'change.wait.noReason': { en: 'no reason recorded', id: 'tidak ada alasan yang dicatat' },
  'change.wait.refused': { en: 'the registry refused {branch}: {reason}', id: 'registry menolak {branch}: {reason}' },
  'change.wait.refused.hint': {
    en: 'Nothing of it was published. Fix what the reason says and publish again; `gotong registry pending` lists refusals.',
    id: 'Tidak ada bagian darinya yang diterbitkan. Perbaiki apa yang disebut alasan itu lalu terbitkan lagi; `gotong registry pending` menampilkan daftar penolakan.',
  },

  // src/change/registry-update.ts: one change made safely against other writers.
  'change.update.readOnly': {
    en: '{label} is a read-only static copy and cannot be written to',
    id: '{label} adalah salinan statis hanya-baca dan tidak dapat ditulisi',
  },
  'change.update.readOnly.hint': {
    en: 'Publish to the registry\'s git URL (ssh://, https://….git, a folder path); static hosts only serve it.',
    id: 'Terbitkan ke URL git registry (ssh://, https://….git, path folder); host statis hanya menyajikannya.',
  },
  'change.update.publishingCopy': { en: 'the publishing copy of {label}', id: 'salinan penerbitan {label}' },
  'change.update.contended': {
    en: 'other publishers pushed to {registry} first in all {attempts, plural, one {# round} other {# rounds}} over {duration}',
    id: 'penerbit lain lebih dulu melakukan push ke {registry} dalam semua {attempts, number} putaran selama {duration}',
  },
  'change.update.contended.hint': {
    en: 'Nothing was changed. Run the command again (it is safe to repeat), or let it try for longer than {duration} with --retry-for or GOTONG_PUBLISH_RETRY_FOR.',
    id: 'Tidak ada yang diubah. Jalankan perintah itu lagi (aman untuk diulang), atau biarkan mencoba lebih lama dari {duration} dengan --retry-for atau GOTONG_PUBLISH_RETRY_FOR.',
  },
  'change.update.pushedFirst': { en: 'another publisher pushed first', id: 'penerbit lain melakukan push lebih dulu' },
} as const satisfies MessageCatalog;
