/**
 * Reads and rewrites the `<astro-island>` tags of a built page. Astro escapes every attribute value, so a raw `>`
 * only ever closes the tag and a regular expression over the tag is enough.
 */

/** What one island loads: its component module and export, and its framework's renderer module. */
export interface IslandModules {
  componentUrl: string;
  componentExport: string;
  rendererUrl: string;
}

const islandTag = /<astro-island\b[^>]*>/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** How a page bundle tells a component's export apart: its module and export name. */
export function islandKey(island: Pick<IslandModules, 'componentUrl' | 'componentExport'>): string {
  return `${island.componentUrl}#${island.componentExport}`;
}

/**
 * The modules each island of the page loads, in page order; null when they are beyond what a page bundle can
 * hold (an island without a renderer, a nested export name or a script Astro runs before hydration; islands of
 * different renderers, as the bundle's default export is the one renderer).
 */
export function pageIslands(html: string): IslandModules[] | null {
  const islands: IslandModules[] = [];
  for (const [tag] of html.matchAll(islandTag)) {
    const componentUrl = attribute(tag, 'component-url');
    const rendererUrl = attribute(tag, 'renderer-url');
    const componentExport = attribute(tag, 'component-export') ?? 'default';
    if (!componentUrl || !rendererUrl || componentExport.includes('.') || attribute(tag, 'before-hydration-url')) {
      return null;
    }
    if (islands.length > 0 && rendererUrl !== islands[0]!.rendererUrl) return null;
    islands.push({ componentUrl, componentExport, rendererUrl });
  }
  return islands;
}

/** The key naming a component's export inside a page bundle (`i0`, `i1`…), in first-seen order. */
export function bundleExports(islands: readonly IslandModules[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const island of islands) {
    const key = islandKey(island);
    if (!names.has(key)) names.set(key, `i${names.size}`);
  }
  return names;
}

/**
 * The page with every island pointed at one bundle: the bundle's default export is the renderer and each
 * component is a named export, so Astro's loader imports the same module for both and gets one Preact.
 */
export function pointIslandsAt(html: string, bundleUrl: string, exports: ReadonlyMap<string, string>): string {
  return html.replace(islandTag, (tag) => {
    const componentUrl = attribute(tag, 'component-url')!;
    const key = islandKey({ componentUrl, componentExport: attribute(tag, 'component-export') ?? 'default' });
    const name = exports.get(key);
    if (!name) throw new Error(`No bundle export for island ${key}`);
    const withExport = / component-export="/.test(tag)
      ? tag.replace(/ component-export="[^"]*"/, ` component-export="${name}"`)
      : tag.replace(/ component-url="/, ` component-export="${name}" component-url="`);
    return withExport
      .replace(/ component-url="[^"]*"/, ` component-url="${bundleUrl}"`)
      .replace(/ renderer-url="[^"]*"/, ` renderer-url="${bundleUrl}"`);
  });
}
