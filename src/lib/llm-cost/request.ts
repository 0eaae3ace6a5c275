/**
 * The cost of one request: tokens per bucket × the bucket's price ÷ 1,000,000, summed. Every other cost in the
 * engine (workloads, rankings, levers, budgets) is built from this function.
 */
import type { ModelPricing } from '../llm-pricing/schema.ts';
import {
  bucketLabels,
  bucketNames,
  emptyBuckets,
  totalInputTokens,
  type Bucket,
  type TokenBuckets,
} from './buckets.ts';
import { formatPrice, formatTokens, formatUsd, lazyStep, type Step, type Warning } from './math.ts';
import { resolvePrices, type BucketPrice, type ServiceTier, type UnpricedModel } from './prices.ts';

export interface RequestCost {
  ok: true;
  modelId: string;
  total: number;
  byBucket: Record<Bucket, number>;
  prices: Record<Bucket, BucketPrice>;
  inputTokens: number;
  longContextAbove: number | null;
  appliedTier: ServiceTier;
  steps: Step[];
  warnings: Warning[];
}

export type RequestCostResult = RequestCost | UnpricedModel;

const fallbackWarnings: Record<NonNullable<BucketPrice['fallback']>, (model: ModelPricing) => Warning> = {
  'cache-read-unpriced': (model) => ({
    level: 'warning',
    code: 'cache-read-unpriced',
    modelId: model.id,
    message: `${model.name} has no cache-read price: cached tokens are billed as uncached input.`,
  }),
  'no-write-fee': (model) => ({
    level: 'note',
    code: 'no-write-fee',
    modelId: model.id,
    message: `${model.name} lists no cache-write fee: tokens written to the cache are billed as ordinary input.`,
  }),
  'cache-write-1h-unpriced': (model) => ({
    level: 'warning',
    code: 'cache-write-1h-unpriced',
    modelId: model.id,
    message: `${model.name} has no 1-hour cache-write price: billed at the 5-minute price, which may undercount.`,
  }),
  'reasoning-as-output': (model) => ({
    level: 'note',
    code: 'reasoning-as-output',
    modelId: model.id,
    message: `${model.name}: reasoning tokens are billed as output tokens.`,
  }),
};

/** Prices one request's token buckets on a model in a service tier, with its steps and warnings. */
export function priceRequest(
  model: ModelPricing,
  buckets: TokenBuckets,
  serviceTier: ServiceTier = 'standard',
  group = model.name,
): RequestCostResult {
  const inputTokens = totalInputTokens(buckets);
  const resolved = resolvePrices(model, serviceTier, inputTokens);
  if (!resolved.ok) return resolved;

  const steps: Step[] = [];
  const warnings: Warning[] = [];
  if (resolved.tierFallback) {
    warnings.push({ level: 'warning', code: 'tier-unpriced', modelId: model.id, message: resolved.tierFallback });
  }
  if (model.contextWindow !== null && inputTokens > model.contextWindow) {
    warnings.push({
      level: 'warning',
      code: 'context-window',
      modelId: model.id,
      message: `${formatTokens(inputTokens)} input tokens exceed ${model.name}'s context window of ${formatTokens(model.contextWindow)}.`,
    });
  }
  if (model.longContext.length > 0) {
    const above = resolved.longContextAbove;
    steps.push(
      lazyStep(
        {
          group,
          label: 'Long-context tier',
          formula: 'input = uncached + cache read + cache writes; a tier applies when input exceeds its threshold',
          value: inputTokens,
        },
        () =>
          `${formatTokens(buckets.uncachedInput)} + ${formatTokens(buckets.cacheRead)} + ` +
          `${formatTokens(buckets.cacheWrite5m + buckets.cacheWrite1h)} = ${formatTokens(inputTokens)} → ` +
          (above === null
            ? `at or below ${formatTokens(model.longContext[0]!.aboveInputTokens)}: base prices`
            : `above ${formatTokens(above)}: long-context prices for the whole request`),
      ),
    );
  }

  const byBucket = emptyBuckets();
  let total = 0;
  for (const bucket of bucketNames) {
    const tokens = buckets[bucket];
    if (tokens === 0) continue;
    const price = resolved.prices[bucket];
    const cost = (tokens * price.usdPerMillion) / 1_000_000;
    byBucket[bucket] = cost;
    total += cost;
    steps.push(
      lazyStep(
        {
          group,
          label: bucketLabels[bucket],
          formula: 'tokens × price per million ÷ 1,000,000',
          value: cost,
          ...(price.origin ? { note: price.origin } : {}),
        },
        () => `${formatTokens(tokens)} × ${formatPrice(price.usdPerMillion)} ÷ 1,000,000 = ${formatUsd(cost)}`,
      ),
    );
    if (price.fallback) warnings.push(fallbackWarnings[price.fallback](model));
  }
  steps.push(
    lazyStep(
      { group, label: 'Request total', formula: 'sum of the buckets', value: total },
      () =>
        `${
          bucketNames
            .filter((b) => buckets[b] !== 0)
            .map((b) => formatUsd(byBucket[b]))
            .join(' + ') || 'no tokens'
        } = ${formatUsd(total)}`,
    ),
  );

  return {
    ok: true,
    modelId: model.id,
    total,
    byBucket,
    prices: resolved.prices,
    inputTokens,
    longContextAbove: resolved.longContextAbove,
    appliedTier: resolved.appliedTier,
    steps,
    warnings,
  };
}
