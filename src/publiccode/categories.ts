// Which gotong catalog category a publiccode.yml category falls in. gotong's
// categories are Indonesian slugs that the catalog groups by (perencanaan,
// keuangan, identitas ...); the standard's list (vocabulary.ts) is English and
// finer. Only clear matches are listed: a category with none maps to nothing,
// and `gotong init --from-publiccode` then leaves gotong's category empty
// rather than guess (docs/DECISIONS.md, "init from a publiccode.yml").

const GROUPS: Record<string, readonly string[]> = {
  perencanaan: ['budgeting', 'project-management', 'enterprise-project-management', 'agile-project-management', 'resource-management'],
  keuangan: ['accounting', 'billing-and-invoicing', 'financial-reporting', 'payroll', 'taxes-management', 'payment-gateway', 'mobile-payment', 'grant-management'],
  kepegawaian: ['hr', 'employee-management', 'talent-management', 'applicant-tracking', 'time-tracking'],
  identitas: ['identity-management', 'e-signature'],
  antarmuka: ['design-system', 'website-builder'],
  pemantauan: ['data-analytics', 'data-visualization', 'business-intelligence', 'it-management', 'network-management'],
  kearsipan: ['document-management', 'digital-asset-management'],
  'pelayanan-publik': ['customer-service-and-support', 'help-desk', 'service-desk', 'feedback-and-reviews-management', 'whistleblowing', 'digital-citizenship', 'online-booking', 'appointment-scheduling'],
  pendidikan: ['learning-management-system', 'educational-content'],
  referensi: ['geographic-information-systems', 'knowledge-management'],
};

const BY_PUBLICCODE = new Map(Object.entries(GROUPS).flatMap(([gotong, codes]) => codes.map((code) => [code, gotong] as const)));

/** The gotong category of the first publiccode category that has one; null when none has. */
export function gotongCategoryOf(categories: readonly string[]): string | null {
  for (const category of categories) {
    const match = BY_PUBLICCODE.get(category);
    if (match) return match;
  }
  return null;
}

/** Every mapped pair, for the documentation test and the docs. */
export function categoryPairs(): Array<[publiccode: string, gotong: string]> {
  return [...BY_PUBLICCODE.entries()];
}
