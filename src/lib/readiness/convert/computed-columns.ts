/**
 * The type of a T-SQL computed column, inferred from its expression (already rewritten for PostgreSQL), because
 * PostgreSQL's GENERATED ALWAYS AS (…) STORED needs a declared type and T-SQL's `name AS (expr)` has none. The rules
 * follow PostgreSQL's own resolution (manual 10.2 "Operators", 10.5 "UNION, CASE and related constructs"): integer
 * operands widen smallint → integer → bigint, any numeric operand makes numeric, any float makes double precision,
 * || makes text, comparisons make boolean, COALESCE / CASE take their first typed branch. Undefined means "unknown":
 * the column then needs a human.
 */
import { postgres } from '../dialects/postgres.ts';
import { significant, tokenize, type Token } from '../sql/lexer.ts';
import { isIdent, isText, isWord, matchParen, nameOf, splitTopLevel, type Tok } from '../sql/tokens.ts';
import { convertType } from './column-types.ts';
import { rewriteCalls } from './sql-calls.ts';

type Category = 'int' | 'numeric' | 'float' | 'text' | 'other';

const intRank: Record<string, number> = { smallint: 1, integer: 2, int: 2, bigint: 3 };

function category(type: string): Category {
  const base = type.toLowerCase().replace(/\(.*$/, '').trim();
  if (base in intRank) return 'int';
  if (base === 'numeric' || base === 'decimal') return 'numeric';
  if (base === 'real' || base === 'double precision' || base === 'float') return 'float';
  if (/^(varchar|char|text|character|character varying|bpchar)$/.test(base)) return 'text';
  return 'other';
}

/** The type of an arithmetic expression over operands of these types, or undefined when one is not a number. */
function arithmetic(types: string[]): string | undefined {
  const cats = types.map(category);
  if (cats.some((c) => c === 'text' || c === 'other')) return undefined;
  if (cats.includes('float')) return 'double precision';
  if (cats.includes('numeric')) return 'numeric';
  const widest = Math.max(...types.map((t) => intRank[t.toLowerCase().replace(/\(.*$/, '').trim()] ?? 2));
  return widest === 1 ? 'smallint' : widest === 3 ? 'bigint' : 'integer';
}

const textFunctions = new Set([
  'upper',
  'lower',
  'ltrim',
  'rtrim',
  'btrim',
  'trim',
  'left',
  'right',
  'substring',
  'substr',
  'replace',
  'reverse',
  'repeat',
  'lpad',
  'rpad',
  'concat',
  'concat_ws',
  'format',
  'translate',
  'json_value',
  'json_query',
]);
const integerFunctions = new Set(['length', 'char_length', 'octet_length', 'strpos', 'position']);
const sameAsArgument = new Set(['abs', 'round', 'floor', 'ceil', 'ceiling', 'trunc', 'sign']);
/** A type as PostgreSQL spells it (what a cast holds once the T-SQL rewrite ran). */
const pgTypeName =
  /^(smallint|integer|bigint|numeric|real|double precision|text|varchar|char|bytea|boolean|date|time|timestamp|timestamptz|interval|uuid|jsonb|json|xml)(\(\d+(,\d+)?\))?$/i;
const comparison = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '~', '!~']);

/** Significant tokens of PostgreSQL text, as Toks (the rewritten expression holds whole calls in one Tok). */
function retokenize(sql: string): Tok[] {
  return tokenize(sql, postgres.lexer)
    .filter(significant)
    .map((tok) => ({ tok, pre: '', text: tok.text }));
}

/** Whether the whole of `sql` is one parenthesised expression. */
export function parenthesized(sql: string): boolean {
  const toks = retokenize(sql);
  return toks.length > 1 && isText(toks[0], '(') && matchParen(toks, 0) === toks.length - 1;
}

/** Infers the PostgreSQL type of `sql` given the table's column types (name → type). */
export function inferExpressionType(sql: string, columns: ReadonlyMap<string, string>): string | undefined {
  return infer(retokenize(sql), columns);
}

