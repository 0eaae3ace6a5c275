/** Paging for article listings: one size everywhere, and page URLs in one place. */

/** Articles per listing page. */
export const PAGE_SIZE = 20;

/** URL of page `n` of the main article listing: /articles/, /articles/page/2/, … */
export function articlesPageHref(n: number): string {
  return n <= 1 ? '/articles/' : `/articles/page/${n}/`;
}

/** URL of page `n` of a category or tag listing: /tags/x/, /tags/x/2/, … */
export function subPageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}
