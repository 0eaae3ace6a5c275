/**
 * Tool inputs declared once: each field carries its rule (bounds, integer, allowed choices, error message) and
 * what the form needs to show it (label, unit, help, the sourced figure behind its default). The same
 * declaration drives the form, parses the URL and validates the props an MDX post passes.
 * Zod-free: this module ships to every tool page, so its checks are written by hand over the declarations. The
 * build validates MDX presets with zod rules compiled from the same declarations (./presets.ts), and unit tests
 * check on generated values that both agree.
 */
import type { SourcedFigure } from './figures';
import { parseNumberText, type ValueFormat } from './format';
import type { ColumnSpec, ListCheck, ListRows, ListRules, RowOf } from './list';

export type FieldValue = number | string | boolean | ListRows;
export type Values = Readonly<Record<string, FieldValue>>;

interface FieldCommon {
  label: string;
  /** One or two sentences under the input: what to enter and where to find it. */
  help?: string;
  /** Id of the group (fieldset) the field sits in; see `defineInputs` options. */
  group?: string;
  /** The public source of the default value. */
  figure?: SourcedFigure;
  /** The default is an illustrative scenario, not a sourced fact: the form says so. */
  example?: boolean;
  /** Hides the field when it does not apply (its value is kept, and still travels in the URL). */
  visible?: (values: Values) => boolean;
  /** Name in the query string; defaults to the field key. Keep it stable: shared links depend on it. */
  param?: string;
}

export interface NumberFieldSpec extends FieldCommon {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  /** How the value is shown: 'money' puts the currency symbol before the input, 'percent' a % after it. */
  format: ValueFormat;
  /** Unit after the input for plain numbers: "vCPUs", "hours", "days". */
  unit?: string;
  /** Replaces the generated "Enter a number from … to …" message. */
  error?: string;
}

export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  /** Options sharing a group are listed under it in a select (an <optgroup>). */
  group?: string;
}

export interface ChoiceFieldSpec<V extends string = string> extends FieldCommon {
  kind: 'choice';
  default: NoInfer<V>;
  options: readonly ChoiceOption<V>[];
  /** Radio buttons read better for two or three options, a select for more (the default picks). */
  display?: 'radio' | 'select';
}

export interface ToggleFieldSpec extends FieldCommon {
  kind: 'toggle';
  default: boolean;
}

/**
 * How a list's rows are checked, read from and written to text: ./list-field.ts supplies them with `listField`,
 * so the list code ships only with tools that have a list.
 */
export interface ListCodec {
  check(rules: ListRules, value: unknown): ListCheck;
  /** Reads a list's URL text; a malformed text (a bad % escape) is a failed check. */
  parse(rules: ListRules, text: string): ListCheck;
  text(rules: ListRules, rows: ListRows): string;
}

/**
 * A list of rows with typed columns (see ./list.ts): a model mix, price edits, budgets. The form shows it as a
 * row editor; the URL holds it as one parameter. Made with `listField` from ./list-field.ts.
 */
export interface ListFieldSpec<C extends Record<string, ColumnSpec> = Record<string, ColumnSpec>> extends FieldCommon {
  kind: 'list';
  columns: C;
  default: readonly RowOf<C>[];
  minRows: number;
  maxRows: number;
  /** A rule across rows ("the shares add up to 100 %"): the problem in words, or null. */
  check?(rows: readonly RowOf<C>[]): string | null;
  /** The row the "add" button appends, given the rows so far. */
  newRow(rows: readonly RowOf<C>[]): RowOf<C>;
  /** Text of the button that adds a row: "Add a model". */
  addLabel: string;
  codec: ListCodec;
}

export type FieldSpec = NumberFieldSpec | ChoiceFieldSpec | ToggleFieldSpec | ListFieldSpec;

/** A field with its key, URL name and the message its rule gives. */
export type Field = FieldSpec & { key: string; param: string; message: string };

/** A numeric input with bounds. */
export function numberField(spec: Omit<NumberFieldSpec, 'kind'>): NumberFieldSpec {
  return { kind: 'number', ...spec };
}

/** One of a fixed set of options. */
export function choiceField<const V extends string>(spec: Omit<ChoiceFieldSpec<V>, 'kind'>): ChoiceFieldSpec<V> {
  return { kind: 'choice', ...spec };
}

/** A yes/no switch. */
export function toggleField(spec: Omit<ToggleFieldSpec, 'kind'>): ToggleFieldSpec {
  return { kind: 'toggle', ...spec };
}

type ValueOf<F> = F extends NumberFieldSpec
  ? number
  : F extends ChoiceFieldSpec<infer V>
    ? V
    : F extends ToggleFieldSpec
      ? boolean
      : F extends ListFieldSpec<infer C>
        ? readonly RowOf<C>[]
        : never;

export interface FieldGroup {
  id: string;
  label: string;
  help?: string;
  /** Settings few visitors change, folded away: the group shows as a closed <details>, its fields render when opened. */
  collapsed?: boolean;
}

/** Everything a tool declares about its inputs. */
export interface InputsDefinition<S extends Record<string, FieldSpec> = Record<string, FieldSpec>> {
  fields: Field[];
  groups: FieldGroup[];
  defaults: { [K in keyof S]: ValueOf<S[K]> };
}

