import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeOracle,
  evaluateOracle,
  type OracleNumbers,
} from '../../../../src/tools/oracle-to-postgres-savings/model';
import { inputs, type Inputs } from '../../../../src/tools/oracle-to-postgres-savings/schema';
import { arbitraryValues, nonFinite } from '../support';

const oracle = (change: Partial<Inputs> = {}): Inputs => ({ ...inputs.defaults, ...change });

type Expected = Partial<Record<keyof OracleNumbers, number | null>>;

describe('worked examples, computed by hand', () => {
  describe.each<[string, Partial<Inputs>, Expected]>([
    [
      // Reference example: 16 vCPUs of EE in AWS with hyper-threading = 16 ÷ 2 = 8 processor licences;
      // 8 × $47,500 = $380,000 at list; support 22 % × $380,000 = $83,600 a year at list.
      'reference: 16 cloud vCPUs of Enterprise Edition at list',
      { discountPct: 0 },
      { processors: 8, licenceCount: 8, licenceList: 380_000, licenceNet: 380_000, supportYear1: 83_600 },
    ],
    [
      // Hyper-threading off: 1 vCPU = 1 licence, so 16 licences, $760,000 at list; at 50 % off, support is
      // 22 % × $380,000 = $83,600 (the list figure of the reference, reached the other way).
      'hyper-threading off doubles the count',
      { hyperThreading: false },
      { licenceCount: 16, licenceList: 760_000, licenceNet: 380_000, supportYear1: 83_600 },
    ],
    [
      // On premises: 2 servers of 24 x86 cores, core factor 0.5: 24 × 0.5 = 12 per server, 24 licences,
      // 24 × $47,500 = $1,140,000 at list. At 40 % off: 22 % × $684,000 = $150,480 a year.
      'on premises: 2 × 24 cores at core factor 0.5',
      { deployment: 'onprem', servers: 2, cores: 24, discountPct: 40 },
      { processorsPerServer: 12, licenceCount: 24, licenceList: 1_140_000, licenceNet: 684_000, supportYear1: 150_480 },
    ],
    [
      // Core factor rounding: 6 cores × 0.75 = 4.5, rounded up to 5 licences.
      'core factor rounds up',
      { deployment: 'onprem', cores: 6, coreFactor: 0.75, discountPct: 0 },
      { processorsPerServer: 5, licenceList: 237_500 },
    ],
    [
      // SE2 in the cloud: 8 vCPUs ÷ 4 = 2 sockets per instance, 2 instances = 4 licences × $17,500 = $70,000;
      // support at list 22 % × $70,000 = $15,400.
      'Standard Edition 2 in the cloud: 4 vCPUs per socket',
      { edition: 'se2', vcpus: 8, servers: 2, discountPct: 0 },
      { processorsPerServer: 2, licenceCount: 4, licenceList: 70_000, supportYear1: 15_400 },
    ],
    [
      // "Oracle Cloud BYOL: True Cost Analysis Beyond the Headline Rate" (25 March 2026): on OCI 1 OCPU = 1
      // processor licence, no core factor. 8 OCPUs (the 16 vCPUs of the reference) EE = 8 licences × $47,500 =
      // $380,000 at list; support 22 % × $380,000 = $83,600.
      'OCI: 8 OCPUs of Enterprise Edition need 8 licences',
      { deployment: 'oci', ocpus: 8, discountPct: 0 },
      { processorsPerServer: 8, licenceCount: 8, licenceList: 380_000, supportYear1: 83_600 },
    ],
    [
      // OCI, 12 OCPUs on 2 instances: 24 licences (on premises the x86 factor would give 12 × 0.5 = 6 each).
      'OCI: no core factor, 2 × 12 OCPUs',
      { deployment: 'oci', ocpus: 12, servers: 2, discountPct: 0 },
      { processorsPerServer: 12, licenceCount: 24, licenceList: 1_140_000 },
    ],
    [
      // SE2 on OCI: 6 OCPUs ÷ 4 = 1.5, rounded up to 2 sockets × $17,500 = $35,000.
      'OCI: Standard Edition 2 counts a socket per 4 OCPUs',
      { deployment: 'oci', edition: 'se2', ocpus: 6, discountPct: 0 },
      { processorsPerServer: 2, licenceList: 35_000 },
    ],
    [
      // Named User Plus, EE: 8 processors × 25 = 200 minimum > 100 users, so 200 × $950 = $190,000.
      'Named User Plus: the 25-per-processor minimum applies',
      { metric: 'nup', users: 100, discountPct: 0 },
      { licenceCount: 200, nupMinimumApplied: 200, licenceList: 190_000 },
    ],
    [
      // Named User Plus, SE2 on premises, 2 servers: minimum 10 per server = 20 > 15 users; 20 × $350 = $7,000.
      'Named User Plus, SE2: 10 per server minimum',
      { edition: 'se2', metric: 'nup', deployment: 'onprem', servers: 2, users: 15, discountPct: 0 },
      { licenceCount: 20, licenceList: 7_000 },
    ],
    [
      // Flat costs, no parallel run: Oracle $3,000 + $83,600 ÷ 12 = $9,966.67 a month, PostgreSQL $2,700.
      // One-time: 60 × 8 h × $120 + $15,000 = $72,600. Payback = 72,600 ÷ 7,266.67 = 9.9908 months (the
      // reference formula). Over 5 years: 60 × $7,266.67 − $72,600 = $363,400; ROI = 363,400 ÷ 72,600 = 500.55 %.
      'payback with flat costs: one-time cost ÷ monthly difference',
      { discountPct: 0, upliftPct: 0, parallelMonths: 0 },
      {
        oneTime: 72_600,
        oracleMonthlyYear1: 9_966.67,
        targetMonthly: 2_700,
        paybackMonth: 9.9908,
        totalSavings: 363_400,
        roiPct: 500.551,
      },
    ],
    [
      // Three months of running both: Oracle $3,000 + $41,800 ÷ 12 = $6,483.33 a month, PostgreSQL $2,700.
      // Savings(m) = m × (6,483.33 − 2,700) − 3 × 6,483.33 − 72,600 → payback = 92,050 ÷ 3,783.33 = 24.3304.
      // 5 years: 60 × 3,783.33 − 19,450 − 72,600 = $134,950. Investment 72,600 + 3 × 2,700 = 80,700; ROI 167.22 %.
      'a parallel run delays payback',
      { upliftPct: 0 },
      { paybackMonth: 24.3304, totalSavings: 134_950, investment: 80_700, roiPct: 167.224 },
    ],
    [
      // New licences avoided, uplift 10 %, 3 years. 2 vCPUs EE → 1 licence, $47,500 bought in year 1 on the
      // Oracle path. Support $10,450, $11,495, $12,644.50; hosting $12,000 a year. Oracle: 69,950; 23,495; 24,644.50.
      // PostgreSQL: 100 h × $100 = $10,000 once + $500 × 12 = $6,000 a year: 16,000; 6,000; 6,000.
      // Savings 53,950 + 17,495 + 18,644.50 = $90,089.50; never behind, so payback at month 0.
      // NPV at 10 %: 37,500 + 16,450 ÷ 1.1 + 17,495 ÷ 1.21 + 18,644.50 ÷ 1.331 = $80,921.11. ROI 900.9 %.
      'new licences avoided, with uplift and a discount rate',
      {
        vcpus: 2,
        discountPct: 0,
        licences: 'new',
        upliftPct: 10,
        hostingMonthly: 1_000,
        computeMonthly: 500,
        storageMonthly: 0,
        ioMonthly: 0,
        effortMode: 'total',
        totalHours: 100,
        hourlyRate: 100,
        trainingTooling: 0,
        parallelMonths: 0,
        horizonYears: 3,
        discountRatePct: 10,
      },
      { newLicences: 47_500, totalSavings: 90_089.5, paybackMonth: 0, npv: 80_921.11, roiPct: 900.895 },
    ],
    [
      // At 95 % off, support is 22 % × $19,000 = $4,180 a year: Oracle costs $1,000 + $348.33 a month, less than
      // PostgreSQL's $2,700, so the migration never pays back.
      'a cheap Oracle estate never pays back',
      { discountPct: 95, hostingMonthly: 1_000 },
      { supportYear1: 4_180, paybackMonth: null },
    ],
  ])('%s', (_, change, expected) => {
    const numbers = computeOracle(oracle(change));
    it.each(Object.entries(expected))('%s', (key, value) => {
      const actual = numbers[key as keyof OracleNumbers];
      if (value === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(value, 2);
    });
  });

  it('adds up year by year: new licences avoided, uplift and a discount rate', () => {
    const numbers = computeOracle(
      oracle({
        vcpus: 2,
        discountPct: 0,
        licences: 'new',
        upliftPct: 10,
        hostingMonthly: 1_000,
        computeMonthly: 500,
        storageMonthly: 0,
        ioMonthly: 0,
        effortMode: 'total',
        totalHours: 100,
        hourlyRate: 100,
        trainingTooling: 0,
        parallelMonths: 0,
        horizonYears: 3,
      }),
    );
    const rounded = numbers.years.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Math.round(v * 100) / 100])),
    );
    expect(rounded).toEqual([
      { year: 1, oracle: 69_950, postgres: 16_000, savings: 53_950, cumulative: 53_950 },
      { year: 2, oracle: 23_495, postgres: 6_000, savings: 17_495, cumulative: 71_445 },
      { year: 3, oracle: 24_644.5, postgres: 6_000, savings: 18_644.5, cumulative: 90_089.5 },
    ]);
  });
});

