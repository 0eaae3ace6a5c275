import { describe, expect, it } from 'vitest';
import { fieldName, parseSiteConfig, SiteConfigError, type SiteConfigInput } from '../../../src/lib/site-config';

const valid: SiteConfigInput = {
  title: 'Breakeven',
  tagline: 'Honest calculators',
  description: 'Field notes and calculators for database and AI cost decisions, all in the browser.',
  url: 'https://example.com',
  author: { name: 'Someone' },
  nav: [{ label: 'Articles', href: '/articles/' }],
};

describe('parseSiteConfig', () => {
  it('accepts a valid config and fills in defaults', () => {
    const config = parseSiteConfig(valid);
    expect(config.lang).toBe('en');
    expect(config.social).toEqual([]);
    expect(config.feeds).toEqual([]);
  });

  it('applies feed defaults', () => {
    const config = parseSiteConfig({ ...valid, feeds: [{ id: 'blog', url: 'https://example.com/rss.xml' }] });
    expect(config.feeds[0]).toMatchObject({ canonicalToOriginal: true, required: false, categoryMap: {} });
  });

  describe.each([
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['a relative site URL', { ...valid, url: 'example.com' }, 'url'],
    ['a javascript: nav link', { ...valid, nav: [{ label: 'x', href: 'javascript:alert(1)' }] }, 'nav[0].href'],
    ['an empty nav', { ...valid, nav: [] }, 'nav'],
    ['a short description', { ...valid, description: 'Too short' }, 'description'],
    [
      'an unknown social icon',
      { ...valid, social: [{ label: 'x', href: 'https://x.y', icon: 'myspace' }] },
      'social[0].icon',
    ],
    [
      'a feed with both url and path',
      { ...valid, feeds: [{ id: 'a', url: 'https://a.b/rss', path: 'a.xml' }] },
      'feeds[0]',
    ],
    ['a feed id with capitals', { ...valid, feeds: [{ id: 'Blog', path: 'a.xml' }] }, 'feeds[0].id'],
    ['a language that is not a tag', { ...valid, lang: 'English' }, 'lang'],
  ])('rejects %s, naming the field', (_, config, field) => {
    it(`names ${field}`, () => {
      expect(() => parseSiteConfig(config)).toThrow(SiteConfigError);
      expect(() => parseSiteConfig(config)).toThrow(new RegExp(`- ${field.replace(/[[\].]/g, '\\$&')}:`));
    });
  });
});

describe('fieldName', () => {
  it.each([
    [['nav', 2, 'href'], 'nav[2].href'],
    [['title'], 'title'],
    [[], ''],
    [['feeds', 0], 'feeds[0]'],
  ] as const)('%j reads as %s', (path, expected) => {
    expect(fieldName(path)).toBe(expected);
  });
});
