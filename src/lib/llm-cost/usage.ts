/**
 * Adapters from each vendor's usage report to the engine's token buckets. The vendors count differently, and
 * getting this wrong is the commonest cost bug (cached tokens counted twice, or cache writes missed):
 * - OpenAI (Chat Completions and Responses, and the OpenAI-compatible APIs of open-model hosts): `prompt_tokens`
 *   / `input_tokens` INCLUDE `cached_tokens`, so the uncached part is the difference; `completion_tokens` /
 *   `output_tokens` INCLUDE `reasoning_tokens`. https://platform.openai.com/docs/guides/prompt-caching
 * - Anthropic (Messages): `input_tokens` EXCLUDES `cache_read_input_tokens` and `cache_creation_input_tokens`,
 *   three separate buckets; `cache_creation.ephemeral_5m_input_tokens` / `ephemeral_1h_input_tokens` split the
 *   writes by lifetime. https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching
 * - Google (Gemini `usageMetadata`): `promptTokenCount` INCLUDES `cachedContentTokenCount`; `thoughtsTokenCount`
 *   and `toolUsePromptTokenCount` are counted apart from `candidatesTokenCount` and `promptTokenCount`.
 *   https://ai.google.dev/api/generate-content#UsageMetadata
 */
import * as z from 'zod/mini';
import type { UsageConvention } from '../llm-pricing/schema.ts';
import { toBuckets, type TokenBuckets } from './buckets.ts';
import { formatTokens, type Step } from './math.ts';

const count = z.optional(z.int().check(z.gte(0)));

export const openAiUsageSchema = z
  .looseObject({
    prompt_tokens: count,
    completion_tokens: count,
    prompt_tokens_details: z.optional(z.nullable(z.looseObject({ cached_tokens: count }))),
    completion_tokens_details: z.optional(z.nullable(z.looseObject({ reasoning_tokens: count }))),
    input_tokens: count,
    output_tokens: count,
    input_tokens_details: z.optional(z.nullable(z.looseObject({ cached_tokens: count }))),
    output_tokens_details: z.optional(z.nullable(z.looseObject({ reasoning_tokens: count }))),
  })
  .check(
    z.refine((u) => u.prompt_tokens !== undefined || u.input_tokens !== undefined, {
      message: 'needs prompt_tokens (Chat Completions) or input_tokens (Responses)',
    }),
  );

export const anthropicUsageSchema = z.looseObject({
  input_tokens: z.int().check(z.gte(0)),
  output_tokens: z.int().check(z.gte(0)),
  cache_read_input_tokens: z.optional(z.nullable(z.int().check(z.gte(0)))),
  cache_creation_input_tokens: z.optional(z.nullable(z.int().check(z.gte(0)))),
  cache_creation: z.optional(
    z.nullable(z.looseObject({ ephemeral_5m_input_tokens: count, ephemeral_1h_input_tokens: count })),
  ),
});

export const geminiUsageSchema = z.looseObject({
  promptTokenCount: z.int().check(z.gte(0)),
  candidatesTokenCount: count,
  cachedContentTokenCount: count,
  thoughtsTokenCount: count,
  toolUsePromptTokenCount: count,
});

export type OpenAiUsage = z.infer<typeof openAiUsageSchema>;
export type AnthropicUsage = z.infer<typeof anthropicUsageSchema>;
export type GeminiUsage = z.infer<typeof geminiUsageSchema>;

export type UsageResult = { ok: true; buckets: TokenBuckets; steps: Step[] } | { ok: false; error: string };

const group = 'Usage';
const fail = (error: string): UsageResult => ({ ok: false, error });

/**
 * OpenAI usage → buckets. `options.cacheWriteTokens` moves that many uncached tokens to the 5-minute write bucket
 * for models that charge cache writes (GPT-5.6 and later): the usage object names no write count we could cite.
 */
