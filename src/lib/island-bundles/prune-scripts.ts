/**
 * Removes the scripts of `_astro/` that nothing loads any more once pages use their own bundles, so the site
 * ships no dead code. A script is kept when a page or another kept file names it (HTML attributes, imports,
 * workers' `new URL(…)`, Vite's preload lists): the walk starts from every file outside `_astro/`.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

const textFile = /\.(html|xml|xsl|json|txt|webmanifest|css|m?js)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Script names (of `candidates`) that the text names. */
function named(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((name) => text.includes(name));
}

/** Deletes `_astro/` scripts (and their source maps) that no page reaches; returns the names deleted. */
export async function pruneUnreachableScripts(dist: string): Promise<string[]> {
  const astroDir = join(dist, '_astro');
  const scripts = (await readdir(astroDir)).filter((name) => /\.m?js$/.test(name));
  const roots = (await filesUnder(dist)).filter(
    (file) => textFile.test(file) && !relative(dist, file).startsWith('_astro'),
  );
  const reached = new Set<string>();
  const queue: string[] = [];
  const reach = (names: string[]) => {
    for (const name of names.filter((candidate) => !reached.has(candidate))) {
      reached.add(name);
      queue.push(name);
    }
  };
  for (const file of roots) reach(named(await readFile(file, 'utf8'), scripts));
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
