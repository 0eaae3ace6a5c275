/**
 * LLM feature cost estimator: a thin adapter from the tool's inputs to the LLM cost engine (src/lib/llm-cost,
 * whose modules document every formula and its source) and from the engine's results to the kit's. No cost
 * formula lives here: the estimate, the volume curve, the ranking and the levers are the engine's.
 * Inputs in percent become the engine's 0–1 shares; price edits become its `PriceOverrides`.
 */
import { overridesFrom } from '../../lib/ai-tools/catalog-inputs';
import {
  buckets,
  catalogFigure,
  engineSteps,
  engineWarnings,
  pricesTable,
  pricingRuleFigures,
} from '../../lib/ai-tools/engine-results';
// Engine modules by name rather than its index: the index would bring every module's schemas to this page.
import { computeLevers, type Lever } from '../../lib/llm-cost/levers';
import { rankModels, type Ranking } from '../../lib/llm-cost/ranking';
import { checkFeatureWorkload, checkLeverOptions } from '../../lib/llm-cost/feature-input-checks';
import { problemSentences } from '../../lib/llm-cost/input-checks';
import type { FeatureWorkload, FeatureWorkloadInput } from '../../lib/llm-cost/schemas';
import { costAgainstVolume, defaultVolumes, estimateFeature, type FeatureEstimate } from '../../lib/llm-cost/workload';
import { compoundingExample, defaultFeatureWorkload } from '../../lib/llm-cost/presets';
import { catalog } from '../../lib/llm-pricing/catalog';
import { applyPriceOverrides } from '../../lib/llm-pricing/overrides';
import type { ModelPricing } from '../../lib/llm-pricing/schema';
import {
  q,
  t,
  type ChartSpec,
  type Metric,
  type ResultTable,
  type Text,
  type ToolResult,
} from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import { inputs, type Inputs } from './schema';

/** The engine's workload for these inputs (percentages to shares). */
export function workloadFrom(v: Inputs): FeatureWorkloadInput {
  return {
    requestsPerDay: v.requestsPerDay,
    users: v.users,
    callsPerRequest: v.callsPerRequest,
    systemPromptTokens: v.systemPromptTokens,
    cacheableShare: v.cacheableShare / 100,
    contextTokens: v.contextTokens,
    userInputTokens: v.userInputTokens,
    outputTokens: v.outputTokens,
    reasoningTokens: v.reasoningTokens,
    cache: v.cache,
    cacheHitRate: v.cacheHitRate / 100,
    cacheWarmthFromTraffic: v.cacheWarmthFromTraffic,
    retryRate: v.retryRate / 100,
    retryOutputShare: v.retryOutputShare / 100,
    retryCache: v.retryCache,
    batchShare: v.batchShare / 100,
    serviceTier: v.serviceTier,
    mix: v.mix.map((row) => ({ modelId: row.model, share: row.share / 100 })),
  };
}

/** The tool's inputs for an engine workload (the presets), over the tool's defaults. */
export function inputsFrom(workload: FeatureWorkloadInput): Partial<Inputs> {
  const checked = checkFeatureWorkload(workload);
  if (!checked.ok) throw new Error(`Invalid workload: ${checked.problems.join('; ')}`);
  const w = checked.value;
  return {
    requestsPerDay: w.requestsPerDay,
    users: w.users,
    callsPerRequest: w.callsPerRequest,
    systemPromptTokens: w.systemPromptTokens,
    cacheableShare: w.cacheableShare * 100,
    contextTokens: w.contextTokens,
    userInputTokens: w.userInputTokens,
    outputTokens: w.outputTokens,
    reasoningTokens: w.reasoningTokens,
    cache: w.cache,
    cacheHitRate: w.cacheHitRate * 100,
    cacheWarmthFromTraffic: w.cacheWarmthFromTraffic,
    retryRate: w.retryRate * 100,
    retryOutputShare: w.retryOutputShare * 100,
    retryCache: w.retryCache,
    batchShare: w.batchShare * 100,
    serviceTier: w.serviceTier,
    mix: w.mix.map((entry) => ({ model: entry.modelId, share: entry.share * 100 })),
  };
}

