/** Helpers for tool model tests: valid random inputs from a definition, and a walk over every number in a result. */
import fc from 'fast-check';
import type { FieldValue, InputsDefinition } from '../../../src/lib/tool-kit/fields';
import type { Quantity, ToolResult } from '../../../src/lib/tool-kit/result';

/** Any values the definition accepts: numbers within bounds (integers where required), any choice, any flag. */
export function arbitraryValues<D extends InputsDefinition>(inputs: D): fc.Arbitrary<D['defaults']> {
  const record: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const field of inputs.fields) {
    if (field.kind === 'number') {
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

/** Every number a result holds (metrics, text placeholders, tables, chart, math), with where it sits. */
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
  result.warnings.forEach((warning, index) => text(`warning.${index}`, warning.values));
  return found;
}

/** Numbers that are neither finite nor an explicit null ("never"). */
export function nonFinite(result: ToolResult): string[] {
  return numbersIn(result)
    .filter(({ value }) => value !== null && !Number.isFinite(value))
    .map(({ where, value }) => `${where} = ${value}`);
}
