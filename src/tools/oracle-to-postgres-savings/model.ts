/**
 * Oracle to PostgreSQL migration savings: the pure model. Formulas (figures in ./figures.ts, sources in
 * /work/shared/reference/cloud-db-figures.md):
 *   licences (cloud, EE)     = vCPUs ÷ 2 with hyper-threading (÷ 1 without), rounded up, per instance
 *   licences (cloud, SE2)    = vCPUs ÷ 4 rounded up (sockets), per instance
 *   licences (OCI, EE)       = OCPUs (1 OCPU = 1 processor licence, no core factor); SE2: OCPUs ÷ 4 rounded up
 *   licences (on-prem, EE)   = cores × core factor, rounded up, per server; SE2: occupied sockets
 *   Named User Plus          = max(users, 25 per processor (EE) or 10 per server (SE2))
 *   support in year n        = support % × list × (1 − discount) × (1 + uplift)^(n−1)
 *   Oracle path, year n      = new licences (year 1 only) + support(n) + 12 × hosting
 *   PostgreSQL path          = one-time migration + target run cost + Oracle's run cost while both run
 *   payback month            = where cumulative savings turn positive for good; with flat costs and no parallel
 *                              run this is one-time cost ÷ (Oracle monthly − target monthly)
 * Costs accrue evenly within each month (support spread over its year), so the payback month interpolates exactly.
 */
import {
  q,
  t,
  type Quantity,
  type MathStep,
  type Metric,
  type ResultTable,
  type Text,
  type ToolResult,
  type Verdict,
} from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import { cloudVcpuRule, ociOcpuRule, supportRate, supportUplift, typicalDiscount, x86CoreFactor } from './figures';
import { inputs, type Inputs } from './schema';

export interface YearRow {
  year: number;
  oracle: number;
  postgres: number;
  savings: number;
  cumulative: number;
}

export interface OracleNumbers {
  processorsPerServer: number;
  processors: number;
  licenceCount: number;
  /** The Named User Plus minimum when it is larger than the users entered, else null. */
  nupMinimumApplied: number | null;
  unitListPrice: number;
  licenceList: number;
  licenceNet: number;
  supportYear1: number;
  supportYear1AtList: number;
  newLicences: number;
  oracleMonthlyYear1: number;
  targetMonthly: number;
  migrationHours: number;
  labour: number;
  oneTime: number;
  parallelMonths: number;
  /** What migrating costs beyond business as usual: labour, training, tooling and the target during the parallel run. */
  investment: number;
  months: number;
  cumulativeOracle: number[];
  cumulativePostgres: number[];
  years: YearRow[];
  totalSavings: number;
  paybackMonth: number | null;
  roiPct: number | null;
  npv: number | null;
  /** How much lower the yearly run cost is after migrating, in percent of Oracle's year-1 run cost. */
  runRateDropPct: number | null;
}

/** a ÷ b as a percentage, or null when b is not positive or the quotient overflows (tiny denominators). */
function percentOf(a: number, b: number): number | null {
  if (!(b > 0)) return null;
  const value = (a / b) * 100;
  return Number.isFinite(value) ? value : null;
}

function licenceCounts(v: Inputs) {
  const ee = v.edition === 'ee';
  let perServer: number;
  if (v.deployment === 'cloud')
    perServer = ee ? Math.ceil(v.vcpus / (v.hyperThreading ? 2 : 1)) : Math.ceil(v.vcpus / 4);
  else if (v.deployment === 'oci') perServer = ee ? v.ocpus : Math.ceil(v.ocpus / 4);
  else perServer = ee ? Math.ceil(v.cores * v.coreFactor - 1e-9) : v.sockets;
  const processors = perServer * v.servers;
  if (v.metric === 'processor') {
    return {
      perServer,
      processors,
      count: processors,
      minimum: null,
      unit: ee ? v.eeProcessorPrice : v.se2ProcessorPrice,
    };
  }
  const minimum = ee ? 25 * processors : 10 * v.servers;
  return {
    perServer,
    processors,
    count: Math.max(v.users, minimum),
    minimum: minimum > v.users ? minimum : null,
    unit: ee ? v.eeNupPrice : v.se2NupPrice,
  };
}