function infer(input: Tok[], columns: ReadonlyMap<string, string>): string | undefined {
  let toks = input;
  while (toks.length > 1 && isText(toks[0], '(') && matchParen(toks, 0) === toks.length - 1) toks = toks.slice(1, -1);
  if (toks.length === 0) return undefined;
  // Operators at the top level, outside parentheses and CASE … END.
  const top: number[] = [];
  let depth = 0;
  toks.forEach((t, k) => {
    if (isText(t, '(') || isWord(t, 'CASE')) depth++;
    else if (isText(t, ')') || isWord(t, 'END')) depth--;
    else if (depth === 0) top.push(k);
  });
  const at = (k: number) => toks[k]!;
  if (top.some((k) => isWord(at(k), 'AND', 'OR', 'NOT', 'LIKE', 'IN', 'BETWEEN', 'IS') || comparison.has(at(k).text)))
    return 'boolean';
  if (top.some((k) => isText(at(k), '||'))) return 'text';
  const ops = top.filter((k) => k > 0 && /^[-+*/%]$/.test(at(k).text) && at(k).tok.type === 'op');
  if (ops.length) {
    const operands: Tok[][] = [];
    let from = 0;
    for (const k of ops) {
      operands.push(toks.slice(from, k));
      from = k + 1;
    }
    operands.push(toks.slice(from));
    const types = operands.map((o) => infer(o, columns));
    return types.every((t) => t !== undefined) ? arithmetic(types as string[]) : undefined;
  }
  if (isText(toks[0], '-') || isText(toks[0], '+')) return infer(toks.slice(1), columns);
  return operand(toks, columns);
}

/** One operand: literal, column, CASE or function call. */
function operand(toks: Tok[], columns: ReadonlyMap<string, string>): string | undefined {
  const first = toks[0]!;
  if (toks.length === 1) {
    if (first.tok.type === 'number') return /[.eE]/.test(first.text) ? 'numeric' : 'integer';
    if (first.tok.type === 'string') return 'text';
    if (isWord(first, 'TRUE', 'FALSE')) return 'boolean';
    if (isIdent(first)) return columns.get(nameOf(first));
    return undefined;
  }
  if (isIdent(first) && isText(toks[1], '.') && isIdent(toks[2]) && toks.length === 3)
    return columns.get(nameOf(toks[2]));
  if (isWord(first, 'CASE')) {
    // The first THEN (or ELSE) branch whose type is known.
    let depth = 0;
    for (let k = 1; k < toks.length; k++) {
      if (isWord(toks[k], 'CASE')) depth++;
      else if (isWord(toks[k], 'END')) depth--;
      else if (depth === 0 && isWord(toks[k], 'THEN', 'ELSE')) {
        let end = k + 1;
        let inner = 0;
        while (end < toks.length) {
          if (isWord(toks[end], 'CASE')) inner++;
          else if (isWord(toks[end], 'END')) {
            if (inner === 0) break;
            inner--;
          } else if (inner === 0 && isWord(toks[end], 'WHEN', 'ELSE')) break;
          end++;
        }
        const type = infer(toks.slice(k + 1, end), columns);
        if (type) return type;
      }
    }
    return undefined;
  }
  if (!isIdent(first) || !isText(toks[1], '(') || matchParen(toks, 1) !== toks.length - 1) return undefined;
  const fn = nameOf(first);
  const args = splitTopLevel(toks, 2, toks.length - 1).map(([a, b]) => toks.slice(a, b));
  if (fn === 'cast') {
    const inner = args[0] ?? [];
    const as = inner.findIndex((t, k) => k > 0 && isWord(t, 'AS'));
    if (as <= 0) return undefined;
    // The T-SQL rewrite already spelled cast types the PostgreSQL way (timestamp there is not T-SQL's rowversion).
    const written = inner
      .slice(as + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s*([(),])\s*/g, '$1');
    return pgTypeName.test(written) ? written : convertType(inner, as + 1, 'sqlserver').sql;
  }
  if (fn === 'coalesce' || fn === 'nullif' || fn === 'greatest' || fn === 'least') {
    const types = args.map((a) => infer(a, columns));
    const known = types.filter((t): t is string => t !== undefined);
    if (known.length === 0) return undefined;
    return known.every((t) => category(t) === category(known[0]!)) && category(known[0]!) !== 'other'
      ? (arithmetic(known) ?? (known.length === 1 ? known[0] : 'text'))
      : known[0];
  }
  if (textFunctions.has(fn)) return 'text';
  if (integerFunctions.has(fn)) return 'integer';
  if (sameAsArgument.has(fn)) return args[0] ? infer(args[0], columns) : undefined;
  if (fn === 'make_date') return 'date';
  return undefined;
}

