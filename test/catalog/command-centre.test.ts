// The command-centre model and page from the catalog fixture: Kubu Raya runs
// the e-musrenbang version Bandung's advisory covers, Pontianak a yanked one
// and reports late, Bandung is up to date but for its region codes.
import { describe, expect, it } from 'vitest';
import { commandCentreJson, planCommandCentre, type CommandCentre } from '../../src/catalog/command-centre.js';
import { commandCentrePage, STATUS_MARKS } from '../../src/catalog/pages-command-centre.js';
import { syntheticAdoption, syntheticCatalogInput } from '../../src/catalog/synthetic.js';
import { prepareCatalog } from '../../src/catalog/view.js';
import { catalogFixture, fixtureAdoption } from '../helpers/catalog-fixture.js';

const input = catalogFixture({ hostile: false });
const view = prepareCatalog(input);
const centre = planCommandCentre(view, input.adoption);

function cell(c: CommandCentre, module: string, city: string) {
  const m = c.modules.findIndex((r) => r.name === module);
  const i = c.cities.findIndex((r) => r.name === city);
  return m < 0 || i < 0 ? undefined : c.cells[m][i];
}

describe('command-centre model', () => {
  it('has a column per reporting city and a row per reported module, with the latest version', () => {
    expect(centre.cities.map((c) => [c.name, c.displayName])).toEqual([
      ['bandung', 'Diskominfo Kota Bandung'], ['kuburaya', 'Diskominfo Kabupaten Kubu Raya'], ['pontianak', 'pontianak'],
    ]);
    expect(centre.modules.map((m) => [m.name, m.latest])).toEqual([
      ['@bandung/e-musrenbang', '2.1.0'], ['@bandung/ref-kode-wilayah', '2024.1.0'], ['@bandung/sso-asn', '1.2.1'],
      ['@bandung/ui-kit', '2.1.0'], ['@kuburaya/portal-layanan', '1.0.1'],
    ]);
  });

  it('marks each cell current, outdated, yanked or affected, with the covering advisory', () => {
    expect(cell(centre, '@bandung/e-musrenbang', 'kuburaya')).toEqual({
      status: 'affected', versions: [{ version: '2.0.0', status: 'affected', advisories: ['BDG-2024-001'], severity: 'high', workspaces: ['portal-layanan'] }],
    });
    expect(cell(centre, '@bandung/e-musrenbang', 'bandung')?.status).toBe('current');
    expect(cell(centre, '@bandung/e-musrenbang', 'pontianak')?.status).toBe('yanked');
    expect(cell(centre, '@bandung/ui-kit', 'kuburaya')?.status).toBe('outdated');
    expect(cell(centre, '@bandung/ref-kode-wilayah', 'bandung')?.status).toBe('outdated');
    expect(cell(centre, '@bandung/ref-kode-wilayah', 'kuburaya')).toBeUndefined();
    expect(centre.counts).toEqual({ current: 6, outdated: 2, unknown: 0, yanked: 1, affected: 1 });
  });

  it('names the adopters to notify per module, with the version to move to', () => {
    expect(centre.modules[0].notify).toEqual([
      { namespace: 'kuburaya', workspace: 'portal-layanan', version: '2.0.0', reason: 'affected', advisories: ['BDG-2024-001'], fix: '2.1.0' },
      { namespace: 'pontianak', workspace: 'sipd-kota', version: '1.1.0', reason: 'yanked', advisories: [], fix: '2.1.0' },
    ]);
    expect(centre.modules.slice(1).every((m) => m.notify.length === 0)).toBe(true);
  });

  it('tells when each city last reported, and which reports are old', () => {
    expect(centre.cities.map((c) => [c.reportedAt, c.stale])).toEqual([
      ['2024-05-10T08:15:00Z', false], ['2024-05-10T06:00:00Z', false], ['2024-04-02T01:00:00Z', true],
    ]);
  });

  it('takes the newest record of a workspace, shows every version a city runs, and marks modules the registry lacks', () => {
    const adoption = fixtureAdoption();
    adoption.records.push(
      { schemaVersion: 1, namespace: 'kuburaya', workspace: 'portal-layanan', reportedAt: '2024-05-01T00:00:00Z', modules: { '@bandung/e-musrenbang': '1.0.0' } },
      { schemaVersion: 1, namespace: 'kuburaya', workspace: 'e-office', reportedAt: '2024-05-10T07:00:00Z', modules: { '@bandung/e-musrenbang': '2.1.0', '@jakarta/peta-dasar': '1.0.0' } },
    );
    const c = planCommandCentre(view, adoption);
    expect(cell(c, '@bandung/e-musrenbang', 'kuburaya')).toEqual({
      status: 'affected',
      versions: [
        { version: '2.0.0', status: 'affected', advisories: ['BDG-2024-001'], severity: 'high', workspaces: ['portal-layanan'] },
        { version: '2.1.0', status: 'current', advisories: [], severity: null, workspaces: ['e-office'] },
      ],
    });
    expect(cell(c, '@jakarta/peta-dasar', 'kuburaya')?.status).toBe('unknown');
    expect(c.modules.find((m) => m.name === '@jakarta/peta-dasar')?.latest).toBeNull();
    expect(c.cities.find((r) => r.name === 'kuburaya')?.workspaces).toEqual([
      { workspace: 'e-office', reportedAt: '2024-05-10T07:00:00Z' }, { workspace: 'portal-layanan', reportedAt: '2024-05-10T06:00:00Z' },
    ]);
  });

  it('has nothing to show when no city reported', () => {
    const empty = planCommandCentre(view, undefined);
    expect([empty.cities, empty.modules, empty.records]).toEqual([[], [], 0]);
    expect(commandCentrePage(view, empty)).toContain('gotong report --registry');
  });
});

