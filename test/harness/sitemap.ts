/** Reads every page URL the built sitemap lists, so tests cover exactly what search engines are told about. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** All <loc> URLs from dist/sitemap-*.xml (not the index). */
export async function sitemapUrls(dist: string): Promise<string[]> {
  const files = (await readdir(dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name)).sort();
  if (files.length === 0) throw new Error(`No sitemap-N.xml in ${dist}: run the build first.`);
  const urls: string[] = [];
  for (const file of files) {
    const xml = await readFile(join(dist, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) urls.push(match[1]!.trim());
  }
  return urls;
}

/** The path of a sitemap URL, to be opened against the local server. */
export function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname + search;
}

/**
 * Pages built from the same template share their colours, so the dark pass takes the first two pages of each
 * template ("/articles/:slug/", "/tags/:tag/", …) instead of all of them: full coverage of colour pairs at a
 * fraction of the time. The light pass covers every page.
 */
export function templateSample(paths: string[], perTemplate = 2): string[] {
  const seen = new Map<string, number>();
  return paths.filter((path) => {
    const segments = path.split('/').filter(Boolean);
    const template = segments.length <= 1 ? path : `/${segments[0]}/:${segments.length - 1}`;
    const count = seen.get(template) ?? 0;
    seen.set(template, count + 1);
    return count < perTemplate;
  });
}
