/**
 * Turns LiteLLM's price database (model_prices_and_context_window.json, USD per token) into the curated catalog
 * (USD per million tokens). Pure: the CLI (src/cli/prices-update.ts) reads and writes the files.
 *
 * Field meanings (LiteLLM's `sample_spec` and its cost-tracking code; see README, "LLM price catalog"):
 * `cache_creation_input_token_cost` is the 5-minute cache write, `cache_creation_input_token_cost_above_1hr` the
 * 1-hour write (despite the name), `*_above_<N>k_tokens` long-context prices and `tiered_pricing` banded prices,
 * `*_batches`, `*_flex`, `*_priority` service tiers, `output_cost_per_reasoning_token` reasoning tokens.
 */
import { z } from 'zod';
import { curatedModels as defaultCurated, hosts as defaultHosts, type CuratedModel, type HostInfo } from './curated.ts';
import {
  catalogSchema,
  unpricedFields,
  type Catalog,
  type LongContextTier,
  type ModelPricing,
  type ServiceTierPrices,
  type TokenPrices,
} from './schema.ts';

/** Keys of the LiteLLM file that are documentation, not models. */
export const skippedKeys = ['sample_spec', 'fallback_generalizations'] as const;

export const litellmSource = {
  name: 'LiteLLM model_prices_and_context_window.json',
  url: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  license: 'MIT',
  copyright: 'Copyright (c) 2023 Berri AI',
} as const;

const perToken = z.number().nonnegative();
const band = z.looseObject({
  /** Absent on per-query products (search APIs), which the catalog does not price. */
  range: z.tuple([z.number().nonnegative(), z.number().positive()]).optional(),
  input_cost_per_token: perToken.optional(),
  output_cost_per_token: perToken.optional(),
  cache_read_input_token_cost: perToken.optional(),
  output_cost_per_reasoning_token: perToken.optional(),
});

/**
 * One LiteLLM entry, as far as the catalog reads it. Any `*cost*` field that is present must be a finite,
 * non-negative number (or the known per-query object), or the entry is reported as malformed and skipped.
 */
export const litellmEntrySchema = z
  .looseObject({
    litellm_provider: z.string().min(1),
    mode: z.string().optional(),
    max_input_tokens: z.number().nonnegative().optional(),
    max_output_tokens: z.number().nonnegative().optional(),
    prompt_cache_min_tokens: z.number().int().positive().optional(),
    deprecation_date: z.string().optional(),
    tiered_pricing: z.array(band).min(1).optional(),
  })
  .superRefine((entry, ctx) => {
    for (const [key, value] of Object.entries(entry)) {
      if (!/cost/.test(key) || value === undefined) continue;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) continue; // per-query price tables
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        ctx.addIssue({ code: 'custom', path: [key], message: `must be a non-negative number, got ${String(value)}` });
      }
    }
  });

export type LitellmEntry = z.infer<typeof litellmEntrySchema>;

export interface CatalogReport {
  /** Keys in the input, models and documentation entries alike. */
  entriesRead: number;
  skipped: string[];
  malformed: { key: string; problems: string[] }[];
  /** Curated ids absent from the input, or present but malformed. */
  vanished: string[];
  /** What the script derived or corrected, per model: shown by the CLI and kept for review. */
  notes: { id: string; note: string }[];
}

export interface BuildOptions {
  snapshotDate: string;
  curated?: CuratedModel[];
  hosts?: Record<string, HostInfo>;
}

/** USD per token → USD per million tokens, rounded to a millionth of a dollar to drop float noise (3e-6 → 3). */
export function perMillion(usdPerToken: number | undefined): number | null {
  if (usdPerToken === undefined) return null;
  return Math.round(usdPerToken * 1e12) / 1e6;
}

const num = (entry: Record<string, unknown>, key: string): number | undefined => {
  const value = entry[key];
  return typeof value === 'number' ? value : undefined;
};

function tokenPrices(entry: Record<string, unknown>, suffix = ''): TokenPrices {
  return {
    input: perMillion(num(entry, `input_cost_per_token${suffix}`)),
    output: perMillion(num(entry, `output_cost_per_token${suffix}`)),
    cacheRead: perMillion(num(entry, `cache_read_input_token_cost${suffix}`)),
    cacheWrite5m: perMillion(num(entry, `cache_creation_input_token_cost${suffix}`)),
    cacheWrite1h: perMillion(num(entry, `cache_creation_input_token_cost_above_1hr${suffix}`)),
    reasoning: perMillion(num(entry, `output_cost_per_reasoning_token${suffix}`)),
  };
}

