import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ToolResult } from '../../../../src/lib/tool-kit/result';
import { evaluatePromptCost, methodsFor, type Counted } from '../../../../src/tools/prompt-token-counter/model';
import { inputs, type Inputs } from '../../../../src/tools/prompt-token-counter/schema';
import { gpt5, sonnet45, testModel } from '../../llm-cost/fixture-models';
import { arbitraryValues, nonFinite } from '../support';

const gpt5Exact = { ...gpt5, tokenizer: 'o200k_base' as const };
const mystery = testModel({ id: 'mystery', name: 'Mystery', prices: { output: 1 } });
const models = [sonnet45, gpt5Exact, mystery];

/** 4,000 characters: 1,000 o200k_base tokens (exact) and an estimate of 1,200. */
const counted: Counted = {
  characters: 4_000,
  counts: [
    { method: 'o200k_base', tokens: 1_000, exact: true, label: 'o200k_base', ms: 3 },
    { method: 'estimate', tokens: 1_200, exact: false, label: '≈ estimate', ms: 1 },
  ],
};
const run = (change: Partial<Inputs> = {}, counts: Counted | null = counted) =>
  evaluatePromptCost({ ...inputs.defaults, ...change }, counts, models);
const table = (result: ToolResult, key: string) => result.tables.find((t) => t.key === key);
const metric = (result: ToolResult, key: string) => result.metrics.find((m) => m.key === key);

describe('cost of the counted prompt on each model, computed by hand', () => {
  describe.each<[string, Partial<Inputs>, string, number, boolean, number, number, number]>([
    // GPT-5 with its exact o200k count: 1,000 × $1.25/M = $0.00125 uncached; no write fee, so a write is billed as
    // input, $0.00125. 1,000 tokens is below OpenAI's 1,024-token minimum: nothing is cached, so a "read" is also
    // $0.00125 (was 1,000 × $0.125 = $0.000125, 10× too low).
    ['GPT-5, sent once, below the cache minimum', {}, 'gpt-5', 1_000, false, 0.00125, 0.00125, 0.00125],
    // Sonnet 4.5 with the estimate: 1,200 × $3 = $0.0036; write 1,200 × $3.75 = $0.0045; read 1,200 × $0.30 = $0.00036.
    ['Sonnet 4.5, sent once', {}, 'claude-sonnet-4-5', 1_200, true, 0.0036, 0.0045, 0.00036],
    // Sent 1,000 times: each amount × 1,000.
    ['Sonnet 4.5, sent 1,000 times', { sends: 1_000 }, 'claude-sonnet-4-5', 1_200, true, 3.6, 4.5, 0.36],
    // An edited input price: GPT-5 at $2/M: 1,000 × $2 = $0.002 uncached, written (no write fee) and read
    // (below the 1,024-token minimum, so not cached).
    [
      'GPT-5 with an edited input price',
      { prices: [{ model: 'gpt-5', price: 'input', usd: 2 }] },
      'gpt-5',
      1_000,
      false,
      0.002,
      0.002,
      0.002,
    ],
    // Only Anthropic models: Sonnet alone, same amounts.
    ['Anthropic only', { family: 'anthropic' }, 'claude-sonnet-4-5', 1_200, true, 0.0036, 0.0045, 0.00036],
  ])('%s', (_, change, model, tokens, approximate, uncached, write, cached) => {
    const row = table(run(change), 'costs')!.rows.find((candidate) => candidate.key === model)!;
    it(`${tokens} tokens${approximate ? ' (≈)' : ''}: ${uncached} uncached, ${write} written, ${cached} read`, () => {
      expect(row.tokens).toMatchObject({ value: tokens, ...(approximate ? { approximate: true } : {}) });
      if (!approximate) expect(row.tokens).not.toHaveProperty('approximate');
      expect(row.uncached).toBeCloseTo(uncached, 12);
      expect(row.write).toBeCloseTo(write, 12);
      expect(row.cached).toBeCloseTo(cached, 12);
    });
  });
});

describe('the result', () => {
  it('heads with the exact count and marks the estimate', () => {
    const result = run();
    expect(metric(result, 'o200k')).toMatchObject({ value: 1_000 });
    expect(metric(result, 'estimate')).toMatchObject({ value: 1_200, approximate: true });
    expect(result.verdict.headline.values?.tokens?.value).toBe(1_000);
    expect(metric(result, 'cheapest')).toMatchObject({ value: 0.00125, hint: { template: 'GPT-5' } });
  });

  it('lists the model without an input price as unpriced, never at $0', () => {
    const result = run();
    expect(table(result, 'costs')!.rows.map((row) => row.key)).not.toContain('mystery');
    expect(table(result, 'unpriced')!.rows).toEqual([expect.objectContaining({ key: 'mystery', status: 'unpriced' })]);
  });

  it('waits for a text before counting anything', () => {
    const result = run({}, null);
    expect(result.verdict.headline.template).toMatch(/Paste a prompt/);
    expect(result.metrics.every((m) => m.value === null)).toBe(true);
    expect(table(result, 'costs')).toBeUndefined();
  });

  it('asks the worker for cl100k_base only when wanted', () => {
    expect(methodsFor(inputs.defaults)).toEqual(['o200k_base', 'estimate']);
    expect(methodsFor({ ...inputs.defaults, cl100k: true })).toEqual(['o200k_base', 'cl100k_base', 'estimate']);
  });

  it('shows its math with the engine’s steps for the cheapest model', () => {
    const steps = run({ sends: 10 }).steps;
    expect(steps.some((step) => step.label.startsWith('GPT-5, uncached'))).toBe(true);
    expect(steps.at(-1)).toMatchObject({ result: { value: 0.0125 } });
  });
});

describe('properties', () => {
  const counts = fc.record({
    characters: fc.integer({ min: 0, max: 20_000_000 }),
    counts: fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 })).map(([a, b]) => [
      { method: 'o200k_base' as const, tokens: a, exact: true, label: 'o200k_base', ms: 1 },
      { method: 'estimate' as const, tokens: b, exact: false, label: '≈', ms: 1 },
    ]),
  });
  it('never throws and keeps every number finite, for any inputs and counts', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs), fc.option(counts, { nil: null }), (values, count) => {
        expect(nonFinite(evaluatePromptCost(values, count))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
