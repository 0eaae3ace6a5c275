/**
 * The browser checks field values by hand (fields.ts `checkField`); the build checks MDX presets with zod rules
 * compiled from the same declarations (presets.ts). These properties hold the two to the same answers on values
 * of every kind, near and past every bound, for every tool's fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkField, type Field, type InputsDefinition } from '../../../../src/lib/tool-kit/fields';
import { fieldSchema, inputsSchema } from '../../../../src/lib/tool-kit/presets';
import { inputs as codingInputs } from '../../../../src/tools/ai-coding-assistant-roi/schema';
import { inputs as featureInputs } from '../../../../src/tools/llm-feature-cost/schema';
import { inputs as readinessInputs } from '../../../../src/tools/migration-readiness/schema';
import { inputs as oracleInputs } from '../../../../src/tools/oracle-to-postgres-savings/schema';
import { inputs as counterInputs } from '../../../../src/tools/prompt-token-counter/schema';
import { inputs as riInputs } from '../../../../src/tools/reserved-instance-roi/schema';
import { inputs as sqlServerInputs } from '../../../../src/tools/sql-server-licensing/schema';
import { inputs as warehouseInputs } from '../../../../src/tools/warehouse-cost-optimizer/schema';
import { arbitraryValues } from '../../tools/support';

const tools: [string, InputsDefinition][] = [
  ['ai-coding-assistant-roi', codingInputs],
  ['llm-feature-cost', featureInputs],
  ['migration-readiness', readinessInputs],
  ['oracle-to-postgres-savings', oracleInputs],
  ['prompt-token-counter', counterInputs],
  ['reserved-instance-roi', riInputs],
  ['sql-server-licensing', sqlServerInputs],
  ['warehouse-cost-optimizer', warehouseInputs],
];

/** Values a field may meet: its own kind near its rule's edges, other kinds, and anything at all. */
function candidates(field: Field): fc.Arbitrary<unknown> {
  const edges: unknown[] = [NaN, Infinity, -Infinity, -0, 0, 0.5, 1, -1, Number.MAX_SAFE_INTEGER + 2, '1', '', null];
  const kinds: fc.Arbitrary<unknown>[] = [fc.constantFrom(...edges), fc.anything(), fc.boolean(), fc.double()];
  if (field.kind === 'number') {
    const { min, max } = field;
    const near = [min, max, min - 1, max + 1, min - 1e-9, max + 1e-9, min + 0.5, (min + max) / 2, Math.round(max)];
    kinds.push(fc.constantFrom(...near), fc.double({ min: min - 2, max: max + 2 }), fc.integer());
  } else if (field.kind === 'choice') {
    const values = field.options.map((option) => option.value);
    kinds.push(fc.constantFrom(...values, ...values.map((value) => value.toUpperCase()), ` ${values[0]}`));
  } else if (field.kind === 'list') {
    kinds.push(fc.constant(field.default), fc.array(fc.object(), { maxLength: 3 }));
  }
  return fc.oneof(...kinds);
}

describe.each(tools)('%s: hand-written checks agree with the zod rules', (_, inputs) => {
  it.each(inputs.fields.map((field) => [field.key, field] as const))('%s', (_key, field) => {
    const schema = fieldSchema(field);
    fc.assert(
      fc.property(candidates(field), (value) => {
        const byHand = checkField(field, value);
        const byZod = schema.safeParse(value);
        expect(byHand.ok).toBe(byZod.success);
        if (byHand.ok && byZod.success && field.kind !== 'list') expect(byHand.value).toBe(byZod.data);
        if (!byHand.ok && field.kind !== 'list') expect(byHand.message).toBe(field.message);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every generated valid input, as the zod object schema does', () => {
    const schema = inputsSchema(inputs);
    fc.assert(
      fc.property(arbitraryValues(inputs), (values) => {
        expect(schema.safeParse(values).success).toBe(true);
        for (const field of inputs.fields) expect(checkField(field, values[field.key]).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
