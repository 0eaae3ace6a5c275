import { describe, expect, it } from 'vitest';
import {
  breakEvenTib,
  computeBigQuery,
  onDemandMonthly,
  slotsMonthly,
  type BigQueryInput,
} from '../../../../src/tools/warehouse-cost-optimizer/warehouses/bigquery';
import {
  computeMonthly,
  levelAtLeast,
  monthlyHours,
  reservationPays,
  rightSizedLevel,
  serverlessBilledTb,
  serviceLevels,
} from '../../../../src/tools/warehouse-cost-optimizer/warehouses/synapse';

describe('Synapse rules', () => {
  it('has the 16 real levels, with Microsoft’s concurrency limits', () => {
    expect(serviceLevels).toHaveLength(16);
    expect(serviceLevels.map((level) => level.maxConcurrency)).toEqual([
      4, 8, 12, 16, 20, 32, 32, 48, 48, 64, 64, 128, 128, 128, 128, 128,
    ]);
  });

  describe.each<[string, number, number | null]>([
    // 1,200 × 1.2 = 1,440 → DW1500c (no DW1440c exists).
    ['1,440 cDWU snaps to DW1500c', 1_440, 1_500],
    ['an exact level is kept', 1_500, 1_500],
    ['1 cDWU needs DW100c', 1, 100],
    ['3,001 cDWU needs DW5000c (no DW4000c)', 3_001, 5_000],
    ['past DW30000c there is no level', 30_001, null],
  ])('%s', (_, cdwu, expected) => {
    it('levelAtLeast', () => expect(levelAtLeast(cdwu)?.cdwu ?? null).toBe(expected));
  });

  describe.each<[string, number, number | null, number, number]>([
    ['prod: 1,200 × 1.2 → DW1500c', 3_000, 1_200, 20, 1_500],
    ['never above today: 900 × 1.2 = 1,080 on DW1000c stays', 1_000, 900, 20, 1_000],
    ['unknown P95 stays', 6_000, null, 20, 6_000],
    ['beyond DW30000c stays at DW30000c', 30_000, 29_000, 20, 30_000],
    ['no headroom: 500 → DW500c', 2_000, 500, 0, 500],
  ])('%s', (_, level, p95, headroom, expected) => {
    it('rightSizedLevel', () => expect(rightSizedLevel(level, p95, headroom)).toBe(expected));
  });

  describe.each<[string, number, number, number]>([
    // 30 × $1.20 × 730 = $26,280.
    ['DW3000c 24×7', 3_000, 168, 26_280],
    // 10 × $1.20 × 730 × 60 ÷ 168 = $3,128.57.
    ['DW1000c weekdays 07:00–19:00', 1_000, 60, 3_128.5714],
    // 300 × $1.20 × 730 = $262,800.
    ['DW30000c 24×7', 30_000, 168, 262_800],
    ['paused all week', 500, 0, 0],
  ])('%s', (_, level, hours, expected) => {
    it('computeMonthly', () => expect(computeMonthly(level, hours, 1.2)).toBeCloseTo(expected, 3));
  });

  it('60 hours a week bill 260.7 hours a month', () => expect(monthlyHours(60)).toBeCloseTo(260.714, 3));

  describe.each<[string, number, number, number]>([
    // 40 TB ÷ 20,000 = 2,000 MB each: no rounding.
    ['large queries', 40, 20_000, 40],
    // 1 TB ÷ 1,000,000 = 1 MB each, billed 10 MB: 10 TB.
    ['tiny queries pay the 10 MB minimum', 1, 1_000_000, 10],
    // 1.0000005 TB in one query = 1,000,000.5 MB → 1,000,001 MB.
    ['a query is rounded up to the MB', 1.0000005, 1, 1.000001],
    ['no scans, no bill', 0, 100, 0],
  ])('%s', (_, tb, queries, expected) => {
    it('serverlessBilledTb', () => expect(serverlessBilledTb(tb, queries)).toBeCloseTo(expected, 9));
  });

  it('a reservation pays when the pool is online more than (1 − discount) of hours', () => {
    expect(reservationPays(168, 37)).toBe(true);
    // 60 ÷ 168 = 35.7 %: below 63 %, above 35 %.
    expect(reservationPays(60, 37)).toBe(false);
    expect(reservationPays(60, 65)).toBe(true);
  });
});

describe('BigQuery rules', () => {
  const prices = {
    perTib: 6.25,
    freeTib: 1,
    slotHour: { standard: 0.04, enterprise: 0.06, enterprisePlus: 0.1 },
    commit1yPct: 20,
    commit3yPct: 40,
  };
  const bq = (change: Partial<BigQueryInput>): BigQueryInput => ({
    tibPerMonth: 0,
    edition: 'standard',
    baselineSlots: 100,
    autoscaleSlots: 0,
    autoscaleHours: 0,
    commitment: 'none',
    selectStarTib: 80,
    prices,
    ...change,
  });

  describe.each<[string, Partial<BigQueryInput>, number]>([
    // 100 × 730 × $0.04.
    ['100 Standard slots 24×7', {}, 2_920],
    // 500 × 730 × $0.06.
    ['500 Enterprise slots', { edition: 'enterprise', baselineSlots: 500 }, 21_900],
    ['500 Enterprise slots, 3 years', { edition: 'enterprise', baselineSlots: 500, commitment: '3y' }, 13_140],
    // Standard has no commitment: still $2,920.
    ['Standard ignores a commitment', { commitment: '3y' }, 2_920],
    // 130 slots → 150: 150 × 730 × $0.04 = $4,380.
    ['slots round up to steps of 50', { baselineSlots: 130 }, 4_380],
    // Baseline 100 Enterprise 1y: 100 × 730 × 0.06 × 0.8 = $3,504; burst 120 → 150 × 10 h × $0.06 = $90 undiscounted.
    [
      'autoscaled slots are billed pay as you go',
      { edition: 'enterprise', commitment: '1y', autoscaleSlots: 120, autoscaleHours: 10 },
      3_594,
    ],
    // 50 slots for 0.001 h are billed one minute: 50 × (1 ÷ 60) × $0.06 = $0.05, no baseline.
    [
      'autoscaling bills at least a minute',
      { edition: 'enterprise', baselineSlots: 0, autoscaleSlots: 50, autoscaleHours: 0.001 },
      0.05,
    ],
  ])('%s', (_, change, expected) => {
    it('slotsMonthly', () => expect(slotsMonthly(bq(change)).total).toBeCloseTo(expected, 6));
  });

  it('the first TiB is free and nothing is negative', () => {
    expect(onDemandMonthly(0.5, prices)).toBe(0);
    expect(onDemandMonthly(81, prices)).toBe(500);
  });

  it('break-even: $2,920 of slots ≈ 467 TiB billed, 468.2 TiB scanned; $21,900 = 3,504 TiB billed', () => {
    expect(breakEvenTib(2_920, prices)).toBeCloseTo(468.2, 9);
    expect(computeBigQuery(bq({})).slotCostInTib).toBeCloseTo(467.2, 9);
    expect(computeBigQuery(bq({ edition: 'enterprise', baselineSlots: 500 })).slotCostInTib).toBeCloseTo(3_504, 9);
  });

  it('one SELECT * over 80 TiB costs $500', () => expect(computeBigQuery(bq({})).selectStar).toBe(500));
});
