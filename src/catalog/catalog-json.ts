// catalog.json: the catalog's data for programs (dashboards, other portals).
// Like the pages it is informative and unsigned; the signed module index
// files in the registry stay the source of truth for hashes.
import { webUrl } from './urls.js';
import type { CatalogView } from './view.js';

export const CATALOG_FORMAT = 'gotong-catalog';
export const CATALOG_FORMAT_VERSION = 1;

export function buildCatalogJson(view: CatalogView): unknown {
  return {
    format: CATALOG_FORMAT,
    formatVersion: CATALOG_FORMAT_VERSION,
    registry: view.registry,
    counts: { modules: view.modules.length, versions: view.versionCount, namespaces: view.namespaces.length },
    namespaces: view.namespaces.map((ns) => ({
      name: ns.name,
      displayName: ns.displayName,
      keyIds: ns.keyIds,
      threshold: ns.threshold,
      modules: ns.modules.map((m) => m.fullName),
    })),
    modules: view.modules.map((m) => ({
      name: m.fullName,
      namespace: m.namespace,
      version: m.shown.version,
      description: m.description,
      type: m.type || null,
      category: m.category || null,
      categories: m.categories,
      keywords: m.keywords,
      license: typeof m.shown.license === 'string' ? m.shown.license : null,
      repository: webUrl(m.shown.repository),
      homepage: webUrl(m.shown.homepage),
      publisher: typeof m.shown.publisher === 'string' ? m.shown.publisher : null,
      updatedAt: m.updatedAt || null,
      deprecated: m.shown.deprecated ?? null,
      allYanked: m.allYanked,
      publiccode: m.publiccode,
      dependencies: Object.fromEntries(m.dependencies.map((d) => [d.name, d.range])),
      dependents: m.dependents.map((d) => d.module.fullName),
      versions: m.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, yanked: v.yanked, yankedReason: v.yankedReason ?? null, deprecated: v.deprecated })),
    })),
  };
}
