import { describe, expect, it } from 'vitest';
import { keyPages, pagesWithoutTools } from './pages';
import { baseUrl, useBrowser } from './support';

const browser = useBrowser();

describe('every key page', () => {
  it.each(keyPages)('$name ($path) makes no third-party request and logs no error', async ({ path, name }) => {
    const { page, log } = await browser.open(path);
    expect(log.external).toEqual([]);
    expect(log.errors.filter((error) => !(name === 'not-found' && /404/.test(error)))).toEqual([]);
    await page.context().close();
  });

  it.each(keyPages)('$name fits a 360 px phone without sideways scrolling', async ({ path }) => {
    const { page } = await browser.open(path, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it.each(keyPages)('$name has a title, a description, a canonical URL and social cards', async ({ path }) => {
    const { page } = await browser.open(path);
    const meta = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
      twitterCard: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      h1: document.querySelectorAll('h1').length,
      feed: document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
    }));
    expect(meta.title.length).toBeGreaterThan(5);
    expect(meta.description?.length).toBeGreaterThanOrEqual(50);
    expect(meta.canonical).toMatch(/^https?:\/\//);
    expect(meta.ogImage).toMatch(/^https?:\/\/.+\.png$/);
    expect(meta.twitterCard).toBe('summary_large_image');
    expect(meta.h1).toBe(1);
    expect(meta.feed).toBe('/rss.xml');
    await page.context().close();
  });

  it.each(pagesWithoutTools)('$name loads no JavaScript file', async ({ path }) => {
    const { page, log } = await browser.open(path);
    expect(log.scripts).toEqual([]);
    await page.context().close();
  });
});

describe('navigation', () => {
  it('marks the current section in the header', async () => {
    const { page } = await browser.open('/tools/');
    const current = await page.locator('.site-nav a[aria-current="page"]').allTextContents();
    expect(current.map((text) => text.trim())).toEqual(['Tools']);
    await page.context().close();
  });

  it('offers a skip link as the first stop of the keyboard, and it moves focus to the content', async () => {
    const { page } = await browser.open('/about/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('shows the 404 page with status 404 for an unknown address', async () => {
    const response = await fetch(new URL('/definitely/not/here/', baseUrl()));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This page is not here.');
  });

  it('lists the tools of the registry on the home page', async () => {
    const { page } = await browser.open('/');
    const { tools } = await import('../../src/tools/registry');
    // Tool cards link to /tools/<id>/; the cost review's cards (same look) link to /review/.
    const cards = await page.locator('.tool-card a[href^="/tools/"]').count();
    expect(cards).toBe(tools.length);
    if (tools.length === 0) await expect(page.getByText('No tools are published yet').count()).resolves.toBe(1);
    await page.context().close();
  });
});
