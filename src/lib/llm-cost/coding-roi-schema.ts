/**
 * Inputs of the coding assistant ROI model (./coding-roi.ts) as zod schemas, for Node callers of the engine. The
 * tool page checks the same rules by hand (./coding-input-checks.ts); test/unit/llm-cost/input-checks.test.ts holds the
 * two to the same answers.
 */
import * as z from 'zod/mini';
import { roiDefaults } from './coding-roi-defaults.ts';
import { shareSchema, tokensSchema, usdSchema } from './schemas.ts';

/** Token-metered agent use by one developer: requests a working day and their average shape. */
export const agentUsageSchema = z
  .object({
    modelId: z.string().check(z.minLength(1)),
    requestsPerDay: z.number().check(z.gte(0), z.lte(1_000_000)),
    inputTokensPerRequest: tokensSchema,
    /** Share of the input read from the cache (agents re-send their growing context on every turn). */
    cacheReadShare: shareSchema,
    /** Share of the input written to the cache (5-minute lifetime). */
    cacheWriteShare: z._default(shareSchema, 0),
    outputTokensPerRequest: tokensSchema,
    workingDaysPerMonth: z._default(z.number().check(z.gte(1), z.lte(31)), roiDefaults.workingDaysPerMonth.value),
  })
  .check(
    z.refine((u) => u.cacheReadShare + u.cacheWriteShare <= 1, {
      message: 'cache reads and writes together cannot exceed 100 % of the input',
    }),
  );

export type AgentUsageInput = z.input<typeof agentUsageSchema>;
export type AgentUsage = z.output<typeof agentUsageSchema>;

export const benefitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hours'), hoursSavedPerWeek: z.number().check(z.gte(0), z.lte(80)) }),
  z.object({
    kind: z.literal('cycle-time'),
    /** How much faster the affected work gets done (0.2 = 20 % less time). */
    cycleTimeReduction: shareSchema,
    /** Share of a developer's time spent on the work that gets faster. */
    shareOfTimeAffected: shareSchema,
  }),
]);

/** Inputs of the coding assistant ROI model. */
export const codingRoiSchema = z.object({
  developers: z.int().check(z.gte(1), z.lte(1_000_000)),
  seatPricePerMonth: usdSchema,
  /** Token-metered agent spend per developer per month, on top of the seat (0 for seat-only plans). */
  meteredPerDeveloperMonth: z._default(usdSchema, 0),
  annualSalary: z._default(
    z.number().check(z.gte(1000, 'at least $1,000 a year'), z.lte(100_000_000)),
    roiDefaults.annualSalary.value,
  ),
  loadedMultiplier: z._default(z.number().check(z.gte(1), z.lte(4)), roiDefaults.loadedMultiplier.value),
  hoursWorkedPerYear: z._default(z.number().check(z.gte(100), z.lte(4000)), roiDefaults.hoursWorkedPerYear.value),
  hoursPerWeek: z._default(z.number().check(z.gte(1), z.lte(100)), roiDefaults.hoursPerWeek.value),
  benefit: benefitSchema,
});

export type CodingRoiInput = z.input<typeof codingRoiSchema>;
export type CodingRoi = z.output<typeof codingRoiSchema>;
