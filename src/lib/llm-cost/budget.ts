/**
 * Token budget planner for coding agents: spend by developer and repository per day, week and month, checked
 * against budgets with a soft threshold (alert) and a hard one (stop).
 *
 * week = working-day spend × working days per week; month = working-day spend × working days per week × 52 ÷ 12.
 * A budget is reached at its threshold (spend ≥ limit is "hard", spend ≥ limit × soft share is "soft").
 *
 * Zod-free, so the tool page can use it: plans are checked by ./budget-schema.ts (Node) or by hand
 * (./coding-input-checks.ts, browser).
 */
import { workingDaysPerMonth } from './calendar.ts';
import { formatNumber, formatPercent, formatUsd, type Step } from './math.ts';

import type { BudgetPeriod, BudgetPlan, BudgetRule } from './budget-schema.ts';

export type { BudgetPeriod, BudgetPlan, BudgetPlanInput, BudgetRule, BudgetScope } from './budget-schema.ts';

export interface Spend {
  name: string;
  day: number;
  week: number;
  month: number;
}

export type BudgetStatus = 'ok' | 'soft' | 'hard';

export interface BudgetCheck {
  rule: BudgetRule;
  subject: string;
  spend: number;
  soft: number;
  limit: number;
  /** Spend ÷ limit. */
  utilisation: number;
  status: BudgetStatus;
  /** Limit − spend; negative when over. */
  headroom: number;
  /** Working days into the period until the soft / hard threshold is reached; null if never (no spend). */
  daysToSoft: number | null;
  daysToHard: number | null;
}

export interface BudgetReport {
  team: Spend;
  byDeveloper: Spend[];
  byRepository: Spend[];
  checks: BudgetCheck[];
  steps: Step[];
}

/** Spend per day, week and month from spend per working day. */
export function spendFor(name: string, daily: number, workingDaysPerWeek: number): Spend {
  const week = daily * workingDaysPerWeek;
  return { name, day: daily, week, month: daily * workingDaysPerMonth(workingDaysPerWeek) };
}

function groupBy(entries: BudgetPlan['entries'], key: 'developer' | 'repository', days: number): Spend[] {
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry[key], (totals.get(entry[key]) ?? 0) + entry.dailyCost);
  return [...totals]
    .map(([n, daily]) => spendFor(n, daily, days))
    .sort((a, b) => b.day - a.day || a.name.localeCompare(b.name));
}

const workingDaysIn = (period: BudgetPeriod, workingDaysPerWeek: number): number =>
  period === 'day' ? 1 : period === 'week' ? workingDaysPerWeek : workingDaysPerMonth(workingDaysPerWeek);

/** Totals by developer and repository, and each budget checked against them. */
export function planBudget(plan: BudgetPlan): BudgetReport {
  const days = plan.workingDaysPerWeek;
  const byDeveloper = groupBy(plan.entries, 'developer', days);
  const byRepository = groupBy(plan.entries, 'repository', days);
  const team = spendFor(
    'Team',
    plan.entries.reduce((sum, e) => sum + e.dailyCost, 0),
    days,
  );

  const checks: BudgetCheck[] = [];
  for (const rule of plan.budgets) {
    const pool = rule.scope === 'team' ? [team] : rule.scope === 'developer' ? byDeveloper : byRepository;
    const subjects =
      rule.subject === undefined || rule.scope === 'team' ? pool : pool.filter((s) => s.name === rule.subject);
    if (subjects.length === 0 && rule.subject !== undefined) {
      // A budget for someone with no spend yet: nothing used.
      subjects.push(spendFor(rule.subject, 0, days));
    }
    for (const subject of subjects) {
      const spend = subject[rule.period];
      const soft = rule.limit * rule.softShare;
      const status: BudgetStatus = spend >= rule.limit ? 'hard' : spend >= soft ? 'soft' : 'ok';
      const periodDays = workingDaysIn(rule.period, days);
      checks.push({
        rule,
        subject: subject.name,
        spend,
        soft,
        limit: rule.limit,
        utilisation: spend / rule.limit,
        status,
        headroom: rule.limit - spend,
        daysToSoft: subject.day > 0 && soft / subject.day <= periodDays ? soft / subject.day : null,
        daysToHard: subject.day > 0 && rule.limit / subject.day <= periodDays ? rule.limit / subject.day : null,
      });
    }
  }

  const steps: Step[] = [
    {
      group: 'Budget',
      label: 'Team spend per week',
      formula: 'spend per working day × working days per week',
      math: `${formatUsd(team.day)} × ${formatNumber(days)} = ${formatUsd(team.week)}`,
      value: team.week,
    },
    {
      group: 'Budget',
      label: 'Team spend per month',
      formula: 'spend per week × 52 weeks ÷ 12 months',
      math: `${formatUsd(team.week)} × 52 ÷ 12 = ${formatUsd(team.month)}`,
      value: team.month,
    },
    ...checks.map((check) => ({
      group: 'Budget',
      label: `${check.subject}: ${check.rule.period} budget`,
      formula: 'spend ÷ limit (soft at the soft share, hard at the limit)',
      math: `${formatUsd(check.spend)} ÷ ${formatUsd(check.limit)} = ${formatPercent(check.utilisation)} → ${check.status}`,
      value: check.utilisation,
    })),
  ];
  return { team, byDeveloper, byRepository, checks, steps };
}
