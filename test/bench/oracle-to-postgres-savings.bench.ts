import { bench, describe } from 'vitest';
import { computeOracle, evaluateOracle } from '../../src/tools/oracle-to-postgres-savings/model';
import { inputs } from '../../src/tools/oracle-to-postgres-savings/schema';
import { sampleInputs } from './inputs';

const samples = sampleInputs(inputs);
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;

describe('oracle-to-postgres-savings', () => {
  bench('full model (numbers, sensitivity, chart, tables, math, verdict) per evaluation', () => {
    evaluateOracle(nextInputs());
  });

  bench('numbers only', () => {
    computeOracle(nextInputs());
  });
});
