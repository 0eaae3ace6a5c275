import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';

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

/** Site pages whose text lives in content/ rather than in code (About). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(2),
    description: z.string().min(50).max(200),
  }),
});

export const collections = { posts, pages };
