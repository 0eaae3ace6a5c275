import { describe, expect, it } from 'vitest';
import { toBuckets, type TokenBuckets } from '../../../src/lib/llm-cost/buckets';
import { resolvePrices, type ServiceTier } from '../../../src/lib/llm-cost/prices';
import { priceRequest, type RequestCost } from '../../../src/lib/llm-cost/request';
import type { ModelPricing } from '../../../src/lib/llm-pricing/schema';
import { gpt5, gpt56, sonnet45, sonnet45Sparse, testModel } from './fixture-models';

function cost(model: ModelPricing, buckets: Partial<TokenBuckets>, tier: ServiceTier = 'standard'): RequestCost {
  const result = priceRequest(model, toBuckets(buckets), tier);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('long-context tiers: the threshold counts every input token, cached or not', () => {
  describe.each([
    // 200,000 × $3/M = $0.60: at the threshold, base prices.
    ['200,000 uncached', sonnet45, { uncachedInput: 200_000 }, 0.6, null],
    // 200,001 × $6/M = $1.200006: one token over, the whole request at the long-context price.
    ['200,001 uncached', sonnet45, { uncachedInput: 200_001 }, 1.200006, 200_000],
    // 200,000 × $3 + 1,000 × $15 = 0.60 + 0.015 = $0.615.
    ['200,000 in + 1,000 out', sonnet45, { uncachedInput: 200_000, output: 1_000 }, 0.615, null],
    // 200,001 × $6 + 1,000 × $22.50 = 1.200006 + 0.0225 = $1.222506.
    ['200,001 in + 1,000 out', sonnet45, { uncachedInput: 200_001, output: 1_000 }, 1.222506, 200_000],
    // Input = 50,001 + 150,000 read = 200,001 > 200k: 50,001 × $6 + 150,000 × $0.60 = 0.300006 + 0.09 = $0.390006.
    // (Ignoring cached tokens would wrongly price 50,001 × $3 + 150,000 × $0.30 = $0.195003.)
    ['50,001 + 150,000 cache read', sonnet45, { uncachedInput: 50_001, cacheRead: 150_000 }, 0.390006, 200_000],
    // 1-hour cache write above 200k: $6 × 2 = $12/M; 250,000 × $12 = $3.00.
    ['250,000 written for 1 h', sonnet45, { cacheWrite1h: 250_000 }, 3, 200_000],
    // Same, with the tier's cache prices absent: derived as $6 (1-h write) × ($6 ÷ $3) = $12/M → $3.00.
    ['250,000 written for 1 h, derived', sonnet45Sparse, { cacheWrite1h: 250_000 }, 3, 200_000],
    // 5-minute write above 200k, derived: $3.75 × 2 = $7.50/M; 210,000 × $7.50 = $1.575.
    ['210,000 written for 5 min, derived', sonnet45Sparse, { cacheWrite5m: 210_000 }, 1.575, 200_000],
    // GPT-5.6 at 272,000: 272,000 × $5 = $1.36; at 272,001: 272,001 × $10 = $2.72001.
    ['GPT-5.6 272,000', gpt56, { uncachedInput: 272_000 }, 1.36, null],
    ['GPT-5.6 272,001', gpt56, { uncachedInput: 272_001 }, 2.72001, 272_000],
  ])('%s', (_label, model, buckets, expected, tier) => {
    const result = cost(model, buckets);
    it(`costs $${expected}`, () => expect(result.total).toBeCloseTo(expected, 9));
    it(`applies the tier above ${tier ?? 'none'}`, () => expect(result.longContextAbove).toBe(tier));
  });
});

describe('service tiers', () => {
  it.each([
    // Sonnet 4.5 batch (derived 50 %): 100,000 × $1.50 + 10,000 × $7.50 = 0.15 + 0.075 = $0.225.
    ['Sonnet 4.5 batch', sonnet45, 'batch', { uncachedInput: 100_000, output: 10_000 }, 0.225],
    // Standard: 100,000 × $3 + 10,000 × $15 = 0.30 + 0.15 = $0.45, twice the batch cost.
    ['Sonnet 4.5 standard', sonnet45, 'standard', { uncachedInput: 100_000, output: 10_000 }, 0.45],
    // Batch stacks with caching: cache read $0.30 × 0.5 = $0.15/M; 100,000 → $0.015.
    ['Sonnet 4.5 batch cache read', sonnet45, 'batch', { cacheRead: 100_000 }, 0.015],
    // Batch on top of long context: 1,000,000 × ($6 × 0.5) + 100,000 × ($22.50 × 0.5) = 3 + 1.125 = $4.125.
    ['Sonnet 4.5 batch above 200k', sonnet45, 'batch', { uncachedInput: 1_000_000, output: 100_000 }, 4.125],
    // GPT-5 batch (derived): 2,000,000 × $0.625 + 200,000 × $5 = 1.25 + 1 = $2.25.
    ['GPT-5 batch', gpt5, 'batch', { uncachedInput: 2_000_000, output: 200_000 }, 2.25],
    // GPT-5.6 flex, explicit cache write price: 100,000 × $3.125 = $0.3125.
    ['GPT-5.6 flex write', gpt56, 'flex', { cacheWrite5m: 100_000 }, 0.3125],
    // GPT-5.6 priority above 272k, derived: long-context $10 × (priority $10 ÷ standard $5) = $20/M; 300,000 → $6.
    ['GPT-5.6 priority long context', gpt56, 'priority', { uncachedInput: 300_000 }, 6],
    // GPT-5 priority: 1,000,000 × $2.50 = $2.50.
    ['GPT-5 priority', gpt5, 'priority', { uncachedInput: 1_000_000 }, 2.5],
  ] as const)('%s', (_label, model, tier, buckets, expected) => {
    expect(cost(model, buckets, tier).total).toBeCloseTo(expected, 9);
  });

  it('bills a tier the model lacks at the standard price and says so', () => {
    // Sonnet 4.5 has no flex tier: 100,000 × $3 = $0.30.
    const result = cost(sonnet45, { uncachedInput: 100_000 }, 'flex');
    expect(result.total).toBeCloseTo(0.3, 9);
    expect(result.appliedTier).toBe('standard');
    expect(result.warnings.map((w) => w.code)).toContain('tier-unpriced');
  });

  it('names derived batch prices in the steps', () => {
    const result = cost(sonnet45, { uncachedInput: 1_000 }, 'batch');
    expect(result.steps.find((s) => s.label === 'Uncached input')?.note).toMatch(/derived/);
  });
});

describe('missing prices are never zero', () => {
  it.each([
    // No cache-read price: 1,000,000 cached tokens billed as input, 1,000,000 × $2 = $2, with a warning.
    [
      'cache read unpriced',
      testModel({ id: 'a', prices: { input: 2, output: 8 } }),
      { cacheRead: 1_000_000 },
      2,
      'cache-read-unpriced',
    ],
    // No write fee (OpenAI before GPT-5.6): 1,000,000 written tokens billed as input = $1.25, a note.
    ['no write fee', gpt5, { cacheWrite5m: 1_000_000 }, 1.25, 'no-write-fee'],
    // No 1-hour price but a 5-minute one: 100,000 × $6.25 = $0.625 (may undercount), a warning.
    ['1-hour write unpriced', gpt56, { cacheWrite1h: 100_000 }, 0.625, 'cache-write-1h-unpriced'],
    // No reasoning price: billed as output, 1,000,000 × $10 = $10.
    ['reasoning as output', gpt5, { reasoning: 1_000_000 }, 10, 'reasoning-as-output'],
  ] as const)('%s', (_label, model, buckets, expected, code) => {
    const result = cost(model, buckets);
    expect(result.total).toBeCloseTo(expected, 9);
    expect(result.warnings.map((w) => w.code)).toContain(code);
  });

  it('refuses a model without an input or output price', () => {
    const result = priceRequest(
      testModel({ id: 'x', name: 'Mystery', prices: { output: 4 } }),
      toBuckets({ output: 10 }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.missing).toEqual(['input']);
      expect(result.message).toMatch(/unpriced, not free/);
    }
  });

  it('prices a model listed at zero as free, which is a price', () => {
    expect(
      cost(testModel({ id: 'free', prices: { input: 0, output: 0 } }), { uncachedInput: 1e6, output: 1e6 }).total,
    ).toBe(0);
  });
});

describe('show the math', () => {
  it('writes each bucket with its numbers substituted', () => {
    // 200,001 × $6/M ÷ 1,000,000 = $1.200006 → shown as "$1.20".
    const result = cost(sonnet45, { uncachedInput: 200_001 });
    const step = result.steps.find((s) => s.label === 'Uncached input');
    expect(step?.math).toBe('200,001 × $6/M ÷ 1,000,000 = $1.20');
    expect(result.steps.find((s) => s.label === 'Long-context tier')?.math).toMatch(/above 200,000/);
  });

  it('warns when the input exceeds the context window', () => {
    expect(cost(gpt5, { uncachedInput: 300_000 }).warnings.map((w) => w.code)).toContain('context-window');
  });
});

describe('resolvePrices', () => {
  it('derives long-context cache prices from the tier ratio (cache multipliers on top of the long-context price)', () => {
    const resolved = resolvePrices(sonnet45Sparse, 'standard', 250_000);
    expect(resolved.ok).toBe(true);
    if (resolved.ok) {
      // 0.30 × 2 = 0.60; 3.75 × 2 = 7.50; 6 × 2 = 12; output 22.50 from the tier.
      expect(resolved.prices.cacheRead.usdPerMillion).toBeCloseTo(0.6, 12);
      expect(resolved.prices.cacheWrite5m.usdPerMillion).toBeCloseTo(7.5, 12);
      expect(resolved.prices.cacheWrite1h.usdPerMillion).toBeCloseTo(12, 12);
      expect(resolved.prices.output.usdPerMillion).toBe(22.5);
    }
  });
});
