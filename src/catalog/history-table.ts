// The version history table a module page and a city's history page share:
// version, publish date, status (yanked, deprecated), publisher key, source
// commit, CI run and who reproduced it; the module page adds integrity and
// size, the city page the module. Everything except gotong's own labels comes
// from an index a member wrote and is escaped; the only outside links are the
// ones provenance-view.ts checked (a commit page on a known host, an http(s)
// CI run), the rest point at the catalog's own pages.
import { html, type SafeHtml } from './html.js';
import { formatBytes, formatDate, t, tAttr, type Lang, type StringKey } from './i18n.js';
import { cityPath, modulePath } from './layout.js';
import type { ProvenanceView } from './provenance-view.js';
import type { ReproducedBy } from './reproduced-by.js';
import type { CatalogView, ModuleView, VersionView } from './view.js';

/** Characters of a key id or commit shown in a cell; the full value is in the link, or in the title when there is none. */
const SHORT = 12;

export interface HistoryRow {
  module: ModuleView;
  version: VersionView;
}

export interface HistoryTableOptions {
  /** Relative path from the page to the catalog's top folder. */
  root: string;
  /** The city history page: a module column. */
  moduleColumn: boolean;
  /** The module page: integrity and size columns, and the shown version marked. */
  fileColumns: boolean;
  label: StringKey;
}

/** The id of a key's entry in a city page's key list. */
export function keyAnchor(keyId: string): string {
  return `key-${keyId}`;
}

function short(value: string): string {
  return value.length > SHORT ? `${value.slice(0, SHORT)}…` : value;
}

// Cells repeated on most rows, made once (a city history of 10,000 versions has them 10,000 times).
const NOT_RECORDED = html`<span class="muted">${t('notRecorded')}</span>`;
const REPRODUCED_NONE = html`<span class="muted">${t('reproducedNone')}</span>`;
const STATUS_ACTIVE = html`<span class="status-ok">${t('statusActive')}</span>`;

export function versionStatus(v: VersionView): SafeHtml {
  const parts: SafeHtml[] = [];
  if (v.yanked) parts.push(html`<span class="badge badge-yanked">${t('statusYanked')}</span>${v.yankedReason?.trim() ? html` <span class="yank-reason">${v.yankedReason}</span>` : ''}`);
  if (typeof v.deprecated === 'string') {
    parts.push(html`<span class="badge badge-deprecated">${t('statusDeprecated')}</span>${v.deprecated.trim() ? html` <span class="deprecation">${v.deprecated}</span>` : ''}`);
  }
  return parts.length === 0 ? STATUS_ACTIVE : html`${parts}`;
}

/** A short key id, linked to the city page's key list when the city delegates that key (the list shows it in full). */
function keyCell(view: CatalogView, namespace: string, keyId: string, root: string): SafeHtml {
  if (keyId === '') return NOT_RECORDED;
  return view.namespaceByName.get(namespace)?.keyIds.includes(keyId)
    ? html`<a href="${root + cityPath(namespace)}#${keyAnchor(keyId)}"><code class="key">${short(keyId)}</code></a>`
    : html`<code class="key" title="${keyId}">${short(keyId)}</code>`;
}

function sourceCell(provenance: ProvenanceView | null, lang: Lang): SafeHtml {
  const source = provenance?.source;
  if (!source) return NOT_RECORDED;
  const commit = source.commitUrl
    ? html`<a href="${source.commitUrl}" rel="nofollow noopener noreferrer"><code>${short(source.commit)}</code></a>`
    : html`${source.commit ? html`<code class="wrap-anywhere">${source.commit}</code>` : NOT_RECORDED}${source.repository ? html`<br><span class="muted wrap-anywhere">${source.repository}</span>` : ''}`;
  const folder = source.path ? html`<br><span class="muted wrap-anywhere">${t('sourceFolder', { path: source.path })}</span>` : '';
  const dirty = source.dirty ? html`<br><span class="badge badge-dirty"${tAttr('title', 'sourceDirtyNote', lang)}>${t('sourceDirty')}</span>` : '';
  return html`${commit}${folder}${dirty}`;
}

