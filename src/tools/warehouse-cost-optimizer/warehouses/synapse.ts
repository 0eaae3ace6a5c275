/**
 * Azure Synapse dedicated and serverless SQL pools: the pure pricing rules and the four levers of the owner's
 * article (#46), in its order. Sources and dates in ../figures.ts; reference: cost-review-licensing-warehouse.md B.
 *   compute a month     = level ÷ 100 × $ per DW100c-hour × 730 × hours a week ÷ 168
 *   right-sized level   = smallest of the 16 levels ≥ P95 cDWU × (1 + headroom), never above today's level
 *   serverless TB       = queries × max(10 MB, ⌈TB ÷ queries⌉ MB) ÷ 10⁶ (each query rounded up, 10 MB minimum)
 *   offload break-even  = dedicated compute the offload frees ÷ $ per TB (above it, dedicated is cheaper again)
 *   reserved compute    = level ÷ 100 × $ per DW100c-hour × 730 × (1 − discount), every hour, paused or not;
 *                         pulled only where the schedule keeps the pool online more than (1 − discount) of hours
 *   storage             = TB × $ per TB-month, billed while paused
 * Azure Hybrid Benefit is not a lever: Synapse SQL pools are not an eligible service.
 */
import { q, t, type MathStep, type Metric, type ResultTable, type Text } from '../../../lib/tool-kit/result';
import { hoursPerMonth, hybridBenefitSynapse, serverlessMinimumMb, serviceLevelsFigure } from '../figures';
import { type Bill, type BillLine, type Lever, type WarehouseEstimate } from './estimate';

const HOURS_PER_MONTH = hoursPerMonth.value;
const HOURS_PER_WEEK = 168;
const MB_PER_TB = 1_000_000;

/** One Gen2 service level and what it allows (Microsoft's memory and concurrency limits). */
export interface ServiceLevel {
  cdwu: number;
  nodes: number;
  memoryGb: number;
  maxConcurrency: number;
}

/** The 16 levels a dedicated pool can run at, smallest first. Nothing in between exists. */
export const serviceLevels: readonly ServiceLevel[] = (
  [
    [100, 1, 60, 4],
    [200, 1, 120, 8],
    [300, 1, 180, 12],
    [400, 1, 240, 16],
    [500, 1, 300, 20],
    [1000, 2, 600, 32],
    [1500, 3, 900, 32],
    [2000, 4, 1200, 48],
    [2500, 5, 1500, 48],
    [3000, 6, 1800, 64],
    [5000, 10, 3000, 64],
    [6000, 12, 3600, 128],
    [7500, 15, 4500, 128],
    [10000, 20, 6000, 128],
    [15000, 30, 9000, 128],
    [30000, 60, 18000, 128],
  ] as const
).map(([cdwu, nodes, memoryGb, maxConcurrency]) => ({ cdwu, nodes, memoryGb, maxConcurrency }));

/** "DW1500c". */
export const levelName = (cdwu: number) => `DW${cdwu}c`;

/** The level record of a valid cDWU (the schema only offers valid ones; anything else falls back to DW100c). */
export function serviceLevel(cdwu: number): ServiceLevel {
  return serviceLevels.find((level) => level.cdwu === cdwu) ?? serviceLevels[0]!;
}

/** The smallest level with at least `cdwu`, or null above DW30000c. */
export function levelAtLeast(cdwu: number): ServiceLevel | null {
  return serviceLevels.find((level) => level.cdwu >= cdwu - 1e-9) ?? null;
}

export type Reservation = 'none' | '1y' | '3y';

/** A dedicated pool as the visitor describes it. */
export interface SynapsePool {
  name: string;
  /** Today's level, one of the 16. */
  cdwu: number;
  /** P95 cDWU actually used (Azure Monitor "DWU used"); null when unknown: the pool is not right-sized. */
  p95: number | null;
  hoursNow: number;
  hoursPlanned: number;
  reserve: Reservation;
}

export interface SynapsePrices {
  dw100cHourly: number;
  serverlessPerTb: number;
  storagePerTbMonth: number;
  reserved1yPct: number;
  reserved3yPct: number;
}

export interface SynapseInput {
  pools: readonly SynapsePool[];
  headroomPct: number;
  /** Ad-hoc queries moved to serverless: TB they scan a month, how many, and the cDWU of the first pool's P95 they cause. */
  adhoc: { tbPerMonth: number; queriesPerMonth: number; cdwu: number };
  storageTb: number;
  prices: SynapsePrices;
}

