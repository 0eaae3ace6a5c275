import { describe, expect, it } from 'vitest';
import { bundleExports, pageIslands, pointIslandsAt } from '../../../../src/lib/island-bundles/page-islands';

const island = (component: string, extra = '') =>
  `<astro-island uid="a" component-url="/_astro/${component}" component-export="default" ` +
  `renderer-url="/_astro/client.B.js" props="{&quot;x&quot;:[0,&quot;a&gt;b&quot;]}" ssr client="load"${extra}>` +
  `<p>server html</p></astro-island>`;

describe('pageIslands', () => {
  it('reads what each island loads, in page order', () => {
    const html = `<main>${island('Ri.A.js')}${island('Oracle.C.js')}</main>`;
    expect(pageIslands(html)).toEqual([
      { componentUrl: '/_astro/Ri.A.js', componentExport: 'default', rendererUrl: '/_astro/client.B.js' },
      { componentUrl: '/_astro/Oracle.C.js', componentExport: 'default', rendererUrl: '/_astro/client.B.js' },
    ]);
  });

  it('is an empty list on a page without islands', () => {
    expect(pageIslands('<html><body><p>text</p></body></html>')).toEqual([]);
  });

  it('refuses a page whose island runs a script before hydration or has no renderer', () => {
    expect(pageIslands(island('Ri.A.js', ' before-hydration-url="/_astro/b.js"'))).toBeNull();
    expect(pageIslands('<astro-island component-url="/_astro/x.js" ssr></astro-island>')).toBeNull();
  });

  it('refuses a page whose islands use different renderers (a bundle exports one)', () => {
    const other = island('Oracle.C.js').replace('/_astro/client.B.js', '/_astro/other-client.D.js');
    expect(pageIslands(island('Ri.A.js') + other)).toBeNull();
  });
});

describe('pointIslandsAt', () => {
  it('points every island at the bundle, a named export per component, the renderer as default', () => {
    const html = `${island('Ri.A.js')}${island('Oracle.C.js')}${island('Ri.A.js')}`;
    const exports = bundleExports(pageIslands(html)!);
    expect([...exports.values()]).toEqual(['i0', 'i1']);
    const out = pointIslandsAt(html, '/_astro/islands-Ri.H.js', exports);
    expect(pageIslands(out)).toEqual([
      { componentUrl: '/_astro/islands-Ri.H.js', componentExport: 'i0', rendererUrl: '/_astro/islands-Ri.H.js' },
      { componentUrl: '/_astro/islands-Ri.H.js', componentExport: 'i1', rendererUrl: '/_astro/islands-Ri.H.js' },
      { componentUrl: '/_astro/islands-Ri.H.js', componentExport: 'i0', rendererUrl: '/_astro/islands-Ri.H.js' },
    ]);
    expect(out).toContain('props="{&quot;x&quot;:[0,&quot;a&gt;b&quot;]}"');
    expect(out).toContain('<p>server html</p>');
  });
});
