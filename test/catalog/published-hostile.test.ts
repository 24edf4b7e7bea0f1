// The whole path for untrusted text: a partner publishes a module whose README
// and description attack the page, the catalog is built with the CLI from the
// verified registry, and Chromium opens the module page: nothing runs and
// nothing is fetched.
import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { makeRegistry } from '../helpers/registry.js';
import { hasChromium, launchChromium, recordPage, SKIP_REASON } from '../helpers/catalog-browser.js';

const HOSTILE_README = [
  '# Modul jahat',
  '',
  '<script>window.__pwned = "script"</script>',
  '<img src="http://198.51.100.7/x.png" onerror="window.__pwned = \'onerror\'">',
  '[klik](javascript:window.__pwned=\'link\')',
  '[data](data:text/html,<script>window.__pwned=1</script>)',
  '<svg><script>window.__pwned = "svg"</script></svg>',
  '<iframe src="http://198.51.100.7/"></iframe>',
  '<style>body { display: none }</style>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '![pelacak](http://198.51.100.7/pixel.gif)',
  '',
  'Teks biasa tetap terbaca.',
].join('\n');

describe.skipIf(!hasChromium)(`a hostile module published into a real registry ${hasChromium ? '' : SKIP_REASON}`, () => {
  let world: TestWorld;
  let browser: Browser;
  let pageFile = '';

  beforeAll(async () => {
    world = makeWorld();
    const registry = await makeRegistry(world);
    await writeModule(
      world.path('mod/jahat'),
      { name: '@kuburaya/modul-jahat', version: '1.0.0', description: { id: '<img src=x onerror="window.__pwned=\'desc\'">', en: '<script>window.__pwned="en"</script>' }, keywords: ['<b>x</b>'] },
      { 'README.md': HOSTILE_README },
    );
    await registry.publishDir(world.path('mod/jahat'), 'kuburaya');
    const built = await gotong(['catalog', 'build', '--registry', 'nusantara', '--out', world.path('site'), '--json'], { cwd: world.root, env: world.env });
    expect(built.json.ok).toBe(true);
    pageFile = world.path('site', 'm', 'kuburaya', 'modul-jahat.html');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await world.cleanup();
  });

  it('renders the hostile README and description as inert text, from file://', async () => {
    const html = await fs.readFile(pageFile, 'utf8');
    // `gotong catalog build` ran under GOTONG_LANG=en (vitest.config.ts), so the pages open in English.
    expect(html).toMatch(/<html lang="en" data-lang="en" /);
    expect(html).not.toMatch(/<script>window\.__pwned/);
    expect(html).not.toMatch(/<iframe/i);
    const page = await browser.newPage();
    const log = recordPage(page);
    await page.goto(pathToFileURL(pageFile).toString());
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(log.dialogs).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    const pageUrl = pathToFileURL(pageFile).toString();
    const outside = log.requests.filter((url) => !url.startsWith('file://'));
    expect(outside).toEqual([]);
    expect(log.requests).toContain(pageUrl);
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(await page.getByText('Teks biasa tetap terbaca.').isVisible()).toBe(true);
    await page.close();
  });
});
