import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkItem, canonicalLink } from '../../../../src/lib/feeds/items';
import { FeedParseError, parseFeedDocument } from '../../../../src/lib/feeds/parse';

const fixture = (name: string) => readFileSync(`test/fixtures/feeds/site/${name}`, 'utf8');

describe('parseFeedDocument', () => {
  it('reads RSS 2.0 with content:encoded and RFC 822 dates', () => {
    const feed = parseFeedDocument(fixture('breakeven-notes.rss.xml'), 'notes');
    expect(feed.format).toBe('rss 2.0');
    expect(feed.title).toBe('Breakeven Fixture Notes');
    expect(feed.siteUrl).toBe('https://notes.example.com/');
    const [first, second] = feed.items;
    expect(first?.title).toBe('Laddering reserved instances: a worked example');
    expect(first?.published?.toISOString()).toBe('2026-11-10T09:30:00.000Z');
    expect(second?.published?.toISOString()).toBe('2026-11-02T08:00:00.000Z'); // "+0000" zone form
    expect(first?.html).toContain('<table>');
    expect(first?.description).toMatch(/^Buying reservations in monthly rungs/);
    expect(first?.categories).toEqual(['databases', 'reserved-instances', 'cost']);
  });

  it('reads Atom 1.0 with ISO 8601 dates and HTML content, falling back to <updated>', () => {
    const feed = parseFeedDocument(fixture('field-notes.atom.xml'), 'field');
    expect(feed.format).toBe('atom 1.0');
    const [partitions, , batches] = feed.items;
    expect(partitions?.guid).toBe('tag:field.example.org,2026:range-partitions');
    expect(partitions?.published?.toISOString()).toBe('2026-11-05T12:00:00.000Z');
    expect(partitions?.updated?.toISOString()).toBe('2026-11-06T07:15:00.000Z'); // +01:00 offset applied
    expect(partitions?.html).toContain('<div class="highlight js-code-highlight">');
    expect(partitions?.categories).toEqual(['postgres', 'database']);
    expect(batches?.published).toBeUndefined();
    expect(checkItem(batches!, 2)).toMatchObject({ ok: true, item: { published: new Date('2026-09-18T07:45:00Z') } });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and creators', () => {
    const feed = parseFeedDocument(fixture('planner.rdf'), 'planner');
    expect(feed.format).toBe('rdf 1.0');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      title: 'Counting warehouse credits before the invoice does',
      link: 'https://planner.example.net/warehouse-credits',
      authors: ['Planner Fixture Author'],
      categories: ['warehouse'],
    });
    expect(feed.items[0]?.published?.toISOString()).toBe('2026-08-30T16:20:00.000Z');
  });

  it('rejects malformed XML with the feed name, line and column', () => {
    expect(() => parseFeedDocument(fixture('malformed.rss.xml'), 'broken')).toThrow(FeedParseError);
    expect(() => parseFeedDocument(fixture('malformed.rss.xml'), 'broken')).toThrow(
      /^feed "broken": malformed XML at line \d+, column \d+: Unclosed tag 'rss'/,
    );
  });

  it.each([
    ['an HTML page', '<html><body><p>Not a feed</p></body></html>'],
    ['an empty document', ''],
  ])('rejects %s, naming the feed', (_, xml) => {
    expect(() => parseFeedDocument(xml, 'odd')).toThrow(/^feed "odd": /);
  });
});

describe('checkItem', () => {
  const good = {
    guid: 'g1',
    title: 'A title',
    link: 'https://x.example/a',
    published: new Date('2026-01-01T00:00:00Z'),
    authors: [],
    categories: [],
  };

  it.each([
    ['no title', { ...good, title: undefined }, 'g1', ['no title']],
    ['a blank title', { ...good, title: '  ' }, 'g1', ['no title']],
    ['no link', { ...good, link: undefined }, 'g1', ['no http(s) link']],
    ['a javascript: link', { ...good, link: 'javascript:alert(1)' }, 'g1', ['no http(s) link']],
    ['no date', { ...good, published: undefined }, 'g1', ['no valid date']],
    [
      'nothing at all, no guid',
      { authors: [], categories: [] },
      'item #4',
      ['no title', 'no http(s) link', 'no valid date'],
    ],
    ['no guid and no title', { ...good, guid: undefined, title: undefined }, 'https://x.example/a', ['no title']],
  ])('skips an item with %s, naming it by its guid (or what it has)', (_, raw, label, reasons) => {
    expect(checkItem(raw, 3)).toEqual({ ok: false, label, reasons });
  });

  it('uses the link as the identity of an item without a guid', () => {
    expect(checkItem({ ...good, guid: undefined }, 0)).toMatchObject({
      ok: true,
      item: { guid: 'https://x.example/a' },
    });
  });
});

describe('canonicalLink', () => {
  it.each([
    ['https://www.Example.com/a/', 'https://example.com/a'],
    ['http://example.com/a#section', 'https://example.com/a'],
    ['https://example.com/a?x=1', 'https://example.com/a?x=1'],
    ['not a url', 'not a url'],
  ])('%s → %s', (link, expected) => {
    expect(canonicalLink(link)).toBe(expected);
  });
});
