/**
 * Table-row inputs: a list of rows with typed columns (a model mix, price edits, a budget per developer). Each
 * column declares its rule like a field does; a list travels in one URL parameter as text, rows separated by
 * commas and cells by colons ("gpt-5:70,claude-haiku-4-5:30"), with `%`, `,` and `:` inside a cell escaped.
 * Framework-free and zod-free: the form, the URL and MDX presets share these checks in the browser.
 */
import { parseNumberText, type ValueFormat } from './format';

export type ListCell = number | string | null;
export type ListRow = Readonly<Record<string, ListCell>>;
export type ListRows = readonly ListRow[];

interface ColumnCommon {
  label: string;
}

export interface NumberColumnSpec extends ColumnCommon {
  kind: 'number';
  min: number;
  max: number;
  integer?: boolean;
  format: ValueFormat;
  unit?: string;
  /** When set, an empty cell is allowed, stored as null and shown with this word ("unpriced"). */
  emptyText?: string;
}

export interface ChoiceColumnOption {
  value: string;
  label: string;
  /** Options sharing a group are listed under it (an <optgroup>). */
  group?: string;
}

export interface ChoiceColumnSpec extends ColumnCommon {
  kind: 'choice';
  options: readonly ChoiceColumnOption[];
}

export interface TextColumnSpec extends ColumnCommon {
  kind: 'text';
  maxLength: number;
  /** When set, an empty cell is allowed and means this ("every developer"). */
  emptyText?: string;
}

export type ColumnSpec = NumberColumnSpec | ChoiceColumnSpec | TextColumnSpec;

/** A numeric column with bounds. */
export function numberColumn<const S extends Omit<NumberColumnSpec, 'kind'>>(spec: S): S & { kind: 'number' } {
  return { kind: 'number', ...spec };
}

/** A column holding one of a fixed set of options. */
export function choiceColumn<const S extends Omit<ChoiceColumnSpec, 'kind'>>(spec: S): S & { kind: 'choice' } {
  return { kind: 'choice', ...spec };
}

/** A free-text column (names). */
export function textColumn<const S extends Omit<TextColumnSpec, 'kind'>>(spec: S): S & { kind: 'text' } {
  return { kind: 'text', ...spec };
}

/** The value type of one column: numbers (null when the column allows empty cells) or strings. */
export type CellOf<C> = C extends { kind: 'number'; emptyText: string }
  ? number | null
  : C extends { kind: 'number' }
    ? number
    : string;

/** The row type of a set of columns. */
export type RowOf<C extends Record<string, ColumnSpec>> = { readonly [K in keyof C]: CellOf<C[K]> };

/** Where a list breaks its rules: the message, and the cell when one cell is to blame. */
export type ListCheck = { ok: true; rows: ListRow[] } | { ok: false; message: string; row?: number; column?: string };

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The message a bad cell gets, like a number field's. */
export function columnMessage(column: ColumnSpec): string {
  if (column.kind === 'number') {
    const unit = column.format === 'percent' ? '%' : column.unit ? ` ${column.unit}` : '';
    const range = `${column.integer ? 'a whole number' : 'a number'} from ${plain.format(column.min)} to ${plain.format(column.max)}${unit}`;
    return column.emptyText ? `Enter ${range}, or leave it empty for ${column.emptyText}.` : `Enter ${range}.`;
  }
  if (column.kind === 'choice') return 'Choose one of the options.';
  return column.emptyText
    ? `Use at most ${column.maxLength} characters.`
    : `Enter a name of 1 to ${column.maxLength} characters.`;
}

/** Checks one cell's value (already typed) against its column; returns the clean value or undefined. */
export function checkCell(column: ColumnSpec, value: unknown): ListCell | undefined {
  if (column.kind === 'number') {
    if (value === null) return column.emptyText ? null : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    if (value < column.min || value > column.max || (column.integer && !Number.isInteger(value))) return undefined;
    return value;
  }
  if (typeof value !== 'string') return undefined;
  if (column.kind === 'choice') return column.options.some((option) => option.value === value) ? value : undefined;
  const text = value.trim();
  if (text.length > column.maxLength || (text.length === 0 && !column.emptyText)) return undefined;
  return text;
}

