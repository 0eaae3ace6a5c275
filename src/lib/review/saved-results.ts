/**
 * Calculator results saved for the cost review: a tool's "Add to cost review" button stores its share link and
 * headline figure here (localStorage, this browser only), and the checklist offers them as evidence for a point.
 * Small and dependency-free: every tool page loads it.
 */

/** The one localStorage key the tools write and the checklist reads. */
export const savedResultsKey = 'breakeven:review:tool-results';

/** One saved result: which tool, its share link (the inputs travel in it) and the figure it showed. */
export interface SavedToolResult {
  toolId: string;
  title: string;
  url: string;
  headline: string;
  /** ISO date and time. */
  savedAt: string;
}

/** Most results kept: the oldest go first. */
export const maxSavedResults = 50;

const short = (value: unknown, max: number) => typeof value === 'string' && value.length > 0 && value.length <= max;

/** A saved result read back from storage or an imported file, or null when it is not one. */
export function readSavedResult(value: unknown): SavedToolResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const item = value as Record<string, unknown>;
  if (!short(item.toolId, 80) || !short(item.title, 200) || !short(item.headline, 300) || !short(item.savedAt, 40)) {
    return null;
  }
  // Only links to this site's tools: the evidence is a page of ours with the inputs in its query string.
  if (!short(item.url, 4000) || !/^(https?:\/\/[^/]+)?\/tools\/[a-z0-9-]+\//.test(item.url as string)) return null;
  const { toolId, title, url, headline, savedAt } = item as unknown as SavedToolResult;
  return { toolId, title, url, headline, savedAt };
}

/** The saved results in `storage`, newest first; an unreadable entry is skipped, never thrown on. */
export function readSavedResults(storage: Pick<Storage, 'getItem'>): SavedToolResult[] {
  try {
    const data: unknown = JSON.parse(storage.getItem(savedResultsKey) ?? '[]');
    return Array.isArray(data) ? data.flatMap((item) => readSavedResult(item) ?? []) : [];
  } catch {
    return [];
  }
}

/** Saves `result` (replacing one with the same link) and returns the new list; false when storage refused. */
export function addSavedResult(storage: Pick<Storage, 'getItem' | 'setItem'>, result: SavedToolResult): boolean {
  const clamped = { ...result, title: result.title.slice(0, 200), headline: result.headline.slice(0, 300) };
  const list = [clamped, ...readSavedResults(storage).filter((item) => item.url !== result.url)];
  try {
    storage.setItem(savedResultsKey, JSON.stringify(list.slice(0, maxSavedResults)));
    return true;
  } catch {
    return false;
  }
}
