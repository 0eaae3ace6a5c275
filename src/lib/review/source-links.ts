/**
 * Where a point's source article is read: our own copy when the site imported it (so readers stay on the
 * site), the owner's original address otherwise (a build without the feed still links somewhere real).
 */
import { reviewSources, type ReviewSource, type SourceKey } from './points';

/** An article the site publishes: its page and, for imported ones, the address it came from. */
export interface PublishedArticle {
  path: string;
  originalUrl?: string;
}

const key = (url: string) =>
  url
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();

/** A resolver from a source to the link a page should show. */
export function sourceLinker(articles: readonly PublishedArticle[]): (source: ReviewSource) => string {
  const local = new Map(articles.flatMap((a) => (a.originalUrl ? [[key(a.originalUrl), a.path] as const] : [])));
  return (source) => local.get(key(source.url)) ?? source.url;
}

/** Every source's link, for the checklist island's props. */
export function sourceHrefs(link: (source: ReviewSource) => string): Record<SourceKey, string> {
  return Object.fromEntries(Object.entries(reviewSources).map(([name, source]) => [name, link(source)])) as Record<
    SourceKey,
    string
  >;
}
