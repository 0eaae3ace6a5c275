/**
 * Pages of this site that are neither articles nor tools, with the other addresses they answer to, so links to
 * the owner's copies of them (in any feed) land here. Paths are compared like tool aliases: without host, query,
 * hash or trailing slash (see normalizeAliasPath). The review pages are made in src/pages/review/.
 */
export interface SitePage {
  /** Our page: a site path ending in "/" (or a file such as "/review/checklist.md"). */
  path: string;
  title: string;
  /** Paths (or full URLs) on the owner's sites that mean this page. */
  aliases: readonly string[];
}

/** The owner's pages we publish ourselves, by the addresses the owner's feed links to. */
export const sitePages: readonly SitePage[] = [
  { path: '/', title: 'Home', aliases: ['/'] },
  { path: '/articles/', title: 'Articles', aliases: ['/blog/', '/articles/', '/posts/'] },
  { path: '/tools/', title: 'Tools', aliases: ['/tools/'] },
  { path: '/about/', title: 'About', aliases: ['/about/'] },
  { path: '/rss.xml', title: 'RSS feed', aliases: ['/rss.xml', '/feed.xml', '/feed/'] },
  {
    path: '/review/checklist/',
    title: '30-point database cost review checklist',
    aliases: [
      '/30-point-database-cost-review-checklist.md',
      '/30-point-database-cost-review-checklist/',
      '/checklist/',
    ],
  },
  { path: '/review/sample-report/', title: 'Acme SaaS sample report', aliases: ['/sample-report/'] },
];
