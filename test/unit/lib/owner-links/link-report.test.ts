import { describe, expect, it } from 'vitest';
import { countLink, emptyLinkReport, formatLinkReport } from '../../../../src/lib/owner-links/link-report';
import { isOwnerHost } from '../../../../src/lib/owner-links/owner-hosts';

describe('isOwnerHost', () => {
  it.each([
    ['rajivonai.com', true],
    ['review.rajivonai.com', true],
    ['notrajivonai.com', false],
    ['rajivonai.com.evil.example', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isOwnerHost(host, ['rajivonai.com'])).toBe(expected);
  });
});

describe('link report', () => {
  it('counts rewritten links by kind, external ones, and owner addresses with no page here', () => {
    const report = emptyLinkReport();
    countLink(report, 'https://rajivonai.com/tools/x/', { kind: 'tool', path: '/tools/y/', toolId: 'y' });
    countLink(report, 'https://rajivonai.com/blog/a/', { kind: 'article', path: '/articles/a/' });
    countLink(report, 'https://rajivonai.com/blog/b/', { kind: 'article', path: '/articles/b/' });
    countLink(report, 'https://example.org/', undefined);
    countLink(report, 'mailto:a@example.org', undefined);
    countLink(report, 'https://rajivonai.com/talks/?utm=1', { kind: 'owner-missing' });
    countLink(report, 'https://rajivonai.com/talks/#q', { kind: 'owner-missing' });
    countLink(report, 'https://rajivonai.com/about-me/', { kind: 'owner-missing' });
    expect(report).toEqual({
      rewritten: { article: 2, tool: 1, page: 0, category: 0 },
      external: 1, // the mailto: link is neither
      ownerMissing: { 'https://rajivonai.com/talks/': 2, 'https://rajivonai.com/about-me/': 1 },
    });
    expect(formatLinkReport(report)).toEqual([
      "links: 3 rewritten to our pages (2 to articles, 1 to tools, 0 to pages, 0 to categories), 1 external kept, 3 to the owner's sites with no page here (2 addresses, kept external and marked)",
      '  no page here for https://rajivonai.com/talks/ (2 links)',
      '  no page here for https://rajivonai.com/about-me/ (1 link)',
    ]);
  });
});
