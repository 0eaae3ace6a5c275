/**
 * Reserved Instance ROI: the pure model. Inputs in, numbers and sentences out; no DOM, no formatting.
 * Formulas (figures and sources in ./figures.ts and /work/shared/reference/cloud-db-figures.md):
 *   effective hourly        = recurring hourly + upfront ÷ hours in term
 *   break-even utilisation  = effective hourly ÷ on-demand hourly
 *   break-even month        = upfront ÷ (730 × (on-demand hourly × utilisation − recurring hourly))
 *   class steps             = 0, 1 or 2 classes down: a step only while P95 < 40 % and P95 × 2 ≤ accepted (≤ 70 %)
 *   right-sized price       = on-demand price × 0.5 ^ class steps   (one class down halves the instance-hour cost;
 *                             thresholds from the site owner's "Cloud Database Cost Triage", 5 June 2023)
 *   with an exit planned, the right-size path buys only whole later terms that end by the exit and runs the
 *   rest right-sized on demand; commit now is never advised when it saves nothing by the exit.
 * All money is per instance until multiplied by the instance count at the end.
 */
import {
  q,
  t,
  type MathStep,
  type Metric,
  type ResultTable,
  type Text,
  type ToolResult,
  type Verdict,
} from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import {
  hoursPerMonth,
  ioOptimizedFactor,
  normalizedUnits,
  normalizedUnitsFigure,
  partialUpfrontShare,
  classStepFactor,
  rightSizeBelowPct,
  sampleListHoursPerMonth,
  sampleOffering,
  scaleUpAbovePct,
} from './figures';
import { inputs, type Inputs } from './schema';

const HOURS_PER_MONTH = hoursPerMonth.value;
const DAYS_PER_MONTH = 365 / 12;
const deploymentColumn = { single: 0, multi: 1, cluster: 2 } as const;

/** Every number the tool shows, per the formulas above. Money for the whole fleet unless named per instance. */
export interface ReservedInstanceNumbers {
  termMonths: number;
  termHours: number;
  onDemandHourly: number;
  onDemandMonthly: number;
  upfront: number;
  recurringHourly: number;
  effectiveHourly: number;
  effectiveMonthly: number;
  /** On-demand cost minus reservation cost per month at the given utilisation, whole fleet. */
  monthlySavings: number;
  termSavings: number;
  /** Reservation cost as a share of what the same hours cost on demand, as a discount in percent. */
  savingsPct: number;
  breakEvenUtilisationPct: number;
  /** Month in which cumulative reservation cost falls to the on-demand cost; null when not within the term. */
  breakEvenMonth: number | null;
  retireMonth: number | null;
  windowMonths: number;
  strandedCommitment: number;
  onDemandTotal: number;
  commitNowTotal: number;
  commitNowNet: number;
  commitNowMonthly: number;
  /** Instance classes stepped down within the family (0, 1 or 2). */
  classSteps: number;
  rightSizeFactor: number;
  rightSizedOnDemandMonthly: number;
  rightSizeMonthly: number;
  waitMonths: number;
  rightSizeCommittedMonths: number;
  /** Months after the wait run right-sized on demand because no whole later term fits before the exit. */
  rightSizeOnDemandMonths: number;
  rightSizeTotal: number;
  rightSizeAdvantage: number;
  unitsPerInstance: number;
  fleetUnits: number;
  coverUnits: number;
  coverExact: number;
  coverWhole: number;
  uncoveredUnits: number;
  /** The sample has no such offering (3-year No Upfront): the model used Partial Upfront instead. */
  paymentFallback: boolean;
}

/** Upfront and recurring hourly charge of one reservation, from amounts, a discount or the sample. */
function reservationPrice(v: Inputs, onDemandHourly: number, termHours: number) {
  if (v.source === 'sample') {
    const byTerm = sampleOffering.offerings[v.term];
    const offering = byTerm[v.payment] ?? byTerm.partial;
    return {
      upfront: offering.upfront,
      recurringHourly: offering.monthly / sampleListHoursPerMonth,
      paymentFallback: byTerm[v.payment] === null,
    };
  }
  if (v.riPricing === 'amounts') {
    return { upfront: v.upfront, recurringHourly: v.recurringMonthly / HOURS_PER_MONTH, paymentFallback: false };
  }
  const effective = onDemandHourly * (1 - v.discountPct / 100);
  const upfrontShare = v.payment === 'all' ? 1 : v.payment === 'partial' ? partialUpfrontShare.value / 100 : 0;
  return {
    upfront: effective * termHours * upfrontShare,
    recurringHourly: effective * (1 - upfrontShare),
    paymentFallback: false,
  };
}

