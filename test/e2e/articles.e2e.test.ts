import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { toolForLink } from '../../src/lib/tool-kit/tool-links';
import { tools } from '../../src/tools/registry';
import { baseUrl, useBrowser } from './support';

const browser = useBrowser();

/** The imported fixture article (test/fixtures/feeds/site/breakeven-notes.rss.xml) with a table, code and a diagram. */
const showcase = '/articles/laddering-reserved-instances-a-worked-example/';
const hostile = '/articles/hostile-markup-script-window-xss-title-script-in-a-title/';

describe('the article listing', () => {
  it('lists articles newest first, each with date, category, reading time, title and summary', async () => {
    const { page } = await browser.open('/articles/');
    const items = await page.locator('.article-item').evaluateAll((nodes) =>
      nodes.map((node) => ({
        date: node.querySelector('time')?.getAttribute('datetime') ?? '',
        category: node.querySelector('.article-category')?.textContent?.trim() ?? '',
        reading: /\d+ min read/.test(node.textContent ?? ''),
        title: node.querySelector('.article-title a')?.textContent?.trim() ?? '',
        summary: node.querySelector('.article-summary')?.textContent?.trim() ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThanOrEqual(20);
    for (const item of items) {
      expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.category).not.toBe('');
      expect(item.reading).toBe(true);
      expect(item.title).not.toBe('');
      expect(item.summary.length).toBeGreaterThan(10);
    }
    const dates = items.map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.context().close();
  });

  it('links to further pages when there are more articles than fit one page', async () => {
    const { page } = await browser.open('/articles/');
    const total = Number(/(\d+) articles/.exec((await page.locator('.page-head p').textContent()) ?? '')?.[1]);
    const next = page.locator('.pagination a[rel="next"]');
    expect(await next.count()).toBe(total > 20 ? 1 : 0);
    if (total > 20) {
      await next.click();
      await page.waitForURL(/\/articles\/page\/2\/$/);
      expect(await page.locator('.article-item').count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('filters the page by category without a reload (%s)', async (_, javaScriptEnabled) => {
    const { page } = await browser.open('/articles/', { javaScriptEnabled });
    const url = page.url();
    const all = await page.locator('.article-item').count();
    const option = page.locator('.category-filter input[type="radio"]:not([value="all"])').first();
    const category = await option.getAttribute('value');
    await page.locator(`label[for="filter-${category}"]`).click();
    const visible = page.locator('.article-item:visible');
    const shown = await visible.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-category')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(new Set(shown)).toEqual(new Set([category]));
    const note = page.locator(`.filter-note[data-for="${category}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('a').getAttribute('href')).toBe(`/categories/${category}/`);
    expect(page.url()).toBe(url);
    await page.locator('label[for="filter-all"]').click();
    expect(await page.locator('.article-item:visible').count()).toBe(all);
    await page.context().close();
  });

  it('is reachable by keyboard: arrow keys move between categories', async () => {
    const { page } = await browser.open('/articles/');
    await page.locator('#filter-all').focus();
    await page.keyboard.press('ArrowRight');
    const checked = await page.locator('.category-filter input:checked').getAttribute('value');
    expect(checked).not.toBe('all');
    expect(
      new Set(
        await page.locator('.article-item:visible').evaluateAll((n) => n.map((x) => x.getAttribute('data-category'))),
      ),
    ).toEqual(new Set([checked]));
    await page.context().close();
  });
});

describe('category and tag pages', () => {
  it('serve every article of a category as plain links, no JavaScript needed', async () => {
    const { page, log } = await browser.open('/categories/databases/', { javaScriptEnabled: false });
    const categories = await page
      .locator('.article-item')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-category')));
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['databases']));
    expect(log.scripts).toEqual([]);
    await page.context().close();
  });

  it('offer a feed per tag, announced for autodiscovery', async () => {
    const { page } = await browser.open('/tags/cost/');
    const feeds = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(feeds).toEqual(['/rss.xml', '/tags/cost/rss.xml']);
    const response = await fetch(new URL('/tags/cost/rss.xml', baseUrl()));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Laddering reserved instances: a worked example</title>');
    await page.context().close();
  });
});

describe('an imported article', () => {
  it('has its table, highlighted code and diagram, and names where it was first published', async () => {
    const { page } = await browser.open(showcase, { colorScheme: 'dark' });
    const facts = await page.evaluate(() => {
      const content = document.querySelector('#content')!;
      const code = content.querySelector('pre.astro-code');
      const keyword = code?.querySelector('span[style*="--shiki-dark"]');
      const svg = content.querySelector('figure.diagram svg');
      return {
        tableInScroller: Boolean(content.querySelector('.table-scroll[role="region"][tabindex="0"] table')),
        tableRows: content.querySelectorAll('.table-scroll tbody tr').length,
        codeLanguage: code?.getAttribute('data-language'),
        keywordColor: keyword ? getComputedStyle(keyword).color : undefined,
        plainColor: code ? getComputedStyle(code).color : undefined,
        svgRole: svg?.getAttribute('role'),
        svgName: svg?.querySelector('title')?.textContent,
        svgText: [...(svg?.querySelectorAll('text') ?? [])].map((text) => text.textContent),
        lineStroke: svg?.querySelector('polyline')
          ? getComputedStyle(svg.querySelector('polyline')!).stroke
          : undefined,
        origin: document.querySelector('.article-origin a')?.getAttribute('href'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        toc: [...document.querySelectorAll('.toc a')].map((link) => link.getAttribute('href')),
        toolLink: [...content.querySelectorAll('a')]
          .find((a) => a.textContent === 'reserved instance calculator')
          ?.getAttribute('href'),
        articleLink: [...content.querySelectorAll('a')]
          .find((a) => a.textContent === 'why floors beat averages')
          ?.getAttribute('href'),
      };
    });
    expect(facts.tableInScroller).toBe(true);
    expect(facts.tableRows).toBe(3);
    expect(facts.codeLanguage).toBe('sql');
    expect(facts.keywordColor).toBeDefined();
    expect(facts.keywordColor).not.toBe(facts.plainColor);
    expect(facts.svgRole).toBe('img');
    expect(facts.svgName).toMatch(/^Flowchart: Measure the 30-day floor/);
    expect(facts.svgText).toContain('Buy one rung');
    expect(facts.lineStroke).not.toBe('none');
    expect(facts.origin).toBe('https://notes.example.com/blog/laddering-reserved-instances/');
    expect(facts.canonical).toBe(facts.origin);
    expect(facts.toc).toEqual([
      '#the-numbers',
      '#the-query-behind-the-floor',
      '#the-decision-each-month',
      '#what-can-go-wrong',
      '#summary',
    ]);
    // Links to the source's own articles land on our copy; a link to the source's tool lands on the tool of ours
    // that declares it as an alias, and stays on the source while no tool does.
    expect(facts.articleLink).toBe('/articles/why-floors-beat-averages/');
    const sourceTool = 'https://notes.example.com/tools/reserved-instance-roi-calculator/';
    const ours = toolForLink(sourceTool, tools);
    expect(facts.toolLink).toBe(ours ? `/tools/${ours.id}/` : sourceTool);
    await page.context().close();
  });

  it('lands a link to the owner’s tool from another author’s feed on ours, and marks an owner page we lack', async () => {
    const { page } = await browser.open('/articles/moving-a-time-series-table-to-range-partitions/');
    const content = page.locator('#content');
    const tool = content.getByRole('link', { name: "owner's reserved instance calculator" });
    expect(await tool.getAttribute('href')).toBe('/tools/reserved-instance-roi/');
    const missing = content.getByRole('link', { name: "owner's partitioning talk" });
    expect(await missing.getAttribute('href')).toBe('https://www.rajivonai.com/talks/partitioning-at-scale/');
    expect(await missing.getAttribute('data-owner-link')).toBe('missing');
    expect(await missing.getAttribute('rel')).toBe('external');
    // The visual cue: an arrow after the text says the link leaves the site.
    const after = await missing.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('↗');
    await tool.click();
    await page.waitForURL(/\/tools\/reserved-instance-roi\/$/);
    await page.context().close();
  });

  it('serves a feed image stored at build time (local image host), and keeps an image its host lost as a link', async () => {
    const { page, log } = await browser.open('/articles/charts-served-from-another-host/');
    const image = page.locator('#content img[alt="Monthly spend, as bars"]');
    const facts = await image.evaluate((img: HTMLImageElement) => ({
      src: img.getAttribute('src'),
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
      loading: img.getAttribute('loading'),
      naturalWidth: img.complete ? img.naturalWidth : -1,
    }));
    // Content-hashed name on our site; width and height read from the PNG header (48 × 24).
    expect(facts).toMatchObject({ width: '48', height: '24', loading: 'lazy' });
    expect(facts.src).toMatch(/^\/media\/feed\/[0-9a-f]{20}\.png$/);
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('#content img') as HTMLImageElement).naturalWidth > 0);
    const lost = page.locator('#content a.remote-image');
    expect(await lost.textContent()).toBe('Image: A chart that moved (on the original site)');
    expect(await lost.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gone\.png$/);
    expect(log.external).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('shows a diagram it cannot draw as visible source with a note', async () => {
    const { page } = await browser.open('/articles/a-pie-chart-the-renderer-does-not-draw/');
    const fallback = page.locator('#content figure.diagram-fallback');
    expect(await fallback.locator('pre.astro-code').textContent()).toContain('pie title Where the bill goes');
    expect(await fallback.locator('figcaption').isVisible()).toBe(true);
    await page.context().close();
  });

  it('runs none of the XSS vectors its feed carried', async () => {
    const { page, log } = await browser.open(hostile);
    const facts = await page.evaluate(() => {
      const content = document.querySelector('#content')!;
      const handlers = [...content.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((a) => a.name),
      );
      return {
        xss: (window as unknown as { __xss?: string }).__xss,
        scripts: document.querySelectorAll('script').length,
        dangerous: content.querySelectorAll(
          'script, style, iframe, object, embed, form, input:not([type="checkbox"]), button, link, meta, base',
        ).length,
        handlers,
        // Our own highlighted code and drawn diagrams carry styles we wrote; nothing else may.
        styles: content.querySelectorAll('[style]:not(.astro-code):not(.astro-code *):not(.diagram svg)').length,
        badUrls: [...content.querySelectorAll('[href], [src]')]
          .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
          .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
        text: content.textContent,
        title: document.querySelector('h1')?.textContent,
      };
    });
    expect(facts.xss).toBeUndefined();
    expect(facts.scripts).toBe(1); // the theme script, nothing from the feed
    expect(facts.dangerous).toBe(0);
    expect(facts.handlers).toEqual([]);
    expect(facts.styles).toBe(0);
    expect(facts.badUrls).toEqual([]);
    expect(facts.text).toContain('Plain text before the attacks survives.');
    expect(facts.text).toContain('Plain text after the attacks survives too.');
    expect(facts.title).toContain('<script>'); // shown as text, never parsed as markup
    expect(log.external).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

describe('search', () => {
  it('finds an article by a word in its text, offline, in the browser', async () => {
    const { page, log } = await browser.open('/search/');
    await page.fill('#search-input', 'laddering');
    const first = page.locator('.search-results li h2 a').first();
    await first.waitFor({ timeout: 15_000 });
    const titles = await page.locator('.search-results li h2 a').allTextContents();
    expect(titles).toContain('Laddering reserved instances: a worked example');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/match(es)? “laddering”/);
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect(log.external).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('shows results that pass axe in the %s theme', async (colorScheme) => {
    const { page } = await browser.open('/search/?q=laddering', { colorScheme });
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
    await page.context().close();
  });

  it('keeps the query in the address, so a search can be shared', async () => {
    const { page } = await browser.open('/search/?q=partition');
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    expect(await page.inputValue('#search-input')).toBe('partition');
    expect(await page.locator('.search-results li h2 a').allTextContents()).toContain(
      'Moving a time-series table to range partitions',
    );
    await page.context().close();
  });
});

describe('the site feed in a browser', () => {
  it('renders through its XSL stylesheet as a readable page', async () => {
    const { page } = await browser.open('/rss.xml');
    expect(await page.locator('h1').textContent()).toBe('Breakeven');
    expect(await page.locator('li h2 a').count()).toBeGreaterThan(3);
    await page.context().close();
  });
});
