/**
 * Builds the site: `astro build`, then the Pagefind search index over dist/ (fully offline; the index and
 * its UI land in dist/pagefind/). `npm run build` reads the feeds in src/site.config.ts plus BREAKEVEN_FEEDS.
 * With --fixtures (what `npm test` uses) it also reads the feeds we wrote in test/fixtures/feeds/site, so the
 * tests always have imported articles with tables, code and diagrams, with or without the real corpus.
 * Before Astro runs, PostgreSQL's data directory for the migration readiness worker is prepared (or taken from its
 * cache, see src/lib/readiness/engine/pglite-datadir-node.ts), so visitors' browsers never run initdb.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { dataDirAsset, writeDataDirAsset } from '../lib/readiness/engine/pglite-datadir-node.ts';

const FIXTURE_FEEDS = 'test/fixtures/feeds/site';

async function indexSite(dist: string): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind could not read ${dist}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(
    `[pagefind] indexed ${added.page_count} pages into dist/pagefind in ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv.includes('--fixtures')) {
  process.env.BREAKEVEN_FEEDS = [FIXTURE_FEEDS, process.env.BREAKEVEN_FEEDS].filter(Boolean).join(',');
  console.log(`[build] test build: BREAKEVEN_FEEDS=${process.env.BREAKEVEN_FEEDS}`);
}

console.log(`[pglite] data directory for the browser: ${dataDirAsset} (${await writeDataDirAsset()} bytes)`);
await build({});
await indexSite(resolve('dist'));