/** Dedicated compute for a month at a level and a weekly schedule, pay as you go. */
export function computeMonthly(cdwu: number, hoursPerWeek: number, dw100cPrice: number): number {
  return (cdwu / 100) * dw100cPrice * HOURS_PER_MONTH * (hoursPerWeek / HOURS_PER_WEEK);
}

/** Hours billed a month for a weekly schedule: 60 h a week → 260.7 h. */
export const monthlyHours = (hoursPerWeek: number) => (HOURS_PER_MONTH * hoursPerWeek) / HOURS_PER_WEEK;

/** TB billed for serverless queries of equal size: each rounded up to the MB, at least 10 MB. */
export function serverlessBilledTb(tbPerMonth: number, queriesPerMonth: number): number {
  if (tbPerMonth <= 0 || queriesPerMonth <= 0) return 0;
  const mbPerQuery = (tbPerMonth * MB_PER_TB) / queriesPerMonth;
  const billedMb = Math.max(serverlessMinimumMb.value, Math.ceil(mbPerQuery - 1e-9));
  return (billedMb * queriesPerMonth) / MB_PER_TB;
}

/** The level right-sizing picks: P95 × (1 + headroom) snapped up to a real level, never above today's. */
export function rightSizedLevel(cdwu: number, p95: number | null, headroom: number): number {
  if (p95 === null) return cdwu;
  const fit = levelAtLeast(p95 * (1 + headroom / 100));
  return Math.min(cdwu, fit?.cdwu ?? serviceLevels.at(-1)!.cdwu);
}

/** How one pool runs in one state of the plan. */
interface PoolState {
  cdwu: number;
  hoursPerWeek: number;
  /** Discount of the reservation covering it, in percent; null when it runs pay as you go. */
  reservedPct: number | null;
}

const reservedPct = (reserve: Reservation, prices: SynapsePrices) =>
  reserve === '1y' ? prices.reserved1yPct : reserve === '3y' ? prices.reserved3yPct : null;

/** Whether a reservation beats paying by the hour on this schedule: online more than (1 − discount) of hours. */
export const reservationPays = (hoursPerWeek: number, discountPct: number) =>
  hoursPerWeek / HOURS_PER_WEEK > 1 - discountPct / 100;

const lines: BillLine[] = [
  { key: 'synapse.compute', label: 'Synapse compute, pay as you go', tone: 'accent' },
  { key: 'synapse.reserved', label: 'Synapse compute, reserved', tone: 'accent', hatch: true },
  { key: 'synapse.storage', label: 'Synapse storage', tone: 'muted' },
  { key: 'synapse.serverless', label: 'Synapse serverless scans', tone: 'warn' },
];

function bill(states: readonly PoolState[], serverless: number, input: SynapseInput): Bill {
  let compute = 0;
  let reserved = 0;
  for (const state of states) {
    if (state.reservedPct === null)
      compute += computeMonthly(state.cdwu, state.hoursPerWeek, input.prices.dw100cHourly);
    else
      reserved += computeMonthly(state.cdwu, HOURS_PER_WEEK, input.prices.dw100cHourly) * (1 - state.reservedPct / 100);
  }
  return {
    'synapse.compute': compute,
    'synapse.reserved': reserved,
    'synapse.storage': input.storageTb * input.prices.storagePerTbMonth,
    'synapse.serverless': serverless,
  };
}

const saving = (before: Bill, after: Bill) =>
  Object.keys(before).reduce((sum, key) => sum + (before[key] ?? 0) - (after[key] ?? 0), 0);

/** Every number the Synapse part shows. */
export interface SynapseNumbers {
  today: Bill;
  rightSized: number[];
  /** The first pool's level once the ad-hoc queries are gone (and right-sized). */
  offloadLevel: number | null;
  serverlessTb: number;
  serverlessMonthly: number;
  /** Dedicated compute the offload frees a month, pay as you go on the planned schedule. */
  offloadFrees: number;
  /** TB a month at which serverless costs what the freed dedicated capacity did; null when it frees nothing. */
  offloadBreakEvenTb: number | null;
  /** Reservation discount applied per pool in the final plan; null where none (or where it would not pay). */
  reserved: (number | null)[];
  levers: Lever[];
}

