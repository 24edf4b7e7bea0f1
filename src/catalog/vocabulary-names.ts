// Names, in Bahasa Indonesia and English, of the words a module's
// publiccode.yml uses (the closed lists of the standard, src/publiccode/
// vocabulary.ts) and of gotong's own catalog categories
// (src/publiccode/categories.ts). The pages show these names instead of the
// raw ids; a word outside the lists (a publisher's own platform, an odd
// category) is shown as given, escaped. Country and language codes are named
// by Intl (ICU), which knows both languages.
import type { CATEGORIES, DEVELOPMENT_STATUSES, MAINTENANCE_TYPES, PLATFORMS, SCOPES, SOFTWARE_TYPES } from '../publiccode/vocabulary.js';

export interface Pair {
  id: string;
  en: string;
}

type Names<T extends readonly string[]> = Record<T[number], Pair>;

const p = (id: string, en: string): Pair => ({ id, en });

/** The standard's software categories. Typed by its list, so a category added there needs a name here. */
const PUBLICCODE_CATEGORIES: Names<typeof CATEGORIES> = {
  'accounting': p('Akuntansi', 'Accounting'),
  'agile-project-management': p('Manajemen proyek agile', 'Agile project management'),
  'applicant-tracking': p('Pelacakan pelamar kerja', 'Applicant tracking'),
  'application-development': p('Pengembangan aplikasi', 'Application development'),
  'appointment-scheduling': p('Penjadwalan janji temu', 'Appointment scheduling'),
  'backup': p('Pencadangan data', 'Backup'),
  'billing-and-invoicing': p('Penagihan dan faktur', 'Billing and invoicing'),
  'blog': p('Blog', 'Blog'),
  'budgeting': p('Penganggaran', 'Budgeting'),
  'business-intelligence': p('Intelijen bisnis', 'Business intelligence'),
  'business-process-management': p('Manajemen proses bisnis', 'Business process management'),
  'cad': p('Desain berbantuan komputer (CAD)', 'Computer-aided design (CAD)'),
  'call-center-management': p('Manajemen pusat panggilan', 'Call centre management'),
  'cloud-management': p('Manajemen komputasi awan', 'Cloud management'),
  'collaboration': p('Kolaborasi', 'Collaboration'),
  'communications': p('Komunikasi', 'Communications'),
  'compliance-management': p('Manajemen kepatuhan', 'Compliance management'),
  'contact-management': p('Manajemen kontak', 'Contact management'),
  'content-management': p('Manajemen konten', 'Content management'),
  'crm': p('Manajemen hubungan pelanggan (CRM)', 'Customer relationship management (CRM)'),
  'customer-service-and-support': p('Layanan dan dukungan pelanggan', 'Customer service and support'),
  'data-analytics': p('Analitik data', 'Data analytics'),
  'data-collection': p('Pengumpulan data', 'Data collection'),
  'data-visualization': p('Visualisasi data', 'Data visualisation'),
  'design': p('Desain', 'Design'),
  'design-system': p('Sistem desain', 'Design system'),
  'digital-asset-management': p('Manajemen aset digital', 'Digital asset management'),
  'digital-citizenship': p('Kewargaan digital', 'Digital citizenship'),
  'document-management': p('Manajemen dokumen', 'Document management'),
  'donor-management': p('Manajemen donatur', 'Donor management'),
  'e-commerce': p('Perdagangan elektronik', 'E-commerce'),
  'e-signature': p('Tanda tangan elektronik', 'Electronic signature'),
  'educational-content': p('Konten pendidikan', 'Educational content'),
  'email-management': p('Manajemen surel', 'Email management'),
  'email-marketing': p('Pemasaran lewat surel', 'Email marketing'),
  'employee-management': p('Manajemen pegawai', 'Employee management'),
  'enterprise-project-management': p('Manajemen proyek organisasi', 'Enterprise project management'),
  'enterprise-social-networking': p('Jejaring sosial internal', 'Enterprise social networking'),
  'erp': p('Perencanaan sumber daya organisasi (ERP)', 'Enterprise resource planning (ERP)'),
  'event-management': p('Manajemen acara', 'Event management'),
  'facility-management': p('Manajemen fasilitas', 'Facility management'),
  'feedback-and-reviews-management': p('Pengelolaan masukan dan ulasan', 'Feedback and reviews management'),
  'financial-reporting': p('Pelaporan keuangan', 'Financial reporting'),
  'fleet-management': p('Manajemen armada', 'Fleet management'),
  'fundraising': p('Penggalangan dana', 'Fundraising'),
  'gamification': p('Gamifikasi', 'Gamification'),
  'geographic-information-systems': p('Sistem informasi geografis', 'Geographic information systems'),
  'grant-management': p('Manajemen hibah', 'Grant management'),
  'graphic-design': p('Desain grafis', 'Graphic design'),
  'help-desk': p('Meja bantuan', 'Help desk'),
  'hr': p('Sumber daya manusia', 'Human resources'),
  'ide': p('Lingkungan pengembangan terpadu (IDE)', 'Integrated development environment (IDE)'),
  'identity-management': p('Manajemen identitas', 'Identity management'),
  'instant-messaging': p('Pesan instan', 'Instant messaging'),
  'inventory-management': p('Manajemen persediaan', 'Inventory management'),
  'it-asset-management': p('Manajemen aset TI', 'IT asset management'),
  'it-development': p('Pengembangan TI', 'IT development'),
  'it-management': p('Manajemen TI', 'IT management'),
  'it-security': p('Keamanan TI', 'IT security'),
  'it-service-management': p('Manajemen layanan TI', 'IT service management'),
  'knowledge-management': p('Manajemen pengetahuan', 'Knowledge management'),
  'learning-management-system': p('Sistem manajemen pembelajaran', 'Learning management system'),
  'marketing': p('Pemasaran', 'Marketing'),
  'mind-mapping': p('Peta pikiran', 'Mind mapping'),
  'mobile-marketing': p('Pemasaran seluler', 'Mobile marketing'),
  'mobile-payment': p('Pembayaran seluler', 'Mobile payment'),
  'network-management': p('Manajemen jaringan', 'Network management'),
  'office': p('Perkantoran', 'Office'),
  'online-booking': p('Pemesanan daring', 'Online booking'),
  'online-community': p('Komunitas daring', 'Online community'),
  'payment-gateway': p('Gerbang pembayaran', 'Payment gateway'),
  'payroll': p('Penggajian', 'Payroll'),
  'predictive-analysis': p('Analisis prediktif', 'Predictive analysis'),
  'procurement': p('Pengadaan', 'Procurement'),
  'productivity-suite': p('Paket aplikasi perkantoran', 'Productivity suite'),
  'project-collaboration': p('Kolaborasi proyek', 'Project collaboration'),
  'project-management': p('Manajemen proyek', 'Project management'),
  'property-management': p('Manajemen properti', 'Property management'),
  'real-estate-management': p('Manajemen real estat', 'Real estate management'),
  'remote-support': p('Dukungan jarak jauh', 'Remote support'),
  'resource-management': p('Manajemen sumber daya', 'Resource management'),
  'sales-management': p('Manajemen penjualan', 'Sales management'),
  'seo': p('Optimasi mesin pencari (SEO)', 'Search engine optimisation (SEO)'),
  'service-desk': p('Meja layanan', 'Service desk'),
  'social-media-management': p('Manajemen media sosial', 'Social media management'),
  'survey': p('Survei', 'Surveys'),
  'talent-management': p('Manajemen talenta', 'Talent management'),
  'task-management': p('Manajemen tugas', 'Task management'),
  'taxes-management': p('Manajemen pajak', 'Tax management'),
  'test-management': p('Manajemen pengujian', 'Test management'),
  'time-management': p('Manajemen waktu', 'Time management'),
  'time-tracking': p('Pencatatan waktu kerja', 'Time tracking'),
  'translation': p('Penerjemahan', 'Translation'),
  'video-conferencing': p('Konferensi video', 'Video conferencing'),
  'video-editing': p('Penyuntingan video', 'Video editing'),
  'visitor-management': p('Manajemen tamu', 'Visitor management'),
  'voip': p('Telepon internet (VoIP)', 'Voice over IP (VoIP)'),
  'warehouse-management': p('Manajemen gudang', 'Warehouse management'),
  'web-collaboration': p('Kolaborasi web', 'Web collaboration'),
  'web-conferencing': p('Konferensi web', 'Web conferencing'),
  'website-builder': p('Pembuat situs web', 'Website builder'),
  'whistleblowing': p('Pelaporan pelanggaran', 'Whistleblowing'),
  'workflow-management': p('Manajemen alur kerja', 'Workflow management'),
};

