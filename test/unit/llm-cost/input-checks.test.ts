/**
 * The tool pages check the engine's inputs by hand (input-checks.ts and each tool's checks beside it); Node callers use the zod schemas. These
 * properties hold each pair to the same answers (accepted or not, and the same value with defaults filled) on
 * generated inputs: mostly valid, with values at, near and past every bound, of the wrong type, or missing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetPlanSchema } from '../../../src/lib/llm-cost/budget-schema';
import { agentUsageSchema, codingRoiSchema } from '../../../src/lib/llm-cost/coding-roi-schema';
import { checkAgentUsage, checkBudgetPlan, checkCodingRoi } from '../../../src/lib/llm-cost/coding-input-checks';
import { checkFeatureWorkload, checkLeverOptions } from '../../../src/lib/llm-cost/feature-input-checks';
import { problemSentences, type Checked } from '../../../src/lib/llm-cost/input-checks';
import { defaultFeatureWorkload } from '../../../src/lib/llm-cost/presets';
import { featureWorkloadSchema, leverOptionsSchema } from '../../../src/lib/llm-cost/schemas';
import { isUsdPerMillion } from '../../../src/lib/llm-pricing/overrides';
import { usdPerMillionSchema } from '../../../src/lib/llm-pricing/schema';

/** Values that break or sit on some bound: wrong types, non-finite numbers, fractions, negatives, huge values. */
const hostile = fc.constantFrom<unknown>(
  undefined,
  null,
  '1',
  true,
  Number.NaN,
  Infinity,
  -Infinity,
  -1,
  -0,
  0,
  1e-7,
  1e-6,
  0.009,
  0.01,
  0.5,
  1,
  1.5,
  7,
  8,
  31,
  32,
  80,
  81,
  100,
  101,
  999,
  1000,
  1001,
  4000,
  4001,
  1e6,
  1e6 + 1,
  1e8,
  1e8 + 1,
  1e10,
  1e10 + 1,
  1e12,
  2e12,
  2 ** 53,
);

/** Mostly a valid number from min to max (whole if asked), sometimes one just past a bound or a hostile value. */
const num = (min: number, max: number, integer = false) =>
  fc.oneof(
    { weight: 12, arbitrary: integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(min, max, min - 1e-3, max + 1e-3, max * 1.05 + 0.5, (min + max) / 2 + 0.5),
    },
    { weight: 1, arbitrary: hostile },
  );
const share = num(0, 1);
const tokens = num(0, 1e8);
const oneOf = (values: readonly string[]) =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostile });
const text = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('alice', ' bob ', 'repo-1') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('', '   ', 'x'.repeat(101), 5, undefined) },
);

const mix = fc.oneof(
  { weight: 6, arbitrary: fc.constant([{ modelId: 'gpt-5', share: 1 }]) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom('gpt-5', 'gpt-5-mini', ''), fc.constantFrom('gpt-5', 'o3'), share)
      .map(([a, b, s]) => [
        { modelId: a, share: s },
        { modelId: b, share: typeof s === 'number' ? 1 - s : 0.5 },
      ]),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>([], 'gpt-5', undefined, Array(13).fill({ modelId: 'm', share: 0 })),
  },
);

const workload = fc.record({
  requestsPerDay: num(0, 1e10),
  users: num(1, 1e10, true),
  callsPerRequest: num(1, 1000),
  systemPromptTokens: tokens,
  cacheableShare: share,
  contextTokens: tokens,
  userInputTokens: tokens,
  outputTokens: tokens,
  reasoningTokens: tokens,
  cache: oneOf(['off', '5m', '1h']),
  cacheHitRate: share,
  cacheWarmthFromTraffic: fc.oneof(fc.boolean(), hostile),
  retryRate: num(0, 10),
  retryOutputShare: share,
  retryCache: oneOf(['warm', 'cold']),
  batchShare: share,
  serviceTier: oneOf(['standard', 'flex', 'priority']),
  mix,
});

const levers = fc.record(
  {
    cacheHitRate: share,
    smallModelId: text,
    routeShare: share,
    trimContextShare: share,
    retryCap: num(0, 10),
    batchShare: share,
  },
  { requiredKeys: [] },
);

const agentUsage = fc.record({
  modelId: text,
  requestsPerDay: num(0, 1e6),
  inputTokensPerRequest: tokens,
  cacheReadShare: num(0, 0.6),
  cacheWriteShare: num(0, 0.6),
  outputTokensPerRequest: tokens,
  workingDaysPerMonth: num(1, 31),
});

const codingRoiInput = fc.record({
  developers: num(1, 1e6, true),
  seatPricePerMonth: num(0, 1e12),
  meteredPerDeveloperMonth: num(0, 1e12),
  annualSalary: num(1000, 1e8),
  loadedMultiplier: num(1, 4),
  hoursWorkedPerYear: num(100, 4000),
  hoursPerWeek: num(1, 100),
  benefit: fc.oneof(
    fc.record({ kind: fc.constant('hours'), hoursSavedPerWeek: num(0, 80) }),
    fc.record({ kind: fc.constant('cycle-time'), cycleTimeReduction: share, shareOfTimeAffected: share }),
    fc.constantFrom<unknown>(undefined, { kind: 'days' }, { hoursSavedPerWeek: 4 }),
  ),
});

