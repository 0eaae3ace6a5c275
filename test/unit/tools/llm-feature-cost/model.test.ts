import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultCsv } from '../../../../src/lib/tool-kit/csv';
import { createFormatter } from '../../../../src/lib/tool-kit/format';
import type { ToolResult } from '../../../../src/lib/tool-kit/result';
import {
  evaluateFeatureCost,
  explainComparison,
  featureCostModel,
  workloadFrom,
} from '../../../../src/tools/llm-feature-cost/model';
import { inputs, type Inputs } from '../../../../src/tools/llm-feature-cost/schema';
import { gpt5, sonnet45, testModel } from '../../llm-cost/fixture-models';
import { mixArbitrary } from '../ai-support';
import { arbitraryValues, nonFinite } from '../support';

/** Claude Haiku 4.5 as priced on 2026-07-24: $1/$5, cache read 0.1×, writes 1.25× and 2×, batch derived at 50 %. */
const haiku = testModel({
  id: 'claude-haiku-4-5',
  name: 'Claude Haiku 4.5',
  family: 'anthropic',
  usage: 'anthropic',
  contextWindow: 200_000,
  prices: { input: 1, output: 5, cacheRead: 0.1, cacheWrite5m: 1.25, cacheWrite1h: 2 },
  batch: { input: 0.5, output: 2.5, cacheRead: null, cacheWrite5m: null, derived: true },
});
/** A model the source lists without an input price: unpriced, never free. */
const mystery = testModel({ id: 'mystery', name: 'Mystery', prices: { output: 1 } });
const models = [sonnet45, gpt5, haiku, mystery];

/** A bare prompt: 1,000 requests a day, 100 users, nothing cached, retried or batched, on Haiku. */
const bare: Inputs = {
  ...inputs.defaults,
  requestsPerDay: 1_000,
  users: 100,
  callsPerRequest: 1,
  systemPromptTokens: 0,
  cacheableShare: 0,
  contextTokens: 0,
  userInputTokens: 2_000,
  outputTokens: 0,
  reasoningTokens: 0,
  cache: 'off',
  retryRate: 0,
  batchShare: 0,
  mix: [{ model: 'claude-haiku-4-5', share: 100 }],
};
const run = (change: Partial<Inputs>) => evaluateFeatureCost({ ...bare, ...change }, models);
const metric = (result: ToolResult, key: string) => result.metrics.find((m) => m.key === key)?.value;
const table = (result: ToolResult, key: string) => result.tables.find((t) => t.key === key);