/**
 * gotong's own categories, the groups categories.ts maps the standard's list
 * into. Categories other than these (a city's own slug) are shown as written.
 */
const GOTONG_CATEGORIES: Record<string, Pair> = {
  'perencanaan': p('Perencanaan', 'Planning'),
  'keuangan': p('Keuangan', 'Finance'),
  'kepegawaian': p('Kepegawaian', 'Civil service staff'),
  'identitas': p('Identitas', 'Identity'),
  'antarmuka': p('Antarmuka', 'User interface'),
  'pemantauan': p('Pemantauan', 'Monitoring'),
  'kearsipan': p('Kearsipan', 'Records and archives'),
  'pelayanan-publik': p('Pelayanan publik', 'Public services'),
  'pendidikan': p('Pendidikan', 'Education'),
  'referensi': p('Data referensi', 'Reference data'),
};

const DEVELOPMENT_STATUS: Names<typeof DEVELOPMENT_STATUSES> = {
  concept: p('Konsep', 'Concept'),
  development: p('Sedang dikembangkan', 'In development'),
  beta: p('Beta', 'Beta'),
  stable: p('Stabil', 'Stable'),
  obsolete: p('Tidak dipakai lagi', 'Obsolete'),
};

const SOFTWARE_TYPE: Names<typeof SOFTWARE_TYPES> = {
  'standalone/mobile': p('Aplikasi seluler mandiri', 'Standalone mobile app'),
  'standalone/iot': p('Perangkat lunak IoT mandiri', 'Standalone IoT software'),
  'standalone/desktop': p('Aplikasi desktop mandiri', 'Standalone desktop app'),
  'standalone/web': p('Aplikasi web mandiri', 'Standalone web app'),
  'standalone/backend': p('Layanan backend mandiri', 'Standalone backend service'),
  'standalone/other': p('Perangkat lunak mandiri lainnya', 'Other standalone software'),
  addon: p('Tambahan (add-on)', 'Add-on'),
  library: p('Pustaka', 'Library'),
  configurationFiles: p('Berkas konfigurasi', 'Configuration files'),
};