interface Simulation {
  cumulativeOracle: number[];
  cumulativePostgres: number[];
  years: YearRow[];
  totalSavings: number;
  paybackMonth: number | null;
}

/**
 * Runs both paths over the horizon. Within a year (and on either side of the end of the parallel run) every
 * monthly amount is constant, so cumulative savings are linear there: the model steps through those stretches
 * and finds the payback month exactly where savings turn non-negative for the last time. With `series` it also
 * fills the month-by-month totals for the chart and the year table.
 */
function simulate(
  years: number,
  parallelMonths: number,
  start: { oracle: number; postgres: number },
  oracleMonthlyInYear: (year: number) => number,
  targetMonthly: number,
  series: boolean,
): Simulation {
  const cumulativeOracle = series ? [start.oracle] : [];
  const cumulativePostgres = series ? [start.postgres] : [];
  const rows: YearRow[] = [];
  let oracleTotal = start.oracle;
  let postgresTotal = start.postgres;
  let savings = oracleTotal - postgresTotal;
  /** When savings last became non-negative; null while they are negative. */
  let caughtUp: number | null = savings < 0 ? null : 0;
  for (let year = 1; year <= years; year++) {
    const oracleMonthly = oracleMonthlyInYear(year);
    const first = (year - 1) * 12;
    const last = year * 12;
    const cut = parallelMonths > first && parallelMonths < last ? parallelMonths : last;
    let oracleYear = year === 1 ? start.oracle : 0;
    let postgresYear = year === 1 ? start.postgres : 0;
    for (let from = first, to = cut; from < last; from = to, to = last) {
      const length = to - from;
      const postgresMonthly = targetMonthly + (to <= parallelMonths ? oracleMonthly : 0);
      const slope = oracleMonthly - postgresMonthly;
      const end = savings + slope * length;
      if (end < 0) caughtUp = null;
      else if (savings < 0) caughtUp = from + -savings / slope;
      if (series) {
        for (let month = 1; month <= length; month++) {
          cumulativeOracle.push(oracleTotal + oracleMonthly * month);
          cumulativePostgres.push(postgresTotal + postgresMonthly * month);
        }
      }
      savings = end;
      oracleTotal += oracleMonthly * length;
      postgresTotal += postgresMonthly * length;
      oracleYear += oracleMonthly * length;
      postgresYear += postgresMonthly * length;
    }
    if (series) {
      const yearSavings = oracleYear - postgresYear;
      rows.push({
        year,
        oracle: oracleYear,
        postgres: postgresYear,
        savings: yearSavings,
        cumulative: (rows.at(-1)?.cumulative ?? 0) + yearSavings,
      });
    }
  }
  return {
    cumulativeOracle,
    cumulativePostgres,
    years: rows,
    totalSavings: savings,
    paybackMonth: savings >= 0 ? caughtUp : null,
  };
}

/** The assumptions the sensitivity table moves; by default, the inputs' own. */
export interface Assumptions {
  discountPct: number;
  upliftPct: number;
  /** Multiplies the migration hours. */
  hoursFactor: number;
}

/**
 * The numbers, without words: what tests check and the benchmark times. `series: false` skips the month-by-month
 * arrays, the year table and the NPV; `assumptions` override the discount, uplift and hours (sensitivity).
 */