/** Classes to step down: each doubles P95; only below the 40 % line, never past the accepted P95 (at most 70 %). */
export function classStepsFor(p95Pct: number, acceptedPct: number, maxSteps: number): number {
  const ceiling = Math.min(acceptedPct, scaleUpAbovePct.value);
  let steps = 0;
  let p95 = p95Pct;
  while (steps < maxSteps && p95 < rightSizeBelowPct.value && p95 * 2 <= ceiling + 1e-9) {
    p95 *= 2;
    steps += 1;
  }
  return steps;
}

/** The numbers, without words: what tests check and the benchmark times. */
export function computeReservedInstance(v: Inputs): ReservedInstanceNumbers {
  const termMonths = Number(v.term) * 12;
  const termHours = termMonths * HOURS_PER_MONTH;
  const qty = v.quantity;
  const utilisation = v.usagePct / 100;
  const onDemandHourly =
    v.source === 'sample'
      ? sampleOffering.onDemand.value
      : v.priceUnit === 'hour'
        ? v.onDemandPrice
        : v.onDemandPrice / HOURS_PER_MONTH;
  const onDemandMonthly = onDemandHourly * HOURS_PER_MONTH;
  const { upfront, recurringHourly, paymentFallback } = reservationPrice(v, onDemandHourly, termHours);

  const effectiveHourly = recurringHourly + upfront / termHours;
  const effectiveMonthly = effectiveHourly * HOURS_PER_MONTH;
  const usedMonthly = onDemandMonthly * utilisation;
  const monthlySavings = (usedMonthly - effectiveMonthly) * qty;
  const termSavings = monthlySavings * termMonths;
  const savingsPct = (1 - effectiveMonthly / usedMonthly) * 100;
  const breakEvenUtilisationPct = (effectiveHourly / onDemandHourly) * 100;

  // Cumulative cost crosses when upfront + recurring × hours = on-demand × used hours.
  const gainPerMonth = HOURS_PER_MONTH * (onDemandHourly * utilisation - recurringHourly);
  const crossing = gainPerMonth > 0 ? upfront / gainPerMonth : null;
  const breakEvenMonth = crossing !== null && crossing <= termMonths ? crossing : null;

  const retireMonth = v.retireMonth > 0 && v.retireMonth < termMonths ? v.retireMonth : null;
  const windowMonths = retireMonth ?? termMonths;
  const strandedCommitment = retireMonth === null ? 0 : effectiveMonthly * (termMonths - retireMonth) * qty;
  const onDemandTotal = usedMonthly * windowMonths * qty;
  const commitNowTotal = effectiveMonthly * termMonths * qty;

  const classSteps = classStepsFor(v.p95Pct, v.targetPct, Number(v.maxClassSteps));
  const rightSizeFactor = classStepFactor.value ** classSteps;
  const rightSizedOnDemandMonthly = onDemandMonthly * rightSizeFactor;
  const laterMonthly = rightSizedOnDemandMonthly * (1 - v.laterDiscountPct / 100);
  const waitMonths = Math.min(v.waitDays / DAYS_PER_MONTH, windowMonths);
  const laterTermMonths = Number(v.laterTerm) * 12;
  const remaining = windowMonths - waitMonths;
  // With a planned exit, only whole terms that end by the exit are bought; the rest runs right-sized on demand.
  // Without one, only the window counts (renewals are assumed).
  const rightSizeCommittedMonths =
    remaining <= 0
      ? 0
      : retireMonth === null
        ? remaining
        : laterTermMonths * Math.floor(remaining / laterTermMonths + 1e-9);
  const rightSizeOnDemandMonths = Math.max(0, remaining - rightSizeCommittedMonths);
  const rightSizeTotal =
    (usedMonthly * waitMonths +
      laterMonthly * rightSizeCommittedMonths +
      rightSizedOnDemandMonthly * utilisation * rightSizeOnDemandMonths) *
    qty;

  const column = deploymentColumn[v.deployment];
  const ioFactor = v.ioOptimized ? ioOptimizedFactor.value : 1;
  const size = v.source === 'sample' ? sampleOffering.size : v.instanceSize;
  const deployment = v.source === 'sample' ? deploymentColumn[sampleOffering.deployment] : column;
  const unitsPerInstance = normalizedUnits[size][deployment] * ioFactor;
  const fleetUnits = unitsPerInstance * qty;
  const coverUnits = normalizedUnits[v.coverSize][deployment] * ioFactor;
  const coverExact = fleetUnits / coverUnits;
  const coverWhole = Math.floor(coverExact + 1e-9);

  return {
    termMonths,
    termHours,
    onDemandHourly,
    onDemandMonthly,
    upfront,
    recurringHourly,
    effectiveHourly,
    effectiveMonthly,
    monthlySavings,
    termSavings,
    savingsPct,
    breakEvenUtilisationPct,
    breakEvenMonth,
    retireMonth,
    windowMonths,
    strandedCommitment,
    onDemandTotal,
    commitNowTotal,
    commitNowNet: onDemandTotal - commitNowTotal,
    commitNowMonthly: effectiveMonthly * qty,
    classSteps,
    rightSizeFactor,
    rightSizedOnDemandMonthly,
    rightSizeMonthly: laterMonthly * qty,
    waitMonths,
    rightSizeCommittedMonths,
    rightSizeOnDemandMonths,
    rightSizeTotal,
    rightSizeAdvantage: commitNowTotal - rightSizeTotal,
    unitsPerInstance,
    fleetUnits,
    coverUnits,
    coverExact,
    coverWhole,
    uncoveredUnits: Math.max(0, fleetUnits - coverWhole * coverUnits),
    paymentFallback,
  };
}

