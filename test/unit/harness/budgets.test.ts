import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets, measurePage, violations, type PageReport } from '../../harness/budgets';

const dist = resolve('test/fixtures/budget-dist');

describe('measurePage', () => {
  it('counts nothing but the theme script on a page without a tool', async () => {
    const report = await measurePage(dist, resolve(dist, 'index.html'));
    expect(report.holdsTool).toBe(false);
    expect(report.jsFiles).toEqual([]);
    expect(report.inlineScriptGzip).toBeGreaterThan(0);
    expect(report.cssGzip).toBeGreaterThan(0);
  });

  it('follows static imports from islands but leaves dynamic imports out', async () => {
    const report = await measurePage(dist, resolve(dist, 'tool/index.html'));
    expect(report.holdsTool).toBe(true);
    expect(report.jsFiles.sort()).toEqual([
      '_astro/Tool.js',
      '_astro/client.js',
      '_astro/preact.js',
      '_astro/shared.js',
    ]);
    expect(report.lazyChunks).toEqual(['_astro/engine.js']);
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
  };

  it.each<[string, Partial<PageReport>, RegExp | null]>([
    ['a page within every budget', {}, null],
    ['a page without a tool that loads a script', { jsFiles: ['_astro/a.js'] }, /holds no tool but loads JavaScript/],
    ['an oversized inline script', { inlineScriptGzip: budgets.themeScriptGzip + 1 }, /inlines/],
    [
      'a tool page over the JavaScript budget',
      { holdsTool: true, jsGzip: budgets.toolPageJsGzip + 1 },
      /of JavaScript/,
    ],
    ['a tool page at the budget exactly', { holdsTool: true, jsGzip: budgets.toolPageJsGzip }, null],
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
