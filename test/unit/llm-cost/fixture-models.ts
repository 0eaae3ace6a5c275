/** Models for engine tests, written out so a catalog refresh cannot change a worked example. */
import type { ModelPricing, TokenPrices } from '../../../src/lib/llm-pricing/schema';

const noPrices: TokenPrices = {
  input: null,
  output: null,
  cacheRead: null,
  cacheWrite5m: null,
  cacheWrite1h: null,
  reasoning: null,
};

/** A model with the given overrides; every price absent unless set. */
export function testModel(
  overrides: Omit<Partial<ModelPricing>, 'prices'> & { id: string; prices: Partial<TokenPrices> },
): ModelPricing {
  return {
    name: overrides.id,
    maker: 'Test',
    family: 'open',
    host: 'test',
    hostName: 'Test host',
    usage: 'openai',
    tokenizer: 'estimate',
    contextWindow: null,
    maxOutputTokens: null,
    cacheMinTokens: null,
    batch: null,
    flex: null,
    priority: null,
    longContext: [],
    deprecationDate: null,
    unpriced: [],
    ...overrides,
    prices: { ...noPrices, ...overrides.prices },
  };
}

/** Claude Sonnet 4.5 as LiteLLM priced it on 2026-07-24 (USD per million tokens). */
export const sonnet45 = testModel({
  id: 'claude-sonnet-4-5',
  name: 'Claude Sonnet 4.5',
  family: 'anthropic',
  usage: 'anthropic',
  contextWindow: 1_000_000,
  prices: { input: 3, output: 15, cacheRead: 0.3, cacheWrite5m: 3.75, cacheWrite1h: 6 },
  batch: { input: 1.5, output: 7.5, cacheRead: null, cacheWrite5m: null, derived: true },
  longContext: [
    {
      aboveInputTokens: 200_000,
      prices: { input: 6, output: 22.5, cacheRead: 0.6, cacheWrite5m: 7.5, cacheWrite1h: 12, reasoning: null },
      priority: null,
    },
  ],
});

/** The same model with only the long-context input and output prices: the cache prices must be derived. */
export const sonnet45Sparse = testModel({
  ...sonnet45,
  id: 'sonnet-sparse',
  longContext: [
    {
      aboveInputTokens: 200_000,
      prices: { input: 6, output: 22.5, cacheRead: null, cacheWrite5m: null, cacheWrite1h: null, reasoning: null },
      priority: null,
    },
  ],
});

/** GPT-5 on 2026-07-24: no batch price in the source, no cache-write fee. */
export const gpt5 = testModel({
  id: 'gpt-5',
  name: 'GPT-5',
  family: 'openai',
  cacheMinTokens: 1024,
  contextWindow: 272_000,
  prices: { input: 1.25, output: 10, cacheRead: 0.125 },
  batch: { input: 0.625, output: 5, cacheRead: null, cacheWrite5m: null, derived: true },
  flex: { input: 0.625, output: 5, cacheRead: 0.0625, cacheWrite5m: null, derived: false },
  priority: { input: 2.5, output: 20, cacheRead: 0.25, cacheWrite5m: null, derived: false },
});

/** GPT-5.6 on 2026-07-24: cache writes at 1.25×, a 272k tier, explicit batch, flex and priority. */
export const gpt56 = testModel({
  id: 'gpt-5.6',
  name: 'GPT-5.6',
  family: 'openai',
  contextWindow: 1_050_000,
  prices: { input: 5, output: 30, cacheRead: 0.5, cacheWrite5m: 6.25 },
  batch: { input: 2.5, output: 15, cacheRead: null, cacheWrite5m: null, derived: false },
  flex: { input: 2.5, output: 15, cacheRead: 0.25, cacheWrite5m: 3.125, derived: false },
  priority: { input: 10, output: 60, cacheRead: 1, cacheWrite5m: 12.5, derived: false },
  longContext: [
    {
      aboveInputTokens: 272_000,
      prices: { input: 10, output: 45, cacheRead: 1, cacheWrite5m: 12.5, cacheWrite1h: null, reasoning: null },
      priority: null,
    },
  ],
});

/** Gemini 2.5 Flash on 2026-07-24: reasoning priced explicitly, batch derived. */
export const gemini25Flash = testModel({
  id: 'gemini/gemini-2.5-flash',
  name: 'Gemini 2.5 Flash',
  family: 'google',
  usage: 'gemini',
  prices: { input: 0.3, output: 2.5, cacheRead: 0.03, reasoning: 2.5 },
});
