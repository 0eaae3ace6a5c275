import { describe, expect, it } from 'vitest';
import { absolutizeLinks, toFeedHtml } from '../../../../src/lib/feeds/feed-html';

describe('toFeedHtml', () => {
  it('turns a Shiki block into plain code a feed reader can show', () => {
    const html =
      '<p>Before</p><pre class="astro-code" style="--shiki-light:#000;overflow-x:auto" tabindex="0" data-language="ts"><code>' +
      '<span class="line"><span style="--shiki-light:#CF222E">const</span><span> a = 1 &#x3C; 2;</span></span>\n' +
      '<span class="line"><span>a;</span></span></code></pre>';
    expect(toFeedHtml(html)).toBe('<p>Before</p><pre><code class="language-ts">const a = 1 &#x3C; 2;\na;</code></pre>');
  });

  it('replaces a tool (its island, scripts and form) with a link to the tool page carrying its inputs', () => {
    const html =
      '<p>Before</p><div class="kit-frame kit-frame-post" data-feed-link="/tools/ri/?qty=4" data-feed-title="RI ROI">' +
      '<style>astro-island{display:contents}</style><script>(()=>{})()</script>' +
      '<astro-island ssr><section data-tool="ri"><input name="qty" value="4"></section></astro-island>' +
      '<noscript><p>Needs JavaScript.</p></noscript></div><p>After</p>';
    expect(toFeedHtml(html)).toBe(
      '<p>Before</p><p>Interactive calculator: <a href="/tools/ri/?qty=4">RI ROI</a> (opens on Breakeven with this article’s inputs).</p><p>After</p>',
    );
  });

  it('drops inline styles and tab stops elsewhere', () => {
    expect(toFeedHtml('<div class="table-scroll" tabindex="0" style="x"><table></table></div>')).toBe(
      '<div class="table-scroll"><table></table></div>',
    );
  });
});

describe('absolutizeLinks', () => {
  it.each([
    ['<a href="/articles/x/">x</a>', '<a href="https://site.example/articles/x/">x</a>'],
    ['<img src="/a.png" alt="">', '<img src="https://site.example/a.png" alt="">'],
    ['<a href="https://other.example/">o</a>', '<a href="https://other.example/">o</a>'],
    ['<a href="//cdn.example/x">p</a>', '<a href="//cdn.example/x">p</a>'],
    ['<a href="#top">t</a>', '<a href="#top">t</a>'],
    ['<code>&#x3C;a href="/about"></code>', '<code>&#x3C;a href="/about"></code>'],
  ])('%s', (html, expected) => {
    expect(absolutizeLinks(html, 'https://site.example/')).toBe(expected);
  });
});
