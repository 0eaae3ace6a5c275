import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets, isHeavyEngine, measurePage, violations, type PageReport } from '../../harness/budgets';

const dist = resolve('test/fixtures/budget-dist');

describe('measurePage', () => {
  it('counts nothing but the theme script on a page without a tool', async () => {
    const report = await measurePage(dist, resolve(dist, 'index.html'));
    expect(report.holdsTool).toBe(false);
    expect(report.jsFiles).toEqual([]);
    expect(report.lazyChunks).toEqual([]);
    expect(report.inlineScriptGzip).toBeGreaterThan(0);
    expect(report.cssGzip).toBeGreaterThan(0);
  });

  it('follows static imports from islands for the initial load', async () => {
    const report = await measurePage(dist, resolve(dist, 'tool/index.html'));
    expect(report.holdsTool).toBe(true);
    expect(report.jsFiles.sort()).toEqual([
      '_astro/Tool.js',
      '_astro/client.js',
      '_astro/preact.js',
      '_astro/shared.js',
    ]);
  });

  it('counts lazy chunks, their imports and what they load in turn, in the total', async () => {
    const report = await measurePage(dist, resolve(dist, 'tool/index.html'));
    expect(report.lazyChunks.sort()).toEqual(['_astro/details-dep.js', '_astro/details-more.js', '_astro/details.js']);
    expect(report.lazyGzip).toBeGreaterThan(0);
    expect(report.totalJsGzip).toBe(report.jsGzip + report.lazyGzip);
  });

  it('reports heavy engines (a PGlite chunk, a tokenizer worker, the readiness worker) outside the budget, with their own imports', async () => {
    const report = await measurePage(dist, resolve(dist, 'tool/index.html'));
    // details-dep.js is shared with an ordinary lazy chunk, so it stays in the budget.
    // readiness-worker.js is referenced the way the minified build writes it: new URL(`…`, ``+import.meta.url).
    // dist-engine.js is a chunk only that worker loads: heavy too, whatever its name.
    expect(report.heavyChunks.sort()).toEqual([
      '_astro/dist-engine.js',
      '_astro/pglite-engine.js',
      '_astro/pglite-wasm-glue.js',
      '_astro/readiness-worker.js',
      '_astro/tokenizer.worker.js',
    ]);
    expect(report.heavyGzip).toBeGreaterThan(0);
  });
});

describe('isHeavyEngine', () => {
  it.each([
    ['_astro/pglite-engine.Bx12.js', true],
    ['_astro/tokenizer.worker.Q9.js', true],
    ['_astro/tiktoken-o200k.js', true],
    ['_astro/readiness-worker-BU__Evij.js', true],
    ['_astro/worker-BU__Evij.js', false],
    ['_astro/MigrationReadiness.Dep8M7R2.js', false],
    ['_astro/LineChart.Ab3.js', false],
    ['_astro/pages.js', false],
  ])('%s → %s', (file, expected) => {
    expect(isHeavyEngine(file)).toBe(expected);
  });
});

describe('violations', () => {
  const base: PageReport = {
    page: '/x/',
    holdsTool: false,
    htmlGzip: 1000,
    cssGzip: 1000,
    jsFiles: [],
    jsGzip: 0,
    inlineScriptGzip: 400,
    lazyChunks: [],
    lazyGzip: 0,
    totalJsGzip: 0,
    heavyChunks: [],
    heavyGzip: 0,
  };
  const tool = (initial: number, lazy: number, heavy = 0): Partial<PageReport> => ({
    holdsTool: true,
    jsGzip: initial,
    lazyGzip: lazy,
    totalJsGzip: initial + lazy,
    heavyGzip: heavy,
  });

  it.each<[string, Partial<PageReport>, RegExp | null]>([
    ['a page within every budget', {}, null],
    ['a page without a tool that loads a script', { jsFiles: ['_astro/a.js'] }, /holds no tool but loads JavaScript/],
    ['an oversized inline script', { inlineScriptGzip: budgets.themeScriptGzip + 1 }, /inlines/],
    ['a tool page over the budget before any action', tool(budgets.toolPageJsGzip + 1, 0), /can load .* of JavaScript/],
    ['a tool page whose lazy chunks push it over', tool(budgets.toolPageJsGzip - 100, 101), /initial \+ .* lazy/],
    ['a tool page at the budget exactly', tool(budgets.toolPageJsGzip - 100, 100), null],
    ['a tool page with a large heavy engine', tool(20_000, 10_000, 5_000_000), null],
    [
      'the search page loading its client within its allowance',
      { page: '/search/', jsFiles: ['_astro/search.js'], jsGzip: budgets.searchPageJsGzip },
      null,
    ],
    [
      'the search page over its allowance',
      { page: '/search/', jsFiles: ['_astro/search.js'], jsGzip: budgets.searchPageJsGzip + 1 },
      /its allowance is/,
    ],
    ['any other page loading the search client', { page: '/tags/', jsFiles: ['_astro/search.js'] }, /holds no tool/],
    ['heavy HTML', { htmlGzip: budgets.htmlGzip + 1 }, /HTML is/],
    ['heavy CSS', { cssGzip: budgets.cssGzip + 1 }, /CSS is/],
  ])('%s', (_, change, expected) => {
    const problems = violations({ ...base, ...change });
    if (expected) expect(problems.join('\n')).toMatch(expected);
    else expect(problems).toEqual([]);
  });
});