/** The models the engine prices: the catalog with the visitor's price edits. */
export function modelsFor(v: Inputs, base: readonly ModelPricing[] = catalog.models): ModelPricing[] {
  return applyPriceOverrides(base, overridesFrom(v.prices));
}

const leverOptionsFrom = (v: Inputs) =>
  checkLeverOptions({
    cacheHitRate: v.leverHitRate / 100,
    ...(v.smallModel === 'auto' ? {} : { smallModelId: v.smallModel }),
    routeShare: v.routeShare / 100,
    trimContextShare: v.trimShare / 100,
    retryCap: v.retryCap / 100,
    batchShare: v.leverBatchShare / 100,
  });

const exclusionLabels = {
  unpriced: 'unpriced',
  'context-window': 'prompt exceeds the context window',
  'output-limit': 'output exceeds the output limit',
} as const;

function rankingTables(ranking: Ranking, mixIds: Set<string>): ResultTable[] {
  const ranked: ResultTable = {
    key: 'ranking',
    caption: `Every catalog model for the same workload, cheapest first (${ranking.ranked.length} ranked)`,
    note: 'Each model running the whole workload alone, with the same caching, retries and tiers.',
    limit: 10,
    columns: [
      { key: 'rank', label: '#', format: 'integer' },
      { key: 'model', label: 'Model' },
      { key: 'monthly', label: 'Per month', format: 'money' },
      { key: 'perRequest', label: 'Per request', format: 'cost' },
      { key: 'ratio', label: '× cheapest', format: 'multiple', nullText: '—' },
    ],
    rows: ranking.ranked.map((entry, index) => ({
      key: entry.model.id,
      rank: index + 1,
      model: mixIds.has(entry.model.id) ? `${entry.model.name} (in your mix)` : entry.model.name,
      monthly: entry.monthly,
      perRequest: entry.perRequest,
      ratio: entry.ratioToCheapest,
    })),
  };
  if (ranking.excluded.length === 0) return [ranked];
  return [
    ranked,
    {
      key: 'unranked',
      caption: `Not ranked (${ranking.excluded.length})`,
      note: 'Listed apart, never as $0: a model without an input or output price is unpriced until you enter one under “Price edits”.',
      columns: [
        { key: 'model', label: 'Model' },
        { key: 'reason', label: 'Why' },
        { key: 'detail', label: 'Detail' },
      ],
      rows: ranking.excluded.map((entry) => ({
        key: entry.model.id,
        model: entry.model.name,
        reason: exclusionLabels[entry.reason],
        detail: entry.message,
      })),
    },
  ];
}

function leversTable(levers: Lever[]): ResultTable {
  return {
    key: 'levers',
    caption: 'Levers: one change at a time, against the workload as entered',
    columns: [
      { key: 'lever', label: 'Lever' },
      { key: 'change', label: 'Change' },
      { key: 'after', label: 'Per month after', format: 'money', nullText: 'n/a' },
      { key: 'savings', label: 'Saves per month', format: 'money', nullText: 'n/a' },
      { key: 'share', label: 'Saves', format: 'percent', nullText: 'n/a' },
    ],
    rows: levers.map((lever) => ({
      key: lever.id,
      lever: lever.title,
      change: lever.applicable ? lever.change : `Not applicable: ${lever.reason ?? ''}`,
      after: lever.applicable ? lever.monthlyAfter : null,
      savings: lever.applicable ? lever.savings : null,
      share: lever.applicable && lever.savingsShare !== null ? lever.savingsShare * 100 : null,
    })),
  };
}