describe('command-centre page and JSON', () => {
  const page = commandCentrePage(view, centre);

  it('marks the affected cell by symbol and by text, not by colour alone', () => {
    const row = /<tr data-module="@bandung\/e-musrenbang">(.*?)<\/tr>/s.exec(page)![1];
    const cells = [...row.matchAll(/<td class="cc-cell[^"]*" data-status="(\w+)">(.*?)<\/td>/gs)].map((m) => [m[1], m[2]]);
    expect(cells.map((c) => c[0])).toEqual(['current', 'affected', 'yanked']);
    expect(cells[1][1]).toContain(`<span class="cc-mark" aria-hidden="true">${STATUS_MARKS.affected}</span>2.0.0`);
    expect(cells[1][1]).toContain('<span class="visually-hidden">, <span class="i-id">terdampak</span><span class="i-en" lang="en">affected</span> BDG-2024-001</span>');
    for (const m of page.matchAll(/<td class="cc-cell[^"]*" data-status="(\w+)">(.*?)<\/td>/gs)) {
      expect(m[2]).toContain(`<span class="cc-mark" aria-hidden="true">${STATUS_MARKS[m[1] as keyof typeof STATUS_MARKS]}</span>`);
    }
    expect(row).toContain('<td class="cc-notify"><span class="cc-mark" aria-hidden="true">⚠\uFE0E</span>kuburaya, pontianak</td>');
  });

  it('lists every adopter to notify with the fix, and flags the old report', () => {
    expect(page).toContain('<li id="notify-@bandung/e-musrenbang">');
    expect(page).toMatch(/2\.0\.0<\/span> · .*BDG-2024-001 · .*<span class="version">2\.1\.0<\/span>: kuburaya\/portal-layanan<\/li>/);
    expect(page).toMatch(/1\.1\.0<\/span> · .*ditarik.* · .*<span class="version">2\.1\.0<\/span>: pontianak\/sipd-kota<\/li>/);
    expect(page).toContain('<td class="s-stale"><time datetime="2024-04-02T01:00:00.000Z">');
  });

  it('turns denser beyond 20 cities or 30 modules: the symbols are the cells\' text', () => {
    const big = syntheticCatalogInput(5, 40, 3);
    big.adoption = syntheticAdoption(big, 5, 21, 10);
    const bigView = prepareCatalog(big);
    const bigCentre = planCommandCentre(bigView, big.adoption);
    const html = commandCentrePage(bigView, bigCentre);
    expect(html).toContain('<table class="cc-matrix cc-dense" id="cc-matrix">');
    const m = bigCentre.cells.findIndex((row) => row.some((c) => c?.status === 'affected'));
    const c = bigCentre.cells[m].findIndex((cell) => cell?.status === 'affected');
    const version = bigCentre.cells[m][c]!.versions[0].version;
    const row = new RegExp(`<tr data-module="${bigCentre.modules[m].name}">(.*?)</tr>`, 's').exec(html)![1];
    expect([...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)][c + 1][0]).toBe(`<td class="s-affected">${STATUS_MARKS.affected}${version}</td>`);
    expect(commandCentrePage(view, centre)).toContain('<table class="cc-matrix" id="cc-matrix">');
  });

  it('escapes what other cities wrote: a publisher name and an advisory id', () => {
    const hostile = catalogFixture({ hostile: false });
    for (const m of hostile.modules) if (m.namespace === 'kuburaya') for (const v of Object.values(m.index.versions)) v.publisher = '"><img src=x onerror=alert(1)>';
    hostile.adoption!.advisories[0].advisories[0].id = '<script>alert(1)</script>';
    const hostileView = prepareCatalog(hostile);
    const html = commandCentrePage(hostileView, planCommandCentre(hostileView, hostile.adoption));
    expect(html).not.toMatch(/<img|<script>alert/);
    expect(html).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes the same board as compact JSON for the refresh script', () => {
    const json = commandCentreJson(centre, view.registry) as { cells: unknown[]; cities: Array<{ name: string }>; modules: Array<{ name: string; notify: unknown[] }> };
    expect(json).toMatchObject({ format: 'gotong-command-centre', formatVersion: 1, generatedAt: '2024-05-10T09:30:00Z', records: 3 });
    expect(json.cells).toContainEqual([0, 1, '2.0.0', 'affected', ['BDG-2024-001'], ['portal-layanan']]);
    expect(json.cells).toHaveLength(10);
    expect(json.modules[0].notify).toHaveLength(2);
  });
});
