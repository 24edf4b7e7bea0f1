// categories.html, every category some module names (its gotong.json
// category and its publiccode.yml categories) by its names in both
// languages, and a page per category listing its modules as plain HTML: the
// way to browse by category without JavaScript. A category whose slug
// cannot be a file name (view.ts categoryPath) is listed without a page.
import { moduleCard } from './components.js';
import { html, join, type SafeHtml } from './html.js';
import { pairSpans, t } from './i18n.js';
import { page } from './layout.js';
import type { CatalogView, CategoryView } from './view.js';

function categoryName(category: CategoryView): SafeHtml {
  return category.names ? pairSpans(category.names) : html`${category.slug}`;
}

/** Where modules name it: gotong.json, publiccode.yml or both. */
function origin(category: CategoryView): SafeHtml {
  return join([category.inGotong ? t('categoryFromGotong') : '', category.inPubliccode ? t('categoryFromPubliccode') : ''].filter((x) => x !== ''), ', ');
}

export function categoriesPage(view: CatalogView): string {
  const items = view.categories.map((c) => html`<li>${c.path ? html`<a href="${c.path}">${categoryName(c)}</a>` : categoryName(c)} <span class="muted"><code>${c.slug}</code> · ${origin(c)} · ${t('cityModulesCount', { n: c.modules.length })}</span></li>`);
  const main = html`<h1>${t('categoriesHeading')}</h1>
<p>${t('categoriesIntro')}</p>
${items.length ? html`<ul class="city-list">${items}</ul>` : html`<p>${t('noCategories')}</p>`}`;
  return page({
    view,
    root: '',
    title: { id: 'Kategori modul', en: 'Module categories' },
    kind: 'categories',
    breadcrumbs: [{ label: t('navHome'), href: 'index.html' }, { label: t('navCategories') }],
    main,
  });
}

export function categoryPage(view: CatalogView, category: CategoryView): string {
  const root = '../';
  const main = html`<h1>${categoryName(category)} <span class="h1-sub">${category.slug}</span></h1>
<p class="muted">${origin(category)}</p>
<section aria-labelledby="modules-h"><h2 id="modules-h">${t('cityModules')} <span class="count">(${category.modules.length})</span></h2>
<p><a href="../index.html#cat=${encodeURIComponent(category.slug)}">${t('citySearch')}</a></p>
<ul class="cards">${category.modules.map((m) => moduleCard(m, root, view.namespaceByName.get(m.namespace)?.displayName, { tags: false }))}</ul></section>`;
  const title = category.names ?? { id: category.slug, en: category.slug };
  return page({
    view,
    root,
    title: { id: `${title.id} (kategori)`, en: `${title.en} (category)` },
    kind: 'category',
    breadcrumbs: [{ label: t('navHome'), href: 'index.html' }, { label: t('navCategories'), href: 'categories.html' }, { label: categoryName(category) }],
    main,
  });
}