export function computeOracle(
  v: Inputs,
  series = true,
  assumptions: Assumptions = { discountPct: v.discountPct, upliftPct: v.upliftPct, hoursFactor: 1 },
): OracleNumbers {
  const licences = licenceCounts(v);
  const licenceList = licences.count * licences.unit;
  const licenceNet = licenceList * (1 - assumptions.discountPct / 100);
  const support = v.supportPct / 100;
  const uplift = 1 + assumptions.upliftPct / 100;
  const supportInYear = (year: number) => support * licenceNet * uplift ** (year - 1);
  const newLicences = v.licences === 'new' ? licenceNet : 0;
  const targetMonthly = v.computeMonthly + v.storageMonthly + v.ioMonthly;
  const migrationHours =
    (v.effortMode === 'items' ? v.rewriteItems * v.hoursPerItem : v.totalHours) * assumptions.hoursFactor;
  const labour = migrationHours * v.hourlyRate;
  const oneTime = labour + v.trainingTooling;
  const months = v.horizonYears * 12;
  const parallelMonths = Math.min(v.parallelMonths, months);
  const run = simulate(
    v.horizonYears,
    parallelMonths,
    { oracle: newLicences, postgres: oneTime },
    (year) => v.hostingMonthly + supportInYear(year) / 12,
    targetMonthly,
    series,
  );

  const investment = oneTime + targetMonthly * parallelMonths;
  const rate = v.discountRatePct / 100;
  let npv: number | null = null;
  if (rate > 0 && series) {
    npv = newLicences - oneTime;
    for (const row of run.years) {
      const runSavings = row.savings - (row.year === 1 ? newLicences - oneTime : 0);
      npv += runSavings / (1 + rate) ** row.year;
    }
  }
  const oracleRunYear1 = 12 * v.hostingMonthly + supportInYear(1);

  return {
    processorsPerServer: licences.perServer,
    processors: licences.processors,
    licenceCount: licences.count,
    nupMinimumApplied: licences.minimum,
    unitListPrice: licences.unit,
    licenceList,
    licenceNet,
    supportYear1: supportInYear(1),
    supportYear1AtList: support * licenceList,
    newLicences,
    oracleMonthlyYear1: oracleRunYear1 / 12,
    targetMonthly,
    migrationHours,
    labour,
    oneTime,
    parallelMonths,
    investment,
    months,
    cumulativeOracle: run.cumulativeOracle,
    cumulativePostgres: run.cumulativePostgres,
    years: run.years,
    totalSavings: run.totalSavings,
    paybackMonth: run.paybackMonth,
    roiPct: percentOf(run.totalSavings, investment),
    npv,
    runRateDropPct: percentOf(oracleRunYear1 - 12 * targetMonthly, oracleRunYear1),
  };
}

/** Savings, payback and ROI when one assumption moves by ±50%, the others held. */
export function sensitivity(v: Inputs, base: OracleNumbers): ResultTable {
  const uplift = (factor: number) => Math.min(20, v.upliftPct * factor);
  const discount = (factor: number) => Math.min(95, v.discountPct * factor);
  const held = { discountPct: v.discountPct, upliftPct: v.upliftPct, hoursFactor: 1 };
  const cases: { key: string; label: string; change: Assumptions; value: Quantity }[] = [
    {
      key: 'upliftLow',
      label: 'Uplift −50%',
      change: { ...held, upliftPct: uplift(0.5) },
      value: q(uplift(0.5), 'percent'),
    },
    {
      key: 'upliftHigh',
      label: 'Uplift +50%',
      change: { ...held, upliftPct: uplift(1.5) },
      value: q(uplift(1.5), 'percent'),
    },
    {
      key: 'discountLow',
      label: 'Discount −50%',
      change: { ...held, discountPct: discount(0.5) },
      value: q(discount(0.5), 'percent'),
    },
    {
      key: 'discountHigh',
      label: 'Discount +50%',
      change: { ...held, discountPct: discount(1.5) },
      value: q(discount(1.5), 'percent'),
    },
    {
      key: 'hoursLow',
      label: 'Hours −50%',
      change: { ...held, hoursFactor: 0.5 },
      value: q(base.migrationHours * 0.5, 'hours'),
    },
    {
      key: 'hoursHigh',
      label: 'Hours +50%',
      change: { ...held, hoursFactor: 1.5 },
      value: q(base.migrationHours * 1.5, 'hours'),
    },
  ];
  const row = (key: string, label: string, value: Quantity | string, n: OracleNumbers) => ({
    key,
    label,
    value,
    savings: n.totalSavings,
    payback: n.paybackMonth,
    roi: n.roiPct,
  });
  return {
    key: 'sensitivity',
    caption: 'Sensitivity: support uplift, Oracle discount and migration hours, one at a time',
    columns: [
      { key: 'label', label: 'Case' },
      { key: 'value', label: 'Value used' },
      { key: 'savings', label: 'Savings', format: 'money' },
      { key: 'payback', label: 'Payback', format: 'months', nullText: 'never' },
      { key: 'roi', label: 'ROI', format: 'percent', nullText: 'n/a' },
    ],
    rows: [
      row('base', 'As entered', '', base),
      ...cases.map(({ key, label, change, value }) => row(key, label, value, computeOracle(v, false, change))),
    ],
  };
}

