/**
 * AI coding assistant ROI and token budget: a thin adapter from the tool's inputs to the LLM cost engine
 * (src/lib/llm-cost/coding-roi.ts for the break-even efficiency gain, seats against metered use and agent cost;
 * src/lib/llm-cost/budget.ts for the budget plan; both document their formulas and sources) and from their
 * results to the kit's. Percentages become shares; no formula is written here.
 */
import { overridesFrom } from '../../lib/ai-tools/catalog-inputs';
import {
  catalogFigure,
  engineSteps,
  engineWarnings,
  pricesTable,
  pricingRuleFigures,
} from '../../lib/ai-tools/engine-results';
import { planBudget, type BudgetReport, type BudgetStatus } from '../../lib/llm-cost/budget';
import { activeDaysPerMonth } from '../../lib/llm-cost/calendar';
import {
  agentMonthlyCost,
  codingRoi,
  seatVersusMetered,
  type AgentCost,
  type AgentUsage,
} from '../../lib/llm-cost/coding-roi';
import { checkAgentUsage, checkBudgetPlan, checkCodingRoi } from '../../lib/llm-cost/coding-input-checks';
import type { Step } from '../../lib/llm-cost/math';
import { catalog } from '../../lib/llm-pricing/catalog';
import { applyPriceOverrides } from '../../lib/llm-pricing/overrides';
import type { ModelPricing } from '../../lib/llm-pricing/schema';
import { niceTicks } from '../../lib/tool-kit/chart';
import {
  q,
  t,
  type ChartSpec,
  type Metric,
  type ResultTable,
  type Text,
  type ToolResult,
} from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import { agentDayFigure, loadedMultiplierFigure, salaryFigure } from './figures';
import { inputs, type Inputs } from './schema';

/** The engine's agent usage for these inputs, or the reason it is not valid. */
export function agentUsageFrom(v: Inputs): { ok: true; usage: AgentUsage } | { ok: false; message: string } {
  const parsed = checkAgentUsage({
    modelId: v.model,
    requestsPerDay: v.agentRequests,
    inputTokensPerRequest: v.agentInput,
    cacheReadShare: v.agentCacheRead / 100,
    cacheWriteShare: v.agentCacheWrite / 100,
    outputTokensPerRequest: v.agentOutput,
    // One calendar: the metered month has the working days of the year the hours are counted over.
    workingDaysPerMonth: activeDaysPerMonth(v.workingDays, v.hoursPerYear, v.hoursPerWeek),
  });
  return parsed.ok
    ? { ok: true, usage: parsed.value }
    : { ok: false, message: `Metered use: ${parsed.problems[0] ?? 'not valid'}.` };
}

/** The agent's monthly cost per developer on the chosen model, or why it cannot be priced. */
function meteredCost(v: Inputs, model: ModelPricing | undefined) {
  const usage = agentUsageFrom(v);
  if (!usage.ok) return usage;
  if (!model) return { ok: false as const, message: `Unknown model ${v.model}.` };
  const cost = agentMonthlyCost(usage.usage, model);
  return cost.ok ? { ok: true as const, usage: usage.usage, cost } : { ok: false as const, message: cost.message };
}

const statusText: Record<BudgetStatus, string> = { ok: 'ok', soft: 'alert (soft)', hard: 'stop (hard)' };

