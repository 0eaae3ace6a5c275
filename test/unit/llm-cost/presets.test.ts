import { describe, expect, it } from 'vitest';
import { compoundingExample, defaultFeatureWorkload } from '../../../src/lib/llm-cost/presets';
import { featureWorkloadSchema } from '../../../src/lib/llm-cost/schemas';
import { estimateFeature } from '../../../src/lib/llm-cost/workload';
import { catalog } from '../../../src/lib/llm-pricing/catalog';

const run = (input: typeof defaultFeatureWorkload) => {
  const result = estimateFeature(featureWorkloadSchema.parse(input), catalog.models);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('presets on the committed catalog', () => {
  it('the default workload is valid and priced', () => {
    expect(run(defaultFeatureWorkload).monthly).toBeGreaterThan(0);
  });

  it('reproduces the compounding example: 9× as much', () => {
    // Base: 2,000 × $1/M (Haiku 4.5) = $0.002. Variant: 1.5 × 4,000 × $3/M (Sonnet 4.6) = $0.018. 0.018 ÷ 0.002 = 9.
    const base = run(compoundingExample.base);
    const variant = run(compoundingExample.variant);
    expect(base.perRequest).toBeCloseTo(0.002, 12);
    expect(variant.perRequest).toBeCloseTo(0.018, 12);
    expect(variant.monthly / base.monthly).toBeCloseTo(9, 9);
  });
});