function verdictFor(n: OracleNumbers, v: Inputs): Verdict {
  const years = q(v.horizonYears, 'years');
  if (n.paybackMonth === null) {
    return {
      tone: 'bad',
      headline: t('Staying on Oracle is cheaper over {years}: the migration does not pay back.', { years }),
      detail: t(
        'By the end the PostgreSQL path is {behind} behind. Oracle costs {oracle} a month to run, PostgreSQL {target}.',
        {
          behind: q(-n.totalSavings, 'money'),
          oracle: q(n.oracleMonthlyYear1, 'money'),
          target: q(n.targetMonthly, 'money'),
        },
      ),
    };
  }
  return {
    tone: 'good',
    headline: t('Migrate: it pays back in month {payback} and saves {total} over {years}.', {
      payback: q(Math.ceil(n.paybackMonth * 10) / 10, 'number'),
      total: q(n.totalSavings, 'money'),
      years,
    }),
    detail: t(
      'Running costs fall {drop}, from {oracle} a month on Oracle (year 1) to {target} on PostgreSQL. Vendor pages promise 60 to 80% and paybacks of 6 to 14 months; these are your numbers.',
      {
        drop: q(n.runRateDropPct, 'percent', 'by an amount that cannot be expressed as a share'),
        oracle: q(n.oracleMonthlyYear1, 'money'),
        target: q(n.targetMonthly, 'money'),
      },
    ),
  };
}

