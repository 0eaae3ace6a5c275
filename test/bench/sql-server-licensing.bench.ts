import { bench, describe } from 'vitest';
import { computeLicensing, evaluateLicensing } from '../../src/tools/sql-server-licensing/model';
import { inputs, platformOptions, type Inputs, type WorkloadRow } from '../../src/tools/sql-server-licensing/schema';
import { sampleInputs } from './inputs';

const samples = sampleInputs(inputs);
let index = 0;
const nextInputs = () => samples[index++ % samples.length]!;

/** A fleet at the list's limit: 200 rows cycling through every platform, edition and environment. */
const fleet: Inputs = {
  ...inputs.defaults,
  eeOwned: 400,
  seOwned: 100,
  workloads: Array.from({ length: 200 }, (_, row): WorkloadRow => ({
    name: `db${row}`,
    platform: platformOptions[row % platformOptions.length]!.value,
    edition: row % 3 === 0 ? 'se' : 'ee',
    vcpus: 2 + (row % 15),
    hours: 730 - (row % 5) * 100,
    env: row % 4 === 0 ? 'nonprod' : 'prod',
    ha: row % 6 === 0 ? 'passive' : 'none',
  })),
};

describe('sql-server-licensing', () => {
  bench('full model (numbers, bars, chart, tables, math, verdict) per evaluation', () => {
    evaluateLicensing(nextInputs());
  });

  bench('numbers only', () => {
    computeLicensing(nextInputs());
  });

  bench('full model, a 200-workload fleet', () => {
    evaluateLicensing(fleet);
  });
});
