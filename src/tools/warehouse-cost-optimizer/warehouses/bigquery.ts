/**
 * Google BigQuery: on-demand scanning against edition slots, the pure pricing rules (sources and dates in
 * ../figures.ts; reference: cost-review-licensing-warehouse.md B.4, B.5 and the owner's article #35).
 *   on-demand a month    = max(0, TiB scanned − free TiB) × $ per TiB
 *   baseline slots       = ⌈slots ÷ 50⌉ × 50 × 730 h × $ per slot-hour × (1 − commitment discount)
 *   autoscaled slots     = ⌈slots ÷ 50⌉ × 50 × max(hours, 1 minute) × $ per slot-hour (never discounted)
 *   break-even TiB       = slot cost ÷ $ per TiB + free TiB (scanning more than this, slots are cheaper)
 *   one SELECT *         = table TiB × $ per TiB (once the free TiB is used)
 * Standard edition sells no commitments and caps a reservation at 1,600 slots.
 */
import { q, t, type MathStep, type Metric, type ResultTable, type Text } from '../../../lib/tool-kit/result';
import { hoursPerMonth, slotBilling, standardMaxSlots } from '../figures';
import { ceilToStep, type Bill, type BillLine, type Lever, type WarehouseEstimate } from './estimate';

const HOURS_PER_MONTH = hoursPerMonth.value;
const SLOT_STEP = slotBilling.value;
const ONE_MINUTE = 1 / 60;

export type Edition = 'standard' | 'enterprise' | 'enterprisePlus';
export type Commitment = 'none' | '1y' | '3y';

export const editionNames: Record<Edition, string> = {
  standard: 'Standard',
  enterprise: 'Enterprise',
  enterprisePlus: 'Enterprise Plus',
};

export interface BigQueryPrices {
  perTib: number;
  freeTib: number;
  slotHour: Record<Edition, number>;
  commit1yPct: number;
  commit3yPct: number;
}

export interface BigQueryInput {
  /** TiB scanned a month on-demand today. */
  tibPerMonth: number;
  edition: Edition;
  baselineSlots: number;
  autoscaleSlots: number;
  /** Hours a month the autoscaled slots run. */
  autoscaleHours: number;
  commitment: Commitment;
  /** Size of the table a careless SELECT * reads, TiB. */
  selectStarTib: number;
  prices: BigQueryPrices;
}

/** On-demand bill for a month's scanning, the free TiB deducted. */
export function onDemandMonthly(tib: number, prices: Pick<BigQueryPrices, 'perTib' | 'freeTib'>): number {
  return Math.max(0, tib - prices.freeTib) * prices.perTib;
}

/** Commitment discount in percent; Standard has none. */
export function commitmentPct(edition: Edition, commitment: Commitment, prices: BigQueryPrices): number {
  if (edition === 'standard' || commitment === 'none') return 0;
  return commitment === '1y' ? prices.commit1yPct : prices.commit3yPct;
}

/** Slot bill for a month: baseline all month (committed or not), autoscaled slots at the pay-as-you-go rate. */
export function slotsMonthly(
  input: Pick<
    BigQueryInput,
    'edition' | 'baselineSlots' | 'autoscaleSlots' | 'autoscaleHours' | 'commitment' | 'prices'
  >,
) {
  const rate = input.prices.slotHour[input.edition];
  const baselineSlots = ceilToStep(input.baselineSlots, SLOT_STEP);
  const autoscaleSlots = ceilToStep(input.autoscaleSlots, SLOT_STEP);
  const autoscaleHours =
    autoscaleSlots > 0 && input.autoscaleHours > 0 ? Math.max(input.autoscaleHours, ONE_MINUTE) : 0;
  const discount = commitmentPct(input.edition, input.commitment, input.prices);
  const baseline = baselineSlots * HOURS_PER_MONTH * rate * (1 - discount / 100);
  const autoscale = autoscaleSlots * autoscaleHours * rate;
  return { baselineSlots, autoscaleSlots, autoscaleHours, discount, baseline, autoscale, total: baseline + autoscale };
}

