/**
 * Levers: one change to the workload at a time, costed against the workload as entered. A lever can save
 * nothing, or cost more (caching with a low hit rate pays write premiums for few reads): the result says so
 * rather than hiding it.
 */
import type { ModelPricing } from '../llm-pricing/schema.ts';
import { formatNumber, formatPercent, formatUsd, ratioOf } from './math.ts';
import { rankModels } from './ranking.ts';
import type { FeatureWorkload, LeverOptions } from './schemas.ts';
import { estimateFeature } from './workload.ts';

export const leverIds = ['caching', 'route', 'trim-context', 'cap-retries', 'batch'] as const;
export type LeverId = (typeof leverIds)[number];

export interface Lever {
  id: LeverId;
  title: string;
  /** What changes, with the numbers ("route 50 % of calls to GPT-5.4 nano"). */
  change: string;
  applicable: boolean;
  /** Why the lever does not apply, when it does not. */
  reason?: string;
  monthlyBefore: number;
  monthlyAfter: number;
  /** Before − after: negative when the lever costs more. */
  savings: number;
  /** Savings ÷ before; null when before is (almost) nothing. */
  savingsShare: number | null;
}

/** The model carrying the largest share of the mix. */
function mainModelId(workload: FeatureWorkload): string {
  return [...workload.mix].sort((a, b) => b.share - a.share)[0]!.modelId;
}

/** The cheapest priced model of the main model's family for this workload, other than the main model. */
export function defaultSmallModel(
  workload: FeatureWorkload,
  models: readonly ModelPricing[],
): ModelPricing | undefined {
  const main = models.find((m) => m.id === mainModelId(workload));
  if (!main) return undefined;
  const candidates = models.filter((m) => m.family === main.family && m.id !== main.id);
  return rankModels(workload, candidates).ranked[0]?.model;
}

/** Costs each lever against the workload; `null` when the workload itself cannot be estimated. */
export function computeLevers(
  workload: FeatureWorkload,
  models: readonly ModelPricing[],
  options: LeverOptions,
): Lever[] | null {
  const base = estimateFeature(workload, models);
  if (!base.ok) return null;
  const before = base.monthly;

  const evaluate = (id: LeverId, title: string, change: string, next: FeatureWorkload | string): Lever => {
    const common = { id, title, change, monthlyBefore: before };
    if (typeof next === 'string') {
      return { ...common, applicable: false, reason: next, monthlyAfter: before, savings: 0, savingsShare: null };
    }
    const after = estimateFeature(next, models);
    if (!after.ok) {
      return {
        ...common,
        applicable: false,
        reason: after.message,
        monthlyAfter: before,
        savings: 0,
        savingsShare: null,
      };
    }
    const savings = before - after.monthly;
    return {
      ...common,
      applicable: true,
      monthlyAfter: after.monthly,
      savings,
      savingsShare: ratioOf(savings, before),
    };
  };

  const levers: Lever[] = [];

  // Turn caching on (or raise the hit rate to the option's).
  const cacheableShare = workload.cacheableShare > 0 ? workload.cacheableShare : 1;
  if (workload.systemPromptTokens === 0) {
    levers.push(
      evaluate('caching', 'Turn caching on', 'cache the system prompt', 'there is no system prompt to cache'),
    );
  } else if (workload.cache === 'off') {
    levers.push(
      evaluate(
        'caching',
        'Turn caching on',
        `cache ${formatPercent(cacheableShare)} of the system prompt for 5 minutes at a ${formatPercent(options.cacheHitRate)} hit rate`,
        { ...workload, cache: '5m', cacheableShare, cacheHitRate: options.cacheHitRate },
      ),
    );
  } else if (workload.cacheHitRate < options.cacheHitRate || workload.cacheableShare === 0) {
    levers.push(
      evaluate(
        'caching',
        'Cache more',
        `raise the hit rate from ${formatPercent(workload.cacheHitRate)} to ${formatPercent(Math.max(options.cacheHitRate, workload.cacheHitRate))}`,
        { ...workload, cacheableShare, cacheHitRate: Math.max(options.cacheHitRate, workload.cacheHitRate) },
      ),
    );
  } else {
    levers.push(
      evaluate('caching', 'Turn caching on', 'caching is already on', 'caching is already on at this hit rate'),
    );
  }

  // Route a share of calls to a smaller model.
  const small = options.smallModelId
    ? models.find((m) => m.id === options.smallModelId)
    : defaultSmallModel(workload, models);
  if (!small) {
    levers.push(
      evaluate(
        'route',
        'Route calls to a smaller model',
        'route calls to a smaller model',
        'no smaller model to route to',
      ),
    );
  } else if (options.routeShare === 0) {
    levers.push(evaluate('route', `Route calls to ${small.name}`, 'route 0 % of calls', 'the routed share is 0 %'));
  } else {
    const scaled = workload.mix.map((entry) => ({ ...entry, share: entry.share * (1 - options.routeShare) }));
    const existing = scaled.find((entry) => entry.modelId === small.id);
    const mix = existing
      ? scaled.map((entry) => (entry === existing ? { ...entry, share: entry.share + options.routeShare } : entry))
      : [...scaled, { modelId: small.id, share: options.routeShare }];
    levers.push(
      evaluate(
        'route',
        `Route calls to ${small.name}`,
        `route ${formatPercent(options.routeShare)} of calls to ${small.name}`,
        {
          ...workload,
          mix: mix.filter((entry) => entry.share > 0),
        },
      ),
    );
  }

  // Trim retrieved context.
  levers.push(
    evaluate(
      'trim-context',
      'Trim the context',
      `send ${formatPercent(options.trimContextShare)} fewer retrieved-context tokens`,
      workload.contextTokens === 0 || options.trimContextShare === 0
        ? 'there is no retrieved context to trim'
        : { ...workload, contextTokens: workload.contextTokens * (1 - options.trimContextShare) },
    ),
  );

  // Cap retries.
  levers.push(
    evaluate(
      'cap-retries',
      'Cap retries',
      `cap the retry rate at ${formatNumber(options.retryCap)} per call`,
      workload.retryRate <= options.retryCap
        ? `the retry rate is already ${formatNumber(workload.retryRate)} or less`
        : { ...workload, retryRate: options.retryCap },
    ),
  );

  // Move work to the batch API.
  levers.push(
    evaluate(
      'batch',
      'Batch what can wait',
      `send ${formatPercent(options.batchShare)} of calls through the batch API`,
      workload.batchShare >= options.batchShare
        ? `already ${formatPercent(workload.batchShare)} in batch`
        : { ...workload, batchShare: options.batchShare },
    ),
  );
  return levers;
}

/** One line per lever, for CSV or plain-text summaries. */
export function describeLever(lever: Lever): string {
  if (!lever.applicable) return `${lever.title}: not applicable (${lever.reason})`;
  const verb = lever.savings >= 0 ? 'saves' : 'costs';
  const share = lever.savingsShare === null ? '' : ` (${formatPercent(Math.abs(lever.savingsShare))})`;
  return `${lever.title} (${lever.change}) ${verb} ${formatUsd(Math.abs(lever.savings))} a month${share}`;
}
