import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { feedLoader } from './lib/feeds/astro-loader';
import { resolveFeedSources } from './lib/feeds/sources';
import { sitePages } from './lib/site-pages';
import { site } from './site.config';
import { tools } from './tools/registry';

/** Original posts written for Breakeven, in MDX. They share the Article shape with feed articles (lib/articles). */
const posts = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/posts' }),
  schema: z.object({
    title: z.string().min(5).max(120),
    description: z.string().min(50).max(260),
    date: z.coerce.date(),
    updated: z.coerce.date().optional(),
    category: z.string().min(2),
    tags: z.array(z.string().min(1)).default([]),
    author: z.string().optional(),
    draft: z.boolean().default(false),
  }),
});

const postFiles = readdirSync('content/posts').filter((name) => /\.mdx?$/.test(name));

/** Slugs feed articles may not take: original posts and the article routes' own segments. */
const reservedSlugs = ['page', ...postFiles.map((name) => name.replace(/\.mdx?$/, ''))];

/** Original posts' categories (from their front matter), so owner links to those category pages land here too. */
const postCategories = postFiles.flatMap((name) => {
  const match = /^category:\s*([a-z0-9-]+)\s*$/m.exec(readFileSync(`content/posts/${name}`, 'utf8'));
  return match?.[1] ? [match[1]] : [];
});

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * Articles imported from RSS, Atom and RDF feeds: the site config's feeds plus any BREAKEVEN_FEEDS adds
 * (see README, "Feeds"). The loader sanitizes and normalizes each item; this schema checks what it stores.
 */
const feedArticles = defineCollection({
  loader: feedLoader({
    sources: resolveFeedSources(site.feeds, process.env.BREAKEVEN_FEEDS),
    tools,
    defaultAuthor: site.author.name,
    reservedSlugs,
    ownerHosts: site.owner.hosts,
    sitePages,
    categories: postCategories,
    privateImageOrigins: process.env.BREAKEVEN_PRIVATE_IMAGE_ORIGINS?.split(',').filter(Boolean),
  }),
  schema: z.object({
    slug,
    guid: z.string().min(1),
    title: z.string().min(1),
    summary: z.string(),
    date: z.date(),
    updated: z.date().optional(),
    author: z.string().min(1),
    category: slug,
    tags: z.array(slug),
    feedId: z.string(),
    feedTitle: z.string(),
    originalUrl: z.url(),
    canonicalToOriginal: z.boolean(),
    readingMinutes: z.number().int().nonnegative(),
    wordCount: z.number().int().nonnegative(),
    toc: z.array(z.object({ depth: z.union([z.literal(2), z.literal(3)]), id: z.string(), text: z.string() })),
    feedHtml: z.string(),
    stats: z.record(z.string(), z.number()),
  }),
});

/** Site pages whose text lives in content/ rather than in code (About). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(2),
    description: z.string().min(50).max(200),
  }),
});

export const collections = { posts, feedArticles, pages };
