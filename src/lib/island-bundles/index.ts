/**
 * One script per tool page: after `astro build`, the islands of each page are bundled into one file and the page
 * points at it (see bundle-islands.ts for why). Pages with the same islands (a tool's page and its embed) share
 * the file. Run from the `astro:build:done` hook in astro.config.mjs.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { bundleIslands, entrySource, type IslandBundle } from './bundle-islands.ts';
import { filesUnder } from './dist-files.ts';
import { bundleExports, pageIslands, pointIslandsAt, type IslandModules } from './page-islands.ts';
import { pruneUnreachableScripts } from './prune-scripts.ts';

/** What the step did, for the build log. */
export interface IslandBundleReport {
  pages: number;
  bundles: string[];
  keptAsBuilt: string[];
  pruned: string[];
}

/** The bundle's file name: its components' names and a hash of its content. */
function bundleName(islands: readonly IslandModules[], code: string): string {
  const components = [...new Set(islands.map((island) => basename(island.componentUrl).split('.')[0]))];
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return `islands-${components.join('-')}.${hash}.js`;
}

/** Writes the bundle (and its map) into `_astro/`; its file name, or null for no bundle. */
async function writeBundle(
  astroDir: string,
  islands: readonly IslandModules[],
  bundle: IslandBundle | null,
): Promise<string | null> {
  if (!bundle) return null;
  const name = bundleName(islands, bundle.code);
  const mapLink = bundle.map ? `\n//# sourceMappingURL=${name}.map\n` : '';
  await writeFile(join(astroDir, name), bundle.code + mapLink);
  if (bundle.map) await writeFile(join(astroDir, `${name}.map`), bundle.map);
  return name;
}

/**
 * Bundles every page's islands into one script per set of islands and rewrites the pages to load it. With
 * `sourcemap`, the bundles get maps composed from the build's own, for test/harness/chunk-weights.ts.
 */
export async function bundleIslandsPerPage(dist: string, sourcemap = false): Promise<IslandBundleReport> {
  const astroDir = join(dist, '_astro');
  const report: IslandBundleReport = { pages: 0, bundles: [], keptAsBuilt: [], pruned: [] };
  const bundleUrls = new Map<string, string | null>();
  const files = await filesUnder(dist);
  const pages = new Map<string, string>();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = await readFile(file, 'utf8');
    pages.set(file, html);
    const islands = pageIslands(html);
    if (!islands?.length) continue;
    const exports = bundleExports(islands);
    const entry = entrySource(astroDir, islands, exports);
    if (!bundleUrls.has(entry)) {
      const name = await writeBundle(astroDir, islands, await bundleIslands(entry, sourcemap));
      bundleUrls.set(entry, name && `/_astro/${name}`);
      (name ? report.bundles : report.keptAsBuilt).push(name ?? islands.map((i) => i.componentUrl).join(' + '));
    }
    const bundleUrl = bundleUrls.get(entry);
    if (!bundleUrl) continue;
    const pointed = pointIslandsAt(html, bundleUrl, exports);
    await writeFile(file, pointed);
    pages.set(file, pointed);
    report.pages += 1;
  }
  report.pruned = await pruneUnreachableScripts(dist, files, pages);
  return report;
}
