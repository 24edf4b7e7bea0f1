// 404.html: what a reader sees at an address the catalog does not have, in
// both languages, in the same frame as every other page. It never names the
// address asked for (a link someone else wrote must not be able to put text
// on the catalog's page). Its links are relative to the catalog's top
// folder; `gotong serve` adjusts them to the depth of the address (serve.ts).
import { html } from './html.js';
import { t } from './i18n.js';
import { page } from './layout.js';
import type { CatalogView } from './view.js';

export const NOT_FOUND_PAGE = '404.html';

export function notFoundPage(view: CatalogView): string {
  const main = html`<h1>${t('notFoundTitle')}</h1>
<p class="lead">${t('notFoundText')}</p>
<p><a href="index.html">${t('notFoundHome')}</a></p>
<p>${t('notFoundBrowse')} <a href="cities.html">${t('navCities')}</a> ${t('or')} <a href="categories.html">${t('navCategories')}</a>.</p>`;
  return page({ view, root: '', title: { id: 'Halaman tidak ditemukan', en: 'Page not found' }, kind: 'not-found', main });
}
