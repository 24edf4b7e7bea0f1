// A page per member city (namespace): who publishes there, the keys that
// may sign its modules, and its modules as plain HTML. Plus cities.html,
// the list of all of them, which is also the way in without JavaScript.
import { moduleCard } from './components.js';
import { html } from './html.js';
import { t } from './i18n.js';
import { cityPath, page } from './layout.js';
import type { CatalogView, NamespaceView } from './view.js';

function cityHeading(ns: NamespaceView) {
  return ns.displayName === ns.name ? html`@${ns.name}` : html`${ns.displayName} <span class="h1-sub">@${ns.name}</span>`;
}

export function cityPage(view: CatalogView, ns: NamespaceView): string {
  const root = '../';
  const keys = ns.keyIds.length
    ? html`<p>${t('cityKeysIntro')}</p>
<ul class="keys">${ns.keyIds.map((k) => html`<li><code class="wrap-anywhere">${k}</code></li>`)}</ul>
<p>${t('threshold')}: ${t('thresholdValue', { t: ns.threshold, n: ns.keyIds.length })}</p>`
    : html`<p>${t('noKeys')}</p>`;
  const modules = ns.modules.length
    ? html`<p><a href="../index.html#ns=${ns.name}">${t('citySearch')}</a></p>
<ul class="cards">${ns.modules.map((m) => moduleCard(m, root))}</ul>`
    : html`<p>${t('noModules')}</p>`;
  const main = html`<h1>${cityHeading(ns)}</h1>
<section aria-labelledby="keys-h"><h2 id="keys-h">${t('cityKeys')}</h2>${keys}</section>
<section aria-labelledby="modules-h"><h2 id="modules-h">${t('cityModules')} <span class="count">(${ns.modules.length})</span></h2>${modules}</section>`;
  return page({
    view,
    root,
    title: { id: `${ns.displayName} (@${ns.name})`, en: `${ns.displayName} (@${ns.name})` },
    kind: 'city',
    breadcrumbs: [{ label: t('navHome'), href: 'index.html' }, { label: t('navCities'), href: 'cities.html' }, { label: html`@${ns.name}` }],
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
