/**
 * Embedding a tool on another site: the snippet the "Embed" button gives, and the message the embed page posts
 * to its parent. public/embed.js (a plain script other sites load) repeats the message shape: keep them in step.
 */

/** The `type` of the height message an embed page posts to its parent window. */
export const heightMessageType = 'breakeven:embed-height';

/** The only message an embed page sends: its height in CSS pixels. Nothing the visitor typed goes with it. */
export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}

/** True for a well-formed height message (what embed.js accepts, once the origin matched). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === heightMessageType &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0 &&
    message.height <= 50_000
  );
}

/** Path of a tool's bare embed page, with its query string. */
export function embedPath(toolId: string, query: string): string {
  return `/embed/${toolId}/${query ? `?${query}` : ''}`;
}

/** Path of a tool's page, with its query string. */
export function toolPath(toolId: string, query: string): string {
  return `/tools/${toolId}/${query ? `?${query}` : ''}`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML to paste into another page: the iframe (same query as now) and the resize script from our origin. */
export function embedSnippet(origin: string, toolId: string, title: string, query: string): string {
  const src = new URL(embedPath(toolId, query), origin).href;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `style="width:100%;height:900px;border:0" data-breakeven-embed></iframe>\n` +
    `<script src="${escapeAttribute(new URL('/embed.js', origin).href)}" async></script>`
  );
}
