// A deterministic, realistic-looking catalog input of any size, for the scale
// benchmark (10,000 modules / 50,000 versions) and for tests. Same seed, same
// input. Dependencies point only at earlier modules, as real ones tend to.
import type { AdoptionRecord, Advisory, IndexVersion, ModuleIndex, ModuleKind, PubliccodeSummary, VersionProvenance } from '../manifest/types.js';
import { CATEGORIES as PUBLICCODE_CATEGORIES, DEVELOPMENT_STATUSES, SCOPES } from '../publiccode/vocabulary.js';
import type { AdoptionInput, CatalogInput } from './model.js';

const REGIONS = [
  'bandung', 'kuburaya', 'bogor', 'garut', 'sleman', 'badung', 'sambas', 'malang', 'makassar', 'medan', 'padang', 'pontianak',
  'semarang', 'surabaya', 'denpasar', 'banjarmasin', 'ambon', 'jayapura', 'kupang', 'mataram', 'palu', 'kendari', 'bengkulu', 'jambi',
];
const TOPICS = [
  'musrenbang', 'sipd', 'perizinan', 'pajak-daerah', 'retribusi', 'kepegawaian', 'absensi', 'arsip', 'surat', 'aduan', 'bansos',
  'kesehatan', 'posyandu', 'sekolah', 'ppdb', 'pasar', 'umkm', 'pariwisata', 'lalu-lintas', 'parkir', 'cctv', 'bencana', 'peta',
  'wilayah', 'kependudukan', 'anggaran', 'aset', 'pengadaan', 'perpustakaan', 'beasiswa',
];
const PARTS = ['portal', 'api', 'dasbor', 'ui', 'data', 'layanan', 'mobile', 'admin', 'laporan', 'sinkron'];
const KINDS: ModuleKind[] = ['app', 'library', 'data', 'service', 'ui'];
const CATEGORIES = [
  'perencanaan', 'keuangan', 'kepegawaian', 'pelayanan-publik', 'kesehatan', 'pendidikan', 'ekonomi', 'smart-city', 'identitas',
  'data-referensi', 'antarmuka', 'kebencanaan', 'perhubungan', 'sosial', 'kearsipan',
];

type Random = () => number;

function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function bytes(random: Random, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

function readme(random: Random, title: string, topic: string): string {
  const steps = 3 + Math.floor(random() * 4);
  const lines = [
    `# ${title}`,
    '',
    `Modul **${topic}** untuk pemerintah daerah. Dipakai bersama melalui registry gotong dan dipasang dengan satu perintah.`,
    '',
    '## Fitur',
    '',
    ...Array.from({ length: steps }, (_, i) => `- Fitur ${i + 1}: pengelolaan ${topic} tahap ${i + 1} dengan verifikasi berjenjang`),
    '',
    '## Pemasangan',
    '',
    '```sh',
    `gotong install ${title}`,
    '```',
    '',
    '| Lingkungan | Versi |',
    '|:--|--:|',
    '| PostgreSQL | 14 |',
    '| Node.js | 20 |',
    '',
    `Dokumentasi lengkap: [wiki](https://gitlab.example.go.id/${topic}/wiki).`,
    '',
  ];
  return lines.join('\n');
}

/**
 * The publiccode.yml fields of about 60% of the modules (one to three of the
 * standard's categories each), drawn from a generator of their own so the
 * rest of the input stays what it was before modules had them.
 */
function syntheticPubliccode(random: Random, ns: string, topic: string): PubliccodeSummary | undefined {
  if (random() >= 0.6) return undefined;
  const categories = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, PUBLICCODE_CATEGORIES)))];
  return {
    publiccodeYmlVersion: '0.4',
    developmentStatus: pick(random, DEVELOPMENT_STATUSES),
    softwareType: 'standalone/web',
    categories,
    platforms: ['web'],
    intendedAudience: { countries: ['id'], scope: ['local-authorities', pick(random, SCOPES)] },
    maintenance: { type: 'internal', contacts: [{ name: `Tim ${topic} ${ns}`, email: `${topic}@${ns}.go.id`, affiliation: `Diskominfo ${ns}` }], contractors: [] },
    localisation: { localisationReady: true, availableLanguages: ['id', 'en'] },
  };
}

