/**
 * Varied, valid inputs for benchmarks: a fixed pseudo-random walk over each field's range, so every run
 * measures the same work and the model cannot be specialised for a single input.
 */
import type { InputsDefinition } from '../../src/lib/tool-kit/fields';

/** `count` input sets drawn deterministically from the definition's bounds and options. */
export function sampleInputs<D extends InputsDefinition>(inputs: D, count = 256): D['defaults'][] {
  let seed = 20_260_101;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    const values: Record<string, unknown> = {};
    for (const field of inputs.fields) {
      if (field.kind === 'number') {
        const span = Math.min(field.max - field.min, Math.max(10, Math.abs(field.default) * 4));
        const raw = field.min + next() * span;
        values[field.key] = field.integer ? Math.round(raw) : raw;
      } else if (field.kind === 'choice') {
        values[field.key] = field.options[Math.floor(next() * field.options.length)]!.value;
      } else if (field.kind === 'list') {
        // Rows follow rules across rows (shares adding up to 100 %): the default list is always valid.
        values[field.key] = field.default;
      } else {
        values[field.key] = next() < 0.5;
      }
    }
    return values as D['defaults'];
  });
}