describe('worked examples, computed by hand (a month is 365.25 ÷ 12 = 30.4375 days)', () => {
  describe.each<[string, Partial<Inputs>, number, number]>([
    // 2,000 × $1/M = $0.002 a request; 1,000 × 30.4375 × 0.002 = $60.875 a month.
    ['the bare prompt on Haiku', {}, 0.002, 60.875],
    // The 9× variant: 4,000 tokens at $3/M, re-sent by 50 % of calls: 4,000 × 3 ÷ 1e6 × 1.5 = $0.018; × 30,437.5
    // requests = $547.875, 9 × $60.875.
    [
      'a 2× prompt on a 3× priced model with 1.5× attempts',
      { userInputTokens: 4_000, retryRate: 50, mix: [{ model: 'claude-sonnet-4-5', share: 100 }] },
      0.018,
      547.875,
    ],
    // 1,000 in × $1 + 500 out × $5 = $0.0035 standard, $0.00175 in batch (derived 50 %); half each = $0.002625;
    // × 30,437.5 = $79.8984375.
    ['half the calls in batch', { userInputTokens: 1_000, outputTokens: 500, batchShare: 50 }, 0.002625, 79.8984375],
    // 10,000-token cached system prompt, 80 % hit, traffic warmth ignored: 8,000 × $0.30 + 2,000 × $3.75 =
    // $0.0024 + $0.0075 = $0.0099 a call; × 30,437.5 = $301.33125.
    [
      'a cached system prompt at an 80 % hit rate',
      {
        systemPromptTokens: 10_000,
        cacheableShare: 100,
        userInputTokens: 0,
        cache: '5m',
        cacheHitRate: 80,
        cacheWarmthFromTraffic: false,
        mix: [{ model: 'claude-sonnet-4-5', share: 100 }],
      },
      0.0099,
      301.33125,
    ],
    // Two calls a request, half on Sonnet 4.5 (2,000 × $3 + 100 × $15 = $0.0075), half on GPT-5 (2,000 × $1.25 +
    // 100 × $10 = $0.0035): 2 × (0.5 × 0.0075 + 0.5 × 0.0035) = $0.011; × 30,437.5 = $334.8125.
    [
      'a 50/50 routing mix, two calls a request',
      {
        callsPerRequest: 2,
        outputTokens: 100,
        mix: [
          { model: 'claude-sonnet-4-5', share: 50 },
          { model: 'gpt-5', share: 50 },
        ],
      },
      0.011,
      334.8125,
    ],
    // A 1-hour write of 250,000 tokens on Sonnet 4.5: above the 200k tier, $6 × 2 = $12/M: 250,000 × 12 ÷ 1e6 = $3.
    [
      'a 1-hour cache write above 200k tokens',
      {
        systemPromptTokens: 250_000,
        cacheableShare: 100,
        userInputTokens: 0,
        cache: '1h',
        cacheHitRate: 0,
        cacheWarmthFromTraffic: false,
        mix: [{ model: 'claude-sonnet-4-5', share: 100 }],
      },
      3,
      91_312.5,
    ],
    // The visitor edits Haiku's input price to $2: 2,000 × $2 = $0.004; × 30,437.5 = $121.75.
    ['an edited price', { prices: [{ model: 'claude-haiku-4-5', price: 'input', usd: 2 }] }, 0.004, 121.75],
  ])('%s', (_, change, perRequest, monthly) => {
    const result = run(change);
    it(`costs ${perRequest} a request and ${monthly} a month`, () => {
      expect(metric(result, 'perRequest')).toBeCloseTo(perRequest, 12);
      expect(metric(result, 'monthly')).toBeCloseTo(monthly, 8);
      expect(metric(result, 'perUser')).toBeCloseTo(monthly / 100, 8);
      expect(result.verdict.tone).toBe('neutral');
    });
  });
});

