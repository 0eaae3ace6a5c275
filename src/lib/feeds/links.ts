import { httpHostOf, isOwnerHost } from '../owner-links/owner-hosts';
import type { SitePage } from '../site-pages';
import { normalizeAliasPath, toolForLink } from '../tool-kit/tool-links';
import type { ToolMeta } from '../tool-kit/tool-meta';
import { canonicalLink } from './items';

/** What link rewriting needs to know about the site being built. */
export interface LinkContext {
  /** Our articles by the canonical form of their original URL (see canonicalLink): → "/articles/<slug>/". */
  articlesByOriginal: ReadonlyMap<string, string>;
  /** Tools whose aliases imported links may name (the registry, or one passed in by a test). */
  tools: readonly ToolMeta[];
  /** The owner's hosts (site.config.ts `owner.hosts`, subdomains included): their links land here from any feed. */
  ownerHosts?: readonly string[];
  /** Our pages that are neither articles nor tools, with the owner's addresses for them (src/lib/site-pages.ts). */
  sitePages?: readonly SitePage[];
  /** Our article categories, so the owner's category pages land on ours. */
  categories?: ReadonlySet<string>;
}

/**
 * Resolves an href from an item against the item's own URL. Feeds often carry root-relative links, and some
 * carry "///path" (an empty host): both mean a path on the item's site.
 */
export function resolveHref(href: string, base: string): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return trimmed || undefined;
  try {
    return new URL(trimmed.replace(/^\/{3,}/, '/'), base).href;
  } catch {
    return undefined;
  }
}

export type LinkTarget =
  | { kind: 'article'; path: string }
  | { kind: 'tool'; path: string; toolId: string }
  | { kind: 'page'; path: string }
  | { kind: 'category'; path: string }
  /** A link to the owner's site for which we have no page: kept external, and marked. */
  | { kind: 'owner-missing'; path?: undefined };

/** The category an owner's category address names ("/blog/category/ai/", "/categories/ai/"), if any. */
function categoryOf(path: string): string | undefined {
  return /^(?:\/blog)?\/(?:category|categories)\/([a-z0-9-]+)$/.exec(path)?.[1];
}

/**
 * Where a link from an imported article should point on this site, if anywhere: one of our copies of an
 * article (from any feed); for links to the source's own sites or to the owner's (`ownerHosts`, whichever feed
 * carries the link), our tool that declares that alias; for the owner's sites also our page or category with
 * that address, or `owner-missing` when we have none. `sourceHosts` limits tool matching to the source's own
 * sites, so another site's "/tools/x" path never lands on ours. Other links stay as they are.
 */
export function internalTarget(
  url: string,
  sourceHosts: ReadonlySet<string>,
  context: LinkContext,
): LinkTarget | undefined {
  const article = context.articlesByOriginal.get(canonicalLink(url));
  if (article) return { kind: 'article', path: article };
  const host = httpHostOf(url);
  const owner = isOwnerHost(host, context.ownerHosts ?? []);
  if (!host || (!owner && !sourceHosts.has(host))) return undefined;
  const tool = toolForLink(normalizeAliasPath(url), context.tools);
  if (tool) return { kind: 'tool', path: `/tools/${tool.id}/`, toolId: tool.id };
  if (!owner) return undefined;
  const path = normalizeAliasPath(url);
  const page = context.sitePages?.find((candidate) => candidate.aliases.some((a) => normalizeAliasPath(a) === path));
  if (page) return { kind: 'page', path: page.path };
  const category = categoryOf(path);
  if (category && context.categories?.has(category)) return { kind: 'category', path: `/categories/${category}/` };
  return { kind: 'owner-missing' };
}

/** The hosts of a feed's own sites: its channel link, its items' links and any configured extras. */
export function sourceHostsOf(urls: readonly (string | undefined)[], extra: readonly string[] = []): Set<string> {
  const hosts = new Set(extra.map((host) => host.replace(/^www\./, '').toLowerCase()));
  for (const url of urls) {
    const host = url ? httpHostOf(url) : undefined;
    if (host) hosts.add(host);
  }
  return hosts;
}

/** Every href in raw HTML, cheaply (for digests: which internal targets an item's links resolve to). */
export function rawHrefs(html: string): string[] {
  return [...html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((match) =>
    (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&'),
  );
}
