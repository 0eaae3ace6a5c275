import { describe, expect, it } from 'vitest';
import { coveringSample, markupSignatures } from '../../harness/markup-sample';

const page = (body: string) => `<html><body><header><a href="/">Home</a></header><main>${body}</main></body></html>`;

describe('markupSignatures (what can differ between two articles, to axe)', () => {
  it('ignores text, URLs and diagram widths but not colours, roles, emptiness or a missing alt', () => {
    const base = markupSignatures(page('<p><a href="/a">One</a> <img src="x.png" alt="x"></p>'));
    expect(markupSignatures(page('<p><a href="/b">Two words</a> <img src="y.png" alt="y"></p>'))).toEqual(base);
    for (const changed of [
      '<p><a href="/a"></a> <img src="x.png" alt="x"></p>',
      '<p><a href="/a">One</a> <img src="x.png"></p>',
      '<p><a href="/a">One</a> <img src="x.png" alt=""></p>',
      '<p><a href="/a" role="button">One</a> <img src="x.png" alt="x"></p>',
      '<p><a href="/a" style="color:#777">One</a> <img src="x.png" alt="x"></p>',
      '<table><tr><td><a href="/a">One</a> <img src="x.png" alt="x"></td></tr></table>',
    ])
      expect(markupSignatures(page(changed)), changed).not.toEqual(base);
    expect(markupSignatures(page('<svg style="min-width:566px"></svg>'))).toEqual(
      markupSignatures(page('<svg style="min-width:1057px"></svg>')),
    );
  });

  it('reads inside <main> only: the header is the template, the same on every page', () => {
    expect([...markupSignatures(page('<p>x</p>'))].some((signature) => signature.includes('header'))).toBe(false);
  });
});

describe('coveringSample', () => {
  it('picks the page holding a form no other page has, and no page whose forms are all seen elsewhere', () => {
    const pages = new Map([
      ['/articles/plain/', markupSignatures(page('<p>text <a href="/x">link</a></p>'))],
      ['/articles/plain-too/', markupSignatures(page('<p>other <a href="/y">words</a></p>'))],
      ['/articles/table/', markupSignatures(page('<p>t <a href="/x">l</a></p><table><tr><th>h</th></tr></table>'))],
      ['/articles/no-alt/', markupSignatures(page('<p><img src="a.png"></p>'))],
    ]);
    expect(coveringSample(pages)).toEqual(['/articles/table/', '/articles/no-alt/']);
  });

  it('covers every signature of every page', () => {
    const pages = new Map(
      [
        '<ul><li>a</li></ul>',
        '<ol><li>b</li></ol>',
        '<blockquote><p>c</p></blockquote>',
        '<ul><li><code>d</code></li></ul>',
      ].map((body, i) => [`/articles/${i}/`, markupSignatures(page(body))]),
    );
    const picked = coveringSample(pages);
    const covered = new Set(picked.flatMap((path) => [...pages.get(path)!]));
    for (const signatures of pages.values()) for (const signature of signatures) expect(covered).toContain(signature);
  });
});
