import type { APIRoute } from 'astro';
import { site } from '../site.config';

/** Lets every crawler in, keeps embeds out of the index, and points at the sitemap. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /embed/',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