/** Cumulative cost, month by month over the term, of the three ways to run the fleet. */
export function cumulativeCosts(v: Inputs, n: ReservedInstanceNumbers) {
  const months = Array.from({ length: n.termMonths + 1 }, (_, month) => month);
  const usedMonthly = n.onDemandMonthly * (v.usagePct / 100) * v.quantity;
  const laterMonthly = n.rightSizeMonthly;
  const tailMonthly = n.rightSizedOnDemandMonthly * (v.usagePct / 100) * v.quantity;
  const reservedEnd = n.waitMonths + n.rightSizeCommittedMonths;
  const stop = n.retireMonth ?? Number.POSITIVE_INFINITY;
  return {
    months,
    onDemand: months.map((m) => usedMonthly * Math.min(m, stop)),
    commitNow: months.map((m) => (n.upfront + n.recurringHourly * HOURS_PER_MONTH * m) * v.quantity),
    rightSize: months.map(
      (m) =>
        usedMonthly * Math.min(m, n.waitMonths) +
        laterMonthly * Math.min(Math.max(0, m - n.waitMonths), n.rightSizeCommittedMonths) +
        tailMonthly * Math.min(Math.max(0, m - reservedEnd), n.rightSizeOnDemandMonths),
    ),
  };
}

function verdictFor(n: ReservedInstanceNumbers, v: Inputs): Verdict {
  const usage = q(v.usagePct, 'percent');
  if (n.breakEvenMonth === null) {
    return {
      tone: 'bad',
      headline: t('Stay on demand: this reservation does not pay for itself within its term.'),
      detail: t(
        'At {usage} of hours running it costs {effective} a month against {onDemand} on demand. It breaks even only above {beu} of hours.',
        {
          usage,
          effective: q(n.commitNowMonthly, 'money'),
          onDemand: q(n.onDemandMonthly * (v.usagePct / 100) * v.quantity, 'money'),
          beu: q(n.breakEvenUtilisationPct, 'percent'),
        },
      ),
    };
  }
  // A commitment that saves nothing by the exit (a tie included) is never advised.
  if (n.retireMonth !== null && n.commitNowNet <= 0.005 * n.commitNowTotal) {
    return {
      tone: 'bad',
      headline: t(
        'Do not commit: the workload moves in month {retire}, and by then the reservation has saved nothing.',
        {
          retire: q(n.retireMonth, 'integer'),
        },
      ),
      detail: t(
        '{stranded} of commitment would be stranded; against staying on demand it saves {net} by month {retire}.',
        {
          stranded: q(n.strandedCommitment, 'money'),
          net: q(n.commitNowNet, 'money'),
          retire: q(n.retireMonth, 'integer'),
        },
      ),
    };
  }
  if (n.rightSizeAdvantage > 0.005 * n.commitNowTotal && n.rightSizeFactor < 1) {
    return {
      tone: 'warn',
      headline: t('Right-size first, then commit: {advantage} cheaper over {months}.', {
        advantage: q(n.rightSizeAdvantage, 'money'),
        months: q(n.windowMonths, 'months'),
      }),
      detail: t(
        'Committing now locks in {now} a month. Waiting {wait} days, stepping down {steps} instance class(es) to {factor} of today’s cost and then reserving costs {later} a month.',
        {
          now: q(n.commitNowMonthly, 'money'),
          wait: q(v.waitDays, 'integer'),
          steps: q(n.classSteps, 'integer'),
          factor: q(n.rightSizeFactor * 100, 'percent'),
          later: q(n.rightSizeMonthly, 'money'),
        },
      ),
    };
  }
  return {
    tone: 'good',
    headline: t('Commit now: the reservation breaks even in month {month} and saves {savings} over {months}.', {
      month: q(Math.ceil(n.breakEvenMonth * 10) / 10, 'number'),
      savings: q(n.commitNowNet, 'money'),
      months: q(n.windowMonths, 'months'),
    }),
    detail: t('It costs {effective} a month against {onDemand} on demand, {pct} less.', {
      effective: q(n.commitNowMonthly, 'money'),
      onDemand: q(n.onDemandMonthly * (v.usagePct / 100) * v.quantity, 'money'),
      pct: q(n.savingsPct, 'percent'),
    }),
  };
}

