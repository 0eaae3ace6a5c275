// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageCacheDir, loadReportFile } from './src/lib/feeds/astro-loader.ts';
import { copyFeedImages } from './src/lib/feed-images/store.ts';
import { bundleIslandsPerPage } from './src/lib/island-bundles/index.ts';
import { shikiOptions } from './src/lib/code/themes.ts';
import { site } from './src/site.config.ts';

/**
 * Astro's Preact renderer imports `@preact/signals` in the browser only for islands given signals as props. None of
 * ours are, so the browser build replaces that dynamic import with an error: tool pages then list neither the
 * signals runtime (~3 KB gz) nor Vite's preload helper (~1 KB gz) it came with. The size budgets fail a page
 * that passes signals to an island (test/harness/budgets.ts).
 * @type {import('vite').Plugin}
 */
const noIslandSignals = {
  name: 'breakeven-no-island-signals',
  enforce: 'pre',
  transform(code, id) {
    const browser = this.environment ? this.environment.name === 'client' : false;
    if (!browser || !/@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id)) return null;
    const signalsImport = 'await import("@preact/signals")';
    if (!code.includes(signalsImport)) {
      throw new Error('@astrojs/preact no longer imports @preact/signals as expected: update astro.config.mjs');
    }
    const refusal =
      'Promise.reject(new Error("An island received Preact signals as props, but the browser build leaves @preact/signals out (astro.config.mjs)."))';
    return { code: code.replace(signalsImport, `await ${refusal}`), map: null };
  },
};

/** BREAKEVEN_SOURCEMAP=1: source maps for the build and the page bundles, to weigh modules (chunk-weights.ts). */
const sourcemap = process.env.BREAKEVEN_SOURCEMAP === '1';

/** True for a built page that only redirects an old address (src/pages/[...legacy].astro): read from dist/. */
const isRedirect = (/** @type {string} */ pathname) => {
  const file = join('dist', decodeURIComponent(pathname), 'index.html');
  return existsSync(file) && /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 600));
};

/** Embeds are for iframes on other sites, redirects for old addresses: both kept out of the sitemap (noindex). */
const isListed = (/** @type {string} */ page) => {
  const { pathname } = new URL(page);
  return !pathname.startsWith('/embed/') && !isRedirect(pathname);
};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    preact(),
    mdx(),
    sitemap({ filter: isListed }),
    {
      // Feed images the loader stored this build (see src/lib/feed-images/store.ts) go out with the site.
      name: 'breakeven-feed-images',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!existsSync(loadReportFile)) return;
          const report = JSON.parse(readFileSync(loadReportFile, 'utf8'));
          const copied = await copyFeedImages(imageCacheDir, report.imageFiles ?? [], fileURLToPath(dir));
          logger.info(`${copied} feed images copied into the site`);
        },
      },
    },
    {
      // One script per tool page instead of Astro's shared chunks (src/lib/island-bundles). With source maps
      // asked for, the bundles' maps lead back to our sources, for test/harness/chunk-weights.ts.
      name: 'breakeven-island-bundles',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const report = await bundleIslandsPerPage(fileURLToPath(dir), sourcemap);
          logger.info(
            `${report.pages} pages load one island bundle each (${report.bundles.length} bundles); ` +
              `${report.keptAsBuilt.length} island sets keep Astro's chunks (they import on demand); ` +
              `${report.pruned.length} scripts no page loads removed`,
          );
        },
      },
    },
    {
      name: 'breakeven-client-directives',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => {
          addClientDirective({
            name: 'visible-then-yield',
            entrypoint: './src/lib/client-directives/visible-then-yield.ts',
          });
        },
      },
    },
  ],
  markdown: { shikiConfig: shikiOptions },
  devToolbar: { enabled: false },
  vite: {
    plugins: [noIslandSignals],
    // BREAKEVEN_SOURCEMAP=1 adds source maps, to weigh each module of a chunk (see test/harness/chunk-weights.ts).
    build: { sourcemap },
    // Workers load engines with dynamic imports (PGlite; one tokenizer encoding at a time): they must be ES modules.
    worker: { format: 'es' },
    // Pre-bundling PGlite in dev breaks its `new URL('./pglite.wasm', import.meta.url)` asset lookups.
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  },
});
