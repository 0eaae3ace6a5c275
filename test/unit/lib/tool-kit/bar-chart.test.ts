import { describe, expect, it } from 'vitest';
import { barChartTable, barTicks, stackBars, type BarChartSpec } from '../../../../src/lib/tool-kit/bar-chart';
import { t } from '../../../../src/lib/tool-kit/result';

const spec: BarChartSpec = {
  title: 'Objects by type and outcome',
  summary: t('Three types.'),
  categoryLabel: 'Object type',
  categories: [
    { key: 'table', label: 'Table' },
    { key: 'view', label: 'View' },
    { key: 'grant', label: 'Grant' },
  ],
  series: [
    { key: 'ok', label: 'Converted', tone: 'ok', values: [4, 2, 0] },
    { key: 'changed', label: 'With changes', tone: 'ok', hatch: true, values: [3, 0, 0] },
    { key: 'manual', label: 'Manual', tone: 'danger', values: [1, 5, Number.NaN] },
  ],
  valueLabel: 'Objects',
  valueFormat: 'integer',
};

describe('stackBars', () => {
  it('lays segments end to end per category, skipping empty and non-finite values', () => {
    expect(stackBars(spec)).toEqual([
      {
        category: 'table',
        label: 'Table',
        // 4 + 3 + 1 = 8
        total: 8,
        segments: [
          { series: 'ok', start: 0, end: 4, value: 4 },
          { series: 'changed', start: 4, end: 7, value: 3 },
          { series: 'manual', start: 7, end: 8, value: 1 },
        ],
      },
      {
        category: 'view',
        label: 'View',
        // 2 + 0 + 5 = 7; the empty middle series leaves no segment
        total: 7,
        segments: [
          { series: 'ok', start: 0, end: 2, value: 2 },
          { series: 'manual', start: 2, end: 7, value: 5 },
        ],
      },
      // NaN counts as 0: an empty bar, never a NaN width
      { category: 'grant', label: 'Grant', total: 0, segments: [] },
    ]);
  });

  it('treats negative values as 0 and missing values as 0', () => {
    const bars = stackBars({ categories: [{ key: 'a', label: 'A' }], series: [{ ...spec.series[0]!, values: [-3] }] });
    expect(bars[0]).toEqual({ category: 'a', label: 'A', total: 0, segments: [] });
    const missing = stackBars({ categories: [{ key: 'a', label: 'A' }], series: [{ ...spec.series[0]!, values: [] }] });
    expect(missing[0]!.total).toBe(0);
  });
});

describe('barTicks', () => {
  it.each<[number[], number, boolean, number[]]>([
    // longest bar 8 in about 5 steps: 8 / 5 = 1.6, rounded up to a step of 2
    [[8, 7, 0], 5, false, [0, 2, 4, 6, 8]],
    // longest bar 37 in about 6 steps: 37 / 6 ≈ 6.2, step 10, the last tick 40 covers it
    [[37], 6, false, [0, 10, 20, 30, 40]],
    // longest bar 3 in about 6 steps: 3 / 6 = 0.5 …
    [[3], 6, false, [0, 0.5, 1, 1.5, 2, 2.5, 3]],
    // … but a count never gets half ticks: steps of 1
    [[3], 6, true, [0, 1, 2, 3]],
    // nothing to draw: an axis from 0 to 1
    [[0], 5, true, [0, 1]],
  ])('bars %j in about %i steps (integer: %s) → %j', (totals, count, integer, expected) => {
    const bars = totals.map((total, index) => ({ category: String(index), label: '', total, segments: [] }));
    expect(barTicks(bars, count, integer)).toEqual(expected);
  });
});

describe('barChartTable', () => {
  it('gives one row per category, a column per series and the total', () => {
    const table = barChartTable(spec);
    expect(table.columns.map((column) => column.key)).toEqual(['category', 'ok', 'changed', 'manual', 'total']);
    expect(table.rows).toEqual([
      { key: 'table', category: 'Table', ok: 4, changed: 3, manual: 1, total: 8 },
      { key: 'view', category: 'View', ok: 2, changed: 0, manual: 5, total: 7 },
      { key: 'grant', category: 'Grant', ok: 0, changed: 0, manual: 0, total: 0 },
    ]);
  });
});