/** The values type of an inputs definition: `type Inputs = InputValues<typeof inputs>`. */
export type InputValues<D> = D extends InputsDefinition<infer S> ? { [K in keyof S]: ValueOf<S[K]> } : never;

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function compile(key: string, spec: FieldSpec): Field {
  const param = spec.param ?? key;
  if (spec.kind === 'number') {
    const unit = spec.format === 'percent' ? '%' : spec.unit ? ` ${spec.unit}` : '';
    const message =
      spec.error ??
      `Enter ${spec.integer ? 'a whole number' : 'a number'} from ${plain.format(spec.min)} to ${plain.format(spec.max)}${unit}.`;
    return { ...spec, key, param, message };
  }
  if (spec.kind === 'choice') {
    const message = `Choose one of: ${spec.options.map((option) => option.label).join(', ')}.`;
    return { ...spec, key, param, message };
  }
  if (spec.kind === 'list') return { ...spec, key, param, message: `Check the rows of ${spec.label}.` };
  return { ...spec, key, param, message: 'Use yes or no (1 or 0).' };
}

/**
 * Compiles a tool's field specs (in display order) into its inputs definition. Throws on a default that breaks
 * its own rule, a group that does not exist or two fields sharing a URL name: mistakes surface at build time.
 */
export function defineInputs<S extends Record<string, FieldSpec>>(
  specs: S,
  options: { groups?: FieldGroup[] } = {},
): InputsDefinition<S> {
  const groups = options.groups ?? [];
  const fields = Object.entries(specs).map(([key, spec]) => compile(key, spec));
  const defaults: Record<string, FieldValue> = {};
  const params = new Set<string>();
  for (const field of fields) {
    if (!checkField(field, field.default).ok) {
      throw new Error(`Field "${field.key}": its default ${String(field.default)} breaks its own rule`);
    }
    if (field.group && !groups.some((group) => group.id === field.group)) {
      throw new Error(`Field "${field.key}" names group "${field.group}", which is not declared`);
    }
    // Dots group related names ("u.table"); only the baseline's own prefix is off limits.
    if (!/^[A-Za-z][\w.-]*$/.test(field.param) || field.param.startsWith(baselinePrefix)) {
      throw new Error(
        `Field "${field.key}": URL name "${field.param}" must be letters, digits, "-", "_" or "." and not start with "${baselinePrefix}"`,
      );
    }
    if (params.has(field.param) || reservedParams.has(field.param)) {
      throw new Error(`Field "${field.key}": URL name "${field.param}" is already taken`);
    }
    params.add(field.param);
    defaults[field.key] = field.default;
  }
  return {
    fields,
    groups,
    defaults: defaults as InputsDefinition<S>['defaults'],
  };
}

/** Query-string names the kit itself uses; fields may not take them. */
export const reservedParams = new Set(['currency', 'theme', 'vs']);

/** Prefix of the parameters that hold a pinned baseline's inputs ("vs.qty=4"); see url-state.ts. */
export const baselinePrefix = 'vs.';

export type ParsedField = { ok: true; value: FieldValue } | { ok: false; message: string };

/**
 * Whether a value meets a number, choice or toggle field's rule, as its zod rule in ./presets.ts decides: finite
 * numbers in bounds (safe integers where whole numbers are asked for), one of the options, a boolean.
 */
function meetsRule(field: Exclude<Field, { kind: 'list' }>, value: unknown): boolean {
  if (field.kind === 'toggle') return typeof value === 'boolean';
  if (field.kind === 'choice') return field.options.some((option) => option.value === value);
  if (typeof value !== 'number' || !(field.integer ? Number.isSafeInteger(value) : Number.isFinite(value))) {
    return false;
  }
  return value >= field.min && value <= field.max;
}

/** Checks a value of the right type against the field's rule. */
export function checkField(field: Field, value: unknown): ParsedField {
  if (field.kind === 'list') {
    const checked = field.codec.check(field, value);
    return checked.ok ? { ok: true, value: checked.rows } : { ok: false, message: checked.message };
  }
  return meetsRule(field, value) ? { ok: true, value: value as FieldValue } : { ok: false, message: field.message };
}

/** Reads what a person typed (or a URL holds) into a field value, or says what is wrong with it. */
export function parseFieldText(field: Field, text: string): ParsedField {
  if (field.kind === 'number') return checkField(field, parseNumberText(text));
  if (field.kind === 'choice') {
    const wanted = text.trim().toLowerCase();
    const option = field.options.find((candidate) => candidate.value.toLowerCase() === wanted);
    return option ? { ok: true, value: option.value } : { ok: false, message: field.message };
  }
  if (field.kind === 'list') {
    const parsed = field.codec.parse(field, text);
    return parsed.ok ? { ok: true, value: parsed.rows } : { ok: false, message: parsed.message };
  }
  const flag = text.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(flag)) return { ok: true, value: true };
  if (['0', 'false', 'no', 'off'].includes(flag)) return { ok: true, value: false };
  return { ok: false, message: field.message };
}

/** The text a value takes in a URL or an input box: "10000", "3", "1"/"0", "gpt-5:70,gpt-5-mini:30". */
export function fieldText(field: Field, value: FieldValue): string {
  if (field.kind === 'toggle') return value ? '1' : '0';
  if (field.kind === 'list') return field.codec.text(field, value as ListRows);
  return String(value);
}

/** Whether the field applies to these values (hidden fields keep their value). */
export function isVisible(field: Field, values: Values): boolean {
  return field.visible ? field.visible(values) : true;
}