const MAINTENANCE_TYPE: Names<typeof MAINTENANCE_TYPES> = {
  internal: p('Dirawat sendiri (internal)', 'Maintained in-house'),
  contract: p('Dirawat oleh kontraktor', 'Maintained under contract'),
  community: p('Dirawat komunitas', 'Maintained by a community'),
  none: p('Tidak dirawat', 'Not maintained'),
};

const SCOPE: Names<typeof SCOPES> = {
  'agriculture': p('Pertanian', 'Agriculture'),
  'culture': p('Kebudayaan', 'Culture'),
  'defence': p('Pertahanan', 'Defence'),
  'education': p('Pendidikan', 'Education'),
  'emergency-services': p('Layanan darurat', 'Emergency services'),
  'employment': p('Ketenagakerjaan', 'Employment'),
  'energy': p('Energi', 'Energy'),
  'environment': p('Lingkungan hidup', 'Environment'),
  'finance-and-economic-development': p('Keuangan dan pembangunan ekonomi', 'Finance and economic development'),
  'foreign-affairs': p('Hubungan luar negeri', 'Foreign affairs'),
  'healthcare': p('Kesehatan', 'Healthcare'),
  'infrastructures': p('Infrastruktur', 'Infrastructure'),
  'justice': p('Peradilan', 'Justice'),
  'local-authorities': p('Pemerintah daerah', 'Local authorities'),
  'manufacturing': p('Manufaktur', 'Manufacturing'),
  'research': p('Penelitian', 'Research'),
  'science-and-technology': p('Ilmu pengetahuan dan teknologi', 'Science and technology'),
  'security': p('Keamanan', 'Security'),
  'society': p('Kemasyarakatan', 'Society'),
  'sport': p('Olahraga', 'Sport'),
  'tourism': p('Pariwisata', 'Tourism'),
  'transportation': p('Perhubungan', 'Transport'),
  'welfare': p('Kesejahteraan sosial', 'Welfare'),
};

const PLATFORM: Names<typeof PLATFORMS> = {
  web: p('Web', 'Web'),
  windows: p('Windows', 'Windows'),
  mac: p('macOS', 'macOS'),
  linux: p('Linux', 'Linux'),
  ios: p('iOS', 'iOS'),
  android: p('Android', 'Android'),
};

const TABLES = {
  category: { ...GOTONG_CATEGORIES, ...PUBLICCODE_CATEGORIES } as Record<string, Pair>,
  developmentStatus: DEVELOPMENT_STATUS as Record<string, Pair>,
  softwareType: SOFTWARE_TYPE as Record<string, Pair>,
  maintenanceType: MAINTENANCE_TYPE as Record<string, Pair>,
  scope: SCOPE as Record<string, Pair>,
  platform: PLATFORM as Record<string, Pair>,
};

export type Vocabulary = keyof typeof TABLES;

/** The names of a word in a list; undefined when the word is not in it (then it is shown as given). */
export function nameOf(vocabulary: Vocabulary, word: string): Pair | undefined {
  const table = TABLES[vocabulary];
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

const REGION_NAMES = { id: new Intl.DisplayNames(['id-ID'], { type: 'region', fallback: 'none' }), en: new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' }) };
const LANGUAGE_NAMES = { id: new Intl.DisplayNames(['id-ID'], { type: 'language', fallback: 'none' }), en: new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' }) };

function displayPair(names: { id: Intl.DisplayNames; en: Intl.DisplayNames }, code: string): Pair | undefined {
  try {
    const id = names.id.of(code);
    const en = names.en.of(code);
    return id && en ? { id, en } : undefined;
  } catch {
    return undefined;
  }
}

/** A country of intendedAudience (lowercase ISO 3166-1 alpha-2, e.g. `id`). */
export function countryName(code: string): Pair | undefined {
  return /^[a-z]{2}$/i.test(code) ? displayPair(REGION_NAMES, code.toUpperCase()) : undefined;
}

/** A language of localisation.availableLanguages (a BCP 47 tag, e.g. `id`, `en`, `jv`). */
export function languageName(tag: string): Pair | undefined {
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? displayPair(LANGUAGE_NAMES, tag) : undefined;
}
