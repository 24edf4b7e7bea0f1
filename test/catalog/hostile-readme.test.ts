// Issue 3's proof: a module from another organisation with a hostile README
// and hostile manifest fields, opened in real Chromium over HTTP (from
// startCatalogServer) and from file://. Nothing may run, nothing may be
// fetched from anywhere but the page's own origin, the page must stay visible,
// and the hostile text must be there to read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { startCatalogServer, type CatalogServer } from '../../src/catalog/serve.js';
import { hasChromium, launchChromium, recordPage, SKIP_REASON } from '../helpers/catalog-browser.js';
import { catalogFixture } from '../helpers/catalog-fixture.js';

const suite = hasChromium ? describe : describe.skip;

suite(`hostile module in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let dir: string;
  let catalogDir: string;
  let server: CatalogServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gotong-hostile-'));
    catalogDir = join(dir, 'catalog');
    await buildCatalog(catalogFixture({ hostile: true }), catalogDir);
    server = await startCatalogServer({ catalogDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens a page, pokes at it the way a reader would, and returns what happened. */
  async function visit(base: string, path: string, poke: (page: Page) => Promise<void> = async () => undefined) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const log = recordPage(page);
      await page.goto(new URL(path, base).href, { waitUntil: 'load' });
      await poke(page);
      // Move over and focus everything, so hover and focus handlers would fire if any existed.
      await page.mouse.move(10, 10);
      for (let y = 0; y < 3000; y += 150) await page.mouse.move(640, y % 900);
      await page.evaluate(() => document.querySelectorAll('*').forEach((el) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        bodyDisplay: getComputedStyle(document.body).display,
        bodyVisibility: getComputedStyle(document.body).visibility,
        h1Visible: (document.querySelector('h1')?.getBoundingClientRect().height ?? 0) > 0,
        fixedOrOverlay: [...document.querySelectorAll('main *')].filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position)).length,
        dangerous: [...document.querySelectorAll('iframe, frame, object, embed, img, svg, style, form, input:not(#q), base, link:not([href$="catalog.css"]):not([href$="icon.svg"]), meta[http-equiv="refresh"]')].map((el) => el.outerHTML.slice(0, 80)),
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        inlineHandlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        styled: [...document.querySelectorAll('[style]')].length,
        badLinks: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href).filter((href) => !/^(https?:|mailto:|file:)/.test(href)),
        url: location.href,
      }));
      return { log, state };
    } finally {
      await context.close();
    }
  }

  for (const transport of ['http', 'file'] as const) {
    it(`renders the hostile module page inert (${transport})`, async () => {
      const base = transport === 'http' ? server.url : pathToFileURL(catalogDir + '/').href;
      const origin = transport === 'http' ? server.url : base;
      let visibleTexts: string[] = [];
      const { log, state } = await visit(base, 'm/kuburaya/tamu-jahat.html', async (page) => {
        const texts = [
          'HOSTILE-VISIBLE-MARKER',
          "<script>window.__pwned = 'script'; alert('script')</script>",
          '<img src=x onerror="window.__pwned=\'img\'; alert(\'img\')">',
          "[klik saya](javascript:window.__pwned='js-link';alert(1))",
          'OVERLAY-TEXT',
          '<style>body { display: none !important; } * { visibility: hidden; }</style>',
          'javascript:alert(document.domain)',
        ];
        visibleTexts = [];
        for (const text of texts) if (await page.getByText(text, { exact: false }).first().isVisible()) visibleTexts.push(text);
        // The one remote image is offered as a link, not loaded.
        expect(await page.locator('.readme a.md-image').getAttribute('href')).toBe('https://attacker.example/pixel.gif');
      });
      expect(log.dialogs).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
      expect(state.pwned).toBeUndefined();
      expect(state.bodyDisplay).not.toBe('none');
      expect(state.bodyVisibility).toBe('visible');
      expect(state.h1Visible).toBe(true);
      expect(state.fixedOrOverlay).toBe(0);
      expect(state.dangerous).toEqual([]);
      expect(state.scripts).toEqual(['../../assets/catalog.js']);
      expect(state.inlineHandlers).toEqual([]);
      expect(state.styled).toBe(0);
      expect(state.badLinks).toEqual([]);
      expect(state.url).toBe(new URL('m/kuburaya/tamu-jahat.html', base).href);
      expect(visibleTexts).toHaveLength(7);
    });

    it(`keeps hostile descriptions and provenance inert in the search list, on the city page and its history (${transport})`, async () => {
      const base = transport === 'http' ? server.url : pathToFileURL(catalogDir + '/').href;
      for (const path of ['index.html#q=tamu', 'ns/kuburaya.html', 'index.html?lang=en#q=tamu', 'ns/kuburaya/history.html']) {
        let listed = '';
        const { log, state } = await visit(base, path, async (page) => {
          if (path.startsWith('index')) await page.waitForFunction(() => document.querySelectorAll('#results li').length === 1);
          listed = await page.locator('main').innerText();
        });
        const shown = path.includes('history') ? '"><script>window.__pwned="commit"</script>' : path.includes('lang=en') ? '"><svg onload=alert(1)>' : '<script>window.__pwned="desc"</script>Deskripsi';
        expect(listed, path).toContain(shown);
        expect(log.dialogs, path).toEqual([]);
        expect(log.pageErrors, path).toEqual([]);
        expect(log.consoleErrors, path).toEqual([]);
        expect(log.requests.filter((u) => !u.startsWith(base)), path).toEqual([]);
        expect(state.pwned, path).toBeUndefined();
        expect(state.dangerous, path).toEqual([]);
        expect(state.inlineHandlers, path).toEqual([]);
        expect(state.badLinks, path).toEqual([]);
      }
    });
  }
});
