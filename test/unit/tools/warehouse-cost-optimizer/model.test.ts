import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultCsv } from '../../../../src/lib/tool-kit/csv';
import { createFormatter } from '../../../../src/lib/tool-kit/format';
import { toolForLink } from '../../../../src/lib/tool-kit/tool-links';
import { tools } from '../../../../src/tools/registry';
import { computeOptimizer, evaluateOptimizer } from '../../../../src/tools/warehouse-cost-optimizer/model';
import { inputs, type Inputs } from '../../../../src/tools/warehouse-cost-optimizer/schema';
import { arbitraryValues, nonFinite } from '../support';

/** Defaults with changes: the defaults are the reference's worked example B.6 (prod DW3000c and dev DW1000c). */
const wh = (change: Partial<Inputs> = {}): Inputs => ({ ...inputs.defaults, ...change });
type Pool = Inputs['pools'][number];
const pool = (row: Partial<Pool>): Pool => ({
  name: 'prod',
  level: '3000',
  p95: null,
  hoursNow: 168,
  hoursPlanned: 168,
  reserve: 'none',
  ...row,
});

interface Expected {
  today: number;
  optimized: number;
  /** Saving of each applicable lever in turn, in waterfall order. */
  inTurn?: number[];
}

describe('worked examples, computed by hand', () => {
  describe.each<[string, Partial<Inputs>, Expected]>([
    [
      // Reference B.6. Today: DW3000c 30 × $1.20 × 730 = $26,280 + DW1000c 10 × $1.20 × 730 = $8,760 = $35,040.
      // 1. Right-size prod: 1,200 × 1.2 = 1,440 cDWU → DW1500c = $13,140: saves $13,140.
      // 2. Pause dev to 60 h a week: 730 × 60 ÷ 168 = 260.714 h × $12 = $3,128.57: saves $5,631.43.
      // 3. Serverless: 40 TB in 20,000 queries = 2,000 MB each (above 10 MB) = 40 TB × $5 = $200; the 300 cDWU of
      //    ad-hoc load leave (1,200 − 300) × 1.2 = 1,080 → still DW1500c, so nothing freed: −$200.
      // 4. 1-year reservation on prod DW1500c: $13,140 × (1 − 37 %) = $8,278.20: saves $4,861.80.
      // Total $8,278.20 + $3,128.57 + $200 = $11,606.77; saving $23,433.23 = 66.88 %.
      'reference B.6: prod DW3000c and dev DW1000c to $11,606.77',
      {},
      { today: 35_040, optimized: 11_606.7714, inTurn: [13_140, 5_631.4286, -200, 4_861.8] },
    ],
    [
      // Offload that frees a level: ad-hoc 500 cDWU of prod's 1,200 → 700 × 1.2 = 840 → DW1000c.
      // Frees (1,500 − 1,000) ÷ 100 × $1.20 × 730 = $4,380 against $200 of scans: saves $4,180 in turn.
      // Reserve prod DW1000c: $8,760 × 0.63 = $5,518.80. Total $5,518.80 + $3,128.57 + $200 = $8,847.37.
      'offloading 500 cDWU drops prod to DW1000c',
      { adhocCdwu: 500 },
      { today: 35_040, optimized: 8_847.3714, inTurn: [13_140, 5_631.4286, 4_180, 3_241.2] },
    ],
    [
      // A pool reserved for 3 years but paused to 60 h a week: online 35.7 % of hours < 1 − 65 % = 35 %? No:
      // 35.7 % > 35 %, so the reservation pays (barely): DW1000c 24×7 = $8,760 × 0.35 = $3,066 < $3,128.57.
      // Today $8,760; pause → $3,128.57 (saves $5,631.43); reserve → $3,066 (saves $62.57).
      'a 3-year reservation barely beats a 60-hour schedule',
      {
        pools: [pool({ name: 'dev', level: '1000', hoursPlanned: 60, reserve: '3y' })],
        adhocTb: 0,
      },
      { today: 8_760, optimized: 3_066, inTurn: [0, 5_631.4286, 0, 62.5714] },
    ],
    [
      // The same pool with a 1-year reservation: break-even 63 % of hours, online 35.7 % → not applied.
      'a 1-year reservation on a paused pool is not applied',
      {
        pools: [pool({ name: 'dev', level: '1000', hoursPlanned: 60, reserve: '1y' })],
        adhocTb: 0,
      },
      { today: 8_760, optimized: 3_128.5714, inTurn: [0, 5_631.4286, 0, 0] },
    ],
    [
      // Storage is billed while paused and no lever changes it: 10 TB × $122.88 = $1,228.80 on every bar.
      // DW500c (5 × $1.20 × 730 = $4,380) paused to 84 h: $2,190. Today $5,608.80, after $3,418.80.
      'storage stays on the bill while paused',
      { pools: [pool({ level: '500', hoursPlanned: 84 })], storageTb: 10, adhocTb: 0 },
      { today: 5_608.8, optimized: 3_418.8 },
    ],
    [
      // Serverless rounding: 1 TB in 1,000,000 queries = 1 MB each, billed 10 MB each = 10 TB = $50.
      // DW100c 24×7 = $876, nothing else changes: $926.
      'tiny serverless queries are billed 10 MB each',
      { pools: [pool({ level: '100' })], adhocTb: 1, adhocQueries: 1_000_000, adhocCdwu: 0 },
      { today: 876, optimized: 926 },
    ],
    [
      // BigQuery, reference notes: 100 Standard slots 24×7 = 100 × 730 × $0.04 = $2,920.
      // On-demand 500 TiB: (500 − 1) × $6.25 = $3,118.75. Slots save $198.75.
      'BigQuery: 100 Standard slots against 500 TiB on-demand',
      { warehouse: 'bigquery' },
      { today: 3_118.75, optimized: 2_920, inTurn: [198.75] },
    ],
    [
      // Reference B.6, BigQuery: 500 Enterprise slots × 730 × $0.06 = $21,900, 1-year commitment −20 % = $17,520.
      // 4,000 TiB on-demand = 3,999 × $6.25 = $24,993.75.
      'BigQuery: 500 Enterprise slots with a 1-year commitment',
      { warehouse: 'bigquery', bqEdition: 'enterprise', bqSlots: 500, bqCommit: '1y', bqTib: 4_000 },
      { today: 24_993.75, optimized: 17_520, inTurn: [7_473.75] },
    ],
    [
      // Both: Synapse's bill and BigQuery's add up; Synapse's levers run first, then BigQuery's slots.
      // Today $35,040 + $3,118.75 = $38,158.75; after $11,606.77 + $2,920 = $14,526.77.
      'both warehouses add up',
      { warehouse: 'both' },
      { today: 38_158.75, optimized: 14_526.7714, inTurn: [13_140, 5_631.4286, -200, 4_861.8, 198.75] },
    ],
  ])('%s', (_, change, expected) => {
    const n = computeOptimizer(wh(change));
    it('today', () => expect(n.today).toBeCloseTo(expected.today, 2));
    it('with every lever', () => expect(n.optimized).toBeCloseTo(expected.optimized, 2));
    if (expected.inTurn) {
      it('each lever in turn', () => {
        const savings = n.steps.slice(1).map((step) => step.saving);
        expect(savings).toHaveLength(expected.inTurn!.length);
        savings.forEach((saving, index) => expect(saving).toBeCloseTo(expected.inTurn![index]!, 2));
      });
    }
  });
});

