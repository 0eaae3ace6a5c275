/**
 * The 30-point checklist as a Markdown file, made at build time from the same data as the checklist page: the
 * file the owner's articles link to ("30-Point Database Cost Review Checklist").
 */
import type { APIRoute } from 'astro';
import { reviewSourceLinker } from '../../lib/review/published';
import { checklistMarkdown } from '../../lib/review/review-markdown';
import { site } from '../../site.config';

export const GET: APIRoute = async () => {
  const markdown = checklistMarkdown({ siteUrl: site.url, sourceHref: await reviewSourceLinker() });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
