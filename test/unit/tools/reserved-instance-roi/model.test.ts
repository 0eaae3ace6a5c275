import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeReservedInstance,
  evaluateReservedInstance,
  type ReservedInstanceNumbers,
} from '../../../../src/tools/reserved-instance-roi/model';
import { inputs, type Inputs } from '../../../../src/tools/reserved-instance-roi/schema';
import { arbitraryValues, nonFinite } from '../support';

/** Defaults with changes: the defaults are the worked example of the reference (a $10,000/month instance). */
const ri = (change: Partial<Inputs> = {}): Inputs => ({ ...inputs.defaults, ...change });

type Expected = Partial<Record<keyof ReservedInstanceNumbers, number | null>>;

describe('worked examples, computed by hand', () => {
  describe.each<[string, Partial<Inputs>, Expected]>([
    [
      // Reference worked example. Commit now: $10,000 × (1 − 50 %) = $5,000 a month.
      // Right-size first: $10,000 × (30 % ÷ 75 % = 0.4) = $4,000 on demand, then × (1 − 30 %) = $2,800 a month.
      // 3-year Partial Upfront at 50 %: effective $5,000/month, half upfront = $5,000 × 36 × ½ = $90,000,
      // recurring $2,500/month. Break-even = $90,000 ÷ ($10,000 − $2,500) = 12 months.
      // Right-size path over 36 months: wait 90 days = 90 ÷ (365/12) = 2.958904 months on demand at $10,000,
      // then $2,800 × (36 − 2.958904) = $92,515.07; total $29,589.04 + $92,515.07 = $122,104.11.
      'reference: 50 % on $10,000/month vs right-size to $4,000 then 30 %',
      {},
      {
        commitNowMonthly: 5_000,
        rightSizedOnDemandMonthly: 4_000,
        rightSizeMonthly: 2_800,
        upfront: 90_000,
        breakEvenMonth: 12,
        monthlySavings: 5_000,
        termSavings: 180_000,
        breakEvenUtilisationPct: 50,
        commitNowTotal: 180_000,
        onDemandTotal: 360_000,
        rightSizeTotal: 122_104.11,
        rightSizeAdvantage: 57_895.89,
      },
    ],
    [
      // Sample db.t4g.large MySQL Multi-AZ, 1 year All Upfront: $1,517 upfront, on demand $0.258/h.
      // Effective hourly = 1,517 ÷ 8,760 = $0.1731735; monthly 1,517 ÷ 12 = $126.4167 vs 0.258 × 730 = $188.34.
      // Savings $188.34 − $126.4167 = $61.9233/month, × 12 = $743.08. Break-even = 1,517 ÷ 188.34 = 8.0546.
      // Break-even utilisation = 0.1731735 ÷ 0.258 = 67.12 %.
      'sample offering, 1 year All Upfront',
      { source: 'sample', term: '1', payment: 'all' },
      {
        effectiveHourly: 0.1731735,
        monthlySavings: 61.9233,
        termSavings: 743.08,
        breakEvenMonth: 8.0546,
        breakEvenUtilisationPct: 67.1215,
      },
    ],
    [
      // Amounts, 1 year: on demand $0.50/h; $1,000 upfront + $146/month (= $0.20/h).
      // Effective = 0.20 + 1,000 ÷ 8,760 = $0.3141553/h. Savings = (0.50 − 0.3141553) × 730 = $135.667/month.
      // Break-even = 1,000 ÷ (730 × (0.50 − 0.20)) = 1,000 ÷ 219 = 4.5662 months. Utilisation = 62.83 %.
      '1-year amounts: $1,000 upfront and $146 a month against $0.50/h',
      { priceUnit: 'hour', onDemandPrice: 0.5, term: '1', riPricing: 'amounts', upfront: 1_000, recurringMonthly: 146 },
      { effectiveHourly: 0.3141553, monthlySavings: 135.667, breakEvenMonth: 4.5662, breakEvenUtilisationPct: 62.831 },
    ],
    [
      // No upfront, $438/month (= $0.60/h) against $1/h running half the month: the reservation costs $438
      // against $365 on demand, so savings = (0.5 − 0.6) × 730 = −$73/month and it never breaks even.
      'no upfront at half utilisation never breaks even',
      {
        priceUnit: 'hour',
        onDemandPrice: 1,
        term: '1',
        payment: 'none',
        riPricing: 'amounts',
        upfront: 0,
        recurringMonthly: 438,
        usagePct: 50,
      },
      { monthlySavings: -73, breakEvenMonth: null, breakEvenUtilisationPct: 60 },
    ],
    [
      // 4 instances at $2/h, 3 years All Upfront at 60 % off: effective $0.80/h, upfront 0.80 × 26,280 = $21,024 each.
      // Break-even = 21,024 ÷ (730 × 2) = 14.4 months. Moving at month 12 strands 0.80 × 730 × 24 × 4 = $56,064.
      // On demand for 12 months: 2 × 730 × 12 × 4 = $70,080 against $84,096 committed: net −$14,016.
      // Right-size first: 90 days on demand = $1,460 × 2.958904 = $4,320, then a 1-year reservation at
      // $1,460 × 0.4 × 0.7 = $408.80/month, bought for a whole year (exit at 12 falls inside it): ($4,320 + $4,905.60) × 4.
      'a planned move at month 12 strands a 3-year commitment',
      { priceUnit: 'hour', onDemandPrice: 2, quantity: 4, payment: 'all', discountPct: 60, retireMonth: 12 },
      {
        upfront: 21_024,
        breakEvenMonth: 14.4,
        strandedCommitment: 56_064,
        onDemandTotal: 70_080,
        commitNowTotal: 84_096,
        commitNowNet: -14_016,
        rightSizeCommittedMonths: 12,
        rightSizeTotal: 36_902.4,
      },
    ],
    [
      // Size flexibility: 4 xlarge Multi-AZ = 4 × 16 = 64 units = 2 reservations of 2xlarge (32 units) exactly.
      'normalized units: four Multi-AZ xlarge covered by two 2xlarge',
      { quantity: 4, instanceSize: 'xlarge', deployment: 'multi', coverSize: '2xlarge' },
      { unitsPerInstance: 16, fleetUnits: 64, coverUnits: 32, coverExact: 2, coverWhole: 2, uncoveredUnits: 0 },
    ],
    [
      // I/O-Optimized counts 1.3 × units: 3 Single-AZ large = 3 × 4 × 1.3 = 15.6 units; an xlarge covers
      // 8 × 1.3 = 10.4, so 1.5 of them: one whole reservation, 5.2 units left on demand.
      'normalized units: I/O-Optimized, a fleet that does not divide evenly',
      { quantity: 3, instanceSize: 'large', deployment: 'single', ioOptimized: true, coverSize: 'xlarge' },
      {
        unitsPerInstance: 5.2,
        fleetUnits: 15.6,
        coverUnits: 10.4,
        coverExact: 1.5,
        coverWhole: 1,
        uncoveredUnits: 5.2,
      },
    ],
    [
      // A 0 % discount with no upfront: the reservation costs exactly on demand, saves nothing, never breaks even.
      'zero discount saves nothing',
      { term: '1', payment: 'none', discountPct: 0 },
      { monthlySavings: 0, termSavings: 0, breakEvenMonth: null, breakEvenUtilisationPct: 100 },
    ],
  ])('%s', (_, change, expected) => {
    const numbers = computeReservedInstance(ri(change));
    it.each(Object.entries(expected))('%s', (key, value) => {
      const actual = numbers[key as keyof ReservedInstanceNumbers];
      if (value === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(value, 2);
    });
  });
});

describe('the result', () => {
  it('recommends right-sizing first in the reference example', () => {
    const result = evaluateReservedInstance(ri());
    expect(result.verdict.tone).toBe('warn');
    expect(result.verdict.headline.template).toMatch(/^Right-size first/);
    const compare = result.tables.find((table) => table.key === 'compare')!;
    expect(compare.rows.find((row) => row.key === 'monthly')).toMatchObject({ commitNow: 5_000, rightSize: 2_800 });
  });

  it('says to stay on demand when the reservation never pays off', () => {
    const result = evaluateReservedInstance(ri({ term: '1', payment: 'none', discountPct: 20, usagePct: 50 }));
    expect(result.verdict.tone).toBe('bad');
    expect(result.verdict.headline.template).toMatch(/^Stay on demand/);
  });

  it('warns that RDS sells no 3-year No Upfront, and falls back to Partial for the sample', () => {
    const result = evaluateReservedInstance(ri({ source: 'sample', term: '3', payment: 'none' }));
    expect(result.warnings.map((warning) => warning.template).join(' ')).toMatch(/3-year Partial Upfront instead/);
    expect(computeReservedInstance(ri({ source: 'sample', term: '3', payment: 'none' })).upfront).toBe(1_630);
  });

  it('marks break-even on the chart where the cumulative lines cross', () => {
    const result = evaluateReservedInstance(ri());
    const chart = result.chart!;
    expect(chart.markers).toHaveLength(1);
    expect(chart.markers[0]!.label).toBe('break-even');
    expect(chart.markers[0]!.x).toBeCloseTo(12, 9);
    const onDemand = chart.series.find((series) => series.key === 'onDemand')!.values;
    const commitNow = chart.series.find((series) => series.key === 'commitNow')!.values;
    expect(onDemand[12]).toBeCloseTo(commitNow[12]!, 6);
    expect(onDemand[11]!).toBeLessThan(commitNow[11]!);
    expect(onDemand[13]!).toBeGreaterThan(commitNow[13]!);
  });
});

describe('properties', () => {
  const anyInputs = arbitraryValues(inputs);

  it('every output is finite (or an explicit "never") for every valid input', () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        expect(nonFinite(evaluateReservedInstance(values))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('break-even moves later as the upfront payment grows', () => {
    const never = (month: number | null) => month ?? Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(
        anyInputs,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (values, a, b) => {
          const amounts = { ...values, source: 'custom', riPricing: 'amounts' } as const;
          const [low, high] = a <= b ? [a, b] : [b, a];
          const early = computeReservedInstance({ ...amounts, upfront: low }).breakEvenMonth;
          const late = computeReservedInstance({ ...amounts, upfront: high }).breakEvenMonth;
          expect(never(late)).toBeGreaterThanOrEqual(never(early));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a zero discount saves nothing: never positive, exactly zero at full utilisation', () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        const zero = { ...values, source: 'custom', riPricing: 'discount', discountPct: 0 } as const;
        const part = computeReservedInstance(zero);
        // Relative tolerance: upfront ÷ hours × hours leaves floating-point dust on very large fleets.
        const dust = 1e-12 * part.onDemandMonthly * values.quantity * part.termMonths;
        expect(part.monthlySavings).toBeLessThanOrEqual(dust);
        const full = computeReservedInstance({ ...zero, usagePct: 100 });
        expect(Math.abs(full.monthlySavings)).toBeLessThanOrEqual(dust);
        expect(Math.abs(full.termSavings)).toBeLessThanOrEqual(dust * part.termMonths);
      }),
      { numRuns: 300 },
    );
  });
});
