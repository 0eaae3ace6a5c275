/**
 * From the LLM engine's results to the tool kit's: its steps become "Show the math" lines, its warnings become
 * result warnings, and the catalog and pricing rules become sourced figures shown with their dates.
 */
import { bucketLabels, bucketNames } from '../llm-cost/buckets.ts';
import type { Step, Warning } from '../llm-cost/math.ts';
import { catalog } from '../llm-pricing/catalog.ts';
import type { ModelPricing } from '../llm-pricing/schema.ts';
import { sourced, type SourcedFigure } from '../tool-kit/figures';
import { q, t, type MathStep, type ResultTable, type Text } from '../tool-kit/result';
import { priceKinds } from './catalog-inputs';

/**
 * Engine steps as kit steps. The engine writes each step's numbers itself ("2,000 × $1/M ÷ 1,000,000 =
 * $0.002"): the part before the last " = " is the substitution, the rest the shown result; the raw value stays
 * in data-value.
 */
export function engineSteps(steps: readonly Step[]): MathStep[] {
  return steps.map((step) => {
    const cut = step.math.lastIndexOf(' = ');
    return {
      label: `${step.group}: ${step.label}`,
      formula: step.note ? `${step.formula} (${step.note})` : step.formula,
      substituted: t(cut >= 0 ? step.math.slice(0, cut) : step.math),
      result: q(step.value, 'number'),
      shown: cut >= 0 ? step.math.slice(cut + 3) : String(step.value),
    };
  });
}

/** Engine warnings as result warnings, each once. */
export function engineWarnings(warnings: readonly Warning[]): Text[] {
  return [...new Set(warnings.map((warning) => warning.message))].map((message) => t(message));
}

/** The price catalog itself, as the sources panel shows it. */
export const catalogFigure: SourcedFigure = sourced({
  value: catalog.models.length,
  unit: 'models in the price catalog, US dollars per million tokens',
  source: `LiteLLM model price database (${catalog.source.license} licence, ${catalog.source.copyright})`,
  url: catalog.source.url,
  asOf: catalog.snapshotDate,
  note: 'A curated subset (current OpenAI, Anthropic and Google models and open models on common hosts). A price the source lacks is shown as unpriced, never as zero.',
});

/** Vendor rules the engine applies on top of the catalog prices. */
export const pricingRuleFigures: SourcedFigure[] = [
  sourced({
    value: 1.25,
    unit: '× input for a 5-minute cache write (2× for 1 hour, 0.1× for a read), Anthropic',
    source: 'Anthropic: Pricing and prompt caching',
    url: 'https://docs.anthropic.com/en/docs/about-claude/pricing',
    asOf: '2026',
    note: 'Above 200k input tokens (cached ones included) Sonnet 4 and 4.5 bill 2× input and 1.5× output, and the cache multipliers apply on top. Batch is 50 % off.',
  }),
  sourced({
    value: 0.5,
    unit: '× the standard price in the Batch API, OpenAI (flex about 0.5×, priority about 2×)',
    source: 'OpenAI: Pricing and prompt caching',
    url: 'https://platform.openai.com/docs/pricing',
    asOf: '2026',
    note: 'OpenAI counts cached tokens inside prompt_tokens: the engine subtracts them before pricing the uncached part. Above 272k input tokens GPT-5.4 to 5.6 bill 2× input and 1.5× output.',
  }),
  sourced({
    value: 200_000,
    unit: 'input tokens above which Gemini Pro bills 2× input and 1.5× output',
    source: 'Google: Gemini API pricing',
    url: 'https://ai.google.dev/gemini-api/docs/pricing',
    asOf: '2026',
  }),
];

const kindLabels = Object.fromEntries(priceKinds.map((kind) => [kind.value, kind.label]));

/** The prices a result used, one row per model: what the engine priced, "unpriced" where the catalog has none. */
export function pricesTable(
  key: string,
  caption: string,
  models: readonly ModelPricing[],
  edited: Set<string>,
): ResultTable {
  return {
    key,
    caption,
    note: 'US dollars per million tokens, from the catalog or your edits. A missing cache-write price means the host charges no separate write fee (billed as input); a missing reasoning price means reasoning is billed as output.',
    columns: [
      { key: 'model', label: 'Model' },
      ...priceKinds.map((kind) => ({
        key: kind.value,
        label: kindLabels[kind.value]!,
        format: 'rate' as const,
        nullText: 'unpriced',
      })),
    ],
    rows: models.map((model) => ({
      key: model.id,
      model: edited.has(model.id) ? `${model.name} (edited)` : model.name,
      ...Object.fromEntries(priceKinds.map((kind) => [kind.value, model.prices[kind.value]])),
    })),
  };
}

/** Labels of the engine's token buckets, in its order. */
export const buckets = bucketNames.map((name) => ({ name, label: bucketLabels[name] }));
