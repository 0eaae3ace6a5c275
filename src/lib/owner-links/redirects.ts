import type { SitePage } from '../site-pages';
import { isOwnerHost, httpHostOf } from './owner-hosts';

/** One old address of the owner's site and our page that now answers for it. */
export interface LegacyRedirect {
  /** A site path ending in "/", e.g. "/blog/why-floors-beat-averages/". */
  from: string;
  /** Our page, e.g. "/articles/why-floors-beat-averages/". */
  to: string;
}

/** What the redirects are made from: the tools' and site pages' aliases, and the owner's article addresses. */
export interface LegacySources {
  tools: readonly { id: string; aliases: readonly string[] }[];
  sitePages: readonly SitePage[];
  /** Imported articles: our slug and the address the item came from. */
  articles: readonly { slug: string; originalUrl: string }[];
  ownerHosts: readonly string[];
  /** Paths our own routes make (exact, ending in "/"); a redirect never takes one. */
  takenPaths: ReadonlySet<string>;
}

/** Path prefixes our routes own wholesale: no redirect is made under them. */
const ownedPrefixes = ['/articles/', '/categories/', '/tags/', '/embed/', '/review/', '/pagefind/', '/_astro/'];

/**
 * The path an old address is served from as a static page, or undefined when it cannot be one: a file
 * ("/feed.xml", "/checklist.md"), anything but plain path characters, or the root.
 */
export function redirectPath(urlOrPath: string): string | undefined {
  let path = urlOrPath.trim();
  const absolute = /^https?:\/\/[^/]+(\/[^?#]*)?/i.exec(path);
  if (absolute) path = absolute[1] ?? '/';
  path = path.replace(/[?#].*$/, '');
  if (!/^\/[a-z0-9/_-]*$/i.test(path) || /\/\//.test(path)) return undefined;
  path = `${path.replace(/\/+$/, '')}/`.toLowerCase();
  return path === '/' ? undefined : path;
}

/**
 * Every old address that gets a redirect page: tool aliases, site-page aliases, and the addresses of imported
 * articles first published on the owner's sites. An address our routes already serve, or one under a prefix they
 * own, is left alone (a redirect must never shadow a real page); when two claim one address, the first wins, in
 * the order tools, site pages, articles.
 */
export function legacyRedirects(sources: LegacySources): LegacyRedirect[] {
  const candidates: LegacyRedirect[] = [
    ...sources.tools.flatMap((tool) => tool.aliases.map((alias) => ({ from: alias, to: `/tools/${tool.id}/` }))),
    ...sources.sitePages.flatMap((page) => page.aliases.map((alias) => ({ from: alias, to: page.path }))),
    ...sources.articles
      .filter((article) => isOwnerHost(httpHostOf(article.originalUrl), sources.ownerHosts))
      .map((article) => ({ from: article.originalUrl, to: `/articles/${article.slug}/` })),
  ];
  const byPath = new Map<string, LegacyRedirect>();
  for (const candidate of candidates) {
    const from = redirectPath(candidate.from);
    if (!from || from === candidate.to || byPath.has(from) || sources.takenPaths.has(from)) continue;
    if (ownedPrefixes.some((prefix) => from.startsWith(prefix))) continue;
    byPath.set(from, { from, to: candidate.to });
  }
  return [...byPath.values()];
}
