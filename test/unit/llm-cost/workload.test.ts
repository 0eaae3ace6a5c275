import { describe, expect, it } from 'vitest';
import { bucketNames } from '../../../src/lib/llm-cost/buckets';
import { computeLevers } from '../../../src/lib/llm-cost/levers';
import { rankModels } from '../../../src/lib/llm-cost/ranking';
import {
  featureWorkloadSchema,
  leverOptionsSchema,
  type FeatureWorkload,
  type FeatureWorkloadInput,
} from '../../../src/lib/llm-cost/schemas';
import {
  cacheWarmth,
  costAgainstVolume,
  daysPerMonth,
  estimateFeature,
  type FeatureEstimate,
} from '../../../src/lib/llm-cost/workload';
import type { ModelPricing } from '../../../src/lib/llm-pricing/schema';
import { gpt5, sonnet45, testModel } from './fixture-models';

const unit = testModel({ id: 'unit', name: 'Unit', prices: { input: 1, output: 1 } });
const triple = testModel({ id: 'triple', name: 'Triple', prices: { input: 3, output: 3 } });
const haiku = testModel({
  id: 'haiku',
  name: 'Haiku',
  family: 'anthropic',
  prices: { input: 1, output: 5, cacheRead: 0.1, cacheWrite5m: 1.25, cacheWrite1h: 2 },
  cacheMinTokens: 4096,
});
const models: ModelPricing[] = [unit, triple, gpt5, sonnet45, haiku];

function workload(overrides: Partial<FeatureWorkloadInput>): FeatureWorkload {
  return featureWorkloadSchema.parse({
    requestsPerDay: 1_000,
    users: 100,
    systemPromptTokens: 0,
    cacheableShare: 0,
    contextTokens: 0,
    userInputTokens: 1_000,
    outputTokens: 0,
    cache: 'off',
    cacheHitRate: 0,
    cacheWarmthFromTraffic: false,
    retryRate: 0,
    batchShare: 0,
    mix: [{ modelId: 'unit', share: 1 }],
    ...overrides,
  });
}

function estimate(overrides: Partial<FeatureWorkloadInput>): FeatureEstimate {
  const result = estimateFeature(workload(overrides), models);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the compounding example', () => {
  it('a 2× prompt on a 3× priced model with 1.5× retries costs 9× as much', () => {
    // Base: 1,000 prompt tokens × $1/M = $0.001 a request.
    const base = estimate({});
    // Variant: 1.5 attempts × 2,000 tokens × $3/M = $0.009 a request: 2 × 3 × 1.5 = 9.
    const variant = estimate({ userInputTokens: 2_000, retryRate: 0.5, mix: [{ modelId: 'triple', share: 1 }] });
    expect(base.perRequest).toBeCloseTo(0.001, 12);
    expect(variant.perRequest).toBeCloseTo(0.009, 12);
    expect(variant.perRequest / base.perRequest).toBeCloseTo(9, 12);
  });
});

describe('cost per request, per user, per month', () => {
  it('scales a request to a month of 30.4375 days and divides by users', () => {
    // $0.001 × 1,000 a day × 30.4375 = $30.4375 a month; ÷ 100 users = $0.304375.
    const result = estimate({});
    expect(result.requestsPerMonth).toBeCloseTo(30_437.5, 9);
    expect(result.monthly).toBeCloseTo(30.4375, 9);
    expect(result.perUserMonthly).toBeCloseTo(0.304375, 9);
  });

  it('adds up the buckets to the total', () => {
    const result = estimate({
      systemPromptTokens: 10_000,
      cacheableShare: 1,
      cache: '5m',
      cacheHitRate: 0.9,
      outputTokens: 500,
      mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
    });
    const sum = bucketNames.reduce((total, bucket) => total + result.perRequestByBucket[bucket], 0);
    expect(sum).toBeCloseTo(result.perRequest, 12);
    expect(result.monthlyByBucket.cacheRead).toBeCloseTo(
      result.perRequestByBucket.cacheRead * result.requestsPerMonth,
      9,
    );
  });
});

