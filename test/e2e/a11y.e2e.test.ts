import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { coveringSample, markupSignatures } from '../harness/markup-sample';
import { pathOf, sitemapUrls, templateSample } from '../harness/sitemap';
import { baseUrl, mapLimit, useBrowser } from './support';

const browser = useBrowser();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Pages the sitemap leaves out on purpose but visitors still reach. */
const unlistedPages = ['/no-such-page/'];

interface Finding {
  path: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function audit(paths: string[], colorScheme: 'light' | 'dark'): Promise<Finding[]> {
  const context = await browser.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  // Four pages in flight on two cores: page loads and the test runner's round trips overlap the axe work.
  const findings = await mapLimit(paths, 4, async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
      const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      return result.violations.map((violation) => ({
        path,
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
    } finally {
      await page.close();
    }
  });
  await context.close();
  return findings.flat();
}

/**
 * Tag and category listings are one template filled with article titles and links (which the article pages already
 * carry): two of each are audited, like the dark pass.
 */
const listingTemplates = /^\/(tags|categories)\/[^/]+\//;

/**
 * Articles are one template filled with feed content: the light pass opens the fewest articles that together hold
 * every form of markup any article has (test/harness/markup-sample.ts), about 25 of 350 on the shared corpus, instead
 * of all of them (16 of CI's 27 minutes). `BREAKEVEN_A11Y=all` audits every page, for a change to the feed cleaner.
 */
const articleTemplate = /^\/articles\/[^/]+\/$/;

/** The articles whose markup covers every article's, read from the built HTML. */
async function articleSample(paths: string[]): Promise<string[]> {
  if (process.env.BREAKEVEN_A11Y === 'all') return paths;
  const dist = inject('distDir');
  const pages = new Map<string, Set<string>>();
  for (const path of paths) pages.set(path, markupSignatures(await readFile(join(dist, path, 'index.html'), 'utf8')));
  return coveringSample(pages);
}

describe('accessibility (axe, WCAG 2.x A and AA)', async () => {
  const all = [...(await sitemapUrls(inject('distDir'))).map(pathOf), ...unlistedPages];
  const articles = all.filter((path) => articleTemplate.test(path));
  const sampledArticles = await articleSample(articles);
  const paths = [
    ...all.filter((path) => !listingTemplates.test(path) && !articleTemplate.test(path)),
    ...templateSample(all.filter((path) => listingTemplates.test(path))),
    ...sampledArticles,
  ];

  it(
    `every sitemap page has zero violations in the light theme (${paths.length} pages, ${sampledArticles.length} articles covering the markup of all ${articles.length})`,
    async () => {
      const findings = await audit(paths, 'light');
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    },
    30 * 60_000,
  );

  it(
    'every page template has zero violations in the dark theme',
    async () => {
      const findings = await audit(templateSample(all), 'dark');
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    },
    10 * 60_000,
  );
});
