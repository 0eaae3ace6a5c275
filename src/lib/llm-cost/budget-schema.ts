/**
 * The budget planner's input (./budget.ts) as zod schemas, for Node callers of the engine. The tool page checks
 * the same rules by hand (./coding-input-checks.ts `checkBudgetPlan`); test/unit/llm-cost/input-checks.test.ts holds the
 * two to the same answers.
 */
import * as z from 'zod/mini';
import { budgetPeriods, budgetScopes } from './input-options.ts';
import { shareSchema, usdSchema } from './schemas.ts';

export { budgetPeriods, budgetScopes };
export type BudgetPeriod = (typeof budgetPeriods)[number];
export type BudgetScope = (typeof budgetScopes)[number];

const name = z.string().check(z.trim(), z.minLength(1, 'needs a name'), z.maxLength(100));

export const budgetEntrySchema = z.object({
  developer: name,
  repository: name,
  /** Agent spend of this developer on this repository per working day. */
  dailyCost: usdSchema,
});

export const budgetRuleSchema = z.object({
  scope: z.enum(budgetScopes),
  /** Which developer or repository; omitted means every one of the scope separately (a per-head cap). */
  subject: z.optional(name),
  period: z.enum(budgetPeriods),
  limit: z.number().check(z.gte(0.01, 'a budget must be at least one cent'), z.lte(1e12)),
  /** Soft threshold as a share of the limit. */
  softShare: z._default(shareSchema, 0.8),
});

export const budgetPlanSchema = z.object({
  workingDaysPerWeek: z._default(z.number().check(z.gte(1), z.lte(7)), 5),
  entries: z
    .array(budgetEntrySchema)
    .check(z.minLength(1, 'add at least one developer and repository'), z.maxLength(1000)),
  budgets: z._default(z.array(budgetRuleSchema).check(z.maxLength(100)), []),
});

export type BudgetPlanInput = z.input<typeof budgetPlanSchema>;
export type BudgetPlan = z.output<typeof budgetPlanSchema>;
export type BudgetRule = z.output<typeof budgetRuleSchema>;
