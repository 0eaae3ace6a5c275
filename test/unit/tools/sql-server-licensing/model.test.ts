import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFieldText, type Field } from '../../../../src/lib/tool-kit/fields';
import {
  ahbCores,
  caveats,
  computeLicensing,
  evaluateLicensing,
  licensingModel,
  packs,
  vmCores,
} from '../../../../src/tools/sql-server-licensing/model';
import { inputs, type Inputs, type WorkloadRow } from '../../../../src/tools/sql-server-licensing/schema';
import { toolForLink } from '../../../../src/lib/tool-kit/tool-links';
import { tools } from '../../../../src/tools/registry';
import { arbitraryValues, nonFinite } from '../support';

const row = (change: Partial<WorkloadRow> = {}): WorkloadRow => ({
  name: 'db',
  platform: 'sqldb-gp',
  edition: 'ee',
  vcpus: 8,
  hours: 730,
  env: 'prod',
  ha: 'none',
  ...change,
});
const licensing = (rows: Partial<WorkloadRow>[], change: Partial<Inputs> = {}) =>
  computeLicensing({ ...inputs.defaults, workloads: rows.map(row), ...change });

type Expected = {
  li?: number;
  own?: number;
  sub?: number;
  saving?: number;
  savingPct?: number;
  eeCores?: number;
  eePacks?: number;
  seCores?: number;
  sePacks?: number;
  saPayback?: number | null;
  breakEven?: number | null;
  licenceToCompute?: number | null;
};

function actual(n: ReturnType<typeof computeLicensing>): Required<Expected> {
  return {
    li: n.options[0]!.monthly,
    own: n.options[1]!.monthly,
    sub: n.options[2]!.monthly,
    saving: n.saving,
    savingPct: n.savingPct ?? NaN,
    eeCores: n.editions.ee.coresNeeded,
    eePacks: n.editions.ee.packsNeeded,
    seCores: n.editions.se.coresNeeded,
    sePacks: n.editions.se.packsNeeded,
    saPayback: n.saPaybackMonths,
    breakEven: n.breakEvenMonth,
    licenceToCompute: n.licenceToCompute,
  };
}

