/**
 * Prompt token counter: a thin adapter from the worker's token counts (src/lib/tokenizers) and the tool's
 * inputs to the LLM cost engine's `promptCosts` (src/lib/llm-cost/prompt-cost.ts: each model is charged for the
 * count of its own tokenizer, exact for OpenAI encodings, the "≈" estimate for the others) and back to the
 * kit's result. The only arithmetic here is scaling one send to the number of sends.
 */
import { overridesFrom } from '../../lib/ai-tools/catalog-inputs';
import { catalogFigure, engineSteps, pricesTable, pricingRuleFigures } from '../../lib/ai-tools/engine-results';
import { toBuckets } from '../../lib/llm-cost/buckets';
import type { Warning } from '../../lib/llm-cost/math';
import { cacheableTokens } from '../../lib/llm-cost/cache-minimum';
import { promptCosts, type CountsByMethod } from '../../lib/llm-cost/prompt-cost';
import { priceRequest } from '../../lib/llm-cost/request';
import { catalog } from '../../lib/llm-pricing/catalog';
import { applyPriceOverrides } from '../../lib/llm-pricing/overrides';
import type { ModelPricing } from '../../lib/llm-pricing/schema';
import type { CountMethod, TokenCount } from '../../lib/tokenizers/protocol';
import { sourced } from '../../lib/tool-kit/figures';
import {
  q,
  t,
  type MathStep,
  type Metric,
  type ResultTable,
  type Text,
  type ToolResult,
} from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import { inputs, type Inputs } from './schema';

/** What the island passes the model: the size of the text and the worker's counts, never the text itself. */
export interface Counted {
  characters: number;
  counts: TokenCount[];
}

/** The counting methods these inputs ask the worker for. */
export function methodsFor(v: Inputs): CountMethod[] {
  return v.cl100k ? ['o200k_base', 'cl100k_base', 'estimate'] : ['o200k_base', 'estimate'];
}

/** The models to price: the catalog with price edits, of the chosen family. */
export function modelsFor(v: Inputs, base: readonly ModelPricing[] = catalog.models): ModelPricing[] {
  const models = applyPriceOverrides(base, overridesFrom(v.prices));
  return v.family === 'all' ? models : models.filter((model) => model.family === v.family);
}

const tokenizerFigures = [
  sourced({
    value: 200_000,
    unit: 'tokens in the o200k_base vocabulary (exact counts with gpt-tokenizer, MIT)',
    source: 'gpt-tokenizer (npm), a port of OpenAI’s tiktoken',
    url: 'https://github.com/niieani/gpt-tokenizer',
    asOf: '2026',
    note: 'o200k_base: GPT-4o, GPT-4.1, GPT-5 and the o-series; cl100k_base: GPT-4 and GPT-3.5. Counts are of the text alone, without the few tokens a chat message format adds.',
  }),
  sourced({
    value: 4,
    unit: 'characters per token, roughly, in English (the estimate adjusts for other scripts)',
    source: 'tokenx (npm), a heuristic token estimator',
    url: 'https://github.com/johannschopplich/tokenx',
    asOf: '2026',
    note: 'Anthropic, Google and most open models do not publish a tokenizer that runs in a browser (Anthropic’s published one is not accurate from Claude 3 on): their counts are estimates, marked ≈.',
  }),
];

const figures = [catalogFigure, ...pricingRuleFigures, ...tokenizerFigures];

const methodNames: Record<CountMethod, string> = {
  o200k_base: 'o200k_base (GPT-4o, GPT-4.1, GPT-5, o-series, gpt-oss)',
  cl100k_base: 'cl100k_base (GPT-4, GPT-3.5, embeddings)',
  estimate: '≈ estimate (Claude, Gemini, open models)',
};

/** Warnings of many models grouped by kind, so 40 models lacking a price make one line, not 40. */
function groupedWarnings(warnings: readonly Warning[], names: Map<string, string>): Text[] {
  const byCode = new Map<string, { first: string; models: Set<string> }>();
  for (const warning of warnings) {
    if (warning.level !== 'warning') continue;
    const entry = byCode.get(warning.code) ?? { first: warning.message, models: new Set<string>() };
    if (warning.modelId) entry.models.add(names.get(warning.modelId) ?? warning.modelId);
    byCode.set(warning.code, entry);
  }
  return [...byCode.values()].map(({ first, models }) =>
    models.size <= 1
      ? t(first)
      : t(`${first} The same holds for ${models.size - 1} other models: ${[...models].slice(1).join(', ')}.`),
  );
}