/** The numbers, without words: what tests check and the benchmark times. */
export function computeSynapse(input: SynapseInput): SynapseNumbers {
  const { pools, prices } = input;
  const today = pools.map((pool) => ({ cdwu: pool.cdwu, hoursPerWeek: pool.hoursNow, reservedPct: null }));
  const rightSized = pools.map((pool) => rightSizedLevel(pool.cdwu, pool.p95, input.headroomPct));
  const first = pools[0];
  const offloadLevel =
    first && first.p95 !== null
      ? Math.min(
          rightSized[0]!,
          rightSizedLevel(first.cdwu, Math.max(0, first.p95 - input.adhoc.cdwu), input.headroomPct),
        )
      : null;
  const serverlessTb = serverlessBilledTb(input.adhoc.tbPerMonth, input.adhoc.queriesPerMonth);
  const serverlessMonthly = serverlessTb * prices.serverlessPerTb;
  const reserved = pools.map((pool) => {
    const pct = reservedPct(pool.reserve, prices);
    return pct !== null && reservationPays(pool.hoursPlanned, pct) ? pct : null;
  });

  const s0 = bill(today, 0, input);
  const s1States = today.map((state, i) => ({ ...state, cdwu: rightSized[i]! }));
  const s2States = s1States.map((state, i) => ({ ...state, hoursPerWeek: pools[i]!.hoursPlanned }));
  const s3States = s2States.map((state, i) =>
    i === 0 && offloadLevel !== null ? { ...state, cdwu: offloadLevel } : state,
  );
  const s4States = s3States.map((state, i) => ({ ...state, reservedPct: reserved[i]! }));
  const [s1, s2, s3, s4] = [s1States, s2States, s3States, s4States].map((states, i) =>
    bill(states, i >= 2 ? serverlessMonthly : 0, input),
  ) as [Bill, Bill, Bill, Bill];

  const offloadFrees =
    first && offloadLevel !== null
      ? computeMonthly(rightSized[0]!, first.hoursPlanned, prices.dw100cHourly) -
        computeMonthly(offloadLevel, first.hoursPlanned, prices.dw100cHourly)
      : 0;
  const alone = {
    rightSize: saving(
      s0,
      bill(
        s1States.map((s, i) => ({ ...s, hoursPerWeek: today[i]!.hoursPerWeek })),
        0,
        input,
      ),
    ),
    pause: saving(
      s0,
      bill(
        today.map((s, i) => ({ ...s, hoursPerWeek: pools[i]!.hoursPlanned })),
        0,
        input,
      ),
    ),
    offload: -serverlessMonthly,
    reserve: saving(
      s0,
      bill(
        today.map((s, i) => ({ ...s, reservedPct: aloneReservation(pools[i]!, prices) })),
        0,
        input,
      ),
    ),
  };
  const levers: Lever[] = [
    {
      key: 'rightSize',
      short: 'Right-size',
      label: 'Right-size the dedicated pools',
      applicable: true,
      aloneSaving: alone.rightSize,
      after: s1,
      risk: rightSizeRisk(pools, rightSized),
    },
    {
      key: 'pause',
      short: 'Pause',
      label: 'Pause on a schedule',
      applicable: true,
      aloneSaving: alone.pause,
      after: s2,
      risk: 'A paused pool answers no query; resuming takes minutes and starts with a cold cache, so the first queries are slow.',
    },
    {
      key: 'offload',
      short: 'Serverless offload',
      label: 'Move ad-hoc queries to serverless',
      applicable: true,
      aloneSaving: alone.offload,
      after: s3,
      risk: 'Billed per TB scanned: a query without partition pruning can scan everything; set daily and monthly TB limits.',
    },
    {
      key: 'reserve',
      short: 'Reserve',
      label: 'Reserve the always-on capacity',
      applicable: true,
      aloneSaving: alone.reserve,
      after: s4,
      risk: 'A reservation bills every hour of its term, paused or not, and cannot be cancelled; reserve after right-sizing.',
    },
    {
      key: 'hybridBenefit',
      short: 'Hybrid Benefit',
      label: 'Azure Hybrid Benefit',
      applicable: false,
      aloneSaving: 0,
      after: s4,
      risk: 'Not applicable: Synapse SQL pools are not on Microsoft’s list of Hybrid Benefit services.',
    },
  ];
  return {
    today: s0,
    rightSized,
    offloadLevel,
    serverlessTb,
    serverlessMonthly,
    offloadFrees,
    offloadBreakEvenTb: offloadFrees > 0 ? offloadFrees / prices.serverlessPerTb : null,
    reserved,
    levers,
  };
}

