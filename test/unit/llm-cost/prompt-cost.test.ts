import { describe, expect, it } from 'vitest';
import { promptCosts } from '../../../src/lib/llm-cost/prompt-cost';
import { applyPriceOverrides, priceOverridesSchema } from '../../../src/lib/llm-pricing/schema';
import { gpt5, sonnet45, testModel } from './fixture-models';

const gpt5Exact = { ...gpt5, tokenizer: 'o200k_base' as const };
const mystery = testModel({ id: 'mystery', name: 'Mystery', prices: { output: 1 } });

describe('promptCosts', () => {
  const result = promptCosts({ o200k_base: 10_000, estimate: 12_000 }, [sonnet45, gpt5Exact, mystery]);

  it.each([
    // GPT-5 with its exact o200k count: 10,000 × $1.25 = $0.0125 uncached; × $0.125 = $0.00125 cached;
    // no write fee: 10,000 × $1.25 = $0.0125 written.
    ['gpt-5', 10_000, true, 0.0125, 0.00125, 0.0125],
    // Sonnet 4.5 with the estimate: 12,000 × $3 = $0.036; × $0.30 = $0.0036; × $3.75 = $0.045.
    ['claude-sonnet-4-5', 12_000, false, 0.036, 0.0036, 0.045],
  ])('%s: %i tokens (exact %s)', (id, tokens, exact, uncached, cached, write) => {
    const row = result.rows.find((r) => r.model.id === id)!;
    expect(row).toMatchObject({ tokens, exact });
    expect(row.uncached).toBeCloseTo(uncached, 12);
    expect(row.cached).toBeCloseTo(cached, 12);
    expect(row.cacheWrite).toBeCloseTo(write, 12);
  });

  it('orders by uncached cost and lists unpriced models apart', () => {
    expect(result.rows.map((r) => r.model.id)).toEqual(['gpt-5', 'claude-sonnet-4-5']);
    expect(result.unpriced.map((u) => u.modelId)).toEqual(['mystery']);
  });

  // One rule with the feature cost tool (cache-minimum.ts): below the model's minimum cacheable size nothing is
  // cached, so the read and write columns are the uncached price.
  const haiku = testModel({
    id: 'haiku-like',
    name: 'Haiku-like',
    family: 'anthropic',
    cacheMinTokens: 4_096,
    prices: { input: 1, output: 5, cacheRead: 0.1, cacheWrite5m: 1.25 },
  });
  it.each([
    // GPT-5 (minimum 1,024): 1,000 tokens are not cached: read = 1,000 × $1.25 = $0.00125 (was $0.000125).
    ['gpt-5 below 1,024', gpt5Exact, 1_000, false, 0.00125, 0.00125],
    // At exactly 1,024 it is cached: 1,024 × $0.125 = $0.000128; write (no fee) 1,024 × $1.25 = $0.00128.
    ['gpt-5 at 1,024', gpt5Exact, 1_024, true, 0.000128, 0.00128],
    // A 4,096-token minimum (Claude Haiku 4.5 in the catalog): 3,000 tokens read = 3,000 × $1 = $0.003
    // (was 3,000 × $0.10 = $0.0003); written = $0.003 (was 3,000 × $1.25 = $0.00375).
    ['a 4,096-token minimum', haiku, 3_000, false, 0.003, 0.003],
  ])('%s', (_, model, tokens, cacheable, cached, write) => {
    const row = promptCosts({ o200k_base: tokens, estimate: tokens }, [model]).rows[0]!;
    expect(row.cacheable).toBe(cacheable);
    expect(row.cached).toBeCloseTo(cached, 12);
    expect(row.cacheWrite).toBeCloseTo(write, 12);
    expect(row.warnings.some((warning) => warning.code === 'below-cache-minimum')).toBe(!cacheable);
  });

  it('leaves out models it has no count for', () => {
    expect(promptCosts({ o200k_base: 5 }, [sonnet45]).uncounted.map((m) => m.id)).toEqual(['claude-sonnet-4-5']);
  });
});

describe('price overrides', () => {
  it('applies a visitor’s edit and recomputes what is unpriced', () => {
    const overrides = priceOverridesSchema.parse({ mystery: { input: 2 }, 'gpt-5': { cacheWrite5m: 1.5625 } });
    const [editedMystery, editedGpt5] = applyPriceOverrides([mystery, gpt5], overrides);
    expect(editedMystery!.prices.input).toBe(2);
    expect(editedMystery!.unpriced).not.toContain('input');
    expect(editedGpt5!.prices).toMatchObject({ input: 1.25, cacheWrite5m: 1.5625 });
  });

  it('rejects a negative or non-numeric price', () => {
    expect(priceOverridesSchema.safeParse({ 'gpt-5': { input: -1 } }).success).toBe(false);
    expect(priceOverridesSchema.safeParse({ 'gpt-5': { input: 'cheap' } }).success).toBe(false);
  });
});