function stepsFor(n: ReservedInstanceNumbers, v: Inputs): MathStep[] {
  const money = (value: number) => q(value, 'money');
  const rate = (value: number) => q(value, 'rate');
  const steps: MathStep[] = [
    {
      label: 'On-demand hourly rate',
      formula: 'monthly price ÷ 730 hours (sample reservations: list monthly ÷ 720)',
      substituted: t('{monthly} ÷ 730', { monthly: money(n.onDemandMonthly) }),
      result: rate(n.onDemandHourly),
    },
    {
      label: 'Effective hourly rate of the reservation',
      formula: 'recurring hourly + upfront ÷ hours in term',
      substituted: t('{recurring} + {upfront} ÷ {hours}', {
        recurring: rate(n.recurringHourly),
        upfront: money(n.upfront),
        hours: q(n.termHours, 'integer'),
      }),
      result: rate(n.effectiveHourly),
    },
    {
      label: 'Break-even utilisation',
      formula: 'effective hourly ÷ on-demand hourly',
      substituted: t('{effective} ÷ {onDemand}', {
        effective: rate(n.effectiveHourly),
        onDemand: rate(n.onDemandHourly),
      }),
      result: q(n.breakEvenUtilisationPct, 'percent'),
    },
    {
      label: 'Monthly savings',
      formula: '730 × (on-demand hourly × utilisation − effective hourly) × instances',
      substituted: t('730 × ({onDemand} × {usage} − {effective}) × {qty}', {
        onDemand: rate(n.onDemandHourly),
        usage: q(v.usagePct, 'percent'),
        effective: rate(n.effectiveHourly),
        qty: q(v.quantity, 'integer'),
      }),
      result: money(n.monthlySavings),
    },
    {
      label: 'Break-even month',
      formula: 'upfront ÷ (730 × (on-demand hourly × utilisation − recurring hourly))',
      substituted: t('{upfront} ÷ (730 × ({onDemand} × {usage} − {recurring}))', {
        upfront: money(n.upfront),
        onDemand: rate(n.onDemandHourly),
        usage: q(v.usagePct, 'percent'),
        recurring: rate(n.recurringHourly),
      }),
      result: q(n.breakEvenMonth, 'months', `not within ${n.termMonths} months`),
    },
    {
      label: 'Right-size factor',
      formula: '0.5 ^ classes down (a step only while P95 < 40 % and P95 × 2 ≤ min(accepted, 70 %))',
      substituted: t('0.5 ^ {steps} (P95 {p95}, accepted {target})', {
        steps: q(n.classSteps, 'integer'),
        p95: q(v.p95Pct, 'percent'),
        target: q(v.targetPct, 'percent'),
      }),
      result: q(n.rightSizeFactor * 100, 'percent'),
    },
    {
      label: 'Monthly cost after right-sizing and reserving',
      formula: 'on-demand monthly × factor × (1 − later discount) × instances',
      substituted: t('{monthly} × {factor} × (1 − {discount}) × {qty}', {
        monthly: money(n.onDemandMonthly),
        factor: q(n.rightSizeFactor * 100, 'percent'),
        discount: q(v.laterDiscountPct, 'percent'),
        qty: q(v.quantity, 'integer'),
      }),
      result: money(n.rightSizeMonthly),
    },
    {
      label: 'Right-size first, total',
      formula:
        'on demand while waiting + later reservation for the months it is committed + right-sized on demand after the last whole term',
      substituted: t('{used} × {wait} + {later} × {committed} + {tail} × {tailMonths}', {
        used: money(n.onDemandMonthly * (v.usagePct / 100) * v.quantity),
        wait: q(n.waitMonths, 'months'),
        later: money(n.rightSizeMonthly),
        committed: q(n.rightSizeCommittedMonths, 'months'),
        tail: money(n.rightSizedOnDemandMonthly * (v.usagePct / 100) * v.quantity),
        tailMonths: q(n.rightSizeOnDemandMonths, 'months'),
      }),
      result: money(n.rightSizeTotal),
    },
  ];
  if (n.retireMonth !== null) {
    steps.push({
      label: 'Stranded commitment',
      formula: 'effective monthly × (term months − exit month) × instances',
      substituted: t('{effective} × ({term} − {exit}) × {qty}', {
        effective: money(n.effectiveMonthly),
        term: q(n.termMonths, 'integer'),
        exit: q(n.retireMonth, 'integer'),
        qty: q(v.quantity, 'integer'),
      }),
      result: money(n.strandedCommitment),
    });
  }
  steps.push({
    label: 'Reservations of the chosen size that cover the fleet',
    formula: 'units per instance × instances ÷ units per reservation',
    substituted: t('{units} × {qty} ÷ {cover}', {
      units: q(n.unitsPerInstance, 'number'),
      qty: q(v.quantity, 'integer'),
      cover: q(n.coverUnits, 'number'),
    }),
    result: q(n.coverExact, 'number'),
  });
  return steps;
}

