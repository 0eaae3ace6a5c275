/**
 * Checks over the built site against the feeds the build read (the loader's report lists them): every valid item
 * became exactly one page, no page carries a script from a feed, every code block is highlighted, every Mermaid
 * block is an SVG or a visible fallback, and /rss.xml parses back with every article. Runs on the fixture feeds
 * always, and on the real corpus when BREAKEVEN_FEEDS points at it (as .ci/run does).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadReportFile } from '../../src/lib/feeds/astro-loader';
import { canonicalLink, checkItem } from '../../src/lib/feeds/items';
import type { LoadReport } from '../../src/lib/feeds/loader';
import { parseFeedDocument, type RawFeedItem } from '../../src/lib/feeds/parse';

const dist = inject('distDir');
const report = JSON.parse(await readFile(loadReportFile, 'utf8')) as LoadReport;
const fileFeeds = report.feeds.filter((feed) => !feed.error && existsSync(feed.location));
const corpusFeeds = fileFeeds.filter((feed) => /corpus[\\/]feeds/.test(feed.location));

interface BuiltPage {
  slug: string;
  html: string;
  title: string;
  origin?: string;
  content: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

async function builtArticles(): Promise<BuiltPage[]> {
  const dir = join(dist, 'articles');
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name !== 'page')
    .map((e) => e.name);
  return Promise.all(
    slugs.map(async (slug) => {
      const html = await readFile(join(dir, slug, 'index.html'), 'utf8');
      const start = html.indexOf('<div class="prose" id="content"');
      const end = html.indexOf('<footer class="article-foot"', start);
      return {
        slug,
        html,
        title: decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''),
        origin: /<p class="article-origin"[\s\S]*?<a href="([^"]+)"/.exec(html)?.[1],
        content: html.slice(start, end),
      };
    }),
  );
}

/** Mermaid blocks in an item's raw HTML, the way any of the supported producers mark them. */
const mermaidBlocks = (html: string) =>
  (html.match(/<pre[^>]*data-language=["']?mermaid|<code[^>]*class=["'][^"']*language-mermaid/gi) ?? []).length;

const pages = await builtArticles();
const byOrigin = new Map<string, BuiltPage[]>();
for (const page of pages) {
  if (!page.origin) continue;
  const key = canonicalLink(decode(page.origin));
  byOrigin.set(key, [...(byOrigin.get(key) ?? []), page]);
}

/** Valid items per feed, in the build's feed order, without the ones an earlier feed (or item) already had. */
const seen = new Set<string>();
const itemsByFeed = new Map<string, RawFeedItem[]>();
for (const feed of fileFeeds) {
  const parsed = parseFeedDocument(await readFile(feed.location, 'utf8'), feed.location);
  const items: RawFeedItem[] = [];
  parsed.items.forEach((item, index) => {
    const check = checkItem(item, index);
    if (!check.ok) return;
    const keys = [check.item.guid, canonicalLink(check.item.link)];
    if (keys.some((key) => seen.has(key))) return;
    for (const key of keys) seen.add(key);
    items.push(item);
  });
  itemsByFeed.set(feed.location, items);
}

/** The page with attribute values emptied, so text like `alt="<script>"` is not mistaken for markup. */
const markupOnly = (html: string) => html.replace(/="[^"]*"/g, '=""');

