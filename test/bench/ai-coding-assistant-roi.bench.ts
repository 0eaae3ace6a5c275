import { bench, describe } from 'vitest';
import { evaluateCodingRoi } from '../../src/tools/ai-coding-assistant-roi/model';
import { inputs } from '../../src/tools/ai-coding-assistant-roi/schema';
import { sampleInputs } from './inputs';

const samples = sampleInputs(inputs);
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;

describe('ai-coding-assistant-roi', () => {
  bench('full model (ROI, seat against tokens, chart, budget plan, math) per evaluation', () => {
    evaluateCodingRoi(nextInputs());
  });
});
