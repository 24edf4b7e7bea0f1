// Provenance of published versions, rebuilds and attestations, and the registry's log.
import type { MessageCatalog } from './catalog.js';

export const provenanceMessages = {
  'provenance.dirty': {
    en: '{count, plural, one {# file differs} other {# files differ}} from commit {commit}: {files}',
    id: '{count, number} berkas berbeda dari commit {commit}: {files}',
  },
  'provenance.dirty.hint': {
    en: 'Commit the changes and publish again, so the version can be rebuilt from its commit. Add --allow-dirty to publish anyway; the index then records that the tree was dirty.',
    id: 'Commit perubahan itu lalu terbitkan lagi, agar versi ini dapat dibangun ulang dari commit-nya. Tambahkan --allow-dirty untuk tetap menerbitkan; indeks lalu mencatat bahwa tree tidak bersih.',
  },
  'rebuild.checkoutElsewhere': {
    en: 'the checkout at {dir} is at commit {head}, but the version was published from commit {commit}',
    id: 'checkout di {dir} berada pada commit {head}, padahal versi ini diterbitkan dari commit {commit}',
  },
  'rebuild.checkoutElsewhere.hint': {
    en: 'Check out the recorded commit first (`git -C {dir} checkout {commit}`), or leave out --source to fetch it.',
    id: 'Checkout dulu commit yang tercatat (`git -C {dir} checkout {commit}`), atau hilangkan --source agar commit itu diambil.',
  },
  'rebuild.fetchFailed': {
    en: 'could not fetch commit {commit} from {url}',
    id: 'tidak dapat mengambil commit {commit} dari {url}',
  },
  'rebuild.fetchFailed.hint': {
    en: 'Check that the repository can be reached and still holds that commit, or give a checkout of it with --source DIR.',
    id: 'Pastikan repositori itu dapat dijangkau dan masih memuat commit itu, atau berikan checkout-nya dengan --source DIR.',
  },
  'rebuild.noSource': {
    en: 'this version records no source commit: it was not published from a git repository',
    id: 'versi ini tidak mencatat commit sumber: versi ini tidak diterbitkan dari repositori git',
  },
  'rebuild.noSource.hint': {
    en: 'Give the folder it was published from with --source DIR to compare it anyway.',
    id: 'Berikan folder asal penerbitannya dengan --source DIR untuk tetap membandingkannya.',
  },
  'rebuild.noRepository': {
    en: 'this version records commit {commit} but no repository to fetch it from',
    id: 'versi ini mencatat commit {commit} tetapi tidak mencatat repositori tempat mengambilnya',
  },
  'rebuild.noRepository.hint': {
    en: 'Give the repository with --source GIT-URL, or a checkout of that commit with --source DIR.',
    id: 'Berikan repositorinya dengan --source GIT-URL, atau checkout commit itu dengan --source DIR.',
  },
  'rebuild.versionNeeded': {
    en: 'no published version of {module} matches {range}',
    id: 'tidak ada versi {module} yang diterbitkan yang cocok dengan {range}',
  },
  'rebuild.noVersion': {
    en: 'rebuild-verify needs the version of {module} to rebuild',
    id: 'rebuild-verify memerlukan versi {module} yang akan dibangun ulang',
  },
  'rebuild.versionNeeded.hint': {
    en: 'Name one version, such as {module}@VERSION. Published: {versions}.',
    id: 'Sebutkan satu versi, misalnya {module}@VERSION. Yang diterbitkan: {versions}.',
  },
  'rebuild.description': {
    en: 'rebuild a published version from its recorded source commit and compare it with the published tarball',
    id: 'bangun ulang versi yang diterbitkan dari commit sumber yang tercatat lalu bandingkan dengan tarball yang diterbitkan',
  },
  'rebuild.argument': { en: 'the version to check, e.g. @bandung/e-musrenbang@2.1.0', id: 'versi yang diperiksa, misalnya @bandung/e-musrenbang@2.1.0' },
  'rebuild.option.source': {
    en: 'a checkout of the recorded commit, or a git address to fetch it from (default: the recorded repository)',
    id: 'checkout commit yang tercatat, atau alamat git tempat mengambilnya (bawaan: repositori yang tercatat)',
  },
  'rebuild.option.registry': { en: 'registry name or URL (or GOTONG_REGISTRY)', id: 'nama atau URL registry (atau GOTONG_REGISTRY)' },
  'rebuild.option.offline': { en: 'use only the cache and unexpired trusted metadata', id: 'gunakan hanya cache dan metadata tepercaya yang belum kedaluwarsa' },
  'rebuild.reproduced': {
    en: 'reproduced {module} from {from} at commit {commit}: the same tar stream (sha512 {sha}…)',
    id: 'berhasil direproduksi: {module} dari {from} pada commit {commit} menghasilkan tar yang sama (sha512 {sha}…)',
  },
  'rebuild.differs': {
    en: '{module} rebuilt from {from} at commit {commit} differs from the published tarball in {count, plural, =0 {its tar headers} one {# file} other {# files}}',
    id: '{module} yang dibangun ulang dari {from} pada commit {commit} berbeda dari tarball yang diterbitkan pada {count, plural, =0 {header tar-nya} other {# berkas}}',
  },
  'rebuild.differs.hint': {
    en: 'The published tarball is not what its source gives: ask the publisher how it was built, and tell the registry administrators.',
    id: 'Tarball yang diterbitkan tidak sama dengan hasil dari sumbernya: tanyakan kepada penerbit bagaimana tarball itu dibuat, dan beri tahu administrator registry.',
  },
  'rebuild.size': { en: '{bytes, number} bytes', id: '{bytes, number} bita' },
  'rebuild.file.added': { en: 'added in the rebuild ({rebuilt})', id: 'ada di hasil bangun ulang saja ({rebuilt})' },
  'rebuild.file.missing': { en: 'missing from the rebuild (published {published})', id: 'tidak ada di hasil bangun ulang (diterbitkan {published})' },
  'rebuild.file.changed': { en: 'changed (published {published}, rebuilt {rebuilt})', id: 'berubah (diterbitkan {published}, dibangun ulang {rebuilt})' },
  'rebuild.file.headers': {
    en: 'every file is the same, but the tar headers differ (order, times or modes)',
    id: 'setiap berkas sama, tetapi header tar berbeda (urutan, waktu, atau mode)',
  },
} as const satisfies MessageCatalog;
