/** Helpers for tool e2e tests: hydration, the figures a tool shows, its CSV. */
import { readFile } from 'node:fs/promises';
import type { Frame, Locator, Page } from 'playwright-core';

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute when it does). */
export async function hydrated(page: Page | Frame) {
  await page.waitForFunction(() => {
    const islands = [...document.querySelectorAll('astro-island')];
    return islands.length > 0 && islands.every((island) => !island.hasAttribute('ssr'));
  });
}

/** Every data-metric → data-value pair inside a tool. */
export function figures(tool: Locator): Promise<Record<string, string>> {
  return tool.evaluate((root) =>
    Object.fromEntries(
      [...root.querySelectorAll('[data-metric]')].map((element) => [
        element.getAttribute('data-metric')!,
        element.getAttribute('data-value') ?? '',
      ]),
    ),
  );
}

/** The raw value of the first element with this data-metric. */
export const value = (tool: Locator, metric: string) =>
  tool.locator(`[data-metric="${metric}"]`).first().getAttribute('data-value');

/** RFC 4180 enough for our own CSV: quoted cells with doubled quotes, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  return rows;
}

/** Clicks the tool's CSV button and reads the download: its file name and its text. */
export async function downloadCsv(page: Page, tool: Locator): Promise<{ filename: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tool.getByRole('button', { name: 'CSV' }).click(),
  ]);
  return { filename: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}