/** Reservation on today's level and schedule (the "alone" case), when it would pay. */
function aloneReservation(pool: SynapsePool, prices: SynapsePrices): number | null {
  const pct = reservedPct(pool.reserve, prices);
  return pct !== null && reservationPays(pool.hoursNow, pct) ? pct : null;
}

/** 1800 → "1,800", without building an Intl formatter in the model. */
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function rightSizeRisk(pools: readonly SynapsePool[], rightSized: readonly number[]): string {
  const shrunk = pools.findIndex((pool, i) => rightSized[i]! < pool.cdwu);
  if (shrunk < 0) return 'Nothing to shrink at this headroom.';
  const from = serviceLevel(pools[shrunk]!.cdwu);
  const to = serviceLevel(rightSized[shrunk]!);
  return `${pools[shrunk]!.name} at ${levelName(to.cdwu)} runs ${to.maxConcurrency} queries at once instead of ${from.maxConcurrency} (the rest queue), with ${grouped(to.memoryGb)} GB of memory instead of ${grouped(from.memoryGb)}; scaling ends open sessions.`;
}

/** The pool table: today, the recommended level and its limits, the schedule. */
function poolTable(input: SynapseInput, n: SynapseNumbers): ResultTable {
  return {
    key: 'pools',
    caption: 'Dedicated SQL pools: today and recommended',
    note: 'Recommended = the smallest of the 16 levels at or above P95 × (1 + headroom); limits from Microsoft’s table.',
    columns: [
      { key: 'pool', label: 'Pool' },
      { key: 'today', label: 'Today' },
      { key: 'p95', label: 'P95 cDWU', format: 'integer', nullText: 'unknown' },
      { key: 'oversize', label: 'Oversized', format: 'multiple', nullText: '–' },
      { key: 'recommended', label: 'Recommended' },
      { key: 'concurrency', label: 'Queries at once' },
      { key: 'pausedPct', label: 'Hours paused', format: 'percent' },
      { key: 'monthlyToday', label: 'Today a month', format: 'money' },
      { key: 'monthlyAfter', label: 'After a month', format: 'money' },
    ],
    rows: input.pools.map((pool, i) => {
      const level = i === 0 && n.offloadLevel !== null ? n.offloadLevel : n.rightSized[i]!;
      const [from, to] = [serviceLevel(pool.cdwu), serviceLevel(level)];
      const pct = n.reserved[i] ?? null;
      const after =
        pct === null
          ? computeMonthly(level, pool.hoursPlanned, input.prices.dw100cHourly)
          : computeMonthly(level, HOURS_PER_WEEK, input.prices.dw100cHourly) * (1 - pct / 100);
      return {
        key: `pool${i + 1}`,
        pool: pool.name,
        today: levelName(pool.cdwu),
        p95: pool.p95,
        oversize: pool.p95 !== null && pool.p95 >= 1 ? pool.cdwu / pool.p95 : null,
        recommended: levelName(level) + (pct === null ? '' : `, ${pct} % reserved`),
        concurrency: `${from.maxConcurrency} → ${to.maxConcurrency}`,
        pausedPct: pool.hoursNow > 0 ? Math.max(0, (1 - pool.hoursPlanned / pool.hoursNow) * 100) : 0,
        monthlyToday: computeMonthly(pool.cdwu, pool.hoursNow, input.prices.dw100cHourly),
        monthlyAfter: after,
      };
    }),
  };
}

/** The 16 levels with their limits and price: the only sizes a pool can take. */
function levelTable(input: SynapseInput, n: SynapseNumbers): ResultTable {
  const marks = (cdwu: number) =>
    input.pools
      .flatMap((pool, i) => [
        ...(pool.cdwu === cdwu ? [`${pool.name} today`] : []),
        ...((i === 0 && n.offloadLevel !== null ? n.offloadLevel : n.rightSized[i]) === cdwu
          ? [`${pool.name} recommended`]
          : []),
      ])
      .join(', ');
  return {
    key: 'levels',
    caption: 'Dedicated SQL pool service levels',
    note: 'Always 60 distributions; the price is linear in the level. Memory and concurrency limits per Microsoft.',
    limit: 8,
    columns: [
      { key: 'level', label: 'Level' },
      { key: 'nodes', label: 'Nodes', format: 'integer' },
      { key: 'memoryGb', label: 'Memory GB', format: 'integer' },
      { key: 'maxConcurrency', label: 'Queries at once', format: 'integer' },
      { key: 'monthly', label: '24×7 a month', format: 'money' },
      { key: 'marks', label: 'Your pools' },
    ],
    rows: serviceLevels.map((level) => ({
      key: levelName(level.cdwu),
      level: levelName(level.cdwu),
      nodes: level.nodes,
      memoryGb: level.memoryGb,
      maxConcurrency: level.maxConcurrency,
      monthly: computeMonthly(level.cdwu, HOURS_PER_WEEK, input.prices.dw100cHourly),
      marks: marks(level.cdwu),
    })),
  };
}

