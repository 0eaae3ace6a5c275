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
  /*
   * The owner's hosts (subdomains included, so the checklist's and sample report's hosts count). Their links land
   * here from any feed. BREAKEVEN_OWNER_HOSTS adds more, comma-separated (the fixture build adds its feeds' host).
   */
  owner: { hosts: ['rajivonai.com', ...(process.env.BREAKEVEN_OWNER_HOSTS?.split(',').filter(Boolean) ?? [])] },
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
  /*
   * The owner's feeds, read at every build. A feed that cannot be fetched falls back to its last cached copy
   * (node_modules/.cache/breakeven/feeds) and, without one, is reported and skipped. BREAKEVEN_FEEDS adds
   * sources, and a file named like a feed here ("rajivonai.rss.xml") stands in for it (see README, "Feeds").
   */
  feeds: [
    {
      id: 'rajivonai',
      url: 'https://rajivonai.com/rss.xml',
      title: 'RajivOnAI',
      author: 'RajivOnAI',
      categoryMap: {
        databases: 'databases',
        postgresql: 'databases',
        'vector-db': 'databases',
        'ai-engineering': 'ai',
        ai: 'ai',
        cost: 'cost',
        finops: 'cost',
        architecture: 'architecture',
        'system-design': 'architecture',
        automation: 'automation',
        'ci-cd': 'automation',
        cloud: 'cloud',
        platform: 'cloud',
      },
      defaultCategory: 'architecture',
      canonicalToOriginal: true,
      required: false,
    },
    {
      id: 'forem-umairabid',
      url: 'https://forem.com/feed/umairabid',
      title: 'Umair Abid on Forem',
      author: 'Umair Abid',
      hosts: ['dev.to', 'umairabid.com'],
      categoryMap: {
        database: 'databases',
        postgres: 'databases',
        sql: 'databases',
        architecture: 'architecture',
        systemdesign: 'architecture',
        backend: 'architecture',
        automation: 'automation',
      },
      defaultCategory: 'architecture',
      canonicalToOriginal: true,
      required: false,
    },
  ],
  categoryLabels: {
    ai: 'AI engineering',
    'ai-engineering': 'AI engineering',
    databases: 'Databases',
    architecture: 'Architecture',
    automation: 'Automation',
    cloud: 'Cloud and platform',
    cost: 'Cost',
    notes: 'Notes',
  },
};

export const site = parseSiteConfig(config);