/** A service tier from `<field>_<suffix>` prices; incomplete tiers (input without output) are left unpriced. */
function serviceTier(
  entry: Record<string, unknown>,
  suffix: string,
  note: (text: string) => void,
): ServiceTierPrices | null {
  const input = perMillion(num(entry, `input_cost_per_token${suffix}`));
  const output = perMillion(num(entry, `output_cost_per_token${suffix}`));
  if (input === null && output === null) return null;
  if (input === null || output === null) {
    note(`${suffix.slice(1)}: the source gives only the ${input === null ? 'output' : 'input'} price; left unpriced`);
    return null;
  }
  return {
    input,
    output,
    cacheRead: perMillion(num(entry, `cache_read_input_token_cost${suffix}`)),
    cacheWrite5m: perMillion(num(entry, `cache_creation_input_token_cost${suffix}`)),
    derived: false,
  };
}

const thresholdKey =
  /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost(?:_above_1hr)?|output_cost_per_reasoning_token)_above_(\d+)k_tokens(_priority)?$/;

/** Long-context tiers from `*_above_<N>k_tokens[_priority]` fields. */
function thresholdTiers(entry: Record<string, unknown>): LongContextTier[] {
  const thresholds = new Set<number>();
  for (const key of Object.keys(entry)) {
    const match = thresholdKey.exec(key);
    if (match && typeof entry[key] === 'number') thresholds.add(Number(match[2]) * 1000);
  }
  return [...thresholds]
    .sort((a, b) => a - b)
    .map((above) => {
      const suffix = `_above_${above / 1000}k_tokens`;
      const priorityInput = perMillion(num(entry, `input_cost_per_token${suffix}_priority`));
      const priorityOutput = perMillion(num(entry, `output_cost_per_token${suffix}_priority`));
      return {
        aboveInputTokens: above,
        prices: {
          input: perMillion(num(entry, `input_cost_per_token${suffix}`)),
          output: perMillion(num(entry, `output_cost_per_token${suffix}`)),
          cacheRead: perMillion(num(entry, `cache_read_input_token_cost${suffix}`)),
          cacheWrite5m: perMillion(num(entry, `cache_creation_input_token_cost${suffix}`)),
          cacheWrite1h: perMillion(num(entry, `cache_creation_input_token_cost_above_1hr${suffix}`)),
          reasoning: perMillion(num(entry, `output_cost_per_reasoning_token${suffix}`)),
        },
        priority:
          priorityInput !== null && priorityOutput !== null
            ? {
                input: priorityInput,
                output: priorityOutput,
                cacheRead: perMillion(num(entry, `cache_read_input_token_cost${suffix}_priority`)),
                cacheWrite5m: null,
                derived: false,
              }
            : null,
      };
    });
}

type Band = z.infer<typeof band>;

const bandPrices = (b: Band): TokenPrices => ({
  input: perMillion(b.input_cost_per_token),
  output: perMillion(b.output_cost_per_token),
  cacheRead: perMillion(b.cache_read_input_token_cost),
  cacheWrite5m: null,
  cacheWrite1h: null,
  reasoning: perMillion(b.output_cost_per_reasoning_token),
});

