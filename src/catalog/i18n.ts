// Interface text in Bahasa Indonesia (the default) and English. Pages carry
// both languages side by side (`.i-id` / `.i-en`) and the stylesheet shows the
// one named by <html data-lang>, so switching needs no re-render and the page
// reads correctly in Indonesian with JavaScript off. Attributes that cannot
// hold two spans (placeholder, aria-label) are swapped by catalog.js from
// data-id-* / data-en-* copies.
import { chooseLanguage } from '../i18n/language.js';
import type { LocalizedText } from '../manifest/types.js';
import { html, raw, type SafeHtml } from './html.js';
import { formatText } from '../i18n/translate.js';
import { nameOf, type Pair, type Vocabulary } from './vocabulary-names.js';

export type Lang = 'id' | 'en';

/**
 * The language the built pages open in: the one gotong itself runs in
 * (GOTONG_LANG, then LC_ALL, LC_MESSAGES, LANG; src/i18n/language.ts). A
 * reader's own choice, made with the switch, still wins in the browser.
 */
export function catalogLanguage(env: NodeJS.ProcessEnv): Lang {
  return chooseLanguage(env);
}

export const STRINGS = {
  skip: { id: 'Lewati ke isi', en: 'Skip to content' },
  siteTitle: { id: 'Katalog modul', en: 'Module catalog' },
  navHome: { id: 'Beranda', en: 'Home' },
  navCities: { id: 'Kota & kabupaten', en: 'Cities & regencies' },
  navMain: { id: 'Navigasi utama', en: 'Main navigation' },
  breadcrumb: { id: 'Lokasi halaman', en: 'You are here' },
  langButton: { id: 'English', en: 'Bahasa Indonesia' },
  footerRegistry: { id: 'Registry', en: 'Registry' },
  footerRoot: { id: 'Sidik jari root (SHA-256)', en: 'Root fingerprint (SHA-256)' },
  footerGenerated: { id: 'Dibuat', en: 'Generated' },
  footerNote: {
    id: 'Katalog ini hanya informasi dan tidak ditandatangani. Perintah gotong install selalu memeriksa tanda tangan dan hash setiap versi.',
    en: 'This catalog is informative and not signed. The gotong install command always checks the signature and hashes of every version.',
  },
  homeIntro: {
    id: 'Modul aplikasi e-government yang dibagikan antarpemerintah daerah. Cari modul, baca dokumentasinya, lalu pasang dengan gotong.',
    en: 'E-government application modules shared between local governments. Find a module, read its documentation, then install it with gotong.',
  },
  statsHeading: { id: 'Ringkasan', en: 'Summary' },
  statModules: { id: 'Modul', en: 'Modules' },
  statVersions: { id: 'Versi', en: 'Versions' },
  statCities: { id: 'Kota/kabupaten', en: 'Cities/regencies' },
  searchHeading: { id: 'Cari modul', en: 'Search modules' },
  searchLabel: { id: 'Kata pencarian', en: 'Search terms' },
  searchPlaceholder: { id: 'nama, deskripsi, kata kunci', en: 'name, description, keyword' },
  filterCity: { id: 'Kota/kabupaten', en: 'City/regency' },
  filterCategory: { id: 'Kategori', en: 'Category' },
  filterType: { id: 'Jenis', en: 'Type' },
  filterStatus: { id: 'Status', en: 'Status' },
  sortLabel: { id: 'Urutkan', en: 'Sort by' },
  sortName: { id: 'Nama', en: 'Name' },
  sortUpdated: { id: 'Terakhir diperbarui', en: 'Last updated' },
  all: { id: 'Semua', en: 'All' },
  statusActive: { id: 'Aktif', en: 'Active' },
  statusDeprecated: { id: 'Usang', en: 'Deprecated' },
  statusYanked: { id: 'Ditarik', en: 'Yanked' },
  reset: { id: 'Hapus filter', en: 'Clear filters' },
  loading: { id: 'Memuat data pencarian…', en: 'Loading search data…' },
  loadFailed: { id: 'Data pencarian tidak dapat dimuat. Telusuri per kota/kabupaten.', en: 'The search data could not be loaded. Browse by city/regency.' },
  noscript: {
    id: 'Pencarian memerlukan JavaScript. Anda tetap dapat menelusuri modul per kota/kabupaten atau per kategori:',
    en: 'Search needs JavaScript. You can still browse modules by city/regency or by category:',
  },
  navCategories: { id: 'Kategori', en: 'Categories' },
  categoriesHeading: { id: 'Kategori modul', en: 'Module categories' },
  categoriesIntro: {
    id: 'Kategori dari gotong.json dan dari publiccode.yml setiap modul; satu modul dapat masuk beberapa kategori.',
    en: "Categories from each module's gotong.json and publiccode.yml; a module can be in several categories.",
  },
  categoryFromPubliccode: { id: 'kategori publiccode.yml', en: 'publiccode.yml category' },
  categoryFromGotong: { id: 'kategori gotong', en: 'gotong category' },
  noCategories: { id: 'Belum ada modul yang menyebut kategori.', en: 'No module names a category yet.' },
  pcIntro: {
    id: 'Dari berkas publiccode.yml versi {v}, standar terbuka untuk mendeskripsikan perangkat lunak publik. Ditulis oleh penerbit modul.',
    en: "From the publiccode.yml file of version {v}, the open standard that describes public software. Written by the module's publisher.",
  },
  pcStandardVersion: { id: 'Versi standar', en: 'Standard version' },
  pcDevelopmentStatus: { id: 'Status pengembangan', en: 'Development status' },
  pcSoftwareType: { id: 'Jenis perangkat lunak', en: 'Software type' },
  pcCategories: { id: 'Kategori', en: 'Categories' },
  pcPlatforms: { id: 'Platform', en: 'Platforms' },
  pcCountries: { id: 'Negara sasaran', en: 'Intended countries' },
  pcUnsupportedCountries: { id: 'Negara yang tidak didukung', en: 'Countries not supported' },
  pcScope: { id: 'Bidang sasaran', en: 'Intended scope' },
  pcMaintenance: { id: 'Pemeliharaan', en: 'Maintenance' },
  pcContacts: { id: 'Kontak pemeliharaan', en: 'Maintenance contacts' },
  pcContractors: { id: 'Kontraktor', en: 'Contractors' },
  pcUntil: { id: 'kontrak sampai', en: 'contract until' },
  pcLocalisation: { id: 'Lokalisasi', en: 'Localisation' },
  pcLocalisationReady: { id: 'Siap diterjemahkan', en: 'Ready for translation' },
  pcNotLocalisationReady: { id: 'Belum siap diterjemahkan', en: 'Not ready for translation' },
  pcLanguages: { id: 'bahasa tersedia:', en: 'available languages:' },
  pcNone: { id: 'tidak ada', en: 'none' },
  notFoundTitle: { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  notFoundText: {
    id: 'Alamat ini tidak ada di katalog. Modulnya mungkin sudah keluar dari registry, atau alamatnya salah ketik.',
    en: 'This address is not in the catalog. The module may have left the registry, or the address has a typo.',
  },
  notFoundHome: { id: 'Kembali ke beranda katalog', en: 'Back to the catalog home page' },
  notFoundBrowse: { id: 'Atau telusuri per', en: 'Or browse by' },
  or: { id: 'atau', en: 'or' },
  resultsHeading: { id: 'Daftar modul', en: 'Modules' },
  resultCount: { id: '{n} dari {total} modul', en: '{n} of {total, plural, one {# module} other {# modules}}' },
  noResults: { id: 'Tidak ada modul yang cocok.', en: 'No module matches.' },
  showMore: { id: 'Tampilkan lebih banyak', en: 'Show more' },
  updated: { id: 'Diperbarui', en: 'Updated' },
  versionsCount: { id: '{n} versi', en: '{n, plural, one {# version} other {# versions}}' },
  citiesHeading: { id: 'Kota & kabupaten anggota', en: 'Member cities & regencies' },
  cityModulesCount: { id: '{n} modul', en: '{n, plural, one {# module} other {# modules}}' },
  cityKeys: { id: 'Kunci penerbit', en: 'Publisher keys' },
  cityKeysIntro: {
    id: 'Versi baru dari kota/kabupaten ini sah bila ditandatangani oleh kunci berikut.',
    en: 'New versions from this city/regency are valid when signed by these keys.',
  },
  threshold: { id: 'Ambang tanda tangan', en: 'Signature threshold' },
  thresholdValue: { id: '{t} dari {n} kunci', en: '{t} of {n, plural, one {# key} other {# keys}}' },
  noKeys: { id: 'Tidak ada kunci yang didelegasikan.', en: 'No keys are delegated.' },
  cityModules: { id: 'Modul', en: 'Modules' },
  citySearch: { id: 'Cari di antara modul ini', en: 'Search among these modules' },
  noModules: { id: 'Belum ada modul.', en: 'No modules yet.' },
  install: { id: 'Pasang', en: 'Install' },
  copy: { id: 'Salin', en: 'Copy' },
  copyLabel: { id: 'Salin perintah pasang', en: 'Copy the install command' },
  copied: { id: 'Disalin ke papan klip:', en: 'Copied to the clipboard:' },
  copyFailed: {
    id: 'Tidak dapat menyalin otomatis. Perintahnya sudah dipilih: tekan Ctrl+C.',
    en: 'Could not copy automatically. The command is selected: press Ctrl+C.',
  },
  details: { id: 'Rincian', en: 'Details' },
  namespace: { id: 'Namespace', en: 'Namespace' },
  publisher: { id: 'Penerbit', en: 'Publisher' },
  publisherKey: { id: 'Kunci penerbit versi ini', en: 'Publisher key of this version' },
  license: { id: 'Lisensi', en: 'Licence' },
  repository: { id: 'Repositori', en: 'Repository' },
  homepage: { id: 'Situs web', en: 'Website' },
  category: { id: 'Kategori', en: 'Category' },
  type: { id: 'Jenis', en: 'Type' },
  keywords: { id: 'Kata kunci', en: 'Keywords' },
  latestVersion: { id: 'Versi terbaru', en: 'Latest version' },
  shownVersion: { id: 'Versi yang ditampilkan', en: 'Version shown' },
  notGiven: { id: 'tidak diisi', en: 'not given' },
  notLinked: { id: '(bukan alamat http/https, tidak ditautkan)', en: '(not an http/https address, not linked)' },
  readme: { id: 'README', en: 'README' },
  readmeNote: {
    id: 'Ditulis oleh penerbit modul. HTML di dalamnya ditampilkan sebagai teks dan gambar tidak dimuat.',
    en: "Written by the module's publisher. HTML in it is shown as text and images are not loaded.",
  },
  noReadme: { id: 'Modul ini tidak menyertakan README.', en: 'This module has no README.' },
  readmeTruncated: { id: 'README terlalu panjang dan dipotong.', en: 'The README is too long and was cut short.' },
  versions: { id: 'Versi', en: 'Versions' },
  colVersion: { id: 'Versi', en: 'Version' },
  colPublished: { id: 'Diterbitkan', en: 'Published' },
  colStatus: { id: 'Status', en: 'Status' },
  colKey: { id: 'Kunci penerbit', en: 'Publisher key' },
  colIntegrity: { id: 'Integritas (SHA-512) dan SHA-256', en: 'Integrity (SHA-512) and SHA-256' },
  colSize: { id: 'Ukuran', en: 'Size' },
  versionsTableLabel: { id: 'Tabel versi, dapat digulir', en: 'Versions table, scrollable' },
  versionsIntro: {
    id: 'Commit sumber dan proses CI dicatat penerbit di entri indeks bertanda tangan setiap versi; hanya alamat http/https yang ditautkan.',
    en: "The source commit and CI run are recorded by the publisher in each version's signed index entry; only http/https addresses are linked.",
  },
  colModule: { id: 'Modul', en: 'Module' },
  colSource: { id: 'Commit sumber', en: 'Source commit' },
  colCi: { id: 'Proses CI', en: 'CI run' },
  colReproducedBy: { id: 'Dibangun ulang oleh', en: 'Reproduced by' },
  notRecorded: { id: 'tidak tercatat', en: 'not recorded' },
  reproducedNone: { id: 'belum ada', en: 'none yet' },
  sourceFolder: { id: 'folder {path}', en: 'folder {path}' },
  sourceDirty: { id: 'Berbeda dari commit', en: 'Differs from commit' },
  sourceDirtyNote: {
    id: 'Diterbitkan dengan --allow-dirty dari tree yang berbeda dari commit ini.',
    en: 'Published with --allow-dirty from a tree that differed from this commit.',
  },
  historyHeading: { id: 'Riwayat versi', en: 'Version history' },
  historyTitle: { id: 'Riwayat versi {name}', en: 'Version history of {name}' },
  historyIntro: {
    id: 'Setiap versi yang diterbitkan kota/kabupaten ini, terbaru lebih dulu, dengan commit sumber, proses CI, dan siapa yang membangunnya ulang.',
    en: 'Every version this city/regency published, newest first, with its source commit, CI run and who reproduced it.',
  },
  historyLink: { id: 'Riwayat semua versi yang diterbitkan', en: 'History of every version published' },
  historyTableLabel: { id: 'Tabel riwayat versi, dapat digulir', en: 'Version history table, scrollable' },
  historyNone: { id: 'Kota/kabupaten ini belum menerbitkan versi.', en: 'This city/regency has not published a version yet.' },
  dependencies: { id: 'Dependensi', en: 'Dependencies' },
  dependenciesOf: { id: 'Dependensi versi {v}', en: 'Dependencies of version {v}' },
  noDependencies: { id: 'Tidak ada dependensi.', en: 'No dependencies.' },
  dependents: { id: 'Dipakai oleh', en: 'Used by' },
  dependentsIntro: { id: 'Modul di registry ini yang versi terbarunya bergantung pada modul ini.', en: 'Modules in this registry whose latest version depends on this one.' },
  noDependents: { id: 'Belum dipakai modul lain di registry ini.', en: 'Not used by other modules in this registry yet.' },
  notInRegistry: { id: 'tidak ada di registry ini', en: 'not in this registry' },
  allYanked: { id: 'Semua versi modul ini telah ditarik.', en: 'Every version of this module has been yanked.' },
  deprecatedNotice: { id: 'Versi terbaru modul ini usang:', en: 'The latest version of this module is deprecated:' },
  typeApp: { id: 'Aplikasi', en: 'Application' },
  typeLibrary: { id: 'Pustaka', en: 'Library' },
  typeData: { id: 'Data referensi', en: 'Reference data' },
  typeService: { id: 'Layanan', en: 'Service' },
  typeUi: { id: 'Komponen antarmuka', en: 'UI components' },
  image: { id: 'gambar', en: 'image' },
  navCommandCentre: { id: 'Pusat komando', en: 'Command centre' },
  ccTitle: { id: 'Pusat komando', en: 'Command centre' },
  ccIntro: {
    id: 'Versi setiap modul yang dijalankan setiap kota/kabupaten, dari laporan adopsi bertanda tangan. Setiap sel ditandai dengan simbol dan warna.',
    en: 'The version of each module every city/regency runs, from signed adoption records. Every cell is marked by a symbol and a colour.',
  },
  ccStatsLabel: { id: 'Ringkasan pusat komando', en: 'Command centre summary' },
  ccCities: { id: 'Kota/kab. melapor', en: 'Cities reporting' },
  ccModules: { id: 'Modul dipakai', en: 'Modules in use' },
  ccDataAt: { id: 'Data per', en: 'Data as of' },
  ccLegend: { id: 'Keterangan tanda', en: 'Key to the marks' },
  ccMatrixLabel: { id: 'Matriks modul dan kota/kabupaten, dapat digulir', en: 'Matrix of modules and cities/regencies, scrollable' },
  ccCaption: { id: 'Versi yang dijalankan setiap kota/kabupaten, per modul', en: 'The version each city/regency runs, per module' },
  ccModule: { id: 'Modul', en: 'Module' },
  ccLatestHeader: { id: 'Terbaru', en: 'Latest' },
  ccLastReport: { id: 'Laporan terakhir (UTC)', en: 'Last report (UTC)' },
  ccNotify: { id: 'Perlu diberi tahu', en: 'To notify' },
  ccStatusCurrent: { id: 'terbaru', en: 'up to date' },
  ccStatusOutdated: { id: 'tertinggal', en: 'outdated' },
  ccStatusUnknown: { id: 'tidak dikenal', en: 'unknown' },
  ccStatusYanked: { id: 'ditarik', en: 'yanked' },
  ccStatusAffected: { id: 'terdampak', en: 'affected' },
  ccStale: { id: 'laporan lama', en: 'old report' },
  ccNone: {
    id: 'Belum ada kota/kabupaten yang melaporkan modulnya. Jalankan gotong report --registry NAMA di ruang kerja.',
    en: 'No city/regency has reported its modules yet. Run gotong report --registry NAME in a workspace.',
  },
  ccNotifyHeading: { id: 'Pengadopsi yang perlu diberi tahu', en: 'Adopters to notify' },
  ccNotifyNone: { id: 'Tidak ada pengadopsi yang menjalankan versi terdampak atau ditarik.', en: 'No adopter runs an affected or yanked version.' },
  ccFix: { id: 'perbaiki ke', en: 'fix:' },
  ccNoFix: { id: 'belum ada perbaikan', en: 'no fix yet' },
  ccMore: { id: '+{n} lagi', en: '+{n} more' },
  ccChecked: { id: 'Diperiksa otomatis {time}', en: 'Checked automatically at {time}' },
  ccRefreshed: { id: 'Diperbarui otomatis {time}', en: 'Refreshed automatically at {time}' },
  ccRefreshFailed: { id: 'Data baru tidak dapat dimuat; yang tampil adalah data per pembuatan halaman.', en: 'New data could not be loaded; showing the data as built.' },
} as const satisfies Record<string, Pair>;

export type StringKey = keyof typeof STRINGS;

/** Strings that catalog.js needs to render the module list on the home page. */
export const CLIENT_STRING_KEYS = [
  'all', 'resultCount', 'noResults', 'showMore', 'updated', 'versionsCount', 'statusDeprecated', 'statusYanked',
  'statusActive', 'copied', 'copyFailed', 'loadFailed', 'typeApp', 'typeLibrary', 'typeData', 'typeService', 'typeUi',
  'ccStatusCurrent', 'ccStatusOutdated', 'ccStatusUnknown', 'ccStatusYanked', 'ccStatusAffected', 'ccStale', 'ccNotifyNone',
  'ccFix', 'ccNoFix', 'ccMore', 'ccChecked', 'ccRefreshed', 'ccRefreshFailed', 'ccNone', 'notInRegistry', 'ccStatsLabel', 'ccCities',
  'ccModules', 'ccDataAt', 'ccLegend', 'ccMatrixLabel', 'ccCaption', 'ccModule', 'ccLatestHeader', 'ccLastReport', 'ccNotify', 'ccNotifyHeading',
] as const satisfies readonly StringKey[];

export function clientStrings(): Record<string, Pair> {
  return Object.fromEntries(CLIENT_STRING_KEYS.map((key) => [key, STRINGS[key]]));
}

/** An ICU message of the catalog filled in (plurals through Intl.PluralRules, as on the command line). */
export function fill(text: string, params: Record<string, string | number>, lang: Lang): string {
  return text.includes('{') ? formatText(text, lang, params) : text;
}

/** Interface text in both languages; the stylesheet shows one. */
export function t(key: StringKey, params: Record<string, string | number> = {}): SafeHtml {
  const pair = STRINGS[key];
  return html`<span class="i-id">${fill(pair.id, params, 'id')}</span><span class="i-en" lang="en">${fill(pair.en, params, 'en')}</span>`;
}

/** One attribute (in the language the page opens in) plus the copies catalog.js swaps in. */
export function tAttr(name: 'placeholder' | 'aria-label' | 'title', key: StringKey, lang: Lang): SafeHtml {
  const pair = STRINGS[key];
  return html` ${raw(name)}="${pair[lang]}" data-id-${raw(name)}="${pair.id}" data-en-${raw(name)}="${pair.en}"`;
}

/** Names in both languages; the stylesheet shows one. */
export function pairSpans(pair: Pair): SafeHtml {
  return html`<span class="i-id">${pair.id}</span><span class="i-en" lang="en">${pair.en}</span>`;
}

/** A word of a vocabulary (a category, a development status ...) by its names; a word outside it as given. */
export function termLabel(vocabulary: Vocabulary, word: string): SafeHtml {
  const names = nameOf(vocabulary, word);
  return names ? pairSpans(names) : html`${word}`;
}

export function plain(key: StringKey, lang: Lang = 'id'): string {
  return STRINGS[key][lang];
}

/** Normalises a manifest's LocalizedText (a plain string is Indonesian). Empty texts are dropped. */
export function localizedPair(text: LocalizedText | undefined | null): { id?: string; en?: string } {
  if (typeof text === 'string') return text.trim() ? { id: text } : {};
  if (!text || typeof text !== 'object') return {};
  const out: { id?: string; en?: string } = {};
  if (typeof text.id === 'string' && text.id.trim()) out.id = text.id;
  if (typeof text.en === 'string' && text.en.trim()) out.en = text.en;
  return out;
}

/**
 * Module text in the reader's language where the publisher gave it, else in
 * the language it has. `tag` is a fixed element name chosen by the caller.
 */
export function localizedBlock(text: { id?: string; en?: string }, tag: 'p' | 'span', cls = ''): SafeHtml {
  const c = cls ? ` ${cls}` : '';
  if (text.id !== undefined && text.en !== undefined && text.id !== text.en) {
    return html`<${raw(tag)} class="i-id${raw(c)}" lang="id">${text.id}</${raw(tag)}><${raw(tag)} class="i-en${raw(c)}" lang="en">${text.en}</${raw(tag)}>`;
  }
  const only = text.id ?? text.en;
  if (only === undefined) return html``;
  const lang = text.id !== undefined ? 'id' : 'en';
  const classAttr = cls ? html` class="${raw(cls)}"` : html``;
  return html`<${raw(tag)}${classAttr} lang="${raw(lang)}">${only}</${raw(tag)}>`;
}

const TYPE_KEYS: Record<string, StringKey> = { app: 'typeApp', library: 'typeLibrary', data: 'typeData', service: 'typeService', ui: 'typeUi' };

/** A module type's label; an unknown type (untrusted) is shown as given. */
export function typeLabel(type: string): SafeHtml {
  const key = Object.hasOwn(TYPE_KEYS, type) ? TYPE_KEYS[type] : undefined;
  return key ? t(key) : html`${type}`;
}

const DATE_FORMAT: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A publish date (UTC) as <time> in both languages; an unparseable date is shown as given. */
export function formatDate(iso: string): SafeHtml {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return html`${iso}`;
  const date = new Date(ms);
  return html`<time datetime="${date.toISOString()}"><span class="i-id">${DATE_FORMAT.id.format(date)}</span><span class="i-en" lang="en">${DATE_FORMAT.en.format(date)}</span></time>`;
}

const DATE_TIME_FORMAT: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
};

/** A report time, short enough for a table cell (day, month, hour and minute, UTC). */
export function formatDateTime(iso: string): SafeHtml {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return html`${iso}`;
  const date = new Date(ms);
  return html`<time datetime="${date.toISOString()}"><span class="i-id">${DATE_TIME_FORMAT.id.format(date)}</span><span class="i-en" lang="en">${DATE_TIME_FORMAT.en.format(date)}</span></time>`;
}

const NUMBER_FORMAT: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A tarball size in both languages' number formats (1 kB = 1000 bytes). */
export function formatBytes(bytes: number): SafeHtml {
  if (!Number.isFinite(bytes) || bytes < 0) return html``;
  const [value, unit] = bytes < 1000 ? [bytes, 'B'] : bytes < 1e6 ? [bytes / 1e3, 'kB'] : [bytes / 1e6, 'MB'];
  return html`<span class="i-id">${NUMBER_FORMAT.id.format(value)} ${unit}</span><span class="i-en" lang="en">${NUMBER_FORMAT.en.format(value)} ${unit}</span>`;
}
