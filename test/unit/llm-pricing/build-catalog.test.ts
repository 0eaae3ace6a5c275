import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport, snapshotDateFor } from '../../../src/cli/prices-update';
import { buildCatalog, perMillion } from '../../../src/lib/llm-pricing/build-catalog';
import type { CuratedModel } from '../../../src/lib/llm-pricing/curated';

const fixture = 'test/fixtures/llm-prices/litellm-sample.2026-01-15.json';
const raw = JSON.parse(readFileSync(fixture, 'utf8'));

const curated: CuratedModel[] = [
  { id: 'acme-large', name: 'Acme Large', maker: 'Acme', family: 'openai', tokenizer: 'o200k_base' },
  { id: 'acme-small', name: 'Acme Small', maker: 'Acme', family: 'openai', tokenizer: 'o200k_base' },
  { id: 'claude-test', name: 'Claude Test', maker: 'Anthropic', family: 'anthropic' },
  { id: 'banded/coder', name: 'Banded Coder', maker: 'Alibaba', family: 'open' },
  { id: 'host/no-write-fee', name: 'No Write Fee', maker: 'DeepSeek', family: 'open' },
  { id: 'broken/string-price', name: 'Broken', maker: 'X', family: 'open' },
  { id: 'gone-model', name: 'Gone', maker: 'X', family: 'open' },
];

const { catalog, report } = buildCatalog(raw, { snapshotDate: '2026-01-15', curated });
const model = (id: string) => catalog.models.find((m) => m.id === id)!;

describe('perMillion', () => {
  it.each([
    [3e-6, 3],
    [3.75e-6, 3.75],
    [1.25e-7, 0.125],
    [3.625e-9, 0.003625],
    [0, 0],
    [undefined, null],
  ])('%s per token is %s per million', (perToken, expected) => {
    expect(perMillion(perToken)).toBe(expected);
  });
});

describe('validation and report', () => {
  it('skips the documentation keys', () => {
    expect(report.skipped).toEqual(['sample_spec', 'fallback_generalizations']);
  });

  it('reports malformed entries with the field at fault, and skips them', () => {
    expect(report.malformed.map((m) => m.key)).toEqual([
      'broken/string-price',
      'broken/negative',
      'broken/no-provider',
    ]);
    expect(report.malformed[0]!.problems.join()).toMatch(/input_cost_per_token/);
    expect(report.malformed[2]!.problems.join()).toMatch(/litellm_provider/);
  });

  it('reports curated models that vanished or are malformed', () => {
    expect(report.vanished).toEqual(['broken/string-price', 'gone-model']);
    expect(catalog.models.map((m) => m.id)).toEqual([
      'acme-large',
      'acme-small',
      'claude-test',
      'banded/coder',
      'host/no-write-fee',
    ]);
  });

  it('notes what it derived or corrected', () => {
    const notes = report.notes.map((n) => `${n.id}: ${n.note}`);
    expect(notes).toContainEqual(expect.stringMatching(/^claude-test: batch derived as 0.5×/));
    expect(notes).toContainEqual(expect.stringMatching(/^acme-small: priority: the source gives only the input price/));
    expect(notes).toContainEqual(expect.stringMatching(/^host\/no-write-fee: cache write listed as 0/));
    expect(notes).toContainEqual(expect.stringMatching(/^host\/no-write-fee: deprecated on 2025-12-31/));
    expect(formatReport(report, catalog.models.length, 'out.json').join('\n')).toMatch(/VANISHED gone-model/);
  });

  it('refuses a file that is not an object of models', () => {
    expect(() => buildCatalog([], { snapshotDate: '2026-01-15', curated })).toThrow(/JSON object/);
  });

  it('dates and attributes the catalog', () => {
    expect(catalog.snapshotDate).toBe('2026-01-15');
    expect(catalog.source).toMatchObject({ license: 'MIT', url: expect.stringMatching(/BerriAI\/litellm/) });
  });
});

