/**
 * URL state: every input lives in the query string, so a link is the whole state of a tool. Reading is
 * forgiving per parameter: a bad or out-of-range value falls back to its default and yields a notice that says
 * so; the other parameters still apply. Writing keeps links short by leaving out values equal to the base.
 */
import {
  fieldText,
  parseFieldText,
  reservedParams,
  type Field,
  type FieldValue,
  type InputsDefinition,
} from './fields';
import { isCurrency, type Currency } from './format';

/** A parameter that could not be used, and what the tool did instead. */
export interface UrlNotice {
  param: string;
  given: string;
  message: string;
}

export interface UrlState<V> {
  values: V;
  currency: Currency;
  notices: UrlNotice[];
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A value as a person reads it in a notice: "1 year", "22 %", "yes". */
export function describeValue(field: Field, value: FieldValue): string {
  if (field.kind === 'choice') return field.options.find((option) => option.value === value)?.label ?? String(value);
  if (field.kind === 'toggle') return value ? 'yes' : 'no';
  const unit = field.format === 'percent' ? '%' : field.unit ? ` ${field.unit}` : '';
  return `${plain.format(value as number)}${unit}`;
}

/** Parameters other sites and campaign tools add to links; never worth a notice. */
const foreignParam = /^(utm_|fbclid$|gclid$|ref$)/;

/** Reads tool inputs from a query string over `base` (the defaults, or an embed's preset). */
export function readUrlState<S extends InputsDefinition>(
  inputs: S,
  search: string | URLSearchParams,
  base: S['defaults'] = inputs.defaults,
): UrlState<S['defaults']> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values: Record<string, FieldValue> = { ...base };
  const notices: UrlNotice[] = [];
  const known = new Set<string>(reservedParams);

  for (const field of inputs.fields) {
    known.add(field.param);
    const given = params.get(field.param);
    if (given === null) continue;
    const parsed = parseFieldText(field, given);
    if (parsed.ok) {
      values[field.key] = parsed.value;
    } else {
      notices.push({
        param: field.param,
        given,
        message: `${field.label}: “${given}” is not valid. ${parsed.message} Using ${describeValue(field, values[field.key]!)} instead.`,
      });
    }
  }

  let currency: Currency = 'USD';
  const givenCurrency = params.get('currency');
  if (givenCurrency !== null) {
    const code = givenCurrency.trim().toUpperCase();
    if (isCurrency(code)) currency = code;
    else
      notices.push({
        param: 'currency',
        given: givenCurrency,
        message: `Currency: “${givenCurrency}” is not one of the supported symbols. Using USD instead.`,
      });
  }

  for (const name of new Set(params.keys())) {
    if (!known.has(name) && !foreignParam.test(name)) {
      notices.push({
        param: name,
        given: params.get(name) ?? '',
        message: `Ignored “${name}”: this tool has no such input.`,
      });
    }
  }
  return { values: values as S['defaults'], currency, notices };
}

/** The query string (without "?") for these values: only what differs from `base`, in field order. */
export function writeUrlState<S extends InputsDefinition>(
  inputs: S,
  values: S['defaults'],
  currency: Currency = 'USD',
  base: S['defaults'] = inputs.defaults,
): string {
  const params = new URLSearchParams();
  const current = values as Record<string, FieldValue>;
  const reference = base as Record<string, FieldValue>;
  for (const field of inputs.fields) {
    const value = current[field.key];
    if (value !== undefined && value !== reference[field.key]) params.set(field.param, fieldText(field, value));
  }
  if (currency !== 'USD') params.set('currency', currency);
  return params.toString();
}
