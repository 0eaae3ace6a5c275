/**
 * Benchmark of the LLM cost engine and the token counters, in Node: `npm run bench:llm`.
 * Prints a table and writes test/artifacts/bench/llm-cost.json. `runLlmBench()` is exported so the project-wide
 * `npm run bench` can run it and merge the results. Timings on a shared machine vary; they are reported, never
 * asserted.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toBuckets } from '../../src/lib/llm-cost/buckets.ts';
import { computeLevers } from '../../src/lib/llm-cost/levers.ts';
import { rankModels } from '../../src/lib/llm-cost/ranking.ts';
import { priceRequest } from '../../src/lib/llm-cost/request.ts';
import { featureWorkloadSchema, leverOptionsSchema } from '../../src/lib/llm-cost/schemas.ts';
import { costAgainstVolume, estimateFeature } from '../../src/lib/llm-cost/workload.ts';
import { catalog, findModel } from '../../src/lib/llm-pricing/catalog.ts';
import { countExact, estimate, loadEncoding } from '../../src/lib/tokenizers/count.ts';
import type { ExactEncoding } from '../../src/lib/tokenizers/protocol.ts';
import { createCountHandler } from '../../src/lib/tokenizers/worker-core.ts';

export interface BenchResult {
  name: string;
  /** Operations per second (engine) or tokens per second (counters). */
  perSecond: number;
  unit: 'evaluations/s' | 'tokens/s' | 'characters/s';
  /** Median milliseconds per operation. */
  medianMs: number;
  detail?: string;
}

/** Runs `fn` repeatedly for about `ms` milliseconds after a warm-up; returns ops/s and the median time. */
async function measure(fn: () => unknown, ms = 1000): Promise<{ perSecond: number; medianMs: number }> {
  for (let i = 0; i < 20; i++) await fn();
  const times: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end || times.length < 5) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)]!;
  return { perSecond: 1000 / medianMs, medianMs };
}

const workload = featureWorkloadSchema.parse({
  requestsPerDay: 20_000,
  users: 5_000,
  callsPerRequest: 2,
  systemPromptTokens: 4_000,
  cacheableShare: 0.9,
  contextTokens: 6_000,
  userInputTokens: 300,
  outputTokens: 600,
  reasoningTokens: 400,
  cache: '5m',
  cacheHitRate: 0.85,
  retryRate: 0.1,
  batchShare: 0.2,
  mix: [
    { modelId: 'claude-sonnet-4-5', share: 0.7 },
    { modelId: 'gpt-5.4-mini', share: 0.3 },
  ],
});

/** Engine evaluations per second. */
export async function benchEngine(): Promise<BenchResult[]> {
  const sonnet = findModel('claude-sonnet-4-5')!;
  const models = catalog.models;
  const buckets = toBuckets({ uncachedInput: 6_300, cacheRead: 3_600, cacheWrite5m: 400, output: 600, reasoning: 400 });
  const options = leverOptionsSchema.parse({});
  const cases: [string, () => unknown, string][] = [
    ['priceRequest', () => priceRequest(sonnet, buckets), 'one request, six buckets, steps written only when read'],
    ['estimateFeature', () => estimateFeature(workload, models), 'two-model mix, caching, retries, 20 % batch'],
    ['costAgainstVolume', () => costAgainstVolume(workload, models), '10 volumes, 10k to 10M a month'],
    ['rankModels', () => rankModels(workload, models), `all ${models.length} catalog models`],
    ['computeLevers', () => computeLevers(workload, models, options), 'five levers, default small model'],
  ];
  const results: BenchResult[] = [];
  for (const [name, fn, detail] of cases) {
    const { perSecond, medianMs } = await measure(fn);
    results.push({ name, perSecond, unit: 'evaluations/s', medianMs, detail });
  }
  return results;
}

/**
 * About `size` characters of text with little repetition, so the tokenizer's merge cache does not flatter it:
 * invented words from random syllables, numbers and punctuation, with lines of the fixture texts (German, CJK,
 * RTL, emoji, code) mixed in. Seeded, so every run counts the same text.
 */