/**
 * What `gotong publish` records from a GitLab CI job, derived from the
 * version's hash so it draws nothing from the random stream (the rest of the
 * input stays as it was before provenance existed). About one version in 256
 * was published from a tree that differed from its commit.
 */
function syntheticProvenance(namespace: string, name: string, sha256: string): VersionProvenance {
  const project = `https://gitlab.example.go.id/${namespace}/${name}`;
  return {
    source: { repository: `${project}.git`, commit: sha256.slice(0, 40), path: '.', dirty: sha256.endsWith('00') },
    ci: { system: 'gitlab-ci', runUrl: `${project}/-/jobs/${parseInt(sha256.slice(40, 47), 16)}` },
    gotongVersion: '0.1.0',
    tarSha512: sha256 + sha256,
  };
}

/**
 * `modules` modules with `versionsPerModule` versions each, spread over up to
 * 550 namespaces. About 3% of versions are yanked and 5% of modules deprecated.
 */
export function syntheticCatalogInput(seed: number, modules: number, versionsPerModule: number): CatalogInput {
  const random = mulberry32(seed);
  const publiccodeRandom = mulberry32(seed ^ 0x5eed);
  const nsCount = Math.min(550, Math.max(2, Math.ceil(modules / 18)));
  const namespaces = Array.from({ length: nsCount }, (_, i) => {
    const region = REGIONS[i % REGIONS.length];
    const name = i < REGIONS.length ? region : `${i % 2 ? 'kab' : 'kota'}-${region}-${Math.floor(i / REGIONS.length)}`;
    const keyCount = 1 + Math.floor(random() * 3);
    return { name, keyIds: Array.from({ length: keyCount }, () => bytes(random, 32).toString('hex')), threshold: 1 };
  });

  const list: CatalogInput['modules'] = [];
  const latest: string[] = [];
  const base = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 0, 1) - base;
  for (let i = 0; i < modules; i++) {
    const ns = namespaces[i % nsCount];
    const topic = pick(random, TOPICS);
    const name = `${topic}-${pick(random, PARTS)}-${i}`;
    const fullName = `@${ns.name}/${name}`;
    const kind = pick(random, KINDS);
    const category = pick(random, CATEGORIES);
    const keywords = [topic, pick(random, TOPICS), pick(random, PARTS), ns.name];
    const description = {
      id: `Modul ${topic.replace(/-/g, ' ')} (${kind}) dari ${ns.name}: pencatatan, verifikasi, dan pelaporan untuk perangkat daerah.`,
      en: `${topic.replace(/-/g, ' ')} module (${kind}) from ${ns.name}: recording, verification and reporting for local agencies.`,
    };
    const deprecatedModule = random() < 0.05;
    const publiccode = syntheticPubliccode(publiccodeRandom, ns.name, topic);
    const deps: Record<string, string> = {};
    const depCount = i === 0 ? 0 : Math.floor(random() * 4);
    for (let d = 0; d < depCount; d++) {
      const j = Math.floor(random() * i);
      const target = list[j].index.name;
      if (target !== fullName) deps[target] = `^${latest[j]}`;
    }
    let time = base + Math.floor(random() * span * 0.6);
    let major = 0;
    let minor = 1;
    const versions: Record<string, IndexVersion> = {};
    for (let v = 0; v < versionsPerModule; v++) {
      if (v > 0 && random() < 0.3) {
        major += 1;
        minor = 0;
      } else if (v > 0) minor += 1;
      const version = `${major}.${minor}.0`;
      time += Math.floor(random() * (span * 0.4) / Math.max(1, versionsPerModule));
      const target = `${ns.name}/${name}/${name}-${version}.tgz`;
      versions[version] = {
        target,
        length: 2000 + Math.floor(random() * 2_000_000),
        sha256: bytes(random, 32).toString('hex'),
        integrity: `sha512-${bytes(random, 64).toString('base64')}`,
        dependencies: deps,
        publishedAt: new Date(time).toISOString(),
        publisherKeyId: pick(random, ns.keyIds),
        yanked: random() < 0.03,
        deprecated: deprecatedModule && v === versionsPerModule - 1 ? 'Tidak dirawat lagi; lihat modul penggantinya.' : null,
        description,
        type: kind,
        category,
        keywords,
        license: pick(random, ['Apache-2.0', 'MIT', 'GPL-3.0-only', 'EUPL-1.2']),
        repository: `https://gitlab.example.go.id/${ns.name}/${name}`,
        publisher: `Diskominfo ${ns.name}`,
        ...(publiccode ? { publiccode } : {}),
      };
      versions[version].provenance = syntheticProvenance(ns.name, name, versions[version].sha256);
    }
    latest.push(`${major}.${minor}.0`);
    const index: ModuleIndex = { schemaVersion: 1, name: fullName, versions };
    list.push({ namespace: ns.name, index, readme: readme(random, fullName, topic) });
  }

  return {
    registry: {
      name: 'nasional-sintetis',
      url: 'https://gitlab.example.go.id/gotong/registry.git',
      rootSha256: bytes(random, 32).toString('hex'),
      generatedAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
    },
    namespaces,
    modules: list,
  };
}

