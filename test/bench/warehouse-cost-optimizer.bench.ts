import { bench, describe } from 'vitest';
import { computeOptimizer, evaluateOptimizer } from '../../src/tools/warehouse-cost-optimizer/model';
import { inputs } from '../../src/tools/warehouse-cost-optimizer/schema';
import { sampleInputs } from './inputs';

// Both warehouses in every sample, so each evaluation prices Synapse and BigQuery.
const samples = sampleInputs(inputs).map((values) => ({ ...values, warehouse: 'both' as const }));
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;

describe('warehouse-cost-optimizer', () => {
  bench('full model (levers, waterfall, tables, math, verdict) per evaluation', () => {
    evaluateOptimizer(nextInputs());
  });

  bench('numbers only', () => {
    computeOptimizer(nextInputs());
  });
});