export async function sampleText(size = 100_000): Promise<string> {
  const dir = resolve('test/fixtures/tokenizer-texts');
  const lines = (await Promise.all((await readdir(dir)).sort().map((file) => readFile(join(dir, file), 'utf8'))))
    .join('\n')
    .split('\n')
    .filter(Boolean);
  let seed = 0x2f6b1d;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const onsets = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'st', 'tr', 'ch', 'br'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ie'];
  let text = '';
  while (text.length < size) {
    const roll = random();
    if (roll < 0.04) text += `\n${pick(lines)}\n`;
    else if (roll < 0.1) text += ` ${Math.floor(random() * 100_000)}`;
    else if (roll < 0.16) text += pick(['.', ',', ';', ':', '!', '?', ' —', ' (', ')']);
    else {
      let word = '';
      for (let i = 1 + Math.floor(random() * 3); i > 0; i--) word += pick(onsets) + pick(vowels);
      text += ` ${random() < 0.1 ? word[0]!.toUpperCase() + word.slice(1) : word}`;
    }
  }
  return text.slice(0, size);
}

/** Tokens counted per second on 100 KB of mixed text, per method, and the worker path end to end. */
export async function benchTokenizers(): Promise<BenchResult[]> {
  const text = await sampleText();
  const results: BenchResult[] = [];
  for (const encoding of ['o200k_base', 'cl100k_base'] as ExactEncoding[]) {
    const loadStart = performance.now();
    await loadEncoding(encoding);
    const loadMs = performance.now() - loadStart;
    // The first count in a fresh process: cold JIT and empty merge cache, what a visitor's first paste costs.
    const firstStart = performance.now();
    const tokens = (await countExact(text, encoding))!.tokens;
    const firstMs = performance.now() - firstStart;
    const { clearMergeCache } = await import(`gpt-tokenizer/encoding/${encoding}`);
    // Then with the merge cache emptied before every run (warm JIT): a new text in a warm worker.
    const { medianMs } = await measure(() => {
      clearMergeCache();
      return countExact(text, encoding);
    }, 2000);
    results.push({
      name: `count ${encoding}`,
      perSecond: (tokens / medianMs) * 1000,
      unit: 'tokens/s',
      medianMs,
      detail:
        `${text.length.toLocaleString('en-US')} chars → ${tokens.toLocaleString('en-US')} tokens; ` +
        `load ${loadMs.toFixed(0)} ms, first count ${firstMs.toFixed(0)} ms`,
    });
  }
  const estimated = estimate(text).tokens;
  const est = await measure(() => estimate(text), 1000);
  results.push({
    name: 'estimate (tokenx)',
    perSecond: (estimated / est.medianMs) * 1000,
    unit: 'tokens/s',
    medianMs: est.medianMs,
    detail: `≈ ${estimated.toLocaleString('en-US')} tokens`,
  });
  // The worker's own path: request → progress messages → result, both exact encodings and the estimate.
  const handle = createCountHandler(() => {});
  const worker = await measure(
    () => handle({ type: 'count', id: Date.now(), text, methods: ['o200k_base', 'cl100k_base', 'estimate'] }),
    2000,
  );
  results.push({
    name: 'worker handler, 3 methods',
    perSecond: (text.length / worker.medianMs) * 1000,
    unit: 'characters/s',
    medianMs: worker.medianMs,
    detail: '100 KB counted with o200k_base, cl100k_base and tokenx, progress messages included',
  });
  return results;
}

/** Both benchmarks; writes test/artifacts/bench/llm-cost.json. */
export async function runLlmBench(): Promise<BenchResult[]> {
  const results = [...(await benchEngine()), ...(await benchTokenizers())];
  await mkdir('test/artifacts/bench', { recursive: true });
  await writeFile(
    'test/artifacts/bench/llm-cost.json',
    JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n',
  );
  return results;
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const results = await runLlmBench();
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  console.log(`LLM cost engine and token counters (Node ${process.version})`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(28)} ${number.format(r.perSecond).padStart(12)} ${r.unit.padEnd(14)} ${r.medianMs.toFixed(3).padStart(9)} ms  ${r.detail ?? ''}`,
    );
  }
  console.log('Written to test/artifacts/bench/llm-cost.json');
}
