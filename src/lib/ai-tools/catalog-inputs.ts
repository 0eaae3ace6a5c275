/**
 * Inputs the AI tools share: a model picker over the price catalog, and price edits (every catalog price can be
 * changed, or cleared to "unpriced", and the edits travel in the URL). The edits become the engine's
 * `PriceOverrides`; the engine applies them with `applyPriceOverrides`.
 */
import { applyPriceOverrides, isUsdPerMillion } from '../llm-pricing/overrides.ts';
import type { ModelPricing, PriceOverrides, TokenPrices } from '../llm-pricing/schema.ts';
import { catalog, familyLabels } from '../llm-pricing/catalog.ts';
import type { ListFieldSpec } from '../tool-kit/fields';
import { listField } from '../tool-kit/list-field';
import { choiceColumn, numberColumn, type ChoiceColumnOption, type RowOf } from '../tool-kit/list';

/** Every catalog model as a select option, grouped by family (open models name their host: "Llama 4 Scout · Groq"). */
export const modelOptions: readonly ChoiceColumnOption[] = catalog.models.map((model) => ({
  value: model.id,
  label: model.name,
  group: familyLabels[model.family],
}));

/** The prices a visitor can edit, in the order the tools show them. */
export const priceKinds = [
  { value: 'input', label: 'Input' },
  { value: 'output', label: 'Output' },
  { value: 'cacheRead', label: 'Cache read' },
  { value: 'cacheWrite5m', label: 'Cache write, 5 min' },
  { value: 'cacheWrite1h', label: 'Cache write, 1 h' },
  { value: 'reasoning', label: 'Reasoning' },
] as const satisfies readonly { value: keyof TokenPrices; label: string }[];

const priceColumns = {
  model: choiceColumn({ label: 'Model', options: modelOptions }),
  price: choiceColumn({ label: 'Price', options: priceKinds }),
  usd: numberColumn({
    label: 'Per million tokens',
    min: 0,
    max: 1_000_000,
    format: 'rate',
    emptyText: 'unpriced',
  }),
};

export type PriceEdit = RowOf<typeof priceColumns>;

/** The catalog price of one kind for one model (null: the catalog lists none). */
export function catalogPrice(modelId: string, kind: keyof TokenPrices): number | null {
  return catalog.models.find((model) => model.id === modelId)?.prices[kind] ?? null;
}

/** The next edit row: the last edited model's next price, starting from its catalog value. */
function nextEdit(rows: readonly PriceEdit[], suggestModel: string): PriceEdit {
  const model = rows.at(-1)?.model ?? suggestModel;
  const taken = new Set(rows.filter((row) => row.model === model).map((row) => row.price));
  const kind = priceKinds.find((candidate) => !taken.has(candidate.value))?.value ?? 'input';
  return { model, price: kind, usd: catalogPrice(model, kind) };
}

/** The "price edits" list field: model, which price, new price per million tokens (empty = unpriced). */
export function priceEditsField(options: { group: string; suggestModel: string }): ListFieldSpec<typeof priceColumns> {
  return listField({
    label: 'Price edits',
    param: 'prices',
    group: options.group,
    help: 'Change any catalog price, in US dollars per million tokens, or leave it empty to treat it as unpriced. Edits stay in the link.',
    columns: priceColumns,
    default: [],
    minRows: 0,
    maxRows: 60,
    check(rows) {
      const seen = new Set<string>();
      for (const [index, row] of rows.entries()) {
        const key = `${row.model}|${row.price}`;
        if (seen.has(key)) return `Row ${index + 1} edits a price another row already edits.`;
        seen.add(key);
        if (row.usd !== null && !isUsdPerMillion(row.usd)) {
          return `Row ${index + 1}: a price is 0 (free) or at least $0.000001 per million tokens.`;
        }
      }
      return null;
    },
    newRow: (rows) => nextEdit(rows, options.suggestModel),
    addLabel: 'Edit a price',
  });
}

/** Price edits as the engine's overrides. */
export function overridesFrom(rows: readonly PriceEdit[]): PriceOverrides {
  const overrides: Record<string, Partial<TokenPrices>> = {};
  for (const row of rows) {
    overrides[row.model] = { ...overrides[row.model], [row.price as keyof TokenPrices]: row.usd };
  }
  return overrides;
}

/** The catalog with the visitor's edits applied (the engine's function), and which models were edited. */
export function pricedModels(rows: readonly PriceEdit[]): { models: ModelPricing[]; edited: Set<string> } {
  return {
    models: applyPriceOverrides(catalog.models, overridesFrom(rows)),
    edited: new Set(rows.map((row) => row.model)),
  };
}
