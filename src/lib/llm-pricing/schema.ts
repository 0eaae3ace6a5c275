/**
 * The shape of one priced model, as the catalog ships it and as the tools let visitors edit it. The schemas
 * check the catalog when the catalog script writes it and in unit tests (Node); the browser imports only the types,
 * and the zod-free ./overrides.ts for what the tools do with prices.
 *
 * Every price is in US dollars per million tokens. `null` means the source lists no price: the engine and the
 * tools show it as "unpriced" and never read it as zero.
 */
import * as z from 'zod/mini';

/**
 * USD per million tokens: 0 (free) or from $0.000001 to $1,000,000, so ratios between prices stay finite
 * (zod also rejects NaN and ±Infinity).
 */
export const usdPerMillionSchema = z.number().check(
  z.gte(0, 'a price cannot be negative'),
  z.lte(1_000_000, 'at most $1,000,000 per million tokens'),
  z.refine((value) => value === 0 || value >= 1e-6, 'below $0.000001 per million tokens: enter 0 for free'),
);

const price = z.nullable(usdPerMillionSchema);
const tokenCount = z.int().check(z.gte(1), z.lte(100_000_000));

/** Standard (pay-as-you-go) prices of the six token kinds the engine bills. */
export const tokenPricesSchema = z.object({
  input: price,
  output: price,
  cacheRead: price,
  /** Writing a prompt prefix to the cache with the default (5-minute) lifetime. */
  cacheWrite5m: price,
  /** Writing with the 1-hour lifetime (LiteLLM calls it `cache_creation_input_token_cost_above_1hr`). */
  cacheWrite1h: price,
  /** Reasoning ("thinking") tokens; `null` means they are billed as output tokens, as the vendors do. */
  reasoning: price,
});

/** Prices of a service tier (batch, flex, priority); a missing field is derived from the standard price. */
export const serviceTierPricesSchema = z.object({
  input: price,
  output: price,
  cacheRead: price,
  cacheWrite5m: price,
  /** True when the catalog script derived the prices (vendor's documented 50 % batch discount), not the source. */
  derived: z.boolean(),
});

/**
 * Prices that replace the standard ones when a request's input (uncached + cache read + cache write) exceeds
 * `aboveInputTokens`. Missing cache prices are derived from the tier's input price with the usual multipliers.
 */
export const longContextTierSchema = z.object({
  aboveInputTokens: tokenCount,
  prices: tokenPricesSchema,
  priority: z.nullable(serviceTierPricesSchema),
});

export const modelFamilies = ['openai', 'anthropic', 'google', 'open'] as const;
/** How a vendor's API reports usage: which counts include which (see src/lib/llm-cost/usage.ts). */
export const usageConventions = ['openai', 'anthropic', 'gemini'] as const;
/** The exact tokenizer for the model, or `estimate` when only a heuristic count is possible in the browser. */
export const tokenizerIds = ['o200k_base', 'cl100k_base', 'estimate'] as const;

/** One model at one host, with every price the cost engine needs. */
export const modelPricingSchema = z.object({
  /** LiteLLM's key, unique in the catalog ("claude-sonnet-4-5", "groq/openai/gpt-oss-120b"). */
  id: z.string().check(z.minLength(1), z.maxLength(160)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Who made the model ("Anthropic", "Meta"). */
  maker: z.string().check(z.minLength(1), z.maxLength(40)),
  family: z.enum(modelFamilies),
  /** Who serves and bills it: LiteLLM's provider id ("openai", "groq", "together_ai"). */
  host: z.string().check(z.minLength(1), z.maxLength(40)),
  hostName: z.string().check(z.minLength(1), z.maxLength(40)),
  usage: z.enum(usageConventions),
  tokenizer: z.enum(tokenizerIds),
  contextWindow: z.nullable(tokenCount),
  maxOutputTokens: z.nullable(tokenCount),
  /** Shortest prefix the host caches; shorter prefixes are never cached. */
  cacheMinTokens: z.nullable(tokenCount),
  prices: tokenPricesSchema,
  batch: z.nullable(serviceTierPricesSchema),
  flex: z.nullable(serviceTierPricesSchema),
  priority: z.nullable(serviceTierPricesSchema),
  /** Ascending by threshold. */
  longContext: z.array(longContextTierSchema),
  deprecationDate: z.nullable(z.iso.date()),
  /** Prices the source lacks, for display ("unpriced"); computed by `unpricedFields`. */
  unpriced: z.array(z.string()),
});

/** The committed catalog: where the prices come from, when, and the models. */
export const catalogSchema = z.object({
  source: z.object({
    name: z.string(),
    url: z.string(),
    license: z.string(),
    copyright: z.string(),
  }),
  snapshotDate: z.iso.date(),
  unit: z.literal('USD per 1M tokens'),
  selection: z.string(),
  models: z.array(modelPricingSchema),
});

export type TokenPrices = z.infer<typeof tokenPricesSchema>;
export type ServiceTierPrices = z.infer<typeof serviceTierPricesSchema>;
export type LongContextTier = z.infer<typeof longContextTierSchema>;
export type ModelFamily = (typeof modelFamilies)[number];
export type UsageConvention = (typeof usageConventions)[number];
export type TokenizerId = (typeof tokenizerIds)[number];
export type ModelPricing = z.infer<typeof modelPricingSchema>;
export type Catalog = z.infer<typeof catalogSchema>;

/** Visitor edits to catalog prices, by model id (URL state): only the fields they changed. */
export const priceOverridesSchema = z.record(z.string().check(z.minLength(1)), z.partial(tokenPricesSchema));
export type PriceOverrides = z.infer<typeof priceOverridesSchema>;

// The functions over these types live in a zod-free module the browser loads; Node callers may import them here.
export { applyPriceOverrides, unpricedFields } from './overrides.ts';
