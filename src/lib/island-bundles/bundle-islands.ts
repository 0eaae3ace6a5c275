/**
 * Bundles the built modules of one page's islands into a single file with rolldown (the bundler Vite already
 * uses). Astro's client build shares chunks between all islands of the site, so a tool page loads about ten
 * files that each gzip alone and carry exports only other tools use; one file per page drops both costs.
 */
import { rolldown, type RolldownOutput } from 'rolldown';
import { join } from 'node:path';
import type { IslandModules } from './page-islands.ts';

const entryId = '\0page-islands';

/** The entry module: the renderer as the default export, each component under its bundle export name. */
export function entrySource(
  astroDir: string,
  islands: readonly IslandModules[],
  exports: ReadonlyMap<string, string>,
): string {
  const file = (url: string) => JSON.stringify(join(astroDir, url.replace(/^\/_astro\//, '')));
  const lines = [`export { default } from ${file(islands[0]!.rendererUrl)};`];
  for (const island of islands) {
    const name = exports.get(`${island.componentUrl}#${island.componentExport}`)!;
    const line = `export { ${island.componentExport} as ${name} } from ${file(island.componentUrl)};`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines.join('\n');
}

/**
 * The minified bundle, or null when the islands' modules import others on demand (the bundle would then be
 * several files and their lazy chunks would load a second Preact): such pages keep Astro's chunks.
 */
export async function bundleIslands(entry: string): Promise<string | null> {
  const warnings: string[] = [];
  const build = await rolldown({
    input: entryId,
    plugins: [
      {
        name: 'page-islands-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? entry : null),
      },
    ],
    onLog: (level, log) => void (level === 'warn' && warnings.push(log.message)),
  });
  const { output }: RolldownOutput = await build.generate({ format: 'esm', minify: true });
  await build.close();
  if (warnings.length) throw new Error(`Bundling a page's islands warned:\n${warnings.join('\n')}`);
  return output.length === 1 && output[0].type === 'chunk' ? output[0].code : null;
}
