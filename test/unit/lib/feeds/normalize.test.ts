import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineTool } from '../../../../src/lib/tool-kit/tool-meta';
import { normalizeHtml, truncate, type NormalizeContext } from '../../../../src/lib/feeds/normalize';
import { parseFeedDocument } from '../../../../src/lib/feeds/parse';

/** A tool as another branch will declare it: only its aliases matter here. */
const reservedTool = defineTool({
  id: 'reserved-instance-roi',
  title: 'Reserved instance ROI',
  summary: 'When a reservation pays for itself, month by month.',
  description: 'Compares on-demand and reserved pricing over the term and finds the month a reservation breaks even.',
  category: 'databases',
  aliases: ['/tools/reserved-instance-roi-calculator/'],
  figuresAsOf: '2026-11-01',
});

const context = (overrides: Partial<NormalizeContext> = {}): NormalizeContext => ({
  baseUrl: 'https://notes.example.com/blog/post/',
  sourceHosts: new Set(['notes.example.com']),
  idPrefix: 'd-post',
  articlesByOriginal: new Map([['https://notes.example.com/blog/other', '/articles/other/']]),
  tools: [reservedTool],
  ...overrides,
});

const normalize = (html: string, overrides?: Partial<NormalizeContext>) => normalizeHtml(html, context(overrides));

