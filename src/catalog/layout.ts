// The frame every page shares: the Content-Security-Policy, the header with
// navigation and the language switch, and the footer naming the registry.
// Pages only link files under the catalog folder with relative URLs, so the
// same output works from file://, from a sub-path (GitLab Pages) and from
// `gotong serve`.
import { html, raw, type HtmlValue, type SafeHtml } from './html.js';
import { formatDate, t, tAttr } from './i18n.js';
import { withoutCredentials } from './urls.js';
import type { CatalogView } from './view.js';

/**
 * No inline script or style, nothing from another origin, no plugins, no
 * <base>, no form posts. Images are limited to the catalog's own files (only
 * its icon): README images are never loaded, and data: URLs are not needed.
 * `connect-src 'self'` lets the command-centre page fetch its own JSON.
 * `frame-ancestors` cannot be set from <meta>; serve.ts adds it as a header.
 */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

export interface PageOptions {
  view: CatalogView;
  /** Relative path from the page to the catalog's top folder: '', '../' or '../../'. */
  root: string;
  title: { id: string; en: string };
  kind: 'home' | 'cities' | 'city' | 'city-history' | 'categories' | 'category' | 'module' | 'command-centre' | 'not-found';
  breadcrumbs?: Array<{ label: SafeHtml; href?: string }>;
  main: HtmlValue;
}

export function page(options: PageOptions): string {
  const { view, root, title } = options;
  const lang = view.lang;
  const r = raw(root);
  const current = (kind: PageOptions['kind']) => (options.kind === kind ? raw(' aria-current="page"') : '');
  const suffix = ` · ${view.registry.name}`;
  const crumbs = options.breadcrumbs?.length
    ? html`<nav class="breadcrumbs"${tAttr('aria-label', 'breadcrumb', lang)}><ol>${options.breadcrumbs.map((c, i, all) =>
        i === all.length - 1 || !c.href
          ? html`<li><span aria-current="page">${c.label}</span></li>`
          : html`<li><a href="${root + c.href}">${c.label}</a></li>`)}</ol></nav>`
    : '';
  return html`<!doctype html>
<html lang="${raw(lang)}" data-lang="${raw(lang)}" data-root="${r}" data-page="${raw(options.kind)}" data-title-id="${title.id + suffix}" data-title-en="${title.en + suffix}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(PAGE_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gotong">
<title>${title[lang] + suffix}</title>
<link rel="icon" href="${r}assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${r}assets/catalog.css">
<script src="${r}assets/catalog.js"></script>
</head>
<body>
<a class="skip-link" href="#main">${t('skip')}</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="${r}index.html"><span class="brand-mark" aria-hidden="true">g</span><span class="brand-text">gotong <span class="brand-sub">${t('siteTitle')} · ${view.registry.name}</span></span></a>
<nav class="site-nav"${tAttr('aria-label', 'navMain', lang)}><ul>
<li><a href="${r}index.html"${current('home')}>${t('navHome')}</a></li>
<li><a href="${r}cities.html"${current('cities')}>${t('navCities')}</a></li>
<li><a href="${r}categories.html"${current('categories')}>${t('navCategories')}</a></li>
<li><a href="${r}command-centre.html"${current('command-centre')}>${t('navCommandCentre')}</a></li>
</ul></nav>
<button type="button" class="lang-switch" id="lang-switch" hidden><span class="i-id" lang="en">English</span><span class="i-en" lang="id">Bahasa Indonesia</span></button>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${crumbs}
${options.main}
</main>
<footer class="site-footer">
<div class="wrap">
<p>${t('footerNote')}</p>
<dl class="footer-facts">
<div><dt>${t('footerRegistry')}</dt><dd>${view.registry.name} <code class="wrap-anywhere">${withoutCredentials(view.registry.url)}</code></dd></div>
<div><dt>${t('footerRoot')}</dt><dd><code class="wrap-anywhere">${view.registry.rootSha256}</code></dd></div>
<div><dt>${t('footerGenerated')}</dt><dd>${formatDate(view.registry.generatedAt)}</dd></div>
</dl>
</div>
</footer>
</body>
</html>
`.value;
}

/** Path of a module page from the catalog's top folder. Names are checked by view.ts. */
export function modulePath(namespace: string, name: string): string {
  return `m/${namespace}/${name}.html`;
}

export function cityPath(namespace: string): string {
  return `ns/${namespace}.html`;
}

/** Path of a city's version history page; beside its page, one folder down. */
export function cityHistoryPath(namespace: string): string {
  return `ns/${namespace}/history.html`;
}
