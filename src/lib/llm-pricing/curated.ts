/**
 * Which models the catalog ships, and what the catalog script needs to know about their hosts.
 *
 * Selection rule (also written into the catalog): an explicit list, reviewed by hand at each refresh, of
 * - the text models OpenAI, Anthropic and Google sell through their own APIs on the snapshot date: the current
 *   generation and the previous one still widely deployed, one entry per model (LiteLLM's undated alias, never a
 *   dated snapshot or a fine-tune), no audio, image, search or realtime variants, no model deprecated before the
 *   snapshot date; previews only where the vendor has no generally available model of that tier;
 * - a few open-weight models (gpt-oss, Llama 4, Llama 3.3, DeepSeek, Qwen, Kimi, GLM) on common hosts (Groq,
 *   Together AI, Fireworks AI, DeepInfra, DeepSeek, Alibaba Cloud), the same model on several hosts where that
 *   shows the spread.
 * The script checks that each id exists in the input and reports any that vanished, so a refresh never drops a
 * model silently.
 */
import type { ModelFamily, TokenizerId, UsageConvention } from './schema.ts';

export interface CuratedModel {
  /** LiteLLM key. */
  id: string;
  name: string;
  maker: string;
  family: ModelFamily;
  /** Exact tokenizer when one exists in the browser (OpenAI's encodings); default `estimate`. */
  tokenizer?: TokenizerId;
  /** Corrections to the source, each with its reason (reported by the script). */
  override?: { contextWindow: number; reason: string };
}

export interface HostInfo {
  name: string;
  usage: UsageConvention;
  /**
   * The host's documented batch discount (share of the standard price paid), used only when LiteLLM lacks the
   * batch price; the derived prices are marked `derived`. `null` when we know of no batch offer.
   */
  batchPriceShare: number | null;
  batchSource?: string;
  /** Shortest cacheable prefix, when the host documents one for all its models and LiteLLM has none. */
  cacheMinTokens?: number;
}

/** Hosts the curated models run on, keyed by LiteLLM's `litellm_provider`. */
export const hosts: Record<string, HostInfo> = {
  openai: {
    name: 'OpenAI',
    usage: 'openai',
    batchPriceShare: 0.5,
    batchSource: 'https://platform.openai.com/docs/guides/batch',
    // "Caching is enabled automatically for prompts that are 1024 tokens or longer."
    // https://platform.openai.com/docs/guides/prompt-caching
    cacheMinTokens: 1024,
  },
  anthropic: {
    name: 'Anthropic',
    usage: 'anthropic',
    batchPriceShare: 0.5,
    batchSource: 'https://docs.anthropic.com/en/docs/build-with-claude/batch-processing',
  },
  gemini: {
    name: 'Google AI Studio',
    usage: 'gemini',
    batchPriceShare: 0.5,
    batchSource: 'https://ai.google.dev/gemini-api/docs/batch-mode',
  },
  groq: { name: 'Groq', usage: 'openai', batchPriceShare: null },
  together_ai: { name: 'Together AI', usage: 'openai', batchPriceShare: null },
  fireworks_ai: { name: 'Fireworks AI', usage: 'openai', batchPriceShare: null },
  deepinfra: { name: 'DeepInfra', usage: 'openai', batchPriceShare: null },
  deepseek: { name: 'DeepSeek', usage: 'openai', batchPriceShare: null },
  dashscope: { name: 'Alibaba Cloud', usage: 'openai', batchPriceShare: null },
};

const openai = (id: string, name: string): CuratedModel => ({
  id,
  name,
  maker: 'OpenAI',
  family: 'openai',
  tokenizer: 'o200k_base',
});
const anthropic = (id: string, name: string, override?: CuratedModel['override']): CuratedModel => ({
  id,
  name,
  maker: 'Anthropic',
  family: 'anthropic',
  ...(override ? { override } : {}),
});
const google = (id: string, name: string): CuratedModel => ({ id, name, maker: 'Google', family: 'google' });
const open = (id: string, name: string, maker: string, tokenizer?: TokenizerId): CuratedModel => ({
  id,
  name,
  maker,
  family: 'open',
  ...(tokenizer ? { tokenizer } : {}),
});

