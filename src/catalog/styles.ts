// assets/catalog.css. System fonts only (nothing is fetched). Colours keep
// at least 4.5:1 contrast for text; focus is always visible; the layout is a
// single column on a phone. `.i-id` / `.i-en` carry the two interface
// languages, `html[data-lang]` (set by catalog.js) picks one.

export const CATALOG_CSS = `:root {
  --fg: #1b1f24; --muted: #4f5b66; --bg: #ffffff; --panel: #f3f5f7; --line: #c9d1d9;
  --accent: #0b5cad; --accent-fg: #ffffff; --focus: #c2410c;
  --warn-bg: #fff4d6; --warn-fg: #7a4100; --bad-bg: #fde8e8; --bad-fg: #9b1c1c; --ok-fg: #166534;
  --alert-bg: #9b1c1c; --alert-fg: #ffffff; --ok-bg: #e7f6ec;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #a9b4bf; --bg: #0f1419; --panel: #1a2129; --line: #3a4550;
    --accent: #7cb7ff; --accent-fg: #0f1419; --focus: #ffb86b;
    --warn-bg: #3d2e05; --warn-fg: #ffd98a; --bad-bg: #451515; --bad-fg: #ffb3b3; --ok-fg: #86efac;
    --alert-bg: #ffb3b3; --alert-fg: #3d0000; --ok-bg: #0f2a19; }
}
:root[data-lang="en"] .i-id, :root:not([data-lang="en"]) .i-en { display: none !important; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.55;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
code, pre { font-family: ui-monospace, "SFMono-Regular", "Liberation Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
main:focus { outline: none; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--accent); color: var(--accent-fg); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.site-header { border-bottom: 1px solid var(--line); background: var(--panel); }
.header-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { display: flex; align-items: center; gap: 0.6rem; color: var(--fg); text-decoration: none; font-weight: 700; margin-right: auto; }
.brand-mark { display: inline-grid; place-items: center; width: 2rem; height: 2rem; border-radius: 0.5rem; background: var(--accent); color: var(--accent-fg); font-size: 1.2rem; }
.brand-sub { font-weight: 400; color: var(--muted); }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.site-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
button, select, input { font: inherit; color: inherit; }
button { cursor: pointer; border: 1px solid var(--accent); background: var(--bg); color: var(--accent); border-radius: 0.4rem; padding: 0.45rem 0.9rem; min-height: 2.5rem; }
button:hover { background: var(--panel); }
.lang-switch[hidden], button[hidden] { display: none; }
input[type="search"], select { width: 100%; min-height: 2.5rem; padding: 0.4rem 0.6rem; border: 1px solid var(--muted); border-radius: 0.4rem; background: var(--bg); }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 1.25rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.h1-sub { font-weight: 400; color: var(--muted); }
.lead { font-size: 1.1rem; max-width: 50rem; }
.muted { color: var(--muted); }
.count { color: var(--muted); font-weight: 400; }
.wrap-anywhere { overflow-wrap: anywhere; word-break: break-all; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 1rem 0 0; padding: 0; font-size: 0.95rem; }
.breadcrumbs li + li::before { content: "/"; color: var(--muted); margin-right: 0.25rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
.stats div { background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem 1rem; }
.stats dt { color: var(--muted); }
.stats dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.search-panel { background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0 1rem 1rem; margin-top: 1.5rem; }
.search-panel h2 { border: 0; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem; margin-top: 0.75rem; align-items: end; }
.result-count { font-weight: 600; }
.noscript-note { background: var(--warn-bg); color: var(--warn-fg); padding: 0.5rem 0.75rem; border-radius: 0.4rem; }
:root.js .noscript-note, :root:not(.js) .search-panel, :root:not(.js) .result-count { display: none; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.card { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem 1rem; }
.card-title { overflow-wrap: anywhere; }
.card-meta { margin: 0; color: var(--muted); font-size: 0.95rem; }
.card-desc { margin: 0.35rem 0; }
.tags { margin: 0.25rem 0 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 1rem; padding: 0 0.6rem; font-size: 0.85rem; color: var(--muted); overflow-wrap: anywhere; }
.badge { display: inline-block; border-radius: 0.3rem; padding: 0 0.45rem; font-size: 0.8rem; font-weight: 700; vertical-align: middle; }
.badge-yanked { background: var(--bad-bg); color: var(--bad-fg); }
.badge-deprecated, .badge-dirty { background: var(--warn-bg); color: var(--warn-fg); }
.status-ok { color: var(--ok-fg); }
.version { font-family: ui-monospace, "Liberation Mono", "DejaVu Sans Mono", monospace; font-weight: 600; }
.notice { border-left: 4px solid var(--line); padding: 0.5rem 0.75rem; background: var(--panel); }
.notice-warn { border-color: var(--warn-fg); background: var(--warn-bg); color: var(--warn-fg); }
.install-box .install-row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: stretch; }
.install-cmd { flex: 1 1 18rem; display: block; padding: 0.55rem 0.75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 0.4rem; overflow-wrap: anywhere; }
.copy-status { min-height: 1.5em; margin: 0.35rem 0 0; color: var(--ok-fg); }
.facts { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: 0.4rem 1rem; margin: 0; }
.facts div { display: contents; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; min-width: 0; }
.deps { padding-left: 1.25rem; }
.deps li { margin: 0.2rem 0; }
.keys { padding-left: 1.25rem; }
.city-list { padding-left: 1.25rem; }
.plain-list { list-style: none; padding: 0; margin: 0; }
.plain-list li + li { margin-top: 0.25rem; }
.contact-name { font-weight: 600; }
.city-list li { margin: 0.3rem 0; }
.table-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 0.5rem; }
table.versions { border-collapse: collapse; width: 100%; min-width: 48rem; font-size: 0.92rem; }
.versions th, .versions td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
.versions thead th { background: var(--panel); }
.versions tr.shown th { box-shadow: inset 4px 0 0 var(--accent); }
.versions .key { display: inline-block; max-width: 12rem; }
.versions .integrity { min-width: 17rem; max-width: 22rem; }
.versions .num, .versions .ci-system { white-space: nowrap; }
.deprecation, .yank-reason { font-style: italic; }
.readme { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.25rem 1rem; overflow-wrap: anywhere; }
.readme pre { background: var(--panel); padding: 0.75rem; overflow-x: auto; border-radius: 0.4rem; }
.readme table { border-collapse: collapse; display: block; overflow-x: auto; }
.readme th, .readme td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; }
.readme .align-right { text-align: right; } .readme .align-center { text-align: center; } .readme .align-left { text-align: left; }
.readme blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.readme .md-image::before { content: "[gambar] "; color: var(--muted); }
:root[data-lang="en"] .readme .md-image::before { content: "[image] "; }
.readme-note { font-size: 0.9rem; }
.site-footer { margin-top: 3rem; border-top: 1px solid var(--line); background: var(--panel); padding: 1rem 0 2rem; font-size: 0.92rem; }
.footer-facts { display: grid; gap: 0.3rem; margin: 0; }
.footer-facts dt { display: inline; font-weight: 600; }
.footer-facts dt::after { content: ": "; }
.footer-facts dd { display: inline; margin: 0; }
/* Command centre: sized from the screen (1rem is about 16px at 1920x1080, 32px at 3840x2160) so a wall reads the same at any resolution. */
:root[data-page="command-centre"] { font-size: min(0.85vw, 1.5vh); }
:root[data-page="command-centre"] body { font-size: 1rem; line-height: 1.3; }
:root[data-page="command-centre"] .wrap { max-width: none; padding: 0 1rem; }
:root[data-page="command-centre"] .header-row { padding-top: 0.25rem; padding-bottom: 0.25rem; }
:root[data-page="command-centre"] h1 { font-size: 1.6rem; margin: 0.3rem 0; }
:root[data-page="command-centre"] h2 { font-size: 1.3rem; margin: 1rem 0 0.5rem; }
.cc-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1.5rem; }
.cc-intro { margin: 0; color: var(--muted); flex: 1 1 30rem; }
.cc-refresh { margin: 0; font-size: 0.9rem; color: var(--muted); }
.cc-refresh:empty { display: none; }
.cc-stats { display: flex; flex-wrap: wrap; gap: 0.3rem 1.75rem; margin: 0.3rem 0; }
.cc-stats div { display: flex; gap: 0.4rem; align-items: baseline; }
.cc-stats dt { color: var(--muted); }
.cc-stats div[class] { padding: 0 0.3em; border-radius: 0.2em; }
.cc-stats div[class] dt { color: inherit; }
.cc-stats dd { margin: 0; font-weight: 700; font-size: 1.25rem; }
.cc-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem 0.75rem; margin: 0.3rem 0 0.5rem; padding: 0; }
.cc-mark { display: inline-block; min-width: 1em; font-weight: 700; text-align: center; margin-right: 0.1em; }
.cc-v { white-space: nowrap; padding: 0 0.2em; border-radius: 0.2em; }
.s-current { color: var(--ok-fg); }
.s-outdated { background: var(--warn-bg); color: var(--warn-fg); }
.s-unknown { color: var(--muted); }
.s-yanked { background: var(--bad-bg); color: var(--bad-fg); }
.s-affected { background: var(--alert-bg); color: var(--alert-fg); }
.cc-stale, .s-stale { color: var(--warn-fg); background: var(--warn-bg); }
.cc-stale { display: block; font-size: 0.85em; }
.cc-scroll { overflow: auto; max-height: calc(100vh - 3rem); border: 1px solid var(--line); }
.cc-scroll:focus-visible { outline-offset: -3px; }
table.cc-matrix { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
.cc-matrix th, .cc-matrix td { padding: 0.1em 0.25em; border: 1px solid var(--line); text-align: left; vertical-align: middle; }
.cc-matrix thead { position: sticky; top: 0; z-index: 2; }
.cc-matrix thead th, .cc-matrix thead td { background: var(--panel); font-size: 0.9em; }
.cc-matrix .cc-reported th, .cc-matrix .cc-reported td { font-weight: 400; font-size: 0.8em; }
.cc-matrix .cc-reported td.s-stale { background: var(--warn-bg); }
.cc-matrix tbody th { font-size: 0.9em; font-weight: 600; white-space: nowrap; background: var(--bg); position: sticky; left: 0; z-index: 1; }
.cc-matrix .cc-city { overflow-wrap: anywhere; }
.cc-matrix .cc-latest { color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.cc-matrix td.cc-cell { white-space: nowrap; font-variant-numeric: tabular-nums; font-size: 0.9em; }
.cc-matrix td.s-current { background: var(--ok-bg); }
.cc-notify { font-size: 0.8em; color: var(--bad-fg); white-space: nowrap; }
.cc-notify-list { padding-left: 1.25rem; columns: 2 30rem; }
.cc-notify-list > li { break-inside: avoid; margin-bottom: 0.4rem; }
.cc-dense { font-size: 0.72rem !important; }
.cc-dense td { white-space: nowrap; font-variant-numeric: tabular-nums; }
.cc-dense td.s-current { background: var(--ok-bg); }
.cc-dense .cc-mark { min-width: 0.9em; margin-right: 0.05em; }
@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 0.5rem; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
`;

/** The catalog's icon (also keeps browsers from asking for /favicon.ico). */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5cad"/><path d="M21 11.5a6.5 6.5 0 1 0 0 9V16h-5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>
`;