function bucketTable(estimate: FeatureEstimate): ResultTable {
  const rows = buckets
    .filter(({ name }) => estimate.perRequestByBucket[name] !== 0)
    .map(({ name, label }) => ({
      key: name,
      bucket: label,
      perRequest: estimate.perRequestByBucket[name],
      monthly: estimate.monthlyByBucket[name],
      share: estimate.monthly > 0 ? (estimate.monthlyByBucket[name] / estimate.monthly) * 100 : null,
    }));
  return {
    key: 'buckets',
    caption: 'Cost by token bucket',
    note: 'Retries and every model of the mix included; buckets with no tokens are left out.',
    columns: [
      { key: 'bucket', label: 'Bucket' },
      { key: 'perRequest', label: 'Per request', format: 'cost' },
      { key: 'monthly', label: 'Per month', format: 'money' },
      { key: 'share', label: 'Share', format: 'percent', nullText: '—' },
    ],
    rows: [
      ...rows,
      { key: 'total', bucket: 'Total', perRequest: estimate.perRequest, monthly: estimate.monthly, share: 100 },
    ],
  };
}

function mixTable(estimate: FeatureEstimate): ResultTable {
  return {
    key: 'models',
    caption: 'Each model of the mix, per call',
    columns: [
      { key: 'model', label: 'Model' },
      { key: 'share', label: 'Share of calls', format: 'percent' },
      { key: 'perCall', label: 'Per call', format: 'cost' },
      { key: 'tokens', label: 'Tokens per call', format: 'number' },
      { key: 'hit', label: 'Effective cache hit', format: 'percent' },
      { key: 'tier', label: 'Billed as' },
    ],
    rows: estimate.models.map((model) => ({
      key: model.modelId,
      model: model.name,
      share: model.share * 100,
      perCall: model.perCall,
      tokens: Object.values(model.tokens).reduce((sum, count) => sum + count, 0),
      hit: model.effectiveHitRate * 100,
      tier:
        model.appliedTiers.join(' + ') +
        (model.longContextAbove === null
          ? ''
          : `, long context above ${model.longContextAbove.toLocaleString('en-US')}`),
    })),
  };
}

function volumeParts(
  workload: FeatureWorkload,
  models: ModelPricing[],
  ranking: Ranking,
  requestsPerMonth: number,
): { chart?: ChartSpec; table?: ResultTable } {
  const mix = costAgainstVolume(workload, models);
  if (!mix.ok) return {};
  const cheapestModel = ranking.ranked[0]?.model;
  const cheapest = cheapestModel
    ? costAgainstVolume({ ...workload, mix: [{ modelId: cheapestModel.id, share: 1 }] }, models)
    : null;
  const cheapestPoints = cheapest?.ok ? cheapest.points : null;
  const x = mix.points.map((point) => point.requestsPerMonth);
  const series: ChartSpec['series'] = [
    { key: 'mix', label: 'Your mix', values: mix.points.map((point) => point.monthly), tone: 'accent' },
  ];
  if (cheapestPoints && cheapestModel) {
    series.push({
      key: 'cheapest',
      label: `Cheapest model: ${cheapestModel.name}`,
      values: cheapestPoints.map((point) => point.monthly),
      tone: 'muted',
      dash: true,
    });
  }
  const inRange = requestsPerMonth >= defaultVolumes[0] && requestsPerMonth <= defaultVolumes.at(-1)!;
  return {
    chart: {
      title: 'Monthly cost against volume',
      summary: t(
        'Monthly cost from {low} to {high} requests a month, on logarithmic axes; with caching on, cost per request falls as traffic keeps the cache warm.',
        { low: q(x[0]!, 'integer'), high: q(x.at(-1)!, 'integer') },
      ),
      xLabel: 'Requests per month',
      x,
      xFormat: 'integer',
      yFormat: 'money',
      xScale: 'log',
      yScale: 'log',
      series,
      markers: inRange ? [{ x: requestsPerMonth, label: 'you', format: 'integer' }] : [],
    },
    table: {
      key: 'volume',
      caption: 'Cost against volume, 10k to 10M requests a month',
      columns: [
        { key: 'requests', label: 'Requests per month', format: 'integer' },
        { key: 'monthly', label: 'Per month', format: 'money' },
        { key: 'perRequest', label: 'Per request', format: 'cost' },
        ...(cheapestPoints ? [{ key: 'cheapest', label: 'Cheapest model, per month', format: 'money' as const }] : []),
      ],
      rows: mix.points.map((point, index) => ({
        key: String(point.requestsPerMonth),
        requests: point.requestsPerMonth,
        monthly: point.monthly,
        perRequest: point.perRequest,
        ...(cheapestPoints ? { cheapest: cheapestPoints[index]?.monthly ?? null } : {}),
      })),
    },
  };
}

