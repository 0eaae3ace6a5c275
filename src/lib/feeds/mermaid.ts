import type { Element, ElementContent, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { renderMermaidSVG } from 'beautiful-mermaid';

/**
 * The renderer paints with role variables (--_text, --_line, --_node-fill…) and declares them in a style
 * block we drop; global.css (`.diagram svg`) binds them to the site palette instead, so one SVG reads well in
 * the light and the dark theme. These colours only feed the renderer's own (discarded) declarations.
 */
const diagramColors = { bg: 'var(--surface)', fg: 'var(--text)', transparent: true } as const;

/** What an SVG from the renderer may keep: shapes, text and markers; no script, link, style or foreign content. */
const svgSchema: Schema = {
  tagNames: [
    'svg',
    'g',
    'defs',
    'marker',
    'polygon',
    'polyline',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'text',
    'tspan',
    'title',
    'desc',
  ],
  strip: ['style', 'script', 'foreignObject', 'a', 'image', 'use'],
  attributes: {
    '*': [
      'id',
      'x',
      'y',
      'x1',
      'y1',
      'x2',
      'y2',
      'cx',
      'cy',
      'r',
      'rx',
      'ry',
      'width',
      'height',
      'points',
      'd',
      'fill',
      'fillOpacity',
      'stroke',
      'strokeWidth',
      'strokeDasharray',
      'strokeLinejoin',
      'strokeLinecap',
      'strokeOpacity',
      'opacity',
      'transform',
      'textAnchor',
      'dominantBaseline',
      'fontSize',
      'fontWeight',
      'fontStyle',
      'dx',
      'dy',
      'markerEnd',
      'markerStart',
      'markerWidth',
      'markerHeight',
      'refX',
      'refY',
      'orient',
      'viewBox',
      'preserveAspectRatio',
      'className',
    ],
  },
  clobberPrefix: '',
  clobber: [],
  allowComments: false,
};

/** Paint and marker values: colours, CSS variables and local references only (no external url()). */
const safeValue = (value: string) => !/url\(\s*(?!['"]?#)/i.test(value) && !/expression|javascript:/i.test(value);

/** Numbers with a long tail of decimals ("119.51400000000001") cost bytes and say nothing: one decimal. */
const roundNumbers = (value: string) =>
  value.replace(/-?\d+\.\d{2,}/g, (number) => String(Math.round(Number(number) * 10) / 10));

const geometric = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'points',
  'd',
  'transform',
  'viewBox',
  'dx',
  'dy',
  'refX',
  'refY',
]);

/** Smallest scale a diagram is shown at before it scrolls instead. */
const MIN_DIAGRAM_SCALE = 0.75;
/** Diagrams at least this wide (px, at that scale) may overflow a tablet-width column: focusable for keyboards. */
const SCROLL_FOCUS_WIDTH = 560;

export interface Diagram {
  /** `<figure class="diagram">` holding the SVG. */
  figure: Element;
  /** The accessible name given to the SVG. */
  label: string;
}

/** The diagram type, from its first meaningful line ("flowchart LR" → "Flowchart"). */
function diagramKind(source: string): string {
  const header = source
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('%%') && line !== '---');
  const word = header?.split(/\s/)[0]?.toLowerCase() ?? '';
  if (word === 'graph' || word === 'flowchart') return 'Flowchart';
  if (word.startsWith('sequence')) return 'Sequence diagram';
  if (word.startsWith('state')) return 'State diagram';
  if (word.startsWith('class')) return 'Class diagram';
  if (word.startsWith('er')) return 'Entity-relationship diagram';
  if (word.startsWith('xychart')) return 'Chart';
  return 'Diagram';
}

/** Mermaid's optional front matter ("---\ntitle: …\n---"), which the renderer does not read. */
const frontMatter = /^\s*---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** `accTitle: …` or a front-matter `title: …` in the diagram source, when the author gave one. */
function declaredTitle(source: string): string | undefined {
  const fromFrontMatter = /^title\s*:\s*(.+)$/m.exec(frontMatter.exec(source)?.[1] ?? '')?.[1];
  const accessible = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1];
  return (accessible ?? fromFrontMatter)?.replace(/^["']|["']$/g, '').trim() || undefined;
}

function walk(node: Element, visitor: (element: Element) => void) {
  visitor(node);
  for (const child of node.children) if (child.type === 'element') walk(child, visitor);
}

/**
 * Renders a Mermaid diagram to an inline SVG at build time (beautiful-mermaid, no DOM, no client script) and
 * makes it safe and small: the renderer's style block (which imports a web font) is dropped for the site's
 * stylesheet, every element and attribute passes an allowlist, ids are made unique on the page with `idPrefix`,
 * numbers are rounded, and the SVG gets an accessible name listing what the diagram shows.
 * Throws when the source is not a diagram the renderer understands.
 */
export function renderDiagram(source: string, idPrefix: string): Diagram {
  const body = source.replace(frontMatter, '');
  const svgText = renderMermaidSVG(body, diagramColors);
  const parsed = fromHtml(svgText, { fragment: true });
  const svgNode = parsed.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'svg',
  );
  if (!svgNode) throw new Error('the renderer returned no SVG');

  const labels: string[] = [];
  walk(svgNode, (element) => {
    const label = element.properties.dataLabel;
    if (
      Array.isArray(element.properties.className) &&
      element.properties.className.includes('node') &&
      typeof label === 'string'
    ) {
      labels.push(label);
    }
  });

  const clean = sanitize({ type: 'root', children: [svgNode] }, svgSchema);
  const svg =
    clean.type === 'root' ? clean.children.find((child): child is Element => child.type === 'element') : undefined;
  if (!svg) throw new Error('the SVG did not survive sanitizing');

  const ids = new Map<string, string>();
  walk(svg, (element) => {
    if (typeof element.properties.id === 'string') {
      const id = `${idPrefix}-${element.properties.id}`;
      ids.set(element.properties.id, id);
      element.properties.id = id;
    }
  });
  walk(svg, (element) => {
    const properties: Properties = {};
    for (const [key, raw] of Object.entries(element.properties)) {
      if (raw === undefined || raw === null) continue;
      let value = Array.isArray(raw) ? raw.join(' ') : raw;
      if (typeof value === 'string') {
        if (!safeValue(value)) continue;
        value = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ids.get(id) ?? id})`);
        if (geometric.has(key)) value = roundNumbers(value);
      }
      properties[key] = value;
    }
    element.properties = properties;
  });

  const kind = diagramKind(body);
  const shown = labels.slice(0, 6).join(', ');
  const more = labels.length > 6 ? `, and ${labels.length - 6} more` : '';
  const label = declaredTitle(source) ?? (labels.length ? `${kind}: ${shown}${more}` : kind);
  const titleId = `${idPrefix}-title`;
  const width = Number(svg.properties.width);
  svg.properties = { ...svg.properties, role: 'img', ariaLabelledBy: [titleId] };
  // A diagram never shrinks below three quarters of its drawn size (13 px labels stay about 10 px): wider than
  // the column, it scrolls sideways inside its figure instead, and that figure can take keyboard focus.
  const minWidth = Math.round(width * MIN_DIAGRAM_SCALE);
  if (minWidth > 0) svg.properties.style = `min-width:${minWidth}px`;
  const mayScroll = minWidth > SCROLL_FOCUS_WIDTH;
  const title: ElementContent = {
    type: 'element',
    tagName: 'title',
    properties: { id: titleId },
    children: [{ type: 'text', value: label }],
  };
  walk(svg, (element) => {
    if (element.tagName !== 'text' && element.tagName !== 'tspan' && element.tagName !== 'title') {
      element.children = element.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
    }
  });
  svg.children = [title, ...svg.children];

  const figure: Element = {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram'], ...(mayScroll ? { tabIndex: 0, ariaLabel: label } : {}) },
    children: [svg],
  };
  return { figure, label };
}
