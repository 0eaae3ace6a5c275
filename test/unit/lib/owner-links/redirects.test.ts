import { describe, expect, it } from 'vitest';
import { legacyRedirects, redirectPath } from '../../../../src/lib/owner-links/redirects';

describe('redirectPath', () => {
  it.each([
    ['https://rajivonai.com/blog/why-floors/', '/blog/why-floors/'],
    ['https://rajivonai.com/blog/Why-Floors?utm=1#top', '/blog/why-floors/'],
    ['/tools/migration-readiness', '/tools/migration-readiness/'],
    ['/30-point-database-cost-review-checklist.md', undefined], // a file: not servable as a directory page
    ['/feed.xml', undefined],
    ['https://rajivonai.com/', undefined],
    ['/a//b/', undefined],
    ['/blog/caf%C3%A9/', undefined],
  ])('%s → %s', (input, expected) => {
    expect(redirectPath(input)).toBe(expected);
  });
});

describe('legacyRedirects', () => {
  const sources = {
    tools: [
      { id: 'reserved-instance-roi', aliases: ['/tools/reserved-instance-roi-calculator/'] },
      { id: 'migration-readiness', aliases: ['/tools/migration-readiness'] }, // its own path: no redirect
    ],
    sitePages: [
      { path: '/articles/', title: 'Articles', aliases: ['/blog/', '/articles/'] },
      { path: '/review/checklist/', title: 'Checklist', aliases: ['/checklist.md', '/checklist/'] },
    ],
    articles: [
      { slug: 'why-floors', originalUrl: 'https://rajivonai.com/blog/why-floors/' },
      { slug: 'on-sub', originalUrl: 'https://review.rajivonai.com/notes/on-sub/' },
      { slug: 'elsewhere', originalUrl: 'https://dev.to/someone/elsewhere-1k2/' }, // not the owner's: none
      { slug: 'taken', originalUrl: 'https://rajivonai.com/about/' }, // a real page of ours: never shadowed
      { slug: 'same', originalUrl: 'https://rajivonai.com/articles/same/' }, // under a prefix our routes own
      { slug: 'second', originalUrl: 'https://rajivonai.com/checklist/' }, // claimed by the site page first
    ],
    ownerHosts: ['rajivonai.com'],
    takenPaths: new Set(['/about/', '/tools/migration-readiness/']),
  };

  it('redirects tool and page aliases and the owner’s article addresses, never over a real page', () => {
    expect(legacyRedirects(sources)).toEqual([
      { from: '/tools/reserved-instance-roi-calculator/', to: '/tools/reserved-instance-roi/' },
      { from: '/blog/', to: '/articles/' },
      { from: '/checklist/', to: '/review/checklist/' },
      { from: '/blog/why-floors/', to: '/articles/why-floors/' },
      { from: '/notes/on-sub/', to: '/articles/on-sub/' },
    ]);
  });
});
