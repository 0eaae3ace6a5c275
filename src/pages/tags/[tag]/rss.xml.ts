import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, tagCounts, type Article } from '../../../lib/articles';
import { articlesFeed } from '../../../lib/rss';
import { site } from '../../../site.config';

/** Newest articles a tag feed carries: readers poll it, they do not need the archive. */
const TAG_FEED_LIMIT = 30;

/** One feed per tag: /tags/<tag>/rss.xml. */
export const getStaticPaths = (async () => {
  const all = await getArticles();
  return tagCounts(all).map(({ tag }) => ({
    params: { tag },
    props: { tag, articles: all.filter((article) => article.tags.includes(tag)).slice(0, TAG_FEED_LIMIT) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: string; articles: Article[] }> = async ({ props }) =>
  articlesFeed({
    title: `${site.title}: ${props.tag}`,
    description: `Breakeven articles tagged ${props.tag}, newest first.`,
    path: `/tags/${props.tag}/rss.xml`,
    articles: props.articles,
  });
