/**
 * The engine's input rules checked by hand, for the tool pages: the same rules as the zod schemas
 * (./schemas.ts, ./coding-roi-schema.ts, ./budget-schema.ts), which Node callers use, without shipping the schema
 * library to the browser. Each check fills defaults as the schema does and returns the checked value or the first
 * problems in words. test/unit/llm-cost/input-checks.test.ts holds each check and its schema to the same answers
 * on generated inputs.
 */
import type { BudgetPlan, BudgetPlanInput } from './budget-schema.ts';
import { roiDefaults } from './coding-roi-defaults.ts';
import type { AgentUsage, AgentUsageInput, CodingRoi, CodingRoiInput } from './coding-roi-schema.ts';
import { budgetPeriods, budgetScopes, cacheModes, interactiveTiers } from './input-options.ts';
import type { FeatureWorkload, FeatureWorkloadInput, LeverOptions, LeverOptionsInput } from './schemas.ts';

/** A checked input, or what is wrong with it (one sentence fragment per problem, in field order). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Collects problems while a check reads an input's fields. */
class Reader {
  readonly problems: string[] = [];

  /** A finite number from min to max (a safe integer if `integer`), else `message` is recorded. */
  number(value: unknown, min: number, max: number, message: string, integer = false): number {
    const ok =
      typeof value === 'number' &&
      (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
      value >= min &&
      value <= max;
    if (!ok) this.problems.push(message);
    return value as number;
  }

  /** `number`, or `fallback` when the value is absent. */
  numberOr(value: unknown, fallback: number, min: number, max: number, message: string): number {
    return value === undefined ? fallback : this.number(value, min, max, message);
  }

  share(value: unknown, name: string): number {
    return this.number(value, 0, 1, `${name}: a share from 0 to 100 %`);
  }

  tokens(value: unknown, name: string): number {
    return this.number(value, 0, 100_000_000, `${name}: from 0 to 100 million tokens`);
  }

  usd(value: unknown, name: string): number {
    return this.number(value, 0, 1e12, `${name}: from $0 to $1,000,000,000,000`);
  }

  oneOf<V extends string>(value: unknown, options: readonly V[], name: string): V {
    if (!options.includes(value as V)) this.problems.push(`${name}: one of ${options.join(', ')}`);
    return value as V;
  }

  boolean(value: unknown, name: string): boolean {
    if (typeof value !== 'boolean') this.problems.push(`${name}: yes or no`);
    return value as boolean;
  }

  /** A string of 1 to `max` characters once trimmed if `trim`. */
  text(value: unknown, name: string, max = Infinity, trim = false): string {
    if (typeof value !== 'string') {
      this.problems.push(`${name}: expected text`);
      return '';
    }
    const text = trim ? value.trim() : value;
    if (text.length < 1) this.problems.push(`${name}: needs a name`);
    else if (text.length > max) this.problems.push(`${name}: at most ${max} characters`);
    return text;
  }

  /** The array's items, each read by `item`, or none (a problem recorded) when it is not an array in bounds. */
  list<T>(value: unknown, min: string | null, max: [number, string], item: (entry: unknown) => T): T[] {
    if (!Array.isArray(value)) {
      this.problems.push('expected a list');
      return [];
    }
    if (min !== null && value.length < 1) this.problems.push(min);
    if (value.length > max[0]) this.problems.push(max[1]);
    return value.map(item);
  }

  done<T>(value: T): Checked<T> {
    return this.problems.length === 0 ? { ok: true, value } : { ok: false, problems: [...this.problems] };
  }
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Reads an object's fields with `read`; a value that is not an object is one problem. */
function checkObject<T>(value: unknown, read: (input: Record<string, unknown>, r: Reader) => T): Checked<T> {
  const input = record(value);
  if (!input) return { ok: false, problems: ['expected an object'] };
  const reader = new Reader();
  const result = read(input, reader);
  return reader.done(result);
}

function readMix(value: unknown, r: Reader): FeatureWorkload['mix'] {
  const before = r.problems.length;
  const mix = r.list(value, 'choose at least one model', [12, 'at most 12 models in a mix'], (entry) => {
    const row = record(entry);
    if (!row) {
      r.problems.push('a mix entry is a model and a share');
      return { modelId: '', share: 0 };
    }
    return { modelId: r.text(row.modelId, 'model'), share: r.share(row.share, 'share of a model') };
  });
  // The schema checks the whole mix only when every entry is well formed.
  if (r.problems.length > before) return mix;
  if (Math.abs(mix.reduce((sum, entry) => sum + entry.share, 0) - 1) > 1e-4) {
    r.problems.push('the shares of the models must add up to 100 %');
  }
  if (new Set(mix.map((entry) => entry.modelId)).size !== mix.length) {
    r.problems.push('each model may appear once in the mix');
  }
  return mix;
}

/** A feature workload checked as `featureWorkloadSchema` checks it, defaults filled. */
export function checkFeatureWorkload(workload: FeatureWorkloadInput | unknown): Checked<FeatureWorkload> {
  return checkObject(workload, (w, r) => ({
    requestsPerDay: r.number(w.requestsPerDay, 0, 1e10, 'requests per day: from 0 to 10 billion'),
    users: r.number(w.users, 1, 1e10, 'at least one user, at most 10 billion', true),
    callsPerRequest: r.numberOr(w.callsPerRequest, 1, 1, 1000, 'calls per request: from 1 to 1,000'),
    systemPromptTokens: r.tokens(w.systemPromptTokens, 'system prompt'),
    cacheableShare: r.share(w.cacheableShare, 'cacheable share'),
    contextTokens: r.tokens(w.contextTokens, 'context'),
    userInputTokens: r.tokens(w.userInputTokens, 'user input'),
    outputTokens: r.tokens(w.outputTokens, 'output'),
    reasoningTokens: w.reasoningTokens === undefined ? 0 : r.tokens(w.reasoningTokens, 'reasoning'),
    cache: r.oneOf(w.cache, cacheModes, 'cache'),
    cacheHitRate: r.share(w.cacheHitRate, 'cache hit rate'),
    cacheWarmthFromTraffic:
      w.cacheWarmthFromTraffic === undefined ? true : r.boolean(w.cacheWarmthFromTraffic, 'cache warmth from traffic'),
    retryRate: r.number(w.retryRate, 0, 10, 'retries: from 0 to 1,000 %'),
    retryOutputShare: w.retryOutputShare === undefined ? 1 : r.share(w.retryOutputShare, 'output of a failed attempt'),
    retryCache: w.retryCache === undefined ? 'warm' : r.oneOf(w.retryCache, ['warm', 'cold'] as const, 'retry cache'),
    batchShare: r.share(w.batchShare, 'batch share'),
    serviceTier: w.serviceTier === undefined ? 'standard' : r.oneOf(w.serviceTier, interactiveTiers, 'service tier'),
    mix: readMix(w.mix, r),
  }));
}

/** Lever settings checked as `leverOptionsSchema` checks them, defaults filled. */
export function checkLeverOptions(options: LeverOptionsInput | unknown): Checked<LeverOptions> {
  const share = (r: Reader, value: unknown, fallback: number, name: string) =>
    value === undefined ? fallback : r.share(value, name);
  return checkObject(options, (o, r) => ({
    cacheHitRate: share(r, o.cacheHitRate, 0.8, 'lever hit rate'),
    ...(o.smallModelId === undefined ? {} : { smallModelId: r.text(o.smallModelId, 'small model') }),
    routeShare: share(r, o.routeShare, 0.5, 'routed share'),
    trimContextShare: share(r, o.trimContextShare, 0.2, 'context trimmed'),
    retryCap: r.numberOr(o.retryCap, 0.05, 0, 10, 'retry cap: from 0 to 1,000 %'),
    batchShare: share(r, o.batchShare, 0.5, 'lever batch share'),
  }));
}

/** One developer's metered agent use checked as `agentUsageSchema` checks it, defaults filled. */
export function checkAgentUsage(usage: AgentUsageInput | unknown): Checked<AgentUsage> {
  const checked = checkObject(usage, (u, r) => ({
    modelId: r.text(u.modelId, 'model'),
    requestsPerDay: r.number(u.requestsPerDay, 0, 1_000_000, 'requests per day: from 0 to 1,000,000'),
    inputTokensPerRequest: r.tokens(u.inputTokensPerRequest, 'input per request'),
    cacheReadShare: r.share(u.cacheReadShare, 'cache reads'),
    cacheWriteShare: u.cacheWriteShare === undefined ? 0 : r.share(u.cacheWriteShare, 'cache writes'),
    outputTokensPerRequest: r.tokens(u.outputTokensPerRequest, 'output per request'),
    workingDaysPerMonth: r.numberOr(
      u.workingDaysPerMonth,
      roiDefaults.workingDaysPerMonth.value,
      1,
      31,
      'working days a month: from 1 to 31',
    ),
  }));
  if (checked.ok && checked.value.cacheReadShare + checked.value.cacheWriteShare > 1) {
    return { ok: false, problems: ['cache reads and writes together cannot exceed 100 % of the input'] };
  }
  return checked;
}

function readBenefit(value: unknown, r: Reader): CodingRoi['benefit'] {
  const benefit = record(value);
  if (benefit?.kind === 'hours') {
    return {
      kind: 'hours',
      hoursSavedPerWeek: r.number(benefit.hoursSavedPerWeek, 0, 80, 'hours saved a week: from 0 to 80'),
    };
  }
  if (benefit?.kind === 'cycle-time') {
    return {
      kind: 'cycle-time',
      cycleTimeReduction: r.share(benefit.cycleTimeReduction, 'cycle time reduction'),
      shareOfTimeAffected: r.share(benefit.shareOfTimeAffected, 'share of time affected'),
    };
  }
  r.problems.push('benefit: hours saved or cycle time');
  return { kind: 'hours', hoursSavedPerWeek: 0 };
}

/** The coding assistant ROI inputs checked as `codingRoiSchema` checks them, defaults filled. */
export function checkCodingRoi(input: CodingRoiInput | unknown): Checked<CodingRoi> {
  return checkObject(input, (c, r) => ({
    developers: r.number(c.developers, 1, 1_000_000, 'developers: a whole number from 1 to 1,000,000', true),
    seatPricePerMonth: r.usd(c.seatPricePerMonth, 'seat price'),
    meteredPerDeveloperMonth:
      c.meteredPerDeveloperMonth === undefined ? 0 : r.usd(c.meteredPerDeveloperMonth, 'metered'),
    annualSalary: r.numberOr(
      c.annualSalary,
      roiDefaults.annualSalary.value,
      1000,
      100_000_000,
      'at least $1,000 a year',
    ),
    loadedMultiplier: r.numberOr(c.loadedMultiplier, roiDefaults.loadedMultiplier.value, 1, 4, 'multiplier: 1 to 4'),
    hoursWorkedPerYear: r.numberOr(
      c.hoursWorkedPerYear,
      roiDefaults.hoursWorkedPerYear.value,
      100,
      4000,
      'hours a year: from 100 to 4,000',
    ),
    hoursPerWeek: r.numberOr(c.hoursPerWeek, roiDefaults.hoursPerWeek.value, 1, 100, 'hours a week: from 1 to 100'),
    benefit: readBenefit(c.benefit, r),
  }));
}

function readBudgetRule(value: unknown, r: Reader): BudgetPlan['budgets'][number] {
  const rule = record(value) ?? {};
  if (!record(value)) r.problems.push('a budget is a scope, a period and a limit');
  return {
    scope: r.oneOf(rule.scope, budgetScopes, 'scope'),
    ...(rule.subject === undefined ? {} : { subject: r.text(rule.subject, 'subject', 100, true) }),
    period: r.oneOf(rule.period, budgetPeriods, 'period'),
    limit: r.number(rule.limit, 0.01, 1e12, 'a budget must be at least one cent'),
    softShare: rule.softShare === undefined ? 0.8 : r.share(rule.softShare, 'soft threshold'),
  };
}

/** A budget plan checked as `budgetPlanSchema` checks it, names trimmed and defaults filled. */
export function checkBudgetPlan(plan: BudgetPlanInput | unknown): Checked<BudgetPlan> {
  return checkObject(plan, (p, r) => ({
    workingDaysPerWeek: r.numberOr(p.workingDaysPerWeek, 5, 1, 7, 'working days a week: from 1 to 7'),
    entries: r.list(p.entries, 'add at least one developer and repository', [1000, 'at most 1,000 rows'], (entry) => {
      const row = record(entry) ?? {};
      if (!record(entry)) r.problems.push('a row is a developer, a repository and a daily cost');
      return {
        developer: r.text(row.developer, 'developer', 100, true),
        repository: r.text(row.repository, 'repository', 100, true),
        dailyCost: r.usd(row.dailyCost, 'daily cost'),
      };
    }),
    budgets:
      p.budgets === undefined
        ? []
        : r.list(p.budgets, null, [100, 'at most 100 budgets'], (rule) => readBudgetRule(rule, r)),
  }));
}

/** Problems as sentences: "The shares of the models must add up to 100 %. Each model may appear once in the mix." */
export function problemSentences(problems: readonly string[]): string {
  return problems.map((problem) => `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`).join(' ');
}
