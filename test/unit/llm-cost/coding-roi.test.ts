import { describe, expect, it } from 'vitest';
import { planBudget } from '../../../src/lib/llm-cost/budget';
import { budgetPlanSchema } from '../../../src/lib/llm-cost/budget-schema';
import { agentMonthlyCost, codingRoi, seatVersusMetered } from '../../../src/lib/llm-cost/coding-roi';
import { agentUsageSchema, codingRoiSchema, type CodingRoiInput } from '../../../src/lib/llm-cost/coding-roi-schema';
import { sonnet45 } from './fixture-models';

const roi = (input: Partial<CodingRoiInput>) =>
  codingRoi(
    codingRoiSchema.parse({
      developers: 10,
      seatPricePerMonth: 200,
      benefit: { kind: 'hours', hoursSavedPerWeek: 2 },
      ...input,
    }),
  );

describe('break-even efficiency gain', () => {
  it.each([
    // Defaults: loaded cost 133,080 × 1.42 = $188,973.60 a year, $15,747.80 a month;
    // a $200 seat breaks even at 200 ÷ 15,747.80 = 1.2700 % of a developer's time.
    ['$200 seat, BLS median salary, ECEC load', {}, 0.012700186],
    // The "about 1.5 %": a $160,000 loaded cost: 200 × 12 ÷ 160,000 = 1.5 %.
    ['$200 seat, $160,000 loaded', { annualSalary: 160_000, loadedMultiplier: 1 }, 0.015],
    // $200 seat + $100 metered on the defaults: 300 ÷ 15,747.80 = 1.9050 %.
    ['$200 seat + $100 metered', { meteredPerDeveloperMonth: 100 }, 0.019050279],
    // $19 seat: 19 ÷ 15,747.80 = 0.12065 %.
    ['$19 seat', { seatPricePerMonth: 19 }, 0.001206517],
  ])('%s', (_label, input, expected) => {
    expect(roi(input).breakEvenEfficiency).toBeCloseTo(expected, 8);
  });

  it('values the time saved at the loaded cost', () => {
    // Loaded hourly 188,973.60 ÷ 1,880 = $100.5179. Two hours a week of 40 = 5 %; value 0.05 × 15,747.80 = $787.39;
    // net 787.39 − 200 = $587.39 per developer, × 10 = $5,873.90; ROI 587.39 ÷ 200 = 2.93695.
    const result = roi({});
    expect(result.loadedHourly).toBeCloseTo(100.517872, 5);
    expect(result.efficiencyGain).toBeCloseTo(0.05, 12);
    expect(result.netPerDeveloperMonth).toBeCloseTo(587.39, 6);
    expect(result.netTeamMonthly).toBeCloseTo(5873.9, 6);
    expect(result.roi).toBeCloseTo(2.93695, 8);
    // Break-even hours: 1.2700 % × 40 h = 0.508 h a week.
    expect(result.breakEvenHoursPerWeek).toBeCloseTo(0.50800745, 6);
  });

  it('turns a cycle-time gain into an efficiency gain', () => {
    // 30 % faster on the half of the time spent on that work: 0.3 × 0.5 = 15 %.
    expect(
      roi({ benefit: { kind: 'cycle-time', cycleTimeReduction: 0.3, shareOfTimeAffected: 0.5 } }).efficiencyGain,
    ).toBeCloseTo(0.15, 12);
  });

  it('has no ROI ratio for a free tool', () => {
    expect(roi({ seatPricePerMonth: 0 }).roi).toBeNull();
  });
});

