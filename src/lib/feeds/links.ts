import { normalizeAliasPath, toolForLink } from '../tool-kit/tool-links';
import type { ToolMeta } from '../tool-kit/tool-meta';
import { canonicalLink } from './items';

/** What link rewriting needs to know about the site being built. */
export interface LinkContext {
  /** Our articles by the canonical form of their original URL (see canonicalLink): → "/articles/<slug>/". */
  articlesByOriginal: ReadonlyMap<string, string>;
  /** Tools whose aliases imported links may name (the registry, or one passed in by a test). */
  tools: readonly ToolMeta[];
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

/** The link's host without "www.", or undefined for mailto: and the like. */
const hostOf = (url: string) => {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.replace(/^www\./, '').toLowerCase() : undefined;
  } catch {
    return undefined;
  }
};

export type LinkTarget = { kind: 'article'; path: string } | { kind: 'tool'; path: string; toolId: string };

/**
 * Where a link from an imported article should point on this site, if anywhere: one of our copies of an
 * article (from any feed), or, for links to the source site's own tools ("…/tools/reserved-instance-roi-
 * calculator/"), our tool that declares that alias. `sourceHosts` limits tool matching to the source's own
 * sites, so another site's "/tools/x" path never lands on ours. A tool link with no matching tool stays as is.
 */
export function internalTarget(
  url: string,
  sourceHosts: ReadonlySet<string>,
  context: LinkContext,
): LinkTarget | undefined {
  const article = context.articlesByOriginal.get(canonicalLink(url));
  if (article) return { kind: 'article', path: article };
  const host = hostOf(url);
  if (!host || !sourceHosts.has(host)) return undefined;
  const tool = toolForLink(normalizeAliasPath(url), context.tools);
  return tool ? { kind: 'tool', path: `/tools/${tool.id}/`, toolId: tool.id } : undefined;
}

/** The hosts of a feed's own sites: its channel link, its items' links and any configured extras. */
export function sourceHostsOf(urls: readonly (string | undefined)[], extra: readonly string[] = []): Set<string> {
  const hosts = new Set(extra.map((host) => host.replace(/^www\./, '').toLowerCase()));
  for (const url of urls) {
    const host = url ? hostOf(url) : undefined;
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
