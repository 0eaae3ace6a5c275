import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { startPostgres } from '../../../../src/lib/readiness/engine/pglite-datadir-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../../../src/lib/tool-kit/format';
import { renderText } from '../../../../src/lib/tool-kit/result';
import { readUrlState } from '../../../../src/lib/tool-kit/url-state';
import { analyseScript } from '../../../../src/lib/readiness/engine/analyse';
import type { Report } from '../../../../src/lib/readiness/report/report';
import {
  changeSummary,
  downloadName,
  filterObjects,
  lineList,
  noFilter,
  outcomeChart,
  pageOf,
  savingsLink,
  sortObjects,
  verdictFor,
} from '../../../../src/tools/migration-readiness/model';
import { inputs as savingsInputs } from '../../../../src/tools/oracle-to-postgres-savings/schema';

const formatter = createFormatter('USD');
let pg: PGlite;
let report: Report;

beforeAll(async () => {
  pg = await startPostgres();
  report = await analyseScript(readFileSync('public/examples/readiness/oracle.sql', 'utf8'), pg);
}, 120_000);

afterAll(async () => {
  await pg?.close();
});

describe('lineList', () => {
  it.each<[number[], number, string]>([
    [[], 8, '—'],
    [[12], 8, '12'],
    [[12, 40, 88], 8, '12, 40, 88'],
    // ten lines, eight shown: 10 − 8 = 2 more
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 8, '1, 2, 3, 4, 5, 6, 7, 8 and 2 more'],
    [[5, 9, 11], 2, '5, 9 and 1 more'],
  ])('%j (at most %i) → %s', (lines, max, expected) => {
    expect(lineList(lines, max)).toBe(expected);
  });
});

describe('changeSummary', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['type.number'], '1 change: type.number'],
    // counted and ordered by count: number ×3, varchar2 ×2, then the single ones in order
    [
      ['type.varchar2', 'type.number', 'type.number', 'default.sysdate', 'type.varchar2', 'type.number'],
      '6 changes: type.number ×3, type.varchar2 ×2, default.sysdate',
    ],
    // five distinct rules, four named: "1 more"
    [['a', 'b', 'c', 'd', 'e'], '5 changes: a, b, c, d, 1 more'],
  ])('%j → %s', (ids, expected) => {
    expect(changeSummary(ids.map((id) => ({ id })))).toBe(expected);
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: 53 }, (_, index) => index);
  it.each<[number, number, number, number[]]>([
    // 53 rows by 25: pages of 25, 25 and 3
    [0, 25, 3, [0, 24]],
    [2, 25, 3, [50, 52]],
    // past the end: the last page; before the start: the first
    [9, 25, 3, [50, 52]],
    [-1, 25, 3, [0, 24]],
    [0, 100, 1, [0, 52]],
  ])('page %i of size %i', (page, size, pages, [first, last]) => {
    const result = pageOf(rows, page, size);
    expect(result.pages).toBe(pages);
    expect(result.rows[0]).toBe(first);
    expect(result.rows.at(-1)).toBe(last);
  });

  it('has one empty page for no rows', () => {
    expect(pageOf([], 3, 25)).toEqual({ rows: [], page: 0, pages: 1 });
  });
});

describe('savingsLink', () => {
  it.each<[number, string]>([
    [8.62, '/tools/oracle-to-postgres-savings/?effort=total&hours=8.6'],
    [0, '/tools/oracle-to-postgres-savings/?effort=total&hours=0'],
    [1234.56, '/tools/oracle-to-postgres-savings/?effort=total&hours=1234.6'],
  ])('%s hours → %s', (hours, expected) => {
    expect(savingsLink(hours)).toBe(expected);
  });

  it('lands on valid inputs of the savings calculator, with no notice', () => {
    const state = readUrlState(savingsInputs, new URL(savingsLink(8.62), 'https://example.org').search);
    expect(state.notices).toEqual([]);
    expect(state.values.effortMode).toBe('total');
    expect(state.values.totalHours).toBe(8.6);
  });
});

describe('downloadName', () => {
  it('uses the file name without its extension, or the dialect', () => {
    expect(downloadName(report, 'shop schema.sql', 'postgres.sql')).toBe('shop-schema-postgres.sql');
    expect(downloadName(report, undefined, 'objects.csv')).toBe('oracle-schema-objects.csv');
  });
});

describe('on a real report (the Oracle fixture)', () => {
  it('says how many objects convert, how many need a human, and the tone matches the score', () => {
    const verdict = verdictFor(report);
    const counts = report.summary.outcomes;
    const applicable = report.summary.objects - counts['not-applicable'];
    expect(renderText(verdict.headline, formatter)).toBe(
      `${counts['as-is'] + counts.converted} of ${applicable} objects convert automatically; ${counts.manual} need a manual rewrite.`,
    );
    expect(renderText(verdict.detail, formatter)).toContain(`migration level ${report.estimate.level}`);
    expect(verdict.tone).toBe(report.summary.score >= 90 ? 'good' : report.summary.score >= 60 ? 'warn' : 'bad');
  });

  it('charts every type with an applicable object, and sets the all-not-applicable ones apart', () => {
    const { spec, left } = outcomeChart(report);
    const charted = new Set(spec.categories.map((category) => category.key));
    for (const kind of report.summary.byKind) {
      const allNa = kind.outcomes['not-applicable'] === kind.total;
      expect(charted.has(kind.kind), kind.kind).toBe(!allNa);
      expect(left.some((entry) => entry.kind === kind.kind)).toBe(allNa);
    }
    // The bars add up to the objects charted.
    const total = spec.series.reduce((sum, series) => sum + series.values.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(report.summary.objects - left.reduce((sum, kind) => sum + kind.total, 0));
    expect(left.map((kind) => kind.kind)).toContain('client-command');
  });

  it('filters by outcome (not-applicable hidden by default), type, text and finding', () => {
    const all = filterObjects(report, { ...noFilter, outcome: 'all' });
    expect(all).toHaveLength(report.objects.length);
    const applicable = filterObjects(report, noFilter);
    expect(applicable.every((object) => object.outcome !== 'not-applicable')).toBe(true);
    expect(applicable).toHaveLength(report.objects.length - report.summary.outcomes['not-applicable']);
    expect(filterObjects(report, { ...noFilter, kind: 'view' }).every((object) => object.kind === 'view')).toBe(true);
    expect(filterObjects(report, { ...noFilter, text: 'ORDERS' }).map((object) => object.name)).toContain('orders');
    const finding = report.findings.find((candidate) => candidate.id === 'construct:ora.connect-by')!;
    expect(filterObjects(report, { ...noFilter, outcome: 'all', finding: finding.id }).map((o) => o.id)).toEqual(
      finding.objects,
    );
  });

  it('sorts by any column, both ways, ties in script order', () => {
    const byUnits = sortObjects(report.objects, 'units', true);
    expect(byUnits.every((object, index) => index === 0 || byUnits[index - 1]!.units >= object.units)).toBe(true);
    const byName = sortObjects(report.objects, 'name', false);
    expect(
      byName.every((object, index) => index === 0 || byName[index - 1]!.name.localeCompare(object.name) <= 0),
    ).toBe(true);
    const byOutcome = sortObjects(report.objects, 'outcome', false);
    const ties = byOutcome.filter((object) => object.outcome === 'manual').map((object) => object.id);
    expect(ties).toEqual([...ties].sort((a, b) => a - b));
    expect(sortObjects(report.objects, 'line', false).map((object) => object.id)).toEqual(
      report.objects.map((object) => object.id),
    );
  });
});
