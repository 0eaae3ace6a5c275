import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';

/** One item as the feed gives it, before validation: any field may be missing. */
export interface RawFeedItem {
  /** RSS guid or Atom id; may be absent in RSS. */
  guid?: string;
  title?: string;
  link?: string;
  published?: Date;
  updated?: Date;
  /** Full HTML: content:encoded, Atom content, or (when that is all there is) description. */
  html?: string;
  /** The short description when the feed gives one separately from the full content. */
  description?: string;
  authors: string[];
  categories: string[];
}

export interface ParsedFeed {
  format: string;
  title?: string;
  /** The site the feed belongs to (channel link / Atom alternate). */
  siteUrl?: string;
  items: RawFeedItem[];
}

/** A feed whose XML is not well formed or holds no feed: the message names the feed and the place. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const validDate = (value: Date | null | undefined): Date | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;

/**
 * Parses RSS 2.0, Atom 1.0 or RSS 1.0/RDF. The XML must be well formed: the maintained parser underneath is
 * lenient on purpose, so a truncated or broken document is rejected here first rather than half-read.
 */
export function parseFeedDocument(xml: string, feedId: string): ParsedFeed {
  const check = XMLValidator.validate(xml);
  if (check !== true) {
    const { msg, line, col } = check.err;
    throw new FeedParseError(`feed "${feedId}": malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new FeedParseError(
      `feed "${feedId}": not an RSS, Atom or RDF feed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return {
    format: `${feed.meta.type} ${feed.meta.version}`,
    title: text(feed.title),
    siteUrl: text(feed.url),
    items: feed.items.map((item): RawFeedItem => {
      const content = text(item.content);
      const description = text(item.description);
      return {
        guid: text(item.id),
        title: text(item.title),
        link: text(item.url),
        published: validDate(item.published),
        updated: validDate(item.updated),
        html: content ?? description,
        description: content ? description : undefined,
        authors: item.authors.map((author) => text(author.name)).filter((name): name is string => Boolean(name)),
        categories: item.categories
          .map((category) => text(category.label) ?? text(category.term))
          .filter((name): name is string => Boolean(name)),
      };
    }),
  };
}
