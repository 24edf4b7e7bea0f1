// The command-centre page on a video wall, in real Chromium: at 1920x1080 and
// 3840x2160 the operator finds Kubu Raya's e-musrenbang cell marked affected
// (by symbol, text and colour), 20 cities x 30 modules fit without scrolling,
// the page passes the catalog's keyboard and labelling checks, reads without
// JavaScript, and redraws itself from command-centre.json when the catalog is
// rebuilt under a running server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { startCatalogServer, type CatalogServer } from '../../src/catalog/serve.js';
import { syntheticAdoption, syntheticCatalogInput } from '../../src/catalog/synthetic.js';
import { hasChromium, launchChromium, recordPage, SKIP_REASON, type PageLog } from '../helpers/catalog-browser.js';
import { catalogFixture } from '../helpers/catalog-fixture.js';

const suite = hasChromium ? describe : describe.skip;
const SCREENS = [{ width: 1920, height: 1080 }, { width: 3840, height: 2160 }];

suite(`command-centre page in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let dir: string;
  let catalogDir: string;
  let wallUrl: string;
  let server: CatalogServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gotong-cc-browser-'));
    catalogDir = join(dir, 'catalog');
    await buildCatalog(catalogFixture(), catalogDir);
    // A wall of 20 cities x 30 modules, opened from file://.
    const wall = syntheticCatalogInput(3, 30, 3);
    wall.adoption = syntheticAdoption(wall, 3, 20, 6);
    await buildCatalog(wall, join(dir, 'wall'));
    wallUrl = pathToFileURL(join(dir, 'wall', 'command-centre.html')).href;
    server = await startCatalogServer({ catalogDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(url: string, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<{ page: Page; log: PageLog }> {
    const context = await browser.newContext({ viewport, colorScheme: 'light', javaScriptEnabled });
    contexts.push(context);
    const page = await context.newPage();
    const log = recordPage(page);
    await page.goto(url);
    await page.waitForLoadState('load');
    return { page, log };
  }

  /** The cell of a module's row in a city's column, found as an operator would: by the headers. */
  async function cellOf(page: Page, module: string, city: string) {
    const column = await page.locator('#cc-matrix thead tr').first().locator('th').evaluateAll((ths, name) => ths.findIndex((th) => th.getAttribute('data-city') === name), city);
    expect(column, city).toBeGreaterThan(0);
    return page.locator(`#cc-matrix tbody tr[data-module="${module}"] > *`).nth(column);
  }

  /** What a cell shows on screen: each version's symbol and number, without the screen-reader text. */
  const shown = (cell: Awaited<ReturnType<typeof cellOf>>) =>
    cell.evaluate((td) => [...td.querySelectorAll('.cc-v')].map((v) => [...v.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('')).join(' '));

  for (const screen of SCREENS) {
    it(`shows Kubu Raya's affected e-musrenbang cell marked at ${screen.width}x${screen.height}`, async () => {
      const { page, log } = await open(new URL('command-centre.html', server.url).href, screen);
      const cell = await cellOf(page, '@bandung/e-musrenbang', 'kuburaya');
      expect(await cell.getAttribute('data-status')).toBe('affected');
      expect(await shown(cell)).toBe('⚠\uFE0E2.0.0');
      expect(await cell.innerText()).toContain('terdampak BDG-2024-001');
      expect(await cell.innerText()).not.toContain('affected');
      const box = (await cell.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
      const [cellBg, bodyBg, rootPx] = await cell.evaluate((td) => [getComputedStyle(td).backgroundColor, getComputedStyle(document.body).backgroundColor, parseFloat(getComputedStyle(document.documentElement).fontSize)] as const);
      expect(cellBg).not.toBe(bodyBg);
      // Readable from a distance: the text grows with the screen (about 16px at 1920 wide).
      expect(rootPx).toBeGreaterThanOrEqual(15 * (screen.width / 1920));
      expect(await shown(await cellOf(page, '@bandung/e-musrenbang', 'pontianak'))).toBe('✕1.1.0');
      expect(await page.locator('tr[data-module="@bandung/e-musrenbang"] .cc-notify').innerText()).toContain('kuburaya, pontianak');
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    });
  }

  it('fits 20 cities x 30 modules on both screens without scrolling', async () => {
    for (const screen of SCREENS) {
      const { page } = await open(wallUrl, screen);
      expect(await page.locator('#cc-matrix thead tr').first().locator('th[data-city]').count()).toBe(20);
      expect(await page.locator('#cc-matrix tbody tr').count()).toBe(30);
      expect(await page.locator('#cc-matrix.cc-dense').count()).toBe(0);
      const fit = await page.evaluate(() => {
        const table = document.getElementById('cc-matrix')!.getBoundingClientRect();
        return { right: table.right, bottom: table.bottom, scrollWidth: document.documentElement.scrollWidth };
      });
      const label = `${screen.width}x${screen.height}`;
      expect(fit.scrollWidth, label).toBeLessThanOrEqual(screen.width);
      expect(fit.right, label).toBeLessThanOrEqual(screen.width);
      expect(fit.bottom, label).toBeLessThanOrEqual(screen.height);
    }
  });

  it('passes the catalog checks: skip link, visible focus, one heading, labelled regions and headers', async () => {
    const { page } = await open(new URL('command-centre.html', server.url).href, SCREENS[0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.focus('.cc-scroll');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.cc-scroll').getAttribute('aria-label')).toBeTruthy();
    expect(await page.locator('#cc-matrix th:not([scope])').count()).toBe(0);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button')].filter((c) => !(c as HTMLElement).hidden && !c.getAttribute('aria-label') && !c.textContent?.trim()).length);
    expect(unlabelled).toBe(0);
  });

  it('reads without JavaScript', async () => {
    const { page } = await open(new URL('command-centre.html', server.url).href, SCREENS[0], false);
    const cell = await cellOf(page, '@bandung/e-musrenbang', 'kuburaya');
    expect(await shown(cell)).toBe('⚠\uFE0E2.0.0');
    expect(await page.locator('.cc-legend').innerText()).toContain('terdampak');
  });

  it('redraws itself from command-centre.json after the catalog is rebuilt, in either language', async () => {
    const { page, log } = await open(new URL('command-centre.html', server.url).href, SCREENS[0]);
    // Kubu Raya moved to the fixed version and reported again.
    const input = catalogFixture();
    input.registry.generatedAt = '2024-05-10T10:30:00Z';
    input.adoption!.records[0] = { ...input.adoption!.records[0], reportedAt: '2024-05-10T10:00:00Z', modules: { ...input.adoption!.records[0].modules, '@bandung/e-musrenbang': '2.1.0' } };
    await buildCatalog(input, catalogDir);
    await page.evaluate(() => document.dispatchEvent(new Event('gotong:refresh')));
    await expect.poll(() => page.locator('#cc-refresh').textContent()).toMatch(/^Diperbarui otomatis /);
    const cell = await cellOf(page, '@bandung/e-musrenbang', 'kuburaya');
    expect(await cell.getAttribute('data-status')).toBe('current');
    expect(await shown(cell)).toBe('✓2.1.0');
    expect(await page.locator('tr[data-module="@bandung/e-musrenbang"] .cc-notify').innerText()).toBe('⚠\uFE0Epontianak');
    expect(await page.locator('#cc-n-affected').innerText()).toBe('0');

    await page.click('#lang-switch');
    await expect.poll(() => page.locator('#cc-refresh').textContent()).toMatch(/^Refreshed automatically at /);
    expect(await page.locator('.cc-legend').innerText()).toContain('affected');
    expect(await (await cellOf(page, '@bandung/e-musrenbang', 'pontianak')).textContent()).toContain('yanked');

    await page.evaluate(() => document.dispatchEvent(new Event('gotong:refresh')));
    await expect.poll(() => page.locator('#cc-refresh').textContent()).toMatch(/^Checked automatically at /);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
  });

  it('redraws the denser table beyond 20 cities the same way', async () => {
    const denseDir = join(dir, 'dense');
    const input = syntheticCatalogInput(4, 12, 3);
    input.adoption = syntheticAdoption(input, 4, 24, 4);
    await buildCatalog(input, denseDir);
    const dense = await startCatalogServer({ catalogDir: denseDir });
    try {
      const { page, log } = await open(new URL('command-centre.html', dense.url).href, SCREENS[0]);
      const before = await page.locator('#cc-matrix tbody').innerHTML();
      expect(await page.locator('#cc-matrix.cc-dense').count()).toBe(1);
      input.registry.generatedAt = '2025-01-01T01:00:00.000Z';
      await buildCatalog(input, denseDir);
      await page.evaluate(() => document.dispatchEvent(new Event('gotong:refresh')));
      await expect.poll(() => page.locator('#cc-refresh').textContent()).toMatch(/^Diperbarui otomatis /);
      // The same data drawn by the script: the same cells, marks and links as the built page
      // (which carries both languages where the script writes the one shown).
      const oneLanguage = (markup: string) => markup.replace(/<span class="i-id">([^<]*)<\/span><span class="i-en" lang="en">[^<]*<\/span>/g, '$1');
      expect(await page.locator('#cc-matrix tbody').innerHTML()).toBe(oneLanguage(before));
      expect(log.pageErrors).toEqual([]);
    } finally {
      await dense.close();
    }
  });
});