export function fromOpenAiUsage(usage: OpenAiUsage, options: { cacheWriteTokens?: number } = {}): UsageResult {
  const prompt = usage.prompt_tokens ?? usage.input_tokens ?? 0;
  const completion = usage.completion_tokens ?? usage.output_tokens ?? 0;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? usage.input_tokens_details?.cached_tokens ?? 0;
  const reasoning =
    usage.completion_tokens_details?.reasoning_tokens ?? usage.output_tokens_details?.reasoning_tokens ?? 0;
  const writes = options.cacheWriteTokens ?? 0;
  if (cached > prompt) return fail(`cached_tokens (${cached}) cannot exceed prompt tokens (${prompt}).`);
  if (reasoning > completion)
    return fail(`reasoning_tokens (${reasoning}) cannot exceed output tokens (${completion}).`);
  if (writes < 0 || writes > prompt - cached)
    return fail(`cache writes (${writes}) must fit in the uncached prompt tokens.`);
  const uncached = prompt - cached - writes;
  return {
    ok: true,
    buckets: toBuckets({
      uncachedInput: uncached,
      cacheRead: cached,
      cacheWrite5m: writes,
      output: completion - reasoning,
      reasoning,
    }),
    steps: [
      {
        group,
        label: 'Uncached input',
        formula:
          'prompt tokens − cached tokens' +
          (writes ? ' − cache writes' : '') +
          ' (OpenAI prompt tokens include cached ones)',
        math: `${formatTokens(prompt)} − ${formatTokens(cached)}${writes ? ` − ${formatTokens(writes)}` : ''} = ${formatTokens(uncached)}`,
        value: uncached,
      },
      {
        group,
        label: 'Output',
        formula: 'completion tokens − reasoning tokens (completion tokens include reasoning)',
        math: `${formatTokens(completion)} − ${formatTokens(reasoning)} = ${formatTokens(completion - reasoning)}`,
        value: completion - reasoning,
      },
    ],
  };
}

/** Anthropic usage → buckets. Writes without a lifetime split are 5-minute writes, the API's default. */
export function fromAnthropicUsage(usage: AnthropicUsage): UsageResult {
  const created = usage.cache_creation_input_tokens ?? 0;
  const split = usage.cache_creation;
  let w5 = created;
  let w1h = 0;
  if (split && (split.ephemeral_5m_input_tokens !== undefined || split.ephemeral_1h_input_tokens !== undefined)) {
    w5 = split.ephemeral_5m_input_tokens ?? 0;
    w1h = split.ephemeral_1h_input_tokens ?? 0;
    const reported = usage.cache_creation_input_tokens;
    if (reported !== undefined && reported !== null && w5 + w1h !== reported) {
      return fail(`cache_creation splits into ${w5 + w1h} tokens but cache_creation_input_tokens is ${created}.`);
    }
  }
  const read = usage.cache_read_input_tokens ?? 0;
  const total = usage.input_tokens + read + w5 + w1h;
  return {
    ok: true,
    buckets: toBuckets({
      uncachedInput: usage.input_tokens,
      cacheRead: read,
      cacheWrite5m: w5,
      cacheWrite1h: w1h,
      output: usage.output_tokens,
    }),
    steps: [
      {
        group,
        label: 'Total input',
        formula: 'input_tokens + cache reads + cache writes (Anthropic input_tokens exclude both)',
        math: `${formatTokens(usage.input_tokens)} + ${formatTokens(read)} + ${formatTokens(w5 + w1h)} = ${formatTokens(total)}`,
        value: total,
      },
    ],
  };
}

/** Gemini usageMetadata → buckets. Thoughts are billed as output (priced as reasoning). */
export function fromGeminiUsage(usage: GeminiUsage): UsageResult {
  const cached = usage.cachedContentTokenCount ?? 0;
  const toolPrompt = usage.toolUsePromptTokenCount ?? 0;
  if (cached > usage.promptTokenCount) {
    return fail(`cachedContentTokenCount (${cached}) cannot exceed promptTokenCount (${usage.promptTokenCount}).`);
  }
  const uncached = usage.promptTokenCount - cached + toolPrompt;
  return {
    ok: true,
    buckets: toBuckets({
      uncachedInput: uncached,
      cacheRead: cached,
      output: usage.candidatesTokenCount ?? 0,
      reasoning: usage.thoughtsTokenCount ?? 0,
    }),
    steps: [
      {
        group,
        label: 'Uncached input',
        formula: 'promptTokenCount − cachedContentTokenCount + toolUsePromptTokenCount',
        math: `${formatTokens(usage.promptTokenCount)} − ${formatTokens(cached)} + ${formatTokens(toolPrompt)} = ${formatTokens(uncached)}`,
        value: uncached,
      },
    ],
  };
}

const schemas = { openai: openAiUsageSchema, anthropic: anthropicUsageSchema, gemini: geminiUsageSchema } as const;

/**
 * Parses a pasted usage object (JSON text or value) by the model's convention. Accepts the whole API response
 * too: it looks inside `usage` (OpenAI, Anthropic) or `usageMetadata` (Gemini).
 */
export function usageToBuckets(convention: UsageConvention, input: unknown): UsageResult {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return fail('The usage is not valid JSON.');
    }
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    value = record.usage ?? record.usageMetadata ?? value;
  }
  const parsed = schemas[convention].safeParse(value);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'usage'}: ${issue.message}`).join('; '));
  }
  if (convention === 'openai') return fromOpenAiUsage(parsed.data as OpenAiUsage);
  if (convention === 'anthropic') return fromAnthropicUsage(parsed.data as AnthropicUsage);
  return fromGeminiUsage(parsed.data as GeminiUsage);
}
