/**
 * The price of each token bucket for one request: the one place where long-context tiers, service tiers
 * (batch, flex, priority) and cache multipliers are combined. Sources (summarised in README, "LLM price
 * catalog"):
 * - Anthropic, pricing and prompt caching: long context above 200k input tokens (cache reads and writes included)
 *   prices the whole request at the long-context rate, and "cache multipliers apply on top of" it; batch is 50 %
 *   off and stacks with caching. https://docs.anthropic.com/en/docs/about-claude/pricing
 * - OpenAI, pricing: above 272k input tokens on GPT-5.4 to 5.6, 2× input and 1.5× output; Batch 50 % off input and
 *   output; flex and priority priced per model. https://platform.openai.com/docs/pricing
 * - Google, Gemini API pricing: Pro above 200k input tokens, 2× input and 1.5× output.
 *   https://ai.google.dev/gemini-api/docs/pricing
 * Where the catalog lacks a price, the derivation is named in `origin` and never silently zero.
 */
import type { LongContextTier, ModelPricing, ServiceTierPrices, TokenPrices } from '../llm-pricing/schema.ts';
import type { Bucket } from './buckets.ts';
import { formatPrice, formatNumber, formatTokens } from './math.ts';

export const serviceTiers = ['standard', 'batch', 'flex', 'priority'] as const;
export type ServiceTier = (typeof serviceTiers)[number];

/** The price one bucket is billed at, and how it was obtained when it is not the catalog's own figure. */
export interface BucketPrice {
  usdPerMillion: number;
  /** Empty when the catalog lists this exact price; otherwise how it was derived ("long-context 2× input × 0.1"). */
  origin: string;
  /** Set when the price stands in for a missing one (a cache read billed as input, …); the reason is in origin. */
  fallback?: 'cache-read-unpriced' | 'no-write-fee' | 'cache-write-1h-unpriced' | 'reasoning-as-output';
}

export interface ResolvedPrices {
  ok: true;
  requestedTier: ServiceTier;
  /** The tier actually priced: `standard` when the requested tier has no price for this model. */
  appliedTier: ServiceTier;
  /** Threshold of the long-context tier that applies, or null. */
  longContextAbove: number | null;
  prices: Record<Bucket, BucketPrice>;
  /** Set when the requested tier could not be priced. */
  tierFallback?: string;
}

export interface UnpricedModel {
  ok: false;
  modelId: string;
  missing: ('input' | 'output')[];
  message: string;
}

/** `a / b`, or 1 when b is 0 (a free base price gives no ratio to scale by). */
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 1);

/** The long-context tier a request with this many input tokens falls in: the highest threshold it exceeds. */
export function longContextTierFor(model: ModelPricing, inputTokens: number): LongContextTier | null {
  let applies: LongContextTier | null = null;
  for (const tier of model.longContext) if (inputTokens > tier.aboveInputTokens) applies = tier;
  return applies;
}

type MaybePrice = { value: number | null; origin: string };
type Side = 'input' | 'output';
const sideOf: Record<Exclude<keyof TokenPrices, 'input' | 'output'>, Side> = {
  cacheRead: 'input',
  cacheWrite5m: 'input',
  cacheWrite1h: 'input',
  reasoning: 'output',
};

/** Standard-tier prices with the long-context tier applied; missing tier prices scale the base by the tier ratio. */
function longContextPrices(
  base: TokenPrices & { input: number; output: number },
  tier: LongContextTier | null,
): { prices: Record<keyof TokenPrices, MaybePrice>; k: Record<Side, number> } {
  const input = tier?.prices.input ?? base.input;
  const output = tier?.prices.output ?? base.output;
  const k = { input: ratio(input, base.input), output: ratio(output, base.output) };
  const above = tier ? `long context above ${formatTokens(tier.aboveInputTokens)}` : '';
  const prices = {
    input: { value: input, origin: tier && tier.prices.input === null ? `${above}: not priced, base input kept` : '' },
    output: {
      value: output,
      origin: tier && tier.prices.output === null ? `${above}: not priced, base output kept` : '',
    },
  } as Record<keyof TokenPrices, MaybePrice>;
  for (const field of Object.keys(sideOf) as (keyof typeof sideOf)[]) {
    const explicit = tier?.prices[field] ?? null;
    const baseValue = base[field];
    if (explicit !== null) prices[field] = { value: explicit, origin: '' };
    else if (baseValue === null) prices[field] = { value: null, origin: '' };
    else if (!tier || k[sideOf[field]] === 1) prices[field] = { value: baseValue, origin: '' };
    else
      prices[field] = {
        value: baseValue * k[sideOf[field]],
        origin: `${above}: ${formatPrice(baseValue)} × ${formatNumber(k[sideOf[field]])} (the tier's ${sideOf[field]} ratio)`,
      };
  }
  return { prices, k };
}

/**
 * Applies a service tier on top of (long-context) standard prices. A tier price the catalog lists is used as is,
 * or, when a long-context tier applies, times the long-context ratio `k`; a tier price it lacks is the
 * (long-context) standard price times the tier's own input or output ratio `m`.
 */