function waiting(v: Inputs, models: ModelPricing[], edited: Set<string>): ToolResult {
  const empty = (key: string, label: string, approximate = false): Metric => ({
    key,
    label,
    ...q(null, 'integer', '—'),
    ...(approximate ? { approximate } : {}),
  });
  return {
    verdict: {
      tone: 'neutral',
      headline: t('Paste a prompt or a document to count its tokens'),
      detail: t(
        'Counting runs in your browser: exact for OpenAI encodings, an estimate (≈) for the others. The text is never sent anywhere and never put in the link.',
      ),
    },
    metrics: [
      empty('o200k', 'o200k_base tokens'),
      ...(v.cl100k ? [empty('cl100k', 'cl100k_base tokens')] : []),
      empty('estimate', 'Estimate, other models', true),
      empty('characters', 'Characters'),
    ],
    tables: [{ ...pricesTable('prices', 'Prices used', models, edited), limit: 10 }],
    steps: [],
    warnings: [],
    figures,
  };
}

/** The tool's model: counts and each model's cost for the counted text. */
export function evaluatePromptCost(
  v: Inputs,
  counted: Counted | null,
  base: readonly ModelPricing[] = catalog.models,
): ToolResult {
  const models = modelsFor(v, base);
  const edited = new Set(v.prices.map((row) => row.model));
  if (!counted) return waiting(v, models, edited);

  const byMethod: CountsByMethod = {};
  for (const count of counted.counts) byMethod[count.method] = count.tokens;
  const costs = promptCosts(byMethod, models);
  const sends = v.sends;
  const names = new Map(models.map((model) => [model.id, model.name]));
  const cheapest = costs.rows[0];
  const dearest = costs.rows.at(-1);
  const count = (method: CountMethod) => byMethod[method] ?? null;

  const metrics: Metric[] = [
    { key: 'o200k', label: 'o200k_base tokens', ...q(count('o200k_base'), 'integer', 'not counted'), hint: t('exact') },
    ...(v.cl100k
      ? [
          {
            key: 'cl100k',
            label: 'cl100k_base tokens',
            ...q(count('cl100k_base'), 'integer', 'not counted'),
            hint: t('exact'),
          } satisfies Metric,
        ]
      : []),
    {
      key: 'estimate',
      label: 'Estimate, other models',
      ...q(count('estimate'), 'integer', 'not counted'),
      approximate: true,
      hint: t('heuristic: their tokenizers are not public'),
    },
    { key: 'characters', label: 'Characters', ...q(counted.characters, 'integer') },
    ...(cheapest
      ? [
          {
            key: 'cheapest',
            label: sends === 1 ? 'Cheapest, uncached' : `Cheapest, ${sends.toLocaleString('en-US')} sends`,
            ...q(cheapest.uncached * sends, 'cost'),
            hint: t(cheapest.model.name),
          } satisfies Metric,
        ]
      : []),
    ...(dearest
      ? [
          {
            key: 'dearest',
            label: sends === 1 ? 'Dearest, uncached' : `Dearest, ${sends.toLocaleString('en-US')} sends`,
            ...q(dearest.uncached * sends, 'cost'),
            hint: t(dearest.model.name),
          } satisfies Metric,
        ]
      : []),
  ];

  const costTable: ResultTable = {
    key: 'costs',
    caption:
      sends === 1
        ? 'Cost of this prompt on each model'
        : `Cost of sending this prompt ${sends.toLocaleString('en-US')} times`,
    note: 'As input tokens: sent uncached, written to the cache for 5 minutes, or read from it. Below a model’s minimum cacheable size (1,024 tokens on OpenAI, up to 4,096 on some Anthropic models) nothing is cached, so writes and reads cost the uncached price. Cheapest first; ≈ marks an estimated count.',
    limit: 15,
    columns: [
      { key: 'model', label: 'Model' },
      { key: 'tokens', label: 'Tokens', format: 'integer' },
      { key: 'uncached', label: 'Uncached', format: 'cost' },
      { key: 'write', label: 'Cache write', format: 'cost' },
      { key: 'cached', label: 'Cache read', format: 'cost' },
    ],
    rows: costs.rows.map((row) => ({
      key: row.model.id,
      model: edited.has(row.model.id) ? `${row.model.name} (edited)` : row.model.name,
      tokens: { ...q(row.tokens, 'integer'), ...(row.exact ? {} : { approximate: true }) },
      uncached: row.uncached * sends,
      write: row.cacheWrite * sends,
      cached: row.cached * sends,
    })),
  };
  const countTable: ResultTable = {
    key: 'counts',
    caption: 'Token counts',
    columns: [
      { key: 'method', label: 'Tokenizer' },
      { key: 'tokens', label: 'Tokens', format: 'integer' },
      { key: 'kind', label: 'Kind' },
      { key: 'perToken', label: 'Characters per token', format: 'number', nullText: '—' },
    ],
    rows: counted.counts.map((entry) => ({
      key: entry.method,
      method: methodNames[entry.method],
      tokens: { ...q(entry.tokens, 'integer'), ...(entry.exact ? {} : { approximate: true }) },
      kind: entry.exact ? 'exact' : '≈ estimate',
      perToken: entry.tokens > 0 ? counted.characters / entry.tokens : null,
    })),
  };
  const tables: ResultTable[] = [costTable, countTable];
  if (costs.unpriced.length > 0) {
    tables.push({
      key: 'unpriced',
      caption: `Unpriced (${costs.unpriced.length})`,
      note: 'No input price in the catalog or your edits: not free, unknown. Enter a price under “Price edits”.',
      columns: [
        { key: 'model', label: 'Model' },
        { key: 'status', label: 'Price' },
        { key: 'detail', label: 'Detail' },
      ],
      rows: costs.unpriced.map((entry) => ({
        key: entry.modelId,
        model: names.get(entry.modelId) ?? entry.modelId,
        status: 'unpriced',
        detail: entry.message,
      })),
    });
  }
  tables.push({ ...pricesTable('prices', 'Prices used', models, edited), limit: 10 });

  const steps: MathStep[] = [];
  if (cheapest) {
    const uncached = priceRequest(cheapest.model, toBuckets({ uncachedInput: cheapest.tokens }));
    // The same minimum-cacheable rule as the cost table (and the feature cost tool): below it a read is input.
    const read = cacheableTokens(cheapest.model, cheapest.tokens).tokens;
    const cached = priceRequest(cheapest.model, toBuckets({ cacheRead: read, uncachedInput: cheapest.tokens - read }));
    if (uncached.ok)
      steps.push(...engineSteps(uncached.steps.map((step) => ({ ...step, group: `${step.group}, uncached` }))));
    if (cached.ok)
      steps.push(...engineSteps(cached.steps.map((step) => ({ ...step, group: `${step.group}, cache read` }))));
    if (sends !== 1) {
      steps.push({
        label: `${cheapest.model.name}: ${sends.toLocaleString('en-US')} sends, uncached`,
        formula: 'cost of one send × number of sends',
        substituted: t('{one} × {sends}', { one: q(cheapest.uncached, 'cost'), sends: q(sends, 'integer') }),
        result: q(cheapest.uncached * sends, 'cost'),
      });
    }
  }

  const o200k = count('o200k_base');
  const estimated = count('estimate');
  return {
    verdict: {
      tone: 'neutral',
      headline:
        o200k === null
          ? t('≈ {estimate} tokens (estimate)', { estimate: q(estimated, 'integer') })
          : t('{tokens} tokens with o200k_base, exact', { tokens: q(o200k, 'integer') }),
      detail:
        cheapest && dearest
          ? t(
              '{estimate} for Claude, Gemini and open models (an estimate: their tokenizers are not public). ' +
                `${sends === 1 ? 'Sent once' : 'Sent {sends} times'}, uncached, it costs from {low} on ${cheapest.model.name} to {high} on ${dearest.model.name}.`,
              {
                estimate: { ...q(estimated, 'integer'), approximate: true },
                sends: q(sends, 'integer'),
                low: q(cheapest.uncached * sends, 'cost'),
                high: q(dearest.uncached * sends, 'cost'),
              },
            )
          : t('No model of this selection has an input price.'),
    },
    metrics,
    tables,
    steps,
    warnings: groupedWarnings(
      costs.rows.flatMap((row) => row.warnings),
      names,
    ),
    figures,
  };
}

export const promptCostModel = defineToolModel({
  id: 'prompt-token-counter',
  inputs,
  evaluate: (values: Inputs, counted: Counted | null) => evaluatePromptCost(values, counted),
  headline: ['o200k', 'estimate', 'characters'],
});
