import { describe, expect, it } from 'vitest';
import { compareMetrics } from '../../../../src/lib/tool-kit/compare';
import { resultCsv } from '../../../../src/lib/tool-kit/csv';
import { defineInputs, numberField } from '../../../../src/lib/tool-kit/fields';
import { createFormatter } from '../../../../src/lib/tool-kit/format';
import { q, t, type Metric, type ToolResult } from '../../../../src/lib/tool-kit/result';

const result = (metrics: Metric[]): ToolResult => ({
  verdict: { tone: 'neutral', headline: t('x'), detail: t('y') },
  metrics,
  tables: [],
  steps: [],
  warnings: [],
  figures: [],
});

// The 9× example: $60.88 a month on the baseline, $547.90 now; per request $0.002 and $0.018.
const baseline = result([
  { key: 'monthly', label: 'Per month', ...q(60.875, 'money') },
  { key: 'perRequest', label: 'Per request', ...q(0.002, 'cost') },
  { key: 'never', label: 'Break-even', ...q(null, 'months', 'Never') },
  { key: 'free', label: 'Free', ...q(0, 'money') },
]);
const current = result([
  { key: 'monthly', label: 'Per month', ...q(547.875, 'money') },
  { key: 'perRequest', label: 'Per request', ...q(0.018, 'cost') },
  { key: 'never', label: 'Break-even', ...q(12, 'months', 'Never') },
  { key: 'free', label: 'Free', ...q(5, 'money') },
]);

describe('compareMetrics', () => {
  it('sets each metric beside its baseline with the ratio, in the order asked', () => {
    const rows = compareMetrics(['perRequest', 'monthly', 'missing'], current, baseline);
    expect(rows.map((row) => row.key)).toEqual(['perRequest', 'monthly']);
    // 0.018 ÷ 0.002 = 9 and 547.875 ÷ 60.875 = 9.
    expect(rows[0]!.ratio).toBeCloseTo(9, 12);
    expect(rows[1]).toMatchObject({ baseline: 60.875, current: 547.875, format: 'money' });
    expect(rows[1]!.ratio).toBeCloseTo(9, 12);
  });

  it('gives no ratio against nothing or against zero', () => {
    const rows = compareMetrics(['never', 'free'], current, baseline);
    expect(rows.map((row) => row.ratio)).toEqual([null, null]);
  });

  it('adds baseline and ratio rows to the CSV', () => {
    const inputs = defineInputs({ n: numberField({ label: 'N', default: 1, min: 0, max: 9, format: 'number' }) });
    const csv = resultCsv('T', inputs, inputs.defaults, current, createFormatter('USD'), {
      metrics: ['monthly'],
      baseline,
    });
    expect(csv).toContain('\r\nbaseline,monthly,Per month,60.875,$60.88\r\n');
    expect(csv).toMatch(/\r\nratio,monthly,"Per month, now ÷ baseline",9(\.\d+)?,9×\r\n/);
  });
});