describe('the rest of the result', () => {
  it('ranks every model for the workload, cheapest first, and lists the unpriced one apart', () => {
    const result = run({});
    // Haiku 2,000 × $1 = $0.002; GPT-5 × $1.25 = $0.0025; Sonnet × $3 = $0.006: ratios 1, 1.25 and 3.
    const ranking = table(result, 'ranking')!;
    expect(ranking.rows.map((row) => row.key)).toEqual(['claude-haiku-4-5', 'gpt-5', 'claude-sonnet-4-5']);
    expect(ranking.rows.map((row) => row.ratio)).toEqual([1, 1.25, 3]);
    const unranked = table(result, 'unranked')!;
    expect(unranked.rows).toEqual([expect.objectContaining({ key: 'mystery', reason: 'unpriced' })]);
  });

  it('refuses to price a mix holding an unpriced model, and says so instead of showing $0', () => {
    const result = run({ mix: [{ model: 'mystery', share: 100 }] });
    expect(result.verdict.tone).toBe('warn');
    expect(result.verdict.detail.template).toMatch(/Mystery has no input price.*unpriced, not free/);
    expect(result.metrics.map((m) => [m.key, m.value, m.nullText])).toEqual([
      ['monthly', null, 'unpriced'],
      ['perRequest', null, 'unpriced'],
      ['perUser', null, 'unpriced'],
    ]);
    expect(table(result, 'unranked')!.rows[0]).toMatchObject({ key: 'mystery', reason: 'unpriced' });
  });

  it('prices a model once the visitor fills its missing price', () => {
    // Input $1/M: 2,000 tokens = $0.002 a request.
    const result = run({
      mix: [{ model: 'mystery', share: 100 }],
      prices: [{ model: 'mystery', price: 'input', usd: 1 }],
    });
    expect(metric(result, 'perRequest')).toBeCloseTo(0.002, 12);
    expect(table(result, 'unranked')).toBeUndefined();
  });

  it('costs the levers with the engine: trimming 20 % of 1,000 context tokens saves a fifth', () => {
    // 1,000 context + 0 input on Haiku: $0.001 a request, $30.4375 a month; trimmed to 800: saves $6.0875 (20 %).
    const levers = table(run({ contextTokens: 1_000, userInputTokens: 0 }), 'levers')!;
    const trim = levers.rows.find((row) => row.key === 'trim-context')!;
    expect(trim.savings).toBeCloseTo(6.0875, 8);
    expect(trim.share).toBeCloseTo(20, 8);
    expect(levers.rows.find((row) => row.key === 'cap-retries')).toMatchObject({ savings: null, after: null });
  });

  it('draws cost against volume from 10k to 10M requests a month, on log axes', () => {
    const result = run({});
    // No caching: $0.002 a request at every volume, $20 at 10k, $20,000 at 10M.
    expect(result.chart?.x).toEqual([
      10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000,
    ]);
    expect(result.chart?.series[0]!.values[0]).toBeCloseTo(20, 10);
    expect(result.chart?.series[0]!.values.at(-1)).toBeCloseTo(20_000, 6);
    expect(result.chart).toMatchObject({ xScale: 'log', yScale: 'log' });
    expect(table(result, 'volume')!.rows).toHaveLength(10);
  });

  it('breaks the cost down by bucket', () => {
    // Batch example: standard half 0.5 × ($0.001 + $0.0025), batch half 0.5 × ($0.0005 + $0.00125).
    const buckets = table(run({ userInputTokens: 1_000, outputTokens: 500, batchShare: 50 }), 'buckets')!;
    const row = (key: string) => buckets.rows.find((r) => r.key === key)!;
    expect(row('uncachedInput').perRequest).toBeCloseTo(0.00075, 12);
    expect(row('output').perRequest).toBeCloseTo(0.001875, 12);
    expect(row('total').perRequest).toBeCloseTo(0.002625, 12);
  });

  it('maps percentages to the engine’s shares', () => {
    const workload = workloadFrom({ ...bare, cacheHitRate: 90, retryRate: 5, mix: [{ model: 'gpt-5', share: 100 }] });
    expect(workload).toMatchObject({ cacheHitRate: 0.9, retryRate: 0.05, mix: [{ modelId: 'gpt-5', share: 1 }] });
  });

  it('exports the mix row by row to CSV', () => {
    const csv = resultCsv('T', inputs, inputs.defaults, evaluateFeatureCost(inputs.defaults), createFormatter('USD'));
    expect(csv).toContain('\r\ninput,mix.1.model,"Model mix, row 1: Model",claude-sonnet-4-5,\r\n');
    expect(csv).toContain('\r\ninput,mix.1.share,"Model mix, row 1: Share of calls",100,\r\n');
  });
});

describe('the 9× example on the committed catalog', () => {
  const example = featureCostModel.examples!.find((candidate) => candidate.id === 'compounding')!;
  const variant = { ...inputs.defaults, ...example.values } as Inputs;
  const base = { ...inputs.defaults, ...example.baseline } as Inputs;

  it('costs 9× its baseline: Sonnet 4.6 ($3/M) against Haiku 4.5 ($1/M), 2× the prompt, 1.5× the attempts', () => {
    const ratio =
      (metric(evaluateFeatureCost(variant), 'monthly') ?? 0) / (metric(evaluateFeatureCost(base), 'monthly') ?? 1);
    expect(ratio).toBeCloseTo(9, 9);
  });

  it('names the three factors and their product', () => {
    const [text] = explainComparison(variant, base);
    const values = Object.fromEntries(Object.entries(text!.values!).map(([key, q]) => [key, q.value]));
    expect(values.prompt).toBeCloseTo(2, 12);
    expect(values.price).toBeCloseTo(3, 12);
    expect(values.attempts).toBeCloseTo(1.5, 12);
    expect(values.product).toBeCloseTo(9, 12);
  });
});

describe('properties', () => {
  it('never throws and keeps every number finite (or an explicit null), for any valid inputs', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs, { mix: mixArbitrary }), (values) => {
        expect(nonFinite(evaluateFeatureCost(values))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
