// Pieces shared by several pages: a module's card in a list and its status
// badges. The home page's client-side list (catalog.js) builds the same
// markup with DOM calls; keep the two in step.
import { html, type SafeHtml } from './html.js';
import { formatDate, localizedBlock, t, termLabel, typeLabel } from './i18n.js';
import { cityPath, modulePath } from './layout.js';
import type { ModuleView } from './view.js';

export function statusBadges(module: ModuleView): SafeHtml {
  if (module.allYanked) return html`<span class="badge badge-yanked">${t('statusYanked')}</span>`;
  if (module.deprecated) return html`<span class="badge badge-deprecated">${t('statusDeprecated')}</span>`;
  return html``;
}

/** `tags: false` leaves out the type and category tags (category pages, where thousands of cards would repeat them). */
export function moduleCard(module: ModuleView, root: string, cityName?: string, options: { tags?: boolean } = {}): SafeHtml {
  const tags = options.tags === false ? [] : [
    module.type ? html`<span class="tag">${typeLabel(module.type)}</span>` : '',
    ...module.categories.map((c) => html`<span class="tag">${termLabel('category', c)}</span>`),
  ];
  return html`<li class="card">
<h3 class="card-title"><a href="${root + modulePath(module.namespace, module.name)}">${module.fullName}</a> ${statusBadges(module)}</h3>
<p class="card-meta"><span class="version">${module.shown.version}</span>${cityName ? html` · <a href="${root + cityPath(module.namespace)}">${cityName}</a>` : ''}${module.updatedAt ? html` · ${t('updated')} ${formatDate(module.updatedAt)}` : ''} · ${t('versionsCount', { n: module.versions.length })}</p>
${localizedBlock(module.description, 'p', 'card-desc')}
${tags.length ? html`<p class="tags">${tags}</p>` : ''}
</li>`;
}
