/** Helpers for tool model tests: valid random inputs from a definition, and a walk over every number in a result. */
import fc from 'fast-check';
import { checkField, type Field, type FieldValue, type InputsDefinition } from '../../../src/lib/tool-kit/fields';
import type { ColumnSpec, ListCell, ListRows } from '../../../src/lib/tool-kit/list';
import type { Quantity, ToolResult } from '../../../src/lib/tool-kit/result';

/** Any value a column accepts; names include the list's separators and escapes. */
function arbitraryCell(column: ColumnSpec): fc.Arbitrary<ListCell> {
  if (column.kind === 'number') {
    const number = column.integer
      ? fc.integer({ min: Math.ceil(column.min), max: Math.floor(column.max) })
      : fc.oneof(
          fc.double({ min: column.min, max: column.max, noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(column.min, column.max),
        );
    return column.emptyText ? fc.oneof(number, fc.constant(null)) : number;
  }
  if (column.kind === 'choice') return fc.constantFrom(...column.options.map((option) => option.value));
  const text = fc.oneof(
    fc.string({ maxLength: Math.min(column.maxLength, 12) }),
    fc.constantFrom('a,b', 'c:d', '50%', 'x%2Cy'),
  );
  return column.emptyText ? text : text.filter((value) => value.trim().length > 0);
}

/**
 * Rows a list field accepts, cleaned as the field stores them (names trimmed). Rules across rows that random
 * rows rarely meet (shares adding up to 100 %) need an override in `arbitraryValues`; here such lists fall back
 * to their default.
 */
function arbitraryRows(field: Field & { kind: 'list' }): fc.Arbitrary<ListRows> {
  const row = fc.record(
    Object.fromEntries(Object.entries(field.columns).map(([key, column]) => [key, arbitraryCell(column)])),
  );
  const rows = fc.array(row, { minLength: field.minRows, maxLength: Math.min(field.maxRows, 4) }).map((candidate) => {
    const checked = checkField(field, candidate);
    return checked.ok ? (checked.value as ListRows) : field.default;
  });
  return fc.oneof(fc.constant(field.default), rows);
}

/**
 * Any values the definition accepts: numbers within bounds (integers where required), any choice, any flag, any
 * valid rows. `overrides` replaces the generator of a field (a list whose rule random rows rarely meet).
 */
export function arbitraryValues<D extends InputsDefinition>(
  inputs: D,
  overrides: Partial<Record<keyof D['defaults'], fc.Arbitrary<FieldValue>>> = {},
): fc.Arbitrary<D['defaults']> {
  const record: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const field of inputs.fields) {
    const override = (overrides as Record<string, fc.Arbitrary<FieldValue> | undefined>)[field.key];
    if (override) {
      record[field.key] = override;
    } else if (field.kind === 'list') {
      record[field.key] = arbitraryRows(field);
    } else if (field.kind === 'number') {
      record[field.key] = field.integer
        ? fc.integer({ min: Math.ceil(field.min), max: Math.floor(field.max) })
        : fc.oneof(
            fc.double({ min: field.min, max: field.max, noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(field.min, field.max, field.default),
          );
    } else if (field.kind === 'choice') {
      record[field.key] = fc.constantFrom(...field.options.map((option) => option.value));
    } else {
      record[field.key] = fc.boolean();
    }
  }
  return fc.record(record) as unknown as fc.Arbitrary<D['defaults']>;
}

/** Every number a result holds (metrics, text placeholders, tables, charts, math), with where it sits. */
export function numbersIn(result: ToolResult): { where: string; value: number | null }[] {
  const found: { where: string; value: number | null }[] = [];
  const quantity = (where: string, q: Quantity) => found.push({ where, value: q.value });
  const text = (where: string, values?: Record<string, Quantity>) => {
    for (const [name, q] of Object.entries(values ?? {})) quantity(`${where}.${name}`, q);
  };
  text('verdict.headline', result.verdict.headline.values);
  text('verdict.detail', result.verdict.detail.values);
  for (const metric of result.metrics) {
    found.push({ where: `metric.${metric.key}`, value: metric.value });
    text(`hint.${metric.key}`, metric.hint?.values);
  }
  result.steps.forEach((step, index) => {
    text(`math.${index}`, step.substituted.values);
    quantity(`math.${index}.result`, step.result);
  });
  for (const table of result.tables) {
    for (const row of table.rows) {
      for (const [key, cell] of Object.entries(row)) {
        if (typeof cell === 'number') found.push({ where: `${table.key}.${row.key}.${key}`, value: cell });
        else if (cell !== null && typeof cell === 'object') quantity(`${table.key}.${row.key}.${key}`, cell);
      }
    }
  }
  if (result.chart) {
    for (const series of result.chart.series)
      series.values.forEach((value, index) => found.push({ where: `chart.${series.key}.${index}`, value }));
    for (const marker of result.chart.markers) found.push({ where: `marker.${marker.label}`, value: marker.x });
    result.chart.x.forEach((value, index) => found.push({ where: `chart.x.${index}`, value }));
  }
  for (const series of result.bars?.series ?? [])
    series.values.forEach((value, index) => found.push({ where: `bars.${series.key}.${index}`, value }));
  result.warnings.forEach((warning, index) => text(`warning.${index}`, warning.values));
  return found;
}

/** Numbers that are neither finite nor an explicit null ("never"). */
export function nonFinite(result: ToolResult): string[] {
  return numbersIn(result)
    .filter(({ value }) => value !== null && !Number.isFinite(value))
    .map(({ where, value }) => `${where} = ${value}`);
}
