/**
 * Removes the scripts of `_astro/` that nothing loads any more once pages use their own bundles, so the site
 * ships no dead code. A script is kept when a page or another kept file names it (HTML attributes, imports,
 * workers' `new URL(…)`, Vite's preload lists): the walk starts from every file outside `_astro/`.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

const textFile = /\.(html|xml|xsl|json|txt|webmanifest|css|m?js)$/;

/** Script names (of `candidates`) that the text names. */
function named(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((name) => text.includes(name));
}

/**
 * Deletes `_astro/` scripts (and their source maps) that no page reaches; returns the names deleted. `files` lists
 * the site (dist-files.ts); `read` holds the texts the caller already has (the pages it rewrote), read only once.
 */
export async function pruneUnreachableScripts(
  dist: string,
  files: readonly string[],
  read: ReadonlyMap<string, string>,
): Promise<string[]> {
  const astroDir = join(dist, '_astro');
  const scripts = (await readdir(astroDir)).filter((name) => /\.m?js$/.test(name));
  const roots = files.filter((file) => textFile.test(file) && !relative(dist, file).startsWith('_astro'));
  const reached = new Set<string>();
  const queue: string[] = [];
  const reach = (names: string[]) => {
    for (const name of names.filter((candidate) => !reached.has(candidate))) {
      reached.add(name);
      queue.push(name);
    }
  };
  for (const file of roots) reach(named(read.get(file) ?? (await readFile(file, 'utf8')), scripts));
  for (let name = queue.pop(); name; name = queue.pop()) {
    reach(named(await readFile(join(astroDir, name), 'utf8'), scripts));
  }
  const unreached = scripts.filter((name) => !reached.has(name));
  for (const name of unreached) {
    await rm(join(astroDir, name));
    await rm(join(astroDir, `${name}.map`), { force: true });
  }
  return unreached;
}