describe.each([
  // Prefix 10,000 (all cacheable), hit 90 %: 9,000 × $0.30 + 1,000 × $3.75 + 1,000 × $3 + 500 × $15
  // = 0.0027 + 0.00375 + 0.003 + 0.0075 = $0.01695.
  ['5-minute cache, 90 % hits', { cache: '5m', cacheHitRate: 0.9 }, 0.01695],
  // 1-hour writes at $6: 0.0027 + 0.006 + 0.003 + 0.0075 = $0.0192.
  ['1-hour cache, 90 % hits', { cache: '1h', cacheHitRate: 0.9 }, 0.0192],
  // No caching: 11,000 × $3 + 500 × $15 = 0.033 + 0.0075 = $0.0405.
  ['caching off', { cache: 'off', cacheHitRate: 0.9 }, 0.0405],
  // Hit rate 0 with caching on pays the write premium on every call: 10,000 × $3.75 + 0.003 + 0.0075 = $0.048.
  ['5-minute cache, no hits', { cache: '5m', cacheHitRate: 0 }, 0.048],
] as const)('caching on Sonnet 4.5: %s', (_label, cache, expected) => {
  it(`costs $${expected} a request`, () => {
    const result = estimate({
      systemPromptTokens: 10_000,
      cacheableShare: 1,
      outputTokens: 500,
      mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
      ...cache,
    });
    expect(result.perRequest).toBeCloseTo(expected, 12);
  });
});

describe('cache warmth from traffic', () => {
  it.each([
    // λ = 288 calls ÷ 86,400 s = 1/300 per second; 1 − e^(−300/300) = 1 − 1/e = 0.6321205588.
    [288, '5m', 1 - Math.exp(-1)],
    // One call a second keeps a 5-minute cache warm: 1 − e^(−300) ≈ 1.
    [86_400, '5m', 1],
    // 24 calls a day with a 1-hour lifetime: λ·TTL = 24/86,400 × 3,600 = 1 → 0.6321.
    [24, '1h', 1 - Math.exp(-1)],
  ] as const)('%i calls a day with a %s lifetime', (requestsPerDay, ttl, expected) => {
    const result = estimate({
      requestsPerDay,
      systemPromptTokens: 10_000,
      cacheableShare: 1,
      cache: ttl,
      cacheHitRate: 1,
      cacheWarmthFromTraffic: true,
      mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
    });
    expect(result.models[0]!.effectiveHitRate).toBeCloseTo(expected, 9);
  });

  it('is 1 − e^(−λ·TTL)', () => {
    expect(cacheWarmth(0, 300)).toBe(0);
    expect(cacheWarmth(1 / 300, 300)).toBeCloseTo(0.6321205588, 9);
  });

  it('does not cache a prefix shorter than the host minimum', () => {
    // Haiku caches 4,096 tokens or more; a 2,000-token prefix is not cached:
    // 3,000 × $1 = $0.003 a request, and a warning.
    const result = estimate({
      systemPromptTokens: 2_000,
      cacheableShare: 1,
      cache: '5m',
      cacheHitRate: 1,
      mix: [{ modelId: 'haiku', share: 1 }],
    });
    expect(result.perRequest).toBeCloseTo(0.003, 12);
    expect(result.warnings.map((w) => w.code)).toContain('below-cache-minimum');
  });
});

describe.each([
  // First attempt writes the 10,000-token prefix (no hits): 10,000 × $3.75 + 100 × $15 = 0.0375 + 0.0015 = $0.039.
  // A warm retry reads it: 10,000 × $0.30 + 0.0015 = $0.0045. One retry per call: 0.039 + 0.0045 = $0.0435.
  ['warm retry, output regenerated', { retryCache: 'warm', retryOutputShare: 1 }, 0.0435],
  // A cold retry writes again: 0.039 + 0.039 = $0.078.
  ['cold retry', { retryCache: 'cold', retryOutputShare: 1 }, 0.078],
  // The failed attempt had produced half its output: 0.039 + (0.003 + 50 × $15 = 0.00075) = $0.04275.
  ['warm retry, half the output billed', { retryCache: 'warm', retryOutputShare: 0.5 }, 0.04275],
] as const)('retries: %s', (_label, retry, expected) => {
  it(`costs $${expected} a request`, () => {
    const result = estimate({
      systemPromptTokens: 10_000,
      cacheableShare: 1,
      userInputTokens: 0,
      outputTokens: 100,
      cache: '5m',
      cacheHitRate: 0,
      retryRate: 1,
      mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
      ...retry,
    });
    expect(result.perRequest).toBeCloseTo(expected, 12);
  });
});

