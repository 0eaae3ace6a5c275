/** Shared e2e helpers: one browser per test file, pages that refuse and record any third-party request. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../harness/browser';

export const baseUrl = () => inject('baseUrl');

/** What a page did that a test may want to assert on. */
export interface PageLog {
  /** Requests to any origin other than the site (and the test's second origin): aborted and listed here. */
  external: string[];
  /** JavaScript files the page requested. */
  scripts: string[];
  /** console.error messages and uncaught exceptions. */
  errors: string[];
}

/** Launches Chromium before the file's tests and closes it after; `open` gives a fresh context per call. */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog }> {
    if (!browser) throw new Error('browser not started');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const log: PageLog = { external: [], scripts: [], errors: [] };
    const allowed = new Set([new URL(baseUrl()).origin, new URL(inject('otherOrigin')).origin]);
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || allowed.has(url.origin)) return route.continue();
      log.external.push(url.href);
      return route.abort();
    });
    page.on('request', (request) => {
      if (request.resourceType() === 'script') log.scripts.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(message.text());
    });
    page.on('pageerror', (error) => log.errors.push(error.message));
    await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
    return { page, log };
  }

  return {
    open,
    get browser(): Browser {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
  };
}

/** Runs `task` over `items` with at most `limit` running at once, keeping input order in the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
