/**
 * Warehouse cost optimizer: the pure model. It turns the form's inputs into one input per warehouse module
 * (./warehouses/synapse.ts, ./warehouses/bigquery.ts: each holds its own pricing rules, formulas and sources),
 * then adds their bills up and lays their levers end to end:
 *   today              = Σ warehouses' bills today
 *   after a lever      = warehouses before it fully optimised + its warehouse after this lever + the rest as today
 *   saving of a lever  = bill before it − bill after it (the waterfall); "alone" = today − today with only it pulled
 *   yearly saving      = (today − after every lever) × 12
 * Another warehouse (Snowflake credits, Redshift nodes) is one more module returning a WarehouseEstimate.
 */
import type { BarChartSpec } from '../../lib/tool-kit/bar-chart';
import { q, t, type Metric, type ResultTable, type ToolResult, type Verdict } from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import { inputs, type Inputs } from './schema';
import { estimateBigQuery, type BigQueryInput } from './warehouses/bigquery';
import { billTotal, optimizedBill, type Bill, type Lever, type WarehouseEstimate } from './warehouses/estimate';
import { estimateSynapse, type Reservation, type SynapseInput } from './warehouses/synapse';

/** The Synapse module's input from the form. */
export function synapseInput(v: Inputs): SynapseInput {
  return {
    pools: v.pools.map((row) => ({
      // Names go into sentence templates: braces would read as placeholders.
      name: row.name.replace(/[{}]/g, '').trim() || 'pool',
      cdwu: Number(row.level),
      p95: row.p95,
      hoursNow: row.hoursNow,
      hoursPlanned: row.hoursPlanned,
      reserve: row.reserve as Reservation,
    })),
    headroomPct: v.headroomPct,
    adhoc: { tbPerMonth: v.adhocTb, queriesPerMonth: v.adhocQueries, cdwu: v.adhocCdwu },
    storageTb: v.storageTb,
    prices: {
      dw100cHourly: v.dw100cHourly,
      serverlessPerTb: v.serverlessPerTb,
      storagePerTbMonth: v.storagePerTbMonth,
      reserved1yPct: v.reserved1yPct,
      reserved3yPct: v.reserved3yPct,
    },
  };
}

/** The BigQuery module's input from the form. */
export function bigQueryInput(v: Inputs): BigQueryInput {
  return {
    tibPerMonth: v.bqTib,
    edition: v.bqEdition,
    baselineSlots: v.bqSlots,
    autoscaleSlots: v.bqAutoscaleSlots,
    autoscaleHours: v.bqAutoscaleHours,
    commitment: v.bqCommit,
    selectStarTib: v.selectStarTib,
    prices: {
      perTib: v.bqPerTib,
      freeTib: v.bqFreeTib,
      slotHour: {
        standard: v.standardSlotHour,
        enterprise: v.enterpriseSlotHour,
        enterprisePlus: v.enterprisePlusSlotHour,
      },
      commit1yPct: v.commit1yPct,
      commit3yPct: v.commit3yPct,
    },
  };
}

/** The warehouses the visitor chose, each priced by its own module. */
export function warehouseEstimates(v: Inputs): WarehouseEstimate[] {
  const estimates: WarehouseEstimate[] = [];
  if (v.warehouse !== 'bigquery') estimates.push(estimateSynapse(synapseInput(v)));
  if (v.warehouse !== 'synapse') estimates.push(estimateBigQuery(bigQueryInput(v)));
  return estimates;
}

/** One bar of the waterfall: the combined bill after a lever (or today's). */
export interface PlanStep {
  key: string;
  label: string;
  lever: Lever | null;
  bill: Bill;
  total: number;
  /** Saving against the step before (0 for today). */
  saving: number;
}

/** Every number the tool shows, across warehouses. */
export interface OptimizerNumbers {
  estimates: WarehouseEstimate[];
  today: number;
  optimized: number;
  monthlySaving: number;
  yearlySaving: number;
  /** Null when today's bill is under a cent (no meaningful share). */
  savingPct: number | null;
  steps: PlanStep[];
}

