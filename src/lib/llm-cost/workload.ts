/**
 * An LLM feature's cost: the expected tokens of one call (prompt shape, caching, retries) priced on each model
 * of the routing mix in its service tiers, then scaled to a request, a user and a month.
 *
 * Model, per call, with expected values:
 * - prompt P = system prompt + retrieved context + user input; cacheable prefix C = system prompt × cacheable
 *   share (0 with caching off, or when C is shorter than the host's minimum cacheable prefix);
 * - effective hit rate h = hit rate × warmth, warmth = 1 − e^(−λ·TTL) with λ the model's first attempts per
 *   second: the chance that the previous call sharing the prefix came within the cache lifetime, for calls
 *   arriving at random (Poisson) and spread evenly over the day. A hit refreshes the lifetime, as Anthropic and
 *   OpenAI document;
 * - first attempt: C·h cache read, C·(1 − h) cache write, P − C uncached, full output and reasoning;
 * - each retry (retry rate r per call) re-sends the whole prompt, reading the prefix its failed attempt just
 *   cached (`warm`) or as a first attempt would (`cold`), and the failed attempt's billed output is
 *   retryOutputShare × output; so a call bills 1 + r prompts and 1 + r × share outputs;
 * - batch share b runs at batch prices, the rest in the chosen tier;
 * - long-context tiers are chosen per attempt from its whole input (P), cached tokens included.
 */
import type { ModelPricing } from '../llm-pricing/schema.ts';
import { cacheableTokens } from './cache-minimum.ts';
import { addBuckets, emptyBuckets, scaleBuckets, toBuckets, type Bucket, type TokenBuckets } from './buckets.ts';
import { daysPerMonth } from './calendar.ts';
import { formatNumber, formatPercent, formatTokens, formatUsd, lazyStep, type Step, type Warning } from './math.ts';
import type { ServiceTier, UnpricedModel } from './prices.ts';
import { priceRequest, type RequestCost } from './request.ts';
import type { FeatureWorkload } from './schemas.ts';

export { daysPerMonth } from './calendar.ts';
const secondsPerDay = 86_400;
export const cacheTtlSeconds = { '5m': 300, '1h': 3600 } as const;

/** Chance that a cache written by the previous call is still warm: 1 − e^(−λ·TTL) for Poisson arrivals. */
export function cacheWarmth(callsPerSecond: number, ttlSeconds: number): number {
  return 1 - Math.exp(-callsPerSecond * ttlSeconds);
}

/** Expected tokens of one call on one model, split into first attempt and one retry attempt. */
export interface CallShape {
  prompt: number;
  cacheablePrefix: number;
  effectiveHitRate: number;
  first: TokenBuckets;
  retry: TokenBuckets;
  warnings: Warning[];
  steps: Step[];
}

/** The token buckets of one call of this workload on this model, which carries `share` of the calls. */
export function callShape(workload: FeatureWorkload, model: ModelPricing, share: number): CallShape {
  const group = model.name;
  const prompt = workload.systemPromptTokens + workload.contextTokens + workload.userInputTokens;
  const warnings: Warning[] = [];
  const steps: Step[] = [];
  const cacheable = cacheableTokens(
    model,
    workload.cache === 'off' ? 0 : workload.systemPromptTokens * workload.cacheableShare,
  );
  const prefix = cacheable.tokens;
  if (cacheable.warning) warnings.push(cacheable.warning);

  let hit = 0;
  if (prefix > 0 && workload.cache !== 'off') {
    const ttl = cacheTtlSeconds[workload.cache];
    const rate = (workload.requestsPerDay * workload.callsPerRequest * share) / secondsPerDay;
    const warmth = workload.cacheWarmthFromTraffic ? cacheWarmth(rate, ttl) : 1;
    hit = workload.cacheHitRate * warmth;
    const effective = hit;
    steps.push(
      lazyStep(
        {
          group,
          label: 'Effective cache hit rate',
          formula: workload.cacheWarmthFromTraffic
            ? 'hit rate × (1 − e^(−calls per second × cache lifetime in seconds))'
            : 'hit rate (traffic warmth ignored)',
          value: effective,
        },
        () =>
          workload.cacheWarmthFromTraffic
            ? `${formatPercent(workload.cacheHitRate)} × (1 − e^(−${formatNumber(rate)} × ${ttl})) = ${formatPercent(effective)}`
            : `${formatPercent(effective)}`,
      ),
    );
    if (workload.cacheWarmthFromTraffic && warmth < 0.5) {
      warnings.push({
        level: 'warning',
        code: 'cache-cold',
        modelId: model.id,
        message: `At this traffic ${model.name}'s cache is warm only ${formatPercent(warmth)} of the time with a ${workload.cache} lifetime.`,
      });
    }
  }

  const writeBucket: Bucket = workload.cache === '1h' ? 'cacheWrite1h' : 'cacheWrite5m';
  const first = toBuckets({
    uncachedInput: prompt - prefix,
    cacheRead: prefix * hit,
    [writeBucket]: prefix * (1 - hit),
    output: workload.outputTokens,
    reasoning: workload.reasoningTokens,
  });
  const retryHit = workload.retryCache === 'warm' && prefix > 0 ? 1 : hit;
  const retry = toBuckets({
    uncachedInput: prompt - prefix,
    cacheRead: prefix * retryHit,
    [writeBucket]: prefix * (1 - retryHit),
    output: workload.outputTokens * workload.retryOutputShare,
    reasoning: workload.reasoningTokens * workload.retryOutputShare,
  });
  const cached = prefix;
  steps.push(
    lazyStep(
      {
        group,
        label: 'Prompt per attempt',
        formula: 'system prompt + retrieved context + user input; cacheable prefix = system prompt × cacheable share',
        value: prompt,
      },
      () =>
        `${formatTokens(workload.systemPromptTokens)} + ${formatTokens(workload.contextTokens)} + ${formatTokens(workload.userInputTokens)} = ${formatTokens(prompt)}; prefix ${formatTokens(cached)}`,
    ),
  );
  return { prompt, cacheablePrefix: prefix, effectiveHitRate: hit, first, retry, warnings, steps };
}

