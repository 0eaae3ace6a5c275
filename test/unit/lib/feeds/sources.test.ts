import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../../../src/lib/site-config';
import { feedIdFromName, resolveFeedSources } from '../../../../src/lib/feeds/sources';

const fixtures = resolve('test/fixtures/feeds/site');

describe('feedIdFromName', () => {
  it.each([
    ['rajivonai.rss.xml', 'rajivonai'],
    ['forem-umairabid.rss.xml', 'forem-umairabid'],
    ['field-notes.atom.xml', 'field-notes'],
    ['planner.rdf', 'planner'],
    ['/some/dir/Weekly Notes.xml', 'weekly-notes'],
    ['https://forem.com/feed/umairabid', 'umairabid'],
    ['https://example.com/rss.xml?x=1', 'rss'],
  ])('%s → %s', (name, id) => {
    expect(feedIdFromName(name)).toBe(id);
  });
});

describe('resolveFeedSources', () => {
  const configured = parseSiteConfig({
    title: 'T',
    tagline: 'Tag line',
    description: 'A description long enough for the schema, which asks for fifty characters.',
    url: 'https://example.com',
    author: { name: 'A' },
    nav: [{ label: 'Home', href: '/' }],
    feeds: [
      {
        id: 'planner',
        url: 'https://planner.example.net/rss',
        author: 'Config Author',
        categoryMap: { warehouse: 'cost' },
      },
      { id: 'local', path: 'test/fixtures/feeds/site/breakeven-notes.rss.xml', required: true },
    ],
  }).feeds;

  it('reads the configured feeds when BREAKEVEN_FEEDS is unset', () => {
    const sources = resolveFeedSources(configured, undefined);
    expect(sources.map((source) => [source.id, source.location.kind, source.origin])).toEqual([
      ['planner', 'url', 'config'],
      ['local', 'file', 'config'],
    ]);
    expect(sources[1]?.location).toEqual({
      kind: 'file',
      path: resolve('test/fixtures/feeds/site/breakeven-notes.rss.xml'),
    });
    expect(sources[1]?.required).toBe(true);
  });

  it('adds every feed file of a folder, sorted, with ids from the file names', () => {
    const sources = resolveFeedSources([], fixtures);
    expect(sources.map((source) => source.id)).toEqual([
      'breakeven-notes',
      'field-notes',
      'malformed',
      'planner',
      'xss-vectors',
    ]);
    expect(sources.every((source) => !source.required && source.canonicalToOriginal)).toBe(true);
  });

  it('lets a file named like a configured feed stand in for it, keeping the feed options', () => {
    const sources = resolveFeedSources(configured, `  ${fixtures}/planner.rdf , https://other.example.org/feed.xml`);
    const planner = sources.find((source) => source.id === 'planner');
    expect(planner?.location).toEqual({ kind: 'file', path: resolve(fixtures, 'planner.rdf') });
    expect(planner?.author).toBe('Config Author');
    expect(planner?.categoryMap).toEqual({ warehouse: 'cost' });
    expect(planner?.origin).toBe('env');
    expect(sources.map((source) => source.id)).toEqual(['planner', 'local', 'feed']);
  });

  it('names a path that does not exist', () => {
    expect(() => resolveFeedSources([], 'no/such/folder')).toThrow(
      /BREAKEVEN_FEEDS names "no\/such\/folder", which does not exist/,
    );
  });
});
