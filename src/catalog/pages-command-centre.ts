// command-centre.html: the matrix of modules (rows) by cities (columns) for a
// video wall. Every cell carries its status three ways: a symbol, a colour and
// text for screen readers, so nothing is told by colour alone. The page is
// complete without JavaScript; when served, catalog.js refreshes the board
// from command-centre.json. The matrix is built as one string with
// escapeHtml (html.ts) per value, not a template per cell, so 500,000 cells
// stay fast.
import { escapeHtml, html, raw, type SafeHtml } from './html.js';
import { fill, formatDateTime, STRINGS, t, tAttr, type Lang, type StringKey } from './i18n.js';
import { modulePath, page } from './layout.js';
import { CELL_STATUSES, citiesToNotify, notifyGroups, type Cell, type CellStatus, type CommandCentre, type ModuleRow } from './command-centre.js';
import type { CatalogView } from './view.js';

/** The symbol of each status, also used by catalog.js. U+FE0E asks for the text form, not an emoji. */
export const STATUS_MARKS: Record<CellStatus, string> = { current: '✓', outdated: '↑', unknown: '?', yanked: '✕', affected: '⚠\uFE0E' };
/** The mark of a city whose last report is old (a clock face). */
export const STALE_MARK = '◔';
export const STATUS_KEYS: Record<CellStatus, StringKey> = {
  current: 'ccStatusCurrent', outdated: 'ccStatusOutdated', unknown: 'ccStatusUnknown', yanked: 'ccStatusYanked', affected: 'ccStatusAffected',
};
/** Up to this many cities and modules the board fits a 1920x1080 screen; beyond it the table is denser. */
export const ROOMY_CITIES = 20;
export const ROOMY_MODULES = 30;
/** Cities named in a row's notify column; the rest are counted and listed below the matrix. */
export const NOTIFY_NAMED = 3;

function both(key: StringKey, params: Record<string, string | number> = {}): string {
  const pair = STRINGS[key];
  return `<span class="i-id">${escapeHtml(fill(pair.id, params, 'id'))}</span><span class="i-en" lang="en">${escapeHtml(fill(pair.en, params, 'en'))}</span>`;
}

const STATUS_TEXT = Object.fromEntries(CELL_STATUSES.map((s) => [s, both(STATUS_KEYS[s])])) as Record<CellStatus, string>;

function cellHtml(cell: Cell | undefined): string {
  if (!cell) return '<td></td>';
  return roomyCellHtml(cell);
}

/**
 * A cell of the dense table: the symbols are the cell's text (the legend names
 * them) and the advisory ids are left to the list below, so 500,000 cells
 * stay about 30 bytes each.
 */
function denseCellHtml(cell: Cell | undefined): string {
  if (!cell) return '<td></td>';
  let out = `<td class="s-${cell.status}">`;
  cell.versions.forEach((v, i) => {
    out += `${i ? ' ' : ''}${STATUS_MARKS[v.status]}${escapeHtml(v.version)}`;
  });
  return `${out}</td>`;
}

function roomyCellHtml(cell: Cell): string {
  let out = `<td class="cc-cell s-${cell.status}" data-status="${cell.status}">`;
  cell.versions.forEach((v, i) => {
    const ids = v.advisories.length ? ` ${escapeHtml(v.advisories.join(', '))}` : '';
    out += `${i ? ' ' : ''}<span class="cc-v s-${v.status}"><span class="cc-mark" aria-hidden="true">${STATUS_MARKS[v.status]}</span>${escapeHtml(v.version)}<span class="visually-hidden">, ${STATUS_TEXT[v.status]}${ids}</span></span>`;
  });
  return `${out}</td>`;
}

function moduleHeader(row: ModuleRow, root: string): string {
  const name = escapeHtml(row.name);
  const link = row.module ? `<a href="${root}${escapeHtml(modulePath(row.module.namespace, row.module.name))}">${name}</a>` : name;
  const latest = row.latest ? escapeHtml(row.latest) : `<span aria-hidden="true">–</span><span class="visually-hidden">${both('notInRegistry')}</span>`;
  return `<th scope="row">${link}</th><td class="cc-latest">${latest}</td>`;
}

function notifyHtml(row: ModuleRow): string {
  const cities = citiesToNotify(row);
  if (cities.length === 0) return '<td class="cc-notify"></td>';
  const named = cities.slice(0, NOTIFY_NAMED).map((c) => escapeHtml(c)).join(', ');
  const more = cities.length > NOTIFY_NAMED ? ` <a href="#notify-${escapeHtml(row.name)}">${both('ccMore', { n: cities.length - NOTIFY_NAMED })}</a>` : '';
  return `<td class="cc-notify"><span class="cc-mark" aria-hidden="true">${STATUS_MARKS.affected}</span>${named}${more}</td>`;
}

