import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketNames, type TokenBuckets } from '../../../src/lib/llm-cost/buckets';
import { planBudget } from '../../../src/lib/llm-cost/budget';
import { budgetPlanSchema } from '../../../src/lib/llm-cost/budget-schema';
import { codingRoi } from '../../../src/lib/llm-cost/coding-roi';
import { codingRoiSchema } from '../../../src/lib/llm-cost/coding-roi-schema';
import { serviceTiers } from '../../../src/lib/llm-cost/prices';
import { priceRequest } from '../../../src/lib/llm-cost/request';
import { featureWorkloadSchema, type FeatureWorkload } from '../../../src/lib/llm-cost/schemas';
import { fromOpenAiUsage } from '../../../src/lib/llm-cost/usage';
import { estimateFeature } from '../../../src/lib/llm-cost/workload';
import type { ModelPricing, ServiceTierPrices, TokenPrices } from '../../../src/lib/llm-pricing/schema';
import { testModel } from './fixture-models';

/** Prices the schema accepts: 0 (free) or $0.000001 to $200 per million. */
const price = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 200, noNaN: true, noDefaultInfinity: true }));
const optionalPrice = fc.option(price, { nil: null });
const multiplier = fc.double({ min: 1, max: 4, noNaN: true, noDefaultInfinity: true });
const tokens = fc.integer({ min: 0, max: 3_000_000 });

const tierPrices = (base: { input: number; output: number }) =>
  fc.option(
    fc
      .record({ ratio: fc.double({ min: 0.1, max: 2, noNaN: true }), cacheRead: optionalPrice })
      .map(({ ratio, cacheRead }): ServiceTierPrices => ({
        input: base.input * ratio,
        output: base.output * ratio,
        cacheRead,
        cacheWrite5m: null,
        derived: false,
      })),
    { nil: null },
  );

/**
 * Any model the catalog could hold. Long-context prices are never below the base ones (as with every vendor),
 * which is what makes cost monotonic in tokens.
 */
const model: fc.Arbitrary<ModelPricing> = fc
  .record({
    input: price,
    output: price,
    cacheRead: optionalPrice,
    cacheWrite5m: optionalPrice,
    cacheWrite1h: optionalPrice,
    reasoning: optionalPrice,
  })
  .chain((prices) =>
    fc.record({
      prices: fc.constant(prices as TokenPrices),
      batch: tierPrices(prices),
      flex: tierPrices(prices),
      priority: tierPrices(prices),
      longContext: fc.option(
        fc.record({
          above: fc.integer({ min: 1, max: 2_000_000 }),
          kIn: multiplier,
          kOut: multiplier,
          explicitCache: fc.boolean(),
        }),
        { nil: null },
      ),
    }),
  )
  .map(({ prices, batch, flex, priority, longContext }) =>
    testModel({
      id: 'm',
      prices,
      batch,
      flex,
      priority,
      longContext: longContext
        ? [
            {
              aboveInputTokens: longContext.above,
              prices: {
                input: prices.input! * longContext.kIn,
                output: prices.output! * longContext.kOut,
                cacheRead:
                  longContext.explicitCache && prices.cacheRead !== null ? prices.cacheRead * longContext.kIn : null,
                cacheWrite5m: null,
                cacheWrite1h: null,
                reasoning: null,
              },
              priority: null,
            },
          ]
        : [],
    }),
  );

const buckets: fc.Arbitrary<TokenBuckets> = fc.record({
  uncachedInput: tokens,
  cacheRead: tokens,
  cacheWrite5m: tokens,
  cacheWrite1h: tokens,
  output: tokens,
  reasoning: tokens,
});

const tier = fc.constantFrom(...serviceTiers);

