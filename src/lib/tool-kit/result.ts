/**
 * The shape every tool model returns: numbers first, words built from templates. Models fill `{name}`
 * placeholders with raw numbers and a format; the view formats them in the visitor's currency. That keeps models
 * pure and fast (no Intl calls while computing) and lets every number in a sentence carry its raw value too.
 */
import type { SourcedFigure } from './figures';
import type { Formatter, ValueFormat } from './format';

/** A number with the way it is shown. `null` means "does not happen" (never breaks even) and shows `nullText`. */
export interface Quantity {
  value: number | null;
  format: ValueFormat;
  nullText?: string;
  /** An estimate, not a count: shown with "≈" in front. */
  approximate?: boolean;
}

/** A sentence with `{name}` placeholders filled from `values`. */
export interface Text {
  template: string;
  values?: Record<string, Quantity>;
}

/** One headline figure. `key` becomes the element's data-metric, `value` its data-value. */
export interface Metric extends Quantity {
  key: string;
  label: string;
  /** A short line under the figure: what it means, or the formula in words. */
  hint?: Text;
  /** Draws the eye: 'good' for money saved, 'bad' for money lost. */
  tone?: Tone;
}

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/** One line of "Show the math": the formula in words, then the same with the visitor's numbers. */
export interface MathStep {
  label: string;
  formula: string;
  substituted: Text;
  result: Quantity;
  /** The result as the model already wrote it (an engine's own step), shown instead of formatting `result`. */
  shown?: string;
}

/** Series colours come from the site's CSS variables (see tool-kit.css), so charts follow the theme. */
export type SeriesTone = 'accent' | 'warn' | 'muted' | 'danger' | 'ok';

export interface ChartSeries {
  key: string;
  label: string;
  values: number[];
  tone: SeriesTone;
  /** Dashed lines tell series apart without colour. */
  dash?: boolean;
}

/** A vertical line at `x` with a label: break-even, payback, a planned migration. */
export interface ChartMarker {
  x: number;
  label: string;
  /** How the marker's x is written after its label; months unless said otherwise. */
  format?: ValueFormat;
}

export interface ChartSpec {
  title: string;
  /** One sentence describing what the chart shows, read by screen readers before the data table. */
  summary: Text;
  xLabel: string;
  x: number[];
  xFormat: ValueFormat;
  /** Distance between x ticks (12 for months over years); chosen automatically when absent. */
  xStep?: number;
  yFormat: ValueFormat;
  /** 'log' spreads values over several powers of ten (10k to 10M a month); all values must be positive. */
  xScale?: 'linear' | 'log';
  yScale?: 'linear' | 'log';
  series: ChartSeries[];
  markers: ChartMarker[];
}

/** One part of every bar of a stacked bar chart (an outcome, a cost component), in stacking order. */
export interface BarSeries {
  key: string;
  label: string;
  /** One value per category, in category order; missing or non-finite values count as 0. */
  values: number[];
  tone: SeriesTone;
  /** Hatched fill: tells two series of the same tone apart without relying on colour. */
  hatch?: boolean;
}

/** A horizontal stacked bar chart (geometry in ./bar-chart.ts, view in components/tool-kit/StackedBarChart.tsx). */
export interface BarChartSpec {
  title: string;
  /** One sentence describing what the chart shows, read by screen readers before the data table. */
  summary: Text;
  /** Header of the category column in the data table ("Object type"). */
  categoryLabel: string;
  /** One bar per category, top to bottom. */
  categories: { key: string; label: string }[];
  series: BarSeries[];
  /** What the values count ("Objects"), shown under the axis. */
  valueLabel: string;
  valueFormat: ValueFormat;
}

/** A table cell: text, a number in the column's format, or a quantity carrying its own format. */
export type Cell = string | number | null | Quantity;

export interface TableColumn {
  key: string;
  label: string;
  /** Absent for text columns. */
  format?: ValueFormat;
  /** Shown for null numbers ("never"). */
  nullText?: string;
  /** Sentences, not figures: the text wraps instead of widening the table. */
  wrap?: boolean;
}

export interface ResultTable {
  key: string;
  caption: string;
  columns: TableColumn[];
  /** Each row may carry a `key` (kept stable for data-metric names); cells are looked up by column key. */
  rows: (Record<string, Cell> & { key?: string })[];
  /** Long tables show this many rows and a button for the rest (the CSV always holds them all). */
  limit?: number;
  /** One sentence under the title: what the table holds or leaves out. */
  note?: string;
}

export interface Verdict {
  tone: Tone;
  headline: Text;
  detail: Text;
}

/** What a tool model returns. */
export interface ToolResult {
  verdict: Verdict;
  metrics: Metric[];
  chart?: ChartSpec;
  /** Optional stacked bars (options split into parts, e.g. compute and licence), shown before the line chart. */
  bars?: BarChartSpec;
  tables: ResultTable[];
  steps: MathStep[];
  /** Caveats that depend on the inputs (a rule the inputs break, an assumption the model had to make). */
  warnings: Text[];
  /** Figures the model used that are not field defaults (rules, ratios), for the source notes. */
  figures: SourcedFigure[];
}

/** Shorthand for a quantity. */
export const q = (value: number | null, format: ValueFormat, nullText?: string): Quantity =>
  nullText === undefined ? { value, format } : { value, format, nullText };

/** Shorthand for a text. */
export const t = (template: string, values?: Record<string, Quantity>): Text =>
  values ? { template, values } : { template };

/** A piece of rendered text: literal, or a formatted quantity with its placeholder name. */
export type TextPart = string | { name: string; quantity: Quantity; text: string };

/** Splits a text into literal and formatted parts (the view wraps each number in a data-value span). */
export function textParts(text: Text, formatter: Formatter): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    const quantity = text.values?.[name];
    if (!quantity) continue;
    if (match.index > last) parts.push(text.template.slice(last, match.index));
    parts.push({ name, quantity, text: showQuantity(quantity, formatter) });
    last = match.index + match[0].length;
  }
  if (last < text.template.length) parts.push(text.template.slice(last));
  return parts;
}

/** A quantity as the page shows it: formatted in the visitor's currency, "≈" before an estimate. */
export function showQuantity(quantity: Quantity, formatter: Formatter): string {
  const text = formatter.format(quantity.value, quantity.format, quantity.nullText);
  return quantity.approximate && quantity.value !== null ? `≈ ${text}` : text;
}

/** A text as a plain string (CSV, aria labels, tests). */
export function renderText(text: Text, formatter: Formatter): string {
  return textParts(text, formatter)
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('');
}

/** The value a data-value attribute (and a CSV cell) holds: the raw number, or empty for "never". */
export function rawValue(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}
