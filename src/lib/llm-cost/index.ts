/**
 * The LLM cost engine: pure functions, no DOM. See README, "LLM price catalog", and each module for the model and its sources.
 * Tools import from here; the catalog lives in ../llm-pricing/.
 */
export * from './buckets.ts';
export * from './calendar.ts';
export * from './math.ts';
export * from './prices.ts';
export * from './request.ts';
export * from './usage.ts';
export * from './schemas.ts';
export * from './workload.ts';
export * from './ranking.ts';
export * from './levers.ts';
export * from './coding-roi.ts';
export * from './coding-roi-schema.ts';
export * from './budget.ts';
export * from './budget-schema.ts';
export * from './prompt-cost.ts';
export * from './presets.ts';
