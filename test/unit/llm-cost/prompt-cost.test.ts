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
