/**
 * Every model priced for the same workload, cheapest first. Models that cannot be priced (no input or output
 * price) or cannot run the workload (prompt above the context window, output above the output limit) are listed
 * apart with the reason, never ranked as free.
 */
import type { ModelPricing } from '../llm-pricing/schema.ts';
import { formatTokens, ratioOf, type Warning } from './math.ts';
import type { FeatureWorkload } from './schemas.ts';
import { estimateFeature } from './workload.ts';

export interface RankedModel {
  model: ModelPricing;
  monthly: number;
  perRequest: number;
  /** Monthly cost ÷ the cheapest model's (1 for the cheapest); null when the cheapest costs (almost) nothing. */
  ratioToCheapest: number | null;
  warnings: Warning[];
}

export interface ExcludedModel {
  model: ModelPricing;
  reason: 'unpriced' | 'context-window' | 'output-limit';
  message: string;
}

export interface Ranking {
  ranked: RankedModel[];
  excluded: ExcludedModel[];
}

/** Ranks `models` by the monthly cost of running the whole workload on each one alone. */
export function rankModels(workload: FeatureWorkload, models: readonly ModelPricing[]): Ranking {
  const prompt = workload.systemPromptTokens + workload.contextTokens + workload.userInputTokens;
  const output = workload.outputTokens + workload.reasoningTokens;
  const ranked: Omit<RankedModel, 'ratioToCheapest'>[] = [];
  const excluded: ExcludedModel[] = [];
  for (const model of models) {
    if (model.contextWindow !== null && prompt > model.contextWindow) {
      excluded.push({
        model,
        reason: 'context-window',
        message: `The prompt (${formatTokens(prompt)} tokens) exceeds the context window (${formatTokens(model.contextWindow)}).`,
      });
      continue;
    }
    if (model.maxOutputTokens !== null && output > model.maxOutputTokens) {
      excluded.push({
        model,
        reason: 'output-limit',
        message: `Output and reasoning (${formatTokens(output)} tokens) exceed the output limit (${formatTokens(model.maxOutputTokens)}).`,
      });
      continue;
    }
    const estimate = estimateFeature({ ...workload, mix: [{ modelId: model.id, share: 1 }] }, [model]);
    if (!estimate.ok) {
      excluded.push({ model, reason: 'unpriced', message: estimate.message });
      continue;
    }
    ranked.push({ model, monthly: estimate.monthly, perRequest: estimate.perRequest, warnings: estimate.warnings });
  }
  ranked.sort((a, b) => a.monthly - b.monthly || a.model.name.localeCompare(b.model.name));
  const cheapest = ranked[0]?.monthly ?? 0;
  return {
    ranked: ranked.map((r) => ({ ...r, ratioToCheapest: ratioOf(r.monthly, cheapest) })),
    excluded,
  };
}
