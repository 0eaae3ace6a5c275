import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlePath, getArticles } from '../lib/articles';
import { site } from '../site.config';

/** The site feed: every article, newest first. */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    items: articles.map((article) => ({
      title: article.title,
      link: articlePath(article),
      pubDate: article.date,
      description: article.summary,
      categories: [article.category, ...article.tags],
      author: article.author,
    })),
    customData: `<language>${site.lang}</language>`,
  });
};