describe('the result', () => {
  const result = evaluateOptimizer(wh());
  const metric = (key: string, from = result) => from.metrics.find((candidate) => candidate.key === key)?.value;

  it('states B.6 in the verdict and headline figures: 66.9 % less, $281,198.74 a year', () => {
    expect(result.verdict.tone).toBe('good');
    expect(metric('todayMonthly')).toBeCloseTo(35_040, 2);
    expect(metric('optimizedMonthly')).toBeCloseTo(11_606.77, 2);
    // ($35,040 − $11,606.7714) × 12 = $281,198.74; 23,433.2286 ÷ 35,040 = 66.876 %.
    expect(metric('yearlySaving')).toBeCloseTo(281_198.74, 1);
    expect(result.verdict.detail.values?.pct?.value).toBeCloseTo(66.876, 2);
  });

  it('lists each lever alone and in turn, and Hybrid Benefit as not applicable', () => {
    const levers = result.tables.find((table) => table.key === 'levers')!;
    const row = (key: string) => levers.rows.find((candidate) => candidate.key === key)!;
    // Reserving today's DW3000c alone: $26,280 × 37 % = $9,723.60. Offload alone only adds its scans.
    expect(row('reserve').alone).toBeCloseTo(9_723.6, 2);
    expect(row('offload').alone).toBeCloseTo(-200, 2);
    expect(row('pause').alone).toBeCloseTo(5_631.4286, 2);
    expect(row('hybridBenefit').alone).toMatchObject({ value: null, nullText: 'not applicable' });
    const risks = result.tables.find((table) => table.key === 'risks')!;
    expect(risks.rows.find((candidate) => candidate.key === 'hybridBenefit')!.risk).toMatch(/Not applicable/);
    expect(risks.rows.find((candidate) => candidate.key === 'pause')!.risk).toMatch(/answers no query/);
    expect(risks.rows.find((candidate) => candidate.key === 'rightSize')!.risk).toMatch(
      /32 queries at once instead of 64/,
    );
    expect(row('all').inTurn).toBeCloseTo(23_433.2286, 2);
    expect(result.figures.some((figure) => /Hybrid Benefit/.test(figure.unit) && figure.url)).toBe(true);
  });

  it('recommends DW1500c for prod with its limits, and shows the 16 real levels', () => {
    const pools = result.tables.find((table) => table.key === 'pools')!;
    expect(pools.rows[0]).toMatchObject({
      recommended: 'DW1500c, 37 % reserved',
      concurrency: '64 → 32',
      oversize: 2.5,
    });
    // dev: 168 → 60 hours = 64.29 % paused.
    expect(pools.rows[1]!.pausedPct).toBeCloseTo(64.2857, 3);
    const levels = result.tables.find((table) => table.key === 'levels')!;
    expect(levels.rows.map((level) => level.level)).toEqual([
      'DW100c',
      'DW200c',
      'DW300c',
      'DW400c',
      'DW500c',
      'DW1000c',
      'DW1500c',
      'DW2000c',
      'DW2500c',
      'DW3000c',
      'DW5000c',
      'DW6000c',
      'DW7500c',
      'DW10000c',
      'DW15000c',
      'DW30000c',
    ]);
  });

  it('draws the waterfall: one bar per step, the last one the optimised bill', () => {
    const bars = result.bars!;
    expect(bars.categories.map((category) => category.label)).toEqual([
      'Today',
      '+ Right-size',
      '+ Pause',
      '+ Serverless offload',
      '+ Reserve',
    ]);
    const total = (index: number) => bars.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0);
    expect(total(0)).toBeCloseTo(35_040, 2);
    expect(total(4)).toBeCloseTo(11_606.7714, 2);
  });

  it('puts the levers, the tables and the waterfall in the CSV', () => {
    const csv = resultCsv('Warehouse', inputs, wh(), result, createFormatter('USD'));
    expect(csv).toContain('What each lever saves a month');
    expect(csv).toContain('What each lever risks');
    expect(csv).toContain('Monthly bill, lever by lever');
    expect(csv).toContain('11606.77142857');
  });

  it('gives BigQuery break-evens and the careless SELECT *', () => {
    const bq = evaluateOptimizer(wh({ warehouse: 'bigquery' }));
    // $2,920 ÷ $6.25 = 467.2 TiB billed; + 1 free TiB = 468.2 TiB scanned.
    expect(metric('bqBreakEvenTib', bq)).toBeCloseTo(468.2, 6);
    expect(bq.metrics.find((candidate) => candidate.key === 'bqSlots')?.hint?.values?.tib?.value).toBeCloseTo(467.2, 6);
    // 80 TiB × $6.25 = $500.
    expect(metric('selectStar', bq)).toBe(500);
    const editions = bq.tables.find((table) => table.key === 'editions')!;
    const enterprise = evaluateOptimizer(wh({ warehouse: 'bigquery', bqSlots: 500 })).tables.find(
      (table) => table.key === 'editions',
    )!;
    // 500 Enterprise slots: $21,900 = 3,504 TiB billed (3,505 scanned); 1 year $17,520; 3 years $13,140.
    const row = (key: string) => enterprise.rows.find((candidate) => candidate.key === key)!;
    expect(row('enterprise.none')).toMatchObject({ monthly: 21_900, breakEven: 3_505 });
    expect(row('enterprise.1y').monthly).toBeCloseTo(17_520, 6);
    expect(row('enterprise.3y').monthly).toBeCloseTo(13_140, 6);
    expect(editions.rows).toHaveLength(7);
  });

  it('warns when a right-sized pool is not oversized and when a reservation would not pay', () => {
    const warned = evaluateOptimizer(
      wh({ pools: [pool({ level: '1000', p95: 900 }), pool({ name: 'dev', hoursPlanned: 60, reserve: '1y' })] }),
    );
    const text = warned.warnings.map((warning) => warning.template).join(' ');
    expect(text).toMatch(/prod is not oversized/);
    expect(text).toMatch(/dev: a reservation bills all 730 hours/);
  });

  it('says so when no lever saves anything', () => {
    const flat = evaluateOptimizer(wh({ pools: [pool({ level: '100', p95: 100 })], adhocTb: 0 }));
    expect(flat.verdict.tone).toBe('neutral');
  });
});

describe('properties', () => {
  it('every output is finite (or an explicit "none") for every valid input', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs), (values) => {
        expect(nonFinite(evaluateOptimizer(values))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the waterfall ends where it says: today minus every saving in turn', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs), (values) => {
        const n = computeOptimizer(values);
        const inTurn = n.steps.slice(1).reduce((sum, step) => sum + step.saving, 0);
        const scale = Math.max(1, ...n.steps.map((step) => Math.abs(step.total)));
        expect(Math.abs(n.today - inTurn - n.optimized)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 200 },
    );
  });
});

describe('links from the owner’s articles', () => {
  it.each(['https://rajivonai.com/tools/azure-synapse-cost-calculator/', '/tools/azure-synapse-cost-calculator'])(
    '%s lands on the optimizer',
    (href) => {
      expect(toolForLink(href, tools)?.id).toBe('warehouse-cost-optimizer');
    },
  );
});