function stepsFor(n: OracleNumbers, v: Inputs): MathStep[] {
  const money = (value: number) => q(value, 'money');
  const licenceStep: MathStep =
    v.deployment === 'oci'
      ? {
          label: v.edition === 'ee' ? 'Processor licences per instance (OCI)' : 'Sockets per instance (SE2 on OCI)',
          formula: v.edition === 'ee' ? 'OCPUs × 1 (no core factor)' : 'OCPUs ÷ 4, rounded up',
          substituted: t(v.edition === 'ee' ? '{ocpus}' : '⌈{ocpus} ÷ 4⌉', { ocpus: q(v.ocpus, 'integer') }),
          result: q(n.processorsPerServer, 'integer'),
        }
      : v.deployment === 'cloud'
        ? v.edition === 'ee'
          ? {
              label: 'Processor licences per instance (authorized cloud)',
              formula: v.hyperThreading ? 'vCPUs ÷ 2, rounded up' : 'vCPUs (hyper-threading off)',
              substituted: t(v.hyperThreading ? '⌈{vcpus} ÷ 2⌉' : '{vcpus}', { vcpus: q(v.vcpus, 'integer') }),
              result: q(n.processorsPerServer, 'integer'),
            }
          : {
              label: 'Sockets per instance (SE2 in the cloud)',
              formula: 'vCPUs ÷ 4, rounded up',
              substituted: t('⌈{vcpus} ÷ 4⌉', { vcpus: q(v.vcpus, 'integer') }),
              result: q(n.processorsPerServer, 'integer'),
            }
        : v.edition === 'ee'
          ? {
              label: 'Processor licences per server',
              formula: 'cores × core factor, rounded up',
              substituted: t('⌈{cores} × {factor}⌉', {
                cores: q(v.cores, 'integer'),
                factor: q(v.coreFactor, 'number'),
              }),
              result: q(n.processorsPerServer, 'integer'),
            }
          : {
              label: 'Processor licences per server (SE2)',
              formula: 'occupied sockets',
              substituted: t('{sockets}', { sockets: q(v.sockets, 'integer') }),
              result: q(n.processorsPerServer, 'integer'),
            };
  const steps: MathStep[] = [
    licenceStep,
    {
      label: v.metric === 'processor' ? 'Processor licences' : 'Named User Plus licences',
      formula:
        v.metric === 'processor'
          ? 'per server × servers'
          : `max(users, minimum of ${v.edition === 'ee' ? '25 per processor' : '10 per server'})`,
      substituted:
        v.metric === 'processor'
          ? t('{per} × {servers}', { per: q(n.processorsPerServer, 'integer'), servers: q(v.servers, 'integer') })
          : t('max({users}, {minimum})', {
              users: q(v.users, 'integer'),
              minimum: q(v.edition === 'ee' ? 25 * n.processors : 10 * v.servers, 'integer'),
            }),
      result: q(n.licenceCount, 'integer'),
    },
    {
      label: 'Licence value at list',
      formula: 'licences × list price',
      substituted: t('{count} × {unit}', { count: q(n.licenceCount, 'integer'), unit: money(n.unitListPrice) }),
      result: money(n.licenceList),
    },
    {
      label: 'Support in year 1',
      formula: 'support rate × list × (1 − discount)',
      substituted: t('{support} × {list} × (1 − {discount})', {
        support: q(v.supportPct, 'percent'),
        list: money(n.licenceList),
        discount: q(v.discountPct, 'percent'),
      }),
      result: money(n.supportYear1),
    },
    {
      label: `Support in year ${v.horizonYears}`,
      formula: 'support in year 1 × (1 + uplift)^(year − 1)',
      substituted: t('{first} × (1 + {uplift})^{power}', {
        first: money(n.supportYear1),
        uplift: q(v.upliftPct, 'percent'),
        power: q(v.horizonYears - 1, 'integer'),
      }),
      result: money(n.supportYear1 * (1 + v.upliftPct / 100) ** (v.horizonYears - 1)),
    },
    {
      label: 'One-time migration cost',
      formula: 'hours × rate + training and tooling',
      substituted: t('{hours} × {rate} + {training}', {
        hours: q(n.migrationHours, 'number'),
        rate: money(v.hourlyRate),
        training: money(v.trainingTooling),
      }),
      result: money(n.oneTime),
    },
    {
      label: 'Monthly saving once PostgreSQL runs alone (year 1)',
      formula: '(hosting + support ÷ 12) − (compute + storage + I/O)',
      substituted: t('({hosting} + {support} ÷ 12) − {target}', {
        hosting: money(v.hostingMonthly),
        support: money(n.supportYear1),
        target: money(n.targetMonthly),
      }),
      result: money(n.oracleMonthlyYear1 - n.targetMonthly),
    },
    {
      label: 'Payback month',
      formula:
        'month where cumulative Oracle cost overtakes the PostgreSQL path (one-time ÷ monthly difference when costs are flat)',
      substituted: t(
        '({oneTime} + parallel run) ÷ ({oracle} − {target}), with uplift and new licences applied month by month',
        {
          oneTime: money(n.oneTime),
          oracle: money(n.oracleMonthlyYear1),
          target: money(n.targetMonthly),
        },
      ),
      result: q(n.paybackMonth, 'months', 'not within the horizon'),
    },
    {
      label: 'Return on investment',
      formula: 'savings over the horizon ÷ (one-time cost + target cost during the parallel run)',
      substituted: t('{savings} ÷ {investment}', { savings: money(n.totalSavings), investment: money(n.investment) }),
      result: q(n.roiPct, 'percent', 'no investment'),
    },
  ];
  if (n.npv !== null) {
    steps.push({
      label: 'Net present value',
      formula: '(new licences avoided − one-time cost) + Σ yearly run savings ÷ (1 + rate)^year',
      substituted: t('discounted at {rate} a year over {years}', {
        rate: q(v.discountRatePct, 'percent'),
        years: q(v.horizonYears, 'years'),
      }),
      result: money(n.npv),
    });
  }
  return steps;
}