const budgetPlan = fc.record({
  workingDaysPerWeek: num(1, 7),
  entries: fc.oneof(
    {
      weight: 12,
      arbitrary: fc.array(fc.record({ developer: text, repository: text, dailyCost: num(0, 1e12) }), {
        minLength: 1,
        maxLength: 3,
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], undefined, 'x') },
  ),
  budgets: fc.oneof(
    fc.array(
      fc.record(
        {
          scope: oneOf(['team', 'developer', 'repository']),
          subject: text,
          period: oneOf(['day', 'week', 'month']),
          limit: num(0.01, 1e12),
          softShare: share,
        },
        { requiredKeys: ['scope', 'period', 'limit'] },
      ),
      { maxLength: 3 },
    ),
    fc.constantFrom<unknown>(undefined, 'none'),
  ),
});

interface ZodLike {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
}

/** Runs both checks on generated inputs; returns how many were accepted, so a test can see both answers occur. */
function agree(arbitrary: fc.Arbitrary<unknown>, hand: (value: unknown) => Checked<unknown>, schema: ZodLike): number {
  let accepted = 0;
  fc.assert(
    fc.property(arbitrary, (input) => {
      const byHand = hand(input);
      const byZod = schema.safeParse(input);
      expect(byHand.ok, JSON.stringify(input)).toBe(byZod.success);
      if (byHand.ok && byZod.success) {
        expect(byHand.value).toEqual(byZod.data);
        accepted += 1;
      } else if (!byHand.ok) {
        expect(byHand.problems.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 2000 },
  );
  return accepted;
}

describe('hand checks agree with the zod schemas', () => {
  it.each([
    ['feature workload', workload, checkFeatureWorkload, featureWorkloadSchema],
    ['lever options', levers, checkLeverOptions, leverOptionsSchema],
    ['agent usage', agentUsage, checkAgentUsage, agentUsageSchema],
    ['coding ROI', codingRoiInput, checkCodingRoi, codingRoiSchema],
    ['budget plan', budgetPlan, checkBudgetPlan, budgetPlanSchema],
  ] as [string, fc.Arbitrary<unknown>, (value: unknown) => Checked<unknown>, ZodLike][])(
    '%s',
    (_name, arbitrary, hand, schema) => {
      const accepted = agree(arbitrary, hand, schema);
      // Both answers must occur, or the property proves little.
      expect(accepted).toBeGreaterThan(20);
      expect(accepted).toBeLessThan(2000);
    },
  );

  it('a catalog price: 0 or from $0.000001 to $1,000,000 per million tokens', () => {
    const price = fc.oneof(fc.double({ min: 0, max: 2e6 }), fc.double({ min: 0, max: 2e-6 }), hostile);
    fc.assert(
      fc.property(price, (value) => {
        expect(isUsdPerMillion(value)).toBe(usdPerMillionSchema.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('hand checks fill defaults and explain problems', () => {
  it('the default workload passes, with the schema’s defaults', () => {
    const checked = checkFeatureWorkload(defaultFeatureWorkload);
    expect(checked).toEqual({ ok: true, value: featureWorkloadSchema.parse(defaultFeatureWorkload) });
  });

  it('a mix whose shares do not add up, and a repeated model, are both named', () => {
    const checked = checkFeatureWorkload({
      ...defaultFeatureWorkload,
      mix: [
        { modelId: 'gpt-5', share: 0.5 },
        { modelId: 'gpt-5', share: 0.4 },
      ],
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(problemSentences(checked.problems)).toBe(
        'The shares of the models must add up to 100 %. Each model may appear once in the mix.',
      );
    }
  });

  it('cache reads and writes over 100 % of the input', () => {
    const checked = checkAgentUsage({
      modelId: 'gpt-5',
      requestsPerDay: 10,
      inputTokensPerRequest: 1000,
      cacheReadShare: 0.7,
      cacheWriteShare: 0.4,
      outputTokensPerRequest: 100,
    });
    expect(checked).toEqual({
      ok: false,
      problems: ['cache reads and writes together cannot exceed 100 % of the input'],
    });
  });

  it('budget names are trimmed, a plan without rows is refused', () => {
    const checked = checkBudgetPlan({ entries: [{ developer: ' ann ', repository: 'api', dailyCost: 3 }] });
    expect(checked).toEqual({
      ok: true,
      value: { workingDaysPerWeek: 5, entries: [{ developer: 'ann', repository: 'api', dailyCost: 3 }], budgets: [] },
    });
    expect(checkBudgetPlan({ entries: [] })).toEqual({
      ok: false,
      problems: ['add at least one developer and repository'],
    });
  });
});