/** One model's share of a workload, costed per call. */
export interface ModelCallCost {
  modelId: string;
  name: string;
  share: number;
  /** Expected cost of one call on this model, retries and tiers included. */
  perCall: number;
  byBucket: Record<Bucket, number>;
  /** Expected tokens of one call, retries included. */
  tokens: TokenBuckets;
  effectiveHitRate: number;
  longContextAbove: number | null;
  appliedTiers: ServiceTier[];
}

export interface FeatureEstimate {
  ok: true;
  /** Cost of one user-facing request (all its calls). */
  perRequest: number;
  perRequestByBucket: Record<Bucket, number>;
  requestsPerMonth: number;
  /** Cost of the feature for a month. */
  monthly: number;
  monthlyByBucket: Record<Bucket, number>;
  perUserMonthly: number;
  models: ModelCallCost[];
  steps: Step[];
  warnings: Warning[];
}

export interface EstimateFailure {
  ok: false;
  /** Models named in the mix that the list does not hold. */
  unknownModels: string[];
  unpriced: UnpricedModel[];
  message: string;
}

function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.modelId ?? ''}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Expected cost of one call on one model: tiers × (first attempt + retry rate × retry attempt). */
function modelCallCost(
  workload: FeatureWorkload,
  model: ModelPricing,
  share: number,
): { ok: true; cost: ModelCallCost; steps: Step[]; warnings: Warning[] } | UnpricedModel {
  const shape = callShape(workload, model, share);
  const steps = [...shape.steps];
  const warnings = [...shape.warnings];
  const parts: { tier: ServiceTier; weight: number }[] = [];
  if (workload.batchShare < 1) parts.push({ tier: workload.serviceTier, weight: 1 - workload.batchShare });
  if (workload.batchShare > 0) parts.push({ tier: 'batch', weight: workload.batchShare });

  let perCall = 0;
  let byBucket = emptyBuckets();
  const appliedTiers: ServiceTier[] = [];
  let longContextAbove: number | null = null;
  const terms: { weight: number; first: number; retry: number | null }[] = [];
  for (const { tier, weight } of parts) {
    const label = tier === 'standard' ? '' : ` · ${tier}`;
    const first = priceRequest(model, shape.first, tier, `${model.name}${label} · first attempt`);
    if (!first.ok) return first;
    let retry: RequestCost | null = null;
    if (workload.retryRate > 0) {
      const priced = priceRequest(model, shape.retry, tier, `${model.name}${label} · retry attempt`);
      if (!priced.ok) return priced;
      retry = priced;
    }
    steps.push(...first.steps, ...(retry?.steps ?? []));
    warnings.push(...first.warnings, ...(retry?.warnings ?? []));
    appliedTiers.push(first.appliedTier);
    longContextAbove = first.longContextAbove;
    const tierCost = first.total + workload.retryRate * (retry?.total ?? 0);
    perCall += weight * tierCost;
    byBucket = addBuckets(byBucket, first.byBucket, weight);
    if (retry) byBucket = addBuckets(byBucket, retry.byBucket, weight * workload.retryRate);
    terms.push({ weight, first: first.total, retry: retry?.total ?? null });
  }
  const callCost = perCall;
  steps.push(
    lazyStep(
      {
        group: model.name,
        label: 'Per call',
        formula: 'Σ over tiers: tier share × (first attempt + retry rate × retry attempt)',
        value: callCost,
      },
      () =>
        `${terms
          .map(
            (term) =>
              `${formatNumber(term.weight)} × (${formatUsd(term.first)}${term.retry === null ? '' : ` + ${formatNumber(workload.retryRate)} × ${formatUsd(term.retry)}`})`,
          )
          .join(' + ')} = ${formatUsd(callCost)}`,
    ),
  );
  return {
    ok: true,
    cost: {
      modelId: model.id,
      name: model.name,
      share,
      perCall,
      byBucket,
      tokens: addBuckets(shape.first, shape.retry, workload.retryRate),
      effectiveHitRate: shape.effectiveHitRate,
      longContextAbove,
      appliedTiers,
    },
    steps,
    warnings,
  };
}

