import { defineTool } from '../../lib/tool-kit/tool-meta';

/** AI coding assistant ROI and token budget: what the site lists about it. */
export const meta = defineTool({
  id: 'ai-coding-assistant-roi',
  title: 'AI coding assistant ROI and token budget',
  summary:
    'Seats against token-metered agents, the efficiency gain at which a coding assistant pays for itself, and a token budget per developer and repository.',
  description:
    'Does an AI coding assistant pay off? Loaded cost of an engineering hour, break-even efficiency gain, seats versus metered agent use, and daily, weekly and monthly token budgets.',
  category: 'ai',
  keywords: ['AI coding assistant', 'ROI', 'developer productivity', 'token budget', 'coding agent cost'],
  aliases: ['/tools/ai-coding-roi/', '/tools/copilot-roi/'],
  relatedTags: ['llm', 'ai', 'developer-productivity', 'finops'],
  figuresAsOf: '2026-07-24',
});
