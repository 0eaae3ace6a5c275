import type { Loader } from 'astro/loaders';
import type { SitePage } from '../site-pages';
import type { ToolMeta } from '../tool-kit/tool-meta';
import { loadFeeds, type EntryStore, type FeedArticleData } from './loader';
import type { ResolvedFeedSource } from './sources';

/** Where feed downloads and the last load report live between builds (gitignored, safe to delete). */
export const cacheRoot = 'node_modules/.cache/breakeven';
export const feedCacheDir = `${cacheRoot}/feeds`;
export const loadReportFile = `${cacheRoot}/feed-load-report.json`;
export const imageCacheDir = `${cacheRoot}/images`;

export interface FeedLoaderOptions {
  sources: readonly ResolvedFeedSource[];
  tools: readonly ToolMeta[];
  defaultAuthor: string;
  reservedSlugs?: readonly string[];
  timeoutMs?: number;
  ownerHosts?: readonly string[];
  sitePages?: readonly SitePage[];
  categories?: readonly string[];
  /** Image origins fetched although their address is not public (only the test build's local image host). */
  privateImageOrigins?: readonly string[];
}

/**
 * The Astro Content Layer loader for imported articles: a thin adapter from Astro's loader context to
 * loadFeeds, which does the work. Astro keeps the store between builds, which is what makes digests pay off.
 */
export function feedLoader(options: FeedLoaderOptions): Loader {
  return {
    name: 'breakeven-feeds',
    load: async (context) => {
      await loadFeeds({
        ...options,
        store: context.store as unknown as EntryStore,
        logger: context.logger,
        parseData: (id, data) => context.parseData<FeedArticleData>({ id, data }),
        cacheDir: feedCacheDir,
        reportFile: loadReportFile,
        images: { cacheDir: imageCacheDir, timeoutMs: options.timeoutMs, allowedOrigins: options.privateImageOrigins },
      });
    },
  };
}