function budgetTables(report: BudgetReport): ResultTable[] {
  const spendColumns = [
    { key: 'day', label: 'Per day', format: 'money' as const },
    { key: 'week', label: 'Per week', format: 'money' as const },
    { key: 'month', label: 'Per month', format: 'money' as const },
  ];
  const spendRows = (rows: BudgetReport['byDeveloper']) =>
    rows.map((row) => ({ key: row.name, name: row.name, day: row.day, week: row.week, month: row.month }));
  return [
    {
      key: 'checks',
      caption: 'Budgets',
      note: 'Soft: alert at the threshold; hard: stop at the limit. Days are working days into the period.',
      columns: [
        { key: 'budget', label: 'Budget' },
        { key: 'spend', label: 'Spend', format: 'money' },
        { key: 'soft', label: 'Alert at', format: 'money' },
        { key: 'limit', label: 'Limit', format: 'money' },
        { key: 'used', label: 'Used', format: 'percent' },
        { key: 'status', label: 'Status' },
        { key: 'daysToSoft', label: 'Alert after', format: 'number', nullText: 'not reached' },
        { key: 'daysToHard', label: 'Stop after', format: 'number', nullText: 'not reached' },
      ],
      rows: report.checks.map((check, index) => ({
        key: String(index),
        budget: `${check.rule.scope === 'team' ? 'Team' : check.subject}, per ${check.rule.period}`,
        spend: check.spend,
        soft: check.soft,
        limit: check.limit,
        used: check.utilisation * 100,
        status: statusText[check.status],
        daysToSoft: check.daysToSoft,
        daysToHard: check.daysToHard,
      })),
    },
    {
      key: 'developers',
      caption: 'Spend by developer',
      columns: [{ key: 'name', label: 'Developer' }, ...spendColumns],
      rows: [...spendRows(report.byDeveloper), { key: 'team', ...report.team, name: 'Team' }],
    },
    {
      key: 'repositories',
      caption: 'Spend by repository',
      columns: [{ key: 'name', label: 'Repository' }, ...spendColumns],
      rows: spendRows(report.byRepository),
    },
  ];
}

/** Metered cost per developer against requests per day, with the seat price, from the engine at each point. */
function meteredChart(
  v: Inputs,
  usage: AgentUsage,
  model: ModelPricing,
  breakEven: number | null,
): ChartSpec | undefined {
  const top = Math.max(10, v.agentRequests * 2, (breakEven ?? 0) * 1.5);
  const ticks = niceTicks(0, Math.min(top, 1_000_000), 6);
  const end = ticks.at(-1)!;
  const x = Array.from({ length: 21 }, (_, index) => (end * index) / 20);
  const values: number[] = [];
  for (const requests of x) {
    const cost = agentMonthlyCost({ ...usage, requestsPerDay: requests }, model);
    if (!cost.ok) return undefined;
    values.push(cost.perMonth);
  }
  return {
    title: 'Seat or tokens, per developer per month',
    summary: t(
      'Metered agent cost per developer per month against agent requests per working day, beside the flat seat price of {seat}.',
      { seat: q(v.seatPrice, 'money') },
    ),
    xLabel: 'Requests per working day',
    x,
    xFormat: 'number',
    yFormat: 'money',
    series: [
      { key: 'metered', label: `Metered, ${model.name}`, values, tone: 'accent' },
      { key: 'seat', label: 'Seat', values: x.map(() => v.seatPrice), tone: 'warn', dash: true },
    ],
    markers: [
      ...(breakEven !== null && breakEven <= end
        ? [{ x: breakEven, label: 'same cost', format: 'number' as const }]
        : []),
      ...(v.agentRequests <= end ? [{ x: v.agentRequests, label: 'you', format: 'number' as const }] : []),
    ],
  };
}

