/**
 * The six kinds of tokens a request is billed for. Every vendor's usage report is converted into these buckets
 * (src/lib/llm-cost/usage.ts) before pricing, so no token is counted twice or missed.
 */
export const bucketNames = [
  'uncachedInput',
  'cacheRead',
  'cacheWrite5m',
  'cacheWrite1h',
  'output',
  'reasoning',
] as const;

export type Bucket = (typeof bucketNames)[number];
export type TokenBuckets = Record<Bucket, number>;

/** Labels the tools show for each bucket. */
export const bucketLabels: Record<Bucket, string> = {
  uncachedInput: 'Uncached input',
  cacheRead: 'Cache read',
  cacheWrite5m: 'Cache write (5 min)',
  cacheWrite1h: 'Cache write (1 h)',
  output: 'Output',
  reasoning: 'Reasoning',
};

/** Buckets billed at input-side prices (and counted for long-context thresholds). */
export const inputBuckets: readonly Bucket[] = ['uncachedInput', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h'];

/** All zeros. */
export function emptyBuckets(): TokenBuckets {
  return { uncachedInput: 0, cacheRead: 0, cacheWrite5m: 0, cacheWrite1h: 0, output: 0, reasoning: 0 };
}

/** A partial bucket set filled with zeros. */
export function toBuckets(partial: Partial<TokenBuckets>): TokenBuckets {
  return { ...emptyBuckets(), ...partial };
}

/**
 * All input tokens of a request, cached or not. Long-context thresholds count these: Anthropic ("input tokens
 * including cache reads and writes"), OpenAI and Google apply their tiers to the whole prompt.
 */
export function totalInputTokens(buckets: TokenBuckets): number {
  return buckets.uncachedInput + buckets.cacheRead + buckets.cacheWrite5m + buckets.cacheWrite1h;
}

/** `a + scale × b`, bucket by bucket. */
export function addBuckets(a: TokenBuckets, b: TokenBuckets, scale = 1): TokenBuckets {
  const sum = emptyBuckets();
  for (const name of bucketNames) sum[name] = a[name] + scale * b[name];
  return sum;
}

/** `scale × a`, bucket by bucket. */
export function scaleBuckets(a: TokenBuckets, scale: number): TokenBuckets {
  return addBuckets(emptyBuckets(), a, scale);
}
