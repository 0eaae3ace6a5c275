import type { LinkTarget } from '../feeds/links';

/** Where the links of one build's imported articles landed: the build log's summary of link rewriting. */
export interface LinkReport {
  /** Links rewritten to our pages, by kind (article, tool, page, category). */
  rewritten: Record<'article' | 'tool' | 'page' | 'category', number>;
  /** Links to other sites, left as they are. */
  external: number;
  /** Links to the owner's sites with no page here (kept external and marked), by address, with counts. */
  ownerMissing: Record<string, number>;
}

/** An empty report, to add links to. */
export function emptyLinkReport(): LinkReport {
  return { rewritten: { article: 0, tool: 0, page: 0, category: 0 }, external: 0, ownerMissing: {} };
}

/** Counts one absolute link of an item by where it lands (`target` undefined: it stays where it points). */
export function countLink(report: LinkReport, href: string, target: LinkTarget | undefined): void {
  if (!target) {
    if (/^https?:/i.test(href)) report.external++;
    return;
  }
  if (target.kind === 'owner-missing') {
    const address = href.replace(/[?#].*$/, '');
    report.ownerMissing[address] = (report.ownerMissing[address] ?? 0) + 1;
    return;
  }
  report.rewritten[target.kind]++;
}

/** The build log's lines: one summary line, then one per owner address with no page here (most linked first). */
export function formatLinkReport(report: LinkReport): string[] {
  const rewritten = Object.values(report.rewritten).reduce((sum, n) => sum + n, 0);
  const byKind = Object.entries(report.rewritten)
    .map(([kind, n]) => `${n} to ${kind === 'category' ? 'categories' : `${kind}s`}`)
    .join(', ');
  const missing = Object.entries(report.ownerMissing).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const missingLinks = missing.reduce((sum, [, n]) => sum + n, 0);
  return [
    `links: ${rewritten} rewritten to our pages (${byKind}), ${report.external} external kept, ` +
      `${missingLinks} to the owner's sites with no page here (${missing.length} address${missing.length === 1 ? '' : 'es'}, kept external and marked)`,
    ...missing.map(([address, n]) => `  no page here for ${address} (${n} link${n === 1 ? '' : 's'})`),
  ];
}
