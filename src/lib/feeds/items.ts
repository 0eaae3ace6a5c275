import { z } from 'zod';
import type { RawFeedItem } from './parse';

/** An item with everything an article needs: title, absolute http(s) link and a date. */
export const validItemSchema = z.object({
  guid: z.string().optional(),
  title: z.string({ error: 'no title' }).trim().min(1, 'no title'),
  link: z.url({ protocol: /^https?$/, error: 'no http(s) link' }),
  published: z.date({ error: 'no valid date' }),
  updated: z.date().optional(),
  html: z.string().optional(),
  description: z.string().optional(),
  authors: z.array(z.string()),
  categories: z.array(z.string()),
});

export type ValidFeedItem = z.output<typeof validItemSchema> & { guid: string };

export type ItemCheck = { ok: true; item: ValidFeedItem } | { ok: false; label: string; reasons: string[] };

/** How an item is named in warnings: its guid, else its link, else its title, else its position. */
export function itemLabel(item: RawFeedItem, index: number): string {
  return item.guid ?? item.link ?? (item.title ? `"${item.title}"` : `item #${index + 1}`);
}

/**
 * Checks one raw item. A missing date falls back to the updated date (Atom allows either); a missing guid
 * falls back to the link, so every kept item has an identity for de-duplication.
 */
export function checkItem(raw: RawFeedItem, index: number): ItemCheck {
  const result = validItemSchema.safeParse({ ...raw, published: raw.published ?? raw.updated });
  if (!result.success) {
    const reasons = [...new Set(result.error.issues.map((issue) => issue.message))];
    return { ok: false, label: itemLabel(raw, index), reasons };
  }
  return { ok: true, item: { ...result.data, guid: result.data.guid ?? result.data.link } };
}

/** A link in the form used to match the same article across feeds: https, no hash, no trailing slash. */
export function canonicalLink(link: string): string {
  try {
    const url = new URL(link);
    url.hash = '';
    url.protocol = 'https:';
    url.hostname = url.hostname.replace(/^www\./, '');
    return url.href.replace(/\/+$/, '');
  } catch {
    return link.trim();
  }
}
