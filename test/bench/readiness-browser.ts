/**
 * Migration readiness in Chromium, as visitors get it: serves dist/ (run `npm run build` first), opens the tool page,
 * and measures PostgreSQL ready in the page's worker (download and start) on a first visit, then again in a new tab
 * once its files are in the browser's cache, then each corpus file and a generated 1 MB schema from "Analyse" to the
 * report on screen, and the peak memory of the tab (VmHWM of Chromium's renderer, Linux).
 * Run: npm run bench:readiness:browser
 * Writes test/artifacts/bench/readiness-browser.json. Timings, so never part of `npm test`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser.ts';
import { corpusDir, corpusFiles } from '../harness/corpus.ts';
import { serveDirectory } from '../harness/static-server.ts';
import { descendantPeaks, megabytes } from './process-memory.ts';
import { generatedOracleSchema } from './readiness.ts';

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

const metric = (page: Page, key: string) =>
  page.locator(`[data-tool="migration-readiness"] [data-metric="${key}"]`).first().getAttribute('data-value');

/** Pastes a script, presses Analyse and waits for the report it produces; returns the wall time. */
async function analyse(page: Page, script: string): Promise<number> {
  const previous = await page
    .locator('.mr-report')
    .getAttribute('data-report')
    .catch(() => null);
  // Pasting 1 MB through the keyboard would measure typing: set the value and fire the input event instead.
  await page.locator('textarea[name="script"]').evaluate((element, text) => {
    const textarea = element as HTMLTextAreaElement;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, script);
  await page.waitForFunction(
    () => document.querySelector('[data-metric="detectedDialect"]')?.getAttribute('data-value') !== '',
  );
  const started = performance.now();
  await page.getByRole('button', { name: 'Analyse in PostgreSQL' }).click();
  await page.waitForFunction(
    (before) => {
      const report = document.querySelector('.mr-report');
      return report !== null && report.getAttribute('data-report') !== before;
    },
    previous,
    { timeout: 300_000, polling: 50 },
  );
  return performance.now() - started;
}

/** Opens the tool in a new tab and runs a one-table script: PostgreSQL ready (download and start) and first report. */
async function openAndWarmUp(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; readyMs: number; firstMs: number }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => !document.querySelector('astro-island')?.hasAttribute('ssr'));
  const firstMs = await analyse(page, 'CREATE TABLE warm_up (id NUMBER(10) PRIMARY KEY, name VARCHAR2(30));');
  return { page, readyMs: Number(await metric(page, 'engineStartMs')), firstMs };
}

async function main() {
  const site = await serveDirectory('dist');
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const url = `${site.url}/tools/migration-readiness/`;
  const chromium = browser.version();
  const first = await openAndWarmUp(context, url);
  await first.page.close();
  // A new tab in the same context: a new worker, PGlite's files from the HTTP cache.
  const cached = await openAndWarmUp(context, url);
  const page = cached.page;
  const engineStartMs = first.readyMs;
  const firstMs = first.firstMs;
  console.log(
    `Chromium ${chromium}: PostgreSQL ready in the worker, first visit ${ms(first.readyMs)} (first report ${ms(first.firstMs)}); ` +
      `files cached ${ms(cached.readyMs)} (first report ${ms(cached.firstMs)})`,
  );

  const rows: {
    file: string;
    objects: number;
    score: number;
    hours: number;
    level: string;
    pageMs: number;
    analysisMs: number;
  }[] = [];
  const dir = corpusDir();
  if (!dir) console.log('Schema corpus not found ($BREAKEVEN_SCHEMAS, ../shared/corpus/schemas): corpus rows skipped.');
  const inputs: [string, string][] = [];
  for (const [folder, file, path] of dir ? corpusFiles(dir) : [])
    inputs.push([`${folder}/${file}`, await readFile(path, 'utf8')]);
  inputs.push(['generated Oracle schema, 1 MB', generatedOracleSchema(1_000_000)]);
  for (const [file, script] of inputs) {
    const pageMs = await analyse(page, script);
    rows.push({
      file,
      objects: Number(await metric(page, 'objects')),
      score: Number(await metric(page, 'score')),
      hours: Number(await metric(page, 'hours')),
      level: (await metric(page, 'level')) ?? '',
      pageMs: Math.round(pageMs),
      analysisMs: Number(await metric(page, 'analysisMs')),
    });
  }
  const header = ['file', 'objects', 'score', 'hours', 'level', 'in the worker', 'click to report'];
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows)
    console.log(
      `| ${row.file} | ${row.objects} | ${row.score} | ${row.hours} | ${row.level} | ${ms(row.analysisMs)} | ${ms(row.pageMs)} |`,
    );
  const peaks = [...descendantPeaks().values()];
  const tabPeakBytes = Math.max(0, ...peaks);
  const browserPeakBytes = peaks.reduce((a, b) => a + b, 0);
  console.log(
    `\nPeak memory (VmHWM): the tab's renderer ${megabytes(tabPeakBytes)}; all Chromium processes together at most ${megabytes(browserPeakBytes)}`,
  );
  await mkdir('test/artifacts/bench', { recursive: true });
  await writeFile(
    'test/artifacts/bench/readiness-browser.json',
    JSON.stringify(
      {
        chromium,
        engineStartMs,
        firstMs: Math.round(firstMs),
        cachedEngineStartMs: cached.readyMs,
        cachedFirstMs: Math.round(cached.firstMs),
        tabPeakBytes,
        browserPeakBytes,
        rows,
      },
      null,
      2,
    ),
  );
  await browser.close();
  await site.close();
}

await main();