/** TiB scanned a month at which on-demand costs what the slots do. */
export function breakEvenTib(slotCost: number, prices: Pick<BigQueryPrices, 'perTib' | 'freeTib'>): number {
  return slotCost / prices.perTib + prices.freeTib;
}

/** Every number the BigQuery part shows. */
export interface BigQueryNumbers {
  onDemand: number;
  slots: ReturnType<typeof slotsMonthly>;
  breakEvenTib: number;
  /** TiB the slot bill would pay for on-demand, without the free TiB. */
  slotCostInTib: number;
  selectStar: number;
}

/** The numbers, without words. */
export function computeBigQuery(input: BigQueryInput): BigQueryNumbers {
  const slots = slotsMonthly(input);
  return {
    onDemand: onDemandMonthly(input.tibPerMonth, input.prices),
    slots,
    breakEvenTib: breakEvenTib(slots.total, input.prices),
    slotCostInTib: slots.total / input.prices.perTib,
    selectStar: input.selectStarTib * input.prices.perTib,
  };
}

const lines: BillLine[] = [
  { key: 'bigquery.onDemand', label: 'BigQuery on-demand scans', tone: 'danger' },
  { key: 'bigquery.slots', label: 'BigQuery slots', tone: 'ok' },
];

/** Editions × commitments for the chosen slots: what each costs and the scanning it matches. */
function editionTable(input: BigQueryInput): ResultTable {
  const rows: ResultTable['rows'] = [];
  for (const edition of Object.keys(editionNames) as Edition[]) {
    for (const commitment of ['none', '1y', '3y'] as const) {
      if (edition === 'standard' && commitment !== 'none') continue;
      const cost = slotsMonthly({ ...input, edition, commitment }).total;
      rows.push({
        key: `${edition}.${commitment}`,
        edition: editionNames[edition],
        commitment:
          commitment === 'none' ? 'Pay as you go' : commitment === '1y' ? '1-year commitment' : '3-year commitment',
        monthly: cost,
        breakEven: breakEvenTib(cost, input.prices),
      });
    }
  }
  return {
    key: 'editions',
    caption: 'BigQuery slots by edition and commitment',
    note: 'The same baseline and autoscaled slots in every row; break-even = TiB scanned a month at which on-demand costs the same.',
    columns: [
      { key: 'edition', label: 'Edition' },
      { key: 'commitment', label: 'Commitment' },
      { key: 'monthly', label: 'Slots a month', format: 'money' },
      { key: 'breakEven', label: 'Break-even TiB a month', format: 'number' },
    ],
    rows,
  };
}

function steps(input: BigQueryInput, n: BigQueryNumbers): MathStep[] {
  const { prices } = input;
  const rate = prices.slotHour[input.edition];
  return [
    {
      label: 'BigQuery on-demand a month',
      formula: 'max(0, TiB scanned − free TiB) × $ per TiB',
      substituted: t('max(0, {tib} − {free}) × {price}', {
        tib: q(input.tibPerMonth, 'number'),
        free: q(prices.freeTib, 'number'),
        price: q(prices.perTib, 'rate'),
      }),
      result: q(n.onDemand, 'money'),
    },
    {
      label: `${editionNames[input.edition]} baseline slots a month`,
      formula: 'slots (in steps of 50) × 730 h × $ per slot-hour × (1 − commitment discount)',
      substituted: t('{slots} × 730 × {rate} × (1 − {discount})', {
        slots: q(n.slots.baselineSlots, 'integer'),
        rate: q(rate, 'rate'),
        discount: q(n.slots.discount, 'percent'),
      }),
      result: q(n.slots.baseline, 'money'),
    },
    {
      label: 'Autoscaled slots a month',
      formula: 'slots (in steps of 50) × hours (at least 1 minute) × $ per slot-hour',
      substituted: t('{slots} × {hours} × {rate}', {
        slots: q(n.slots.autoscaleSlots, 'integer'),
        hours: q(n.slots.autoscaleHours, 'hours'),
        rate: q(rate, 'rate'),
      }),
      result: q(n.slots.autoscale, 'money'),
    },
    {
      label: 'Break-even scanning',
      formula: 'slot cost ÷ $ per TiB + free TiB',
      substituted: t('{cost} ÷ {price} + {free}', {
        cost: q(n.slots.total, 'money'),
        price: q(prices.perTib, 'rate'),
        free: q(prices.freeTib, 'number'),
      }),
      result: q(n.breakEvenTib, 'number'),
    },
    {
      label: 'One careless SELECT *',
      formula: 'table TiB × $ per TiB',
      substituted: t('{tib} × {price}', { tib: q(input.selectStarTib, 'number'), price: q(prices.perTib, 'rate') }),
      result: q(n.selectStar, 'money'),
    },
  ];
}