/** The tool's model: numbers, chart, tables, math and verdict for one set of inputs. */
export function evaluateOracle(v: Inputs): ToolResult {
  const n = computeOracle(v);
  const metrics: Metric[] = [
    {
      key: 'totalSavings',
      label: `Saved over ${v.horizonYears} ${v.horizonYears === 1 ? 'year' : 'years'}`,
      ...q(n.totalSavings, 'money'),
      tone: n.totalSavings >= 0 ? 'good' : 'bad',
    },
    { key: 'paybackMonth', label: 'Pays back after', ...q(n.paybackMonth, 'months', 'Never') },
    { key: 'roi', label: 'Return on investment', ...q(n.roiPct, 'percent', 'n/a') },
    ...(n.npv === null
      ? []
      : [{ key: 'npv', label: `Net present value at ${v.discountRatePct}%`, ...q(n.npv, 'money') }]),
    {
      key: 'licences',
      label: v.metric === 'processor' ? 'Processor licences' : 'Named User Plus licences',
      ...q(n.licenceCount, 'integer'),
    },
    { key: 'licenceList', label: 'Licence value at list', ...q(n.licenceList, 'money') },
    {
      key: 'supportYear1',
      label: 'Support, year 1',
      ...q(n.supportYear1, 'money'),
      hint: t('{list} at list', { list: q(n.supportYear1AtList, 'money') }),
    },
    {
      key: 'oneTime',
      label: 'One-time migration cost',
      ...q(n.oneTime, 'money'),
      hint: t('{hours} hours of work', { hours: q(n.migrationHours, 'number') }),
    },
    { key: 'oracleMonthly', label: 'Oracle run cost per month, year 1', ...q(n.oracleMonthlyYear1, 'money') },
    { key: 'postgresMonthly', label: 'PostgreSQL run cost per month', ...q(n.targetMonthly, 'money') },
  ];
  const yearly: ResultTable = {
    key: 'years',
    caption: 'Year by year',
    columns: [
      { key: 'year', label: 'Year', format: 'integer' },
      { key: 'oracle', label: 'Stay on Oracle', format: 'money' },
      { key: 'postgres', label: 'Move to PostgreSQL', format: 'money' },
      { key: 'savings', label: 'Saved', format: 'money' },
      { key: 'cumulative', label: 'Saved, cumulative', format: 'money' },
    ],
    rows: n.years.map((row) => ({ key: String(row.year), ...row })),
  };
  const warnings: Text[] = [];
  if (v.edition === 'se2' && v.deployment === 'cloud' && v.vcpus > 8) {
    warnings.push(t('Oracle allows Standard Edition 2 in AWS and Azure only on instances of up to 8 vCPUs.'));
  }
  if (v.edition === 'se2' && v.deployment === 'onprem' && v.sockets > 2) {
    warnings.push(t('Standard Edition 2 is licensed only on servers with at most 2 occupied sockets.'));
  }
  if (n.nupMinimumApplied !== null) {
    warnings.push(
      t('The Named User Plus minimum applies: {minimum} licences are counted, not the {users} users entered.', {
        minimum: q(n.nupMinimumApplied, 'integer'),
        users: q(v.users, 'integer'),
      }),
    );
  }
  if (v.parallelMonths > n.months)
    warnings.push(t('The parallel run is longer than the horizon; it is cut at the horizon.'));
  const x = n.cumulativeOracle.map((_, month) => month);
  return {
    verdict: verdictFor(n, v),
    metrics,
    chart: {
      title: 'Cumulative cost of each path',
      summary: t(
        'Cumulative cost by month over {years}: staying on Oracle against moving to PostgreSQL. The lines cross at payback.',
        {
          years: q(v.horizonYears, 'years'),
        },
      ),
      xLabel: 'Month',
      x,
      xFormat: 'integer',
      xStep: n.months > 36 ? 12 : n.months > 12 ? 6 : 2,
      yFormat: 'money',
      series: [
        { key: 'oracle', label: 'Stay on Oracle', values: n.cumulativeOracle, tone: 'warn' },
        { key: 'postgres', label: 'Move to PostgreSQL', values: n.cumulativePostgres, tone: 'accent' },
      ],
      markers: n.paybackMonth === null ? [] : [{ x: n.paybackMonth, label: 'payback' }],
    },
    tables: [yearly, sensitivity(v, n)],
    steps: stepsFor(n, v),
    warnings,
    figures: [cloudVcpuRule, ociOcpuRule, x86CoreFactor, supportRate, supportUplift, typicalDiscount],
  };
}

export const oracleModel = defineToolModel({
  id: 'oracle-to-postgres-savings',
  inputs,
  evaluate: evaluateOracle,
  headline: ['totalSavings', 'paybackMonth', 'roi'],
});