describe('the result', () => {
  it('says to migrate, with the payback month, for the defaults', () => {
    const result = evaluateOracle(oracle());
    expect(result.verdict.tone).toBe('good');
    expect(result.verdict.headline.template).toMatch(/^Migrate: it pays back in month/);
  });

  it('crosses the lines at the payback marker', () => {
    const chart = evaluateOracle(oracle({ upliftPct: 0 })).chart!;
    const [marker] = chart.markers;
    expect(marker?.x).toBeCloseTo(24.3304, 3);
    const [oracleLine, postgresLine] = chart.series;
    expect(oracleLine!.values[24]!).toBeLessThan(postgresLine!.values[24]!);
    expect(oracleLine!.values[25]!).toBeGreaterThan(postgresLine!.values[25]!);
  });

  it('varies uplift, discount and migration hours by ±50 % in the sensitivity table', () => {
    const table = evaluateOracle(oracle()).tables.find((candidate) => candidate.key === 'sensitivity')!;
    const savings = Object.fromEntries(table.rows.map((row) => [row.key, row.savings as number]));
    expect(savings.hoursHigh).toBeLessThan(savings.base!);
    expect(savings.hoursLow).toBeGreaterThan(savings.base!);
    expect(savings.discountHigh).toBeLessThan(savings.base!);
    expect(savings.upliftHigh).toBeGreaterThan(savings.base!);
    // Migration hours +50 %: 720 h instead of 480 costs 240 × $120 = $28,800 more, and nothing else changes.
    expect(savings.base! - savings.hoursHigh!).toBeCloseTo(28_800, 6);
  });

  it('warns when SE2 runs on more than 8 vCPUs', () => {
    const result = evaluateOracle(oracle({ edition: 'se2', vcpus: 16 }));
    expect(result.warnings.map((warning) => warning.template).join(' ')).toMatch(/up to 8 vCPUs/);
  });
});