const figures = [catalogFigure, ...pricingRuleFigures];

/** The tool's model: the engine's estimate, ranking, volume curve and levers as one result. */
export function evaluateFeatureCost(v: Inputs, base: readonly ModelPricing[] = catalog.models): ToolResult {
  const models = modelsFor(v, base);
  const edited = new Set(v.prices.map((row) => row.model));
  const mixIds = new Set(v.mix.map((row) => row.model));
  const mixModels = models.filter((model) => mixIds.has(model.id));
  const prices = pricesTable('prices', 'Prices used by the mix', mixModels, edited);
  const parsed = checkFeatureWorkload(workloadFrom(v));
  if (!parsed.ok) return failure(t(problemSentences(parsed.problems)), [prices]);
  const workload = parsed.value;
  const ranking = rankModels(workload, models);
  const rankingParts = rankingTables(ranking, mixIds);
  const estimate = estimateFeature(workload, models);
  if (!estimate.ok) {
    return failure(t(`${estimate.message} Enter the missing price under “Price edits”, or choose another model.`), [
      prices,
      ...rankingParts,
    ]);
  }

  const leverOptions = leverOptionsFrom(v);
  if (!leverOptions.ok) return failure(t(problemSentences(leverOptions.problems)), [prices]);
  const levers = computeLevers(workload, models, leverOptions.value) ?? [];
  const volume = volumeParts(workload, models, ranking, estimate.requestsPerMonth);
  const cheapest = ranking.ranked[0];
  const bestLever = levers
    .filter((lever) => lever.applicable && lever.savings > 0)
    .sort((a, b) => b.savings - a.savings)[0];
  const largest = buckets
    .map(({ name, label }) => ({ label, cost: estimate.monthlyByBucket[name] }))
    .sort((a, b) => b.cost - a.cost)[0]!;

  const metrics: Metric[] = [
    { key: 'monthly', label: 'Per month', ...q(estimate.monthly, 'money') },
    { key: 'perRequest', label: 'Per request', ...q(estimate.perRequest, 'cost') },
    {
      key: 'perUser',
      label: 'Per user per month',
      ...q(estimate.perUserMonthly, 'cost'),
      hint: t('{users} users', { users: q(v.users, 'integer') }),
    },
    { key: 'requestsPerMonth', label: 'Requests per month', ...q(estimate.requestsPerMonth, 'integer') },
    {
      key: 'yearly',
      label: 'Per year',
      ...q(estimate.monthly * 12, 'money'),
      hint: t('12 months at this volume'),
    },
    ...(cheapest
      ? [
          {
            key: 'cheapestMonthly',
            label: 'Cheapest model, per month',
            ...q(cheapest.monthly, 'money'),
            hint: t(`${cheapest.model.name}; quality not compared`),
          } satisfies Metric,
        ]
      : []),
    {
      key: 'bestLever',
      label: 'Largest lever saves',
      ...q(bestLever?.savings ?? 0, 'money'),
      tone: bestLever ? 'good' : 'neutral',
      hint: t(bestLever ? `a month: ${bestLever.title}` : 'no lever saves money here'),
    },
  ];

  const warnings: Text[] = engineWarnings(estimate.warnings);
  if (edited.size > 0) warnings.push(t('Some prices are your edits, not the catalog’s: see “Prices used by the mix”.'));

  return {
    verdict: {
      tone: 'neutral',
      headline: t('This feature costs {monthly} a month', { monthly: q(estimate.monthly, 'money') }),
      detail: t(
        '{perRequest} per request and {perUser} per user a month at {requests} requests a month. The largest bucket is ' +
          `${largest.label.toLowerCase()}, {share} of the cost.`,
        {
          perRequest: q(estimate.perRequest, 'cost'),
          perUser: q(estimate.perUserMonthly, 'cost'),
          requests: q(estimate.requestsPerMonth, 'integer'),
          share: q(estimate.monthly > 0 ? (largest.cost / estimate.monthly) * 100 : 0, 'percent'),
        },
      ),
    },
    metrics,
    ...(volume.chart ? { chart: volume.chart } : {}),
    tables: [
      bucketTable(estimate),
      mixTable(estimate),
      leversTable(levers),
      ...rankingParts,
      ...(volume.table ? [volume.table] : []),
      prices,
    ],
    steps: engineSteps(estimate.steps),
    warnings,
    figures,
  };
}

