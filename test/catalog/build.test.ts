// buildCatalog end to end on the file system: what it writes, what each page
// promises (CSP, no inline script or style, relative links only), and how it
// treats an existing output folder.
import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { catalogLanguage } from '../../src/catalog/i18n.js';
import { PAGE_CSP } from '../../src/catalog/layout.js';
import type { SearchData } from '../../src/catalog/search-data.js';
import { syntheticCatalogInput } from '../../src/catalog/synthetic.js';
import { prepareCatalog, shownVersionOf } from '../../src/catalog/view.js';
import { isGotongError } from '../../src/core/errors.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { nameOf } from '../../src/catalog/vocabulary-names.js';
import { categoryPairs } from '../../src/publiccode/categories.js';
import { BANDUNG_KEYS, catalogFixture, KUBURAYA_KEYS } from '../helpers/catalog-fixture.js';
import { withPubliccode } from './publiccode-fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gotong-catalog-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(root, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

const read = (path: string) => readFile(path, 'utf8');

function loadSearchData(script: string): SearchData {
  const prefix = 'window.GOTONG_SEARCH_DATA=';
  expect(script.startsWith(prefix)).toBe(true);
  return JSON.parse(script.slice(prefix.length).replace(/;\n$/, '')) as SearchData;
}

describe('buildCatalog', () => {
  it('writes the home, city, module and command-centre pages, assets and data files', async () => {
    const out = join(dir, 'site');
    const reporter = new MemoryReporter();
    const result = await buildCatalog(catalogFixture(), out, reporter);

    expect(await files(out)).toEqual([
      '404.html', 'assets/catalog.css', 'assets/catalog.js', 'assets/icon.svg', 'assets/search-data.js',
      // A page per category; the hostile module's category is no file name, so it is only listed.
      'c/antarmuka.html', 'c/data-referensi.html', 'c/hibah-bansos.html', 'c/identitas.html', 'c/pelayanan-publik.html', 'c/perencanaan.html', 'c/smart-city.html',
      'catalog.json', 'categories.html', 'cities.html',
      'command-centre.html', 'command-centre.json', 'index.html', 'm/bandung/command-center-dashboard.html', 'm/bandung/e-musrenbang.html', 'm/bandung/ref-kode-wilayah.html', 'm/bandung/sabilulungan.html',
      'm/bandung/sso-asn.html', 'm/bandung/ui-kit.html', 'm/kuburaya/portal-layanan.html', 'm/kuburaya/tamu-jahat.html',
      'ns/bandung.html', 'ns/bandung/history.html', 'ns/kuburaya.html', 'ns/kuburaya/history.html',
    ]);
    expect(result).toMatchObject({ outDir: out, pages: 24, modules: 8, versions: 21, skipped: [] });
    expect(result.homePageBytes).toBe((await stat(join(out, 'index.html'))).size);
    expect(result.searchDataBytes).toBe((await stat(join(out, 'assets/search-data.js'))).size);
    let total = 0;
    for (const f of await files(out)) total += (await stat(join(out, f))).size;
    expect(result.totalBytes).toBe(total);

    const stages = reporter.ofType('stage').filter((e) => e.status === 'end').map((e) => e.stage);
    expect(stages).toEqual(['catalog:prepare', 'catalog:write', 'catalog:publish']);
    expect(reporter.ofType('progress').at(-1)).toMatchObject({ stage: 'catalog:write', done: 19, total: 19 });
    // Nothing is left beside the output folder.
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('gives every page a strict CSP and no inline script, inline style or outside URL', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    const pages = (await files(out)).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const text = await read(join(out, file));
      expect(text, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`);
      expect(text.indexOf('http-equiv="Content-Security-Policy"'), file).toBeLessThan(text.indexOf('<link'));
      for (const [, body] of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) expect(body, file).toBe('');
      expect(text, file).not.toMatch(/<style\b/);
      expect(text, file).not.toMatch(/<[a-z][^>]*\sstyle=/i);
      expect(text, file).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      for (const [, url] of text.matchAll(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)="([^"]*)"/g)) {
        expect(url, `${file}: ${url}`).not.toMatch(/^([a-z]+:|\/\/)/i);
      }
    }
  });

  it('describes a module: shown version, yanked and deprecated marks, links both ways, keys, integrity, install command', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    const page = await read(join(out, 'm/bandung/e-musrenbang.html'));
    // The newest stable, non-yanked version is shown, not the beta.
    expect(page).toMatch(/Versi yang ditampilkan<\/span>.*<span class="version">2\.1\.0<\/span>/);
    expect(page).toContain('<code id="install-cmd" class="install-cmd">gotong install @bandung/e-musrenbang</code>');
    expect(page).toContain('data-copy-target="install-cmd"');
    expect(page).toMatch(/<span class="version">1\.1\.0<\/span><\/th>\s*<td>.*<\/td>\s*<td><span class="badge badge-yanked">/);
    // The publisher's reason is shown next to the mark, as text.
    expect(page).toContain('<span class="yank-reason">Kode wilayah Kubu Raya (61.12) salah &lt;b&gt;terbaca&lt;/b&gt;; gunakan 2.x</span>');
    expect(page).toContain('<a href="../../m/bandung/ui-kit.html">@bandung/ui-kit</a> <code>^2.0.0</code>');
    expect(page).toContain('<a href="../../m/kuburaya/portal-layanan.html">@kuburaya/portal-layanan</a>');
    expect(page).toContain(BANDUNG_KEYS[1]);
    expect(page).toMatch(/sha512-[A-Za-z0-9+/]+=*/);
    expect(page).toContain('<a class="wrap-anywhere" href="https://gitlab.bandung.go.id/diskominfo/e-musrenbang" rel="nofollow noopener noreferrer">');
    expect(page).toContain('<p class="i-id lead" lang="id">Aplikasi musyawarah perencanaan pembangunan');
    expect(page).toContain('<p class="i-en lead" lang="en">Development planning deliberation app');
    expect(page).toContain('<h3>e-Musrenbang</h3>');
    expect(page).toContain('<span class="i-id">14 Februari 2023</span><span class="i-en" lang="en">14 February 2023</span>');

    const uiKit = await read(join(out, 'm/bandung/ui-kit.html'));
    expect(uiKit).toContain('Pakai 2.x: tema 1.x tidak memenuhi kontras WCAG.');
    const usedBy = uiKit.slice(uiKit.indexOf('id="dependents-h"'), uiKit.indexOf('id="versions-h"'));
    expect([...usedBy.matchAll(/<li><a href="[^"]+">(@[^<]+)<\/a>/g)].map((m) => m[1])).toEqual([
      '@bandung/e-musrenbang', '@bandung/sabilulungan', '@kuburaya/portal-layanan', '@kuburaya/tamu-jahat',
    ]);

    const yanked = await read(join(out, 'm/bandung/command-center-dashboard.html'));
    expect(yanked).toContain('Semua versi modul ini telah ditarik.');
    expect(yanked).toContain('@jakarta/peta-dasar</span> <span class="muted">(<span class="i-id">tidak ada di registry ini</span>');
    expect(yanked).toContain('git+ssh://git@gitlab.bandung.go.id/diskominfo/command-center.git</code> <span class="muted">');
    expect(await read(join(out, 'm/bandung/sabilulungan.html'))).toContain('<span class="badge badge-deprecated">');
  });

  it('shows each version\'s provenance in the history: commit linked on known hosts, CI run, dirty tree, key, reproduced-by', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    const page = await read(join(out, 'm/bandung/e-musrenbang.html'));
    const table = page.slice(page.indexOf('<section aria-labelledby="versions-h">'));
    const row = (version: string) => {
      const start = table.indexOf(`<span class="version">${version}</span>`);
      return table.slice(table.lastIndexOf('<tr', start), table.indexOf('</tr>', start));
    };
    expect(table).toContain('<th scope="col"><span class="i-id">Commit sumber</span><span class="i-en" lang="en">Source commit</span></th>');
    // GitLab's commit page, from the recorded address without .git, showing the commit's first 12 characters.
    const gitlab = row('2.1.0');
    expect(gitlab).toMatch(/<a href="https:\/\/gitlab\.bandung\.go\.id\/diskominfo\/e-musrenbang\/-\/commit\/([0-9a-f]{12})[0-9a-f]{28}" rel="nofollow noopener noreferrer"><code>\1…<\/code><\/a>/);
    expect(gitlab).toContain('<a class="ci-system" href="https://gitlab.bandung.go.id/diskominfo/e-musrenbang/-/jobs/4711" rel="nofollow noopener noreferrer">gitlab-ci</a>');
    expect(gitlab).toContain('<span class="muted"><span class="i-id">belum ada</span><span class="i-en" lang="en">none yet</span></span>');
    // The publisher key, short, linked to the city's key list.
    expect(gitlab).toContain(`<a href="../../ns/bandung.html#key-${BANDUNG_KEYS[0]}"><code class="key">${BANDUNG_KEYS[0].slice(0, 12)}…</code></a>`);
    expect(await read(join(out, 'ns/bandung.html'))).toContain(`<li id="key-${BANDUNG_KEYS[0]}">`);
    // GitHub's, with the module folder; a tree that differed from its commit is marked.
    const github = row('3.0.0-beta.1');
    expect(github).toMatch(/href="https:\/\/github\.com\/pemkot-bandung\/e-musrenbang\/commit\/[0-9a-f]{40}"/);
    expect(github).toContain('<span class="i-id">folder apps/musrenbang</span>');
    expect(github).toContain('href="https://github.com/pemkot-bandung/e-musrenbang/actions/runs/9001"');
    expect(row('2.0.0')).toContain('<span class="badge badge-dirty" title="Diterbitkan dengan --allow-dirty');
    expect(row('2.1.0')).not.toContain('badge-dirty');
    // A version published before provenance was recorded says so.
    expect(row('1.0.0')).toContain('<span class="i-id">tidak tercatat</span>');
  });

  it('keeps hostile provenance inert: a javascript: repository and a CI run with quotes never become live markup', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    for (const file of ['m/kuburaya/tamu-jahat.html', 'ns/kuburaya/history.html']) {
      const page = await read(join(out, file));
      const start = page.indexOf('<table class="versions">');
      const table = page.slice(start, page.indexOf('</table>', start));
      expect(table, file).toContain('<code class="wrap-anywhere">&quot;&gt;&lt;script&gt;window.__pwned=&quot;commit&quot;&lt;/script&gt;</code><br><span class="muted wrap-anywhere">javascript:alert(1)</span>');
      expect(table, file).not.toMatch(/<(script|img|b)\b/i);
      expect(table, file).not.toMatch(/<[^>]*\son[a-z]+=/i);
      expect(table, file).not.toContain('javascript:alert(1)"');
      // The CI address is http(s), so it is a link: its double quotes are percent-encoded, its single quotes escaped.
      const hrefs = [...table.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.filter((h) => !h.startsWith('../../')), file).toEqual(['https://ci.kuburayakab.go.id/run/1%22%20onmouseover=%22window.__pwned=&#39;ci&#39;']);
      expect(table, file).toContain('&lt;img src=x onerror=alert(1)&gt;</a>');
    }
  });

  it('writes a version history page per city, newest first, in both languages, linked from the city page', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    expect(await read(join(out, 'ns/bandung.html'))).toContain('<a href="../ns/bandung/history.html"><span class="i-id">Riwayat semua versi yang diterbitkan</span><span class="i-en" lang="en">History of every version published</span></a>');
    const page = await read(join(out, 'ns/bandung/history.html'));
    expect(page).toContain('<h1><span class="i-id">Riwayat versi Diskominfo Kota Bandung</span><span class="i-en" lang="en">Version history of Diskominfo Kota Bandung</span> <span class="h1-sub">@bandung</span></h1>');
    expect(page).toContain('<title>Riwayat versi Diskominfo Kota Bandung (@bandung) · jabar-kalbar</title>');
    expect(page).toContain('data-title-en="Version history of Diskominfo Kota Bandung (@bandung) · jabar-kalbar"');
    expect(page).toContain('<link rel="stylesheet" href="../../assets/catalog.css">');
    const rows = [...page.matchAll(/<td><a href="\.\.\/\.\.\/m\/bandung\/([^"]+)\.html">@bandung\/[^<]+<\/a><\/td><th scope="row"><span class="version">([^<]+)<\/span>/g)].map((m) => `${m[1]}@${m[2]}`);
    const published = catalogFixture().modules.filter((m) => m.namespace === 'bandung').reduce((n, m) => n + Object.keys(m.index.versions).length, 0);
    expect(rows.length).toBe(published);
    expect(rows.slice(0, 4)).toEqual(['e-musrenbang@3.0.0-beta.1', 'command-center-dashboard@0.1.0', 'e-musrenbang@2.1.0', 'sso-asn@1.2.1']);
    expect(rows.at(-1)).toBe('sabilulungan@0.9.0');
    expect(page).toMatch(/href="https:\/\/gitlab\.bandung\.go\.id\/diskominfo\/e-musrenbang\/-\/commit\/[0-9a-f]{40}"/);
    expect(page).toContain('<span class="badge badge-yanked">');
    expect(page).toContain(`href="../../ns/bandung.html#key-${BANDUNG_KEYS[1]}"`);
  });

  it('lists a city with its keys and modules, and the list of cities', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    const kuburaya = await read(join(out, 'ns/kuburaya.html'));
    expect(kuburaya).toContain('Diskominfo Kabupaten Kubu Raya <span class="h1-sub">@kuburaya</span>');
    expect(kuburaya).toContain(KUBURAYA_KEYS[0]);
    expect(kuburaya).toContain('<span class="i-id">1 dari 1 kunci</span>');
    expect(kuburaya).toContain('href="../m/kuburaya/portal-layanan.html"');
    expect(kuburaya).toContain('href="../index.html#ns=kuburaya"');
    const cities = await read(join(out, 'cities.html'));
    expect(cities).toContain('<a href="ns/bandung.html">Diskominfo Kota Bandung</a>');
  });

  it('keeps the home page small and puts the module list in the search data', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    const home = await read(join(out, 'index.html'));
    expect(home).toContain('<dd id="stat-modules">8</dd>');
    expect(home).toContain('<dd id="stat-versions">21</dd>');
    expect(home).toContain('<dd id="stat-cities"><a href="cities.html">2</a></dd>');
    expect(home).not.toContain('e-musrenbang');
    const data = loadSearchData(await read(join(out, 'assets/search-data.js')));
    expect(data.ns).toEqual([['bandung', 'Diskominfo Kota Bandung'], ['kuburaya', 'Diskominfo Kabupaten Kubu Raya']]);
    const row = data.m.find((r) => r[1] === 'e-musrenbang');
    expect(row).toBeDefined();
    expect(row!.slice(0, 4)).toEqual([0, 'e-musrenbang', '2.1.0', '2024-05-02']);
    expect(data.v).toBe(2);
    expect(row![7].map((i) => data.cat[i])).toEqual(['perencanaan']);
    expect(data.catName[row![7][0]]).toEqual(['Perencanaan', 'Planning']);
    // A category outside gotong's list and the standard's has no names: it is shown as given.
    expect(data.catName[data.cat.indexOf('smart-city')]).toBe(0);
    expect(data.type[row![8]]).toBe('app');

    const json = JSON.parse(await read(join(out, 'catalog.json')));
    expect(json).toMatchObject({ format: 'gotong-catalog', formatVersion: 1, counts: { modules: 8, versions: 21, namespaces: 2 } });
    const portal = json.modules.find((m: { name: string }) => m.name === '@kuburaya/portal-layanan');
    expect(portal.dependencies).toEqual({
      '@bandung/e-musrenbang': '^2.1.0', '@bandung/ref-kode-wilayah': '^2024.1.0', '@bandung/sso-asn': '^1.2.0', '@bandung/ui-kit': '^2.1.0',
    });
    expect(json.modules.find((m: { name: string }) => m.name === '@kuburaya/tamu-jahat').repository).toBeNull();
  });

  it('shows the publiccode.yml fields of the version a page describes, by their names in both languages', async () => {
    const out = join(dir, 'site');
    await buildCatalog(await withPubliccode(catalogFixture()), out);
    const page = await read(join(out, 'm/bandung/e-musrenbang.html'));
    const section = page.slice(page.indexOf('<section aria-labelledby="publiccode-h">'), page.indexOf('<section aria-labelledby="readme-h">'));
    expect(section).toContain('<h2 id="publiccode-h"><code>publiccode.yml</code></h2>');
    expect(section).toContain('versi 2.1.0');
    const facts = Object.fromEntries([...section.matchAll(/<dt><span class="i-id">([^<]+)<\/span>.*?<\/dt><dd>(.*?)<\/dd>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')]));
    expect(facts).toEqual({
      'Status pengembangan': '|Stabil|Stable|',
      'Jenis perangkat lunak': '|Aplikasi web mandiri|Standalone web app|',
      'Kategori': '|Kewargaan digital|Digital citizenship|, |Manajemen alur kerja|Workflow management|, |Pengumpulan data|Data collection|',
      'Platform': '|Web|Web|',
      'Negara sasaran': '|Indonesia|Indonesia|',
      'Bidang sasaran': '|Pemerintah daerah|Local authorities|, |Kemasyarakatan|Society|',
      'Pemeliharaan': '|Dirawat sendiri (internal)|Maintained in-house|',
      'Kontak pemeliharaan': '|Rina Kartika| · |rina.kartika@bandung.go.id| · |Diskominfo Kota Bandung|',
      'Lokalisasi': '|Siap diterjemahkan|Ready for translation|; |bahasa tersedia:|available languages:| |Indonesia|Indonesian|, |Inggris|English|',
      'Versi standar': '|0.4|',
    });
    expect(section).toContain('<a class="wrap-anywhere" href="mailto:rina.kartika@bandung.go.id">');
    expect(section).toContain('<a href="../../c/digital-citizenship.html">');
    // Only where the shown version has the file.
    expect(await read(join(out, 'm/bandung/ui-kit.html'))).not.toContain('publiccode-h');

    // A module is found under its gotong.json category and its publiccode.yml categories.
    const category = await read(join(out, 'c/digital-citizenship.html'));
    expect(category).toContain('<h1><span class="i-id">Kewargaan digital</span><span class="i-en" lang="en">Digital citizenship</span> <span class="h1-sub">digital-citizenship</span></h1>');
    expect(category).toContain('href="../m/bandung/e-musrenbang.html"');
    expect(category).toContain('href="../index.html#cat=digital-citizenship"');
    const list = await read(join(out, 'categories.html'));
    expect(list).toContain('<a href="c/perencanaan.html"><span class="i-id">Perencanaan</span><span class="i-en" lang="en">Planning</span></a>');
    const data = loadSearchData(await read(join(out, 'assets/search-data.js')));
    const row = data.m.find((r) => r[1] === 'e-musrenbang')!;
    expect(row[7].map((i) => data.cat[i])).toEqual(['perencanaan', 'digital-citizenship', 'workflow-management', 'data-collection']);
    const json = JSON.parse(await read(join(out, 'catalog.json')));
    const entry = json.modules.find((m: { name: string }) => m.name === '@bandung/e-musrenbang');
    expect(entry.categories).toEqual(['perencanaan', 'digital-citizenship', 'workflow-management', 'data-collection']);
    expect(entry.publiccode).toMatchObject({ developmentStatus: 'stable', maintenanceType: 'internal', contacts: [{ name: 'Rina Kartika', email: 'rina.kartika@bandung.go.id' }] });
  });

  it('renders hostile publiccode.yml fields as text: no markup, no script URL, mailto only for plain addresses', async () => {
    const out = join(dir, 'site');
    await buildCatalog(await withPubliccode(catalogFixture()), out);
    const page = await read(join(out, 'm/kuburaya/tamu-jahat.html'));
    const section = page.slice(page.indexOf('<section aria-labelledby="publiccode-h">'), page.indexOf('<section aria-labelledby="readme-h">'));
    expect(section).toContain('&lt;script&gt;window.__pwned=&quot;pc-contact&quot;&lt;/script&gt;PC-CONTACT-MARKER');
    expect(section).not.toMatch(/<(script|img|svg|iframe|style|b)\b/i);
    expect(section).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect([...section.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['../../c/budgeting.html', 'mailto:kontak@kuburayakab.go.id']);
    expect(section).toContain('<code class="wrap-anywhere">javascript:window.__pwned=&quot;pc-website&quot;</code>');
    // A category that is no file name gets no page and no link.
    expect(await files(out)).not.toContain('c/passwd.html');
    expect(await read(join(out, 'categories.html'))).toContain('<li>../../../etc/passwd <span class="muted">');
  });

  it('opens in the language gotong runs in, and keeps both languages in every page', async () => {
    expect(catalogLanguage({ GOTONG_LANG: 'en', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(catalogLanguage({ LC_ALL: 'id_ID.UTF-8' })).toBe('id');
    const en = join(dir, 'en');
    await buildCatalog(catalogFixture(), en, undefined, { language: catalogLanguage({ GOTONG_LANG: 'en' }) });
    const home = await read(join(en, 'index.html'));
    expect(home).toMatch(/^<!doctype html>\n<html lang="en" data-lang="en" /);
    expect(home).toContain('<title>Module catalog · jabar-kalbar</title>');
    expect(home).toContain('placeholder="name, description, keyword" data-id-placeholder="nama, deskripsi, kata kunci"');
    expect(home).toContain('<option value="deprecated" data-id-text="Usang" data-en-text="Deprecated">Deprecated</option>');
    expect(home).toContain('<span class="i-id">Cari modul</span><span class="i-en" lang="en">Search modules</span>');
    expect(await read(join(en, 'm/bandung/e-musrenbang.html'))).toContain('aria-label="Copy the install command"');
    const id = join(dir, 'id');
    await buildCatalog(catalogFixture(), id, undefined, { language: catalogLanguage({ GOTONG_LANG: 'id' }) });
    expect(await read(join(id, 'index.html'))).toMatch(/^<!doctype html>\n<html lang="id" data-lang="id" /);
    expect(await read(join(id, 'cities.html'))).toContain('<title>Kota &amp; kabupaten · jabar-kalbar</title>');
  });

  it('writes a 404 page in both languages that links home and names no address', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    const page = await read(join(out, '404.html'));
    expect(page).toContain('<h1><span class="i-id">Halaman tidak ditemukan</span><span class="i-en" lang="en">Page not found</span></h1>');
    expect(page).toContain('<a href="index.html"><span class="i-id">Kembali ke beranda katalog</span>');
    expect(page).toContain('<link rel="stylesheet" href="assets/catalog.css">');
    expect(page).toContain('data-page="not-found"');
  });

  it('names every category gotong maps publiccode.yml categories to', () => {
    for (const [, gotong] of categoryPairs()) expect(nameOf('category', gotong), gotong).toBeDefined();
    expect(nameOf('category', 'it-development')).toEqual({ id: 'Pengembangan TI', en: 'IT development' });
    expect(nameOf('category', 'constructor')).toBeUndefined();
  });

  it('replaces an earlier catalog, so pages of modules that left the registry go away', async () => {
    const out = join(dir, 'site');
    await buildCatalog(catalogFixture(), out);
    await buildCatalog(catalogFixture({ hostile: false }), out);
    expect((await files(out)).filter((f) => f.startsWith('m/kuburaya/'))).toEqual(['m/kuburaya/portal-layanan.html']);
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('builds into an empty folder but refuses a folder or file it did not make', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    await buildCatalog(catalogFixture(), empty);
    expect((await stat(join(empty, 'index.html'))).isFile()).toBe(true);

    const foreign = join(dir, 'docs');
    await mkdir(foreign);
    await writeFile(join(foreign, 'laporan.docx'), 'penting');
    const error = await buildCatalog(catalogFixture(), foreign).catch((e: unknown) => e);
    expect(isGotongError(error, 'GOTONG_E_USAGE')).toBe(true);
    expect(await readdir(foreign)).toEqual(['laporan.docx']);

    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    expect(isGotongError(await buildCatalog(catalogFixture(), file).catch((e: unknown) => e), 'GOTONG_E_USAGE')).toBe(true);
  });

  it('leaves out, with a warning, modules whose names cannot be safe paths', async () => {
    const input = catalogFixture({ hostile: false });
    const good = input.modules[0].index;
    input.modules.push(
      { namespace: 'bandung', index: { ...good, name: '@bandung/../../../etc/x' }, readme: null },
      { namespace: 'bandung', index: { ...good, name: '@kuburaya/menyamar' }, readme: null },
      { namespace: 'bandung', index: { ...good, name: '@bandung/Huruf_Besar' }, readme: null },
      { namespace: 'bandung', index: { ...good, name: '@bandung/e-musrenbang' }, readme: null },
      { namespace: 'bandung', index: { ...good, name: '@bandung/kosong', versions: {} }, readme: null },
    );
    const out = join(dir, 'site');
    const reporter = new MemoryReporter();
    const result = await buildCatalog(input, out, reporter);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'invalid-name', 'other-namespace', 'invalid-name', 'listed-twice', 'no-versions',
    ]);
    expect(reporter.ofType('warn').map((w) => w.code)).toEqual(Array(5).fill('GOTONG_W_CATALOG_MODULE_SKIPPED'));
    expect(result.modules).toBe(7);
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('does not fail on odd index values from a publisher', async () => {
    const input = catalogFixture({ hostile: false });
    const v = input.modules[0].index.versions['2.1.0'] as unknown as Record<string, unknown>;
    Object.assign(v, { integrity: { x: 1 }, publishedAt: 'kemarin', keywords: 'bukan-daftar', description: 42, dependencies: { '@bandung/ui-kit': 7 } });
    await buildCatalog(input, join(dir, 'site'));
    const page = await read(join(dir, 'site/m/bandung/e-musrenbang.html'));
    expect(page).toContain('kemarin');
  });

  it('is deterministic and handles a synthetic registry', async () => {
    const input = syntheticCatalogInput(7, 300, 4);
    const a = await buildCatalog(input, join(dir, 'a'));
    const b = await buildCatalog(syntheticCatalogInput(7, 300, 4), join(dir, 'b'));
    const view = prepareCatalog(input);
    // Modules, cities and their history pages, home, cities list, command centre, categories list, 404 and a page per category.
    expect(a).toMatchObject({ modules: 300, versions: 1200, pages: 300 + 17 * 2 + 5 + view.categories.filter((c) => c.path).length });
    expect(view.modules.filter((m) => m.publiccode).length).toBeGreaterThan(100);
    expect(b.totalBytes).toBe(a.totalBytes);
    for (const f of ['index.html', 'assets/search-data.js', 'catalog.json', 'm/bandung/' + (await readdir(join(dir, 'a/m/bandung')))[0]]) {
      expect(await read(join(dir, 'b', f)), f).toBe(await read(join(dir, 'a', f)));
    }
    const dependents = view.modules.reduce((n, m) => n + m.dependents.length, 0);
    const dependencies = view.modules.filter((m) => !m.allYanked).reduce((n, m) => n + m.dependencies.filter((d) => d.target).length, 0);
    expect(dependents).toBe(dependencies);
  });
});

describe('shownVersionOf', () => {
  it('prefers the newest stable non-yanked version, then a pre-release, then anything', () => {
    expect(shownVersionOf({ '1.0.0': { yanked: false }, '2.0.0': { yanked: true }, '2.1.0-beta.1': { yanked: false }, '1.10.0': { yanked: false } })).toBe('1.10.0');
    expect(shownVersionOf({ '1.0.0': { yanked: true }, '2.0.0-rc.1': { yanked: false } })).toBe('2.0.0-rc.1');
    expect(shownVersionOf({ '1.0.0': { yanked: true }, '1.1.0': { yanked: true } })).toBe('1.1.0');
    expect(shownVersionOf({})).toBeUndefined();
  });
});
