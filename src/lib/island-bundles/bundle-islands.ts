/**
 * Bundles the built modules of one page's islands into a single file with rolldown (the bundler Vite already
 * uses). Astro's client build shares chunks between all islands of the site, so a tool page loads about ten
 * files that each gzip alone and carry exports only other tools use; one file per page drops both costs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rolldown, type Plugin, type RolldownOutput } from 'rolldown';
import { islandKey, type IslandModules } from './page-islands.ts';

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
    const name = exports.get(islandKey(island))!;
    const line = `export { ${island.componentExport} as ${name} } from ${file(island.componentUrl)};`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines.join('\n');
}

/** A built module with its source map, when the build wrote one (BREAKEVEN_SOURCEMAP=1). */
async function builtModule(file: string): Promise<{ code: string; map?: string } | null> {
  if (!file.endsWith('.js')) return null;
  const code = await readFile(file, 'utf8');
  if (!existsSync(`${file}.map`)) return { code };
  return { code: code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, ''), map: await readFile(`${file}.map`, 'utf8') };
}

/** The entry, and Astro's built modules with their maps, so the bundle's map leads back to our sources. */
function pageIslandsLoader(entry: string): Plugin {
  return {
    name: 'page-islands-entry',
    resolveId: (id) => (id === entryId ? id : null),
    load: (id) => (id === entryId ? entry : builtModule(id)),
  };
}

/** A page bundle: minified code, and its source map when the built modules had theirs. */
export interface IslandBundle {
  code: string;
  map?: string;
}

/**
 * The minified bundle, or null when the islands' modules import others on demand (the bundle would then be
 * several files and their lazy chunks would load a second Preact): such pages keep Astro's chunks.
 */
export async function bundleIslands(entry: string, sourcemap: boolean): Promise<IslandBundle | null> {
  const warnings: string[] = [];
  const build = await rolldown({
    input: entryId,
    plugins: [pageIslandsLoader(entry)],
    onLog: (level, log) => void (level === 'warn' && warnings.push(log.message)),
  });
  const { output }: RolldownOutput = await build.generate({ format: 'esm', minify: true, sourcemap });
  await build.close();
  if (warnings.length) throw new Error(`Bundling a page's islands warned:\n${warnings.join('\n')}`);
  const files = output.filter((file) => !file.fileName.endsWith('.map'));
  const [chunk] = files;
  if (files.length !== 1 || chunk?.type !== 'chunk') return null;
  return { code: chunk.code, map: chunk.map?.toString() };
}
