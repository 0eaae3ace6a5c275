/**
 * Builds the site: `astro build`, then the Pagefind search index over dist/ (fully offline; the index and
 * its UI land in dist/pagefind/). `npm run build` reads the feeds in src/site.config.ts plus BREAKEVEN_FEEDS.
 * With --fixtures (what `npm test` uses) it also reads the feeds we wrote in test/fixtures/feeds/site, so the
 * tests always have imported articles with tables, code and diagrams, with or without the real corpus,
 * and it counts the fixtures' notes.example.com among the owner's hosts (BREAKEVEN_OWNER_HOSTS).
 * Before Astro runs, PostgreSQL's data directory for the migration readiness worker is prepared (or taken from its
 * cache, see src/lib/readiness/engine/pglite-datadir-node.ts), so visitors' browsers never run initdb.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { dataDirAsset, writeDataDirAsset } from '../lib/readiness/node.ts';

const FIXTURE_FEEDS = 'test/fixtures/feeds/site';
const FIXTURE_OWNER_HOST = 'notes.example.com';
const FIXTURE_IMAGE_FEED = 'test/fixtures/feeds/templates/image-host.rss.xml';

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

/**
 * Serves test/fixtures/images on a free local port for the length of a test build, and writes the image-host
 * fixture feed pointing at it (into the cache), so the build's image fetching is exercised against a real server.
 */
async function serveFixtureImages(): Promise<{ server: Server; feed: string; origin: string }> {
  const server = createServer((request, response) => {
    const name = /^\/([a-z0-9-]+\.png)$/.exec(request.url ?? '')?.[1];
    try {
      const body = readFileSync(join('test/fixtures/images', name ?? '-'));
      response.writeHead(200, { 'content-type': 'image/png' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = 'node_modules/.cache/breakeven/fixture-feeds';
  mkdirSync(dir, { recursive: true });
  const feed = join(dir, 'image-host.rss.xml');
  writeFileSync(feed, readFileSync(FIXTURE_IMAGE_FEED, 'utf8').replaceAll('IMAGE_ORIGIN', origin));
  return { server, feed, origin };
}

let imageServer: Server | undefined;
if (process.argv.includes('--fixtures')) {
  const images = await serveFixtureImages();
  imageServer = images.server;
  process.env.BREAKEVEN_FEEDS = [FIXTURE_FEEDS, images.feed, process.env.BREAKEVEN_FEEDS].filter(Boolean).join(',');
  // The local image host is on 127.0.0.1, which feed images may never reach otherwise (public-fetch.ts).
  process.env.BREAKEVEN_PRIVATE_IMAGE_ORIGINS = images.origin;
  // The fixture feeds' own site stands in for an owner's site, so its old addresses get redirects too.
  process.env.BREAKEVEN_OWNER_HOSTS = [FIXTURE_OWNER_HOST, process.env.BREAKEVEN_OWNER_HOSTS].filter(Boolean).join(',');
  console.log(`[build] test build: BREAKEVEN_FEEDS=${process.env.BREAKEVEN_FEEDS}`);
}

console.log(`[pglite] data directory for the browser: ${dataDirAsset} (${await writeDataDirAsset()} bytes)`);
await build({});
imageServer?.close();
await indexSite(resolve('dist'));
