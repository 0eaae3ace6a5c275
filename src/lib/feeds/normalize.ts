import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { countWords, readingMinutes } from '../reading-time';
import { canonicalizeCodeBlocks, codeText } from './code-blocks';
import { highlightCode } from './highlight';
import { internalTarget, resolveHref, type LinkContext } from './links';
import { renderDiagram } from './mermaid';
import { sanitizeFeedHtml } from './sanitize';

/** Bump when the normalizer's output changes, so warm builds reprocess every item once. */
export const NORMALIZER_VERSION = 5;

/** One entry of an article's table of contents. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface NormalizeContext extends LinkContext {
  /** The item's own URL: relative links and images resolve against it. */
  baseUrl: string;
  /** Hosts of the source's own sites (tool links are only matched there). */
  sourceHosts: ReadonlySet<string>;
  /** Prefix for ids this item adds (diagram parts), unique per article. */
  idPrefix: string;
  /** Ids the page around the article already uses, never given to a heading. */
  reservedIds?: readonly string[];
  /** Remote images stored with the site, by their absolute URL: our copy and its size. */
  images?: ReadonlyMap<string, { src: string; width: number; height: number }>;
  /** Told about anything worth a line in the build log (a diagram that did not render). */
  onWarning?: (message: string) => void;
}

export interface NormalizedContent {
  /** Clean HTML for the article page: highlighted code, inline SVG diagrams. */
  html: string;
  /** The same content for feed readers: plain code blocks, diagrams as their Mermaid source. */
  feedHtml: string;
  toc: TocEntry[];
  wordCount: number;
  readingMinutes: number;
  /** First paragraph's text, up to ~220 characters at a word boundary. */
  excerpt: string;
  stats: {
    codeBlocks: number;
    diagrams: number;
    diagramFallbacks: number;
    tables: number;
    internalLinks: number;
    toolLinks: number;
    /** Links to the owner's review pages and listings, and to the owner's category pages, that land on ours. */
    pageLinks: number;
    categoryLinks: number;
    /** Links to the owner's sites we have no page for: kept external and marked. */
    ownerMissingLinks: number;
    /** Remote images fetched at build time and served with the site. */
    storedImages: number;
    remoteImages: number;
  };
}

/** Page ids a heading must never take (layout landmarks and our own article chrome). */
const pageIds = [
  'main',
  'toc',
  'toc-title',
  'content',
  'related',
  'related-title',
  'article-nav',
  'footer-about-title',
  'footer-elsewhere',
  'search',
];

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const text = (value: string): ElementContent => ({ type: 'text', value });

/** Cuts text at a word boundary near `max` characters, with an ellipsis when cut. */
export function truncate(value: string, max = 220): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max * 0.6 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Imported headings start below the page title: when the content uses h1, every heading moves down a level. */
function demoteHeadings(tree: Root) {
  let hasH1 = false;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'h1') hasH1 = true;
  });
  if (!hasH1) return;
  visit(tree, 'element', (node) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Number(level) + 1)}`;
  });
}

/** Ids for headings (GitHub-style slugs of their text), unique ids for everything else, and in-page links kept working. */
function assignIds(tree: Root, reserved: readonly string[]): TocEntry[] {
  const slugger = new GithubSlugger();
  for (const id of reserved) slugger.slug(id);
  const renamed = new Map<string, string>();
  const toc: TocEntry[] = [];
  visit(tree, 'element', (node) => {
    const oldId = typeof node.properties.id === 'string' ? node.properties.id : undefined;
    const level = /^h([2-6])$/.exec(node.tagName)?.[1];
    if (level) {
      // Feeds indent heading text with newlines and spaces (dev.to does): trim it at both ends.
      const first = node.children[0];
      const last = node.children.at(-1);
      if (first?.type === 'text') first.value = first.value.trimStart();
      if (last?.type === 'text') last.value = last.value.trimEnd();
      const label = toString(node).replace(/\s+/g, ' ').trim();
      const id = slugger.slug(label || 'section');
      node.properties.id = id;
      if (oldId) renamed.set(oldId, id);
      if (
        (level === '2' || level === '3') &&
        label &&
        !(node.properties.className as string[] | undefined)?.includes('sr-only')
      ) {
        toc.push({ depth: Number(level) as 2 | 3, id, text: label });
      }
    } else if (oldId) {
      const id = slugger.slug(oldId.startsWith('user-content-') ? oldId : `user-content-${oldId}`);
      node.properties.id = id;
      renamed.set(oldId, id);
    }
    if (node.tagName === 'h2' && (node.properties.className as string[] | undefined)?.includes('sr-only')) {
      node.properties.className = ['visually-hidden'];
    }
  });
  visit(tree, 'element', (node) => {
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) {
      const target = renamed.get(decodeURIComponent(href.slice(1)));
      if (target) node.properties.href = `#${target}`;
    }
  });
  return toc;
}