function warnings(input: BigQueryInput, n: BigQueryNumbers): Text[] {
  const found: Text[] = [];
  if (input.edition === 'standard' && input.commitment !== 'none') {
    found.push(t('Standard edition sells no commitments: its slots are priced pay as you go.'));
  }
  if (input.edition === 'standard' && n.slots.baselineSlots + n.slots.autoscaleSlots > standardMaxSlots.value) {
    found.push(
      t('Standard edition allows at most {max} slots in a reservation; you asked for {slots}.', {
        max: q(standardMaxSlots.value, 'integer'),
        slots: q(n.slots.baselineSlots + n.slots.autoscaleSlots, 'integer'),
      }),
    );
  }
  const rounded = n.slots.baselineSlots !== input.baselineSlots || n.slots.autoscaleSlots !== input.autoscaleSlots;
  if (rounded) found.push(t('Slots are bought in steps of 50: the counts were rounded up.'));
  return found;
}

function metrics(input: BigQueryInput, n: BigQueryNumbers): Metric[] {
  return [
    { key: 'bqOnDemand', label: 'BigQuery on-demand a month', ...q(n.onDemand, 'money') },
    {
      key: 'bqSlots',
      label: `${editionNames[input.edition]} slots a month`,
      ...q(n.slots.total, 'money'),
      hint: t('the same money buys {tib} TiB of on-demand scanning', { tib: q(n.slotCostInTib, 'number') }),
    },
    {
      key: 'bqBreakEvenTib',
      label: 'Slots pay off above',
      ...q(n.breakEvenTib, 'number'),
      hint: t('TiB scanned a month (the first {free} TiB is free)', { free: q(input.prices.freeTib, 'number') }),
    },
    {
      key: 'selectStar',
      label: 'One careless SELECT *',
      ...q(n.selectStar, 'money'),
      hint: t('over a {tib} TiB table, on-demand', { tib: q(input.selectStarTib, 'number') }),
      tone: 'bad',
    },
  ];
}

/** The BigQuery part of the optimizer, in the shape every warehouse module returns. */
export function estimateBigQuery(input: BigQueryInput): WarehouseEstimate {
  const n = computeBigQuery(input);
  const today: Bill = { 'bigquery.onDemand': n.onDemand, 'bigquery.slots': 0 };
  const after: Bill = { 'bigquery.onDemand': 0, 'bigquery.slots': n.slots.total };
  const lever: Lever = {
    key: 'slots',
    short: `BigQuery ${editionNames[input.edition]} slots`,
    label: `Move BigQuery to ${editionNames[input.edition]} slots`,
    applicable: true,
    aloneSaving: n.onDemand - n.slots.total,
    after,
    risk: 'Slots cap spend and speed alike: past the slots you buy, queries queue instead of running; a commitment bills for its whole term.',
  };
  return {
    key: 'bigquery',
    name: 'Google BigQuery',
    lines,
    today,
    levers: [lever],
    metrics: metrics(input, n),
    tables: [editionTable(input)],
    steps: steps(input, n),
    warnings: warnings(input, n),
    figures: [slotBilling, standardMaxSlots],
  };
}
