// publiccode.yml fields for the catalog fixture (test/helpers/catalog-fixture.ts):
// e-Musrenbang 2.1.0 gets what publish stores from the real example file
// (examples/bandung/e-musrenbang/2.1.0/publiccode.yml, read by the same
// function `gotong publish` uses), and @kuburaya/tamu-jahat gets a summary
// no publish would write, as a member that signs its own index could: markup
// in every text, script URLs, odd types.
import { fileURLToPath } from 'node:url';
import type { CatalogInput } from '../../src/catalog/model.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { PubliccodeSummary } from '../../src/manifest/types.js';
import { modulePubliccode } from '../../src/publiccode/module-file.js';

export const MUSRENBANG_EXAMPLE = fileURLToPath(new URL('../../examples/bandung/e-musrenbang/2.1.0/', import.meta.url));

export const HOSTILE_PUBLICCODE = {
  publiccodeYmlVersion: '0.4"><script>window.__pwned="pc-version"</script>',
  developmentStatus: '<img src=x onerror="window.__pwned=\'pc-status\'">',
  softwareType: 'standalone/web',
  categories: ['budgeting', '<b onmouseover="window.__pwned=1">kategori-pc</b>', '../../../etc/passwd'],
  platforms: ['web', '<svg onload="window.__pwned=\'pc-platform\'">'],
  intendedAudience: { countries: ['id', '"><iframe src=javascript:alert(1)>'], scope: ['local-authorities', 'javascript:alert(1)'] },
  maintenance: {
    type: 'contract',
    contacts: [
      { name: '<script>window.__pwned="pc-contact"</script>PC-CONTACT-MARKER', email: 'javascript:alert(1)//@x.go.id', phone: '<a href="javascript:alert(1)">telepon</a>' },
      { name: 'Admin Tamu', email: 'admin@tamu.kuburayakab.go.id?body=<script>', affiliation: { nested: true } },
      { name: 'Kontak Biasa', email: 'kontak@kuburayakab.go.id' },
    ],
    contractors: [
      { name: 'PT Jahat', until: '2099-01-01', website: 'javascript:window.__pwned="pc-website"' },
      { name: 'CV Data', until: 'kapan-kapan', website: 'data:text/html,<script>alert(1)</script>', email: 'mailto:x@y.z' },
    ],
  },
  localisation: { localisationReady: 'ya', availableLanguages: ['id', '<style>body{display:none}</style>'] },
} as unknown as PubliccodeSummary;

/** The fixture with publiccode.yml fields on e-Musrenbang 2.1.0 and, when present, on tamu-jahat. */
export async function withPubliccode(input: CatalogInput): Promise<CatalogInput> {
  const summary = await modulePubliccode(MUSRENBANG_EXAMPLE, { reporter: silentReporter });
  if (!summary) throw new Error(`${MUSRENBANG_EXAMPLE}publiccode.yml gave no summary`);
  for (const { index } of input.modules) {
    if (index.name === '@bandung/e-musrenbang') index.versions['2.1.0'].publiccode = summary;
    if (index.name === '@kuburaya/tamu-jahat') for (const v of Object.values(index.versions)) v.publiccode = HOSTILE_PUBLICCODE;
  }
  return input;
}
