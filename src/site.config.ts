import { parseSiteConfig, type SiteConfigInput } from './lib/site-config';

/**
 * Everything about Breakeven that is not code. Validated when the build starts: a mistake here
 * stops the build with a message naming the field. `SITE_URL` overrides `url` for previews and forks.
 */
const config: SiteConfigInput = {
  title: 'Breakeven',
  tagline: 'Field notes and honest calculators for database and AI cost decisions',
  description:
    'Field notes for database and AI engineers, with calculators that run the numbers on cost decisions in your browser: reserved instances, Oracle to PostgreSQL, licensing, tokens.',
  url: process.env.SITE_URL ?? 'https://breakeven.example.com',
  lang: 'en',
  author: { name: 'RajivOnAI', url: 'https://rajivonai.com/' },
  nav: [
    { label: 'Articles', href: '/articles/' },
    { label: 'Tools', href: '/tools/' },
    { label: 'About', href: '/about/' },
    { label: 'RSS', href: '/rss.xml' },
  ],
  social: [
    { label: 'RSS feed', href: '/rss.xml', icon: 'rss' },
    { label: 'RajivOnAI blog', href: 'https://rajivonai.com/', icon: 'website' },
    { label: 'Forem', href: 'https://forem.com/umairabid', icon: 'devto' },
  ],
  callsToAction: [
    {
      label: 'Browse the tools',
      href: '/tools/',
      description: 'Calculators that show their formulas, sources and dates, and run entirely in your browser.',
    },
    {
      label: 'Subscribe by RSS',
      href: '/rss.xml',
      description: 'Every article in full, in your reader of choice. No newsletter, no tracking.',
    },
  ],
  feeds: [],
};

export const site = parseSiteConfig(config);
