/**
 * What-if comparisons: the same metrics of two results (the current inputs and a pinned baseline) and their
 * ratio. Pure, so the view and the CSV show the same numbers.
 */
import type { ValueFormat } from './format';
import type { ToolResult } from './result';

/** One metric under both inputs. */
export interface MetricComparison {
  key: string;
  label: string;
  format: ValueFormat;
  nullText?: string;
  baseline: number | null;
  current: number | null;
  /** current ÷ baseline; null when either is missing or the baseline is zero. */
  ratio: number | null;
}

/** The listed metrics of both results, in the order given; metrics missing from either result are skipped. */
export function compareMetrics(keys: readonly string[], current: ToolResult, baseline: ToolResult): MetricComparison[] {
  const rows: MetricComparison[] = [];
  for (const key of keys) {
    const now = current.metrics.find((metric) => metric.key === key);
    const before = baseline.metrics.find((metric) => metric.key === key);
    if (!now || !before) continue;
    const ratio =
      now.value !== null && before.value !== null && before.value !== 0 && Number.isFinite(now.value / before.value)
        ? now.value / before.value
        : null;
    rows.push({
      key,
      label: now.label,
      format: now.format,
      ...(now.nullText === undefined ? {} : { nullText: now.nullText }),
      baseline: before.value,
      current: now.value,
      ratio,
    });
  }
  return rows;
}