const merge = (bills: readonly Bill[]): Bill => Object.assign({}, ...bills);

/** The numbers, without words: what tests check and the benchmark times. */
export function computeOptimizer(v: Inputs): OptimizerNumbers {
  const estimates = warehouseEstimates(v);
  const todayBill = merge(estimates.map((estimate) => estimate.today));
  const steps: PlanStep[] = [
    { key: 'today', label: 'Today', lever: null, bill: todayBill, total: billTotal(todayBill), saving: 0 },
  ];
  estimates.forEach((estimate, index) => {
    for (const lever of estimate.levers.filter((candidate) => candidate.applicable)) {
      const bill = merge([
        ...estimates.slice(0, index).map(optimizedBill),
        lever.after,
        ...estimates.slice(index + 1).map((later) => later.today),
      ]);
      const total = billTotal(bill);
      steps.push({ key: lever.key, label: lever.label, lever, bill, total, saving: steps.at(-1)!.total - total });
    }
  });
  const today = steps[0]!.total;
  const optimized = steps.at(-1)!.total;
  const monthlySaving = today - optimized;
  return {
    estimates,
    today,
    optimized,
    monthlySaving,
    yearlySaving: monthlySaving * 12,
    savingPct: today >= 0.01 ? (monthlySaving / today) * 100 : null,
    steps,
  };
}

/** The waterfall as stacked bars: one bar per step, one colour per bill line. */
function waterfall(n: OptimizerNumbers): BarChartSpec {
  const lines = n.estimates.flatMap((estimate) => estimate.lines);
  return {
    title: 'Monthly bill, lever by lever',
    summary: t('Monthly bill today ({today}), then after each lever in turn, down to {after} with all of them.', {
      today: q(n.today, 'money'),
      after: q(n.optimized, 'money'),
    }),
    categoryLabel: 'After',
    categories: n.steps.map((step, index) => ({
      key: step.key,
      label: index === 0 ? 'Today' : `+ ${step.lever!.short}`,
    })),
    series: lines.map((line) => ({
      key: line.key,
      label: line.label,
      tone: line.tone,
      ...(line.hatch ? { hatch: true } : {}),
      values: n.steps.map((step) => step.bill[line.key] ?? 0),
    })),
    valueLabel: 'Per month',
    valueFormat: 'money',
  };
}

/** Every lever: alone, in the waterfall and the bill after it; levers that do not apply say so. */
function leverTable(n: OptimizerNumbers): ResultTable {
  const rows: ResultTable['rows'] = [];
  for (const estimate of n.estimates) {
    for (const lever of estimate.levers) {
      const step = n.steps.find((candidate) => candidate.lever === lever);
      rows.push({
        key: lever.key,
        lever: lever.label,
        alone: lever.applicable ? lever.aloneSaving : q(null, 'money', 'not applicable'),
        inTurn: step ? step.saving : q(null, 'money', 'not applicable'),
        after: step ? step.total : null,
      });
    }
  }
  rows.push({
    key: 'all',
    lever: 'All levers together',
    alone: null,
    inTurn: n.monthlySaving,
    after: n.optimized,
  });
  return {
    key: 'levers',
    caption: 'What each lever saves a month',
    note: '“Alone”: pulled on today’s setup by itself. “In turn”: after the levers above it, as in the chart.',
    columns: [
      { key: 'lever', label: 'Lever' },
      { key: 'alone', label: 'Saves alone', format: 'money', nullText: '–' },
      { key: 'inTurn', label: 'Saves in turn', format: 'money' },
      { key: 'after', label: 'Bill after', format: 'money', nullText: '–' },
    ],
    rows,
  };
}