describe('priceRequest properties', () => {
  it('is finite and non-negative, bucket by bucket', () => {
    fc.assert(
      fc.property(model, buckets, tier, (m, b, t) => {
        const result = priceRequest(m, b, t);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(Number.isFinite(result.total)).toBe(true);
        expect(result.total).toBeGreaterThanOrEqual(0);
        for (const name of bucketNames) expect(result.byBucket[name]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never falls when tokens are added to any bucket', () => {
    fc.assert(
      fc.property(model, buckets, tier, fc.constantFrom(...bucketNames), tokens, (m, b, t, bucket, extra) => {
        const before = priceRequest(m, b, t);
        const after = priceRequest(m, { ...b, [bucket]: b[bucket] + extra }, t);
        if (!before.ok || !after.ok) throw new Error('priced models only');
        expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9 * Math.max(1, before.total));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Workloads within the schema's bounds, on one model. */
const workload = (modelId: string): fc.Arbitrary<FeatureWorkload> =>
  fc
    .record({
      requestsPerDay: fc.double({ min: 0, max: 1e7, noNaN: true }),
      users: fc.integer({ min: 1, max: 1e6 }),
      callsPerRequest: fc.double({ min: 1, max: 20, noNaN: true }),
      systemPromptTokens: fc.integer({ min: 0, max: 300_000 }),
      cacheableShare: fc.double({ min: 0, max: 1, noNaN: true }),
      contextTokens: fc.integer({ min: 0, max: 300_000 }),
      userInputTokens: fc.integer({ min: 0, max: 50_000 }),
      outputTokens: fc.integer({ min: 0, max: 50_000 }),
      reasoningTokens: fc.integer({ min: 0, max: 50_000 }),
      cache: fc.constantFrom('off', '5m', '1h'),
      cacheHitRate: fc.double({ min: 0, max: 1, noNaN: true }),
      cacheWarmthFromTraffic: fc.boolean(),
      retryRate: fc.double({ min: 0, max: 3, noNaN: true }),
      retryOutputShare: fc.double({ min: 0, max: 1, noNaN: true }),
      retryCache: fc.constantFrom('warm', 'cold'),
      batchShare: fc.double({ min: 0, max: 1, noNaN: true }),
      serviceTier: fc.constantFrom('standard', 'flex', 'priority'),
    })
    .map((w) => featureWorkloadSchema.parse({ ...w, mix: [{ modelId, share: 1 }] }));

describe('estimateFeature properties', () => {
  it('gives finite, non-negative costs for every valid workload', () => {
    fc.assert(
      fc.property(model, workload('m'), (m, w) => {
        const result = estimateFeature(w, [m]);
        if (!result.ok) throw new Error(result.message);
        for (const value of [result.perRequest, result.monthly, result.perUserMonthly]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        for (const name of bucketNames) expect(Number.isFinite(result.monthlyByBucket[name])).toBe(true);
      }),
    );
  });

  it('never costs more with a higher cache hit rate when reads cost no more than input and writes no less', () => {
    const cachingModel = fc
      .record({
        input: price,
        output: price,
        readShare: fc.double({ min: 0, max: 1, noNaN: true }),
        writeK: multiplier,
      })
      .map(({ input, output, readShare, writeK }) =>
        testModel({
          id: 'm',
          prices: {
            input,
            output,
            cacheRead: input * readShare,
            cacheWrite5m: input * writeK,
            cacheWrite1h: input * writeK * 1.6,
          },
        }),
      );
    fc.assert(
      fc.property(
        cachingModel,
        workload('m'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, w, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowCost = estimateFeature({ ...w, cacheHitRate: low }, [m]);
          const highCost = estimateFeature({ ...w, cacheHitRate: high }, [m]);
          if (!lowCost.ok || !highCost.ok) throw new Error('priced');
          expect(highCost.perRequest).toBeLessThanOrEqual(lowCost.perRequest * (1 + 1e-9) + 1e-15);
        },
      ),
    );
  });

  it('prices a routing mix between its cheapest and dearest model', () => {
    fc.assert(
      fc.property(model, model, workload('a'), fc.double({ min: 0, max: 1, noNaN: true }), (m1, m2, w, share) => {
        const a = { ...m1, id: 'a' };
        const b = { ...m2, id: 'b' };
        const alone = (id: string) => estimateFeature({ ...w, mix: [{ modelId: id, share: 1 }] }, [a, b]);
        const mixed = estimateFeature(
          {
            ...w,
            mix: [
              { modelId: 'a', share },
              { modelId: 'b', share: 1 - share },
            ],
          },
          [a, b],
        );
        const [ra, rb] = [alone('a'), alone('b')];
        if (!ra.ok || !rb.ok || !mixed.ok) throw new Error('priced');
        const tolerance = 1e-9 * Math.max(1, ra.perRequest, rb.perRequest);
        expect(mixed.perRequest).toBeGreaterThanOrEqual(Math.min(ra.perRequest, rb.perRequest) - tolerance);
        expect(mixed.perRequest).toBeLessThanOrEqual(Math.max(ra.perRequest, rb.perRequest) + tolerance);
      }),
    );
  });
});

describe('usage adapter properties', () => {
  it('splits OpenAI prompt and completion tokens without losing or doubling any', () => {
    fc.assert(
      fc.property(
        tokens,
        tokens,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (prompt, completion, c, r) => {
          const cached = Math.floor(prompt * c);
          const reasoning = Math.floor(completion * r);
          const result = fromOpenAiUsage({
            prompt_tokens: prompt,
            completion_tokens: completion,
            prompt_tokens_details: { cached_tokens: cached },
            completion_tokens_details: { reasoning_tokens: reasoning },
          });
          if (!result.ok) throw new Error(result.error);
          expect(result.buckets.uncachedInput + result.buckets.cacheRead).toBe(prompt);
          expect(result.buckets.output + result.buckets.reasoning).toBe(completion);
        },
      ),
    );
  });
});

describe('coding assistant and budget properties', () => {
  const finiteNumbers = (value: unknown): number[] =>
    typeof value === 'number'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(finiteNumbers)
        : [];

  it('never returns NaN or Infinity for valid ROI inputs', () => {
    fc.assert(
      fc.property(
        fc.record({
          developers: fc.integer({ min: 1, max: 10_000 }),
          seatPricePerMonth: fc.double({ min: 0, max: 10_000, noNaN: true }),
          meteredPerDeveloperMonth: fc.double({ min: 0, max: 10_000, noNaN: true }),
          annualSalary: fc.double({ min: 1000, max: 1e6, noNaN: true }),
          loadedMultiplier: fc.double({ min: 1, max: 4, noNaN: true }),
          hoursWorkedPerYear: fc.double({ min: 100, max: 4000, noNaN: true }),
          hoursPerWeek: fc.double({ min: 1, max: 100, noNaN: true }),
          benefit: fc.oneof(
            fc.record({
              kind: fc.constant('hours' as const),
              hoursSavedPerWeek: fc.double({ min: 0, max: 80, noNaN: true }),
            }),
            fc.record({
              kind: fc.constant('cycle-time' as const),
              cycleTimeReduction: fc.double({ min: 0, max: 1, noNaN: true }),
              shareOfTimeAffected: fc.double({ min: 0, max: 1, noNaN: true }),
            }),
          ),
        }),
        (input) => {
          const result = codingRoi(codingRoiSchema.parse(input));
          for (const value of finiteNumbers(result)) expect(Number.isFinite(value)).toBe(true);
        },
      ),
    );
  });

  it('never returns NaN or Infinity for valid budget plans', () => {
    const names = fc.constantFrom('ana', 'ben', 'chen', 'api', 'web');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ developer: names, repository: names, dailyCost: fc.double({ min: 0, max: 1e4, noNaN: true }) }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.array(
          fc.record({
            scope: fc.constantFrom('team', 'developer', 'repository'),
            period: fc.constantFrom('day', 'week', 'month'),
            limit: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
            softShare: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { maxLength: 5 },
        ),
        fc.integer({ min: 1, max: 7 }),
        (entries, budgets, workingDaysPerWeek) => {
          const report = planBudget(budgetPlanSchema.parse({ entries, budgets, workingDaysPerWeek }));
          for (const value of finiteNumbers({ ...report, checks: report.checks.map(({ rule: _rule, ...c }) => c) })) {
            expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
    );
  });
});
