/**
 * MySQL idioms of vendor install scripts (#11.1) that need a finding or a reason beyond the type and column
 * rules in types.ts / ddl.ts: scheduled events, UNSIGNED widening, FULLTEXT and SET conversions.
 * Sources: MySQL 8.4 Reference Manual (CREATE EVENT, "Numeric Data Type Syntax" UNSIGNED, FULLTEXT indexes,
 * "The SET Type"); PostgreSQL 18 docs ch. 12 "Full Text Search"; pg_cron (github.com/citusdata/pg_cron).
 */
import type { Classification } from '../sql/classify.ts';
import type { RuleHit } from './rules.ts';
import { isText, isWord, matchParen, render, type Tok } from '../sql/tokens.ts';
import type { ConvertContext } from './convert-context.ts';
import { rewriteCalls } from './sql-calls.ts';

/** Why a MySQL statement is not part of the PostgreSQL schema, when the general rules do not already say so. */
export function mysqlNotApplicable(classification: Classification, toks: Tok[]): string | undefined {
  if (classification.kind === 'other' && classification.name === 'event')
    return 'MySQL event (a scheduled job): PostgreSQL has no built-in scheduler; run its statement from pg_cron or an external scheduler';
  if (isWord(toks[0], 'ALTER') && isWord(toks[1], 'EVENT'))
    return 'changes a MySQL event (a scheduled job): recreate the schedule in pg_cron or an external scheduler';
  return undefined;
}

/** Findings for conversions that keep the data but change behaviour, read from the rules a statement applied. */
export function mysqlRuleWarnings(rules: RuleHit[]): string[] {
  const warnings: string[] = [];
  const details = (id: string) => rules.filter((r) => r.id === id).map((r) => r.detail.split(' → ')[0]);
  const unsigned = details('type.unsigned');
  if (unsigned.length)
    warnings.push(
      `unsigned integers: widened to the next signed type (${unsigned.join(', ')}): negative values are now accepted; add CHECK (column >= 0) where the application relies on it`,
    );
  for (const d of details('identity.unsigned-bigint'))
    warnings.push(
      `${d}: a PostgreSQL identity is a signed integer, so ids above 9223372036854775807 (2^63 − 1) cannot be stored`,
    );
  if (rules.some((r) => r.id === 'constraint.fulltext'))
    warnings.push(
      'FULLTEXT index: GIN index on to_tsvector: MATCH … AGAINST queries must be rewritten with @@ to_tsquery, and ranking and stop words differ',
    );
  if (rules.some((r) => r.id === 'expr.mysql-json' && r.detail.includes('#>>')))
    warnings.push(
      "JSON text extraction (json_unquote(json_extract(…)), ->>) → #>>: a JSON null now gives SQL NULL where MySQL gave the text 'null'",
    );
  if (rules.some((r) => r.id === 'type.set'))
    warnings.push(
      'SET column: text[] with a CHECK on its elements: FIND_IN_SET and comma-string comparisons must be rewritten with ANY / @>',
    );
  return warnings;
}

/**
 * A SET column's default: MySQL writes the members as one comma-separated string ('' is the empty set); the text[]
 * column needs an array literal ('{}', '{a,b}'). Undefined when the default is not a plain string.
 */