describe('worked examples, computed by hand', () => {
  describe.each<[string, Partial<WorkloadRow>[], Partial<Inputs>, Expected]>([
    [
      // Spec A.4: 8 GP vCores, East US. LI = 8 × 730 × (0.152217 + 0.099966) = 8 × 730 × 0.252183 = $1,472.75;
      // AHB = 8 × 730 × 0.152217 = $888.95; saving $583.80 = 39.6 %. Enterprise: ⌈8 ÷ 4⌉ = 2 cores = 1 pack.
      // SA for that pack: $15,123 × 25 % = $3,780.75 a year ÷ $583.80 = 6.48 months (the spec's 6.5).
      'Azure SQL GP, 8 vCores, licences with SA already paid',
      [{}],
      { eeOwned: 2, saActive: true, countOwnedSa: false },
      { li: 1472.75, own: 888.95, saving: 583.8, savingPct: 39.64, eeCores: 2, eePacks: 1, saPayback: 6.476 },
    ],
    [
      // Same, SA bought for the pack: own = $888.95 + $3,780.75 ÷ 12 = $1,204.01 a month; the first year's SA is
      // recovered after 3,780.75 ÷ 583.80 = 6.48 months.
      'Azure SQL GP, 8 vCores, SA bought only for Hybrid Benefit',
      [{}],
      { eeOwned: 2, saActive: false },
      { own: 1204.01, saving: 268.74, breakEven: 6.476, saPayback: 6.476 },
    ],
    [
      // Standard licences for the same 8 GP vCores: 1 core per vCore = 8 cores = 4 packs; SA 4 × $3,945 × 25 %
      // = $3,945 a year ÷ $583.80 = 6.76 months (the spec's 6.8).
      'Azure SQL GP, 8 vCores, Standard licences',
      [{ edition: 'se' }],
      { seOwned: 8, eeOwned: 0 },
      { seCores: 8, sePacks: 4, saPayback: 6.757 },
    ],
    [
      // AWS r6i.xlarge, Enterprise LI: compute 4 × 730 × 0.063 = $183.96, Windows 4 × 730 × 0.046 = $134.32,
      // SQL EE 4 × 730 × 0.375 = $1,095.00 → $1,413.28 a month; licence ÷ (compute + Windows) = 1,095 ÷ 318.28
      // = 3.44×. BYOL: max(4, 4) = 4 cores = 2 packs; own with SA paid = $318.28.
      'AWS r6i.xlarge, Enterprise',
      [{ platform: 'ec2', vcpus: 4 }],
      { eeOwned: 4 },
      { li: 1413.28, own: 318.28, eeCores: 4, eePacks: 2, licenceToCompute: 3.4404 },
    ],
    [
      // r6i.xlarge, Standard LI: 318.28 + 4 × 730 × 0.12 = 318.28 + 350.40 = $668.68.
      'AWS r6i.xlarge, Standard',
      [{ platform: 'ec2', vcpus: 4, edition: 'se' }],
      { seOwned: 4 },
      { li: 668.68, own: 318.28, seCores: 4, sePacks: 2 },
    ],
    [
      // 8 vCPUs of EE on EC2: licence 8 × 730 × 0.375 = $2,190 a month; SA on 4 packs = 4 × $3,780.75
      // = $15,123 a year ÷ $2,190 = 6.91 months (spec A.4: 6.9).
      'AWS EC2, 8 vCPUs Enterprise: SA break-even',
      [{ platform: 'ec2', vcpus: 8 }],
      { eeOwned: 8 },
      { eeCores: 8, eePacks: 4, saPayback: 6.9055 },
    ],
    [
      // Business Critical: 1 Enterprise core per vCore → 8 cores = 4 packs.
      'Azure SQL BC, 8 vCores Enterprise',
      [{ platform: 'sqldb-bc' }],
      {},
      { eeCores: 8, eePacks: 4 },
    ],
    [
      // Business Critical with Standard: 4 cores per vCore → 2 vCores need 8 cores = 4 packs.
      'Managed Instance BC, 2 vCores Standard',
      [{ platform: 'mi-bc', edition: 'se', vcpus: 2 }],
      {},
      { seCores: 8, sePacks: 4 },
    ],
    [
      // Subscription for the missing pack: own = $888.95 + 1 × $5,434 ÷ 12 = $1,341.78; the subscription option
      // rents every pack: the same here.
      'Azure SQL GP, nothing owned, shortfall by subscription',
      [{}],
      { eeOwned: 0 },
      { own: 1341.78, sub: 1341.78, saving: 130.97 },
    ],
    [
      // Pack rounding over a fleet: two VMs of 5 vCPUs = 10 cores = 5 packs; one of 2 vCPUs → 4 cores (minimum).
      'core minimum and pack rounding over a fleet',
      [
        { platform: 'azvm', vcpus: 5 },
        { platform: 'azvm', vcpus: 5 },
        { platform: 'azvm', vcpus: 2 },
      ],
      {},
      { eeCores: 14, eePacks: 7 },
    ],
  ])('%s', (_name, rows, change, expected) => {
    const got = actual(licensing(rows, change));
    it.each(Object.entries(expected))('%s', (key, value) => {
      const found = got[key as keyof Expected];
      if (value === null) expect(found).toBeNull();
      else expect(found).toBeCloseTo(value as number, 2);
    });
  });
});

