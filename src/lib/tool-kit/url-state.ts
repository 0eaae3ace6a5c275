/**
 * URL state: every input lives in the query string, so a link is the whole state of a tool. Reading is
 * forgiving per parameter: a bad or out-of-range value falls back to its default and yields a notice that says
 * so; the other parameters still apply. Writing keeps links short by leaving out values equal to the base.
 * A pinned baseline (what-if comparisons) travels beside the inputs: `vs=1` plus its own differing values under
 * `vs.<name>`.
 */
import {
  baselinePrefix,
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
  /** The pinned baseline's inputs, or null when the link holds none. */
  baseline: V | null;
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A value as a person reads it in a notice: "1 year", "22 %", "yes". */
export function describeValue(field: Field, value: FieldValue): string {
  if (field.kind === 'choice') return field.options.find((option) => option.value === value)?.label ?? String(value);
  if (field.kind === 'toggle') return value ? 'yes' : 'no';
  if (field.kind === 'list') {
    const count = (value as readonly unknown[]).length;
    return `${count} ${count === 1 ? 'row' : 'rows'}`;
  }
  const unit = field.format === 'percent' ? '%' : field.unit ? ` ${unitAfter(value as number, field.unit)}` : '';
  return `${plain.format(value as number)}${unit}`;
}

/**
 * Units are written plural ("instances", "vCPUs", "queries a day"); after exactly 1 the first word goes singular
 * ("1 instance", "1 query a day"). Short units ("s", "TB") and words not ending in a plural s are kept.
 */
export function unitAfter(value: number, unit: string): string {
  if (value !== 1) return unit;
  return unit.replace(/^([A-Za-z]+?)(ies|s)\b/, (word, stem: string, ending: string) =>
    stem.length < 2 || stem.endsWith('s') ? word : ending === 'ies' ? `${stem}y` : stem,
  );
}

/** Parameters other sites and campaign tools add to links; never worth a notice. */
const foreignParam = /^(utm_|fbclid$|gclid$|ref$)/;

/** Reads the fields from `params` over `base`; `prefix` names the parameters ("vs." for a baseline). */
function readFields<S extends InputsDefinition>(
  inputs: S,
  params: URLSearchParams,
  base: S['defaults'],
  prefix: string,
  notices: UrlNotice[],
): S['defaults'] {
  const values: Record<string, FieldValue> = { ...base };
  for (const field of inputs.fields) {
    const name = prefix + field.param;
    const given = params.get(name);
    if (given === null) continue;
    const parsed = parseFieldText(field, given);
    if (parsed.ok) {
      values[field.key] = parsed.value;
    } else {
      notices.push({
        param: name,
        given,
        message: `${prefix ? 'Baseline, ' : ''}${field.label}: “${given}” is not valid. ${parsed.message} Using ${describeValue(field, values[field.key]!)} instead.`,
      });
    }
  }
  return values as S['defaults'];
}

/** Reads tool inputs from a query string over `base` (the defaults, or an embed's preset). */
export function readUrlState<S extends InputsDefinition>(
  inputs: S,
  search: string | URLSearchParams,
  base: S['defaults'] = inputs.defaults,
): UrlState<S['defaults']> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: UrlNotice[] = [];
  const values = readFields(inputs, params, base, '', notices);
  const hasBaseline = params.has('vs') || [...params.keys()].some((name) => name.startsWith(baselinePrefix));
  const baseline = hasBaseline ? readFields(inputs, params, base, baselinePrefix, notices) : null;
  const known = new Set<string>(reservedParams);
  for (const field of inputs.fields) known.add(field.param).add(baselinePrefix + field.param);

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
  return { values, currency, notices, baseline };
}

/** Appends the fields that differ from `base`, under `prefix`. */
function writeFields<S extends InputsDefinition>(
  inputs: S,
  params: URLSearchParams,
  values: S['defaults'],
  base: S['defaults'],
  prefix: string,
) {
  const current = values as Record<string, FieldValue>;
  const reference = base as Record<string, FieldValue>;
  for (const field of inputs.fields) {
    const value = current[field.key];
    if (value === undefined) continue;
    const text = fieldText(field, value);
    if (reference[field.key] === undefined || text !== fieldText(field, reference[field.key]!))
      params.set(prefix + field.param, text);
  }
}

/**
 * The query string (without "?") for these values: only what differs from `base`, in field order, then the
 * currency, then the baseline. Commas, colons and slashes stay readable (lists and model ids use them).
 */
export function writeUrlState<S extends InputsDefinition>(
  inputs: S,
  values: S['defaults'],
  currency: Currency = 'USD',
  base: S['defaults'] = inputs.defaults,
  baseline: S['defaults'] | null = null,
): string {
  const params = new URLSearchParams();
  writeFields(inputs, params, values, base, '');
  if (currency !== 'USD') params.set('currency', currency);
  if (baseline) {
    params.set('vs', '1');
    writeFields(inputs, params, baseline, base, baselinePrefix);
  }
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}
