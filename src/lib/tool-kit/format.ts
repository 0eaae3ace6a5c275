/**
 * Number formatting for tool results: money in the visitor's chosen currency symbol, rates, percentages, months.
 * One formatter per currency, built once: Intl.NumberFormat is slow to construct and fast to call.
 */

/** Currency symbols a visitor may pick. The symbol changes, the numbers do not: nothing is converted. */
export const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'CAD', 'AUD', 'CHF'] as const;
export type Currency = (typeof currencies)[number];

/** True when `value` is one of the supported currency codes. */
export function isCurrency(value: string): value is Currency {
  return (currencies as readonly string[]).includes(value);
}

/**
 * How a number is shown. Percentages are stored in percent units (50 means 50 %), the way people type them,
 * so inputs, results, data-value attributes and CSV cells all hold the same number. `cost` is money that may be
 * a fraction of a cent (one LLM request: "$0.00213"); `multiple` is a ratio ("9×").
 */
export type ValueFormat =
  'money' | 'rate' | 'cost' | 'percent' | 'number' | 'integer' | 'months' | 'years' | 'hours' | 'multiple';

/** Formats whose values are amounts of money (the inputs show the currency symbol). */
export const moneyFormats: readonly ValueFormat[] = ['money', 'rate', 'cost'];

/** Formats numbers for one currency and locale. */
export interface Formatter {
  currency: Currency;
  /** The bare symbol, for input adornments: "$", "€". */
  symbol: string;
  format(value: number | null, kind: ValueFormat, nullText?: string): string;
  /** Short form for chart axes: "$360K", "1.2M", "40%". */
  compact(value: number, kind: ValueFormat): string;
}

const locale = 'en-US';

/** Rounds away floating-point dust so -0.000001 never prints as "-$0". */
function clean(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const formatters = new Map<Currency, Formatter>();

/** The formatter for a currency, built once per page (Intl formatters are slow to construct). */
export function createFormatter(currency: Currency = 'USD'): Formatter {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = buildFormatter(currency);
    formatters.set(currency, formatter);
  }
  return formatter;
}

function buildFormatter(currency: Currency): Formatter {
  const moneyWhole = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const moneyCents = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const moneyRate = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  const moneySmall = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumSignificantDigits: 3 });
  const moneyMills = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 3,
  });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compactMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const compactNumber = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const symbol = moneyWhole.formatToParts(0).find((part) => part.type === 'currency')?.value ?? (currency as string);

  const plural = (value: number, one: string, many: string) =>
    `${oneDecimal.format(clean(value, 1))} ${clean(value, 1) === 1 ? one : many}`;

  return {
    currency,
    symbol,
    compact(value, kind) {
      if (moneyFormats.includes(kind)) {
        return Math.abs(value) > 0 && Math.abs(value) < 0.01
          ? moneySmall.format(value)
          : compactMoney.format(clean(value, 2));
      }
      if (kind === 'percent') return `${oneDecimal.format(clean(value, 1))}%`;
      if (kind === 'multiple') return `${compactNumber.format(clean(value, 2))}×`;
      return compactNumber.format(clean(value, 2));
    },
    format(value, kind, nullText = '—') {
      if (value === null || !Number.isFinite(value)) return nullText;
      switch (kind) {
        case 'money': {
          const cents = clean(value, 2);
          return Math.abs(value) >= 100 || Number.isInteger(cents)
            ? moneyWhole.format(clean(value, 0))
            : moneyCents.format(cents);
        }
        case 'rate':
          return Math.abs(value) >= 1 ? moneyCents.format(clean(value, 2)) : moneyRate.format(clean(value, 4));
        case 'cost': {
          const abs = Math.abs(value);
          // Three significant digits below a dollar, never fewer than two decimals: "$0.50", "$0.0231".
          if (abs >= 1) return moneyCents.format(clean(value, 2));
          if (abs >= 0.1) return moneyMills.format(value);
          return abs === 0 ? moneyWhole.format(0) : moneySmall.format(value);
        }
        case 'percent':
          // Small shares keep two decimals: a 1.27 % break-even should not read as 1.3 %.
          return Math.abs(value) < 10
            ? `${decimal.format(clean(value, 2))}%`
            : `${oneDecimal.format(clean(value, 1))}%`;
        case 'multiple':
          return `${decimal.format(clean(value, 2))}×`;
        case 'integer':
          return whole.format(clean(value, 0));
        case 'months':
          return plural(value, 'month', 'months');
        case 'years':
          return plural(value, 'year', 'years');
        case 'hours':
          return `${whole.format(clean(value, 0))} h`;
        default:
          return decimal.format(clean(value, 2));
      }
    },
  };
}

/**
 * Reads a number the way people type one: "10,000", "$ 1 234.5", "22%", "1e6". Returns NaN for anything else,
 * so the schema reports it; never guesses.
 */
export function parseNumberText(text: string): number {
  const compact = text
    .trim()
    .replace(/^[-\u2212]/, '-')
    .replace(/[\s,_\u00a0\u202f]/g, '')
    .replace(/^(-?)[$€£¥₹]/, '$1')
    .replace(/%$/, '');
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(compact)) return Number.NaN;
  return Number(compact);
}