describe('licence counting', () => {
  it.each([
    [1, 4, 2],
    [2, 4, 2],
    [4, 4, 2],
    [5, 5, 3],
    [6, 6, 3],
    [7, 7, 4],
  ])('a VM with %i vCPUs needs %i cores = %i packs', (vcpus, cores, packCount) => {
    expect(vmCores(vcpus)).toBe(cores);
    expect(packs(vmCores(vcpus))).toBe(packCount);
  });

  it.each([
    ['ee', 'sqldb-gp', 8, 2],
    ['ee', 'sqldb-gp', 9, 3],
    ['ee', 'sqldb-bc', 8, 8],
    ['se', 'mi-gp', 8, 8],
    ['se', 'sqldb-bc', 2, 8],
  ] as const)('Hybrid Benefit: %s on %s, %i vCores → %i cores', (edition, platform, vcores, cores) => {
    expect(ahbCores(edition, platform, vcores)).toBe(cores);
  });

  it('Hybrid Benefit is additive: License-Included − AHB = licence meter × vCores × hours', () => {
    const n = licensing([{ vcpus: 6, hours: 500 }]);
    expect(n.options[0]!.monthly - n.options[1]!.monthly).toBeCloseTo(6 * 500 * inputs.defaults.azureGpLicence, 6);
  });

  it('a passive secondary doubles compute and the LI licence, but needs no licence with SA', () => {
    const single = licensing([{ platform: 'ec2', vcpus: 4 }]).workloads[0]!;
    const pair = licensing([{ platform: 'ec2', vcpus: 4, ha: 'passive' }]).workloads[0]!;
    expect(pair.compute).toBeCloseTo(2 * single.compute, 6);
    expect(pair.licence).toBeCloseTo(2 * single.licence, 6);
    expect(pair.cores).toBe(4);
  });

  it('without SA, pre-2019 licences on a Dedicated Host need no SA but cover the secondary too', () => {
    const n = licensing([{ platform: 'ec2dh', vcpus: 16, ha: 'passive' }], {
      saActive: false,
      preOctober2019: true,
      eeOwned: 32,
    });
    expect(n.workloads[0]!.cores).toBe(32);
    expect(n.workloads[0]!.needsSa).toBe(false);
    expect(n.options[1]!.licenceMonthly).toBe(0);
  });

  it('DTU and serverless get no Hybrid Benefit: License-Included stays the cheapest', () => {
    const v = { ...inputs.defaults, workloads: [row({ platform: 'sqldb-dtu' })] };
    const n = computeLicensing(v);
    expect(n.saving).toBe(0);
    expect(n.editions.ee.coresNeeded).toBe(0);
    const result = evaluateLicensing(v);
    expect(result.verdict.headline.template).toMatch(/License-Included is the cheapest/);
    expect(caveats(n).map((caveat) => caveat.key)).toContain('dtu');
  });

  it('non-production VMs on Developer edition need no licence', () => {
    const n = licensing([{ platform: 'azvm', vcpus: 4, env: 'nonprod' }]);
    expect(n.workloads[0]!.path).toBe('developer');
    expect(n.editions.ee.coresNeeded).toBe(0);
    expect(n.options[1]!.monthly).toBeCloseTo(n.compute, 6);
  });

  it('licences bought at list are paid up front, with SA every year and the renewal increase', () => {
    // 8 vCPUs on EC2, nothing owned: 4 packs × $15,123 = $60,492 up front; SA $15,123 in year 1, × 1.1 in year 2.
    const n = licensing([{ platform: 'ec2' }], { eeOwned: 0, shortfall: 'list', saUplift: 10, years: 2 });
    const own = n.options[1]!;
    expect(own.upfront).toBe(60_492);
    expect(own.yearly(1)).toBeCloseTo(15_123, 6);
    expect(own.yearly(2)).toBeCloseTo(16_635.3, 6);
  });
});

describe('bad input', () => {
  const field = inputs.fields.find((candidate) => candidate.key === 'workloads') as Field;

  it.each([
    ['db:sqldb-gp:ee:0:730:prod:none', /Row 1, vCPUs or vCores: Enter a whole number from 1 to 128/],
    ['db:ec2:se:32:730:prod:none', /Standard is limited to 24 cores/],
    ['db:oracle-cloud:ee:4:730:prod:none', /Row 1, Runs on: Choose one of the options/],
    ['db:sqldb-gp:ee', /Row 1 needs 7 values/],
    ['%zz', /malformed/],
    [Array.from({ length: 10_000 }, () => 'db:ec2:ee:4:730:prod:none').join(','), /at most 200 rows/],
  ])('%s gets a clear message', (text, message) => {
    const parsed = parseFieldText(field, text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('never produces a non-finite number, whatever valid inputs', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs), (values) => {
        expect(nonFinite(evaluateLicensing(values as Inputs))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every example loads valid inputs', () => {
    for (const example of licensingModel.examples ?? []) {
      const values = { ...inputs.defaults, ...example.values } as Inputs;
      expect(nonFinite(evaluateLicensing(values))).toEqual([]);
    }
  });
});

describe('links', () => {
  it('answers to the feed’s old address', () => {
    expect(toolForLink('https://rajivonai.com/tools/sql-server-license-calculator/', tools)?.id).toBe(
      'sql-server-licensing',
    );
  });
});
