import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FeedImageStore, feedImagePath, type ImageStoreOptions } from '../feed-images/store';
import { countLink, emptyLinkReport, formatLinkReport, type LinkReport } from '../owner-links/link-report';
import type { SitePage } from '../site-pages';
import type { ToolMeta } from '../tool-kit/tool-meta';
import { readFeedDocument, type FeedOrigin } from './fetch';
import { canonicalLink, checkItem, type ValidFeedItem } from './items';
import { internalTarget, rawHrefs, resolveHref, sourceHostsOf, type LinkContext } from './links';
import { NORMALIZER_VERSION, normalizeHtml, truncate, type NormalizedContent, type TocEntry } from './normalize';
import { parseFeedDocument, type ParsedFeed } from './parse';
import { assignSlugs, slugify } from './slug';
import { describeLocation, type ResolvedFeedSource } from './sources';

/** What the articles collection stores for each imported item (validated again by the collection schema). */
export interface FeedArticleData {
  [key: string]: unknown;
  slug: string;
  guid: string;
  title: string;
  summary: string;
  date: Date;
  updated?: Date;
  author: string;
  category: string;
  tags: string[];
  feedId: string;
  feedTitle: string;
  originalUrl: string;
  canonicalToOriginal: boolean;
  readingMinutes: number;
  wordCount: number;
  toc: TocEntry[];
  feedHtml: string;
  stats: NormalizedContent['stats'];
}

