/**
 * AI coding assistant: seats versus token-metered agent use, and the efficiency gain at which either pays for
 * itself.
 *
 * break-even efficiency gain = tool cost per developer per month ÷ loaded cost of a developer per month
 * loaded cost per year = salary × loaded-cost multiplier; per hour = per year ÷ hours worked per year
 *
 * Default figures (editable in the tool, shown with their dates):
 * - salary: US median annual pay of software developers, $133,080 in May 2024 (BLS Occupational Outlook
 *   Handbook, https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm);
 * - loaded-cost multiplier 1.42: private-industry employer cost per hour worked was $44.40 in total compensation
 *   for $31.25 of wages and salaries in September 2024 (BLS Employer Costs for Employee Compensation, released
 *   17 Dec 2024, https://www.bls.gov/ecec/home.htm): 44.40 ÷ 31.25 = 1.4208;
 * - 1,880 hours worked a year: our assumption, 47 weeks of 40 hours (52 weeks less about 5 of holidays and leave).
 * With these, a $200 seat breaks even at 200 × 12 ÷ (133,080 × 1.42) = 1.27 % of a developer's time.
 * - metered agent use: about $13 per developer per active day and $150–250 a month (Anthropic, Claude Code
 *   "Manage costs effectively", enterprise averages, cited by the site owner's "AI Token Cost Overruns: Why AI
 *   Coding Assistants Are Becoming the New Cloud Bill Problem", 31 May 2026). The metered month and the hours share
 *   one calendar: active days a month = days per week × (hours per year ÷ hours per week) ÷ 12 = 19.58.
 */
import type { ModelPricing } from '../llm-pricing/schema.ts';
import { toBuckets } from './buckets.ts';
import { formatNumber, formatPercent, formatUsd, ratioOf, type Step, type Warning } from './math.ts';
import type { UnpricedModel } from './prices.ts';
import { priceRequest } from './request.ts';
import type { AgentUsage, CodingRoi } from './coding-roi-schema.ts';

export { roiDefaults } from './coding-roi-defaults.ts';
export type { AgentUsage, AgentUsageInput, CodingRoi, CodingRoiInput } from './coding-roi-schema.ts';

export interface AgentCost {
  ok: true;
  perRequest: number;
  perDay: number;
  perMonth: number;
  steps: Step[];
  warnings: Warning[];
}

/** Monthly cost of one developer's token-metered agent use on a model (standard tier). */
export function agentMonthlyCost(usage: AgentUsage, model: ModelPricing): AgentCost | UnpricedModel {
  const input = usage.inputTokensPerRequest;
  const buckets = toBuckets({
    uncachedInput: input * (1 - usage.cacheReadShare - usage.cacheWriteShare),
    cacheRead: input * usage.cacheReadShare,
    cacheWrite5m: input * usage.cacheWriteShare,
    output: usage.outputTokensPerRequest,
  });
  const request = priceRequest(model, buckets, 'standard', `${model.name} · one agent request`);
  if (!request.ok) return request;
  const perDay = request.total * usage.requestsPerDay;
  const perMonth = perDay * usage.workingDaysPerMonth;
  return {
    ok: true,
    perRequest: request.total,
    perDay,
    perMonth,
    warnings: request.warnings,
    steps: [
      ...request.steps,
      {
        group: 'Metered use',
        label: 'Per developer per month',
        formula: 'cost per request × requests per day × working days per month',
        math: `${formatUsd(request.total)} × ${formatNumber(usage.requestsPerDay)} × ${formatNumber(usage.workingDaysPerMonth)} = ${formatUsd(perMonth)}`,
        value: perMonth,
      },
    ],
  };
}

export interface CodingRoiResult {
  loadedAnnual: number;
  loadedMonthly: number;
  loadedHourly: number;
  toolPerDeveloperMonth: number;
  /** Share of a developer's time the tool must save to pay for itself. */
  breakEvenEfficiency: number;
  breakEvenHoursPerWeek: number;
  /** Share of time the stated benefit saves. */
  efficiencyGain: number;
  valuePerDeveloperMonth: number;
  netPerDeveloperMonth: number;
  netTeamMonthly: number;
  /** Net ÷ tool cost; null when the tool costs (almost) nothing. */
  roi: number | null;
  steps: Step[];
}

