import { catalog } from '../../lib/llm-pricing/catalog';
import { defineTool } from '../../lib/tool-kit/tool-meta';

/** Prompt token counter: what the site lists about it. */
export const meta = defineTool({
  id: 'prompt-token-counter',
  title: 'Prompt token counter',
  summary:
    'Paste a prompt or a document: exact token counts for OpenAI encodings, marked estimates for the others, and its cost on every model.',
  description:
    'Count the tokens of a prompt in your browser: exact for OpenAI encodings (o200k_base, cl100k_base), ≈ estimates for Claude, Gemini and open models, and the cost on each model, cached and uncached.',
  category: 'ai',
  keywords: ['token counter', 'tokenizer', 'o200k_base', 'cl100k_base', 'prompt cost', 'tiktoken'],
  aliases: ['/tools/token-counter/', '/tools/tokenizer/'],
  relatedTags: ['llm', 'ai', 'tokens', 'prompts'],
  figuresAsOf: catalog.snapshotDate,
  heavy: true,
});
