import { bench, describe } from 'vitest';
import { evaluateFeatureCost } from '../../src/tools/llm-feature-cost/model';
import { inputs } from '../../src/tools/llm-feature-cost/schema';
import { sampleInputs } from './inputs';

const samples = sampleInputs(inputs);
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;

describe('llm-feature-cost', () => {
  bench('full model (estimate, 54-model ranking, two volume curves, levers, tables, math) per evaluation', () => {
    evaluateFeatureCost(nextInputs());
  });
});
