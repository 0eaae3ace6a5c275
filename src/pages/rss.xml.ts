import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles';
import { articlesFeed } from '../lib/rss';
import { site } from '../site.config';

/** The site feed: every article, newest first, in full. */
export const GET: APIRoute = async () =>
  articlesFeed({ title: site.title, description: site.description, path: '/rss.xml', articles: await getArticles() });