/** The tool's model: break-even gain, seats against tokens, and the budget plan. */
export function evaluateCodingRoi(v: Inputs, base: readonly ModelPricing[] = catalog.models): ToolResult {
  const models = applyPriceOverrides(base, overridesFrom(v.prices));
  const model = models.find((candidate) => candidate.id === v.model);
  const metered = meteredCost(v, model);
  const warnings: Text[] = [];
  const steps: Step[] = [];

  // The tool cost the ROI uses: the seat, the metered cost, or both.
  const meteredMonthly = metered.ok ? metered.cost.perMonth : null;
  const usesMetered = v.plan !== 'seat';
  // Paying per token on an agent that cannot be priced leaves the tool's cost unknown: never read it as $0.
  const priced = !usesMetered || meteredMonthly !== null;
  const known = (value: number | null) => (priced ? value : null);
  if (!metered.ok) warnings.push(t(metered.message));
  const roiInput = checkCodingRoi({
    developers: v.developers,
    seatPricePerMonth: v.plan === 'metered' ? 0 : v.seatPrice,
    meteredPerDeveloperMonth: usesMetered ? (meteredMonthly ?? 0) : 0,
    annualSalary: v.salary,
    loadedMultiplier: v.loadedMultiplier,
    hoursWorkedPerYear: v.hoursPerYear,
    hoursPerWeek: v.hoursPerWeek,
    benefit:
      v.benefit === 'hours'
        ? { kind: 'hours', hoursSavedPerWeek: Math.min(v.hoursSaved, v.hoursPerWeek) }
        : { kind: 'cycle-time', cycleTimeReduction: v.cycleTime / 100, shareOfTimeAffected: v.affected / 100 },
  });
  // The fields' own bounds keep these inputs valid: a failure here is a bug, not a visitor's mistake.
  if (!roiInput.ok) throw new Error(`Coding ROI inputs: ${roiInput.problems.join('; ')}`);
  const roi = codingRoi(roiInput.value);
  if (v.benefit === 'hours' && v.hoursSaved > v.hoursPerWeek)
    warnings.push(t('More hours saved than worked in a week: counted as the whole week.'));
  steps.push(...roi.steps);

  const comparison = metered.ok ? seatVersusMetered(v.seatPrice, metered.usage, metered.cost as AgentCost) : null;
  if (metered.ok) {
    steps.push(...metered.cost.steps);
    warnings.push(...engineWarnings(metered.cost.warnings));
  }
  if (comparison) steps.push(...comparison.steps);

  const plan = checkBudgetPlan({
    workingDaysPerWeek: v.workingDays,
    entries: v.spend.map((row) => ({ developer: row.developer, repository: row.repository, dailyCost: row.daily })),
    budgets: v.budgets.map((row) => ({
      scope: row.scope,
      ...(row.subject ? { subject: row.subject } : {}),
      period: row.period,
      limit: row.limit,
      softShare: row.soft / 100,
    })),
  });
  const report = plan.ok ? planBudget(plan.value) : null;
  if (!plan.ok) warnings.push(t(`Budget plan: ${plan.problems[0] ?? 'not valid'}.`));
  if (report) {
    steps.push(...report.steps);
    for (const check of report.checks.filter((candidate) => candidate.status === 'hard')) {
      warnings.push(
        t(
          `${check.rule.scope === 'team' ? 'The team' : check.subject} reaches the hard ${check.rule.period} limit of {limit}: stop.`,
          {
            limit: q(check.limit, 'money'),
          },
        ),
      );
    }
  }

  const pays = roi.efficiencyGain >= roi.breakEvenEfficiency;
  const hours = roi.breakEvenHoursPerWeek;
  const metrics: Metric[] = [
    {
      key: 'breakEven',
      label: 'Break-even efficiency gain',
      ...q(known(roi.breakEvenEfficiency * 100), 'percent', 'unpriced'),
      hint: t('{hours} hours a week', { hours: q(known(hours), 'number', '—') }),
    },
    {
      key: 'netPerDeveloper',
      label: 'Net per developer per month',
      ...q(known(roi.netPerDeveloperMonth), 'money', 'unpriced'),
      tone: !priced ? 'neutral' : roi.netPerDeveloperMonth >= 0 ? 'good' : 'bad',
    },
    {
      key: 'netTeam',
      label: 'Net for the team per month',
      ...q(known(roi.netTeamMonthly), 'money', 'unpriced'),
      tone: !priced ? 'neutral' : roi.netTeamMonthly >= 0 ? 'good' : 'bad',
      hint: t('{devs} developers', { devs: q(v.developers, 'integer') }),
    },
    { key: 'efficiencyGain', label: 'Efficiency gain entered', ...q(roi.efficiencyGain * 100, 'percent') },
    {
      key: 'toolCost',
      label: 'Tool cost per developer per month',
      ...q(known(roi.toolPerDeveloperMonth), 'money', 'unpriced'),
    },
    { key: 'loadedHourly', label: 'Loaded cost of an hour', ...q(roi.loadedHourly, 'rate') },
    { key: 'loadedAnnual', label: 'Loaded cost of a year', ...q(roi.loadedAnnual, 'money') },
    {
      key: 'roi',
      label: 'Return on the tool',
      ...q(priced && roi.roi !== null ? roi.roi * 100 : null, 'percent', priced ? '—' : 'unpriced'),
    },
    { key: 'seatMonthly', label: 'Seat per developer per month', ...q(v.seatPrice, 'money') },
    {
      key: 'meteredMonthly',
      label: 'Metered per developer per month',
      ...q(meteredMonthly, 'money', 'unpriced'),
      hint: t(model ? `${model.name}, ${v.agentRequests.toLocaleString('en-US')} requests a day` : 'no model'),
    },
    {
      key: 'breakEvenRequests',
      label: 'Requests a day at which tokens cost the seat',
      ...q(comparison?.breakEvenRequestsPerDay ?? null, 'number', '—'),
    },
    ...(report
      ? ([
          { key: 'teamDaily', label: 'Team agent spend per day', ...q(report.team.day, 'money') },
          { key: 'teamMonthly', label: 'Team agent spend per month', ...q(report.team.month, 'money') },
          {
            key: 'alerts',
            label: 'Budgets at their alert',
            ...q(report.checks.filter((check) => check.status === 'soft').length, 'integer'),
          },
          {
            key: 'stops',
            label: 'Budgets at their limit',
            ...q(report.checks.filter((check) => check.status === 'hard').length, 'integer'),
            tone: report.checks.some((check) => check.status === 'hard') ? 'bad' : 'neutral',
          },
        ] satisfies Metric[])
      : []),
  ];

  const planTable: ResultTable = {
    key: 'plans',
    caption: 'Seat or tokens',
    columns: [
      { key: 'plan', label: 'Plan' },
      { key: 'perDeveloper', label: 'Per developer per month', format: 'money', nullText: 'unpriced' },
      { key: 'team', label: 'Team per month', format: 'money', nullText: 'unpriced' },
    ],
    rows: [
      { key: 'seat', plan: 'Seat', perDeveloper: v.seatPrice, team: v.seatPrice * v.developers },
      {
        key: 'metered',
        plan: model ? `Tokens on ${model.name}` : 'Tokens',
        perDeveloper: meteredMonthly,
        team: meteredMonthly === null ? null : meteredMonthly * v.developers,
      },
    ],
  };

  const chart =
    metered.ok && model
      ? meteredChart(v, metered.usage, model, comparison?.breakEvenRequestsPerDay ?? null)
      : undefined;
  const cheaper =
    comparison === null
      ? ''
      : comparison.cheaper === 'seat'
        ? ' At this use the seat is cheaper than paying per token.'
        : comparison.cheaper === 'metered'
          ? ' At this use paying per token is cheaper than the seat.'
          : ' At this use the seat and the tokens cost the same.';

  return {
    verdict: !priced
      ? {
          tone: 'warn',
          headline: t('The agent’s tokens cannot be priced'),
          detail: t(
            `${metered.ok ? '' : metered.message} Choose another model, or enter the missing price under “Price edits”.`,
          ),
        }
      : {
          tone: pays ? 'good' : 'bad',
          headline: t(
            `${pays ? 'Pays for itself' : 'Does not pay for itself'}: it needs {need} of a developer’s time and saves {gain}`,
            {
              need: q(roi.breakEvenEfficiency * 100, 'percent'),
              gain: q(roi.efficiencyGain * 100, 'percent'),
            },
          ),
          detail: t(
            `{tool} a month per developer against a loaded cost of {hourly} an hour: the tool must save {hours} hours a week.${cheaper}`,
            {
              tool: q(roi.toolPerDeveloperMonth, 'money'),
              hourly: q(roi.loadedHourly, 'rate'),
              hours: q(hours, 'number'),
            },
          ),
        },
    metrics,
    ...(chart ? { chart } : {}),
    tables: [
      planTable,
      ...(report ? budgetTables(report) : []),
      pricesTable(
        'prices',
        'Prices used by the agent',
        model ? [model] : [],
        new Set(v.prices.map((row) => row.model)),
      ),
    ],
    steps: engineSteps(steps),
    warnings,
    figures: [salaryFigure, loadedMultiplierFigure, agentDayFigure, catalogFigure, ...pricingRuleFigures],
  };
}

export const codingRoiModel = defineToolModel({
  id: 'ai-coding-assistant-roi',
  inputs,
  evaluate: (values: Inputs) => evaluateCodingRoi(values),
  headline: ['breakEven', 'netPerDeveloper', 'netTeam'],
  examples: [
    {
      id: 'market-salary',
      label: 'At $160,000 loaded',
      description:
        'A loaded cost of $160,000 a year (salary $160,000, multiplier 1): a $200 seat then breaks even at 1.5 % of a developer’s time.',
      values: { salary: 160_000, loadedMultiplier: 1 },
    },
    {
      id: 'tokens-only',
      label: 'Heavy agent use, paid per token',
      description: '150 agent requests a day on Claude Sonnet 4.6, paid per token with no seat.',
      values: { plan: 'metered', agentRequests: 150 },
    },
  ],
});
