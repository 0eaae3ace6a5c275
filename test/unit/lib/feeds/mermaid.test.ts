import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderDiagram } from '../../../../src/lib/feeds/mermaid';

const flowchart = 'flowchart TD\n  A[Start] --> B{Check}\n  B -->|Yes| C[Done]\n  B -->|No| A';

describe('renderDiagram', () => {
  it('draws an inline SVG named for assistive technology', () => {
    const { figure, label } = renderDiagram(flowchart, 'd-x-d1');
    const html = toHtml(figure);
    expect(label).toBe('Flowchart: Start, Check, Done');
    expect(html).toMatch(
      /^<figure class="diagram"><svg viewBox="[\d. ]+" width="[\d.]+" height="[\d.]+" role="img" aria-labelledby="d-x-d1-title" style="min-width:\d+px"><title id="d-x-d1-title">Flowchart: Start, Check, Done<\/title>/,
    );
    expect(html).toContain('>Done</text>');
    // Never shown below three quarters of its drawn size: it scrolls instead.
    const width = Number(/width="([\d.]+)"/.exec(html)?.[1]);
    expect(html).toContain(`style="min-width:${Math.round(width * 0.75)}px"`);
  });

  it('lets keyboard users scroll a wide diagram', () => {
    const wide = renderDiagram(
      'flowchart LR\n  A[One long step] --> B[Another long step] --> C[A third long step] --> D[And a fourth one]',
      'w',
    );
    expect(toHtml(wide.figure)).toMatch(/^<figure class="diagram" tabindex="0" aria-label="Flowchart: One long step/);
    expect(toHtml(renderDiagram('flowchart TD\n  A --> B', 'n').figure)).toMatch(/^<figure class="diagram"><svg/);
  });

  it('uses the title the author declared', () => {
    expect(renderDiagram(`---\ntitle: Renewal loop\n---\n${flowchart}`, 'd').label).toBe('Renewal loop');
    expect(renderDiagram(`${flowchart}\n  accTitle: Checking loop`, 'd').label).toBe('Checking loop');
  });

  it('keeps no style block, web font import, data attribute or renderer id that could clash on the page', () => {
    const html = toHtml(renderDiagram(flowchart, 'd-x-d2').figure);
    expect(html).not.toMatch(/<style|@import|fonts\.googleapis|data-[a-z-]+=/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.every((id) => id?.startsWith('d-x-d2-'))).toBe(true);
    expect(html).toContain('marker-end="url(#d-x-d2-arrowhead)"');
  });

  it('rounds coordinates to one decimal', () => {
    const html = toHtml(renderDiagram(flowchart, 'd').figure);
    expect(html).not.toMatch(/\s(points|x|y|x1|y1|x2|y2|width|height|d|viewBox)="[^"]*\d\.\d{2,}/);
  });

  it('keeps hostile labels as text and drops click handlers and external paint', () => {
    const html = toHtml(
      renderDiagram(
        'flowchart LR\n  A["<img src=x onerror=alert(1)>"] --> B\n  click A "javascript:alert(2)"\n  style A fill:url(https://evil.example/x)',
        'd',
      ).figure,
    );
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<img|<a\s|url\(https|javascript:alert\(2\)"/);
  });

  it.each([
    ['a diagram type the renderer does not know', 'pie title Spend\n "A": 1'],
    ['text that is not a diagram', 'just some words'],
  ])('throws on %s, so the caller can show the source instead', (_, source) => {
    expect(() => renderDiagram(source, 'd')).toThrow(/Invalid mermaid header/);
  });
});