function checkFeedPages(location: string) {
  it(`${location}: every valid item is exactly one page, highlighted, diagrams drawn, no feed script`, async () => {
    const problems: string[] = [];
    for (const item of itemsByFeed.get(location) ?? []) {
      const found = byOrigin.get(canonicalLink(item.link!)) ?? [];
      // Duplicates across feeds resolve to the first feed's copy: one page either way.
      if (found.length !== 1) {
        problems.push(`${item.guid ?? item.link}: ${found.length} pages`);
        continue;
      }
      const page = found[0]!;
      const markup = markupOnly(page.html);
      const scripts = [...markup.matchAll(/<script\b[^>]*>/g)];
      if (
        scripts.length !== 1 ||
        /\ssrc=/.test(scripts[0]![0]) ||
        markup.indexOf('<script') > markup.indexOf('</head>')
      ) {
        problems.push(`${page.slug}: unexpected script`);
      }
      if (
        /<script|<iframe|<object|<embed|<form|<style|<[a-z][^>]*\son[a-z]+=/i.test(markupOnly(page.content)) ||
        /(href|src)="\s*(javascript|data|vbscript):/i.test(page.content)
      ) {
        problems.push(`${page.slug}: active content from the feed`);
      }
      const pres = page.content.match(/<pre\b[^>]*>/g) ?? [];
      const plain = pres.filter((tag) => !/class="astro-code/.test(tag));
      if (plain.length) problems.push(`${page.slug}: ${plain.length} code blocks not highlighted`);
      const expected = mermaidBlocks(item.html ?? '');
      const drawn = (page.content.match(/<figure class="diagram"/g) ?? []).length;
      const fallbacks = (page.content.match(/<figure class="diagram-fallback"/g) ?? []).length;
      if (drawn + fallbacks !== expected)
        problems.push(`${page.slug}: ${expected} diagrams in the feed, ${drawn} drawn + ${fallbacks} shown as code`);
    }
    expect(problems).toEqual([]);
  });
}

describe('imported articles in the built site', () => {
  it('the build read at least one feed from disk', () => {
    expect(fileFeeds.length).toBeGreaterThan(0);
  });

  for (const feed of fileFeeds) checkFeedPages(feed.location);

  it('/rss.xml parses back with every article, by title', async () => {
    const feed = parseFeedDocument(await readFile(join(dist, 'rss.xml'), 'utf8'), 'our rss.xml');
    expect(feed.items.length).toBe(pages.length);
    expect(feed.items.map((item) => item.title).sort()).toEqual(pages.map((page) => page.title).sort());
    expect(feed.items.every((item) => (item.html ?? '').length > 0)).toBe(true);
  });

  it('/rss.xml carries no scripts or islands: a post’s tools become links to their pages with the post’s inputs', async () => {
    const feed = parseFeedDocument(await readFile(join(dist, 'rss.xml'), 'utf8'), 'our rss.xml');
    for (const item of feed.items) expect(item.html ?? '').not.toMatch(/<script|<astro-island|data-tool=|kit-frame/i);
    const post = feed.items.find((item) => item.title?.startsWith('Reserve later, migrate sooner'));
    // The RI preset equals the tool's defaults, so its link needs no query; the Oracle one sets the discount to 0.
    expect(post?.html).toMatch(/<a href="https?:\/\/[^"]+\/tools\/reserved-instance-roi\/">/);
    expect(post?.html).toMatch(/<a href="https?:\/\/[^"]+\/tools\/oracle-to-postgres-savings\/\?discount=0">/);
  });
});

describe.skipIf(corpusFeeds.length === 0)('the real corpus (../shared/corpus/feeds)', () => {
  it('was read in full: both feeds, no item skipped', () => {
    expect(corpusFeeds.map((feed) => feed.id).sort()).toEqual(['forem-umairabid', 'rajivonai']);
    for (const feed of corpusFeeds) expect(feed.skipped).toEqual([]);
  });

  it('drew its diagrams: at least 280 SVGs across the corpus articles', async () => {
    let drawn = 0;
    for (const page of pages) drawn += (page.content.match(/<figure class="diagram"/g) ?? []).length;
    expect(drawn).toBeGreaterThanOrEqual(280);
  });
});

if (corpusFeeds.length === 0) {
  console.warn(
    'Corpus checks skipped: the build did not read ../shared/corpus/feeds. Set BREAKEVEN_FEEDS to that folder ' +
      '(.ci/run does) to run them.',
  );
}
