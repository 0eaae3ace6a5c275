/**
 * The cost of one prompt on every model: sent uncached, read from the cache, and written to it. Each model is
 * charged for the count of its own tokenizer: exact for OpenAI encodings, the "≈" estimate for the others.
 * A prompt below the model's minimum cacheable size (./cache-minimum.ts, the rule the feature cost tool uses) is
 * never cached: its cache-read and cache-write columns are the uncached price.
 */
import type { ModelPricing, TokenizerId } from '../llm-pricing/schema.ts';
import { toBuckets } from './buckets.ts';
import { cacheableTokens } from './cache-minimum.ts';
import type { Warning } from './math.ts';
import type { UnpricedModel } from './prices.ts';
import { priceRequest } from './request.ts';

/** Token counts of one text by counting method (the worker's result, keyed by method). */
export type CountsByMethod = Partial<Record<TokenizerId, number>>;

export interface PromptCostRow {
  model: ModelPricing;
  tokens: number;
  /** False when the count is the heuristic estimate. */
  exact: boolean;
  /** The prompt sent as uncached input. */
  uncached: number;
  /** The prompt read from the cache (at the input price when the model has no cache-read price). */
  cached: number;
  /** The prompt written to the cache for 5 minutes (at the input price when there is no write fee). */
  cacheWrite: number;
  longContextAbove: number | null;
  /** False when the prompt is below the model's minimum cacheable size, so reads and writes are priced uncached. */
  cacheable: boolean;
  warnings: Warning[];
}

export interface PromptCosts {
  rows: PromptCostRow[];
  unpriced: UnpricedModel[];
  /** Models whose tokenizer was not counted and no estimate was given either. */
  uncounted: ModelPricing[];
}

/** Prices a prompt of the counted size on each model, cheapest uncached first. */
export function promptCosts(counts: CountsByMethod, models: readonly ModelPricing[]): PromptCosts {
  const rows: PromptCostRow[] = [];
  const unpriced: UnpricedModel[] = [];
  const uncounted: ModelPricing[] = [];
  for (const model of models) {
    const own = counts[model.tokenizer];
    const tokens = own ?? counts.estimate;
    if (tokens === undefined) {
      uncounted.push(model);
      continue;
    }
    const cacheable = cacheableTokens(model, tokens);
    const rest = tokens - cacheable.tokens;
    const uncached = priceRequest(model, toBuckets({ uncachedInput: tokens }));
    const cached = priceRequest(model, toBuckets({ cacheRead: cacheable.tokens, uncachedInput: rest }));
    const write = priceRequest(model, toBuckets({ cacheWrite5m: cacheable.tokens, uncachedInput: rest }));
    if (!uncached.ok || !cached.ok || !write.ok) {
      unpriced.push(uncached.ok ? (cached.ok ? (write as UnpricedModel) : cached) : uncached);
      continue;
    }
    rows.push({
      model,
      tokens,
      exact: own !== undefined && model.tokenizer !== 'estimate',
      uncached: uncached.total,
      cached: cached.total,
      cacheWrite: write.total,
      longContextAbove: uncached.longContextAbove,
      cacheable: cacheable.warning === undefined,
      warnings: [
        ...uncached.warnings,
        ...cached.warnings,
        ...write.warnings,
        ...(cacheable.warning ? [cacheable.warning] : []),
      ],
    });
  }
  rows.sort((a, b) => a.uncached - b.uncached || a.model.name.localeCompare(b.model.name));
  return { rows, unpriced, uncounted };
}