/** A result when the mix cannot be priced: the reason, and the tables that still help (prices, ranking). */
function failure(reason: Text, tables: ResultTable[]): ToolResult {
  const unpriced = (key: string, label: string): Metric => ({ key, label, ...q(null, 'money', 'unpriced') });
  return {
    verdict: { tone: 'warn', headline: t('This mix cannot be priced'), detail: reason },
    metrics: [
      unpriced('monthly', 'Per month'),
      unpriced('perRequest', 'Per request'),
      unpriced('perUser', 'Per user per month'),
    ],
    tables,
    steps: [],
    warnings: [],
    figures,
  };
}

/** Prompt tokens per call, share-weighted input price and attempts per call: the factors a comparison names. */
function factors(v: Inputs) {
  const models = modelsFor(v);
  const price = v.mix.reduce(
    (sum, row) => sum + (row.share / 100) * (models.find((model) => model.id === row.model)?.prices.input ?? 0),
    0,
  );
  return {
    prompt: v.systemPromptTokens + v.contextTokens + v.userInputTokens,
    price,
    attempts: 1 + v.retryRate / 100,
  };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Sentences naming what moved between the baseline and now. */
export function explainComparison(current: Inputs, baseline: Inputs): Text[] {
  const now = factors(current);
  const before = factors(baseline);
  const prompt = ratio(now.prompt, before.prompt);
  const price = ratio(now.price, before.price);
  const attempts = ratio(now.attempts, before.attempts);
  if (prompt === null || price === null || attempts === null) return [];
  return [
    t(
      'What moved: prompt tokens per call {prompt}, input price per token {price} (share-weighted over the mix), attempts per call {attempts}; together {product}. With output, caching and tiers unchanged, the cost moves by that product.',
      {
        prompt: q(prompt, 'multiple'),
        price: q(price, 'multiple'),
        attempts: q(attempts, 'multiple'),
        product: q(prompt * price * attempts, 'multiple'),
      },
    ),
  ];
}

export const featureCostModel = defineToolModel({
  id: 'llm-feature-cost',
  inputs,
  evaluate: (values: Inputs) => evaluateFeatureCost(values),
  headline: ['monthly', 'perRequest', 'perUser'],
  examples: [
    {
      id: 'compounding',
      label: 'Load the 9× example',
      description:
        'A prompt twice as long, on a model priced 3× (Claude Sonnet 4.6 against Haiku 4.5), retried 1.5×: 2 × 3 × 1.5 = 9 times the cost.',
      values: inputsFrom(compoundingExample.variant),
      baseline: inputsFrom(compoundingExample.base),
    },
    {
      id: 'support-chat',
      label: 'Support chat (the defaults)',
      description: 'A cached system prompt, retrieved documents and a short answer on Claude Sonnet 4.5.',
      values: inputsFrom(defaultFeatureWorkload),
    },
  ],
  compare: { metrics: ['monthly', 'perRequest', 'perUser'], explain: explainComparison },
});
