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

  it('reports heavy engines (a PGlite chunk, the readiness worker, a tokenizer worker) outside the budget, with all they load', async () => {
    const report = await measurePage(dist, resolve(dist, 'tool/index.html'));
    // details-dep.js is shared with an ordinary lazy chunk, so it stays in the budget. The workers are referenced
    // the way Vite writes them in a build (new URL(`/_astro/…`, `` + import.meta.url)). dist-engine.js is a chunk
    // only the readiness worker loads; the tokenizer worker loads an encoding, which imports the shared core: all heavy.
    expect(report.heavyChunks.sort()).toEqual([
      '_astro/GptEncoding-Ef56.js',
      '_astro/dist-engine.js',
      '_astro/o200k_base-Cd34.js',
      '_astro/pglite-engine.js',
      '_astro/pglite-wasm-glue.js',
      '_astro/readiness-worker.js',
      '_astro/tokenizer-worker-Ab12.js',
    ]);
    expect(report.heavyGzip).toBeGreaterThan(0);
  });
});

describe('isHeavyEngine', () => {
  it.each([
    ['_astro/pglite-engine.Bx12.js', true],
    ['_astro/readiness-worker-BU__Evij.js', true],
    ['_astro/MigrationReadiness.Dep8M7R2.js', false],
    ['_astro/tokenizer-worker-DHV2FxoN.js', true],
    ['_astro/o200k_base-DMm6JWKf.js', true],
    ['_astro/cl100k_base-BRMMPQ2o.js', true],
    // Only the worker and the encodings match: their shared core is heavy through them, never by name.
    ['_astro/GptEncoding-COlLvdoQ.js', false],
    ['_astro/worker-DHV2FxoN.js', false],
    ['_astro/PromptTokenCounter.F83DUvsz.js', false],
    ['_astro/TokenizerDemo.js', false],
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
    passesSignals: false,
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
      'a simple tool within its lower budget',
      { page: '/tools/reserved-instance-roi/', ...tool(budgets.simpleToolPageJsGzip - 100, 100) },
      null,
    ],
    [
      'a simple tool over its lower budget',
      { page: '/embed/oracle-to-postgres-savings/', ...tool(budgets.simpleToolPageJsGzip, 1) },
      /budget 27\.0 KB/,
    ],
    [
      'an AI tool over its budget',
      { page: '/embed/prompt-token-counter/', ...tool(budgets.aiToolPageJsGzip, 1) },
      /budget 38\.0 KB/,
    ],
    [
      'an AI tool within its budget',
      { page: '/tools/ai-coding-assistant-roi/', ...tool(budgets.aiToolPageJsGzip - 1, 1) },
      null,
    ],
    [
      'another tool between the two budgets',
      { page: '/tools/llm-feature-cost/', ...tool(budgets.simpleToolPageJsGzip + 1, 0) },
      null,
    ],
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
    ['an island given Preact signals (their runtime is stubbed out)', { passesSignals: true }, /signals/],
    ['heavy HTML', { htmlGzip: budgets.htmlGzip + 1 }, /HTML is/],
    ['heavy CSS', { cssGzip: budgets.cssGzip + 1 }, /CSS is/],
  ])('%s', (_, change, expected) => {
    const problems = violations({ ...base, ...change });
    if (expected) expect(problems.join('\n')).toMatch(expected);
    else expect(problems).toEqual([]);
  });
});
