import { describe, expect, it } from 'vitest';
import {
  byNewest,
  categoryCounts,
  categoryLabel,
  paginate,
  relatedArticles,
  tagCounts,
  type Article,
} from '../../../src/lib/article-list';
import { articlesPageHref, subPageHref } from '../../../src/lib/listing';

const article = (slug: string, day: number, category: string, tags: string[]): Article => ({
  slug,
  title: slug,
  summary: `${slug} summary`,
  date: new Date(Date.UTC(2026, 0, day)),
  author: 'A',
  category,
  tags,
  readingMinutes: 3,
  toc: [],
  source: { kind: 'post' },
});

const all = [
  article('a', 1, 'databases', ['postgres', 'cost']),
  article('b', 2, 'databases', ['postgres']),
  article('c', 3, 'ai', ['tokens', 'cost']),
  article('d', 4, 'ai', ['postgres', 'cost']),
  article('e', 5, 'cloud', ['kubernetes']),
  article('f', 5, 'cloud', []),
].sort(byNewest);

describe('listings', () => {
  it('orders newest first, ties by slug', () => {
    expect(all.map((a) => a.slug)).toEqual(['e', 'f', 'd', 'c', 'b', 'a']);
  });

  it('counts categories and tags, largest first then by name', () => {
    expect(categoryCounts(all)).toEqual([
      { category: 'ai', count: 2 },
      { category: 'cloud', count: 2 },
      { category: 'databases', count: 2 },
    ]);
    expect(tagCounts(all)).toEqual([
      { tag: 'cost', count: 3 },
      { tag: 'postgres', count: 3 },
      { tag: 'kubernetes', count: 1 },
      { tag: 'tokens', count: 1 },
    ]);
  });

  it.each([
    [0, 3, 1, []],
    [6, 3, 2, [3, 3]],
    [7, 3, 3, [3, 3, 1]],
  ])('splits %i items into pages of %i: %i pages', (count, size, pages, sizes) => {
    const result = paginate(
      Array.from({ length: count }, (_, i) => i),
      size,
    );
    expect(result).toHaveLength(pages);
    if (count) expect(result.map((page) => page.length)).toEqual(sizes);
  });

  it('builds page URLs', () => {
    expect([1, 2, 17].map(articlesPageHref)).toEqual(['/articles/', '/articles/page/2/', '/articles/page/17/']);
    expect([1, 3].map((n) => subPageHref('/tags/cost/', n))).toEqual(['/tags/cost/', '/tags/cost/3/']);
  });

  it.each([
    ['ai', 'AI engineering'],
    ['databases', 'Databases'],
    ['system-design', 'System design'],
  ])('labels category %s as %s', (category, label) => {
    expect(categoryLabel(category)).toBe(label);
  });
});

describe('relatedArticles', () => {
  const find = (slug: string) => all.find((a) => a.slug === slug)!;

  it('prefers more shared tags, then the same category, then the newest', () => {
    // a shares postgres+cost with d (2 tags); b shares postgres (1, same category); c shares cost (1, other category).
    expect(relatedArticles(find('a'), all).map((a) => a.slug)).toEqual(['d', 'b', 'c']);
  });

  it('never suggests an article with nothing in common, nor the article itself', () => {
    expect(relatedArticles(find('e'), all)).toEqual([]);
    expect(relatedArticles(find('f'), all)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(relatedArticles(find('d'), all, 1).map((a) => a.slug)).toEqual(['a']);
  });
});