describe('token-metered agent use against a seat', () => {
  // Sonnet 4.5, 200 requests a working day of 50,000 input tokens (80 % cache reads, 10 % writes) and 1,000 output:
  // 5,000 × $3 + 40,000 × $0.30 + 5,000 × $3.75 + 1,000 × $15 = 0.015 + 0.012 + 0.01875 + 0.015 = $0.06075;
  // × 200 = $12.15 a day; × 19.5833 days (5 days × 47 weeks ÷ 12, the hours' calendar) = $237.9375 a month.
  const usage = agentUsageSchema.parse({
    modelId: 'claude-sonnet-4-5',
    requestsPerDay: 200,
    inputTokensPerRequest: 50_000,
    cacheReadShare: 0.8,
    cacheWriteShare: 0.1,
    outputTokensPerRequest: 1_000,
  });
  const agent = agentMonthlyCost(usage, sonnet45);

  it('costs $237.94 a developer a month', () => {
    expect(agent.ok).toBe(true);
    if (agent.ok) {
      expect(agent.perRequest).toBeCloseTo(0.06075, 12);
      expect(agent.perMonth).toBeCloseTo(237.9375, 9);
    }
  });

  it('breaks even with a $200 seat at 168.1 requests a day', () => {
    if (!agent.ok) throw new Error(agent.message);
    // 200 ÷ (0.06075 × 235/12) = 200 ÷ 1.1896875 = 168.111374.
    const comparison = seatVersusMetered(200, usage, agent);
    expect(comparison.cheaper).toBe('seat');
    expect(comparison.breakEvenRequestsPerDay).toBeCloseTo(168.111374, 5);
  });

  it('rejects cache shares above 100 % of the input', () => {
    const result = agentUsageSchema.safeParse({ ...usage, cacheReadShare: 0.8, cacheWriteShare: 0.3 });
    expect(result.success).toBe(false);
  });
});

describe('budget planner', () => {
  // alice: api $10 + web $5 = $15 a working day; bob: api $20. Five working days a week.
  const report = planBudget(
    budgetPlanSchema.parse({
      entries: [
        { developer: 'alice', repository: 'api', dailyCost: 10 },
        { developer: 'alice', repository: 'web', dailyCost: 5 },
        { developer: 'bob', repository: 'api', dailyCost: 20 },
      ],
      budgets: [
        { scope: 'developer', period: 'month', limit: 400 },
        { scope: 'repository', subject: 'web', period: 'week', limit: 50 },
        { scope: 'team', period: 'day', limit: 100, softShare: 0.3 },
      ],
    }),
  );

  it.each([
    // alice: 15 × 5 = $75 a week; 75 × 52 ÷ 12 = $325 a month.
    ['alice', report.byDeveloper, 15, 75, 325],
    // bob: 20 × 5 = $100; 100 × 52 ÷ 12 = $433.33.
    ['bob', report.byDeveloper, 20, 100, 433.333333],
    // api: 30 × 5 = $150; 150 × 52 ÷ 12 = $650.
    ['api', report.byRepository, 30, 150, 650],
    // team: 35 × 5 = $175; 175 × 52 ÷ 12 = $758.33.
    ['Team', [report.team], 35, 175, 758.333333],
  ])('%s spends $%d a day, $%d a week, $%d a month', (name, pool, day, week, month) => {
    const spend = pool.find((s) => s.name === name)!;
    expect(spend.day).toBeCloseTo(day, 9);
    expect(spend.week).toBeCloseTo(week, 9);
    expect(spend.month).toBeCloseTo(month, 5);
  });

  it.each([
    // $400 a month each, soft at 80 % = $320: alice $325 → soft, reached after 320 ÷ 15 = 21.33 working days;
    // bob $433.33 → hard, reached after 400 ÷ 20 = 20 days.
    ['alice', 'month', 'soft', 21.333333, null],
    ['bob', 'month', 'hard', 16, 20],
    // web $25 of a $50 week: ok; soft at $40 never reached within 5 days of $5.
    ['web', 'week', 'ok', null, null],
    // Team $35 of $100 a day with soft at 30 % = $30: soft after 30 ÷ 35 = 0.857 days.
    ['Team', 'day', 'soft', 0.857143, null],
  ] as const)('%s (%s budget) is %s', (subject, period, status, daysToSoft, daysToHard) => {
    const check = report.checks.find((c) => c.subject === subject && c.rule.period === period)!;
    expect(check.status).toBe(status);
    if (daysToSoft === null) expect(check.daysToSoft).toBeNull();
    else expect(check.daysToSoft).toBeCloseTo(daysToSoft, 5);
    if (daysToHard === null) expect(check.daysToHard).toBeNull();
    else expect(check.daysToHard).toBeCloseTo(daysToHard, 5);
  });

  it('rejects a budget of zero and a plan without entries', () => {
    expect(budgetPlanSchema.safeParse({ entries: [], budgets: [] }).success).toBe(false);
    expect(
      budgetPlanSchema.safeParse({
        entries: [{ developer: 'a', repository: 'r', dailyCost: 1 }],
        budgets: [{ scope: 'team', period: 'day', limit: 0 }],
      }).success,
    ).toBe(false);
  });
});
