/**
 * What every engine function returns besides its numbers: the steps of the calculation with the numbers
 * substituted ("show the math"), and warnings. Formatting here is for those steps only; the tools format their
 * own figures.
 */

/** One line of "show the math": what is computed, the formula, and the formula with the numbers in it. */
export interface Step {
  /** Groups steps for display ("GPT-5.6", "Monthly"). */
  group: string;
  label: string;
  formula: string;
  /** The formula with numbers substituted, ending in "= result". */
  math: string;
  value: number;
  /** Where a figure in this step comes from, when it is not simply the catalog ("derived: 2 × $3.00"). */
  note?: string;
}

/**
 * A step whose `math` is written the first time it is read. Most steps are never shown (a ranking prices every
 * catalog model, a volume curve ten workloads) and writing numbers with Intl is most of the engine's time.
 */
export function lazyStep(step: Omit<Step, 'math'>, math: () => string): Step {
  let text: string | undefined;
  return Object.defineProperty({ ...step }, 'math', {
    get: () => (text ??= math()),
    enumerable: true,
  }) as Step;
}

/** Something the visitor should know about a result; `note` for documented behaviour, `warning` for doubt. */
export interface Warning {
  level: 'warning' | 'note';
  code: string;
  message: string;
  modelId?: string;
}

/** Amounts below this (a millionth of a cent) are zero for every ratio the engine reports. */
export const negligibleUsd = 1e-8;

/** `part ÷ whole`, or null when the whole is negligible: a ratio to (almost) nothing is not a number to show. */
export function ratioOf(part: number, whole: number): number | null {
  return Math.abs(whole) > negligibleUsd ? part / whole : null;
}

const tokenFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const smallUsd = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const largeUsd = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** 1234567.25 → "1,234,567.3". */
export const formatTokens = (tokens: number): string => tokenFormat.format(tokens);

/** Dollars with cents from $1 up, four significant digits below ("$0.0001234"). */
export function formatUsd(usd: number): string {
  const sign = usd < 0 ? '−' : '';
  const abs = Math.abs(usd);
  return `${sign}$${abs >= 1 ? largeUsd.format(abs) : smallUsd.format(abs)}`;
}

/** A price per million tokens: "$3/M", "$0.075/M". */
export const formatPrice = (usdPerMillion: number): string => `$${plain.format(usdPerMillion)}/M`;

/** A plain number with up to four decimals. */
export const formatNumber = (value: number): string => plain.format(value);

const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A share as a percentage: 0.125 → "12.5 %", 0.012700186 → "1.27 %". */
export const formatPercent = (share: number): string => `${percent.format(share * 100)} %`;
