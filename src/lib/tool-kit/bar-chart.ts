/**
 * Stacked bar charts: the spec a tool fills, the stacking arithmetic and the chart's data as a table. Pure
 * functions, so the chart renders on the server and the geometry is unit-tested; the view is
 * src/components/tool-kit/StackedBarChart.tsx.
 */
import { niceTicks, ticksWithStep } from './chart';
import type { BarChartSpec, ResultTable } from './result';

// The spec's types live in result.ts (a ToolResult may carry bars); re-exported here for the chart's users.
export type { BarChartSpec, BarSeries } from './result';

export interface BarSegment {
  series: string;
  /** Where the segment starts and ends, in values (0 at the axis). */
  start: number;
  end: number;
  value: number;
}

export interface StackedBar {
  category: string;
  label: string;
  total: number;
  /** Non-empty segments only, in series order. */
  segments: BarSegment[];
}

const finiteOrZero = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;

/** Each category's segments laid end to end, and its total. Negative and non-finite values count as 0. */
export function stackBars(spec: Pick<BarChartSpec, 'categories' | 'series'>): StackedBar[] {
  return spec.categories.map((category, index) => {
    let end = 0;
    const segments: BarSegment[] = [];
    for (const series of spec.series) {
      const value = finiteOrZero(series.values[index]);
      if (value === 0) continue;
      segments.push({ series: series.key, start: end, end: end + value, value });
      end += value;
    }
    return { category: category.key, label: category.label, total: end, segments };
  });
}

/**
 * Axis ticks from 0 to at least the longest bar. Counts (`integer`) never get fractional ticks: a chart of 3
 * objects is ticked 0, 1, 2, 3, not 0, 0.5, … 3.
 */
export function barTicks(bars: readonly StackedBar[], count = 5, integer = false): number[] {
  const longest = Math.max(0, ...bars.map((bar) => bar.total));
  if (longest === 0) return [0, 1];
  const ticks = niceTicks(0, longest, count).filter((tick) => tick >= 0);
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  return integer && step < 1 ? ticksWithStep(0, longest, 1) : ticks;
}

/** The chart's numbers as a table: one row per category, a column per series, then the total. */
export function barChartTable(spec: BarChartSpec, key = 'chart'): ResultTable {
  const bars = stackBars(spec);
  return {
    key,
    caption: spec.title,
    columns: [
      { key: 'category', label: spec.categoryLabel },
      ...spec.series.map((series) => ({ key: series.key, label: series.label, format: spec.valueFormat })),
      { key: 'total', label: 'Total', format: spec.valueFormat },
    ],
    rows: spec.categories.map((category, index) => ({
      key: category.key,
      category: category.label,
      ...Object.fromEntries(spec.series.map((series) => [series.key, finiteOrZero(series.values[index])])),
      total: bars[index]!.total,
    })),
  };
}