/**
 * Lists may only hold list items: feeds sometimes nest a list, or loose text, straight inside another list
 * (invalid, and confusing to screen readers). Such children move into the item before them, or a new item.
 */
function repairLists(tree: Root) {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'ul' && node.tagName !== 'ol') return;
    const children: ElementContent[] = [];
    for (const child of node.children) {
      const stray =
        (child.type === 'element' && child.tagName !== 'li') || (child.type === 'text' && child.value.trim());
      if (!stray) {
        children.push(child);
        continue;
      }
      const previous = [...children].reverse().find((c): c is Element => c.type === 'element' && c.tagName === 'li');
      if (previous) previous.children.push(child);
      else children.push(element('li', {}, [child]));
    }
    node.children = children;
  });
}

/** Task-list checkboxes (read-only in an article) are named by their item's text, so a screen reader says what is checked. */
function labelTaskCheckboxes(tree: Root) {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'li') return;
    const box = node.children.find(
      (child): child is Element =>
        child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox',
    );
    if (!box) return;
    // The item's own words: not its footnote markers or nested lists.
    const own = node.children.filter(
      (child) => !(child.type === 'element' && ['sup', 'ul', 'ol'].includes(child.tagName)),
    );
    box.properties.ariaLabel = truncate(own.map((child) => toString(child)).join(''), 120) || 'Task';
  });
}

/** The text a table is known by: its caption, else its header cells. */
function tableLabel(table: Element, index: number): string {
  const caption = table.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'caption',
  );
  if (caption) return truncate(toString(caption), 80);
  const headers: string[] = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'th' && headers.length < 4) headers.push(toString(node).trim());
  });
  const named = headers.filter(Boolean);
  return named.length ? truncate(`Table ${index}: ${named.join(', ')}`, 100) : `Table ${index}`;
}

/** Which stats counter each kind of rewritten (or owner-missing) link adds to. */
const linkStat = {
  article: 'internalLinks',
  tool: 'toolLinks',
  page: 'pageLinks',
  category: 'categoryLinks',
  'owner-missing': 'ownerMissingLinks',
} as const;

