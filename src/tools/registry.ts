import { meta as migrationReadiness } from './migration-readiness/meta';
import { meta as aiCodingAssistantRoi } from './ai-coding-assistant-roi/meta';
import { meta as llmFeatureCost } from './llm-feature-cost/meta';
import { meta as oracleToPostgresSavings } from './oracle-to-postgres-savings/meta';
import { meta as promptTokenCounter } from './prompt-token-counter/meta';
import { meta as reservedInstanceRoi } from './reserved-instance-roi/meta';
import { toolCategories, type ToolCategory, type ToolMeta } from './types';

/**
 * Every tool on the site, in the order the tools index shows them. Adding a tool means adding its
 * folder (see README, "Add a tool") and one line here; pages, embeds and cross-links read this list.
 */
export const tools: readonly ToolMeta[] = [
  reservedInstanceRoi,
  oracleToPostgresSavings,
  migrationReadiness,
  llmFeatureCost,
  promptTokenCounter,
  aiCodingAssistantRoi,
];

/** The tool with this id, or undefined. */
export function findTool(id: string): ToolMeta | undefined {
  return tools.find((tool) => tool.id === id);
}

/** Strips scheme, host, query, hash and trailing slash so "https://x.com/tools/a/" matches "/tools/a". */
export function normalizeAliasPath(urlOrPath: string): string {
  let path = urlOrPath.trim();
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(.*)$/i.exec(path);
  if (match) path = match[1] ?? '';
  path = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return (path.startsWith('/') ? path : `/${path}`).toLowerCase();
}

/** The tool an external link points to, matched through the aliases each tool declares. */
export function toolForLink(href: string, registry: readonly ToolMeta[] = tools): ToolMeta | undefined {
  const path = normalizeAliasPath(href);
  return registry.find((tool) => tool.aliases.some((alias) => normalizeAliasPath(alias) === path));
}

/** Tools grouped by category, in the category order of `toolCategories`, skipping empty shelves. */
export function toolsByCategory(
  registry: readonly ToolMeta[] = tools,
): { category: ToolCategory; label: string; tools: ToolMeta[] }[] {
  return (Object.keys(toolCategories) as ToolCategory[])
    .map((category) => ({
      category,
      label: toolCategories[category],
      tools: registry.filter((tool) => tool.category === category),
    }))
    .filter((shelf) => shelf.tools.length > 0);
}
