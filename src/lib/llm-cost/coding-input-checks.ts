/**
 * The AI coding assistant ROI inputs checked by hand (see ./input-checks.ts): agent use, the ROI inputs and a budget
 * plan, as `agentUsageSchema`, `codingRoiSchema` and `budgetPlanSchema` check them.
 */
import type { BudgetPlan, BudgetPlanInput } from './budget-schema.ts';
import { roiDefaults } from './coding-roi-defaults.ts';
import type { AgentUsage, AgentUsageInput, CodingRoi, CodingRoiInput } from './coding-roi-schema.ts';
import { checkObject, record, type Checked, type Reader } from './input-checks.ts';
import { budgetPeriods, budgetScopes } from './input-options.ts';

/** One developer's metered agent use checked as `agentUsageSchema` checks it, defaults filled. */
export function checkAgentUsage(usage: AgentUsageInput | unknown): Checked<AgentUsage> {
  const checked = checkObject(usage, (u, r) => ({
    modelId: r.text(u.modelId, 'model'),
    requestsPerDay: r.number(u.requestsPerDay, 0, 1_000_000, 'requests per day: from 0 to 1,000,000'),
    inputTokensPerRequest: r.tokens(u.inputTokensPerRequest, 'input per request'),
    cacheReadShare: r.share(u.cacheReadShare, 'cache reads'),
    cacheWriteShare: u.cacheWriteShare === undefined ? 0 : r.share(u.cacheWriteShare, 'cache writes'),
    outputTokensPerRequest: r.tokens(u.outputTokensPerRequest, 'output per request'),
    workingDaysPerMonth: r.numberOr(
      u.workingDaysPerMonth,
      roiDefaults.workingDaysPerMonth.value,
      1,
      31,
      'working days a month: from 1 to 31',
    ),
  }));
  if (checked.ok && checked.value.cacheReadShare + checked.value.cacheWriteShare > 1) {
    return { ok: false, problems: ['cache reads and writes together cannot exceed 100 % of the input'] };
  }
  return checked;
}

function readBenefit(value: unknown, r: Reader): CodingRoi['benefit'] {
  const benefit = record(value);
  if (benefit?.kind === 'hours') {
    return {
      kind: 'hours',
      hoursSavedPerWeek: r.number(benefit.hoursSavedPerWeek, 0, 80, 'hours saved a week: from 0 to 80'),
    };
  }
  if (benefit?.kind === 'cycle-time') {
    return {
      kind: 'cycle-time',
      cycleTimeReduction: r.share(benefit.cycleTimeReduction, 'cycle time reduction'),
      shareOfTimeAffected: r.share(benefit.shareOfTimeAffected, 'share of time affected'),
    };
  }
  r.problems.push('benefit: hours saved or cycle time');
  return { kind: 'hours', hoursSavedPerWeek: 0 };
}

/** The coding assistant ROI inputs checked as `codingRoiSchema` checks them, defaults filled. */
export function checkCodingRoi(input: CodingRoiInput | unknown): Checked<CodingRoi> {
  return checkObject(input, (c, r) => ({
    developers: r.number(c.developers, 1, 1_000_000, 'developers: a whole number from 1 to 1,000,000', true),
    seatPricePerMonth: r.usd(c.seatPricePerMonth, 'seat price'),
    meteredPerDeveloperMonth:
      c.meteredPerDeveloperMonth === undefined ? 0 : r.usd(c.meteredPerDeveloperMonth, 'metered'),
    annualSalary: r.numberOr(
      c.annualSalary,
      roiDefaults.annualSalary.value,
      1000,
      100_000_000,
      'at least $1,000 a year',
    ),
    loadedMultiplier: r.numberOr(c.loadedMultiplier, roiDefaults.loadedMultiplier.value, 1, 4, 'multiplier: 1 to 4'),
    hoursWorkedPerYear: r.numberOr(
      c.hoursWorkedPerYear,
      roiDefaults.hoursWorkedPerYear.value,
      100,
      4000,
      'hours a year: from 100 to 4,000',
    ),
    hoursPerWeek: r.numberOr(c.hoursPerWeek, roiDefaults.hoursPerWeek.value, 1, 100, 'hours a week: from 1 to 100'),
    benefit: readBenefit(c.benefit, r),
  }));
}

function readBudgetRule(value: unknown, r: Reader): BudgetPlan['budgets'][number] {
  const rule = record(value) ?? {};
  if (!record(value)) r.problems.push('a budget is a scope, a period and a limit');
  return {
    scope: r.oneOf(rule.scope, budgetScopes, 'scope'),
    ...(rule.subject === undefined ? {} : { subject: r.text(rule.subject, 'subject', 100, true) }),
    period: r.oneOf(rule.period, budgetPeriods, 'period'),
    limit: r.number(rule.limit, 0.01, 1e12, 'a budget must be at least one cent'),
    softShare: rule.softShare === undefined ? 0.8 : r.share(rule.softShare, 'soft threshold'),
  };
}

/** A budget plan checked as `budgetPlanSchema` checks it, names trimmed and defaults filled. */
export function checkBudgetPlan(plan: BudgetPlanInput | unknown): Checked<BudgetPlan> {
  return checkObject(plan, (p, r) => ({
    workingDaysPerWeek: r.numberOr(p.workingDaysPerWeek, 5, 1, 7, 'working days a week: from 1 to 7'),
    entries: r.list(p.entries, 'add at least one developer and repository', [1000, 'at most 1,000 rows'], (entry) => {
      const row = record(entry) ?? {};
      if (!record(entry)) r.problems.push('a row is a developer, a repository and a daily cost');
      return {
        developer: r.text(row.developer, 'developer', 100, true),
        repository: r.text(row.repository, 'repository', 100, true),
        dailyCost: r.usd(row.dailyCost, 'daily cost'),
      };
    }),
    budgets:
      p.budgets === undefined
        ? []
        : r.list(p.budgets, null, [100, 'at most 100 budgets'], (rule) => readBudgetRule(rule, r)),
  }));
}