/** The tool's model: numbers, chart, tables, math and verdict for one set of inputs. */
export function evaluateReservedInstance(v: Inputs): ToolResult {
  const n = computeReservedInstance(v);
  const costs = cumulativeCosts(v, n);
  const metrics: Metric[] = [
    {
      key: 'monthlySavings',
      label: 'Reservation saves per month',
      ...q(n.monthlySavings, 'money'),
      tone: n.monthlySavings >= 0 ? 'good' : 'bad',
    },
    {
      key: 'breakEvenMonth',
      label: 'Breaks even after',
      ...q(n.breakEvenMonth, 'months', 'Never'),
      hint: t('from the day you buy'),
    },
    // With a planned move the saving that counts is the one up to the move, stranded commitment included.
    n.retireMonth === null
      ? {
          key: 'termSavings',
          label: 'Saved over its term',
          ...q(n.termSavings, 'money'),
          tone: n.termSavings >= 0 ? 'good' : 'bad',
        }
      : {
          key: 'termSavings',
          label: `Saved by the move in month ${n.retireMonth}`,
          ...q(n.commitNowNet, 'money'),
          tone: n.commitNowNet > 0 ? 'good' : 'bad',
          hint: t('stranded commitment included'),
        },
    {
      key: 'effectiveHourly',
      label: 'Effective hourly rate',
      ...q(n.effectiveHourly, 'rate'),
      hint: t('on demand {od}', { od: q(n.onDemandHourly, 'rate') }),
    },
    {
      key: 'breakEvenUtilisation',
      label: 'Break-even utilisation',
      ...q(n.breakEvenUtilisationPct, 'percent'),
      hint: t('of hours; below it, on demand is cheaper'),
    },
    { key: 'savingsPct', label: 'Discount at your usage', ...q(n.savingsPct, 'percent') },
    ...(n.retireMonth === null
      ? []
      : [
          {
            key: 'strandedCommitment',
            label: 'Stranded when the workload moves',
            ...q(n.strandedCommitment, 'money'),
            tone: 'bad' as const,
          },
        ]),
    {
      key: 'normalizedUnits',
      label: 'Normalized units, fleet',
      ...q(n.fleetUnits, 'number'),
      hint: t('{per} per instance', { per: q(n.unitsPerInstance, 'number') }),
    },
    {
      key: 'reservationsToCover',
      label: `${v.coverSize} reservations to cover it`,
      ...q(n.coverExact, 'number'),
      hint:
        n.uncoveredUnits > 0
          ? t('{whole} whole ones leave {rest} units on demand', {
              whole: q(n.coverWhole, 'integer'),
              rest: q(n.uncoveredUnits, 'number'),
            })
          : t('an exact fit'),
    },
  ];
  const comparison: ResultTable = {
    key: 'compare',
    caption: `Commit now or right-size first, over ${n.windowMonths} months`,
    columns: [
      { key: 'label', label: '' },
      { key: 'onDemand', label: 'On demand', format: 'money' },
      { key: 'commitNow', label: 'Commit now', format: 'money' },
      { key: 'rightSize', label: 'Right-size first', format: 'money' },
    ],
    rows: [
      {
        key: 'monthly',
        label: 'Per month, once settled',
        onDemand: n.onDemandMonthly * (v.usagePct / 100) * v.quantity,
        commitNow: n.commitNowMonthly,
        rightSize: n.rightSizeMonthly,
      },
      {
        key: 'total',
        label: 'Total, commitments included',
        onDemand: n.onDemandTotal,
        commitNow: n.commitNowTotal,
        rightSize: n.rightSizeTotal,
      },
      {
        key: 'saved',
        label: 'Saved against on demand',
        onDemand: 0,
        commitNow: n.onDemandTotal - n.commitNowTotal,
        rightSize: n.onDemandTotal - n.rightSizeTotal,
      },
    ],
  };
  const warnings: Text[] = [];
  if (n.paymentFallback)
    warnings.push(
      t('RDS does not sell 3-year No Upfront reservations: the sample shows 3-year Partial Upfront instead.'),
    );
  else if (v.term === '3' && v.payment === 'none')
    warnings.push(
      t('RDS sells No Upfront for 1-year terms only; Azure reservations allow monthly payment for 3 years.'),
    );
  if (v.p95Pct > scaleUpAbovePct.value)
    warnings.push(t('P95 use is above 70 %: optimise the workload or scale up; do not step down.'));
  else if (v.p95Pct >= rightSizeBelowPct.value)
    warnings.push(t('P95 use is not below 40 %: the class is not oversized, so right-sizing saves nothing here.'));
  else if (n.classSteps === 0)
    warnings.push(t('One class down would double P95 above the accepted level: right-sizing saves nothing here.'));
  if (v.targetPct > scaleUpAbovePct.value)
    warnings.push(t('The accepted P95 is above 70 %: the model stops at 70 %, where the advice becomes scale up.'));
  if (n.breakEvenUtilisationPct >= 100)
    warnings.push(t('The reservation costs at least as much as running on demand all month.'));

  const markers = [];
  if (n.breakEvenMonth !== null) markers.push({ x: n.breakEvenMonth, label: 'break-even' });
  if (n.retireMonth !== null) markers.push({ x: n.retireMonth, label: 'workload moves' });
  return {
    verdict: verdictFor(n, v),
    metrics,
    chart: {
      title: 'Cumulative cost',
      summary: t(
        'Cumulative cost by month over the {term}-month term: on demand, committed now, and right-sized first.',
        {
          term: q(n.termMonths, 'integer'),
        },
      ),
      xLabel: 'Month',
      x: costs.months,
      xFormat: 'integer',
      xStep: n.termMonths > 12 ? 6 : 2,
      yFormat: 'money',
      series: [
        { key: 'onDemand', label: 'On demand', values: costs.onDemand, tone: 'warn' },
        { key: 'commitNow', label: 'Commit now', values: costs.commitNow, tone: 'accent' },
        { key: 'rightSize', label: 'Right-size first', values: costs.rightSize, tone: 'muted', dash: true },
      ],
      markers,
    },
    tables: [comparison],
    steps: stepsFor(n, v),
    warnings,
    figures: [
      hoursPerMonth,
      partialUpfrontShare,
      classStepFactor,
      rightSizeBelowPct,
      scaleUpAbovePct,
      normalizedUnitsFigure,
      ...(v.source === 'sample' ? [sampleOffering.onDemand, sampleOffering.figure] : []),
    ],
  };
}

export const reservedInstanceModel = defineToolModel({
  id: 'reserved-instance-roi',
  inputs,
  evaluate: evaluateReservedInstance,
  headline: ['monthlySavings', 'breakEvenMonth', 'termSavings'],
});