/** The slice of Astro's data store the loader uses, so tests can pass a Map-backed one. */
export interface EntryStore {
  get(id: string): { digest?: string | number; data: Record<string, unknown> } | undefined;
  set(entry: { id: string; data: FeedArticleData; digest: string; rendered: { html: string } }): unknown;
  delete(id: string): void;
  keys(): string[];
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SkippedItem {
  label: string;
  reasons: string[];
}

/** One feed's line in the build summary. */
export interface FeedReport {
  id: string;
  location: string;
  origin?: FeedOrigin;
  format?: string;
  read: number;
  new: number;
  changed: number;
  unchanged: number;
  skipped: SkippedItem[];
  error?: string;
}

export interface LoadReport {
  feeds: FeedReport[];
  /** Items normalized this build (new + changed): 0 on a warm build with no feed change. */
  processed: number;
  articles: number;
  removed: number;
  /** Where the links of every article (processed or not) landed. */
  links: LinkReport;
  /** Feed images stored with the site this build (file names under /media/feed/), for the copy into dist/. */
  imageFiles: string[];
  durationMs: number;
}

export interface LoadFeedsOptions {
  sources: readonly ResolvedFeedSource[];
  store: EntryStore;
  logger: Logger;
  /** Validates an entry against the collection schema (Astro's parseData); identity when absent. */
  parseData?: (id: string, data: FeedArticleData) => Promise<FeedArticleData>;
  cacheDir: string;
  /** Where the report of the last load is written (benchmarks read it). */
  reportFile?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  tools: readonly ToolMeta[];
  /** Slugs already used by original posts and routes. */
  reservedSlugs?: readonly string[];
  /** Fallback author when neither the config nor the item names one. */
  defaultAuthor: string;
  /** The owner's hosts (site.config.ts `owner.hosts`): their links land here from any feed. */
  ownerHosts?: readonly string[];
  /** Our pages that are neither articles nor tools, with the owner's addresses for them. */
  sitePages?: readonly SitePage[];
  /** Categories with a page here besides those of feed articles (original posts'). */
  categories?: readonly string[];
  /** Stores remote images of items with the site (see FeedImageStore); absent, they stay links. */
  images?: ImageStoreOptions;
}

interface Candidate {
  source: ResolvedFeedSource;
  feed: ParsedFeed;
  item: ValidFeedItem;
  report: FeedReport;
}

/** Thrown when a feed marked required cannot be read: it stops the build. */
export class RequiredFeedError extends Error {
  override name = 'RequiredFeedError';
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 24);

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Our category for an item: the first of its feed categories the source maps, else its first, else the default. */
export function categoryFor(
  categories: readonly string[],
  source: Pick<ResolvedFeedSource, 'categoryMap' | 'defaultCategory'>,
): string {
  for (const name of categories) {
    const mapped = source.categoryMap[name] ?? source.categoryMap[slugify(name)];
    if (mapped) return mapped;
  }
  const first = categories.map((name) => slugify(name)).find(Boolean);
  return first ?? source.defaultCategory ?? 'notes';
}

/** Tags are the item's feed categories as slugs, without repeats. */
export function tagsFor(categories: readonly string[]): string[] {
  return [...new Set(categories.map((name) => slugify(name)).filter(Boolean))];
}

/** A listing summary: the feed's own description when it is a summary, else the start of the article. */
function summaryFor(item: ValidFeedItem, excerpt: string): string {
  const description = item.description ? stripTags(item.description) : '';
  if (description.length >= 40 && description.length <= 400) return truncate(description, 260);
  return truncate(excerpt, 260);
}

function formatReport(report: FeedReport): string[] {
  const head =
    `feed "${report.id}" (${report.location}${report.origin ? `, ${report.origin}` : ''}${report.format ? `, ${report.format}` : ''}): ` +
    `${report.read} read, ${report.new} new, ${report.changed} changed, ${report.unchanged} unchanged, ${report.skipped.length} skipped`;
  const lines = [head];
  const byReason = new Map<string, number>();
  for (const skipped of report.skipped) {
    for (const reason of skipped.reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  if (byReason.size)
    lines.push(`  skipped because: ${[...byReason].map(([reason, n]) => `${reason} (${n})`).join(', ')}`);
  if (report.error) lines.push(`  error: ${report.error}`);
  return lines;
}

/** The absolute URLs of an item's images (what FeedImageStore fetches and normalizeHtml replaces). */
function imageSources(item: ValidFeedItem): string[] {
  const sources = [...(item.html ?? '').matchAll(/<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)];
  return sources
    .map((match) => resolveHref((match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&'), item.link))
    .filter((src): src is string => Boolean(src && /^https?:/i.test(src)));
}

/** Fetches (or takes from the cache) every remote image of this build's items, a few at a time. */
async function storeImages(
  candidates: readonly Candidate[],
  options: ImageStoreOptions | undefined,
): Promise<{
  store?: FeedImageStore;
  stored: Map<string, { src: string; width: number; height: number; file: string }>;
}> {
  const stored = new Map<string, { src: string; width: number; height: number; file: string }>();
  if (!options) return { stored };
  const store = new FeedImageStore(options);
  const queue = [...new Set(candidates.flatMap(({ item }) => imageSources(item)))];
  const worker = async () => {
    for (let src = queue.shift(); src; src = queue.shift()) {
      const image = await store.get(src);
      if (image) stored.set(src, { ...image, src: `${feedImagePath}${image.file}` });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return { store, stored };
}

/**
 * Reads every feed source, validates, de-duplicates and normalizes its items, and keeps the store in step:
 * an item whose digest (its content, its source options, the normalizer version and where its links land) is
 * unchanged is not processed again. A feed that cannot be read (nor fall back to its cached copy) is reported and
 * skipped, unless it is required, which fails the load.
 */
export async function loadFeeds(options: LoadFeedsOptions): Promise<LoadReport> {
  const started = performance.now();
  const { store, logger } = options;
  const reports: FeedReport[] = [];
  const requiredFailures: string[] = [];

  const documents = await Promise.all(
    options.sources.map(async (source) => {
      const report: FeedReport = {
        id: source.id,
        location: describeLocation(source.location),
        read: 0,
        new: 0,
        changed: 0,
        unchanged: 0,
        skipped: [],
      };
      reports.push(report);
      try {
        const document = await readFeedDocument(source.id, source.location, {
          cacheDir: options.cacheDir,
          timeoutMs: options.timeoutMs,
          fetch: options.fetch,
          validate: (text) => void parseFeedDocument(text, source.id),
        });
        if (document.warning) logger.warn(document.warning);
        report.origin = document.origin;
        const feed = parseFeedDocument(document.text, source.id);
        report.format = feed.format;
        return { source, feed, report };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        report.error = message;
        if (source.required) requiredFailures.push(message);
        else logger.error(`${message}; the build goes on without it`);
        return undefined;
      }
    }),
  );
  reports.sort(
    (a, b) => options.sources.findIndex((s) => s.id === a.id) - options.sources.findIndex((s) => s.id === b.id),
  );

  // Validate and de-duplicate: the same guid or link, in one feed or two, is one article (first source wins).
  const candidates: Candidate[] = [];
  const seenGuids = new Map<string, string>();
  const seenLinks = new Map<string, string>();
  for (const document of documents) {
    if (!document) continue;
    const { source, feed, report } = document;
    feed.items.forEach((raw, index) => {
      report.read++;
      const check = checkItem(raw, index);
      if (!check.ok) {
        report.skipped.push({ label: check.label, reasons: check.reasons });
        logger.warn(`feed "${source.id}": skipped ${check.label}: ${check.reasons.join(', ')}`);
        return;
      }
      const { item } = check;
      const link = canonicalLink(item.link);
      const duplicateOf = seenGuids.get(item.guid) ?? seenLinks.get(link);
      if (duplicateOf) {
        const reason =
          duplicateOf === source.id
            ? 'duplicate guid or link in the same feed'
            : `already imported from feed "${duplicateOf}"`;
        report.skipped.push({ label: item.guid, reasons: [reason] });
        logger.warn(`feed "${source.id}": skipped ${item.guid}: ${reason}`);
        return;
      }
      seenGuids.set(item.guid, source.id);
      seenLinks.set(link, source.id);
      candidates.push({ source, feed, item, report });
    });
  }

  const slugs = assignSlugs(
    candidates.map(({ item }) => ({ key: item.guid, title: item.title, date: item.published })),
    options.reservedSlugs,
  );
  const linkContext: LinkContext = {
    articlesByOriginal: new Map(
      candidates.map(({ item }) => [canonicalLink(item.link), `/articles/${slugs.get(item.guid)}/`]),
    ),
    tools: options.tools,
    ownerHosts: options.ownerHosts ?? [],
    sitePages: options.sitePages ?? [],
    categories: new Set([
      ...(options.categories ?? []),
      ...candidates.map(({ item, source }) => categoryFor(item.categories, source)),
    ]),
  };
  const links = emptyLinkReport();
  const images = await storeImages(candidates, options.images);

  const keep = new Set<string>();
  let processed = 0;
  for (const { source, feed, item, report } of candidates) {
    const slug = slugs.get(item.guid)!;
    keep.add(slug);
    const sourceHosts = sourceHostsOf([feed.siteUrl, item.link], source.hosts);
    const targets = rawHrefs(item.html ?? '')
      .map((href) => resolveHref(href, item.link))
      .filter((href): href is string => Boolean(href && !href.startsWith('#')))
      .map((href) => {
        const target = internalTarget(href, sourceHosts, linkContext);
        countLink(links, href, target);
        return [href, target?.path ?? target?.kind];
      })
      .filter(([, target]) => target);
    const feedTitle = source.title ?? feed.title ?? source.id;
    const digest = sha({
      v: NORMALIZER_VERSION,
      item: { ...item, published: item.published.toISOString(), updated: item.updated?.toISOString() },
      options: [
        source.author,
        source.categoryMap,
        source.defaultCategory,
        source.canonicalToOriginal,
        feedTitle,
        [...sourceHosts].sort(),
        [...(options.ownerHosts ?? [])].sort(),
      ],
      slug,
      targets,
      images: imageSources(item).map((src) => images.stored.get(src)?.file ?? null),
    });
    const previous = store.get(slug);
    if (previous?.digest === digest) {
      report.unchanged++;
      continue;
    }
    if (previous) report.changed++;
    else report.new++;
    processed++;
    const content = await normalizeHtml(item.html ?? '', {
      ...linkContext,
      baseUrl: item.link,
      sourceHosts,
      images: images.stored,
      idPrefix: `d-${slug.slice(0, 24)}`,
      onWarning: (message) => logger.warn(`feed "${source.id}", ${item.guid}: ${message}`),
    });
    let data: FeedArticleData = {
      slug,
      guid: item.guid,
      title: item.title,
      summary: summaryFor(item, content.excerpt),
      date: item.published,
      ...(item.updated && item.updated.getTime() !== item.published.getTime() ? { updated: item.updated } : {}),
      author: source.author ?? (item.authors.length ? item.authors.join(', ') : (feed.title ?? options.defaultAuthor)),
      category: categoryFor(item.categories, source),
      tags: tagsFor(item.categories),
      feedId: source.id,
      feedTitle,
      originalUrl: item.link,
      canonicalToOriginal: source.canonicalToOriginal,
      readingMinutes: content.readingMinutes,
      wordCount: content.wordCount,
      toc: content.toc,
      feedHtml: content.feedHtml,
      stats: content.stats,
    };
    if (options.parseData) data = await options.parseData(slug, data);
    store.set({ id: slug, data, digest, rendered: { html: content.html } });
  }

  // The store holds exactly this build's articles: a feed that could not be read at all (and had no cached
  // copy to fall back on) contributes none, so what a build shows never depends on what an earlier one read.
  let removed = 0;
  for (const id of store.keys()) {
    if (keep.has(id)) continue;
    store.delete(id);
    removed++;
  }

  const result: LoadReport = {
    feeds: reports,
    processed,
    articles: keep.size,
    removed,
    links,
    imageFiles: [...new Set([...images.stored.values()].map((image) => image.file))],
    durationMs: Math.round(performance.now() - started),
  };
  for (const report of reports) {
    for (const line of formatReport(report)) {
      if (report.error) logger.warn(line);
      else logger.info(line);
    }
  }
  const [linkSummary, ...missingLines] = formatLinkReport(links);
  logger.info(linkSummary!);
  for (const line of missingLines) logger.info(line);
  if (images.store) {
    const summary = images.store.summary(result.imageFiles.length);
    logger.info(summary.info);
    for (const warning of summary.warnings) logger.warn(warning);
  }
  logger.info(
    `${result.articles} feed articles, ${processed} processed this build, ${removed} removed, in ${result.durationMs} ms`,
  );
  if (options.reportFile) {
    await mkdir(dirname(options.reportFile), { recursive: true });
    await writeFile(options.reportFile, JSON.stringify(result, null, 2));
  }
  if (requiredFailures.length) {
    throw new RequiredFeedError(`A required feed could not be read:\n  - ${requiredFailures.join('\n  - ')}`);
  }
  return result;
}
