import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { codeText } from './code-blocks';

/**
 * Rewrites rendered page HTML for feed readers, which cannot use our stylesheet: Shiki code blocks become
 * plain `<pre><code class="language-x">`, a tool becomes a link to its page (with the post's inputs), inline styles
 * and the site's focus helpers go. Used for original
 * posts; imported articles keep a reader version from normalization (loader's `feedHtml`).
 */
export function toFeedHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    // A tool is scripts and form controls a feed reader cannot run: it becomes a link to the tool's page.
    const link = node.properties.dataFeedLink;
    if (typeof link === 'string' && parent && index !== undefined) {
      const title =
        typeof node.properties.dataFeedTitle === 'string' ? node.properties.dataFeedTitle : 'the calculator';
      parent.children.splice(index, 1, toolLinkParagraph(link, title));
      return index + 1;
    }
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

/** "Run the numbers: <title>, with this article's inputs" as a paragraph holding one link. */
function toolLinkParagraph(href: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [
      { type: 'text', value: 'Interactive calculator: ' },
      { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: title }] },
      { type: 'text', value: ' (opens on Breakeven with this article’s inputs).' },
    ],
  };
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
