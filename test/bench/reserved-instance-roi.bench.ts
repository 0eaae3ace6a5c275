import { bench, describe } from 'vitest';
import { computeReservedInstance, evaluateReservedInstance } from '../../src/tools/reserved-instance-roi/model';
import { inputs } from '../../src/tools/reserved-instance-roi/schema';
import { sampleInputs } from './inputs';

const samples = sampleInputs(inputs);
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;

describe('reserved-instance-roi', () => {
  bench('full model (numbers, chart, tables, math, verdict) per evaluation', () => {
    evaluateReservedInstance(nextInputs());
  });

  bench('numbers only', () => {
    computeReservedInstance(nextInputs());
  });
});
