/**
 * The minimum cacheable prefix, one rule for every tool: a host caches a prompt prefix only from the model's
 * `cacheMinTokens` (OpenAI 1,024 tokens: "Caching is enabled automatically for prompts that are 1024 tokens or
 * longer", platform.openai.com/docs/guides/prompt-caching; Anthropic 1,024 to 4,096 depending on the model, from
 * the catalog). Below it the prefix is sent, and billed, as ordinary input.
 */
import type { ModelPricing } from '../llm-pricing/schema.ts';
import { formatTokens, type Warning } from './math.ts';

/** The tokens of a prefix the host will cache: all of them, or none when the prefix is below the minimum. */
export function cacheableTokens(model: ModelPricing, prefixTokens: number): { tokens: number; warning?: Warning } {
  if (prefixTokens > 0 && model.cacheMinTokens !== null && prefixTokens < model.cacheMinTokens) {
    return {
      tokens: 0,
      warning: {
        level: 'warning',
        code: 'below-cache-minimum',
        modelId: model.id,
        message: `${model.name} caches prefixes of ${formatTokens(model.cacheMinTokens)} tokens or more; this one has ${formatTokens(prefixTokens)}, so nothing is cached.`,
      },
    };
  }
  return { tokens: prefixTokens };
}
