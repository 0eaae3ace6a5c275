import { SyntaxValidator } from 'fast-xml-validator';
import { parseFeed } from 'feedsmith';

/** One item as the feed gives it, before validation: any field may be missing. */
export interface RawFeedItem {
  /** RSS guid or Atom id; may be absent in RSS. */
  guid?: string;
  title?: string;
  link?: string;
  published?: Date;
  updated?: Date;
  /** Full HTML: content:encoded, Atom content, or (when that is all there is) description/summary. */
  html?: string;
  /** The short description when the feed gives one separately from the full content. */
  description?: string;
  authors: string[];
  categories: string[];
}

export interface ParsedFeed {
  /** "rss 2.0", "atom 1.0" or "rdf 1.0". */
  format: string;
  title?: string;
  /** The site the feed belongs to (channel link / Atom alternate link). */
  siteUrl?: string;
  items: RawFeedItem[];
}

/** A feed whose XML is not well formed or holds no feed: the message names the feed and the place. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

/** Feedsmith gives text either as a string or as `{ value }` (Atom text constructs). */
type TextLike = string | { value?: string } | undefined | null;

const text = (value: TextLike): string | undefined => {
  const raw = typeof value === 'string' ? value : value?.value;
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
};

/** RFC 822 ("Tue, 10 Nov 2026 09:30:00 GMT", "+0000" zones) and ISO 8601 both parse; anything else is no date. */
export function parseFeedDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const names = (values: (string | undefined)[] | undefined) =>
  (values ?? []).map((value) => value?.trim()).filter((value): value is string => Boolean(value));

interface AtomLink {
  href?: string;
  rel?: string;
}

const alternateLink = (links: AtomLink[] | undefined) =>
  text((links ?? []).find((link) => !link.rel || link.rel === 'alternate')?.href);

/** Fields every format may carry through Dublin Core or an Atom namespace. */
interface Extras {
  dc?: { creators?: string[]; subjects?: string[]; dates?: unknown[] };
  content?: { encoded?: string };
}

/**
 * Parses RSS 2.0, Atom 1.0 or RSS 1.0/RDF with feedsmith, a maintained parser that keeps encoded HTML intact
 * (CDATA stays literal, `&amp;lt;` stays `&lt;`). The XML must be well formed: a truncated or broken document
 * is rejected here, naming the feed, the line and the column, rather than half-read.
 */
export function parseFeedDocument(xml: string, feedId: string): ParsedFeed {
  try {
    SyntaxValidator.validate(xml, { allowBooleanAttributes: true });
  } catch (error) {
    // The validator throws an Error carrying the line and column of the first problem.
    const { message, line, col } = error as Error & { line?: number; col?: number };
    const where = line ? ` at line ${line}, column ${col ?? 0}` : '';
    throw new FeedParseError(`feed "${feedId}": malformed XML${where}: ${message}`);
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    throw new FeedParseError(
      `feed "${feedId}": not an RSS, Atom or RDF feed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const feed = parsed.feed;
    return {
      format: parsed.format === 'rss' ? 'rss 2.0' : 'rdf 1.0',
      title: text(feed.title),
      siteUrl: text(feed.link),
      items: (feed.items ?? []).map((item): RawFeedItem => {
        const extras = item as Extras;
        const rss = item as {
          guid?: { value?: string };
          pubDate?: unknown;
          authors?: { name?: string }[];
          categories?: { name?: string }[];
        };
        const content = text(extras.content?.encoded);
        const description = text(item.description);
        return {
          guid: text(rss.guid?.value) ?? text((item as { rdf?: { about?: string } }).rdf?.about),
          title: text(item.title),
          link: text(item.link),
          published: parseFeedDate(rss.pubDate) ?? parseFeedDate(extras.dc?.dates?.[0]),
          updated: undefined,
          html: content ?? description,
          description: content ? description : undefined,
          authors: names([...(rss.authors ?? []).map((author) => author.name), ...(extras.dc?.creators ?? [])]),
          categories: names([
            ...(rss.categories ?? []).map((category) => category.name),
            ...(extras.dc?.subjects ?? []),
          ]),
        };
      }),
    };
  }
  if (parsed.format === 'atom') {
    const feed = parsed.feed;
    return {
      format: 'atom 1.0',
      title: text(feed.title as TextLike),
      siteUrl: alternateLink(feed.links),
      items: (feed.entries ?? []).map((entry): RawFeedItem => {
        const content = text(entry.content as TextLike);
        const summary = text(entry.summary as TextLike);
        return {
          guid: text(entry.id),
          title: text(entry.title as TextLike),
          link: alternateLink(entry.links),
          published: parseFeedDate(entry.published),
          updated: parseFeedDate(entry.updated),
          html: content ?? summary,
          description: content ? summary : undefined,
          authors: names((entry.authors ?? []).map((author) => author.name)),
          categories: names((entry.categories ?? []).map((category) => category.label ?? category.term)),
        };
      }),
    };
  }
  throw new FeedParseError(`feed "${feedId}": ${parsed.format} feeds are not supported (RSS, Atom or RDF only)`);
}