const money = (value: number) => q(value, 'money');

function steps(input: SynapseInput, n: SynapseNumbers): MathStep[] {
  const { prices } = input;
  const result: MathStep[] = input.pools.map((pool, i) => ({
    label: `${pool.name}: right-sized level`,
    formula: 'smallest level ≥ P95 cDWU × (1 + headroom), never above today',
    substituted:
      pool.p95 === null
        ? t('P95 unknown: stays at {level} cDWU', { level: q(pool.cdwu, 'integer') })
        : t('{p95} × (1 + {headroom}) = {need} cDWU → next level', {
            p95: q(pool.p95, 'integer'),
            headroom: q(input.headroomPct, 'percent'),
            need: q(pool.p95 * (1 + input.headroomPct / 100), 'number'),
          }),
    result: q(n.rightSized[i]!, 'integer'),
    shown: levelName(n.rightSized[i]!),
  }));
  const first = input.pools[0];
  if (first) {
    result.push({
      label: `${first.name}: compute today`,
      formula: 'level ÷ 100 × $ per DW100c-hour × 730 × hours a week ÷ 168',
      substituted: t('{level} ÷ 100 × {price} × 730 × {hours} ÷ 168', {
        level: q(first.cdwu, 'integer'),
        price: q(prices.dw100cHourly, 'rate'),
        hours: q(first.hoursNow, 'hours'),
      }),
      result: money(computeMonthly(first.cdwu, first.hoursNow, prices.dw100cHourly)),
    });
  }
  for (const pool of input.pools.filter((candidate) => candidate.hoursPlanned < candidate.hoursNow)) {
    result.push({
      label: `${pool.name}: hours billed on the schedule`,
      formula: '730 × planned hours a week ÷ 168',
      substituted: t('730 × {hours} ÷ 168', { hours: q(pool.hoursPlanned, 'hours') }),
      result: q(monthlyHours(pool.hoursPlanned), 'hours'),
    });
  }
  result.push(
    {
      label: 'Serverless: TB billed',
      formula: 'queries × max(10 MB, TB ÷ queries rounded up to the MB) ÷ 1,000,000',
      substituted: t('{queries} × max(10, ⌈{tb} × 1,000,000 ÷ {queries}⌉) MB', {
        queries: q(input.adhoc.queriesPerMonth, 'integer'),
        tb: q(input.adhoc.tbPerMonth, 'number'),
      }),
      result: q(n.serverlessTb, 'number'),
    },
    {
      label: 'Serverless: cost a month',
      formula: 'TB billed × $ per TB',
      substituted: t('{tb} × {price}', { tb: q(n.serverlessTb, 'number'), price: q(prices.serverlessPerTb, 'rate') }),
      result: money(n.serverlessMonthly),
    },
    {
      label: 'Serverless: break-even volume',
      formula: 'dedicated compute the offload frees ÷ $ per TB',
      substituted: t('{frees} ÷ {price}', { frees: money(n.offloadFrees), price: q(prices.serverlessPerTb, 'rate') }),
      result: q(n.offloadBreakEvenTb, 'number', 'none: it frees no level'),
    },
  );
  input.pools.forEach((pool, i) => {
    const pct = n.reserved[i];
    if (pct === null || pct === undefined) return;
    const level = i === 0 && n.offloadLevel !== null ? n.offloadLevel : n.rightSized[i]!;
    result.push({
      label: `${pool.name}: reserved capacity`,
      formula: 'level ÷ 100 × $ per DW100c-hour × 730 × (1 − discount)',
      substituted: t('{level} ÷ 100 × {price} × 730 × (1 − {pct})', {
        level: q(level, 'integer'),
        price: q(prices.dw100cHourly, 'rate'),
        pct: q(pct, 'percent'),
      }),
      result: money(computeMonthly(level, HOURS_PER_WEEK, prices.dw100cHourly) * (1 - pct / 100)),
    });
  });
  if (input.storageTb > 0) {
    result.push({
      label: 'Storage (billed while paused)',
      formula: 'TB × $ per TB-month',
      substituted: t('{tb} × {price}', {
        tb: q(input.storageTb, 'number'),
        price: q(prices.storagePerTbMonth, 'rate'),
      }),
      result: money(input.storageTb * prices.storagePerTbMonth),
    });
  }
  return result;
}