/** What each lever risks, in words (a paused pool answers nothing; a smaller level queues queries). */
function riskTable(n: OptimizerNumbers): ResultTable {
  return {
    key: 'risks',
    caption: 'What each lever risks',
    columns: [
      { key: 'lever', label: 'Lever' },
      { key: 'risk', label: 'Risk', wrap: true },
    ],
    rows: n.estimates.flatMap((estimate) =>
      estimate.levers.map((lever) => ({ key: lever.key, lever: lever.label, risk: lever.risk })),
    ),
  };
}

function verdictFor(n: OptimizerNumbers): Verdict {
  const best = n.steps
    .slice(1)
    .reduce<PlanStep | null>((top, step) => (top && top.saving >= step.saving ? top : step), null);
  if (n.monthlySaving <= 0.005 || !best) {
    return {
      tone: 'neutral',
      headline: t('These levers do not lower this bill: {today} a month stays as it is.', {
        today: q(n.today, 'money'),
      }),
      detail: t(
        'Check the P95, the schedule and the slot count: a lever that costs more is shown with a negative saving.',
      ),
    };
  }
  return {
    tone: 'good',
    headline: t('All levers together save {saving} a month: {today} → {after}.', {
      saving: q(n.monthlySaving, 'money'),
      today: q(n.today, 'money'),
      after: q(n.optimized, 'money'),
    }),
    detail: t(`{pct} less, {yearly} a year. The largest lever: ${best.label.toLowerCase()} ({largest}).`, {
      pct: q(n.savingPct, 'percent', '–'),
      yearly: q(n.yearlySaving, 'money'),
      largest: q(best.saving, 'money'),
    }),
  };
}

/** The tool's model: numbers, chart, tables, math and verdict for one set of inputs. */
export function evaluateOptimizer(v: Inputs): ToolResult {
  const n = computeOptimizer(v);
  const metrics: Metric[] = [
    { key: 'todayMonthly', label: 'Today, a month', ...q(n.today, 'money') },
    {
      key: 'optimizedMonthly',
      label: 'With every lever',
      ...q(n.optimized, 'money'),
      hint: t('{pct} less', { pct: q(n.savingPct, 'percent', '–') }),
      tone: n.monthlySaving > 0 ? 'good' : 'neutral',
    },
    {
      key: 'yearlySaving',
      label: 'Saved a year',
      ...q(n.yearlySaving, 'money'),
      tone: n.yearlySaving > 0 ? 'good' : n.yearlySaving < 0 ? 'bad' : 'neutral',
    },
    ...n.estimates.flatMap((estimate) => estimate.metrics),
  ];
  return {
    verdict: verdictFor(n),
    metrics,
    bars: waterfall(n),
    tables: [leverTable(n), riskTable(n), ...n.estimates.flatMap((estimate) => estimate.tables)],
    steps: n.estimates.flatMap((estimate) => estimate.steps),
    warnings: n.estimates.flatMap((estimate) => estimate.warnings),
    figures: n.estimates.flatMap((estimate) => estimate.figures),
  };
}

export const warehouseModel = defineToolModel({
  id: 'warehouse-cost-optimizer',
  inputs,
  evaluate: evaluateOptimizer,
  headline: ['todayMonthly', 'optimizedMonthly', 'yearlySaving'],
  examples: [
    {
      id: 'synapse',
      label: 'Synapse: the worked example',
      description:
        'Prod DW3000c and dev DW1000c always on: right-size prod, pause dev outside weekdays 07:00–19:00, 40 TB to serverless, reserve prod for a year.',
      values: { ...inputs.defaults },
    },
    {
      id: 'bigquery-500',
      label: 'BigQuery: 500 Enterprise slots',
      description:
        'The article’s baseline of 500 slots, Enterprise, 1-year commitment, against 4,000 TiB of on-demand scanning.',
      values: { warehouse: 'bigquery', bqEdition: 'enterprise', bqSlots: 500, bqCommit: '1y', bqTib: 4_000 },
    },
  ],
});
