// The home page stays the same size whatever the registry holds: counts and
// the search form are rendered here, the module list is drawn by catalog.js
// from assets/search-data.js. Without JavaScript the page points to the
// lists of cities and of categories, whose pages are plain HTML.
import { html, type SafeHtml } from './html.js';
import { t, tAttr, STRINGS, type Lang, type StringKey } from './i18n.js';
import { page } from './layout.js';
import type { CatalogView } from './view.js';

function option(value: string, key: StringKey, lang: Lang): SafeHtml {
  const pair = STRINGS[key];
  return html`<option value="${value}" data-id-text="${pair.id}" data-en-text="${pair.en}">${pair[lang]}</option>`;
}

function select(id: string, label: StringKey, options: SafeHtml[]): SafeHtml {
  return html`<div class="field"><label for="${id}">${t(label)}</label><select id="${id}" name="${id}">${options}</select></div>`;
}

export function homePage(view: CatalogView): string {
  const lang = view.lang;
  const opt = (value: string, key: StringKey) => option(value, key, lang);
  const main = html`<h1>${t('siteTitle')} <span class="h1-sub">${view.registry.name}</span></h1>
<p class="lead">${t('homeIntro')}</p>
<section aria-labelledby="stats-h"><h2 id="stats-h" class="visually-hidden">${t('statsHeading')}</h2>
<dl class="stats">
<div><dt>${t('statModules')}</dt><dd id="stat-modules">${view.modules.length}</dd></div>
<div><dt>${t('statVersions')}</dt><dd id="stat-versions">${view.versionCount}</dd></div>
<div><dt>${t('statCities')}</dt><dd id="stat-cities"><a href="cities.html">${view.namespaces.length}</a></dd></div>
</dl></section>
<section class="search-panel" aria-labelledby="search-h" role="search">
<h2 id="search-h">${t('searchHeading')}</h2>
<div class="field field-wide"><label for="q">${t('searchLabel')}</label><input id="q" name="q" type="search" autocomplete="off" spellcheck="false"${tAttr('placeholder', 'searchPlaceholder', lang)}></div>
<div class="filters">
${select('f-ns', 'filterCity', [opt('', 'all')])}
${select('f-cat', 'filterCategory', [opt('', 'all')])}
${select('f-type', 'filterType', [opt('', 'all')])}
${select('f-status', 'filterStatus', [opt('', 'all'), opt('active', 'statusActive'), opt('deprecated', 'statusDeprecated'), opt('yanked', 'statusYanked')])}
${select('sort', 'sortLabel', [opt('name', 'sortName'), opt('updated', 'sortUpdated')])}
<div class="field field-button"><button type="button" id="reset">${t('reset')}</button></div>
</div>
</section>
<section aria-labelledby="results-h">
<h2 id="results-h">${t('resultsHeading')}</h2>
<p id="result-count" class="result-count" role="status" aria-live="polite">${t('loading')}</p>
<p class="noscript-note" id="noscript-note">${t('noscript')} <a href="cities.html">${t('navCities')}</a> ${t('or')} <a href="categories.html">${t('navCategories')}</a></p>
<ul id="results" class="cards"></ul>
<p><button type="button" id="more" hidden>${t('showMore')}</button></p>
</section>`;
  return page({ view, root: '', title: { id: 'Katalog modul', en: 'Module catalog' }, kind: 'home', main });
}
