// A page per member city (namespace): who publishes there, the keys that
// may sign its modules, and its modules as plain HTML; its version history
// page, every version it published with the source and who reproduced it.
// Plus cities.html, the list of all of them, which is also the way in
// without JavaScript.
import { moduleCard } from './components.js';
import { cityHistoryRows, historyTable, keyAnchor } from './history-table.js';
import { html } from './html.js';
import { fill, STRINGS, t } from './i18n.js';
import { cityHistoryPath, cityPath, page } from './layout.js';
import type { CatalogView, NamespaceView } from './view.js';

function cityHeading(ns: NamespaceView) {
  return ns.displayName === ns.name ? html`@${ns.name}` : html`${ns.displayName} <span class="h1-sub">@${ns.name}</span>`;
}

export function cityPage(view: CatalogView, ns: NamespaceView): string {
  const root = '../';
  const keys = ns.keyIds.length
    ? html`<p>${t('cityKeysIntro')}</p>
<ul class="keys">${ns.keyIds.map((k) => html`<li id="${keyAnchor(k)}"><code class="wrap-anywhere">${k}</code></li>`)}</ul>
<p>${t('threshold')}: ${t('thresholdValue', { t: ns.threshold, n: ns.keyIds.length })}</p>`
    : html`<p>${t('noKeys')}</p>`;
  const modules = ns.modules.length
    ? html`<p><a href="../index.html#ns=${ns.name}">${t('citySearch')}</a></p>
<ul class="cards">${ns.modules.map((m) => moduleCard(m, root))}</ul>`
    : html`<p>${t('noModules')}</p>`;
  const main = html`<h1>${cityHeading(ns)}</h1>
<section aria-labelledby="keys-h"><h2 id="keys-h">${t('cityKeys')}</h2>${keys}</section>
<section aria-labelledby="modules-h"><h2 id="modules-h">${t('cityModules')} <span class="count">(${ns.modules.length})</span></h2>${modules}</section>
<section aria-labelledby="history-h"><h2 id="history-h">${t('historyHeading')}</h2><p><a href="${root + cityHistoryPath(ns.name)}">${t('historyLink')}</a></p></section>`;
  return page({
    view,
    root,
    title: { id: `${ns.displayName} (@${ns.name})`, en: `${ns.displayName} (@${ns.name})` },
    kind: 'city',
    breadcrumbs: [{ label: t('navHome'), href: 'index.html' }, { label: t('navCities'), href: 'cities.html' }, { label: html`@${ns.name}` }],
    main,
  });
}

export function cityHistoryPage(view: CatalogView, ns: NamespaceView): string {
  const root = '../../';
  const rows = cityHistoryRows(ns.modules);
  const table = rows.length
    ? historyTable(view, rows, { root, moduleColumn: true, fileColumns: false, label: 'historyTableLabel' })
    : html`<p>${t('historyNone')}</p>`;
  const named = ns.displayName === ns.name ? `@${ns.name}` : ns.displayName;
  const main = html`<h1>${t('historyTitle', { name: named })}${named !== `@${ns.name}` ? html` <span class="h1-sub">@${ns.name}</span>` : ''}</h1>
<p>${t('historyIntro')}</p>
<p class="muted">${t('versionsIntro')}</p>
<section aria-labelledby="history-h"><h2 id="history-h">${t('versions')} <span class="count">(${rows.length})</span></h2>
${table}
</section>`;
  const name = `${ns.displayName} (@${ns.name})`;
  const title = STRINGS.historyTitle;
  return page({
    view,
    root,
    title: { id: fill(title.id, { name }, 'id'), en: fill(title.en, { name }, 'en') },
    kind: 'city-history',
    breadcrumbs: [
      { label: t('navHome'), href: 'index.html' },
      { label: t('navCities'), href: 'cities.html' },
      { label: html`@${ns.name}`, href: cityPath(ns.name) },
      { label: t('historyHeading') },
    ],
    main,
  });
}

export function citiesPage(view: CatalogView): string {
  const main = html`<h1>${t('citiesHeading')}</h1>
<ul class="city-list">${view.namespaces.map((ns) => html`<li><a href="${cityPath(ns.name)}">${ns.displayName}</a> <span class="muted">@${ns.name} · ${t('cityModulesCount', { n: ns.modules.length })}</span></li>`)}</ul>`;
  return page({
    view,
    root: '',
    title: { id: 'Kota & kabupaten', en: 'Cities & regencies' },
    kind: 'cities',
    breadcrumbs: [{ label: t('navHome'), href: 'index.html' }, { label: t('navCities') }],
    main,
  });
}
