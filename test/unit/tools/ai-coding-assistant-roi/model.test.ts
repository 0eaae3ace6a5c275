import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ToolResult } from '../../../../src/lib/tool-kit/result';
import { codingRoiModel, evaluateCodingRoi } from '../../../../src/tools/ai-coding-assistant-roi/model';
import { inputs, type Inputs } from '../../../../src/tools/ai-coding-assistant-roi/schema';
import { sonnet45, testModel } from '../../llm-cost/fixture-models';
import { arbitraryValues, nonFinite } from '../support';

const mystery = testModel({ id: 'mystery', name: 'Mystery', prices: { output: 1 } });
const models = [sonnet45, mystery];
/** The defaults, with the agent on the Sonnet 4.5 fixture ($3 in, $15 out, $0.30 read, $3.75 write). */
const base: Inputs = { ...inputs.defaults, model: 'claude-sonnet-4-5' };
const run = (change: Partial<Inputs> = {}) => evaluateCodingRoi({ ...base, ...change }, models);
const value = (result: ToolResult, key: string) => result.metrics.find((m) => m.key === key)?.value ?? null;

describe('worked examples, computed by hand', () => {
  describe.each<[string, Partial<Inputs>, Record<string, number | null>]>([
    // BLS defaults: $133,080 × 1.42 = $188,973.60 loaded a year, $15,747.80 a month, ÷ 1,880 h = $100.5179 an hour.
    // A $200 seat: 200 ÷ 15,747.80 = 1.270019 % of the time, × 40 h = 0.508 h a week. Two hours saved of 40 = 5 %:
    // 0.05 × 15,747.80 = $787.39 of time, net $587.39 per developer, × 50 = $29,369.50; return 587.39 ÷ 200 = 293.7 %.
    [
      'a $200 seat at the BLS median salary',
      {},
      {
        breakEven: 1.2700186,
        loadedHourly: 100.51787,
        loadedAnnual: 188_973.6,
        efficiencyGain: 5,
        netPerDeveloper: 587.39,
        netTeam: 29_369.5,
        roi: 293.695,
        toolCost: 200,
      },
    ],
    // $160,000 loaded (salary $160,000, multiplier 1): 2,400 ÷ 160,000 = 1.5 %.
    ['the often-quoted 1.5 % at $160,000 loaded', { salary: 160_000, loadedMultiplier: 1 }, { breakEven: 1.5 }],
    // Cycle time 20 % faster on 40 % of the time: 0.2 × 0.4 = 8 % gained.
    ['a cycle-time gain', { benefit: 'cycle', cycleTime: 20, affected: 40 }, { efficiencyGain: 8 }],
    // Metered agent: 40,000 input tokens, 5 % uncached (2,000 × $3 = $0.006), 85 % read (34,000 × $0.30 = $0.0102),
    // 10 % written (4,000 × $3.75 = $0.015), 1,500 out × $15 = $0.0225: $0.0537 a request; × 235 a day = $12.62 a
    // day (the cited ~$13 per active day). One calendar with the hours: 5 days × (1,880 ÷ 40 = 47 weeks) ÷ 12 =
    // 19.5833 days, so $12.6195 × 19.5833 = $247.13 a month (cited $150–250; was $3.22 a day and $69.81 a month).
    // The seat costs as much at 200 ÷ (0.0537 × 19.5833) = 190.182 requests a day; 247.13 ÷ 15,747.80 = 1.5693 %.
    [
      'AI Token Cost Overruns (31 May 2026): about $13 an active day, $150–250 a month',
      { plan: 'metered' },
      { meteredMonthly: 247.1319, toolCost: 247.1319, breakEvenRequests: 190.1819, breakEven: 1.5693 },
    ],
    // Seat plus tokens: $200 + $247.13 = $447.13.
    ['a seat with tokens on top', { plan: 'both' }, { toolCost: 447.1319 }],
    // A 4-day week on the same 1,880 hours: 4 × 47 ÷ 12 = 15.6667 days; 0.0537 × 235 × 15.6667 = $197.71.
    ['a 4-day week shortens the metered month too', { plan: 'metered', workingDays: 4 }, { meteredMonthly: 197.7055 }],
    // Budgets on the example spend: $95 a working day for the team, × 5 × 52 ÷ 12 = $2,058.33 a month: over the
    // $2,000 team budget (hard). Per developer per day against $30 (alert at $24): chen $34 hard; ben $26 and ana
    // $24 soft; dara $11 fine. Repository api $44 a day × 5 = $220 a week against $250 (alert at $200): soft.
    ['the example budget plan', {}, { teamDaily: 95, teamMonthly: 2_058.3333, alerts: 3, stops: 2 }],
  ])('%s', (_, change, expected) => {
    const result = run(change);
    it.each(Object.entries(expected))('%s = %s', (key, number) => {
      expect(value(result, key)).toBeCloseTo(number!, 2);
    });
  });
});

describe('the rest of the result', () => {
  it('lists each budget with its status', () => {
    const checks = run().tables.find((t) => t.key === 'checks')!;
    expect(checks.rows.map((row) => [row.budget, row.status])).toEqual([
      ['Team, per month', 'stop (hard)'],
      ['chen, per day', 'stop (hard)'],
      ['ben, per day', 'alert (soft)'],
      ['ana, per day', 'alert (soft)'],
      ['dara, per day', 'ok'],
      ['api, per week', 'alert (soft)'],
    ]);
  });

  it('says when the agent cannot be priced, and never counts it as free', () => {
    const result = run({ plan: 'metered', model: 'mystery' });
    expect(result.verdict.tone).toBe('warn');
    expect(result.verdict.headline.template).toMatch(/cannot be priced/);
    expect(value(result, 'toolCost')).toBeNull();
    expect(value(result, 'breakEven')).toBeNull();
    expect(value(result, 'meteredMonthly')).toBeNull();
    // With a seat the return is still known; the metered column says unpriced.
    expect(value(run({ model: 'mystery' }), 'breakEven')).toBeCloseTo(1.2700186, 6);
  });

  it('draws metered cost against requests a day, with the seat and the crossing point', () => {
    const chart = run().chart!;
    expect(chart.markers.find((marker) => marker.label === 'same cost')?.x).toBeCloseTo(190.1819, 3);
    // The axis runs to 2 × 235 = 470, rounded to 500, in 20 steps; at 150: 0.0537 × 150 × 19.5833 = $157.744.
    expect(chart.x.at(-1)).toBe(500);
    expect(chart.series[0]!.values[chart.x.indexOf(150)]).toBeCloseTo(157.7437, 3);
    expect(chart.series[1]!.values.every((seat) => seat === 200)).toBe(true);
  });

  it('offers the $160k example as a button', () => {
    const example = codingRoiModel.examples!.find((candidate) => candidate.id === 'market-salary')!;
    expect(value(run(example.values), 'breakEven')).toBeCloseTo(1.5, 10);
  });
});

describe('properties', () => {
  it('never throws and keeps every number finite (or an explicit null), for any valid inputs', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs), (values) => {
        expect(nonFinite(evaluateCodingRoi(values))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