/**
 * CONCAT(a, b, …) → (coalesce(a, '') || coalesce(b, '') …): the same value (CONCAT skips NULLs), but PostgreSQL's
 * concat() is only STABLE and a generated column needs an immutable expression. Non-text arguments are cast to text.
 */
export function immutableConcat(sql: string, columns: ReadonlyMap<string, string>): string {
  return rewriteCalls(sql, 'CONCAT', (args) => {
    const parts = args.map((a) => {
      const inner = immutableConcat(a, columns);
      const type = inferExpressionType(inner, columns);
      return `coalesce(${type && category(type) === 'text' ? inner : `(${inner})::text`}, '')`;
    });
    return `(${parts.join(' || ')})`;
  });
}

const isPlus = (t: Token | undefined) => t?.type === 'op' && t.text === '+';
/** Words and operators that make a level more than a chain of + (then it is left as written). */
const notAChain = /^(CASE|WHEN|THEN|ELSE|END|AND|OR|NOT|IS|IN|LIKE|BETWEEN|=|<>|!=|<|>|<=|>=|-|\*|\/|%)$/i;

/**
 * T-SQL `a + b` where every operand is text → `a || b`. The expression rewriter turns + into || only next to a
 * literal; here the table's column types decide. T-SQL's string + yields NULL when an operand is NULL
 * (CONCAT_NULL_YIELDS_NULL, on by default), as || does; when any operand is a number T-SQL adds, so that is kept.
 */
export function textPlus(sql: string, columns: ReadonlyMap<string, string>): string {
  return plusLevel(tokenize(sql, postgres.lexer), columns);
}

/** One nesting level: parentheses are rewritten first (each comma-separated argument alone), then this level. */
function plusLevel(toks: Token[], columns: ReadonlyMap<string, string>): string {
  const pieces: { text: string; token?: Token }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.type === 'punct' && t.text === '(')) {
      pieces.push({ text: t.text, token: t });
      continue;
    }
    let depth = 0;
    let k = i;
    const args: Token[][] = [[]];
    for (; k < toks.length; k++) {
      const x = toks[k]!;
      if (x.type === 'punct' && x.text === '(' && depth++ === 0) continue;
      if (x.type === 'punct' && x.text === ')' && --depth === 0) break;
      if (depth === 1 && x.type === 'punct' && x.text === ',') args.push([]);
      else args[args.length - 1]!.push(x);
    }
    pieces.push({ text: `(${args.map((a) => plusLevel(a, columns)).join(',')}${k < toks.length ? ')' : ''}` });
    i = k;
  }
  const meaningful = pieces.filter((p) => !p.token || (p.token.type !== 'ws' && p.token.type !== 'comment'));
  if (meaningful.some((p) => p.token && notAChain.test(p.token.type === 'word' ? p.token.value : p.token.text)))
    return pieces.map((p) => p.text).join('');
  const operands: string[] = [''];
  meaningful.forEach((p, k) => {
    if (isPlus(p.token) && k > 0 && !(meaningful[k - 1]!.token?.type === 'op')) operands.push('');
    else operands[operands.length - 1] += `${operands[operands.length - 1] ? ' ' : ''}${p.text}`;
  });
  const joined = pieces.map((p) => p.text).join('');
  if (operands.length < 2) return joined;
  const allText = operands.every((o) => {
    const type = inferExpressionType(o, columns);
    return type !== undefined && category(type) === 'text';
  });
  return allText ? operands.join(' || ') : joined;
}
