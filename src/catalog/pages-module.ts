// A page per module. Everything shown here except gotong's own labels comes
// from the publisher (index fields, README) and is escaped, or rendered by
// render-markdown.ts; only http(s) repository and homepage URLs become links.
import { statusBadges } from './components.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { formatBytes, formatDate, localizedBlock, t, tAttr, typeLabel, type StringKey } from './i18n.js';
import { cityPath, modulePath, page } from './layout.js';
import { renderMarkdown } from './render-markdown.js';
import { webUrl } from './urls.js';
import type { CatalogView, ModuleView, VersionView } from './view.js';

const ROOT = '../../';

function fact(label: StringKey, value: HtmlValue): SafeHtml {
  return html`<div><dt>${t(label)}</dt><dd>${value}</dd></div>`;
}

function optionalText(value: unknown): SafeHtml {
  return typeof value === 'string' && value.trim() ? html`${value}` : html`<span class="muted">${t('notGiven')}</span>`;
}

function externalLink(value: unknown): SafeHtml {
  if (typeof value !== 'string' || !value.trim()) return html`<span class="muted">${t('notGiven')}</span>`;
  const href = webUrl(value);
  if (!href) return html`<code class="wrap-anywhere">${value}</code> <span class="muted">${t('notLinked')}</span>`;
  return html`<a class="wrap-anywhere" href="${href}" rel="nofollow noopener noreferrer">${value}</a>`;
}

function moduleLink(module: ModuleView): SafeHtml {
  return html`<a href="${ROOT + modulePath(module.namespace, module.name)}">${module.fullName}</a>`;
}

function versionStatus(v: VersionView): SafeHtml {
  const parts: SafeHtml[] = [];
  if (v.yanked) parts.push(html`<span class="badge badge-yanked">${t('statusYanked')}</span>${v.yankedReason?.trim() ? html` <span class="yank-reason">${v.yankedReason}</span>` : ''}`);
  if (typeof v.deprecated === 'string') {
    parts.push(html`<span class="badge badge-deprecated">${t('statusDeprecated')}</span>${v.deprecated.trim() ? html` <span class="deprecation">${v.deprecated}</span>` : ''}`);
  }
  if (parts.length === 0) parts.push(html`<span class="status-ok">${t('statusActive')}</span>`);
  return html`${parts}`;
}

