/**
 * Where the review meets the calculators: each spend topic names the tools that model it, and a finding links
 * to them with the inputs it knows preset (the monthly spend it touches). An attached result of the same tool
 * wins: its link already holds the visitor's own inputs. Parameter names are the tools' `param`s in schema.ts.
 */
import type { SpendTopic } from './points';
import type { SavedToolResult } from './saved-results';

/** A calculator a finding can open. */
export interface ReviewToolLink {
  toolId: string;
  label: string;
  href: string;
  /** True when the link carries the visitor's attached result rather than a preset. */
  attached: boolean;
}

interface ToolRule {
  toolId: string;
  label: string;
  /** Query parameters from the finding's monthly spend; absent for tools with no matching input. */
  preset?: (spend: number) => Record<string, string>;
}

const money = (value: number) => String(Math.round(value * 100) / 100);

/** The tools per topic, most specific first. */
export const topicTools: Record<SpendTopic, readonly ToolRule[]> = {
  none: [],
  reservations: [
    {
      toolId: 'reserved-instance-roi',
      label: 'Reserved instance ROI',
      preset: (spend) => ({ unit: 'month', price: money(spend), qty: '1' }),
    },
  ],
  licensing: [
    { toolId: 'sql-server-licensing', label: 'SQL Server licensing' },
    {
      toolId: 'oracle-to-postgres-savings',
      label: 'Oracle to PostgreSQL savings',
      preset: (spend) => ({ hosting: money(spend) }),
    },
  ],
  warehouse: [{ toolId: 'warehouse-cost-optimizer', label: 'Warehouse cost optimizer' }],
  migration: [
    { toolId: 'migration-readiness', label: 'Migration readiness' },
    {
      toolId: 'oracle-to-postgres-savings',
      label: 'Oracle to PostgreSQL savings',
      preset: (spend) => ({ hosting: money(spend) }),
    },
  ],
  ai: [
    { toolId: 'llm-feature-cost', label: 'LLM feature cost' },
    { toolId: 'ai-coding-assistant-roi', label: 'AI coding assistant ROI' },
    { toolId: 'prompt-token-counter', label: 'Prompt token counter' },
  ],
};

/** Links for a finding on `topic` that touches `spend` a month, preferring attached results of the same tool. */
export function findingToolLinks(
  topic: SpendTopic,
  spend: number | null,
  attachments: readonly SavedToolResult[] = [],
): ReviewToolLink[] {
  return topicTools[topic].map((rule) => {
    const attachment = attachments.find((a) => a.toolId === rule.toolId);
    if (attachment) return { toolId: rule.toolId, label: rule.label, href: attachment.url, attached: true };
    const query = rule.preset && spend !== null && spend > 0 ? new URLSearchParams(rule.preset(spend)).toString() : '';
    return {
      toolId: rule.toolId,
      label: rule.label,
      href: `/tools/${rule.toolId}/${query ? `?${query}` : ''}`,
      attached: false,
    };
  });
}
