// The part of assets/catalog.js that keeps the command-centre page current on
// a wall screen: when the page is served over http(s), it fetches
// command-centre.json every minute (revalidated, so a server that sends an
// ETag answers 304 while nothing changed) (and on a `gotong:refresh` event) and, when
// the build time changed, draws the board again from it. It draws the same
// markup as pages-command-centre.ts, through textContent and setAttribute
// only, so report data never becomes markup. From file:// it does nothing:
// the static page is complete.
import { CELL_STATUSES } from './command-centre.js';
import { NOTIFY_NAMED, ROOMY_CITIES, ROOMY_MODULES, STALE_MARK, STATUS_KEYS, STATUS_MARKS } from './pages-command-centre.js';

const REFRESH_MS = 60_000;

const BODY = String.raw`
  var commandCentre = null;

  function CommandCentre(board, status) {
    var self = this;
    var data = null;
    var fetchedAt = null;
    var message = null;

    function fmt(iso) {
      var d = new Date(iso);
      if (isNaN(d.getTime())) return iso;
      return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(d);
    }
    function time(iso) {
      var node = el('time', null, fmt(iso));
      node.setAttribute('datetime', iso);
      return node;
    }
    function mark(status) {
      var node = el('span', 'cc-mark', CC.marks[status]);
      node.setAttribute('aria-hidden', 'true');
      return node;
    }
    function hidden(text) { return el('span', 'visually-hidden', text); }
    function version(v, status, ids) {
      var node = el('span', 'cc-v s-' + status);
      node.appendChild(mark(status));
      node.appendChild(doc.createTextNode(v));
      if (ids !== undefined) node.appendChild(hidden(', ' + tr(CC.keys[status]) + (ids.length ? ' ' + ids.join(', ') : '')));
      return node;
    }
    function stat(id, label, value, cls, status) {
      var div = el('div', cls || null);
      var dt = el('dt');
      if (status) dt.appendChild(mark(status));
      dt.appendChild(doc.createTextNode(label));
      var dd = el('dd');
      dd.id = id;
      dd.appendChild(typeof value === 'object' ? value : doc.createTextNode(String(value)));
      div.appendChild(dt);
      div.appendChild(dd);
      return div;
    }
    function worst(entries) {
      var best = entries[0];
      entries.forEach(function (e) { if (CC.statuses.indexOf(e[3]) > CC.statuses.indexOf(best[3])) best = e; });
      return best[3];
    }

    function draw() {
      var out = doc.createDocumentFragment();
      if (data.cities.length === 0) {
        out.appendChild(el('p', 'notice', tr('ccNone')));
        return out;
      }
      var stats = el('dl', 'cc-stats');
      stats.setAttribute('aria-label', tr('ccStatsLabel'));
      stats.appendChild(stat('cc-n-cities', tr('ccCities'), data.cities.length));
      stats.appendChild(stat('cc-n-modules', tr('ccModules'), data.modules.length));
      ['affected', 'yanked', 'outdated'].forEach(function (s) { stats.appendChild(stat('cc-n-' + s, tr(CC.keys[s]), data.counts[s], 's-' + s, s)); });
      stats.appendChild(stat('cc-data-at', tr('ccDataAt'), time(data.generatedAt)));
      out.appendChild(stats);

      var legend = el('ul', 'cc-legend');
      legend.setAttribute('aria-label', tr('ccLegend'));
      CC.statuses.slice().reverse().forEach(function (s) { var li = el('li'); li.appendChild(version(tr(CC.keys[s]), s)); legend.appendChild(li); });
      var staleKey = el('li');
      var staleSpan = el('span', 'cc-stale');
      staleSpan.appendChild(mark('stale'));
      staleSpan.appendChild(doc.createTextNode(tr('ccStale')));
      staleKey.appendChild(staleSpan);
      legend.appendChild(staleKey);
      out.appendChild(legend);

      var scroll = el('div', 'cc-scroll');
      scroll.setAttribute('role', 'region');
      scroll.setAttribute('tabindex', '0');
      scroll.setAttribute('aria-label', tr('ccMatrixLabel'));
      var dense = data.cities.length > CC.roomyCities || data.modules.length > CC.roomyModules;
      var table = el('table', 'cc-matrix' + (dense ? ' cc-dense' : ''));
      table.id = 'cc-matrix';
      table.appendChild(el('caption', 'visually-hidden', tr('ccCaption')));
      var thead = el('thead');
      var head = el('tr');
      var corner = el('th', 'cc-module-h', tr('ccModule'));
      corner.setAttribute('scope', 'col');
      head.appendChild(corner);
      var latestHead = el('th', 'cc-latest-h', tr('ccLatestHeader'));
      latestHead.setAttribute('scope', 'col');
      head.appendChild(latestHead);
      data.cities.forEach(function (c) {
        var th = el('th', 'cc-city', c.name);
        th.setAttribute('scope', 'col');
        th.setAttribute('data-city', c.name);
        th.setAttribute('title', c.displayName);
        head.appendChild(th);
      });
      var notifyHead = el('th', 'cc-notify-h', tr('ccNotify'));
      notifyHead.setAttribute('scope', 'col');
      head.appendChild(notifyHead);
      thead.appendChild(head);
      var reported = el('tr', 'cc-reported');
      var reportedHead = el('th', null, tr('ccLastReport'));
      reportedHead.setAttribute('scope', 'row');
      reported.appendChild(reportedHead);
      reported.appendChild(el('td'));
      data.cities.forEach(function (c) {
        var td = el('td', c.stale ? 's-stale' : null);
        td.appendChild(time(c.reportedAt));
        if (c.stale) {
          var s = el('span', 'cc-stale');
          s.appendChild(mark('stale'));
          s.appendChild(doc.createTextNode(tr('ccStale')));
          td.appendChild(s);
        }
        reported.appendChild(td);
      });
      reported.appendChild(el('td'));
      thead.appendChild(reported);
      table.appendChild(thead);

      var grid = data.modules.map(function () { return {}; });
      data.cells.forEach(function (e) { (grid[e[0]][e[1]] = grid[e[0]][e[1]] || []).push(e); });
      var tbody = el('tbody');
      data.modules.forEach(function (m, mi) {
        var tr_ = el('tr');
        tr_.setAttribute('data-module', m.name);
        var th = el('th');
        th.setAttribute('scope', 'row');
        var parsed = /^@([^/]+)\/([^/]+)$/.exec(m.name);
        if (m.inRegistry && parsed) {
          var a = el('a', null, m.name);
          a.setAttribute('href', 'm/' + parsed[1] + '/' + parsed[2] + '.html' + langQuery());
          th.appendChild(a);
        } else {
          th.appendChild(doc.createTextNode(m.name));
        }
        tr_.appendChild(th);
        var latest = el('td', 'cc-latest', m.latest ? m.latest : null);
        if (!m.latest) {
          var dash = el('span', null, '–');
          dash.setAttribute('aria-hidden', 'true');
          latest.appendChild(dash);
          latest.appendChild(hidden(tr('notInRegistry')));
        }
        tr_.appendChild(latest);
        data.cities.forEach(function (c, ci) {
          var entries = grid[mi][ci];
          if (!entries) { tr_.appendChild(el('td')); return; }
          var s = worst(entries);
          if (dense) {
            tr_.appendChild(el('td', 's-' + s, entries.map(function (e) { return CC.marks[e[3]] + e[2]; }).join(' ')));
            return;
          }
          var td = el('td', 'cc-cell s-' + s);
          td.setAttribute('data-status', s);
          entries.forEach(function (e, i) {
            if (i) td.appendChild(doc.createTextNode(' '));
            td.appendChild(version(e[2], e[3], e[4]));
          });
          tr_.appendChild(td);
        });
        var notify = el('td', 'cc-notify');
        var cities = [];
        m.notify.forEach(function (n) { if (cities.indexOf(n.namespace) < 0) cities.push(n.namespace); });
        if (cities.length) {
          notify.appendChild(mark('affected'));
          notify.appendChild(doc.createTextNode(cities.slice(0, CC.notifyNamed).join(', ')));
          if (cities.length > CC.notifyNamed) {
            notify.appendChild(doc.createTextNode(' '));
            var more = el('a', null, tr('ccMore', { n: cities.length - CC.notifyNamed }));
            more.setAttribute('href', '#notify-' + m.name);
            notify.appendChild(more);
          }
        }
        tr_.appendChild(notify);
        tbody.appendChild(tr_);
      });
      table.appendChild(tbody);
      scroll.appendChild(table);
      out.appendChild(scroll);

      var section = el('section');
      section.setAttribute('aria-labelledby', 'cc-notify-h');
      var h2 = el('h2', null, tr('ccNotifyHeading'));
      h2.id = 'cc-notify-h';
      section.appendChild(h2);
      var rows = data.modules.filter(function (m) { return m.notify.length > 0; });
      if (!rows.length) section.appendChild(el('p', null, tr('ccNotifyNone')));
      else {
        var list = el('ul', 'cc-notify-list');
        rows.forEach(function (m) {
          var li = el('li');
          li.id = 'notify-' + m.name;
          li.appendChild(el('strong', null, m.name));
          var inner = el('ul');
          var groups = [];
          var byKey = {};
          m.notify.forEach(function (n) {
            var key = n.reason + '|' + n.version + '|' + n.advisories.join(',') + '|' + (n.fix || '');
            if (!byKey[key]) { byKey[key] = { n: n, adopters: [] }; groups.push(byKey[key]); }
            byKey[key].adopters.push(n.namespace + '/' + n.workspace);
          });
          groups.forEach(function (g) {
            var n = g.n;
            var item = el('li');
            item.appendChild(version(n.version, n.reason));
            item.appendChild(doc.createTextNode(' · ' + tr(CC.keys[n.reason]) + (n.advisories.length ? ' ' + n.advisories.join(', ') : '') + ' · '));
            if (n.fix) {
              item.appendChild(doc.createTextNode(tr('ccFix') + ' '));
              item.appendChild(el('span', 'version', n.fix));
            } else item.appendChild(doc.createTextNode(tr('ccNoFix')));
            item.appendChild(doc.createTextNode(': ' + g.adopters.join(', ')));
            inner.appendChild(item);
          });
          li.appendChild(inner);
          list.appendChild(li);
        });
        section.appendChild(list);
      }
      out.appendChild(section);
      return out;
    }

    function say() {
      if (!message) { status.textContent = ''; return; }
      status.textContent = message === 'ccRefreshFailed' ? tr(message) : tr(message, { time: fmt(fetchedAt) });
    }

    self.render = function () {
      if (data) {
        board.textContent = '';
        board.appendChild(draw());
      }
      say();
    };

    self.check = function () {
      var url = (rootEl.getAttribute('data-root') || '') + 'command-centre.json';
      return fetch(url, { cache: 'no-cache', credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      }).then(function (next) {
        if (!next || next.format !== 'gotong-command-centre' || next.formatVersion !== 1) throw new Error('not a command-centre file');
        fetchedAt = new Date().toISOString();
        if (next.generatedAt !== board.getAttribute('data-generated')) {
          data = next;
          board.setAttribute('data-generated', next.generatedAt);
          message = 'ccRefreshed';
          self.render();
        } else {
          message = 'ccChecked';
          say();
        }
      }).catch(function () {
        message = 'ccRefreshFailed';
        say();
      });
    };
  }

  function setupCommandCentre() {
    if (rootEl.getAttribute('data-page') !== 'command-centre') return;
    if (!/^https?:$/.test(location.protocol) || typeof fetch !== 'function') return;
    var board = doc.getElementById('cc-board');
    var status = doc.getElementById('cc-refresh');
    if (!board || !status) return;
    commandCentre = new CommandCentre(board, status);
    window.setInterval(commandCentre.check, CC.refreshMs);
    doc.addEventListener('gotong:refresh', function () { commandCentre.check(); });
  }
`;

/** The script's command-centre part and the constants it shares with the page. */
export function commandCentreScript(): string {
  const constants = {
    marks: { ...STATUS_MARKS, stale: STALE_MARK },
    keys: STATUS_KEYS,
    statuses: CELL_STATUSES,
    roomyCities: ROOMY_CITIES,
    roomyModules: ROOMY_MODULES,
    notifyNamed: NOTIFY_NAMED,
    refreshMs: REFRESH_MS,
  };
  return `  var CC = ${JSON.stringify(constants).replace(/</g, '\\u003c')};\n${BODY}`;
}
