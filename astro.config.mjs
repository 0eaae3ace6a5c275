// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { shikiOptions } from './src/lib/code/themes.ts';
import { site } from './src/site.config.ts';

/** Embeds are for iframes on other sites: kept out of the sitemap (they are also noindex). */
const isListed = (/** @type {string} */ page) => !new URL(page).pathname.startsWith('/embed/');

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [preact(), mdx(), sitemap({ filter: isListed })],
  markdown: { shikiConfig: shikiOptions },
  devToolbar: { enabled: false },
  // Module workers, so the token worker can load one tokenizer encoding on demand (code splitting needs ES format).
  vite: { worker: { format: 'es' } },
});
