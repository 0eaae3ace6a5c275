/**
 * The shape every warehouse module returns, so the optimizer can add one more (Snowflake credits, Redshift nodes)
 * as one more file beside synapse.ts and bigquery.ts: a monthly bill split into named lines, and the levers that
 * change it, in the order a team would pull them. The model (../model.ts) only ever reads this shape.
 */
import type { SourcedFigure } from '../../../lib/tool-kit/figures';
import type { MathStep, Metric, ResultTable, SeriesTone, Text } from '../../../lib/tool-kit/result';

/** One line of a monthly bill (prod compute, storage, scanning), kept under the same key in every state. */
export interface BillLine {
  key: string;
  label: string;
  tone: SeriesTone;
  hatch?: boolean;
}

/** A monthly bill: dollars per line key. */
export type Bill = Readonly<Record<string, number>>;

/** One lever: what it saves pulled alone, what the bill is after it and every lever before it, and what it risks. */
export interface Lever {
  key: string;
  label: string;
  /** A few words for the chart: "Pause". */
  short: string;
  /** False for a lever an article offers that does not exist (Azure Hybrid Benefit on Synapse). */
  applicable: boolean;
  /** Monthly saving when this lever alone is applied to today's setup (negative: it costs more). */
  aloneSaving: number;
  /** The bill after this lever and all before it: the waterfall. */
  after: Bill;
  /** What pulling it risks, in one sentence. */
  risk: string;
}

/** What one warehouse module returns: its lines, today's bill, its levers and its own figures and explanations. */
export interface WarehouseEstimate {
  key: string;
  name: string;
  lines: readonly BillLine[];
  today: Bill;
  levers: readonly Lever[];
  metrics: Metric[];
  tables: ResultTable[];
  steps: MathStep[];
  warnings: Text[];
  figures: SourcedFigure[];
}

/** The total of a bill. */
export function billTotal(bill: Bill): number {
  return Object.values(bill).reduce((sum, value) => sum + value, 0);
}

/** The bill once every applicable lever is pulled (today's when there are none). */
export function optimizedBill(estimate: WarehouseEstimate): Bill {
  const applied = estimate.levers.filter((lever) => lever.applicable);
  return applied.at(-1)?.after ?? estimate.today;
}

/** Rounds a count up to the next multiple of `step` (slots in steps of 50, reservations in 100-cDWU blocks). */
export function ceilToStep(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}