describe('service tiers and routing mix', () => {
  it.each<[string, Partial<FeatureWorkloadInput>, number]>([
    // GPT-5, 1,000 in + 100 out: standard 0.00125 + 0.001 = $0.00225; batch half = $0.001125;
    // half in batch: 0.5 × 0.00225 + 0.5 × 0.001125 = $0.0016875.
    ['half in batch', { batchShare: 0.5, mix: [{ modelId: 'gpt-5', share: 1 }] }, 0.0016875],
    // All flex: 1,000 × $0.625 + 100 × $5 = $0.001125.
    ['flex', { serviceTier: 'flex', mix: [{ modelId: 'gpt-5', share: 1 }] }, 0.001125],
    // 75 % GPT-5 ($0.00225) and 25 % Sonnet 4.5 (0.003 + 0.0015 = $0.0045): 0.0016875 + 0.001125 = $0.0028125.
    [
      'mix 75/25',
      {
        mix: [
          { modelId: 'gpt-5', share: 0.75 },
          { modelId: 'claude-sonnet-4-5', share: 0.25 },
        ],
      },
      0.0028125,
    ],
    // Two calls per request: 2 × 0.0028125 = $0.005625.
    [
      'mix, two calls a request',
      {
        callsPerRequest: 2,
        mix: [
          { modelId: 'gpt-5', share: 0.75 },
          { modelId: 'claude-sonnet-4-5', share: 0.25 },
        ],
      },
      0.005625,
    ],
  ])('%s', (_label, overrides, expected) => {
    expect(estimate({ outputTokens: 100, ...overrides }).perRequest).toBeCloseTo(expected, 12);
  });
});

describe('invalid workloads are rejected with a message', () => {
  it.each([
    ['shares not adding up', { mix: [{ modelId: 'unit', share: 0.5 }] }, /add up to 100 %/],
    ['negative tokens', { userInputTokens: -1 }, /negative/],
    ['NaN', { outputTokens: Number.NaN }, /.+/],
    ['Infinity', { requestsPerDay: Number.POSITIVE_INFINITY }, /.+/],
    ['no users', { users: 0 }, /at least one user/],
    ['hit rate above 100 %', { cacheHitRate: 1.5 }, /100 %/],
    [
      'a model twice',
      {
        mix: [
          { modelId: 'unit', share: 0.5 },
          { modelId: 'unit', share: 0.5 },
        ],
      },
      /once/,
    ],
  ] as const)('%s', (_label, overrides, message) => {
    const result = featureWorkloadSchema.safeParse({ ...workload({}), ...overrides });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.message).join(' ')).toMatch(message);
  });

  it('reports an unknown model instead of pricing it', () => {
    const result = estimateFeature(workload({ mix: [{ modelId: 'nope', share: 1 }] }), models);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unknownModels).toEqual(['nope']);
  });

  it('refuses to price a mix holding an unpriced model', () => {
    const mystery = testModel({ id: 'mystery', name: 'Mystery', prices: { output: 1 } });
    const result = estimateFeature(workload({ mix: [{ modelId: 'mystery', share: 1 }] }), [mystery]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unpriced.map((u) => u.modelId)).toEqual(['mystery']);
  });
});

describe('cost against volume', () => {
  it('is linear without caching: 10,000 requests × $0.001 = $10', () => {
    const curve = costAgainstVolume(workload({}), models);
    if (!curve.ok) throw new Error(curve.message);
    expect(curve.points[0]).toMatchObject({ requestsPerMonth: 10_000 });
    expect(curve.points[0]!.monthly).toBeCloseTo(10, 9);
    expect(curve.points.at(-1)!.monthly).toBeCloseTo(10_000, 6);
  });

  it('gets cheaper per request as traffic keeps the cache warm', () => {
    const curve = costAgainstVolume(
      workload({
        systemPromptTokens: 10_000,
        cacheableShare: 1,
        cache: '5m',
        cacheHitRate: 1,
        cacheWarmthFromTraffic: true,
        mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
      }),
      models,
    );
    if (!curve.ok) throw new Error(curve.message);
    const perRequest = curve.points.map((p) => p.perRequest);
    for (let i = 1; i < perRequest.length; i++) expect(perRequest[i]!).toBeLessThanOrEqual(perRequest[i - 1]!);
    expect(perRequest[0]!).toBeGreaterThan(perRequest.at(-1)!);
  });
});

