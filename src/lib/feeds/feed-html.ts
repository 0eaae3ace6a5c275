import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { codeText } from './code-blocks';

/**
 * Rewrites rendered page HTML for feed readers, which cannot use our stylesheet: Shiki code blocks become
 * plain `<pre><code class="language-x">`, inline styles and the site's focus helpers go. Used for original
 * posts; imported articles keep a reader version from normalization (loader's `feedHtml`).
 */
export function toFeedHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'pre' && parent && index !== undefined) {
      const lang = typeof node.properties.dataLanguage === 'string' ? node.properties.dataLanguage : 'plaintext';
      const code: Element = {
        type: 'element',
        tagName: 'code',
        properties: { className: [`language-${lang}`] },
        children: [{ type: 'text', value: codeText(node) }],
      };
      parent.children.splice(index, 1, { type: 'element', tagName: 'pre', properties: {}, children: [code] });
      return index + 1;
    }
    delete node.properties.style;
    delete node.properties.tabIndex;
  });
  return toHtml(tree);
}

/**
 * Feed readers have no base URL for an item's HTML, so site-relative links and images become absolute. Only
 * real tags are touched: in serialized HTML a literal "<" starts a tag (text has it escaped as "&#x3C;"), so
 * code that shows an `href="/…"` is left as written.
 */
export function absolutizeLinks(html: string, base: string): string {
  const origin = base.replace(/\/+$/, '');
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/\s(href|src)="\/(?!\/)/g, (_, attribute: string) => ` ${attribute}="${origin}/`),
  );
}
