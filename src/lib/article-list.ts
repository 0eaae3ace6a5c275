/** The Article shape and the pure helpers every listing uses (no Astro imports, so unit tests can load it). */
import { site } from '../site.config';
import type { TocEntry } from './feeds/normalize';

export type { TocEntry };

/** One article on the site, whatever it came from: listings, tag pages, feeds and search all read this shape. */
export interface Article {
  slug: string;
  title: string;
  summary: string;
  date: Date;
  updated?: Date;
  author: string;
  category: string;
  tags: string[];
  readingMinutes: number;
  /** Section headings (h2, h3) for the table of contents. */
  toc: TocEntry[];
  source:
    | { kind: 'post' }
    | { kind: 'feed'; feedId: string; feedTitle: string; originalUrl: string; canonicalToOriginal: boolean };
}

/** URL path of an article page. */
export function articlePath(article: Pick<Article, 'slug'>): string {
  return `/articles/${article.slug}/`;
}

/** URL path of a category page (its first page). */
export function categoryPath(category: string): string {
  return `/categories/${category}/`;
}

/** URL path of a tag page (its first page). */
export function tagPath(tag: string): string {
  return `/tags/${tag}/`;
}

/** How a category is shown: its configured label, else the slug capitalised ("system-design" → "System design"). */
export function categoryLabel(category: string): string {
  const label = site.categoryLabels[category];
  if (label) return label;
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Newest first; ties broken by slug so the order never changes between builds. */
export function byNewest(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/** Category slugs with their article counts, largest first, then by name. */
export function categoryCounts(articles: readonly Article[]): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.category, (counts.get(article.category) ?? 0) + 1);
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

/** Tag slugs with their article counts, largest first, then by name. */
export function tagCounts(articles: readonly Article[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Articles worth reading next: most tags in common first, then the same category, then the newest. An article
 * sharing nothing with this one is never suggested.
 */
export function relatedArticles(article: Article, articles: readonly Article[], limit = 3): Article[] {
  const tags = new Set(article.tags);
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      shared: other.tags.filter((tag) => tags.has(tag)).length,
      sameCategory: other.category === article.category ? 1 : 0,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.sameCategory - a.sameCategory || byNewest(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Splits a list into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}
