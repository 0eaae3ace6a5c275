import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify } from '../../../../src/lib/feeds/slug';

describe('slugify', () => {
  it.each([
    ["Why Postgres 17's MERGE Is Faster!", 'why-postgres-17s-merge-is-faster'],
    ['Café & crème brûlée — costs', 'cafe-creme-brulee-costs'],
    ['  --Edge   cases--  ', 'edge-cases'],
    ['日本語', ''],
    [
      'A very long title that keeps going well past the eighty character limit we put on slugs for readability',
      'a-very-long-title-that-keeps-going-well-past-the-eighty-character-limit-we-put',
    ],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('assignSlugs', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const items = [
    { key: 'c', title: 'Same title', date: day(3) },
    { key: 'a', title: 'Same title', date: day(1) },
    { key: 'b', title: 'Same title', date: day(2) },
    { key: 'd', title: 'Other', date: day(1) },
  ];

  it('gives the oldest article the plain slug and numbers later ones', () => {
    expect(Object.fromEntries(assignSlugs(items))).toEqual({
      a: 'same-title',
      b: 'same-title-2',
      c: 'same-title-3',
      d: 'other',
    });
  });

  it('does not depend on feed order', () => {
    expect(assignSlugs([...items].reverse())).toEqual(assignSlugs(items));
  });

  it('keeps existing slugs when a newer article with the same title arrives', () => {
    const more = assignSlugs([...items, { key: 'e', title: 'Same title', date: day(9) }]);
    expect(more.get('a')).toBe('same-title');
    expect(more.get('c')).toBe('same-title-3');
    expect(more.get('e')).toBe('same-title-4');
  });

  it('breaks a tie on date by key, and never hands out reserved slugs', () => {
    const slugs = assignSlugs(
      [
        { key: 'y', title: 'Page', date: day(1) },
        { key: 'x', title: 'Page', date: day(1) },
        { key: 'z', title: '???', date: day(1) },
      ],
      ['page'],
    );
    expect(Object.fromEntries(slugs)).toEqual({ x: 'page-2', y: 'page-3', z: 'article' });
  });
});
