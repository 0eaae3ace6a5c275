/** Token helpers shared by the converters: identifiers as PostgreSQL spells them, parenthesis matching, lists. */
import type { Token } from './lexer.ts';

/**
 * A significant token with the whitespace and comments before it. `text` is what the converted SQL prints for it;
 * converters replace `text` (or whole runs of Toks) and keep `pre`, so unchanged SQL keeps its layout.
 */
export interface Tok {
  tok: Token;
  pre: string;
  text: string;
}

/** PostgreSQL 18 keywords that cannot be column or table names without quotes (SQL Key Words appendix). */
export const pgReserved = new Set(
  (
    'ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK COLLATE COLLATION ' +
    'COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA ' +
    'CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR ' +
    'FOREIGN FREEZE FROM FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER INTERSECT INTO IS ISNULL JOIN LATERAL ' +
    'LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER ' +
    'OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT SESSION_USER SIMILAR SOME SYMMETRIC SYSTEM_USER ' +
    'TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE USER USING VARIADIC VERBOSE WHEN WHERE WINDOW WITH'
  ).split(' '),
);

/** An identifier as PostgreSQL should see it: folded to lower case, quoted only when it must be. */
export function pgIdent(name: string): string {
  const lower = name.toLowerCase();
  if (/^[a-z_][a-z0-9_$]*$/.test(lower) && !pgReserved.has(lower.toUpperCase())) return lower;
  return `"${lower.replace(/"/g, '""')}"`;
}

/** The name an identifier token denotes once converted (lower case, no quotes): used for lookups. */
export function nameOf(t: Tok | Token | undefined): string {
  if (!t) return '';
  const tok = 'tok' in t ? t.tok : t;
  if (tok.type === 'qident' || tok.type === 'word') return tok.value.toLowerCase();
  return tok.text.toLowerCase();
}

export const isWord = (t: Tok | undefined, ...values: string[]) =>
  !!t && t.tok.type === 'word' && (values.length === 0 || values.includes(t.tok.value));
export const isText = (t: Tok | undefined, text: string) => !!t && t.tok.type !== 'string' && t.tok.text === text;
export const isIdent = (t: Tok | undefined) => !!t && (t.tok.type === 'word' || t.tok.type === 'qident');

/** Index of the ")" matching the "(" at `open`, or the last index when unbalanced. */
export function matchParen(toks: Tok[], open: number): number {
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    if (isText(toks[i], '(')) depth++;
    else if (isText(toks[i], ')')) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return toks.length - 1;
}

/** Splits toks[from, to) at top-level commas. */
export function splitTopLevel(toks: Tok[], from: number, to: number, separator = ','): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (isText(t, '(')) depth++;
    else if (isText(t, ')')) depth--;
    else if (depth === 0 && isText(t, separator)) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  if (start < to || parts.length > 0) parts.push([start, to]);
  return parts;
}

/** Prints toks[from, to) with their layout; the first token's leading whitespace is dropped. */
export function render(toks: Tok[], from = 0, to = toks.length, keepFirstPre = false): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.text === '' && t.pre === '') continue;
    out += (i === from && !keepFirstPre ? '' : t.pre) + t.text;
  }
  return out;
}

/** A string literal in standard PostgreSQL form. */
export function pgString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Words that end a FROM item: never a table alias. */
const clauseWords = [
  'WHERE',
  'JOIN',
  'INNER',
  'LEFT',
  'RIGHT',
  'FULL',
  'CROSS',
  'NATURAL',
  'ON',
  'USING',
  'GROUP',
  'ORDER',
  'HAVING',
  'WINDOW',
  'LIMIT',
  'UNION',
  'EXCEPT',
  'INTERSECT',
  'MINUS',
  'CONNECT',
  'START',
  'FOR',
  'SET',
  'INTO',
  'VALUES',
  'OUTER',
  'RETURNING',
  'WITH',
];

/** The index after an optional alias ("t", "AS t") at i: what follows a table name in FROM, JOIN or UPDATE. */
export function skipAlias(toks: Tok[], i: number): number {
  const at = isWord(toks[i], 'AS') ? i + 1 : i;
  return isIdent(toks[at]) && !isWord(toks[at], ...clauseWords) ? at + 1 : at;
}

/** A qualified name starting at i: [schema.]name; returns the printed name and the index after it. */
export function readName(toks: Tok[], i: number): { schema?: string; name: string; text: string; end: number } {
  if (isIdent(toks[i]) && isText(toks[i + 1], '.') && isIdent(toks[i + 2])) {
    if (isText(toks[i + 3], '.') && isIdent(toks[i + 4])) {
      return { schema: nameOf(toks[i + 2]), name: nameOf(toks[i + 4]), text: render(toks, i, i + 5), end: i + 5 };
    }
    return { schema: nameOf(toks[i]), name: nameOf(toks[i + 2]), text: render(toks, i, i + 3), end: i + 3 };
  }
  return { name: nameOf(toks[i]), text: toks[i]?.text ?? '', end: i + 1 };
}