function matrix(centre: CommandCentre, root: string): SafeHtml {
  const dense = centre.cities.length > ROOMY_CITIES || centre.modules.length > ROOMY_MODULES;
  const parts: string[] = [];
  parts.push(`<table class="cc-matrix${dense ? ' cc-dense' : ''}" id="cc-matrix"><caption class="visually-hidden">${both('ccCaption')}</caption><thead><tr><th scope="col" class="cc-module-h">${both('ccModule')}</th><th scope="col" class="cc-latest-h">${both('ccLatestHeader')}</th>`);
  for (const city of centre.cities) parts.push(`<th scope="col" class="cc-city" data-city="${escapeHtml(city.name)}" title="${escapeHtml(city.displayName)}">${escapeHtml(city.name)}</th>`);
  parts.push(`<th scope="col" class="cc-notify-h">${both('ccNotify')}</th></tr><tr class="cc-reported"><th scope="row">${both('ccLastReport')}</th><td></td>`);
  for (const city of centre.cities) {
    const stale = city.stale ? `<span class="cc-stale"><span class="cc-mark" aria-hidden="true">${STALE_MARK}</span>${both('ccStale')}</span>` : '';
    parts.push(`<td${city.stale ? ' class="s-stale"' : ''}>${formatDateTime(city.reportedAt).value}${stale}</td>`);
  }
  parts.push('<td></td></tr></thead><tbody>');
  centre.modules.forEach((row, m) => {
    parts.push(`<tr data-module="${escapeHtml(row.name)}">${moduleHeader(row, root)}`);
    const render = dense ? denseCellHtml : cellHtml;
    for (const cell of centre.cells[m]) parts.push(render(cell));
    parts.push(`${notifyHtml(row)}</tr>`);
  });
  parts.push('</tbody></table>');
  return raw(parts.join(''));
}

/** Adopters grouped by what they must be told, so 40,000 of them stay a list a browser can show. */
function notifyList(centre: CommandCentre): SafeHtml {
  const rows = centre.modules.filter((m) => m.notify.length > 0);
  if (rows.length === 0) return html`<p>${t('ccNotifyNone')}</p>`;
  return html`<ul class="cc-notify-list">${rows.map((row) => html`<li id="notify-${row.name}"><strong>${row.name}</strong><ul>${notifyGroups(row).map((g) =>
    html`<li><span class="cc-v s-${raw(g.reason)}"><span class="cc-mark" aria-hidden="true">${STATUS_MARKS[g.reason]}</span>${g.version}</span> · ${t(STATUS_KEYS[g.reason])}${g.advisories.length ? ` ${g.advisories.join(', ')}` : ''} · ${g.fix ? html`${t('ccFix')} <span class="version">${g.fix}</span>` : t('ccNoFix')}: ${g.adopters.join(', ')}</li>`)}</ul></li>`)}</ul>`;
}

function stats(centre: CommandCentre, lang: Lang): SafeHtml {
  const stat = (id: string, label: SafeHtml, value: SafeHtml | number, cls = '') => html`<div${cls ? html` class="${raw(cls)}"` : ''}><dt>${label}</dt><dd id="${raw(id)}">${value}</dd></div>`;
  return html`<dl class="cc-stats"${tAttr('aria-label', 'ccStatsLabel', lang)}>
${stat('cc-n-cities', t('ccCities'), centre.cities.length)}
${stat('cc-n-modules', t('ccModules'), centre.modules.length)}
${CELL_STATUSES.filter((s) => s !== 'current' && s !== 'unknown').reverse().map((s) => stat(`cc-n-${s}`, html`<span class="cc-mark" aria-hidden="true">${STATUS_MARKS[s]}</span>${t(STATUS_KEYS[s])}`, centre.counts[s], `s-${s}`))}
${stat('cc-data-at', t('ccDataAt'), formatDateTime(centre.generatedAt))}
</dl>`;
}

function legend(lang: Lang): SafeHtml {
  return html`<ul class="cc-legend"${tAttr('aria-label', 'ccLegend', lang)}>${[...CELL_STATUSES].reverse().map((s) =>
    html`<li><span class="cc-v s-${raw(s)}"><span class="cc-mark" aria-hidden="true">${STATUS_MARKS[s]}</span>${t(STATUS_KEYS[s])}</span></li>`)}<li><span class="cc-stale"><span class="cc-mark" aria-hidden="true">${STALE_MARK}</span>${t('ccStale')}</span></li></ul>`;
}

/** The board: everything the refresh script replaces. */
export function commandCentreBoard(centre: CommandCentre, root: string, lang: Lang = 'id'): SafeHtml {
  if (centre.cities.length === 0) return html`<p class="notice">${t('ccNone')}</p>`;
  return html`${stats(centre, lang)}
${legend(lang)}
<div class="cc-scroll" role="region" tabindex="0"${tAttr('aria-label', 'ccMatrixLabel', lang)}>${matrix(centre, root)}</div>
<section aria-labelledby="cc-notify-h"><h2 id="cc-notify-h">${t('ccNotifyHeading')}</h2>${notifyList(centre)}</section>`;
}

export function commandCentrePage(view: CatalogView, centre: CommandCentre): string {
  const main = html`<div class="cc-head"><h1>${t('ccTitle')} <span class="h1-sub">${view.registry.name}</span></h1>
<p class="cc-intro">${t('ccIntro')}</p>
<p id="cc-refresh" class="cc-refresh" role="status" aria-live="polite"></p></div>
<div id="cc-board" data-generated="${centre.generatedAt}">${commandCentreBoard(centre, '', view.lang)}</div>`;
  return page({ view, root: '', title: { id: 'Pusat komando', en: 'Command centre' }, kind: 'command-centre', main });
}
