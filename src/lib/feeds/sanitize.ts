import type { Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * What survives from a feed's HTML: text structure, tables, links, images and code, nothing that runs or
 * restyles the page. No script, style, iframe, form, SVG, event handler, inline style, class (bar a code
 * block's language) or javascript:/data: URL gets through. Elements in `strip` go with their content.
 */
export const feedHtmlSchema: Schema = {
  tagNames: [
    ...headings,
    'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details',
    'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark',
    'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
    'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
  ],
  strip: [
    'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'svg',
    'math', 'form', 'textarea', 'select', 'button', 'canvas', 'audio', 'video', 'link', 'meta', 'base', 'title',
  ],
  attributes: {
    '*': ['id', 'lang', 'dir', 'title'],
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    th: ['colSpan', 'rowSpan', 'scope', 'abbr', ['align', 'left', 'center', 'right']],
    col: ['span'],
    colgroup: ['span'],
    ol: ['start', 'reversed', ['type', '1', 'a', 'A', 'i', 'I']],
    li: ['value'],
    pre: ['dataLanguage'],
    code: [['className', /^language-[\w+#.-]+$/]],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    time: ['dateTime'],
    details: ['open'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    section: ['dataFootnotes'],
    h2: [['className', 'sr-only']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  ancestors: { tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], td: ['table'], th: ['table'] },
  clobberPrefix: '',
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** Sanitizes a parsed fragment in place of the original: returns the clean tree. */
export function sanitizeFeedHtml(tree: Root): Root {
  return sanitize(tree, feedHtmlSchema) as Root;
}
