import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { keyPages } from './pages';
import { useBrowser } from './support';

const browser = useBrowser();
const outDir = 'test/artifacts/screenshots';
const widths = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 390, height: 844 },
] as const;
const schemes = ['light', 'dark'] as const;

const shots = keyPages.flatMap((page) =>
  widths.flatMap((size) => schemes.map((scheme) => ({ ...page, size, scheme }))),
);

describe('screenshots (saved for people to look at, in test/artifacts/screenshots)', () => {
  it.each(shots)('$name at $size.label, $scheme', async ({ name, path, size, scheme, ready }) => {
    await mkdir(outDir, { recursive: true });
    const { page } = await browser.open(path, {
      colorScheme: scheme,
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 1,
    });
    if (ready) await page.locator(ready).first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    const file = `${outDir}/${name}-${size.label}-${scheme}.png`;
    const image = await page.screenshot({ path: file, fullPage: true });
    expect(image.byteLength).toBeGreaterThan(1000);
    await page.context().close();
  });
});
