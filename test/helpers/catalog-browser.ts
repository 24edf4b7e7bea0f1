// Drives Debian's Chromium through playwright-core for the catalog tests.
// `npx playwright install` cannot run here (no downloads), so the tests use
// /usr/bin/chromium and skip, saying why, when it is missing.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const SKIP_REASON = `skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Everything a page did that a test may want to forbid. */
export interface PageLog {
  requests: string[];
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export function recordPage(page: Page): PageLog {
  const log: PageLog = { requests: [], dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  return log;
}
