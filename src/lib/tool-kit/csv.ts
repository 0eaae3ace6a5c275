/**
 * CSV export of a tool result: the inputs, the headline figures and every table, with raw numbers (the same
 * strings as the page's data-value attributes) so a spreadsheet recomputes from what the page showed.
 */
import { barChartTable } from './bar-chart';
import { compareMetrics } from './compare';
import { fieldText, type FieldValue, type InputsDefinition } from './fields';
import type { Formatter } from './format';
import type { ListRows } from './list';
import {
  rawValue,
  renderText,
  showQuantity,
  type Cell,
  type ChartSpec,
  type ResultTable,
  type ToolResult,
} from './result';

/** One CSV cell, quoted when needed (RFC 4180). Text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: Cell | boolean): string {
  if (value === null) return '';
  if (typeof value === 'object') return rawValue(value.value);
  if (typeof value === 'number') return rawValue(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text, CRLF line endings as the RFC asks. */
export function toCsv(rows: readonly (readonly (Cell | boolean)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A chart's series as a table: one row per x, one column per series. */
export function chartTable(chart: ChartSpec): ResultTable {
  return {
    key: 'chart',
    caption: chart.title,
    columns: [
      { key: 'x', label: chart.xLabel, format: chart.xFormat },
      ...chart.series.map((series) => ({ key: series.key, label: series.label, format: chart.yFormat })),
    ],
    rows: chart.x.map((x, index) => ({
      key: String(x),
      x,
      ...Object.fromEntries(chart.series.map((series) => [series.key, series.values[index] ?? null])),
    })),
  };
}

/**
 * The whole result as CSV. First a tidy block, one row per input and per figure: `kind,key,label,value,shown`
 * (kind is "input", "figure", or "baseline" and "ratio" when a baseline is pinned; value the raw number, shown
 * the text on screen); then each table and the chart's data under its own caption and header row.
 */
export function resultCsv(
  title: string,
  inputs: InputsDefinition,
  values: Readonly<Record<string, FieldValue>>,
  result: ToolResult,
  formatter: Formatter,
  comparison: { metrics: readonly string[]; baseline: ToolResult } | null = null,
): string {
  const rows: (Cell | boolean)[][] = [
    [title],
    [`Currency symbol: ${formatter.currency} (amounts are not converted)`],
    [`Verdict: ${renderText(result.verdict.headline, formatter)}`],
    [],
    ['kind', 'key', 'label', 'value', 'shown'],
  ];
  for (const field of inputs.fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (field.kind === 'list') {
      // One row per cell: "mix.2.share", so a spreadsheet sees numbers, not the URL's packed text.
      (value as ListRows).forEach((row, index) => {
        for (const [key, column] of Object.entries(field.columns)) {
          const cell = row[key] ?? null;
          rows.push([
            'input',
            `${field.param}.${index + 1}.${key}`,
            `${field.label}, row ${index + 1}: ${column.label}`,
            typeof cell === 'number'
              ? cell
              : cell === null
                ? column.kind === 'number'
                  ? (column.emptyText ?? '')
                  : ''
                : cell,
            null,
          ]);
        }
      });
      continue;
    }
    rows.push(['input', field.param, field.label, typeof value === 'number' ? value : fieldText(field, value), null]);
  }
  for (const metric of result.metrics) {
    rows.push(['figure', metric.key, metric.label, metric.value, showQuantity(metric, formatter)]);
  }
  if (comparison) {
    for (const row of compareMetrics(comparison.metrics, result, comparison.baseline)) {
      rows.push(
        ['baseline', row.key, row.label, row.baseline, formatter.format(row.baseline, row.format, row.nullText)],
        ['ratio', row.key, `${row.label}, now ÷ baseline`, row.ratio, formatter.format(row.ratio, 'multiple')],
      );
    }
  }
  const tables = [
    ...result.tables,
    ...(result.bars ? [barChartTable(result.bars, 'bars')] : []),
    ...(result.chart ? [chartTable(result.chart)] : []),
  ];
  for (const table of tables) {
    rows.push(
      [],
      [table.caption],
      table.columns.map((column) => column.label),
    );
    for (const row of table.rows) rows.push(table.columns.map((column) => row[column.key] ?? null));
  }
  return toCsv(rows);
}
