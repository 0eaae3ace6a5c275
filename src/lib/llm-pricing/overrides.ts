/**
 * What the AI tools do with catalog prices in the browser: find the gaps, apply a visitor's edits, check an edited
 * price. Zod-free (types only from ./schema.ts), so the tool pages do not ship the schema library; the price rule
 * here is the one `usdPerMillionSchema` states, and test/unit/llm-pricing/overrides.test.ts holds both to the
 * same answers.
 */
import type { ModelPricing, PriceOverrides } from './schema.ts';

/**
 * True for a price in USD per million tokens the catalog accepts: 0 (free) or from $0.000001 to $1,000,000
 * (finite, so ratios between prices stay finite).
 */
export function isUsdPerMillion(value: unknown): value is number {
  return typeof value === 'number' && (value === 0 || (value >= 1e-6 && value <= 1_000_000));
}

/** The prices a model lacks, named as the tools show them ("cacheWrite1h", "batch", "longContext>200000.cacheRead"). */
export function unpricedFields(model: Omit<ModelPricing, 'unpriced'>): string[] {
  const missing: string[] = [];
  for (const [field, value] of Object.entries(model.prices)) if (value === null) missing.push(field);
  for (const tier of ['batch', 'flex', 'priority'] as const) if (model[tier] === null) missing.push(tier);
  return missing;
}

/** The catalog with the visitor's price edits applied; `unpriced` is recomputed so an edit can fill a gap. */
export function applyPriceOverrides(models: readonly ModelPricing[], overrides: PriceOverrides): ModelPricing[] {
  return models.map((model) => {
    const edit = overrides[model.id];
    if (!edit) return model;
    const changed = Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined));
    const edited = { ...model, prices: { ...model.prices, ...changed } };
    return { ...edited, unpriced: unpricedFields(edited) };
  });
}