describe('the support uplift default', () => {
  it('is the uncapped 8 % of the reference (was 6 %, the observed median)', () => {
    // Year 3 at list: support $83,600 × 1.08² = $97,511.04, plus hosting 12 × $3,000 = $36,000: $133,511.04.
    expect(inputs.defaults.upliftPct).toBe(8);
    const year3 = computeOracle(oracle({ discountPct: 0 })).years.find((row) => row.year === 3)!;
    expect(year3.oracle).toBeCloseTo(133_511.04, 2);
  });
});

describe('properties', () => {
  const anyInputs = arbitraryValues(inputs);
  const never = (month: number | null) => month ?? Number.POSITIVE_INFINITY;

  it('every output is finite (or an explicit "never") for every valid input', () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        expect(nonFinite(evaluateOracle(values))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('payback moves later as the upfront (one-time) cost grows', () => {
    fc.assert(
      fc.property(
        anyInputs,
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const early = computeOracle({ ...values, trainingTooling: low }).paybackMonth;
          const late = computeOracle({ ...values, trainingTooling: high }).paybackMonth;
          expect(never(late)).toBeGreaterThanOrEqual(never(early) - 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no cost difference means zero savings: a target costing what Oracle costs, migrated for free', () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        const flat = {
          ...values,
          upliftPct: 0,
          licences: 'owned',
          trainingTooling: 0,
          hourlyRate: 0,
          parallelMonths: 0,
        } as const;
        const oracleMonthly = computeOracle(flat).oracleMonthlyYear1;
        const same = computeOracle({ ...flat, computeMonthly: oracleMonthly, storageMonthly: 0, ioMonthly: 0 });
        // Relative tolerance: sums of up to 120 months of very large amounts carry floating-point dust.
        const scale = 1e-9 * (1 + oracleMonthly * same.months);
        for (const row of same.years) expect(Math.abs(row.savings)).toBeLessThanOrEqual(scale);
        expect(Math.abs(same.totalSavings)).toBeLessThanOrEqual(scale);
      }),
      { numRuns: 200 },
    );
  });
});
