// assets/catalog.js, the only script a catalog page runs. It is a classic
// script (module scripts do not load from file://), loaded from <head> so the
// chosen language applies before the first paint. It never writes markup
// from data: every module string reaches the page through textContent or
// setAttribute on elements it creates, so search data cannot inject HTML.
//
// Pages open in the language they were built in (<html data-lang>, the one
// gotong ran in). A reader's choice is kept in localStorage and, because some
// browsers give each file:// folder its own storage (or none), also carried
// in internal links as ?lang=xx while it differs from the built one.
import { commandCentreScript } from './client-command-centre.js';
import { clientStrings } from './i18n.js';
import { FLAG_ALL_YANKED, FLAG_DEPRECATED, SEARCH_DATA_GLOBAL } from './search-data.js';

const BODY = String.raw`
  var doc = document;
  var rootEl = doc.documentElement;
  var STORE_KEY = 'gotong-catalog-lang';
  var PAGE_SIZE = 50;
  var TYPE_KEYS = { app: 'typeApp', library: 'typeLibrary', data: 'typeData', service: 'typeService', ui: 'typeUi' };

  function queryLang() {
    var m = /(?:^|[?&])lang=(id|en)(?:&|$)/.exec(location.search.slice(1));
    return m ? m[1] : null;
  }
  function storedLang() {
    try {
      var v = window.localStorage.getItem(STORE_KEY);
      return v === 'id' || v === 'en' ? v : null;
    } catch (e) {
      return null;
    }
  }
  function storeLang(value) {
    try { window.localStorage.setItem(STORE_KEY, value); } catch (e) { /* no storage here: links carry it */ }
  }

  // An address that names a language wins for that page; only the switch changes the remembered choice.
  var builtLang = rootEl.getAttribute('data-lang') === 'en' ? 'en' : 'id';
  var lang = queryLang() || storedLang() || builtLang;
  function langQuery() { return lang === builtLang ? '' : '?lang=' + lang; }
  rootEl.setAttribute('data-lang', lang);
  rootEl.setAttribute('lang', lang);
  rootEl.classList.add('js');

  // The strings are ICU messages; the only construct they use besides {name}
  // is {name, plural, one {...} other {...}}, chosen here by Intl.PluralRules.
  function tr(key, params) {
    var text = STRINGS[key] ? STRINGS[key][lang] : key;
    if (params) {
      var rules = new Intl.PluralRules(lang === 'id' ? 'id-ID' : 'en-GB');
      text = text.replace(/\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g, function (all, name, one, other) {
        if (!(name in params)) return all;
        var count = Number(params[name]);
        return (rules.select(count) === 'one' ? one : other).replace(/#/g, String(count));
      });
      text = text.replace(/\{(\w+)\}/g, function (all, name) { return name in params ? String(params[name]) : all; });
    }
    return text;
  }

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Internal links: relative, ending in .html, outside the README.
  function decorateLinks() {
    var links = doc.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      var href = a.getAttribute('href');
      if (!href || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href) || a.closest('.readme')) continue;
      var hashAt = href.indexOf('#');
      var hash = hashAt >= 0 ? href.slice(hashAt) : '';
      var path = (hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?lang=(id|en)$/, '');
      if (!/\.html$/.test(path)) continue;
      a.setAttribute('href', path + langQuery() + hash);
    }
  }

  var ATTRS = ['placeholder', 'aria-label', 'title', 'text'];
  function applyLang() {
    rootEl.setAttribute('data-lang', lang);
    rootEl.setAttribute('lang', lang);
    var title = rootEl.getAttribute('data-title-' + lang);
    if (title) doc.title = title;
    var nodes = doc.querySelectorAll('[data-en-placeholder],[data-en-aria-label],[data-en-title],[data-en-text]');
    for (var i = 0; i < nodes.length; i++) {
      for (var j = 0; j < ATTRS.length; j++) {
        var value = nodes[i].getAttribute('data-' + lang + '-' + ATTRS[j]);
        if (value === null) continue;
        if (ATTRS[j] === 'text') nodes[i].textContent = value;
        else nodes[i].setAttribute(ATTRS[j], value);
      }
    }
    decorateLinks();
  }

  function setupLangSwitch() {
    var button = doc.getElementById('lang-switch');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      lang = lang === 'en' ? 'id' : 'en';
      storeLang(lang);
      if (queryLang() && window.history && history.replaceState) {
        try { history.replaceState(null, '', location.pathname + langQuery() + location.hash); } catch (e) { /* keep the URL */ }
      }
      applyLang();
      if (home) home.render(false);
      if (commandCentre) commandCentre.render();
    });
  }

  function selectContents(node) {
    var range = doc.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function setupCopy() {
    var buttons = doc.querySelectorAll('[data-copy-target]');
    Array.prototype.forEach.call(buttons, function (button) {
      var target = doc.getElementById(button.getAttribute('data-copy-target'));
      var status = doc.getElementById(button.getAttribute('data-copy-status'));
      if (!target || !status) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = target.textContent;
        function copied() {
          status.textContent = tr('copied') + ' ' + text;
          status.setAttribute('data-copied', text);
        }
        function fallback() {
          selectContents(target);
          var done = false;
          try { done = doc.execCommand('copy'); } catch (e) { done = false; }
          if (done) copied();
          else status.textContent = tr('copyFailed');
        }
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(copied, fallback);
        else fallback();
      });
    });
  }

  // ---- home page: search over assets/search-data.js ----
  var home = null;

  function fold(text) {
    return String(text).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  }

  function typeText(type) {
    return TYPE_KEYS[type] ? tr(TYPE_KEYS[type]) : type;
  }

  function Home(data) {
    var self = this;
    var nsList = data.ns, cats = data.cat, catNames = data.catName, types = data.type;
    var catIndex = Object.create(null);
    cats.forEach(function (c, i) { catIndex[c] = i; });
    function catText(i) { var names = catNames[i]; return names ? names[lang === 'en' ? 1 : 0] : cats[i]; }
    // A category is found by its slug and its name in either language, whichever the page shows.
    function catWords(i) { var names = catNames[i]; return names ? cats[i] + ' ' + names[0] + ' ' + names[1] : cats[i]; }
    var mods = data.m.map(function (r) {
      var ns = nsList[r[0]] || ['', ''];
      var full = '@' + ns[0] + '/' + r[1];
      return {
        ns: ns[0], nsName: ns[1], name: r[1], full: full, version: r[2], updated: r[3], descId: r[4], descEn: r[5],
        keywords: r[6], cats: r[7], type: r[8] >= 0 ? types[r[8]] : '', count: r[9], flags: r[10],
        hay: fold([full, r[4], r[5], r[6], r[1].replace(/-/g, ' '), r[7].map(catWords).join(' ')].join(' \u0001 '))
      };
    });
    var q = doc.getElementById('q'), fNs = doc.getElementById('f-ns'), fCat = doc.getElementById('f-cat');
    var fType = doc.getElementById('f-type'), fStatus = doc.getElementById('f-status'), sort = doc.getElementById('sort');
    var list = doc.getElementById('results'), count = doc.getElementById('result-count'), more = doc.getElementById('more');
    var shownCount = PAGE_SIZE;

    function addOption(select, value, text) {
      var o = el('option', '', text);
      o.value = value;
      select.appendChild(o);
      return o;
    }
    nsList.forEach(function (ns) { addOption(fNs, ns[0], ns[1] === ns[0] ? '@' + ns[0] : ns[1] + ' (@' + ns[0] + ')'); });
    var catOptions = cats.map(function (c, i) { var o = addOption(fCat, c, catText(i)); o.setAttribute('data-cat', String(i)); return o; });
    // Category names depend on the language: name and sort them again when it changes.
    var labelledIn = null;
    function labelCategories() {
      catOptions.forEach(function (o) { o.textContent = catText(Number(o.getAttribute('data-cat'))); });
      catOptions.slice().sort(function (a, b) { return a.textContent.localeCompare(b.textContent, lang); }).forEach(function (o) { fCat.appendChild(o); });
    }
    var typeOptions = types.slice().sort().map(function (t) { var o = addOption(fType, t, typeText(t)); o.setAttribute('data-type', t); return o; });

    function readHash() {
      var params;
      try { params = new URLSearchParams(location.hash.replace(/^#/, '')); } catch (e) { return; }
      q.value = params.get('q') || '';
      [[fNs, 'ns'], [fCat, 'cat'], [fType, 'type'], [fStatus, 'status'], [sort, 'sort']].forEach(function (pair) {
        var v = params.get(pair[1]);
        if (v !== null && Array.prototype.some.call(pair[0].options, function (o) { return o.value === v; })) pair[0].value = v;
      });
    }
    function writeHash() {
      var params = new URLSearchParams();
      if (q.value.trim()) params.set('q', q.value.trim());
      if (fNs.value) params.set('ns', fNs.value);
      if (fCat.value) params.set('cat', fCat.value);
      if (fType.value) params.set('type', fType.value);
      if (fStatus.value) params.set('status', fStatus.value);
      if (sort.value !== 'name') params.set('sort', sort.value);
      var hash = params.toString();
      try { history.replaceState(null, '', location.pathname + location.search + (hash ? '#' + hash : '')); } catch (e) { /* file:// quirks */ }
    }

    function matches() {
      var terms = fold(q.value).split(/\s+/).filter(Boolean);
      var ns = fNs.value, cat = fCat.value ? catIndex[fCat.value] : -1, type = fType.value, status = fStatus.value;
      var out = mods.filter(function (m) {
        if (ns && m.ns !== ns) return false;
        if (cat >= 0 && m.cats.indexOf(cat) < 0) return false;
        if (type && m.type !== type) return false;
        if (status === 'active' && (m.flags & (${FLAG_DEPRECATED} | ${FLAG_ALL_YANKED}))) return false;
        if (status === 'deprecated' && !(m.flags & ${FLAG_DEPRECATED})) return false;
        if (status === 'yanked' && !(m.flags & ${FLAG_ALL_YANKED})) return false;
        for (var i = 0; i < terms.length; i++) if (m.hay.indexOf(terms[i]) < 0) return false;
        return true;
      });
      if (sort.value === 'updated') out.sort(function (a, b) { return a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.full < b.full ? -1 : 1; });
      return out;
    }

    function card(m) {
      var li = el('li', 'card');
      var h = el('h3', 'card-title');
      var a = el('a', '', m.full);
      a.setAttribute('href', 'm/' + encodeURIComponent(m.ns) + '/' + encodeURIComponent(m.name) + '.html');
      h.appendChild(a);
      if (m.flags & ${FLAG_ALL_YANKED}) { h.appendChild(doc.createTextNode(' ')); h.appendChild(el('span', 'badge badge-yanked', tr('statusYanked'))); }
      else if (m.flags & ${FLAG_DEPRECATED}) { h.appendChild(doc.createTextNode(' ')); h.appendChild(el('span', 'badge badge-deprecated', tr('statusDeprecated'))); }
      li.appendChild(h);
      var meta = el('p', 'card-meta');
      meta.appendChild(el('span', 'version', m.version));
      meta.appendChild(doc.createTextNode(' · '));
      var city = el('a', '', m.nsName);
      city.setAttribute('href', 'ns/' + encodeURIComponent(m.ns) + '.html');
      meta.appendChild(city);
      if (m.updated) meta.appendChild(doc.createTextNode(' · ' + tr('updated') + ' ' + m.updated));
      meta.appendChild(doc.createTextNode(' · ' + tr('versionsCount', { n: m.count })));
      li.appendChild(meta);
      var desc = lang === 'en' ? (m.descEn || m.descId) : (m.descId || m.descEn);
      if (desc) {
        var p = el('p', 'card-desc', desc);
        p.setAttribute('lang', desc === m.descEn && m.descEn ? 'en' : 'id');
        li.appendChild(p);
      }
      var tags = el('p', 'tags');
      if (m.type) tags.appendChild(el('span', 'tag', typeText(m.type)));
      m.cats.forEach(function (i) { tags.appendChild(el('span', 'tag', catText(i))); });
      li.appendChild(tags);
      return li;
    }

    self.render = function (resetPaging) {
      if (resetPaging) shownCount = PAGE_SIZE;
      typeOptions.forEach(function (o) { o.textContent = typeText(o.getAttribute('data-type')); });
      if (labelledIn !== lang) { labelCategories(); labelledIn = lang; }
      var found = matches();
      var fragment = doc.createDocumentFragment();
      found.slice(0, shownCount).forEach(function (m) { fragment.appendChild(card(m)); });
      list.textContent = '';
      list.appendChild(fragment);
      count.textContent = found.length ? tr('resultCount', { n: found.length, total: mods.length }) : tr('noResults');
      more.hidden = found.length <= shownCount;
      decorateLinks();
    };

    function changed() { writeHash(); self.render(true); }
    q.addEventListener('input', changed);
    [fNs, fCat, fType, fStatus, sort].forEach(function (s) { s.addEventListener('change', changed); });
    doc.getElementById('reset').addEventListener('click', function () {
      q.value = ''; fNs.value = ''; fCat.value = ''; fType.value = ''; fStatus.value = ''; sort.value = 'name';
      changed();
      q.focus();
    });
    more.addEventListener('click', function () {
      var before = shownCount;
      shownCount += PAGE_SIZE;
      self.render(false);
      var next = list.children[before];
      var link = next && next.querySelector('a');
      if (link) link.focus();
    });
    window.addEventListener('hashchange', function () { readHash(); self.render(true); });
    readHash();
    self.render(true);
  }

  function setupHome() {
    if (rootEl.getAttribute('data-page') !== 'home') return;
    var count = doc.getElementById('result-count');
    function failed() { count.textContent = tr('loadFailed'); rootEl.classList.remove('js'); }
    var script = doc.createElement('script');
    script.src = (rootEl.getAttribute('data-root') || '') + 'assets/search-data.js';
    script.onload = function () {
      var data = window.${SEARCH_DATA_GLOBAL};
      if (!data || data.v !== 2) return failed();
      home = new Home(data);
    };
    script.onerror = failed;
    doc.head.appendChild(script);
  }

  doc.addEventListener('DOMContentLoaded', function () {
    applyLang();
    setupLangSwitch();
    setupCopy();
    setupHome();
    setupCommandCentre();
  });
`;

export function catalogScript(): string {
  // The strings are JSON, which is valid JavaScript; '<' is escaped out of habit.
  const strings = JSON.stringify(clientStrings()).replace(/</g, '\\u003c');
  return `/* gotong catalog */\n(function () {\n  'use strict';\n  var STRINGS = ${strings};\n${commandCentreScript()}${BODY}})();\n`;
}
