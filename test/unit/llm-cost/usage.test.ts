import { describe, expect, it } from 'vitest';
import { toBuckets } from '../../../src/lib/llm-cost/buckets';
import { priceRequest } from '../../../src/lib/llm-cost/request';
import { usageToBuckets } from '../../../src/lib/llm-cost/usage';
import { gemini25Flash, gpt5, sonnet45 } from './fixture-models';

describe('vendor usage → buckets', () => {
  it.each([
    [
      // OpenAI prompt_tokens include cached_tokens: uncached = 10,000 − 8,000 = 2,000;
      // completion_tokens include reasoning: output = 1,500 − 1,000 = 500.
      'OpenAI Chat Completions',
      'openai',
      {
        prompt_tokens: 10_000,
        completion_tokens: 1_500,
        prompt_tokens_details: { cached_tokens: 8_000 },
        completion_tokens_details: { reasoning_tokens: 1_000 },
      },
      { uncachedInput: 2_000, cacheRead: 8_000, output: 500, reasoning: 1_000 },
    ],
    [
      // Responses API, same convention under other names.
      'OpenAI Responses',
      'openai',
      { input_tokens: 5_000, output_tokens: 300, input_tokens_details: { cached_tokens: 4_096 } },
      { uncachedInput: 904, cacheRead: 4_096, output: 300 },
    ],
    [
      // Anthropic input_tokens exclude cache reads and writes: three separate buckets, split by lifetime.
      'Anthropic with lifetimes',
      'anthropic',
      {
        input_tokens: 2_000,
        output_tokens: 500,
        cache_read_input_tokens: 8_000,
        cache_creation_input_tokens: 3_000,
        cache_creation: { ephemeral_5m_input_tokens: 1_000, ephemeral_1h_input_tokens: 2_000 },
      },
      { uncachedInput: 2_000, cacheRead: 8_000, cacheWrite5m: 1_000, cacheWrite1h: 2_000, output: 500 },
    ],
    [
      // Without the split, writes are the default 5-minute kind.
      'Anthropic without lifetimes',
      'anthropic',
      { input_tokens: 10, output_tokens: 20, cache_read_input_tokens: 30, cache_creation_input_tokens: 40 },
      { uncachedInput: 10, cacheRead: 30, cacheWrite5m: 40, output: 20 },
    ],
    [
      // Gemini promptTokenCount includes cachedContentTokenCount; thoughts are counted apart.
      'Gemini',
      'gemini',
      { promptTokenCount: 10_000, cachedContentTokenCount: 8_000, candidatesTokenCount: 400, thoughtsTokenCount: 100 },
      { uncachedInput: 2_000, cacheRead: 8_000, output: 400, reasoning: 100 },
    ],
  ] as const)('%s', (_label, convention, usage, expected) => {
    const result = usageToBuckets(convention, usage);
    expect(result.ok && result.buckets).toEqual(toBuckets(expected));
  });

  it('reads the usage inside a whole response pasted as JSON text', () => {
    const response = JSON.stringify({ id: 'msg_1', usage: { input_tokens: 7, output_tokens: 3 } });
    const result = usageToBuckets('anthropic', response);
    expect(result.ok && result.buckets).toEqual(toBuckets({ uncachedInput: 7, output: 3 }));
  });

  it.each([
    ['not JSON', 'openai', '{oops', /not valid JSON/],
    [
      'cached above prompt',
      'openai',
      { prompt_tokens: 5, prompt_tokens_details: { cached_tokens: 6 } },
      /cannot exceed/,
    ],
    ['negative count', 'anthropic', { input_tokens: -1, output_tokens: 0 }, /input_tokens/],
    ['missing prompt count', 'openai', { completion_tokens: 3 }, /prompt_tokens/],
    [
      'split disagrees with total',
      'anthropic',
      {
        input_tokens: 1,
        output_tokens: 1,
        cache_creation_input_tokens: 10,
        cache_creation: { ephemeral_5m_input_tokens: 1, ephemeral_1h_input_tokens: 2 },
      },
      /splits into 3/,
    ],
  ] as const)('rejects %s with a message', (_label, convention, usage, message) => {
    const result = usageToBuckets(convention, usage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('usage priced end to end', () => {
  it.each([
    // GPT-5: 2,000 × $1.25 + 8,000 × $0.125 + 500 × $10 = 0.0025 + 0.001 + 0.005 = $0.0085.
    // Counting cached tokens twice (10,000 × $1.25 + 8,000 × $0.125 + …) would give $0.0185.
    [
      'OpenAI cached-token subtraction',
      gpt5,
      { prompt_tokens: 10_000, completion_tokens: 500, prompt_tokens_details: { cached_tokens: 8_000 } },
      0.0085,
    ],
    // Sonnet 4.5: 2,000 × $3 + 8,000 × $0.30 + 1,000 × $3.75 + 500 × $15 = 0.006 + 0.0024 + 0.00375 + 0.0075 = $0.01965.
    [
      'Anthropic three input buckets',
      sonnet45,
      { input_tokens: 2_000, cache_read_input_tokens: 8_000, cache_creation_input_tokens: 1_000, output_tokens: 500 },
      0.01965,
    ],
    // Gemini 2.5 Flash: 2,000 × $0.30 + 8,000 × $0.03 + 400 × $2.50 + 100 × $2.50 = 0.0006 + 0.00024 + 0.001 + 0.00025 = $0.00209.
    [
      'Gemini thoughts priced as reasoning',
      gemini25Flash,
      { promptTokenCount: 10_000, cachedContentTokenCount: 8_000, candidatesTokenCount: 400, thoughtsTokenCount: 100 },
      0.00209,
    ],
  ] as const)('%s', (_label, model, usage, expected) => {
    const parsed = usageToBuckets(model.usage, usage);
    if (!parsed.ok) throw new Error(parsed.error);
    const cost = priceRequest(model, parsed.buckets);
    expect(cost.ok && cost.total).toBeCloseTo(expected, 12);
  });
});