describe('ranking every model for the same workload', () => {
  const free = testModel({ id: 'free', name: 'Free', prices: { input: 0, output: 0 } });
  const mystery = testModel({ id: 'mystery', name: 'Mystery', prices: { input: 1 } });
  const tiny = testModel({ id: 'tiny', name: 'Tiny', prices: { input: 0.01, output: 0.01 }, contextWindow: 500 });
  const ranking = rankModels(workload({ outputTokens: 100 }), [sonnet45, mystery, gpt5, free, tiny]);

  it('ranks priced models cheapest first; free is a price and ranks first', () => {
    // Free $0; GPT-5 0.00125 + 0.001 = $0.00225; Sonnet 0.003 + 0.0015 = $0.0045 a request.
    expect(ranking.ranked.map((r) => r.model.id)).toEqual(['free', 'gpt-5', 'claude-sonnet-4-5']);
    expect(ranking.ranked[1]!.perRequest).toBeCloseTo(0.00225, 12);
    expect(ranking.ranked[2]!.monthly / ranking.ranked[1]!.monthly).toBeCloseTo(2, 12);
  });

  it('lists unpriced models apart, labelled, never as free', () => {
    expect(ranking.excluded.map((e) => [e.model.id, e.reason])).toEqual([
      ['mystery', 'unpriced'],
      ['tiny', 'context-window'],
    ]);
    expect(ranking.excluded[0]!.message).toMatch(/unpriced, not free/);
  });
});

describe('levers', () => {
  // Sonnet 4.5, 10,000 requests a day; prompt 10,000 system + 5,000 context + 1,000 user = 16,000; output 500;
  // 0.2 retries. A call: (16,000 × $3 + 500 × $15) × 1.2 = (0.048 + 0.0075) × 1.2 = $0.0666.
  const base = workload({
    requestsPerDay: 10_000,
    systemPromptTokens: 10_000,
    cacheableShare: 1,
    contextTokens: 5_000,
    userInputTokens: 1_000,
    outputTokens: 500,
    retryRate: 0.2,
    mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
  });
  const month = 10_000 * daysPerMonth;
  const levers = computeLevers(base, models, leverOptionsSchema.parse({ smallModelId: 'haiku' }))!;
  const byId = Object.fromEntries(levers.map((lever) => [lever.id, lever]));

  it.each([
    // Caching at 80 %: first 8,000 × $0.30 + 2,000 × $3.75 + 6,000 × $3 + 0.0075 = $0.0354; warm retry
    // 10,000 × $0.30 + 0.018 + 0.0075 = $0.0285; a call 0.0354 + 0.2 × 0.0285 = $0.0411.
    ['caching', 0.0411],
    // Half the calls to Haiku: (16,000 × $1 + 500 × $5) × 1.2 = $0.0222; 0.5 × 0.0666 + 0.5 × 0.0222 = $0.0444.
    ['route', 0.0444],
    // Context 20 % shorter: (15,000 × $3 + 0.0075) × 1.2 = $0.063.
    ['trim-context', 0.063],
    // Retries capped at 0.05: 0.0555 × 1.05 = $0.058275.
    ['cap-retries', 0.058275],
    // Half in batch at half price: 0.0666 × 0.75 = $0.04995.
    ['batch', 0.04995],
  ])('%s brings a call to $%d', (id, perCall) => {
    const lever = byId[id]!;
    expect(lever.applicable).toBe(true);
    expect(lever.monthlyBefore).toBeCloseTo(0.0666 * month, 6);
    expect(lever.monthlyAfter).toBeCloseTo(perCall * month, 6);
    expect(lever.savings).toBeCloseTo((0.0666 - perCall) * month, 6);
  });

  it('says when a lever does not apply', () => {
    const none = computeLevers(workload({}), models, leverOptionsSchema.parse({}))!;
    const caching = none.find((lever) => lever.id === 'caching')!;
    expect(caching.applicable).toBe(false);
    expect(caching.reason).toMatch(/no system prompt/);
  });
});