function warnings(input: SynapseInput, n: SynapseNumbers): Text[] {
  const found: Text[] = [];
  input.pools.forEach((pool, i) => {
    if (pool.p95 !== null && pool.p95 * (1 + input.headroomPct / 100) > pool.cdwu) {
      found.push(
        t(
          `${pool.name} is not oversized: P95 × (1 + headroom) = {need} cDWU, more than its {level} cDWU. A smaller level would queue queries.`,
          {
            need: q(pool.p95 * (1 + input.headroomPct / 100), 'number'),
            level: q(pool.cdwu, 'integer'),
          },
        ),
      );
    }
    if (pool.hoursPlanned > pool.hoursNow) {
      found.push(t(`${pool.name}: the planned schedule has more hours than today; pausing saves nothing there.`));
    }
    const pct = reservedPct(pool.reserve, input.prices);
    if (pct !== null && n.reserved[i] === null) {
      found.push(
        t(
          `${pool.name}: a reservation bills all 730 hours; online {share} of the week, it costs more than paying by the hour (break-even {breakEven}). Not applied.`,
          {
            share: q((pool.hoursPlanned / HOURS_PER_WEEK) * 100, 'percent'),
            breakEven: q(100 - pct, 'percent'),
          },
        ),
      );
    }
    if (pct !== null && pool.p95 === null) {
      found.push(
        t(
          `${pool.name}: reserved without a P95 to right-size it first; measure for about 90 days, right-size, then reserve.`,
        ),
      );
    }
  });
  if (input.adhoc.tbPerMonth > 0 && n.offloadBreakEvenTb !== null && input.adhoc.tbPerMonth > n.offloadBreakEvenTb) {
    found.push(
      t(
        'The ad-hoc queries scan {tb} TB a month, above the {breakEven} TB at which the dedicated capacity they free is cheaper.',
        {
          tb: q(input.adhoc.tbPerMonth, 'number'),
          breakEven: q(n.offloadBreakEvenTb, 'number'),
        },
      ),
    );
  }
  return found;
}

function metrics(input: SynapseInput, n: SynapseNumbers): Metric[] {
  const first = input.pools[0];
  const pausedHours = input.pools.reduce((sum, pool) => sum + Math.max(0, pool.hoursNow - pool.hoursPlanned), 0);
  const onlineHours = input.pools.reduce((sum, pool) => sum + pool.hoursNow, 0);
  const oversize = first && first.p95 !== null && first.p95 >= 1 ? first.cdwu / first.p95 : null;
  return [
    {
      key: 'oversize',
      label: first ? `${first.name}: provisioned ÷ P95` : 'Provisioned ÷ P95',
      ...q(oversize, 'multiple', 'P95 unknown'),
      hint: t('the article says most pools are 4–10× oversized'),
    },
    {
      key: 'hoursPaused',
      label: 'Pool-hours paused a week',
      ...q(pausedHours, 'hours'),
      hint: t('{share} of the pools’ hours today', {
        share: q(onlineHours > 0 ? (pausedHours / onlineHours) * 100 : 0, 'percent'),
      }),
    },
    {
      key: 'serverlessMonthly',
      label: 'Serverless scans a month',
      ...money(n.serverlessMonthly),
      hint: t('{tb} TB billed', { tb: q(n.serverlessTb, 'number') }),
    },
    {
      key: 'offloadBreakEvenTb',
      label: 'Serverless break-even',
      ...q(n.offloadBreakEvenTb, 'number', 'none'),
      hint:
        n.offloadBreakEvenTb === null
          ? t('the offload frees no dedicated level, so it only adds its scans')
          : t('TB a month; above it, keeping the queries on the dedicated pool is cheaper'),
    },
  ];
}

/** The Synapse part of the optimizer, in the shape every warehouse module returns. */
export function estimateSynapse(input: SynapseInput): WarehouseEstimate {
  const n = computeSynapse(input);
  return {
    key: 'synapse',
    name: 'Azure Synapse',
    lines,
    today: n.today,
    levers: n.levers,
    metrics: metrics(input, n),
    tables: [poolTable(input, n), levelTable(input, n)],
    steps: steps(input, n),
    warnings: warnings(input, n),
    figures: [hoursPerMonth, serviceLevelsFigure, serverlessMinimumMb, hybridBenefitSynapse],
  };
}
