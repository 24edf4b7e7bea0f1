// The compact data the home page searches in the browser. Pages opened from
// file:// cannot fetch(), so it ships as a script (assets/search-data.js)
// that assigns one global; catalog.js adds that script only on the home page,
// so city and module pages never pay for it. Strings repeated across modules
// (namespaces, categories, types) are stored once and referenced by index;
// the names of known categories come along once each, so the filter and the
// cards can name them in both languages.
import type { CatalogView, ModuleView } from './view.js';
import { nameOf } from './vocabulary-names.js';

export const SEARCH_DATA_GLOBAL = 'GOTONG_SEARCH_DATA';
const DESCRIPTION_CHARS = 160;

/**
 * One module: [ns, name, version, updated YYYY-MM-DD, desc id, desc en,
 * keywords, categories (indexes into `cat`: gotong.json's, then
 * publiccode.yml's), type, versions, flags].
 */
export type SearchRow = [number, string, string, string, string, string, string, number[], number, number, number];

export const FLAG_DEPRECATED = 1;
export const FLAG_ALL_YANKED = 2;

export interface SearchData {
  /** 2 since rows hold a list of categories (publiccode.yml's too). */
  v: 2;
  ns: Array<[string, string]>;
  cat: string[];
  /** [Indonesian, English] name of each `cat` entry, or 0 when it has none (shown as given). */
  catName: Array<[string, string] | 0>;
  type: string[];
  m: SearchRow[];
}

function clip(text: string | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DESCRIPTION_CHARS ? `${flat.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : flat;
}

function interner(): { list: string[]; index(value: string): number } {
  const list: string[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    index(value: string) {
      if (!value) return -1;
      let i = seen.get(value);
      if (i === undefined) {
        i = list.length;
        list.push(value);
        seen.set(value, i);
      }
      return i;
    },
  };
}

export function buildSearchData(view: CatalogView): SearchData {
  const nsIndex = new Map(view.namespaces.map((ns, i) => [ns.name, i]));
  const categories = interner();
  const types = interner();
  const row = (m: ModuleView): SearchRow => {
    const id = clip(m.description.id);
    const en = clip(m.description.en);
    const flags = (m.deprecated ? FLAG_DEPRECATED : 0) | (m.allYanked ? FLAG_ALL_YANKED : 0);
    return [
      nsIndex.get(m.namespace) ?? -1, m.name, m.shown.version, m.updatedAt.slice(0, 10), id, en === id ? '' : en,
      m.keywords.join(' '), m.categories.map((c) => categories.index(c)), types.index(m.type), m.versions.length, flags,
    ];
  };
  const m = view.modules.map(row);
  const catName = categories.list.map((c): [string, string] | 0 => {
    const names = nameOf('category', c);
    return names ? [names.id, names.en] : 0;
  });
  return { v: 2, ns: view.namespaces.map((ns) => [ns.name, ns.displayName]), cat: categories.list, catName, type: types.list, m };
}

/** JSON is valid JavaScript; U+2028/2029 are escaped for older parsers. */
export function searchDataScript(data: SearchData): string {
  const json = JSON.stringify(data).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.${SEARCH_DATA_GLOBAL}=${json};\n`;
}
