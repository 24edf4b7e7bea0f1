// The pure step between the verified input and the pages: picks each
// module's shown version, sorts versions, finds dependents through one map
// (so the build stays linear in the number of modules and versions), and
// names each city. No I/O, no HTML.
import semver from 'semver';
import type { IndexVersion } from '../manifest/types.js';
import { localizedPair, type Lang } from './i18n.js';
import type { CatalogInput } from './model.js';
import { provenanceView, type ProvenanceView } from './provenance-view.js';
import { publiccodeView, type PubliccodeView } from './publiccode-view.js';
import { reproducedByOf, type ReproducedBy } from './reproduced-by.js';
import { nameOf, type Pair } from './vocabulary-names.js';

/** Namespace and module names as DESIGN.md fixes them; they become file names. */
export const NAME_PART = /^[a-z0-9][a-z0-9-]*$/;
const MAX_NAME = 214;

export interface VersionView extends IndexVersion {
  version: string;
  /** The recorded source commit and CI run as the history shows them (checked, linkable parts only); null when none. */
  provenanceView: ProvenanceView | null;
  /** Cities that reproduced this version, filled by reproducedByOf (reproduced-by.ts) only. */
  reproducedBy: ReproducedBy[];
}

export interface DependencyView {
  name: string;
  range: string;
  /** Present when the registry has that module. */
  target: ModuleView | undefined;
}

export interface ModuleView {
  /** `@namespace/name`. */
  fullName: string;
  namespace: string;
  name: string;
  /** Newest first (SemVer order; unparseable versions last). */
  versions: VersionView[];
  /** The version the catalog describes: newest non-yanked stable, else newest non-yanked, else newest. */
  shown: VersionView;
  allYanked: boolean;
  deprecated: boolean;
  /** Latest publish time of any version (ISO), '' when none parses. */
  updatedAt: string;
  description: { id?: string; en?: string };
  keywords: string[];
  /** gotong.json's category of the shown version ('' when none). */
  category: string;
  /** Every category the module is found under: gotong.json's, then its publiccode.yml's. */
  categories: string[];
  type: string;
  /** The shown version's publiccode.yml fields, when its index entry has them. */
  publiccode: PubliccodeView | null;
  readme: string | null;
  dependencies: DependencyView[];
  dependents: Array<{ module: ModuleView; range: string }>;
}

export interface NamespaceView {
  name: string;
  displayName: string;
  keyIds: string[];
  threshold: number;
  delegated: boolean;
  modules: ModuleView[];
}

export interface CategoryView {
  /** The category as modules give it (gotong.json or publiccode.yml). */
  slug: string;
  /** Its names when it is one of gotong's categories or in the publiccode.yml standard's list. */
  names: Pair | undefined;
  /** Some module names it in gotong.json / in publiccode.yml. */
  inGotong: boolean;
  inPubliccode: boolean;
  /** Path of its page from the catalog's top folder; null when the slug cannot be a file name. */
  path: string | null;
  /** Sorted by full name. */
  modules: ModuleView[];
}

export interface SkippedModule {
  namespace: string;
  name: string;
  /** Why, as a code (`gotong catalog build` words it in the user's language). */
  reason: 'invalid-name' | 'other-namespace' | 'listed-twice' | 'no-versions';
}

export interface CatalogView {
  registry: CatalogInput['registry'];
  /** The language the pages open in (the reader's own choice, once made, wins in the browser). */
  lang: Lang;
  namespaces: NamespaceView[];
  /** Sorted by full name. */
  modules: ModuleView[];
  byName: Map<string, ModuleView>;
  namespaceByName: Map<string, NamespaceView>;
  /** Sorted by name in `lang`. */
  categories: CategoryView[];
  categoryBySlug: Map<string, CategoryView>;
  versionCount: number;
  skipped: SkippedModule[];
}

