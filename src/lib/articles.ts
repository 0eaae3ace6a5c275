import type { experimental_AstroContainer } from 'astro/container';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { byNewest, type Article } from './article-list';
import { readingMinutes } from './reading-time';

export * from './article-list';

async function postArticle(entry: CollectionEntry<'posts'>): Promise<Article> {
  const { headings } = await render(entry);
  return {
    slug: entry.id,
    title: entry.data.title,
    summary: entry.data.description,
    date: entry.data.date,
    ...(entry.data.updated ? { updated: entry.data.updated } : {}),
    author: entry.data.author ?? site.author.name,
    category: entry.data.category,
    tags: entry.data.tags,
    readingMinutes: readingMinutes(entry.body ?? ''),
    toc: headings
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => ({ depth: heading.depth as 2 | 3, id: heading.slug, text: heading.text })),
    source: { kind: 'post' },
  };
}

function feedArticle(entry: CollectionEntry<'feedArticles'>): Article {
  const { data } = entry;
  return {
    slug: entry.id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    ...(data.updated ? { updated: data.updated } : {}),
    author: data.author,
    category: data.category,
    tags: data.tags,
    readingMinutes: data.readingMinutes,
    toc: data.toc,
    source: {
      kind: 'feed',
      feedId: data.feedId,
      feedTitle: data.feedTitle,
      originalUrl: data.originalUrl,
      canonicalToOriginal: data.canonicalToOriginal,
    },
  };
}

async function loadArticles(): Promise<Article[]> {
  const posts = await getCollection('posts', (entry) => !entry.data.draft);
  const imported = await getCollection('feedArticles');
  return [...(await Promise.all(posts.map(postArticle))), ...imported.map(feedArticle)].sort(byNewest);
}

let cached: Promise<Article[]> | undefined;

/** All published articles (original posts and imported ones), newest first. Built once per production build. */
export function getArticles(): Promise<Article[]> {
  if (!import.meta.env.PROD) return loadArticles();
  cached ??= loadArticles();
  return cached;
}

/** The rendered body of an article, for its page. */
export async function renderArticle(article: Article) {
  const entry =
    article.source.kind === 'post'
      ? await getEntry('posts', article.slug)
      : await getEntry('feedArticles', article.slug);
  if (!entry) throw new Error(`No content entry for article "${article.slug}"`);
  return render(entry);
}

let container: Promise<experimental_AstroContainer> | undefined;

/** The article's full HTML for feed readers (content:encoded): the stored reader version, or a rendered post. */
export async function articleFeedHtml(article: Article): Promise<string> {
  if (article.source.kind === 'feed') {
    const entry = await getEntry('feedArticles', article.slug);
    return entry?.data.feedHtml ?? '';
  }
  const entry = await getEntry('posts', article.slug);
  if (!entry) return '';
  container ??= (async () => {
    const { experimental_AstroContainer: AstroContainer } = await import('astro/container');
    const { default: preactRenderer } = await import('@astrojs/preact/server.js');
    const { default: mdxRenderer } = await import('@astrojs/mdx/server.js');
    // Feed readers run no scripts, so the container only has to accept the directives our islands use.
    const clientDirectives = new Map(
      ['load', 'idle', 'visible', 'media', 'only', 'visible-then-yield'].map((name) => [name, ';']),
    );
    const manifest = { clientDirectives } as unknown as NonNullable<
      Parameters<typeof AstroContainer.create>[0]
    >['manifest'];
    const created = await AstroContainer.create({ manifest });
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    // Posts may embed tools (Preact islands): their server HTML goes into the feed.
    created.addServerRenderer({ name: '@astrojs/preact', renderer: preactRenderer });
    return created;
  })();
  const { Content } = await render(entry);
  const { toFeedHtml } = await import('./feeds/feed-html');
  return toFeedHtml(await (await container).renderToString(Content));
}
