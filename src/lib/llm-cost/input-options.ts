/**
 * The fixed choices of the engine's inputs, shared by the zod schemas (Node) and the hand checks (browser,
 * ./feature-input-checks.ts, ./coding-input-checks.ts) so both accept the same values.
 */

/** Cache lifetime of the written prefix; `off` means no prompt caching at all. */
export const cacheModes = ['off', '5m', '1h'] as const;
/** Tiers the non-batch share of traffic runs in. */
export const interactiveTiers = ['standard', 'flex', 'priority'] as const;
/** Periods a token budget covers. */
export const budgetPeriods = ['day', 'week', 'month'] as const;
/** What a token budget caps: the team, each developer or each repository. */
export const budgetScopes = ['team', 'developer', 'repository'] as const;