/** Converts one validated LiteLLM entry into a catalog model. */
export function toModelPricing(
  curated: CuratedModel,
  entry: LitellmEntry,
  host: HostInfo,
  note: (text: string) => void,
): ModelPricing {
  let prices = tokenPrices(entry);
  let longContext = thresholdTiers(entry);

  if (entry.tiered_pricing) {
    // Banded prices: the band holding the request's input prices the whole request ("0 < tokens ≤ 32K",
    // "32K < tokens ≤ 128K", …), which is a long-context tier starting at each band's lower bound.
    const bands = entry.tiered_pricing
      .flatMap((b) => (b.range ? [{ ...b, range: b.range }] : []))
      .sort((a, b) => a.range[0] - b.range[0]);
    const [first, ...rest] = bands;
    if (first && first.range[0] === 0 && bands.length === entry.tiered_pricing.length) {
      const base = bandPrices(first);
      prices = { ...prices, ...Object.fromEntries(Object.entries(base).filter(([, v]) => v !== null)) };
      longContext = [
        ...longContext,
        ...rest.map((b) => ({ aboveInputTokens: b.range[0], prices: bandPrices(b), priority: null })),
      ].sort((a, b) => a.aboveInputTokens - b.aboveInputTokens);
      note(`banded prices (tiered_pricing): ${bands.length} bands by input tokens per request`);
    } else {
      note('tiered_pricing bands lack token ranges or do not start at 0 tokens: bands ignored');
    }
  }

  if (prices.cacheWrite5m === 0) {
    // A zero write price means "no separate write fee" (the written tokens are billed as input), not free input.
    prices = { ...prices, cacheWrite5m: null };
    note('cache write listed as 0: treated as no separate write fee (written tokens billed as input)');
  }
  for (const field of ['input', 'output'] as const) {
    if (prices[field] === 0) note(`${field} price is 0 in the source: check whether the model is really free`);
  }

  let batch = serviceTier(entry, '_batches', note);
  if (!batch && host.batchPriceShare !== null && prices.input !== null && prices.output !== null) {
    const share = host.batchPriceShare;
    batch = {
      input: Math.round(prices.input * share * 1e6) / 1e6,
      output: Math.round(prices.output * share * 1e6) / 1e6,
      cacheRead: null,
      cacheWrite5m: null,
      derived: true,
    };
    note(`batch derived as ${share}× standard (${host.name} batch discount, ${host.batchSource}); not in the source`);
  }

  const contextWindow =
    curated.override?.contextWindow ?? (entry.max_input_tokens ? Math.round(entry.max_input_tokens) : null);
  if (curated.override) note(`context window set to ${curated.override.contextWindow}: ${curated.override.reason}`);

  const model: Omit<ModelPricing, 'unpriced'> = {
    id: curated.id,
    name: curated.name,
    maker: curated.maker,
    family: curated.family,
    host: entry.litellm_provider,
    hostName: host.name,
    usage: host.usage,
    tokenizer: curated.tokenizer ?? 'estimate',
    contextWindow,
    maxOutputTokens: entry.max_output_tokens ? Math.round(entry.max_output_tokens) : null,
    cacheMinTokens: entry.prompt_cache_min_tokens ?? host.cacheMinTokens ?? null,
    prices,
    batch,
    flex: serviceTier(entry, '_flex', note),
    priority: serviceTier(entry, '_priority', note),
    longContext,
    deprecationDate:
      entry.deprecation_date && /^\d{4}-\d{2}-\d{2}$/.test(entry.deprecation_date) ? entry.deprecation_date : null,
  };
  return { ...model, unpriced: unpricedFields(model) };
}

/** Validates every entry of a LiteLLM file, converts the curated ones and reports what it skipped or derived. */
export function buildCatalog(raw: unknown, options: BuildOptions): { catalog: Catalog; report: CatalogReport } {
  const curated = options.curated ?? defaultCurated;
  const hostTable = options.hosts ?? defaultHosts;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('The price file must be a JSON object keyed by model name (LiteLLM format).');
  }
  const report: CatalogReport = { entriesRead: 0, skipped: [], malformed: [], vanished: [], notes: [] };
  const valid = new Map<string, LitellmEntry>();
  for (const [key, value] of Object.entries(raw)) {
    report.entriesRead++;
    if ((skippedKeys as readonly string[]).includes(key)) {
      report.skipped.push(key);
      continue;
    }
    const parsed = litellmEntrySchema.safeParse(value);
    if (parsed.success) valid.set(key, parsed.data);
    else
      report.malformed.push({
        key,
        problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`),
      });
  }

  const models: ModelPricing[] = [];
  const seen = new Set<string>();
  for (const pick of curated) {
    if (seen.has(pick.id)) throw new Error(`The curated list names ${pick.id} twice.`);
    seen.add(pick.id);
    const entry = valid.get(pick.id);
    if (!entry) {
      report.vanished.push(pick.id);
      continue;
    }
    const host = hostTable[entry.litellm_provider];
    if (!host) throw new Error(`No host info for "${entry.litellm_provider}" (model ${pick.id}): add it to hosts.`);
    const note = (text: string) => report.notes.push({ id: pick.id, note: text });
    if (entry.deprecation_date && entry.deprecation_date < options.snapshotDate) {
      note(`deprecated on ${entry.deprecation_date}, before the snapshot date: consider removing it`);
    }
    models.push(toModelPricing(pick, entry, host, note));
  }

  const catalog = catalogSchema.parse({
    source: litellmSource,
    snapshotDate: options.snapshotDate,
    unit: 'USD per 1M tokens',
    selection:
      'Explicit curated list (src/lib/llm-pricing/curated.ts): current text models of OpenAI, Anthropic and Google on their own APIs, plus open-weight models on common hosts.',
    models,
  });
  return { catalog, report };
}
