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
      // Right-size first: P95 30 % < 40 %, one class down runs at 60 % ≤ 70 %: $10,000 × 0.5 = $5,000 on demand
      // (the article's $4,000 is not a whole class), then × (1 − 30 %) = $3,500 a month.
      // 3-year Partial Upfront at 50 %: effective $5,000/month, half upfront = $5,000 × 36 × ½ = $90,000,
      // recurring $2,500/month. Break-even = $90,000 ÷ ($10,000 − $2,500) = 12 months.
      // Right-size path over 36 months: wait 90 days = 90 ÷ (365/12) = 2.958904 months on demand at $10,000,
      // then $3,500 × (36 − 2.958904) = $115,643.84; total $29,589.04 + $115,643.84 = $145,232.88.
      'reference: 50 % on $10,000/month vs one class down to $5,000 then 30 %',
      {},
      {
        commitNowMonthly: 5_000,
        classSteps: 1,
        rightSizedOnDemandMonthly: 5_000,
        rightSizeMonthly: 3_500,
        upfront: 90_000,
        breakEvenMonth: 12,
        monthlySavings: 5_000,
        termSavings: 180_000,
        breakEvenUtilisationPct: 50,
        commitNowTotal: 180_000,
        onDemandTotal: 360_000,
        rightSizeTotal: 145_232.88,
        rightSizeAdvantage: 34_767.12,
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
      // Right-size first: 90 days on demand = $1,460 × 2.958904 = $4,320; the 9.041096 months left hold no whole
      // 1-year term, so they run one class down on demand: $730 × 9.041096 = $6,600; ($4,320 + $6,600) × 4.
      'a planned move at month 12 strands a 3-year commitment',
      { priceUnit: 'hour', onDemandPrice: 2, quantity: 4, payment: 'all', discountPct: 60, retireMonth: 12 },
      {
        upfront: 21_024,
        breakEvenMonth: 14.4,
        strandedCommitment: 56_064,
        onDemandTotal: 70_080,
        commitNowTotal: 84_096,
        commitNowNet: -14_016,
        rightSizeCommittedMonths: 0,
        rightSizeOnDemandMonths: 9.041096,
        rightSizeTotal: 43_680,
      },
    ],
    [
      // "Cloud Database Cost Triage" (5 June 2023) thresholds on the $10,000/month instance, accepted P95 70 %.
      // "Aurora Cost Optimization" (11 June 2026): a writer at ~14 % peak CPU, one class down recovered about half.
      // 14 % < 40 % and 28 % ≤ 70 %: one step (the default limit), $10,000 × 0.5 = $5,000.
      'Aurora article: 14 % P95 steps one class down and recovers half',
      { p95Pct: 14 },
      { classSteps: 1, rightSizeFactor: 0.5, rightSizedOnDemandMonthly: 5_000 },
    ],
    [
      // Two steps allowed: 14 % → 28 % (still < 40 %) → 56 % ≤ 70 %: $10,000 × 0.25 = $2,500.
      '14 % P95 with two steps allowed goes two classes down',
      { p95Pct: 14, maxClassSteps: '2' },
      { classSteps: 2, rightSizeFactor: 0.25, rightSizedOnDemandMonthly: 2_500 },
    ],
    [
      // 35 % < 40 % and 70 % ≤ 70 %: one class down, $5,000 (was $10,000 × 35 ÷ 75 = $4,667).
      '35 % P95 steps one class down to exactly the 70 % line',
      { p95Pct: 35 },
      { classSteps: 1, rightSizedOnDemandMonthly: 5_000 },
    ],
    [
      // 38 % < 40 % but one class down would run at 76 % > 70 %: no step.
      '38 % P95: one class down would pass 70 %, so no step',
      { p95Pct: 38 },
      { classSteps: 0, rightSizeFactor: 1 },
    ],
    [
      // 45 % is not below 40 %: no step, no right-size saving (was 45 ÷ 75 = 0.6 and "right-size first").
      '45 % P95 is not oversized',
      { p95Pct: 45 },
      { classSteps: 0, rightSizeFactor: 1, rightSizedOnDemandMonthly: 10_000 },
    ],
    [
      // "The Math Behind Database Reserved Instances: When to Wait" (1 April 2026): a move within 18 months.
      // 3-year 50 % reservation, exit at 18: stranded $5,000 × (36 − 18) = $90,000; on demand $10,000 × 18 =
      // $180,000 = commit now $5,000 × 36: net $0. Right-size: wait 2.958904 months ($29,589.04), 15.041096 left:
      // one whole 1-year term ($3,500 × 12 = $42,000), then 3.041096 months one class down on demand at $5,000
      // = $15,205.48; total $86,794.52.
      'a move at month 18 on a 3-year reservation: stranded $90,000, saves $0',
      { retireMonth: 18 },
      {
        strandedCommitment: 90_000,
        onDemandTotal: 180_000,
        commitNowTotal: 180_000,
        commitNowNet: 0,
        rightSizeCommittedMonths: 12,
        rightSizeOnDemandMonths: 3.041096,
        rightSizeTotal: 86_794.52,
      },
    ],
    [
      // Sample 1 year Partial: the list's $64/month is hourly × 720, so $64 ÷ 720 = $0.0888889/h; effective
      // = 0.0888889 + 781 ÷ 8,760 (0.0891553) = $0.1780441/h; break-even = 781 ÷ (730 × (0.258 − 0.0888889))
      // = 781 ÷ 123.4511 = 6.3264 months.
      'sample offering, 1 year Partial: list months are 720 hours',
      { source: 'sample', term: '1', payment: 'partial' },
      { recurringHourly: 0.0888889, effectiveHourly: 0.1780441, breakEvenMonth: 6.3264 },
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
    expect(compare.rows.find((row) => row.key === 'monthly')).toMatchObject({ commitNow: 5_000, rightSize: 3_500 });
  });

  it('never says commit now when the reservation strands money and saves nothing by the exit', () => {
    const result = evaluateReservedInstance(ri({ retireMonth: 18 }));
    expect(result.verdict.tone).toBe('bad');
    expect(result.verdict.headline.template).toMatch(/^Do not commit/);
    // The headline saving is the one up to the move: $180,000 on demand − $180,000 committed = $0.
    expect(result.metrics.find((metric) => metric.key === 'termSavings')).toMatchObject({ value: 0, tone: 'bad' });
  });

  it('counts commit-now savings over the window up to the exit, not the term', () => {
    const result = evaluateReservedInstance(ri({ p95Pct: 50, retireMonth: 30 }));
    expect(result.verdict.headline.template).toMatch(/^Commit now/);
    expect(result.verdict.headline.values?.months).toMatchObject({ value: 30 });
  });

  it('advises scaling up, not right-sizing, above 70 % P95', () => {
    const result = evaluateReservedInstance(ri({ p95Pct: 80 }));
    expect(result.warnings.map((warning) => warning.template).join(' ')).toMatch(/scale up/);
    expect(result.verdict.headline.template).not.toMatch(/^Right-size/);
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
