import { describe, expect, it } from 'vitest';
import { toBuckets } from '../../../src/lib/llm-cost/buckets';
import { priceRequest } from '../../../src/lib/llm-cost/request';
import { catalog, findModel } from '../../../src/lib/llm-pricing/catalog';
import { curatedModels } from '../../../src/lib/llm-pricing/curated';
import { catalogSchema, unpricedFields } from '../../../src/lib/llm-pricing/schema';

describe('the committed catalog (npm run prices:update)', () => {
  it('matches the schema the engine reads', () => {
    const result = catalogSchema.safeParse(catalog);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is the 2026-07-24 LiteLLM snapshot, attributed', () => {
    expect(catalog.snapshotDate).toBe('2026-07-24');
    expect(catalog.source).toMatchObject({ name: expect.stringMatching(/LiteLLM/), license: 'MIT' });
  });

  it('holds every curated model, once, in the curated order', () => {
    expect(catalog.models.map((m) => m.id)).toEqual(curatedModels.map((m) => m.id));
  });

  it('has the three vendors and open models', () => {
    const families = new Set(catalog.models.map((m) => m.family));
    expect([...families].sort()).toEqual(['anthropic', 'google', 'open', 'openai']);
  });

  it.each(catalog.models.map((m) => [m.id, m] as const))('%s is consistent', (_id, model) => {
    expect(model.prices.input).not.toBeNull();
    expect(model.prices.output).not.toBeNull();
    expect(model.unpriced).toEqual(unpricedFields(model));
    const thresholds = model.longContext.map((t) => t.aboveInputTokens);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
  });

  it('prices a 1-hour cache write above 200k on Sonnet 4.5 at $6 × 2 = $12 per million', () => {
    const sonnet = findModel('claude-sonnet-4-5')!;
    // 100,000 written for 1 h + 150,000 uncached = 250,000 input > 200k: 100,000 × $12/M = $1.20 for the write.
    const result = priceRequest(sonnet, toBuckets({ cacheWrite1h: 100_000, uncachedInput: 150_000 }));
    expect(result.ok && result.prices.cacheWrite1h.usdPerMillion).toBe(12);
    expect(result.ok && result.byBucket.cacheWrite1h).toBeCloseTo(1.2, 12);
  });
});
