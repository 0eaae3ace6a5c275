import { describe, expect, it } from 'vitest';
import { toFeedHtml } from '../../../../src/lib/feeds/feed-html';

describe('toFeedHtml', () => {
  it('turns a Shiki block into plain code a feed reader can show', () => {
    const html =
      '<p>Before</p><pre class="astro-code" style="--shiki-light:#000;overflow-x:auto" tabindex="0" data-language="ts"><code>' +
      '<span class="line"><span style="--shiki-light:#CF222E">const</span><span> a = 1 &#x3C; 2;</span></span>\n' +
      '<span class="line"><span>a;</span></span></code></pre>';
    expect(toFeedHtml(html)).toBe('<p>Before</p><pre><code class="language-ts">const a = 1 &#x3C; 2;\na;</code></pre>');
  });

  it('drops inline styles and tab stops elsewhere', () => {
    expect(toFeedHtml('<div class="table-scroll" tabindex="0" style="x"><table></table></div>')).toBe(
      '<div class="table-scroll"><table></table></div>',
    );
  });
});