export async function normalizeHtml(html: string, context: NormalizeContext): Promise<NormalizedContent> {
  const tree = fromHtml(html, { fragment: true });
  const stats = {
    codeBlocks: 0,
    diagrams: 0,
    diagramFallbacks: 0,
    tables: 0,
    internalLinks: 0,
    toolLinks: 0,
    pageLinks: 0,
    categoryLinks: 0,
    ownerMissingLinks: 0,
    storedImages: 0,
    remoteImages: 0,
  };
  canonicalizeCodeBlocks(tree);
  const clean = sanitizeFeedHtml(tree);
  demoteHeadings(clean);
  const toc = assignIds(clean, [...pageIds, ...(context.reservedIds ?? [])]);

  // Links: absolute, and pointing at our copy or our tool when we have one.
  visit(clean, 'element', (node) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = resolveHref(node.properties.href, context.baseUrl);
    if (!href) {
      delete node.properties.href;
      return;
    }
    if (href.startsWith('#')) return;
    const target = internalTarget(href, context.sourceHosts, context);
    node.properties.href = target?.path ?? href;
    if (target) stats[linkStat[target.kind]]++;
    if (target?.kind === 'owner-missing') {
      node.properties = {
        ...node.properties,
        rel: ['external'],
        dataOwnerLink: 'missing',
        title: 'On the original site',
      };
    }
  });

  // Images: same-site ones lazy-load; remote ones would be a third-party request, so they become a link.
  visit(clean, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    const src = typeof node.properties.src === 'string' ? resolveHref(node.properties.src, context.baseUrl) : undefined;
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
    if (!src) {
      parent.children.splice(index, 1);
      return index;
    }
    if (src.startsWith('/')) {
      node.properties = { ...node.properties, src, loading: 'lazy', decoding: 'async' };
      return;
    }
    const stored = context.images?.get(src);
    if (stored) {
      const { src: local, width, height } = stored;
      node.properties = { ...node.properties, src: local, width, height, loading: 'lazy', decoding: 'async' };
      stats.storedImages++;
      return;
    }
    stats.remoteImages++;
    let insideLink = false;
    visit(clean, 'element', (candidate) => {
      if (candidate.tagName === 'a' && candidate.children.includes(node)) insideLink = true;
    });
    const label = [text('Image: '), element('span', {}, [text(alt || 'untitled')]), text(' (on the original site)')];
    const replacement = insideLink
      ? element('span', { className: ['remote-image'] }, label)
      : element('a', { className: ['remote-image'], href: src }, label);
    parent.children.splice(index, 1, replacement);
    return [SKIP, index + 1];
  });

  repairLists(clean);
  // An empty header cell (a matrix's corner) names nothing: it is a data cell.
  visit(clean, 'element', (node) => {
    if (node.tagName === 'th' && !toString(node).trim()) node.tagName = 'td';
  });
  labelTaskCheckboxes(clean);

  // Tables scroll sideways inside a focusable, labelled region instead of widening the page.
  let tableIndex = 0;
  visit(clean, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    tableIndex++;
    stats.tables++;
    const wrapper = element(
      'div',
      { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(node, tableIndex) },
      [node],
    );
    parent.children.splice(index, 1, wrapper);
    return SKIP;
  });

  let excerpt = '';
  visit(clean, 'element', (node) => {
    if (excerpt || node.tagName !== 'p') return;
    const paragraph = toString(node).trim();
    if (paragraph.length > 40) excerpt = truncate(paragraph);
  });
  if (!excerpt) excerpt = truncate(toString(clean));

  // Feed readers get plain code and the diagrams' Mermaid source: they cannot use our styles or variables.
  const blocks: { parent: Element | Root; index: number; node: Element }[] = [];
  visit(clean, 'element', (node, index, parent) => {
    if (node.tagName === 'pre' && parent && index !== undefined) blocks.push({ parent, index, node });
  });
  for (const { node } of blocks) {
    const lang = String(node.properties.dataLanguage ?? 'plaintext');
    const code = node.children[0];
    if (code?.type === 'element') code.properties.className = [`language-${lang}`];
  }
  const feedHtml = toHtml(clean);
  // Counted on markup (tags become spaces) so words in adjacent blocks are never glued together.
  const wordCount = countWords(feedHtml);

  for (const { parent, index, node } of blocks.reverse()) {
    const lang = String(node.properties.dataLanguage ?? 'plaintext');
    const source = codeText(node);
    let replacement: RootContent;
    if (lang === 'mermaid') {
      try {
        replacement = renderDiagram(
          source,
          `${context.idPrefix}-d${stats.diagrams + stats.diagramFallbacks + 1}`,
        ).figure;
        stats.diagrams++;
      } catch (error) {
        stats.diagramFallbacks++;
        const reason = error instanceof Error ? error.message : String(error);
        context.onWarning?.(`diagram not rendered, shown as code (${truncate(reason, 140)})`);
        replacement = element('figure', { className: ['diagram-fallback'] }, [
          await highlightCode(source, 'mermaid'),
          element('figcaption', {}, [text('This diagram could not be drawn, so its source is shown instead.')]),
        ]);
      }
    } else {
      replacement = await highlightCode(source, lang);
      stats.codeBlocks++;
    }
    parent.children.splice(index, 1, replacement as ElementContent);
  }

  return {
    html: toHtml(clean),
    feedHtml,
    toc,
    wordCount,
    readingMinutes: readingMinutes(feedHtml),
    excerpt,
    stats,
  };
}