export function setDefault(expr: string, rules: RuleHit[], line: number): string | undefined {
  const m = /^'((?:[^']|'')*)'$/.exec(expr.trim());
  if (!m) return undefined;
  const members = m[1]!.replace(/''/g, "'").split(',').filter(Boolean);
  const sql = `ARRAY[${members.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
  rules.push({ id: 'type.set', detail: `SET default ${expr.trim()} → ${sql}`, line });
  return sql;
}

/**
 * AUTO_INCREMENT on BIGINT UNSIGNED (numeric(20) after widening): a PostgreSQL identity must be an integer type, and
 * values past 2^63 − 1 never come from a sequence in practice, so the column becomes bigint with a finding.
 */
export function unsignedIdentityType(typeSql: string, column: string, rules: RuleHit[], line: number): string {
  if (typeSql !== 'numeric(20)') return typeSql;
  rules.push({ id: 'identity.unsigned-bigint', detail: `${column}: BIGINT UNSIGNED AUTO_INCREMENT → bigint`, line });
  return 'bigint';
}

/**
 * MySQL CONCAT(a, b, …) in a generated column → (a || b || …): PostgreSQL's concat() is only STABLE, and a generated
 * column needs an immutable expression. MySQL's CONCAT is NULL when any argument is NULL, as || is, so the value is
 * the same; arguments that are neither a string nor a column are cast to text.
 */
export function mysqlConcat(expr: string, rules: RuleHit[], line: number): string {
  return rewriteCalls(expr, 'CONCAT', (args) => {
    const parts = args.map((a) => {
      const inner = mysqlConcat(a, rules, line);
      return /^('(?:[^']|'')*'|[A-Za-z_][\w$]*|"(?:[^"]|"")+")$/.test(inner) ? inner : `(${inner})::text`;
    });
    const sql = `(${parts.join(' || ')})`;
    rules.push({ id: 'expr.mysql-concat', detail: `CONCAT(…) → ${sql.slice(-60)}`, line });
    return sql;
  });
}

/** A MySQL JSON path of keys and array indexes ('$.a.b[0]') as a PostgreSQL path array literal ('{a,b,0}'). */
function jsonPath(literal: string): string | undefined {
  const m = /^'(\$(?:\.[A-Za-z_]\w*|\[\d+\])*)'$/.exec(literal.trim());
  if (!m) return undefined;
  const steps = [...m[1]!.slice(1).matchAll(/\.([A-Za-z_]\w*)|\[(\d+)\]/g)].map((s) => s[1] ?? s[2]);
  return `'{${steps.join(',')}}'`;
}

/** Calls this module rewrites, also when another rule already rendered them inside a token's text. */
const mysqlCall = /\b(JSON_EXTRACT|JSON_UNQUOTE|JSON_VALID|SUBSTRING_INDEX)\s*\(/i;
const mysqlFunctions = ['JSON_EXTRACT', 'JSON_UNQUOTE', 'JSON_VALID', 'SUBSTRING_INDEX'];

/** The PostgreSQL text for the MySQL call `fn(args)`, or undefined when it has no exact equivalent here. */
function mysqlFunction(fn: string, args: string[], rules: RuleHit[], line: number): string | undefined {
  const note = (id: 'expr.mysql-json' | 'expr.substring-index', detail: string) => rules.push({ id, detail, line });
  if (fn === 'JSON_EXTRACT' && args.length === 2) {
    const path = jsonPath(args[1]!);
    if (!path) return undefined;
    note('expr.mysql-json', `json_extract(…, ${args[1]}) → #> ${path}`);
    return `(${args[0]} #> ${path})`;
  }
  if (fn === 'JSON_UNQUOTE' && args.length === 1) {
    // json_unquote(json_extract(j, p)) was rewritten first: (j #> p) → (j #>> p).
    const extracted = /^\((.*) #> ('\{[^']*\}')\)$/s.exec(args[0]!);
    note('expr.mysql-json', 'json_unquote(…) → #>> (text)');
    return extracted ? `(${extracted[1]} #>> ${extracted[2]})` : `((${args[0]}) #>> '{}')`;
  }
  if (fn === 'JSON_VALID' && args.length === 1) {
    note('expr.mysql-json', `json_valid(${args[0]}) → IS JSON`);
    return `((${args[0]}) IS JSON)`;
  }
  const count = args[2]?.replace(/[()\s]/g, '');
  if (fn === 'SUBSTRING_INDEX' && args.length === 3 && (count === '1' || count === '-1')) {
    note('expr.substring-index', `substring_index(…, ${count}) → split_part(…, ${count})`);
    return `split_part(${args[0]}, ${args[1]}, ${count})`;
  }
  return undefined;
}

/** Rewrites the MySQL calls inside PostgreSQL text, innermost first. */
function rewriteMysqlText(sql: string, rules: RuleHit[], line: number): string {
  let out = sql;
  for (const fn of mysqlFunctions)
    out = rewriteCalls(out, fn, (args) => {
      const inner = args.map((a) => rewriteMysqlText(a, rules, line));
      return mysqlFunction(fn, inner, rules, line) ?? `${fn.toLowerCase()}(${inner.join(', ')})`;
    });
  return out;
}

/**
 * MySQL JSON functions and SUBSTRING_INDEX in any statement → PostgreSQL operators and functions that are immutable
 * (so generated columns and expression indexes can use them): json_extract and -> '$…' → #>, json_unquote and
 * ->> '$…' → #>>, json_valid →
 * IS JSON, substring_index(s, d, ±1) → split_part. Other counts and JSON paths (wildcards, quoted keys) are left as
 * written, so PostgreSQL rejects them and the object needs a human.
 */
export function rewriteMysqlIdioms(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const arrow = (t: Tok | undefined) => t?.tok.type === 'op' && (t.text === '->' || t.text === '->>');
  const wanted = (t: Tok) => isWord(t, ...mysqlFunctions) || mysqlCall.test(t.text) || arrow(t);
  if (!toks.some(wanted)) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const line = t.tok.line;
    const path = arrow(t) && toks[i + 1]?.tok.type === 'string' ? jsonPath(toks[i + 1]!.text) : undefined;
    if (path) {
      // col->'$.a' / col->>'$.a' (json_extract / json_unquote shorthands): PostgreSQL's -> would read '$.a' as a key.
      const op = t.text === '->' ? '#>' : '#>>';
      rules.push({ id: 'expr.mysql-json', detail: `${t.text} ${toks[i + 1]!.text} → ${op} ${path}`, line });
      out.push({ ...t, text: op }, { ...toks[i + 1]!, text: path });
      i++;
    } else if (isWord(t, ...mysqlFunctions) && isText(toks[i + 1], '(') && !isText(toks[i - 1], '.')) {
      const close = matchParen(toks, i + 1);
      out.push({ ...t, text: rewriteMysqlText(render(toks, i, close + 1), rules, line) });
      i = close;
    } else out.push(mysqlCall.test(t.text) ? { ...t, text: rewriteMysqlText(t.text, rules, line) } : t);
  }
  return out;
}
