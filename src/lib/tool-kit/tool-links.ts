import { toolCategories, type ToolCategory, type ToolMeta } from './tool-meta';

/** Strips scheme, host, query, hash and trailing slash so "https://x.com/tools/a/" matches "/tools/a". */
export function normalizeAliasPath(urlOrPath: string): string {
  let path = urlOrPath.trim();
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(.*)$/i.exec(path);
  if (match) path = match[1] ?? '';
  path = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return (path.startsWith('/') ? path : `/${path}`).toLowerCase();
}

/** The tool an external link points to, matched through the aliases each tool declares. */
export function toolForLink(href: string, registry: readonly ToolMeta[]): ToolMeta | undefined {
  const path = normalizeAliasPath(href);
  return registry.find((tool) => tool.aliases.some((alias) => normalizeAliasPath(alias) === path));
}

/** Tools grouped by category, in the category order of `toolCategories`, skipping empty shelves. */
export function toolsByCategory(
  registry: readonly ToolMeta[],
): { category: ToolCategory; label: string; tools: ToolMeta[] }[] {
  return (Object.keys(toolCategories) as ToolCategory[])
    .map((category) => ({
      category,
      label: toolCategories[category],
      tools: registry.filter((tool) => tool.category === category),
    }))
    .filter((shelf) => shelf.tools.length > 0);
}
