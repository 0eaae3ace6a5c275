import { bench, describe } from 'vitest';
import { evaluatePromptCost, type Counted } from '../../src/tools/prompt-token-counter/model';
import { inputs } from '../../src/tools/prompt-token-counter/schema';
import { sampleInputs } from './inputs';

const samples = sampleInputs(inputs);
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;
/** The counts of 100 KB of mixed text (about 25,000 tokens), as the worker reports them. */
const counted: Counted = {
  characters: 100_000,
  counts: [
    { method: 'o200k_base', tokens: 25_412, exact: true, label: 'o200k_base', ms: 0 },
    { method: 'estimate', tokens: 27_003, exact: false, label: '≈ estimate', ms: 0 },
  ],
};

describe('prompt-token-counter', () => {
  bench('costs of a counted text on every catalog model, tables and math, per evaluation', () => {
    evaluatePromptCost(nextInputs(), counted);
  });
});
