import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeLocation, type FeedLocation } from './sources';

/** How the text of a feed was obtained this build. */
export type FeedOrigin = 'file' | 'network' | 'not-modified' | 'cache-fallback';

export interface FeedDocument {
  text: string;
  origin: FeedOrigin;
  /** Set when the network failed and the cached copy was used instead. */
  warning?: string;
}

/** HTTP validators kept next to a cached feed, for conditional requests. */
interface CacheMeta {
  url: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
}

export interface ReadFeedOptions {
  /** Folder for cached copies (node_modules/.cache/breakeven/feeds by default). */
  cacheDir: string;
  /** Give up on the network after this long and use the cached copy. */
  timeoutMs?: number;
  /** Injected for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /**
   * Checks a downloaded body before it replaces the cached copy (throws when it is not a usable feed), so a
   * broken response never overwrites the last good one.
   */
  validate?: (text: string) => void;
}

/** A feed that could be read neither from its location nor from the cache. */
export class FeedUnavailableError extends Error {
  override name = 'FeedUnavailableError';
}

const cachePaths = (cacheDir: string, id: string) => ({
  body: join(cacheDir, `${id}.xml`),
  meta: join(cacheDir, `${id}.json`),
});

async function readCache(cacheDir: string, id: string): Promise<{ text: string; meta: CacheMeta } | undefined> {
  const paths = cachePaths(cacheDir, id);
  try {
    const [text, meta] = await Promise.all([readFile(paths.body, 'utf8'), readFile(paths.meta, 'utf8')]);
    return { text, meta: JSON.parse(meta) as CacheMeta };
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file so an interrupted build never leaves half a feed in the cache. */
async function writeCache(cacheDir: string, id: string, text: string, meta: CacheMeta): Promise<void> {
  const paths = cachePaths(cacheDir, id);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${paths.body}.tmp`, text);
  await rename(`${paths.body}.tmp`, paths.body);
  await writeFile(paths.meta, JSON.stringify(meta, null, 2));
}

const reason = (error: unknown) =>
  error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message}: ${error.cause.message}`
      : error.message
    : String(error);

/**
 * Reads a feed's text. Files are read as they are. URLs are fetched with a timeout and a conditional request
 * (If-None-Match / If-Modified-Since from the last good copy); a 304 or any network failure falls back to the
 * cached copy with a warning. Only when there is no cached copy either does it throw FeedUnavailableError.
 */
export async function readFeedDocument(
  id: string,
  location: FeedLocation,
  options: ReadFeedOptions,
): Promise<FeedDocument> {
  if (location.kind === 'file') {
    try {
      return { text: await readFile(location.path, 'utf8'), origin: 'file' };
    } catch (error) {
      throw new FeedUnavailableError(`feed "${id}": cannot read ${location.path} (${reason(error)})`);
    }
  }
  const cached = await readCache(options.cacheDir, id);
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, */*;q=0.8',
    'user-agent': 'Breakeven feed reader (static site build)',
  };
  if (cached?.meta.url === location.url) {
    if (cached.meta.etag) headers['if-none-match'] = cached.meta.etag;
    if (cached.meta.lastModified) headers['if-modified-since'] = cached.meta.lastModified;
  }
  const doFetch = options.fetch ?? fetch;
  let failure: string;
  try {
    const response = await doFetch(location.url, {
      headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      redirect: 'follow',
    });
    if (response.status === 304 && cached) return { text: cached.text, origin: 'not-modified' };
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const text = await response.text();
    options.validate?.(text);
    await writeCache(options.cacheDir, id, text, {
      url: location.url,
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
      fetchedAt: new Date().toISOString(),
    });
    return { text, origin: 'network' };
  } catch (error) {
    failure = reason(error);
  }
  if (cached) {
    return {
      text: cached.text,
      origin: 'cache-fallback',
      warning: `feed "${id}": ${describeLocation(location)} failed (${failure}); using the copy cached ${cached.meta.fetchedAt}`,
    };
  }
  throw new FeedUnavailableError(
    `feed "${id}": ${describeLocation(location)} failed (${failure}) and no cached copy exists`,
  );
}
