import { readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { FeedSource } from '../site-config';

/** Where a feed is read from: a remote URL (fetched with a cache) or a file on disk. */
export type FeedLocation = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** A feed source with its location resolved: what the loader reads. */
export interface ResolvedFeedSource extends Omit<FeedSource, 'url' | 'path'> {
  location: FeedLocation;
  /** Where the source came from, for messages: the site config or the BREAKEVEN_FEEDS variable. */
  origin: 'config' | 'env';
}

/** File names that count as feeds when BREAKEVEN_FEEDS names a folder. */
const feedFilePattern = /\.(xml|rss|atom|rdf)$/i;

/** "forem-umairabid.rss.xml" → "forem-umairabid"; "https://x.com/feed/abc" → "abc". */
export function feedIdFromName(name: string): string {
  const last =
    name
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? name;
  const id = last
    .replace(/(\.(rss|atom|rdf|feed))?\.(xml|rss|atom|rdf)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'feed';
}

/** Expands one BREAKEVEN_FEEDS entry (a URL, a file or a folder of feed files) into locations. */
function expandEntry(entry: string, cwd: string): { id: string; location: FeedLocation }[] {
  if (/^https?:\/\//i.test(entry)) return [{ id: feedIdFromName(entry), location: { kind: 'url', url: entry } }];
  const path = resolve(cwd, entry);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new Error(`BREAKEVEN_FEEDS names "${entry}", which does not exist (looked at ${path}).`);
  }
  if (!isDirectory) return [{ id: feedIdFromName(basename(path)), location: { kind: 'file', path } }];
  return readdirSync(path)
    .filter((name) => feedFilePattern.test(name))
    .sort()
    .map((name) => ({ id: feedIdFromName(name), location: { kind: 'file', path: resolve(path, name) } }));
}

/**
 * The feeds a build reads: the configured ones, then those BREAKEVEN_FEEDS adds (a comma list of files, folders
 * or URLs; ids come from file names). An added source whose id matches a configured feed replaces only that
 * feed's location, keeping its options (author, categories, canonical), so CI can point the owner's feeds at
 * local copies. Paths in the config are relative to `cwd` (the project root).
 */
export function resolveFeedSources(
  configured: readonly FeedSource[],
  envValue: string | undefined,
  cwd = process.cwd(),
): ResolvedFeedSource[] {
  const sources: ResolvedFeedSource[] = configured.map(({ url, path, ...options }) => ({
    ...options,
    location: url ? { kind: 'url', url } : { kind: 'file', path: resolve(cwd, path ?? '') },
    origin: 'config',
  }));
  const entries = (envValue ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    for (const { id, location } of expandEntry(entry, cwd)) {
      const existing = sources.find((source) => source.id === id);
      if (existing) {
        existing.location = location;
        existing.origin = 'env';
      } else {
        sources.push({
          id,
          location,
          origin: 'env',
          categoryMap: {},
          defaultCategory: 'notes',
          hosts: [],
          canonicalToOriginal: true,
          required: false,
        });
      }
    }
  }
  return sources;
}

/** How a location reads in messages. */
export function describeLocation(location: FeedLocation): string {
  return location.kind === 'url' ? location.url : location.path;
}
