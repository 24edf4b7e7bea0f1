// A page per module. Everything shown here except gotong's own labels comes
// from the publisher (index fields, README) and is escaped, or rendered by
// render-markdown.ts; only http(s) repository and homepage URLs become links
// (and, in the version history, what provenance-view.ts allows).
import { statusBadges } from './components.js';
import { html, join, type HtmlValue, type SafeHtml } from './html.js';
import { historyTable } from './history-table.js';
import { formatDate, localizedBlock, pairSpans, t, tAttr, termLabel, typeLabel, type StringKey } from './i18n.js';
import { cityPath, modulePath, page } from './layout.js';
import type { PubliccodeView } from './publiccode-view.js';
import { renderMarkdown } from './render-markdown.js';
import { webUrl } from './urls.js';
import type { CatalogView, ModuleView } from './view.js';
import { countryName, languageName } from './vocabulary-names.js';

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

/** A category by its names, linked to its page when it has one. */
export function categoryLink(view: CatalogView, slug: string, root: string): SafeHtml {
  const path = view.categoryBySlug.get(slug)?.path;
  return path ? html`<a href="${root + path}">${termLabel('category', slug)}</a>` : termLabel('category', slug);
}

function named(name: ReturnType<typeof countryName>, code: string): SafeHtml {
  return name ? pairSpans(name) : html`${code}`;
}

function commaList(items: SafeHtml[]): SafeHtml {
  return items.length ? join(items, ', ') : html`<span class="muted">${t('pcNone')}</span>`;
}

function contactLine(parts: HtmlValue[]): SafeHtml {
  return join(parts.filter((part) => part !== '' && part !== undefined), ' · ');
}

function email(address: string | undefined, given: string | undefined): HtmlValue {
  if (address) return html`<a class="wrap-anywhere" href="mailto:${address}">${address}</a>`;
  return given ? html`<span class="wrap-anywhere">${given}</span>` : '';
}

/** The publiccode.yml section: what the publisher's file says about the version shown. Only present fields are listed. */
function publiccodeSection(view: CatalogView, module: ModuleView, pc: PubliccodeView): SafeHtml {
  const rows: SafeHtml[] = [];
  if (pc.developmentStatus) rows.push(fact('pcDevelopmentStatus', termLabel('developmentStatus', pc.developmentStatus)));
  if (pc.softwareType) rows.push(fact('pcSoftwareType', termLabel('softwareType', pc.softwareType)));
  if (pc.categories.length) rows.push(fact('pcCategories', commaList(pc.categories.map((c) => categoryLink(view, c, ROOT)))));
  if (pc.platforms.length) rows.push(fact('pcPlatforms', commaList(pc.platforms.map((p) => termLabel('platform', p)))));
  if (pc.countries.length) rows.push(fact('pcCountries', commaList(pc.countries.map((c) => named(countryName(c), c)))));
  if (pc.unsupportedCountries.length) rows.push(fact('pcUnsupportedCountries', commaList(pc.unsupportedCountries.map((c) => named(countryName(c), c)))));
  if (pc.scope.length) rows.push(fact('pcScope', commaList(pc.scope.map((s) => termLabel('scope', s)))));
  if (pc.maintenanceType) rows.push(fact('pcMaintenance', termLabel('maintenanceType', pc.maintenanceType)));
  if (pc.contacts.length) {
    rows.push(fact('pcContacts', html`<ul class="plain-list">${pc.contacts.map((c) =>
      html`<li>${contactLine([c.name ? html`<span class="contact-name">${c.name}</span>` : '', email(c.email, c.emailText), c.phone ? html`<span>${c.phone}</span>` : '', c.affiliation ? html`<span class="muted">${c.affiliation}</span>` : ''])}</li>`)}</ul>`));
  }
  if (pc.contractors.length) {
    rows.push(fact('pcContractors', html`<ul class="plain-list">${pc.contractors.map((c) => {
      const site = c.website
        ? html`<a class="wrap-anywhere" href="${c.website}" rel="nofollow noopener noreferrer">${c.website}</a>`
        : c.websiteText ? html`<code class="wrap-anywhere">${c.websiteText}</code> <span class="muted">${t('notLinked')}</span>` : '';
      return html`<li>${contactLine([html`<span class="contact-name">${c.name}</span>`, c.until ? html`${t('pcUntil')} ${formatDate(c.until)}` : '', email(c.email, c.emailText), site])}</li>`;
    })}</ul>`));
  }
  if (pc.localisationReady !== undefined || pc.availableLanguages.length) {
    const ready = pc.localisationReady === undefined ? '' : pc.localisationReady ? t('pcLocalisationReady') : t('pcNotLocalisationReady');
    const languages = pc.availableLanguages.length ? html`${t('pcLanguages')} ${commaList(pc.availableLanguages.map((l) => named(languageName(l), l)))}` : '';
    rows.push(fact('pcLocalisation', join([ready, languages].filter((x) => x !== ''), '; ')));
  }
  if (pc.publiccodeYmlVersion) rows.push(fact('pcStandardVersion', html`<span class="version">${pc.publiccodeYmlVersion}</span>`));
  return html`<section aria-labelledby="publiccode-h">
<h2 id="publiccode-h"><code>publiccode.yml</code></h2>
<p class="muted">${t('pcIntro', { v: module.shown.version })}</p>
<dl class="facts">
${rows}
</dl>
</section>`;
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
<button type="button" class="copy-button" data-copy-target="install-cmd" data-copy-status="copy-status" hidden${tAttr('aria-label', 'copyLabel', view.lang)}>${t('copy')}</button></div>
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
${fact('category', module.category ? categoryLink(view, module.category, ROOT) : optionalText(undefined))}
${fact('type', module.type ? typeLabel(module.type) : optionalText(undefined))}
${fact('keywords', keywords)}
</dl>
</section>
${module.publiccode ? publiccodeSection(view, module, module.publiccode) : ''}
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
<p class="muted">${t('versionsIntro')}</p>
${historyTable(view, module.versions.map((version) => ({ module, version })), { root: ROOT, moduleColumn: false, fileColumns: true, label: 'versionsTableLabel' })}
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
