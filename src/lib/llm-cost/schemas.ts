/**
 * Schemas of the engine's inputs, for Node callers (the engine functions assume checked input and never see NaN or
 * negative counts). The tool pages check the same rules by hand (./feature-input-checks.ts) so they do not ship zod.
 */
import * as z from 'zod/mini';
import { cacheModes, interactiveTiers } from './input-options.ts';

export { cacheModes, interactiveTiers };

/** Token counts per request: fractional values are allowed because they are often averages. */
export const tokensSchema = z.number().check(z.gte(0, 'cannot be negative'), z.lte(100_000_000, 'at most 100 million'));
/** A share between 0 and 1 (the tools show it as a percentage). */
export const shareSchema = z.number().check(z.gte(0, 'at least 0 %'), z.lte(1, 'at most 100 %'));
const usd = z.number().check(z.gte(0, 'cannot be negative'), z.lte(1e12));

export const mixEntrySchema = z.object({
  modelId: z.string().check(z.minLength(1)),
  share: shareSchema,
});

/** Shares must add up to 100 % (to within 0.01 %, so three thirds typed as 33.33 % still pass). */
export const routingMixSchema = z.array(mixEntrySchema).check(
  z.minLength(1, 'choose at least one model'),
  z.maxLength(12, 'at most 12 models in a mix'),
  z.refine((mix) => Math.abs(mix.reduce((sum, entry) => sum + entry.share, 0) - 1) <= 1e-4, {
    message: 'the shares of the models must add up to 100 %',
  }),
  z.refine((mix) => new Set(mix.map((entry) => entry.modelId)).size === mix.length, {
    message: 'each model may appear once in the mix',
  }),
);

/** An LLM feature's traffic and prompt shape: the input of the feature cost estimator. */
export const featureWorkloadSchema = z.object({
  /** User-facing requests (interactions) per day. */
  requestsPerDay: z.number().check(z.gte(0), z.lte(1e10)),
  /** People using the feature in a month; cost per user divides by this. */
  users: z.int().check(z.gte(1, 'at least one user'), z.lte(1e10)),
  /** LLM calls each request makes (an agent loop makes several). */
  callsPerRequest: z._default(z.number().check(z.gte(1), z.lte(1000)), 1),
  systemPromptTokens: tokensSchema,
  /** Share of the system prompt that is a stable prefix the host can cache. */
  cacheableShare: shareSchema,
  /** Retrieved documents and conversation history, different in every call. */
  contextTokens: tokensSchema,
  userInputTokens: tokensSchema,
  /** Visible output tokens per call. */
  outputTokens: tokensSchema,
  /** Reasoning ("thinking") tokens per call, billed on top of the visible output. */
  reasoningTokens: z._default(tokensSchema, 0),
  cache: z.enum(cacheModes),
  /** Share of calls whose cacheable prefix is found in a warm cache. */
  cacheHitRate: shareSchema,
  /** Also lower the hit rate when traffic is too sparse to keep the cache warm within its lifetime. */
  cacheWarmthFromTraffic: z._default(z.boolean(), true),
  /** Extra attempts per call, on average: 0.5 means one call in two is retried once. */
  retryRate: z.number().check(z.gte(0), z.lte(10)),
  /** Share of the output a failed attempt had generated (and was billed for) before it was discarded. */
  retryOutputShare: z._default(shareSchema, 1),
  /** Whether a retry finds the prefix its failed attempt just cached (`warm`) or starts over (`cold`). */
  retryCache: z._default(z.enum(['warm', 'cold']), 'warm'),
  /** Share of calls sent through the batch API. */
  batchShare: shareSchema,
  serviceTier: z._default(z.enum(interactiveTiers), 'standard'),
  mix: routingMixSchema,
});

export type FeatureWorkloadInput = z.input<typeof featureWorkloadSchema>;
export type FeatureWorkload = z.output<typeof featureWorkloadSchema>;

/** Settings of the levers: how far each one is pulled. */
export const leverOptionsSchema = z.object({
  /** Hit rate assumed when caching is turned on. */
  cacheHitRate: z._default(shareSchema, 0.8),
  /** Model that takes the routed calls; default: the cheapest priced model of the main model's family. */
  smallModelId: z.optional(z.string().check(z.minLength(1))),
  routeShare: z._default(shareSchema, 0.5),
  trimContextShare: z._default(shareSchema, 0.2),
  retryCap: z._default(z.number().check(z.gte(0), z.lte(10)), 0.05),
  batchShare: z._default(shareSchema, 0.5),
});

export type LeverOptionsInput = z.input<typeof leverOptionsSchema>;
export type LeverOptions = z.output<typeof leverOptionsSchema>;

export { usd as usdSchema };