/**
 * Adoption records and advisories for a synthetic input (the command-centre
 * benchmark and tests): `cities` workspaces, one per city, each reporting every
 * module of the input, mostly at its newest version; `advisories` advisories
 * spread over the modules, each covering a module's older versions.
 */
export function syntheticAdoption(input: CatalogInput, seed: number, cities: number, advisories: number): AdoptionInput {
  const random = mulberry32(seed);
  const versionsOf = input.modules.map((m) => Object.keys(m.index.versions));
  const base = Date.parse(input.registry.generatedAt);
  const records: AdoptionRecord[] = Array.from({ length: cities }, (_, c) => {
    const region = REGIONS[c % REGIONS.length];
    const namespace = c < REGIONS.length ? region : `${c % 2 ? 'kab' : 'kota'}-${region}-${Math.floor(c / REGIONS.length)}`;
    const modules: Record<string, string> = {};
    input.modules.forEach((m, i) => {
      const list = versionsOf[i];
      modules[m.index.name] = random() < 0.7 ? list[list.length - 1] : pick(random, list);
    });
    // Most cities report daily; one in ten has not reported for weeks.
    const age = random() < 0.1 ? 20 * 86_400_000 : Math.floor(random() * 86_400_000);
    return { schemaVersion: 1, namespace, workspace: `portal-${c}`, reportedAt: new Date(base - age).toISOString(), modules };
  });
  const byModule = new Map<string, Advisory[]>();
  for (let a = 0; a < advisories && input.modules.length > 0; a++) {
    const i = Math.floor(random() * input.modules.length);
    const name = input.modules[i].index.name;
    const list = versionsOf[i];
    const upTo = pick(random, list);
    const advisory: Advisory = {
      id: `GTA-2025-${String(a + 1).padStart(4, '0')}`,
      range: `<=${upTo}`,
      severity: pick(random, ['low', 'medium', 'high', 'critical'] as const),
      summary: `Celah pada ${name} sampai ${upTo}: data warga dapat terbaca tanpa izin.`,
      fixedIn: null,
      publishedAt: new Date(base - Math.floor(random() * 30) * 86_400_000).toISOString(),
    };
    byModule.set(name, [...(byModule.get(name) ?? []), advisory]);
  }
  return { records, advisories: [...byModule].map(([module, list]) => ({ module, advisories: list })) };
}
