/**
 * The engine's input rules checked by hand, for the tool pages: the same rules as the zod schemas
 * (./schemas.ts, ./coding-roi-schema.ts, ./budget-schema.ts), which Node callers use, without shipping the schema
 * library to the browser. This module holds what the checks share; each tool's checks live beside it
 * (./feature-input-checks.ts, ./coding-input-checks.ts), so a page loads only its own. Each check fills defaults
 * as the schema does and returns the checked value or the first problems in words.
 * test/unit/llm-cost/input-checks.test.ts holds each check and its schema to the same answers on generated inputs.
 */

/** A checked input, or what is wrong with it (one sentence fragment per problem, in field order). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Collects problems while a check reads an input's fields. */
export class Reader {
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

/** The value as an object's fields, or undefined when it is not a plain object. */
export const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Reads an object's fields with `read`; a value that is not an object is one problem. */
export function checkObject<T>(value: unknown, read: (input: Record<string, unknown>, r: Reader) => T): Checked<T> {
  const input = record(value);
  if (!input) return { ok: false, problems: ['expected an object'] };
  const reader = new Reader();
  const result = read(input, reader);
  return reader.done(result);
}

/** Problems as sentences: "The shares of the models must add up to 100 %. Each model may appear once in the mix." */
export function problemSentences(problems: readonly string[]): string {
  return problems.map((problem) => `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`).join(' ');
}
