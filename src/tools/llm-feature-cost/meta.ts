import { catalog } from '../../lib/llm-pricing/catalog';
import { defineTool } from '../../lib/tool-kit/tool-meta';

/** LLM feature cost estimator: what the site lists about it. */
export const meta = defineTool({
  id: 'llm-feature-cost',
  title: 'LLM feature cost estimator',
  summary:
    'What an LLM feature costs per request, per user and per month, with caching, retries, batch and model mixes priced right, every model ranked.',
  description:
    'Cost of an LLM feature from its traffic and prompt shape: cache reads and writes, long-context tiers, retries, batch, routing mixes, all catalog models ranked, and the levers that save most.',
  category: 'ai',
  keywords: ['LLM cost', 'token pricing', 'prompt caching', 'model routing', 'OpenAI', 'Anthropic', 'Gemini'],
  aliases: ['/tools/llm-cost-calculator/', '/tools/ai-feature-cost/'],
  relatedTags: ['llm', 'ai', 'tokens', 'openai', 'anthropic', 'finops'],
  figuresAsOf: catalog.snapshotDate,
});
