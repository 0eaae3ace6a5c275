import { getCollection } from 'astro:content';
import { site } from '../site.config';
import { readingMinutes } from './reading-time';

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
  source: { kind: 'post' } | { kind: 'feed'; feedId: string; originalUrl: string };
}

/** URL path of an article page. */
export function articlePath(article: Pick<Article, 'slug'>): string {
  return `/articles/${article.slug}/`;
}

/** Newest first; ties broken by slug so the order never changes between builds. */
export function byNewest(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/** All published articles, newest first. */
export async function getArticles(): Promise<Article[]> {
  const posts = await getCollection('posts', (entry) => !entry.data.draft);
  return posts
    .map((entry): Article => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.description,
      date: entry.data.date,
      ...(entry.data.updated ? { updated: entry.data.updated } : {}),
      author: entry.data.author ?? site.author.name,
      category: entry.data.category,
      tags: entry.data.tags,
      readingMinutes: readingMinutes(entry.body ?? ''),
      source: { kind: 'post' },
    }))
    .sort(byNewest);
}