describe('sanitizing', () => {
  const hostile = parseFeedDocument(readFileSync('test/fixtures/feeds/site/xss-vectors.rss.xml', 'utf8'), 'xss')
    .items[0]!;

  it.each([
    ['script elements', /<script/i],
    ['event handler attributes', /<[a-z][^>]*\son[a-z]+=/i],
    ['javascript: URLs', /(href|src|action|background|xlink:href)="\s*javascript:/i],
    ['data: URLs', /(href|src)="\s*data:/i],
    ['vbscript: URLs', /(href|src)="\s*vbscript:/i],
    ['iframes', /<iframe/i],
    ['objects and embeds', /<object|<embed/i],
    ['forms and their fields', /<form|<input(?![^>]*type="checkbox")|<button|<textarea/i],
    ['style elements and inline styles outside highlighted code', /<style|<(?!pre|span|svg)[a-z]+[^>]*\sstyle=/i],
    ['SVG and MathML from the feed', /<svg(?![^>]*role="img")|<math/i],
    ['meta, link and base elements', /<meta|<link|<base/i],
    ['classes from the feed', /class="overlay"/],
  ])('removes %s', async (_, pattern) => {
    const { html, feedHtml } = await normalize(hostile.html!);
    expect(html).not.toMatch(pattern);
    expect(feedHtml).not.toMatch(pattern);
  });

  it('keeps the text around the attacks and shows code about scripts as code', async () => {
    const { html } = await normalize(hostile.html!);
    expect(html).toContain('Plain text before the attacks survives.');
    expect(html).toContain('Plain text after the attacks survives too.');
    expect(html.replace(/<[^>]+>/g, '')).toContain("&#x3C;script>alert('shown as code, never run')");
    expect(html).toContain('Click handler and inline style.');
  });

  it('keeps what articles need: tables with alignment, lists, links, footnote ids and task lists', async () => {
    const { html } = await normalize(
      '<table><tr><th align="right">A</th></tr><tr><td align="right">1</td></tr></table>' +
        '<ol start="3"><li><input type="checkbox" disabled checked> done<sup><a href="#fn-1" id="ref-1" data-footnote-ref>1</a></sup></li></ol>' +
        '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="fn-1">Note <a href="#ref-1" data-footnote-backref>↩</a></li></ol></section>',
    );
    expect(html).toContain('<th align="right">A</th>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<input type="checkbox" disabled checked aria-label="done">');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-ref-1"');
    expect(html).toContain('<li id="user-content-fn-1">Note <a href="#user-content-ref-1"');
    expect(html).toContain('<h2 class="visually-hidden" id="footnotes">Footnotes</h2>');
  });
});

describe('code blocks', () => {
  const shiki =
    '<pre class="astro-code github-dark" style="background-color:#24292e" tabindex="0" data-language="sql"><code>' +
    '<span class="line"><span style="color:#F97583">SELECT</span><span style="color:#E1E4E8"> 1 &lt; 2;</span></span>\n' +
    '<span class="line"><span style="color:#F97583">SELECT</span><span> 2;</span></span></code></pre>';
  const rouge =
    '<div class="highlight js-code-highlight">\n<pre class="highlight shell"><code><span class="nb">cat</span> file.log | <span class="nb">grep</span> <span class="s2">"error"</span>\n\n</code></pre>\n\n</div>';

  it.each([
    ['Shiki spans (Astro, RajivOnAI)', shiki, 'sql', 'SELECT 1 < 2;\nSELECT 2;'],
    ['Rouge highlight divs (dev.to, Forem)', rouge, 'bash', 'cat file.log | grep "error"\n'],
    ['markdown-it classes', '<pre><code class="language-Python">print(1)\n</code></pre>', 'python', 'print(1)'],
    ['Prism lang- classes', '<pre class="lang-ts"><code>let a = 1;</code></pre>', 'ts', 'let a = 1;'],
    ['no language at all', '<pre>plain\ntext</pre>', 'plaintext', 'plain\ntext'],
    ['line breaks as <br>', '<pre><code>one<br>two</code></pre>', 'plaintext', 'one\ntwo'],
  ])('rebuilds %s as plain code with its language, then highlights it like MDX code', async (_, input, lang, text) => {
    const { html, feedHtml, stats } = await normalize(input);
    expect(stats.codeBlocks).toBe(1);
    expect(html).toMatch(
      new RegExp(
        `^<pre class="astro-code astro-code-themes github-light-default github-dark-default" style="[^"]*--shiki-light:[^"]*overflow-x:auto" tabindex="0" data-language="${lang}">`,
      ),
    );
    expect(html).not.toContain('highlight');
    expect(feedHtml).toContain(`<pre data-language="${lang}"><code class="language-${lang}">`);
    const decoded = feedHtml
      .replace(/<[^>]+>/g, '')
      .replace(/&#x3C;/g, '<')
      .replace(/&#x26;/g, '&')
      .replace(/&quot;/g, '"');
    expect(decoded).toBe(text);
  });

  it('colours tokens with both site themes as CSS variables', async () => {
    const { html } = await normalize(shiki);
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">SELECT<\/span>/i);
  });

  it('shows an unknown language as plain text, still as a site code block', async () => {
    const { html } = await normalize('<pre data-language="klingon"><code>Qapla</code></pre>');
    expect(html).toMatch(
      /^<pre class="astro-code[^"]*"[^>]*data-language="klingon"><code><span class="line"><span[^>]*>Qapla/,
    );
  });
});

describe('diagrams', () => {
  const mermaid = (source: string) => `<pre data-language="mermaid"><code>${source}</code></pre>`;

  it('draws a Mermaid block as an inline SVG with an accessible name', async () => {
    const { html, feedHtml, stats } = await normalize(mermaid('flowchart LR\n  A[Measure] --&gt; B[Decide]'));
    expect(stats).toMatchObject({ diagrams: 1, diagramFallbacks: 0 });
    expect(html).toMatch(
      /^<figure class="diagram"><svg [^>]*role="img" aria-labelledby="d-post-d1-title" style="min-width:\d+px"><title id="d-post-d1-title">Flowchart: Measure, Decide<\/title>/,
    );
    expect(feedHtml).toContain('<code class="language-mermaid">flowchart LR');
  });

  it('shows a diagram it cannot draw as highlighted source with a note, and reports it', async () => {
    const warnings: string[] = [];
    const { html, stats } = await normalize(mermaid('pie title Spend\n  "A" : 1'), {
      onWarning: (m) => warnings.push(m),
    });
    expect(stats).toMatchObject({ diagrams: 0, diagramFallbacks: 1 });
    expect(html).toMatch(/^<figure class="diagram-fallback"><pre class="astro-code[^>]*data-language="mermaid">/);
    expect(html).toContain('<figcaption>This diagram could not be drawn, so its source is shown instead.</figcaption>');
    expect(warnings).toEqual([expect.stringMatching(/^diagram not rendered, shown as code \(Invalid mermaid header/)]);
  });
});

describe('links', () => {
  it.each([
    ['a root-relative link', '/blog/x/', 'https://notes.example.com/blog/x/'],
    ['a relative link', 'x/', 'https://notes.example.com/blog/post/x/'],
    ['a "///" link with no host', '///2023/09/06/a.html', 'https://notes.example.com/2023/09/06/a.html'],
    ['our copy of a source article', 'https://notes.example.com/blog/other/', '/articles/other/'],
    ['our copy, linked relatively', '/blog/other', '/articles/other/'],
    [
      'a source tool we have',
      'https://notes.example.com/tools/reserved-instance-roi-calculator/',
      '/tools/reserved-instance-roi/',
    ],
    [
      'a source tool we have, without trailing slash',
      '/tools/reserved-instance-roi-calculator',
      '/tools/reserved-instance-roi/',
    ],
    [
      'a source tool we do not have',
      '/tools/sql-server-license-calculator/',
      'https://notes.example.com/tools/sql-server-license-calculator/',
    ],
    [
      'the same tool path on another site',
      'https://elsewhere.example.org/tools/reserved-instance-roi-calculator/',
      'https://elsewhere.example.org/tools/reserved-instance-roi-calculator/',
    ],
    ['an in-page anchor', '#the-numbers', '#the-numbers'],
    ['a mail link', 'mailto:someone@example.com', 'mailto:someone@example.com'],
  ])('rewrites %s', async (_, href, expected) => {
    const { html } = await normalize(`<p><a href="${href}">link</a></p>`);
    expect(html).toBe(`<p><a href="${expected}">link</a></p>`);
  });

  it('counts the links it pointed at our articles and tools', async () => {
    const { stats } = await normalize(
      '<a href="/blog/other/">a</a><a href="/tools/reserved-instance-roi-calculator/">t</a>',
    );
    expect(stats).toMatchObject({ internalLinks: 1, toolLinks: 1 });
  });
});

describe('stored feed images', () => {
  it('serves an image stored at build time from our site, with its size, lazily; others stay links', async () => {
    const images = new Map([['https://cdn.example.net/a.png', { src: '/media/feed/abc.png', width: 48, height: 24 }]]);
    const { html, stats } = await normalize(
      '<p><img src="https://cdn.example.net/a.png" alt="A"><img src="https://cdn.example.net/b.png" alt="B"></p>',
      { images },
    );
    expect(html).toBe(
      '<p><img src="/media/feed/abc.png" alt="A" width="48" height="24" loading="lazy" decoding="async">' +
        '<a class="remote-image" href="https://cdn.example.net/b.png">Image: <span>B</span> (on the original site)</a></p>',
    );
    expect(stats).toMatchObject({ storedImages: 1, remoteImages: 1 });
  });
});

describe('owner links', () => {
  // An Atom entry by another author (field.example.org) that links to the owner's sites.
  const owner = (overrides: Partial<NormalizeContext> = {}) =>
    context({
      baseUrl: 'https://field.example.org/range-partitions/',
      sourceHosts: new Set(['field.example.org']),
      ownerHosts: ['rajivonai.com'],
      sitePages: [
        { path: '/review/checklist/', title: 'Checklist', aliases: ['/30-point-database-cost-review-checklist.md'] },
      ],
      categories: new Set(['databases']),
      ...overrides,
    });

  it.each([
    [
      'a tool we host',
      'https://rajivonai.com/tools/reserved-instance-roi-calculator/',
      '/tools/reserved-instance-roi/',
    ],
    [
      'a tool we host, on www. with a query',
      'https://www.rajivonai.com/tools/reserved-instance-roi-calculator?x=1',
      '/tools/reserved-instance-roi/',
    ],
    [
      'a page we host, on a subdomain',
      'https://review.rajivonai.com/30-point-database-cost-review-checklist.md',
      '/review/checklist/',
    ],
    ['a category we have', 'https://rajivonai.com/blog/category/databases/', '/categories/databases/'],
  ])('lands %s here, from another author’s feed', async (_, href, expected) => {
    const { html } = await normalizeHtml(`<a href="${href}">x</a>`, owner());
    expect(html).toBe(`<a href="${expected}">x</a>`);
  });

  it('keeps a link to an owner page we do not have external, and marks it', async () => {
    const href = 'https://rajivonai.com/talks/partitioning/';
    const { html, stats } = await normalizeHtml(`<a href="${href}">talk</a>`, owner());
    expect(html).toBe(
      `<a href="${href}" rel="external" data-owner-link="missing" title="On the original site">talk</a>`,
    );
    expect(stats.ownerMissingLinks).toBe(1);
  });

  it.each([
    ['a category we do not have', 'https://rajivonai.com/blog/category/gardening/'],
    ['a look-alike host', 'https://notrajivonai.com/tools/reserved-instance-roi-calculator/'],
  ])('does not rewrite %s to a page of ours', async (_, href) => {
    const { html } = await normalizeHtml(`<a href="${href}">x</a>`, owner());
    expect(html).toContain(`href="${href}"`);
  });

  it('leaves the owner’s tools on the owner’s site in other feeds when no owner hosts are configured', async () => {
    const href = 'https://rajivonai.com/tools/reserved-instance-roi-calculator/';
    const { html } = await normalizeHtml(`<a href="${href}">x</a>`, owner({ ownerHosts: [] }));
    expect(html).toBe(`<a href="${href}">x</a>`);
  });

  it('counts each kind of link it rewrote', async () => {
    const { stats } = await normalizeHtml(
      [
        'https://rajivonai.com/tools/reserved-instance-roi-calculator/',
        'https://rajivonai.com/30-point-database-cost-review-checklist.md',
        'https://rajivonai.com/categories/databases/',
        'https://rajivonai.com/nowhere/',
        'https://elsewhere.example.org/',
      ]
        .map((href) => `<a href="${href}">x</a>`)
        .join(''),
      owner(),
    );
    expect(stats).toMatchObject({
      toolLinks: 1,
      pageLinks: 1,
      categoryLinks: 1,
      ownerMissingLinks: 1,
      internalLinks: 0,
    });
  });
});

describe('structure', () => {
  it('moves headings below the page title when the feed uses h1, and gives every heading a unique id', async () => {
    const { html, toc } = await normalize('<h1>\n  \n  Intro\n</h1><p>x</p><h2>Detail</h2><h1>Intro</h1><h1>Main</h1>');
    expect(html).toBe(
      '<h2 id="intro">Intro</h2><p>x</p><h3 id="detail">Detail</h3><h2 id="intro-1">Intro</h2><h2 id="main-1">Main</h2>',
    );
    expect(toc).toEqual([
      { depth: 2, id: 'intro', text: 'Intro' },
      { depth: 3, id: 'detail', text: 'Detail' },
      { depth: 2, id: 'intro-1', text: 'Intro' },
      { depth: 2, id: 'main-1', text: 'Main' },
    ]);
  });

  it('keeps in-page links working when it renames a heading', async () => {
    const { html } = await normalize('<p><a href="#old">jump</a></p><h2 id="old">New name</h2>');
    expect(html).toBe('<p><a href="#new-name">jump</a></p><h2 id="new-name">New name</h2>');
  });

  it('moves lists nested straight inside a list into the item before them', async () => {
    const { html } = await normalize(
      '<ol><li>One</li><ul><li>One a</li></ul><li>Two</li></ol><ul>loose<li>x</li></ul>',
    );
    expect(html).toBe('<ol><li>One<ul><li>One a</li></ul></li><li>Two</li></ol><ul><li>loose</li><li>x</li></ul>');
  });

  it('turns an empty header cell into a data cell', async () => {
    const { html } = await normalize('<table><tr><th></th><th>Cost</th></tr></table>');
    expect(html).toContain('<tr><td></td><th>Cost</th></tr>');
  });

  it('names task-list checkboxes by their item', async () => {
    const { html } = await normalize('<ul><li><input type="checkbox" disabled> Back up the database</li></ul>');
    expect(html).toBe(
      '<ul><li><input type="checkbox" disabled aria-label="Back up the database"> Back up the database</li></ul>',
    );
  });

  it('wraps tables in a focusable, labelled region that scrolls sideways', async () => {
    const { html, stats } = await normalize(
      '<table><thead><tr><th>Plan</th><th>Cost</th></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody></table>',
    );
    expect(stats.tables).toBe(1);
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" tabindex="0" aria-label="Table 1: Plan, Cost"><table>/,
    );
  });

  it('turns remote images into links (no third-party request) and lazy-loads same-site ones', async () => {
    const { html, stats } = await normalize(
      '<p><img src="https://cdn.example.net/a.png" alt="Chart"></p><p><a href="https://cdn.example.net/a.png"><img src="https://cdn.example.net/a.png" alt="Wrapped"></a></p>',
    );
    expect(stats.remoteImages).toBe(2);
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a class="remote-image" href="https://cdn.example.net/a.png">Image: <span>Chart</span> (on the original site)</a>',
    );
    expect(html).toContain(
      '<a href="https://cdn.example.net/a.png"><span class="remote-image">Image: <span>Wrapped</span>',
    );
  });

  it('counts words, reading time and takes the first real paragraph as the excerpt', async () => {
    const words = Array.from({ length: 440 }, (_, i) => `word${i}`).join(' ');
    const result = await normalize(`<p>Short.</p><p>${words}</p>`);
    expect(result.wordCount).toBe(441);
    expect(result.readingMinutes).toBe(2); // 441 words / 220 per minute = 2.0
    expect(result.excerpt.length).toBeLessThanOrEqual(221);
    expect(result.excerpt).toMatch(/^word0 word1 .*…$/);
  });
});

describe('truncate', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['a sentence that is far too long to fit', 20, 'a sentence that is…'],
    ['  spaces   collapse  ', 50, 'spaces collapse'],
  ])('%s (max %i) → %s', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});