function compareVersions(a: string, b: string): number {
  const va = semver.valid(a);
  const vb = semver.valid(b);
  if (va && vb) return semver.rcompare(va, vb);
  if (va) return -1;
  if (vb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function pickShown(versions: VersionView[]): VersionView {
  const live = versions.filter((v) => !v.yanked);
  return live.find((v) => semver.valid(v.version) && semver.prerelease(v.version) === null) ?? live[0] ?? versions[0];
}

/**
 * The version a catalog page describes, from a module index: the newest
 * non-yanked stable version, else the newest non-yanked pre-release, else the
 * newest. The registry reader uses it to pick whose README to pass in.
 */
export function shownVersionOf(versions: Record<string, Pick<IndexVersion, 'yanked'>>): string | undefined {
  const list = Object.keys(versions).sort(compareVersions);
  if (list.length === 0) return undefined;
  return pickShown(list.map((version) => ({ version, yanked: versions[version]?.yanked === true }) as VersionView)).version;
}

/**
 * The index was verified and schema-checked by the reader, but a page must not
 * fail to build because one publisher wrote an odd value: fields the pages
 * print are coerced to the type they should have.
 */
function normaliseVersion(version: string, info: IndexVersion): VersionView {
  const v = (info && typeof info === 'object' ? info : {}) as Partial<IndexVersion>;
  const deps: Record<string, string> = {};
  if (v.dependencies && typeof v.dependencies === 'object') {
    for (const [name, range] of Object.entries(v.dependencies)) if (typeof range === 'string') deps[name] = range;
  }
  return {
    ...v,
    version,
    target: text(v.target),
    length: typeof v.length === 'number' ? v.length : -1,
    sha256: text(v.sha256),
    integrity: text(v.integrity),
    dependencies: deps,
    publishedAt: text(v.publishedAt),
    publisherKeyId: text(v.publisherKeyId),
    yanked: v.yanked === true,
    yankedReason: v.yanked === true && typeof v.yankedReason === 'string' ? v.yankedReason : undefined,
    deprecated: typeof v.deprecated === 'string' ? v.deprecated : null,
    provenanceView: provenanceView(v.provenance),
    reproducedBy: [],
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string' && k.trim() !== '') : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function maxIso(versions: VersionView[]): string {
  let best = -Infinity;
  for (const v of versions) {
    const ms = Date.parse(v.publishedAt);
    if (Number.isFinite(ms) && ms > best) best = ms;
  }
  return Number.isFinite(best) ? new Date(best).toISOString() : '';
}

/** Splits `@ns/name`; null when it is not a valid module name. */
export function parseModuleName(fullName: string): { namespace: string; name: string } | null {
  const match = /^@([^/]+)\/([^/]+)$/.exec(fullName);
  if (!match || !NAME_PART.test(match[1]) || !NAME_PART.test(match[2]) || fullName.length > MAX_NAME) return null;
  return { namespace: match[1], name: match[2] };
}

/** Category pages are files named by the category, so only plain slugs get one. */
const CATEGORY_PAGE = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function categoryPath(slug: string): string | null {
  return CATEGORY_PAGE.test(slug) ? `c/${slug}.html` : null;
}

function moduleCategories(category: string, publiccode: PubliccodeView | null): string[] {
  return [...new Set([category, ...(publiccode?.categories ?? [])].filter((c) => c !== ''))];
}

export function prepareCatalog(input: CatalogInput, lang: Lang = 'id'): CatalogView {
  const skipped: SkippedModule[] = [];
  const namespaces = new Map<string, NamespaceView>();
  for (const ns of input.namespaces) {
    if (!NAME_PART.test(ns.name) || namespaces.has(ns.name)) continue;
    namespaces.set(ns.name, { name: ns.name, displayName: ns.name, keyIds: [...ns.keyIds], threshold: ns.threshold, delegated: true, modules: [] });
  }

  const byName = new Map<string, ModuleView>();
  let versionCount = 0;
  for (const entry of input.modules) {
    const fullName = entry.index?.name ?? '';
    const parsed = parseModuleName(fullName);
    const skip = (reason: SkippedModule['reason']) => skipped.push({ namespace: entry.namespace, name: fullName, reason });
    if (!parsed) { skip('invalid-name'); continue; }
    if (parsed.namespace !== entry.namespace) { skip('other-namespace'); continue; }
    if (byName.has(fullName)) { skip('listed-twice'); continue; }
    const versions: VersionView[] = Object.entries(entry.index.versions ?? {}).map(([version, info]) => normaliseVersion(version, info));
    if (versions.length === 0) { skip('no-versions'); continue; }
    versions.sort((a, b) => compareVersions(a.version, b.version));
    versionCount += versions.length;
    const reproduced = reproducedByOf(input, fullName, versions);
    versions.forEach((v, i) => { v.reproducedBy = reproduced[i] ?? []; });

    const shown = pickShown(versions);
    const category = text(shown.category);
    const publiccode = publiccodeView(shown.publiccode);
    const module: ModuleView = {
      fullName,
      namespace: parsed.namespace,
      name: parsed.name,
      versions,
      shown,
      allYanked: versions.every((v) => v.yanked),
      deprecated: typeof shown.deprecated === 'string',
      updatedAt: maxIso(versions),
      description: localizedPair(shown.description),
      keywords: stringList(shown.keywords),
      category,
      categories: moduleCategories(category, publiccode),
      type: text(shown.type),
      publiccode,
      readme: typeof entry.readme === 'string' ? entry.readme : null,
      dependencies: [],
      dependents: [],
    };
    byName.set(fullName, module);

    let ns = namespaces.get(parsed.namespace);
    if (!ns) {
      ns = { name: parsed.namespace, displayName: parsed.namespace, keyIds: [], threshold: 0, delegated: false, modules: [] };
      namespaces.set(parsed.namespace, ns);
    }
    ns.modules.push(module);
  }

  // Dependencies and dependents in one pass over the shown versions (a map, not a scan per module).
  for (const module of byName.values()) {
    for (const [name, range] of Object.entries(module.shown.dependencies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const target = byName.get(name);
      module.dependencies.push({ name, range, target });
      // A module whose every version is yanked no longer uses anything.
      if (target && target !== module && !module.allYanked) target.dependents.push({ module, range });
    }
  }

  const byFullName = (a: ModuleView, b: ModuleView) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0);
  const modules = [...byName.values()].sort(byFullName);
  for (const module of modules) module.dependents.sort((a, b) => byFullName(a.module, b.module));

  for (const ns of namespaces.values()) {
    ns.modules.sort(byFullName);
    ns.displayName = displayNameOf(ns) ?? ns.name;
  }
  const sortedNamespaces = [...namespaces.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const categoryBySlug = new Map<string, CategoryView>();
  for (const module of modules) {
    for (const slug of module.categories) {
      let category = categoryBySlug.get(slug);
      if (!category) {
        category = { slug, names: nameOf('category', slug), inGotong: false, inPubliccode: false, path: categoryPath(slug), modules: [] };
        categoryBySlug.set(slug, category);
      }
      if (slug === module.category) category.inGotong = true;
      if (module.publiccode?.categories.includes(slug)) category.inPubliccode = true;
      category.modules.push(module);
    }
  }
  const collator = new Intl.Collator(lang === 'en' ? 'en-GB' : 'id-ID');
  const label = (c: CategoryView) => c.names?.[lang] ?? c.slug;
  const categories = [...categoryBySlug.values()].sort((a, b) => collator.compare(label(a), label(b)) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    registry: input.registry, lang, namespaces: sortedNamespaces, modules, byName, namespaceByName: namespaces, categories, categoryBySlug, versionCount, skipped,
  };
}

/** The publisher name most of a city's modules give (e.g. "Diskominfo Kota Bandung"). */
function displayNameOf(ns: NamespaceView): string | undefined {
  const counts = new Map<string, number>();
  for (const module of ns.modules) {
    const publisher = text(module.shown.publisher);
    if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && name < best)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
