/** The pages every e2e pass looks at closely (screenshots, overflow, requests); the a11y pass covers the sitemap. */
import { tools } from '../../src/tools/registry';

export interface KeyPage {
  name: string;
  path: string;
}

export const keyPages: KeyPage[] = [
  { name: 'home', path: '/' },
  { name: 'articles', path: '/articles/' },
  { name: 'article', path: '/articles/why-every-number-shows-its-working/' },
  { name: 'tools', path: '/tools/' },
  { name: 'about', path: '/about/' },
  { name: 'not-found', path: '/no-such-page/' },
  ...tools.map((tool) => ({ name: `tool-${tool.id}`, path: `/tools/${tool.id}/` })),
  { name: 'tool-embed', path: `/embed/${tools[0]!.id}/` },
  { name: 'tool-post', path: '/articles/reserve-later-migrate-sooner/' },
];

/** Pages that hold no tool and so must load no JavaScript file at all. */
export const pagesWithoutTools = keyPages.filter((page) => !page.name.startsWith('tool-'));