describe('conversion', () => {
  it('converts standard, service-tier and long-context prices to USD per million', () => {
    const large = model('acme-large');
    expect(large.prices).toEqual({
      input: 2,
      output: 16,
      cacheRead: 0.2,
      cacheWrite5m: null,
      cacheWrite1h: null,
      reasoning: null,
    });
    expect(large.batch).toEqual({ input: 1, output: 8, cacheRead: null, cacheWrite5m: null, derived: false });
    expect(large.flex).toEqual({ input: 1, output: 8, cacheRead: 0.1, cacheWrite5m: null, derived: false });
    expect(large.priority).toMatchObject({ input: 4, output: 32 });
    // Only token-price thresholds become tiers: the audio "above 128k" field is ignored.
    expect(large.longContext).toEqual([
      {
        aboveInputTokens: 272_000,
        prices: { input: 4, output: 24, cacheRead: 0.4, cacheWrite5m: null, cacheWrite1h: null, reasoning: null },
        priority: { input: 8, output: 48, cacheRead: null, cacheWrite5m: null, derived: false },
      },
    ]);
    expect(large).toMatchObject({
      contextWindow: 400_000,
      maxOutputTokens: 64_000,
      cacheMinTokens: 1024,
      usage: 'openai',
    });
  });

  it('reads the 1-hour cache write, also above 200k, and derives batch at 50 % for Anthropic', () => {
    const claude = model('claude-test');
    expect(claude.prices).toMatchObject({ cacheWrite5m: 3.75, cacheWrite1h: 6 });
    expect(claude.longContext[0]).toMatchObject({
      aboveInputTokens: 200_000,
      prices: { input: 6, output: 22.5, cacheWrite1h: 12 },
    });
    expect(claude.batch).toEqual({ input: 1.5, output: 7.5, cacheRead: null, cacheWrite5m: null, derived: true });
    expect(claude).toMatchObject({ cacheMinTokens: 2048, usage: 'anthropic', tokenizer: 'estimate' });
  });

  it('turns banded prices into a base price and tiers, whatever their order', () => {
    const banded = model('banded/coder');
    expect(banded.prices).toMatchObject({ input: 1, output: 5, cacheRead: 0.1 });
    expect(banded.longContext).toEqual([
      {
        aboveInputTokens: 32_000,
        prices: { input: 2, output: 10, cacheRead: null, cacheWrite5m: null, cacheWrite1h: null, reasoning: null },
        priority: null,
      },
    ]);
    expect(banded.batch).toBeNull();
  });

  it('treats a zero cache-write price as no write fee, not free input', () => {
    expect(model('host/no-write-fee').prices.cacheWrite5m).toBeNull();
  });

  it('leaves a half-priced tier unpriced and lists every missing price', () => {
    expect(model('acme-small').priority).toBeNull();
    expect(model('acme-small').unpriced).toEqual([
      'cacheRead',
      'cacheWrite5m',
      'cacheWrite1h',
      'reasoning',
      'flex',
      'priority',
    ]);
    // acme-small has no batch price in the source, but OpenAI offers 50 %: derived, so not unpriced.
    expect(model('acme-small').batch).toMatchObject({ input: 0.075, output: 0.3, derived: true });
  });
});

describe('snapshot date', () => {
  it.each([
    ['/data/llm-prices.litellm-2026-07-24.json', undefined, '2026-07-24'],
    ['https://example.org/prices-2025-01-02.json?ref=main', undefined, '2025-01-02'],
    ['prices.json', '2026-03-01', '2026-03-01'],
    ['prices-2026-01-01.json', '2026-02-02', '2026-02-02'],
  ])('%s with --date %s is %s', (source, flag, expected) => {
    expect(snapshotDateFor(source, flag)).toBe(expected);
  });

  it.each([
    ['prices.json', undefined, /No snapshot date/],
    ['prices.json', '2026-02-30', /Invalid snapshot date/],
    ['prices.json', 'yesterday', /Invalid snapshot date/],
  ])('%s with --date %s is refused', (source, flag, message) => {
    expect(() => snapshotDateFor(source, flag)).toThrow(message);
  });
});
