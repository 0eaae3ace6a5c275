import rss from '@astrojs/rss';
import { site } from '../site.config';
import { articleFeedHtml, articlePath, categoryLabel, type Article } from './articles';
import { absolutizeLinks } from './feeds/feed-html';

/** The XSL stylesheet that makes our feeds readable when opened in a browser (public/rss.xsl). */
export const FEED_STYLESHEET = '/rss.xsl';

/** An RSS 2.0 response with every article in full (content:encoded), its category and tags. */
export async function articlesFeed(options: { title: string; description: string; path: string; articles: Article[] }) {
  const items = await Promise.all(
    options.articles.map(async (article) => ({
      title: article.title,
      link: articlePath(article),
      pubDate: article.date,
      description: article.summary,
      content: absolutizeLinks(await articleFeedHtml(article), site.url),
      categories: [categoryLabel(article.category), ...article.tags],
      author: article.author,
      ...(article.source.kind === 'feed'
        ? { source: { title: article.source.feedTitle, url: article.source.originalUrl } }
        : {}),
    })),
  );
  return rss({
    title: options.title,
    description: options.description,
    site: site.url,
    stylesheet: FEED_STYLESHEET,
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${site.lang}</language>` +
      `<atom:link href="${new URL(options.path, site.url).href}" rel="self" type="application/rss+xml"/>`,
  });
}
