/** The pages every e2e pass looks at closely (screenshots, overflow, requests); the a11y pass covers the sitemap. */
import { tools } from '../../src/tools/registry';

export interface KeyPage {
  name: string;
  path: string;
  /** Search is the one page without a tool that loads JavaScript (its own budget in test/harness/budgets.ts). */
  loadsScript?: boolean;
  /** A selector to wait for before the screenshot (content a script fills in). */
  ready?: string;
}

export const keyPages: KeyPage[] = [
  { name: 'home', path: '/' },
  { name: 'articles', path: '/articles/' },
  { name: 'article', path: '/articles/why-every-number-shows-its-working/' },
  // An imported article (test/fixtures/feeds/site) with a table, highlighted code and a diagram.
  { name: 'article-imported', path: '/articles/laddering-reserved-instances-a-worked-example/' },
  { name: 'articles-category', path: '/categories/databases/' },
  { name: 'articles-tag', path: '/tags/cost/' },
  { name: 'topics', path: '/tags/' },
  { name: 'search', path: '/search/?q=laddering', loadsScript: true, ready: '.search-results li' },
  { name: 'tools', path: '/tools/' },
  { name: 'about', path: '/about/' },
  { name: 'not-found', path: '/no-such-page/' },
  ...tools.map((tool) => ({ name: `tool-${tool.id}`, path: `/tools/${tool.id}/` })),
  { name: 'tool-embed', path: `/embed/${tools[0]!.id}/` },
  { name: 'tool-post', path: '/articles/reserve-later-migrate-sooner/' },
];

/** Pages that hold no tool and so must load no JavaScript file at all. */
export const pagesWithoutTools = keyPages.filter((page) => !page.name.startsWith('tool-') && !page.loadsScript);