function serviceTierPrices(
  lc: Record<keyof TokenPrices, MaybePrice>,
  k: Record<Side, number>,
  quotedAgainst: { input: number; output: number },
  tierPrices: ServiceTierPrices,
  tierName: ServiceTier,
  longContextScales: boolean,
): Record<keyof TokenPrices, MaybePrice> {
  const m = {
    input: ratio(tierPrices.input!, quotedAgainst.input),
    output: ratio(tierPrices.output!, quotedAgainst.output),
  };
  const derivedNote = tierPrices.derived ? ' (derived: the vendor’s 50 % batch discount, not in the source)' : '';
  const result = {} as Record<keyof TokenPrices, MaybePrice>;
  for (const field of ['input', 'output', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h', 'reasoning'] as const) {
    const side: Side = field === 'input' ? 'input' : field === 'output' ? 'output' : sideOf[field];
    const explicit = field === 'cacheWrite1h' || field === 'reasoning' ? null : tierPrices[field];
    const base = lc[field];
    if (explicit !== null && explicit !== undefined) {
      result[field] =
        longContextScales && k[side] !== 1
          ? {
              value: explicit * k[side],
              origin: `${tierName} ${formatPrice(explicit)} × ${formatNumber(k[side])} (long-context ${side} ratio)${derivedNote}`,
            }
          : { value: explicit, origin: derivedNote ? `${tierName}${derivedNote}` : '' };
    } else if (base.value === null) {
      result[field] = base;
    } else {
      result[field] = {
        value: base.value * m[side],
        origin: `${tierName}: ${formatPrice(base.value)} × ${formatNumber(m[side])}${derivedNote}${base.origin ? `; ${base.origin}` : ''}`,
      };
    }
  }
  return result;
}

/**
 * Prices every bucket for one request of `inputTokens` total input (uncached + cache read + cache writes) on
 * `model` in `serviceTier`. Returns `ok: false` when the model lacks an input or output price: such a model is
 * "unpriced", never free.
 */
export function resolvePrices(
  model: ModelPricing,
  serviceTier: ServiceTier,
  inputTokens: number,
): ResolvedPrices | UnpricedModel {
  const { input, output } = model.prices;
  if (input === null || output === null) {
    const missing = [...(input === null ? ['input' as const] : []), ...(output === null ? ['output' as const] : [])];
    return {
      ok: false,
      modelId: model.id,
      missing,
      message: `${model.name} has no ${missing.join(' or ')} price in the catalog: unpriced, not free.`,
    };
  }
  const standard = { input, output };
  const tier = longContextTierFor(model, inputTokens);
  const lc = longContextPrices({ ...model.prices, input, output }, tier);
  let prices = lc.prices;

  let appliedTier: ServiceTier = 'standard';
  let tierFallback: string | undefined;
  if (serviceTier !== 'standard') {
    const lcPriority = serviceTier === 'priority' && tier?.priority ? tier.priority : null;
    const tierPrices = lcPriority ?? model[serviceTier];
    if (tierPrices && tierPrices.input !== null && tierPrices.output !== null) {
      appliedTier = serviceTier;
      // Long-context priority prices are quoted against the long-context standard prices; the others against
      // the base standard prices, and apply to long-context prices by ratio.
      const quotedAgainst = lcPriority
        ? { input: prices.input.value!, output: prices.output.value! }
        : { input: standard.input, output: standard.output };
      prices = serviceTierPrices(prices, lc.k, quotedAgainst, tierPrices, serviceTier, !lcPriority && tier !== null);
    } else {
      tierFallback = `${model.name} has no ${serviceTier} price: billed at the standard price.`;
    }
  }

  const inputPrice = prices.input.value!;
  const outputPrice = prices.output.value!;
  const resolved = {} as Record<Bucket, BucketPrice>;
  resolved.uncachedInput = { usdPerMillion: inputPrice, origin: prices.input.origin };
  resolved.output = { usdPerMillion: outputPrice, origin: prices.output.origin };
  resolved.cacheRead =
    prices.cacheRead.value !== null
      ? { usdPerMillion: prices.cacheRead.value, origin: prices.cacheRead.origin }
      : { usdPerMillion: inputPrice, origin: 'no cache-read price: billed as input', fallback: 'cache-read-unpriced' };
  resolved.cacheWrite5m =
    prices.cacheWrite5m.value !== null
      ? { usdPerMillion: prices.cacheWrite5m.value, origin: prices.cacheWrite5m.origin }
      : { usdPerMillion: inputPrice, origin: 'no separate write fee: billed as input', fallback: 'no-write-fee' };
  if (prices.cacheWrite1h.value !== null) {
    resolved.cacheWrite1h = { usdPerMillion: prices.cacheWrite1h.value, origin: prices.cacheWrite1h.origin };
  } else if (prices.cacheWrite5m.value !== null) {
    resolved.cacheWrite1h = {
      usdPerMillion: prices.cacheWrite5m.value,
      origin: 'no 1-hour write price: billed at the 5-minute write price',
      fallback: 'cache-write-1h-unpriced',
    };
  } else {
    resolved.cacheWrite1h = {
      usdPerMillion: inputPrice,
      origin: 'no separate write fee: billed as input',
      fallback: 'no-write-fee',
    };
  }
  resolved.reasoning =
    prices.reasoning.value !== null
      ? { usdPerMillion: prices.reasoning.value, origin: prices.reasoning.origin }
      : { usdPerMillion: outputPrice, origin: 'billed as output tokens', fallback: 'reasoning-as-output' };

  return {
    ok: true,
    requestedTier: serviceTier,
    appliedTier,
    longContextAbove: tier?.aboveInputTokens ?? null,
    prices: resolved,
    ...(tierFallback ? { tierFallback } : {}),
  };
}