/** The models in the catalog, in the order the tools list them. */
export const curatedModels: CuratedModel[] = [
  openai('gpt-5.6', 'GPT-5.6'),
  openai('gpt-5.6-terra', 'GPT-5.6 Terra'),
  openai('gpt-5.6-luna', 'GPT-5.6 Luna'),
  openai('gpt-5.5', 'GPT-5.5'),
  openai('gpt-5.5-pro', 'GPT-5.5 Pro'),
  openai('gpt-5.4', 'GPT-5.4'),
  openai('gpt-5.4-mini', 'GPT-5.4 mini'),
  openai('gpt-5.4-nano', 'GPT-5.4 nano'),
  openai('gpt-5.3-codex', 'GPT-5.3 Codex'),
  openai('gpt-5.2', 'GPT-5.2'),
  openai('gpt-5', 'GPT-5'),
  openai('gpt-5-mini', 'GPT-5 mini'),
  openai('gpt-5-nano', 'GPT-5 nano'),
  openai('gpt-4.1', 'GPT-4.1'),
  openai('gpt-4.1-mini', 'GPT-4.1 mini'),
  openai('gpt-4.1-nano', 'GPT-4.1 nano'),
  openai('gpt-4o', 'GPT-4o'),
  openai('gpt-4o-mini', 'GPT-4o mini'),
  openai('o3', 'o3'),
  openai('o4-mini', 'o4-mini'),

  anthropic('claude-opus-5', 'Claude Opus 5'),
  anthropic('claude-sonnet-5', 'Claude Sonnet 5'),
  anthropic('claude-fable-5', 'Claude Fable 5'),
  anthropic('claude-opus-4-8', 'Claude Opus 4.8'),
  anthropic('claude-opus-4-7', 'Claude Opus 4.7'),
  anthropic('claude-sonnet-4-6', 'Claude Sonnet 4.6'),
  anthropic('claude-sonnet-4-5', 'Claude Sonnet 4.5', {
    contextWindow: 1_000_000,
    reason:
      'Anthropic offers a 1M-token context on Sonnet 4.5 (priced above 200k, which LiteLLM lists); LiteLLM gives 200k',
  }),
  anthropic('claude-haiku-4-5', 'Claude Haiku 4.5'),
  anthropic('claude-opus-4-1', 'Claude Opus 4.1'),

  google('gemini/gemini-3.6-flash', 'Gemini 3.6 Flash'),
  google('gemini/gemini-3.5-flash', 'Gemini 3.5 Flash'),
  google('gemini/gemini-3.5-flash-lite', 'Gemini 3.5 Flash-Lite'),
  google('gemini/gemini-3.1-pro-preview', 'Gemini 3.1 Pro (preview)'),
  google('gemini/gemini-3.1-flash-lite', 'Gemini 3.1 Flash-Lite'),
  google('gemini/gemini-2.5-pro', 'Gemini 2.5 Pro'),
  google('gemini/gemini-2.5-flash', 'Gemini 2.5 Flash'),
  google('gemini/gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite'),

  open('groq/openai/gpt-oss-120b', 'gpt-oss-120b · Groq', 'OpenAI', 'o200k_base'),
  open('together_ai/openai/gpt-oss-120b', 'gpt-oss-120b · Together AI', 'OpenAI', 'o200k_base'),
  open('fireworks_ai/gpt-oss-120b', 'gpt-oss-120b · Fireworks AI', 'OpenAI', 'o200k_base'),
  open('groq/openai/gpt-oss-20b', 'gpt-oss-20b · Groq', 'OpenAI', 'o200k_base'),
  open('groq/meta-llama/llama-4-maverick-17b-128e-instruct', 'Llama 4 Maverick · Groq', 'Meta'),
  open('together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', 'Llama 4 Maverick · Together AI', 'Meta'),
  open('groq/meta-llama/llama-4-scout-17b-16e-instruct', 'Llama 4 Scout · Groq', 'Meta'),
  open('groq/llama-3.3-70b-versatile', 'Llama 3.3 70B · Groq', 'Meta'),
  open('deepseek/deepseek-v4-pro', 'DeepSeek V4 Pro · DeepSeek', 'DeepSeek'),
  open('deepseek/deepseek-v4-flash', 'DeepSeek V4 Flash · DeepSeek', 'DeepSeek'),
  open('deepinfra/deepseek-ai/DeepSeek-V3.1', 'DeepSeek V3.1 · DeepInfra', 'DeepSeek'),
  open('together_ai/Qwen/Qwen3.5-397B-A17B', 'Qwen3.5 397B · Together AI', 'Alibaba'),
  open('dashscope/qwen3-coder-plus', 'Qwen3 Coder Plus · Alibaba Cloud', 'Alibaba'),
  open('fireworks_ai/kimi-k2p6', 'Kimi K2.6 · Fireworks AI', 'Moonshot AI'),
  open('together_ai/moonshotai/Kimi-K2.5', 'Kimi K2.5 · Together AI', 'Moonshot AI'),
  open('fireworks_ai/glm-5p1', 'GLM-5.1 · Fireworks AI', 'Z.ai'),
  open('together_ai/zai-org/GLM-4.7', 'GLM-4.7 · Together AI', 'Z.ai'),
];