function ciCell(provenance: ProvenanceView | null): SafeHtml {
  const ci = provenance?.ci;
  if (!ci) return NOT_RECORDED;
  if (ci.runUrl) {
    return ci.system
      ? html`<a class="ci-system" href="${ci.runUrl}" rel="nofollow noopener noreferrer">${ci.system}</a>`
      : html`<a class="wrap-anywhere" href="${ci.runUrl}" rel="nofollow noopener noreferrer">${ci.runUrl}</a>`;
  }
  return html`<code class="wrap-anywhere">${ci.runText}</code> <span class="muted">${t('notLinked')}</span>`;
}

function reproducedCell(view: CatalogView, list: ReproducedBy[], root: string): SafeHtml {
  if (list.length === 0) return REPRODUCED_NONE;
  return html`<ul class="plain-list">${list.map((r) => {
    const city = view.namespaceByName.has(r.namespace) ? html`<a href="${root + cityPath(r.namespace)}">@${r.namespace}</a>` : html`@${r.namespace}`;
    return html`<li>${city} <code title="${r.commit}">${r.commit.slice(0, 12)}</code> <span class="muted">${formatDate(r.reproducedAt)}</span></li>`;
  })}</ul>`;
}

function row(view: CatalogView, { module, version: v }: HistoryRow, options: HistoryTableOptions): SafeHtml {
  const shown = options.fileColumns && v === module.shown;
  return html`<tr${shown ? html` class="shown"` : ''}>
${options.moduleColumn ? html`<td><a href="${options.root + modulePath(module.namespace, module.name)}">${module.fullName}</a></td>` : ''}<th scope="row"><span class="version">${v.version}</span></th>
<td>${formatDate(v.publishedAt)}</td>
<td>${versionStatus(v)}</td>
<td>${keyCell(view, module.namespace, v.publisherKeyId, options.root)}</td>
<td>${sourceCell(v.provenanceView, view.lang)}</td>
<td>${ciCell(v.provenanceView)}</td>
<td>${reproducedCell(view, v.reproducedBy, options.root)}</td>
${options.fileColumns ? html`<td class="integrity"><code class="wrap-anywhere">${v.integrity}</code><br><code class="wrap-anywhere muted">sha256-hex ${v.sha256}</code></td>
<td class="num">${formatBytes(v.length)}</td>
` : ''}</tr>`;
}

export function historyTable(view: CatalogView, rows: readonly HistoryRow[], options: HistoryTableOptions): SafeHtml {
  const col = (key: StringKey) => html`<th scope="col">${t(key)}</th>`;
  const head = [
    options.moduleColumn ? col('colModule') : '',
    col('colVersion'), col('colPublished'), col('colStatus'), col('colKey'), col('colSource'), col('colCi'), col('colReproducedBy'),
    options.fileColumns ? html`${col('colIntegrity')}${col('colSize')}` : '',
  ];
  return html`<div class="table-scroll" role="region" tabindex="0"${tAttr('aria-label', options.label, view.lang)}>
<table class="versions">
<thead><tr>${head}</tr></thead>
<tbody>${rows.map((r) => row(view, r, options))}</tbody>
</table></div>`;
}

/** Every version a city published, newest publish time first (unparseable times last), then by module and version order. */
export function cityHistoryRows(modules: readonly ModuleView[]): HistoryRow[] {
  const rows: Array<HistoryRow & { time: number; order: number }> = [];
  let order = 0;
  for (const module of modules) {
    for (const version of module.versions) {
      const time = Date.parse(version.publishedAt);
      rows.push({ module, version, time: Number.isFinite(time) ? time : -Infinity, order: order++ });
    }
  }
  rows.sort((a, b) => (b.time > a.time ? 1 : b.time < a.time ? -1 : a.order - b.order));
  return rows;
}