/** Reads a cell as typed in the form or found in a URL. */
export function parseCellText(column: ColumnSpec, text: string): ListCell | undefined {
  if (column.kind === 'number') {
    if (text.trim() === '') return column.emptyText ? null : undefined;
    return checkCell(column, parseNumberText(text));
  }
  if (column.kind === 'choice') {
    const wanted = text.trim().toLowerCase();
    return column.options.find((option) => option.value.toLowerCase() === wanted)?.value;
  }
  return checkCell(column, text);
}

/** The text of a cell in a URL or an input box. */
export function cellText(value: ListCell): string {
  return value === null ? '' : String(value);
}

const escapeCell = (text: string) => text.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');

function unescapeCell(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Cell texts to the list's URL text. */
export function encodeListTexts(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(escapeCell).join(':')).join(',');
}

/** A list's URL text to cell texts, or undefined when it is malformed (a bad escape). */
export function decodeListTexts(text: string): string[][] | undefined {
  if (text.trim() === '') return [];
  const rows: string[][] = [];
  for (const row of text.split(',')) {
    const cells = row.split(':').map(unescapeCell);
    if (cells.some((cell) => cell === undefined)) return undefined;
    rows.push(cells as string[]);
  }
  return rows;
}

/** The rule a whole list follows: its columns, how many rows, and a rule across rows. */
export interface ListRules {
  columns: Record<string, ColumnSpec>;
  minRows: number;
  maxRows: number;
  /** A rule across rows ("the shares add up to 100 %"): the problem in words, or null. */
  check?(rows: ListRows): string | null;
}

function checkRows(rules: ListRules, rows: ListRow[]): ListCheck {
  if (rows.length < rules.minRows) {
    return { ok: false, message: `Add at least ${rules.minRows} ${rules.minRows === 1 ? 'row' : 'rows'}.` };
  }
  if (rows.length > rules.maxRows) return { ok: false, message: `Use at most ${rules.maxRows} rows.` };
  const problem = rules.check?.(rows) ?? null;
  return problem ? { ok: false, message: problem } : { ok: true, rows };
}

const rowPrefix = (index: number, column: ColumnSpec) => `Row ${index + 1}, ${column.label}: `;

/** Checks typed rows (a preset, a value held in state) against the rules. */
export function checkList(rules: ListRules, value: unknown): ListCheck {
  if (!Array.isArray(value)) return { ok: false, message: 'Expected a list of rows.' };
  const rows: ListRow[] = [];
  for (const [index, row] of value.entries()) {
    if (typeof row !== 'object' || row === null) return { ok: false, message: `Row ${index + 1} is not a row.` };
    const clean: Record<string, ListCell> = {};
    for (const [key, column] of Object.entries(rules.columns)) {
      const cell = checkCell(column, (row as Record<string, unknown>)[key] ?? (column.kind === 'number' ? null : ''));
      if (cell === undefined) {
        return { ok: false, message: rowPrefix(index, column) + columnMessage(column), row: index, column: key };
      }
      clean[key] = cell;
    }
    rows.push(clean);
  }
  return checkRows(rules, rows);
}

/** Reads cell texts (from the form) into rows, naming the first bad cell. */
export function parseListTexts(rules: ListRules, texts: readonly (readonly string[])[]): ListCheck {
  const keys = Object.keys(rules.columns);
  const rows: ListRow[] = [];
  for (const [index, cells] of texts.entries()) {
    if (cells.length !== keys.length) {
      return { ok: false, message: `Row ${index + 1} needs ${keys.length} values, separated by colons.` };
    }
    const row: Record<string, ListCell> = {};
    for (const [position, key] of keys.entries()) {
      const column = rules.columns[key]!;
      const cell = parseCellText(column, cells[position]!);
      if (cell === undefined) {
        return { ok: false, message: rowPrefix(index, column) + columnMessage(column), row: index, column: key };
      }
      row[key] = cell;
    }
    rows.push(row);
  }
  return checkRows(rules, rows);
}

/** Rows to cell texts, in column order. */
export function listTexts(rules: ListRules, rows: ListRows): string[][] {
  const keys = Object.keys(rules.columns);
  return rows.map((row) => keys.map((key) => cellText(row[key] ?? null)));
}
