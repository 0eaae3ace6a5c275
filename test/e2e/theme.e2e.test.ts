import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support';

const browser = useBrowser();

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(15, 19, 23)';

describe('themes', () => {
  it.each([
    ['light', LIGHT_BG],
    ['dark', DARK_BG],
  ] as const)('follows a %s system preference when the visitor has not chosen', async (scheme, expected) => {
    const { page } = await browser.open('/', { colorScheme: scheme });
    expect(await bodyBackground(page)).toBe(expected);
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe(String(scheme === 'dark'));
    await page.context().close();
  });

  it('toggles, and the choice survives a reload and a visit to another page', async () => {
    const { page } = await browser.open('/', { colorScheme: 'light' });
    await page.click('[data-theme-toggle]');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await page.reload();
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await page.goto(new URL('/about/', page.url()).href);
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await page.click('[data-theme-toggle]');
    await page.reload();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    await page.context().close();
  });

  it('applies a stored choice before the body exists, so the wrong theme never paints', async () => {
    const { page } = await browser.open('/', { colorScheme: 'light' });
    await page.evaluate(() => localStorage.setItem('breakeven-theme', 'dark'));
    await page.addInitScript(() => {
      const seen = window as unknown as { themeAtBody?: string | null };
      new MutationObserver((_, observer) => {
        if (document.body) {
          seen.themeAtBody = document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    await page.context().close();
  });
});