/** Cost per request, per user and per month of an LLM feature, with the breakdown by bucket and by model. */
export function estimateFeature(
  workload: FeatureWorkload,
  models: readonly ModelPricing[],
): FeatureEstimate | EstimateFailure {
  const byId = new Map(models.map((model) => [model.id, model]));
  const unknownModels = workload.mix.map((entry) => entry.modelId).filter((id) => !byId.has(id));
  if (unknownModels.length > 0) {
    return { ok: false, unknownModels, unpriced: [], message: `Unknown model: ${unknownModels.join(', ')}.` };
  }
  const costs: ModelCallCost[] = [];
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  const unpriced: UnpricedModel[] = [];
  for (const entry of workload.mix) {
    if (entry.share === 0) continue;
    const result = modelCallCost(workload, byId.get(entry.modelId)!, entry.share);
    if (!result.ok) {
      unpriced.push(result);
      continue;
    }
    costs.push(result.cost);
    steps.push(...result.steps);
    warnings.push(...result.warnings);
  }
  if (unpriced.length > 0) {
    return { ok: false, unknownModels: [], unpriced, message: unpriced.map((u) => u.message).join(' ') };
  }

  const perCall = costs.reduce((sum, c) => sum + c.share * c.perCall, 0);
  let perCallByBucket = emptyBuckets();
  for (const c of costs) perCallByBucket = addBuckets(perCallByBucket, c.byBucket, c.share);
  const perRequest = workload.callsPerRequest * perCall;
  const requestsPerMonth = workload.requestsPerDay * daysPerMonth;
  const monthly = requestsPerMonth * perRequest;
  steps.push(
    lazyStep(
      {
        group: 'Totals',
        label: 'Per request',
        formula: 'calls per request × Σ (model share × cost per call)',
        value: perRequest,
      },
      () =>
        `${formatNumber(workload.callsPerRequest)} × (${costs.map((c) => `${formatNumber(c.share)} × ${formatUsd(c.perCall)}`).join(' + ')}) = ${formatUsd(perRequest)}`,
    ),
    lazyStep(
      {
        group: 'Totals',
        label: 'Per month',
        formula: 'requests per day × 30.4375 days × cost per request',
        value: monthly,
      },
      () => `${formatNumber(workload.requestsPerDay)} × 30.4375 × ${formatUsd(perRequest)} = ${formatUsd(monthly)}`,
    ),
    lazyStep(
      {
        group: 'Totals',
        label: 'Per user per month',
        formula: 'monthly cost ÷ users',
        value: monthly / workload.users,
      },
      () => `${formatUsd(monthly)} ÷ ${formatNumber(workload.users)} = ${formatUsd(monthly / workload.users)}`,
    ),
  );
  const perRequestByBucket = scaleBuckets(perCallByBucket, workload.callsPerRequest);
  return {
    ok: true,
    perRequest,
    perRequestByBucket,
    requestsPerMonth,
    monthly,
    monthlyByBucket: scaleBuckets(perRequestByBucket, requestsPerMonth),
    perUserMonthly: monthly / workload.users,
    models: costs,
    steps,
    warnings: dedupe(warnings),
  };
}

/** Volumes the cost curve is drawn at: 10k to 10M interactions a month, three points a decade. */
export const defaultVolumes = [
  10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000,
] as const;

export interface VolumePoint {
  requestsPerMonth: number;
  monthly: number;
  perRequest: number;
}

/**
 * Monthly cost against monthly volume. Not a straight line when caching is on: sparse traffic lets the cache
 * go cold, so cost per request falls as volume rises.
 */
export function costAgainstVolume(
  workload: FeatureWorkload,
  models: readonly ModelPricing[],
  volumes: readonly number[] = defaultVolumes,
): { ok: true; points: VolumePoint[] } | EstimateFailure {
  const points: VolumePoint[] = [];
  for (const requestsPerMonth of volumes) {
    const estimate = estimateFeature({ ...workload, requestsPerDay: requestsPerMonth / daysPerMonth }, models);
    if (!estimate.ok) return estimate;
    points.push({ requestsPerMonth, monthly: estimate.monthly, perRequest: estimate.perRequest });
  }
  return { ok: true, points };
}
