/**
 * The LLM feature cost inputs checked by hand (see ./input-checks.ts): a workload and the lever settings, as
 * `featureWorkloadSchema` and `leverOptionsSchema` check them.
 */
import { checkObject, record, type Checked, type Reader } from './input-checks.ts';
import { cacheModes, interactiveTiers } from './input-options.ts';
import type { FeatureWorkload, FeatureWorkloadInput, LeverOptions, LeverOptionsInput } from './schemas.ts';

function readMix(value: unknown, r: Reader): FeatureWorkload['mix'] {
  const before = r.problems.length;
  const mix = r.list(value, 'choose at least one model', [12, 'at most 12 models in a mix'], (entry) => {
    const row = record(entry);
    if (!row) {
      r.problems.push('a mix entry is a model and a share');
      return { modelId: '', share: 0 };
    }
    return { modelId: r.text(row.modelId, 'model'), share: r.share(row.share, 'share of a model') };
  });
  // The schema checks the whole mix only when every entry is well formed.
  if (r.problems.length > before) return mix;
  if (Math.abs(mix.reduce((sum, entry) => sum + entry.share, 0) - 1) > 1e-4) {
    r.problems.push('the shares of the models must add up to 100 %');
  }
  if (new Set(mix.map((entry) => entry.modelId)).size !== mix.length) {
    r.problems.push('each model may appear once in the mix');
  }
  return mix;
}

/** A feature workload checked as `featureWorkloadSchema` checks it, defaults filled. */
export function checkFeatureWorkload(workload: FeatureWorkloadInput | unknown): Checked<FeatureWorkload> {
  return checkObject(workload, (w, r) => ({
    requestsPerDay: r.number(w.requestsPerDay, 0, 1e10, 'requests per day: from 0 to 10 billion'),
    users: r.number(w.users, 1, 1e10, 'at least one user, at most 10 billion', true),
    callsPerRequest: r.numberOr(w.callsPerRequest, 1, 1, 1000, 'calls per request: from 1 to 1,000'),
    systemPromptTokens: r.tokens(w.systemPromptTokens, 'system prompt'),
    cacheableShare: r.share(w.cacheableShare, 'cacheable share'),
    contextTokens: r.tokens(w.contextTokens, 'context'),
    userInputTokens: r.tokens(w.userInputTokens, 'user input'),
    outputTokens: r.tokens(w.outputTokens, 'output'),
    reasoningTokens: w.reasoningTokens === undefined ? 0 : r.tokens(w.reasoningTokens, 'reasoning'),
    cache: r.oneOf(w.cache, cacheModes, 'cache'),
    cacheHitRate: r.share(w.cacheHitRate, 'cache hit rate'),
    cacheWarmthFromTraffic:
      w.cacheWarmthFromTraffic === undefined ? true : r.boolean(w.cacheWarmthFromTraffic, 'cache warmth from traffic'),
    retryRate: r.number(w.retryRate, 0, 10, 'retries: from 0 to 1,000 %'),
    retryOutputShare: w.retryOutputShare === undefined ? 1 : r.share(w.retryOutputShare, 'output of a failed attempt'),
    retryCache: w.retryCache === undefined ? 'warm' : r.oneOf(w.retryCache, ['warm', 'cold'] as const, 'retry cache'),
    batchShare: r.share(w.batchShare, 'batch share'),
    serviceTier: w.serviceTier === undefined ? 'standard' : r.oneOf(w.serviceTier, interactiveTiers, 'service tier'),
    mix: readMix(w.mix, r),
  }));
}

/** Lever settings checked as `leverOptionsSchema` checks them, defaults filled. */
export function checkLeverOptions(options: LeverOptionsInput | unknown): Checked<LeverOptions> {
  const share = (r: Reader, value: unknown, fallback: number, name: string) =>
    value === undefined ? fallback : r.share(value, name);
  return checkObject(options, (o, r) => ({
    cacheHitRate: share(r, o.cacheHitRate, 0.8, 'lever hit rate'),
    ...(o.smallModelId === undefined ? {} : { smallModelId: r.text(o.smallModelId, 'small model') }),
    routeShare: share(r, o.routeShare, 0.5, 'routed share'),
    trimContextShare: share(r, o.trimContextShare, 0.2, 'context trimmed'),
    retryCap: r.numberOr(o.retryCap, 0.05, 0, 10, 'retry cap: from 0 to 1,000 %'),
    batchShare: share(r, o.batchShare, 0.5, 'lever batch share'),
  }));
}
