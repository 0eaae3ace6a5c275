/** Generators for the AI tools' property tests: routing mixes whose shares add up to 100 %. */
import fc from 'fast-check';
import type { FieldValue } from '../../../src/lib/tool-kit/fields';
import { catalog } from '../../../src/lib/llm-pricing/catalog';

/** One to four distinct catalog models with shares (two decimals at most) that add up to exactly 100. */
export const mixArbitrary: fc.Arbitrary<FieldValue> = fc
  .uniqueArray(fc.constantFrom(...catalog.models.map((model) => model.id)), { minLength: 1, maxLength: 4 })
  .chain((models) =>
    fc
      .array(fc.integer({ min: 0, max: 10_000 }), { minLength: models.length - 1, maxLength: models.length - 1 })
      .map((cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
        return models.map((model, index) => ({ model, share: (points[index + 1]! - points[index]!) / 100 }));
      }),
  );
