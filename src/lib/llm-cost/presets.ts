/**
 * Starting points for the tools: a typical retrieval-augmented chat feature, and the compounding example from
 * the issue ("a 2× prompt on a 3× priced model with 1.5× retries costs 9× as much") on catalog models: Claude
 * Sonnet 4.6 ($3/$15 per million) is priced exactly 3× Claude Haiku 4.5 ($1/$5). The example prices the prompt
 * alone (no output), where the factors multiply exactly: 2 × 3 × 1.5 = 9.
 */
import type { FeatureWorkloadInput } from './schemas.ts';

/** A support-chat feature with a cached system prompt and retrieved documents. */
export const defaultFeatureWorkload: FeatureWorkloadInput = {
  requestsPerDay: 5_000,
  users: 2_000,
  callsPerRequest: 1,
  systemPromptTokens: 3_000,
  cacheableShare: 1,
  contextTokens: 4_000,
  userInputTokens: 200,
  outputTokens: 500,
  reasoningTokens: 0,
  cache: '5m',
  cacheHitRate: 0.9,
  cacheWarmthFromTraffic: true,
  retryRate: 0.05,
  retryOutputShare: 1,
  retryCache: 'warm',
  batchShare: 0,
  serviceTier: 'standard',
  mix: [{ modelId: 'claude-sonnet-4-5', share: 1 }],
};

const prompt: FeatureWorkloadInput = {
  requestsPerDay: 1_000,
  users: 100,
  systemPromptTokens: 0,
  cacheableShare: 0,
  contextTokens: 0,
  userInputTokens: 2_000,
  outputTokens: 0,
  cache: 'off',
  cacheHitRate: 0,
  retryRate: 0,
  batchShare: 0,
  mix: [{ modelId: 'claude-haiku-4-5', share: 1 }],
};

/** The compounding example: the variant costs 9× the base. */
export const compoundingExample: { base: FeatureWorkloadInput; variant: FeatureWorkloadInput } = {
  base: prompt,
  variant: { ...prompt, userInputTokens: 4_000, retryRate: 0.5, mix: [{ modelId: 'claude-sonnet-4-6', share: 1 }] },
};