function versionsTable(module: ModuleView): SafeHtml {
  const rows = module.versions.map((v) => html`<tr${v === module.shown ? html` class="shown"` : ''}>
<th scope="row"><span class="version">${v.version}</span></th>
<td>${formatDate(v.publishedAt)}</td>
<td>${versionStatus(v)}</td>
<td><code class="wrap-anywhere key">${v.publisherKeyId}</code></td>
<td class="integrity"><code class="wrap-anywhere">${v.integrity}</code><br><code class="wrap-anywhere muted">sha256-hex ${v.sha256}</code></td>
<td class="num">${formatBytes(v.length)}</td>
</tr>`);
  return html`<div class="table-scroll" role="region" tabindex="0"${tAttr('aria-label', 'versionsTableLabel')}>
<table class="versions">
<thead><tr><th scope="col">${t('colVersion')}</th><th scope="col">${t('colPublished')}</th><th scope="col">${t('colStatus')}</th><th scope="col">${t('colKey')}</th><th scope="col">${t('colIntegrity')}</th><th scope="col">${t('colSize')}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function dependencies(module: ModuleView): SafeHtml {
  if (module.dependencies.length === 0) return html`<p>${t('noDependencies')}</p>`;
  return html`<p class="muted">${t('dependenciesOf', { v: module.shown.version })}</p>
<ul class="deps">${module.dependencies.map((d) => html`<li>${d.target ? moduleLink(d.target) : html`<span>${d.name}</span> <span class="muted">(${t('notInRegistry')})</span>`} <code>${d.range}</code></li>`)}</ul>`;
}

function dependents(module: ModuleView): SafeHtml {
  if (module.dependents.length === 0) return html`<p>${t('noDependents')}</p>`;
  return html`<p class="muted">${t('dependentsIntro')}</p>
<ul class="deps">${module.dependents.map((d) => html`<li>${moduleLink(d.module)} <code>${d.range}</code></li>`)}</ul>`;
}

function readme(module: ModuleView): SafeHtml {
  if (module.readme === null || module.readme.trim() === '') return html`<p>${t('noReadme')}</p>`;
  const rendered = renderMarkdown(module.readme);
  return html`<p class="muted readme-note">${t('readmeNote')}</p>
<div class="readme">${rendered.html}</div>
${rendered.truncated ? html`<p class="notice">${t('readmeTruncated')}</p>` : ''}`;
}

export function modulePage(view: CatalogView, module: ModuleView): string {
  const ns = view.namespaceByName.get(module.namespace);
  const shown = module.shown;
  const command = `gotong install ${module.fullName}`;
  const notices: SafeHtml[] = [];
  if (module.allYanked) notices.push(html`<p class="notice notice-warn">${t('allYanked')}</p>`);
  else if (typeof shown.deprecated === 'string') {
    notices.push(html`<p class="notice notice-warn">${t('deprecatedNotice')} <span class="deprecation">${shown.deprecated}</span></p>`);
  }
  const keywords = module.keywords.length ? html`${module.keywords.map((k) => html`<span class="tag">${k}</span>`)}` : optionalText(undefined);
  const main = html`<h1 class="module-title">${module.fullName} ${statusBadges(module)}</h1>
${localizedBlock(module.description, 'p', 'lead')}
${notices}
<section class="install-box" aria-labelledby="install-h">
<h2 id="install-h">${t('install')}</h2>
<div class="install-row"><code id="install-cmd" class="install-cmd">${command}</code>
<button type="button" class="copy-button" data-copy-target="install-cmd" data-copy-status="copy-status" hidden${tAttr('aria-label', 'copyLabel')}>${t('copy')}</button></div>
<p id="copy-status" class="copy-status" role="status" aria-live="polite"></p>
</section>
<section aria-labelledby="details-h">
<h2 id="details-h">${t('details')}</h2>
<dl class="facts">
${fact('namespace', html`<a href="${ROOT + cityPath(module.namespace)}">@${module.namespace}</a>${ns && ns.displayName !== ns.name ? html` <span class="muted">${ns.displayName}</span>` : ''}`)}
${fact('publisher', optionalText(shown.publisher))}
${fact('shownVersion', html`<span class="version">${shown.version}</span> · ${formatDate(shown.publishedAt)}`)}
${fact('publisherKey', html`<code class="wrap-anywhere">${shown.publisherKeyId}</code>`)}
${fact('license', optionalText(shown.license))}
${fact('repository', externalLink(shown.repository))}
${shown.homepage !== undefined ? fact('homepage', externalLink(shown.homepage)) : ''}
${fact('category', optionalText(module.category))}
${fact('type', module.type ? typeLabel(module.type) : optionalText(undefined))}
${fact('keywords', keywords)}
</dl>
</section>
<section aria-labelledby="readme-h">
<h2 id="readme-h">${t('readme')}</h2>
${readme(module)}
</section>
<section aria-labelledby="deps-h">
<h2 id="deps-h">${t('dependencies')}</h2>
${dependencies(module)}
</section>
<section aria-labelledby="dependents-h">
<h2 id="dependents-h">${t('dependents')} <span class="count">(${module.dependents.length})</span></h2>
${dependents(module)}
</section>
<section aria-labelledby="versions-h">
<h2 id="versions-h">${t('versions')} <span class="count">(${module.versions.length})</span></h2>
${versionsTable(module)}
</section>`;
  return page({
    view,
    root: ROOT,
    title: { id: module.fullName, en: module.fullName },
    kind: 'module',
    breadcrumbs: [
      { label: t('navHome'), href: 'index.html' },
      { label: html`@${module.namespace}`, href: cityPath(module.namespace) },
      { label: html`${module.name}` },
    ],
    main,
  });
}
