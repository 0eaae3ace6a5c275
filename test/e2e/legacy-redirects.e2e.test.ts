/**
 * The owner's old addresses keep working: every tool alias, every site-page alias that can be a page, and the old
 * address of every imported article first published on an owner host lead to our page through a static redirect
 * page (meta refresh, canonical, noindex), which the sitemap leaves out. Walks the fixture feeds' articles always,
 * and the real corpus's when BREAKEVEN_FEEDS points at it (as .ci/run does).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadReportFile } from '../../src/lib/feeds/astro-loader';
import type { LoadReport } from '../../src/lib/feeds/loader';
import { httpHostOf, isOwnerHost } from '../../src/lib/owner-links/owner-hosts';
import { redirectPath } from '../../src/lib/owner-links/redirects';
import { sitePages } from '../../src/lib/site-pages';
import { site } from '../../src/site.config';
import { tools } from '../../src/tools/registry';
import { pathOf, sitemapUrls } from '../harness/sitemap';
import { baseUrl, useBrowser } from './support';

const dist = inject('distDir');
/** `build.ts --fixtures` adds the fixture feeds' host to the owner's (BREAKEVEN_OWNER_HOSTS). */
const ownerHosts = [...site.owner.hosts, 'notes.example.com'];
const report = JSON.parse(await readFile(loadReportFile, 'utf8')) as LoadReport;
const readsCorpus = report.feeds.some((feed) => !feed.error && /corpus[\\/]feeds/.test(feed.location));

/** The redirect a built page makes, or undefined when it is a page of its own. */
async function redirectAt(path: string): Promise<{ to: string; canonical?: string; noindex: boolean } | undefined> {
  const response = await fetch(new URL(path, baseUrl()));
  expect(response.status, path).toBe(200);
  const html = await response.text();
  const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
  if (!to) return undefined;
  return {
    to,
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
    noindex: /<meta name="robots" content="noindex"/.test(html),
  };
}

/** Every imported article's slug and the address it was first published at (from its built page). */
async function articleOrigins(): Promise<{ slug: string; origin: string }[]> {
  const dir = join(dist, 'articles');
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => entry.name);
  const pages = await Promise.all(
    slugs.map(async (slug) => {
      const html = await readFile(join(dir, slug, 'index.html'), 'utf8');
      return { slug, origin: /<p class="article-origin"[\s\S]*?<a href="([^"]+)"/.exec(html)?.[1] };
    }),
  );
  return pages.flatMap(({ slug, origin }) => (origin ? [{ slug, origin: origin.replace(/&amp;/g, '&') }] : []));
}

describe('old addresses', () => {
  const aliases = tools.flatMap((tool) => tool.aliases.map((alias) => ({ id: tool.id, alias })));

  it.each(aliases)('tool alias $alias leads to /tools/$id/', async ({ id, alias }) => {
    const path = redirectPath(alias)!;
    const redirect = await redirectAt(path);
    if (path === `/tools/${id}/`) return expect(redirect).toBeUndefined(); // the alias is the tool's own page
    expect(redirect).toEqual({
      to: `/tools/${id}/`,
      canonical: new URL(`/tools/${id}/`, site.url).href,
      noindex: true,
    });
  });

  it('site-page aliases that can be pages lead to our page', async () => {
    const walked = sitePages.flatMap((page) =>
      page.aliases.map((alias) => ({ path: redirectPath(alias), to: page.path })),
    );
    const redirects = walked.filter((entry) => entry.path && entry.path !== entry.to);
    expect(redirects.length).toBeGreaterThan(3);
    for (const { path, to } of redirects) expect((await redirectAt(path!))?.to, path).toBe(to);
  });

  it('every article first published on an owner host is reachable at its old address', async () => {
    const owned = (await articleOrigins()).filter(({ origin }) => isOwnerHost(httpHostOf(origin), ownerHosts));
    expect(owned.length).toBeGreaterThanOrEqual(4); // the fixture feed's notes.example.com articles
    if (readsCorpus) expect(owned.some(({ origin }) => httpHostOf(origin) === 'rajivonai.com')).toBe(true);
    let redirected = 0;
    for (const { slug, origin } of owned) {
      const path = redirectPath(origin);
      if (!path || path === `/articles/${slug}/`) continue;
      expect((await redirectAt(path))?.to, path).toBe(`/articles/${slug}/`);
      redirected++;
    }
    expect(redirected).toBeGreaterThan(0);
  });

  it('are left out of the sitemap', async () => {
    const listed = new Set((await sitemapUrls(dist)).map(pathOf));
    const paths = aliases.map(({ alias }) => redirectPath(alias)!);
    for (const path of paths) if ((await redirectAt(path)) !== undefined) expect(listed.has(path), path).toBe(false);
    expect(listed.has('/tools/reserved-instance-roi/')).toBe(true);
  });
});

describe('a redirect page in a browser', () => {
  const browser = useBrowser();

  it('takes the visitor to our page', async () => {
    const { page, log } = await browser.open('/tools/reserved-instance-roi-calculator/');
    await page.waitForURL(/\/tools\/reserved-instance-roi\/$/);
    expect(await page.locator('h1').textContent()).toContain('Reserved');
    expect(log.external).toEqual([]);
    await page.context().close();
  });
});