/** Break-even efficiency gain, value and net return of a coding assistant. */
export function codingRoi(input: CodingRoi): CodingRoiResult {
  const group = 'Coding assistant';
  const loadedAnnual = input.annualSalary * input.loadedMultiplier;
  const loadedMonthly = loadedAnnual / 12;
  const loadedHourly = loadedAnnual / input.hoursWorkedPerYear;
  const tool = input.seatPricePerMonth + input.meteredPerDeveloperMonth;
  const breakEvenEfficiency = loadedMonthly > 0 ? tool / loadedMonthly : 0;
  const breakEvenHoursPerWeek = breakEvenEfficiency * input.hoursPerWeek;
  const efficiencyGain =
    input.benefit.kind === 'hours'
      ? input.benefit.hoursSavedPerWeek / input.hoursPerWeek
      : input.benefit.cycleTimeReduction * input.benefit.shareOfTimeAffected;
  const value = efficiencyGain * loadedMonthly;
  const net = value - tool;
  const steps: Step[] = [
    {
      group,
      label: 'Loaded cost per year',
      formula: 'salary × loaded-cost multiplier',
      math: `${formatUsd(input.annualSalary)} × ${formatNumber(input.loadedMultiplier)} = ${formatUsd(loadedAnnual)}`,
      value: loadedAnnual,
    },
    {
      group,
      label: 'Loaded cost per hour',
      formula: 'loaded cost per year ÷ hours worked per year',
      math: `${formatUsd(loadedAnnual)} ÷ ${formatNumber(input.hoursWorkedPerYear)} = ${formatUsd(loadedHourly)}`,
      value: loadedHourly,
    },
    {
      group,
      label: 'Tool cost per developer per month',
      formula: 'seat price + metered use',
      math: `${formatUsd(input.seatPricePerMonth)} + ${formatUsd(input.meteredPerDeveloperMonth)} = ${formatUsd(tool)}`,
      value: tool,
    },
    {
      group,
      label: 'Break-even efficiency gain',
      formula: 'tool cost per month ÷ (loaded cost per year ÷ 12)',
      math: `${formatUsd(tool)} ÷ (${formatUsd(loadedAnnual)} ÷ 12) = ${formatPercent(breakEvenEfficiency)}`,
      value: breakEvenEfficiency,
    },
    {
      group,
      label: 'Break-even hours per week',
      formula: 'break-even gain × hours per week',
      math: `${formatPercent(breakEvenEfficiency)} × ${formatNumber(input.hoursPerWeek)} = ${formatNumber(breakEvenHoursPerWeek)} h`,
      value: breakEvenHoursPerWeek,
    },
    {
      group,
      label: 'Efficiency gain',
      formula:
        input.benefit.kind === 'hours'
          ? 'hours saved per week ÷ hours per week'
          : 'cycle-time reduction × share of time on that work',
      math:
        input.benefit.kind === 'hours'
          ? `${formatNumber(input.benefit.hoursSavedPerWeek)} ÷ ${formatNumber(input.hoursPerWeek)} = ${formatPercent(efficiencyGain)}`
          : `${formatPercent(input.benefit.cycleTimeReduction)} × ${formatPercent(input.benefit.shareOfTimeAffected)} = ${formatPercent(efficiencyGain)}`,
      value: efficiencyGain,
    },
    {
      group,
      label: 'Net per developer per month',
      formula: 'efficiency gain × loaded cost per month − tool cost',
      math: `${formatPercent(efficiencyGain)} × ${formatUsd(loadedMonthly)} − ${formatUsd(tool)} = ${formatUsd(net)}`,
      value: net,
    },
  ];
  return {
    loadedAnnual,
    loadedMonthly,
    loadedHourly,
    toolPerDeveloperMonth: tool,
    breakEvenEfficiency,
    breakEvenHoursPerWeek,
    efficiencyGain,
    valuePerDeveloperMonth: value,
    netPerDeveloperMonth: net,
    netTeamMonthly: net * input.developers,
    roi: ratioOf(net, tool),
    steps,
  };
}

export interface SeatVersusMetered {
  seatPerMonth: number;
  meteredPerMonth: number;
  cheaper: 'seat' | 'metered' | 'equal';
  /** Requests per working day at which metered use costs as much as the seat; null if a request is free. */
  breakEvenRequestsPerDay: number | null;
  steps: Step[];
}

/** A flat seat against paying per token for the same developer's agent use. */
export function seatVersusMetered(seatPricePerMonth: number, usage: AgentUsage, agent: AgentCost): SeatVersusMetered {
  const perRequestMonth = agent.perRequest * usage.workingDaysPerMonth;
  const breakEven = ratioOf(seatPricePerMonth, perRequestMonth);
  const difference = agent.perMonth - seatPricePerMonth;
  return {
    seatPerMonth: seatPricePerMonth,
    meteredPerMonth: agent.perMonth,
    cheaper: Math.abs(difference) < 1e-9 ? 'equal' : difference > 0 ? 'seat' : 'metered',
    breakEvenRequestsPerDay: breakEven,
    steps: [
      {
        group: 'Seat or metered',
        label: 'Break-even requests per day',
        formula: 'seat price ÷ (cost per request × working days per month)',
        math:
          breakEven === null
            ? 'a request costs nothing: metered use never reaches the seat price'
            : `${formatUsd(seatPricePerMonth)} ÷ (${formatUsd(agent.perRequest)} × ${formatNumber(usage.workingDaysPerMonth)}) = ${formatNumber(breakEven)}`,
        value: breakEven ?? 0,
      },
    ],
  };
}
