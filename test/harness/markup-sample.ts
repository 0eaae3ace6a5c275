/**
 * Which pages of one template the accessibility pass must open to see every form of markup they hold. Articles are
 * one template filled with feed content: what can differ between two of them, to axe, is the markup the content
 * brings (elements, their nesting, classes, roles, aria and lang values, inline styles, empty links and images
 * without alt). Each page is reduced to the set of such markup forms ("signatures"), and a greedy set cover picks
 * pages until every signature seen anywhere is on a picked page. Text and URLs are left out: they do not change what
 * axe's WCAG rules decide, except emptiness (a link or heading with no text), which is part of the signature.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** Attributes whose values change an axe verdict; any other attribute counts by name only. */
const valueAttributes = /^(role|lang|scope|type|tabindex|style|aria-(?!label$|labelledby$|describedby$).*)$/;

/** Elements whose accessible name or text axe checks: an empty one is a different form from a filled one. */
const namedElements = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'summary', 'caption', 'label']);

/** A style value with its lengths blanked (a diagram's width is not a new form) and its colours kept (contrast). */
const styleForm = (style: string) =>
  style.replace(/#[0-9a-f]{3,8}\b|\d+(\.\d+)?/gi, (match) => (match.startsWith('#') ? match : 'N'));

/** One element's form: its tag, classes, attributes (values where they matter) and whether it is named. */
function elementForm(element: HTMLElement): string {
  const tag = element.rawTagName?.toLowerCase() ?? '#root';
  const classes = [...element.classList.values()].sort().join('.');
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => name !== 'class' && name !== 'id')
    .map(([name, value]) =>
      name === 'style' ? `style=${styleForm(value)}` : valueAttributes.test(name) ? `${name}=${value}` : name,
    )
    .sort()
    .join(',');
  const named = namedElements.has(tag)
    ? element.text.trim() || element.getAttribute('aria-label') || element.querySelector('img[alt]:not([alt=""])')
      ? '+name'
      : '-name'
    : '';
  const alt =
    tag === 'img' ? (element.hasAttribute('alt') ? (element.getAttribute('alt') ? '+alt' : '=alt') : '-alt') : '';
  return `${tag}${classes ? `.${classes}` : ''}[${attributes}]${named}${alt}`;
}

/**
 * Every markup form inside the page's `selector` element (the whole page when it has none), each element with its
 * parent and grandparent: colours and roles depend on where an element sits (a link in a table header, a code span
 * in a footnote), so an element counts as new wherever its surroundings are new.
 */
export function markupSignatures(html: string, selector = 'main'): Set<string> {
  const root = parse(html);
  const scope = root.querySelector(selector) ?? root;
  const signatures = new Set<string>();
  for (const element of scope.querySelectorAll('*')) {
    const parent = element.parentNode as HTMLElement | null;
    const grandparent = parent?.parentNode as HTMLElement | null | undefined;
    const path = [grandparent, parent].map((node) => (node ? elementForm(node) : '#root'));
    signatures.add(`${path.join(' > ')} > ${elementForm(element)}`);
  }
  return signatures;
}

/** The fewest pages (greedy, so close to fewest) whose signatures together cover every page's, in input order. */
export function coveringSample(pages: ReadonlyMap<string, Set<string>>): string[] {
  const uncovered = new Set([...pages.values()].flatMap((signatures) => [...signatures]));
  const picked = new Set<string>();
  while (uncovered.size > 0) {
    let best: string | undefined;
    let bestGain = 0;
    for (const [path, signatures] of pages) {
      if (picked.has(path)) continue;
      let gain = 0;
      for (const signature of signatures) if (uncovered.has(signature)) gain++;
      if (gain > bestGain) [best, bestGain] = [path, gain];
    }
    if (!best) break;
    picked.add(best);
    for (const signature of pages.get(best)!) uncovered.delete(signature);
  }
  return [...pages.keys()].filter((path) => picked.has(path));
}
