/**
 * MySQL idioms of vendor install scripts (#11.1) that need a finding or a reason beyond the type and column
 * rules in types.ts / ddl.ts: scheduled events, UNSIGNED widening, FULLTEXT and SET conversions.
 * Sources: MySQL 8.4 Reference Manual (CREATE EVENT, "Numeric Data Type Syntax" UNSIGNED, FULLTEXT indexes,
 * "The SET Type"); PostgreSQL 18 docs ch. 12 "Full Text Search"; pg_cron (github.com/citusdata/pg_cron).
 */
import type { Classification } from '../sql/classify.ts';
import type { RuleHit } from './rules.ts';
import { isWord, type Tok } from '../sql/tokens.ts';
import { significant, tokenize } from '../sql/lexer.ts';

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
  const toks = tokenize(expr, 'postgres');
  let out = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const open = toks.findIndex((x, k) => k > i && significant(x));
    if (!(t.type === 'word' && t.value === 'CONCAT' && toks[open]?.text === '(')) {
      out += t.text;
      continue;
    }
    const args: string[] = [''];
    let depth = 0;
    let k = open;
    for (; k < toks.length; k++) {
      const x = toks[k]!;
      if (x.type === 'punct' && x.text === '(' && depth++ === 0) continue;
      if (x.type === 'punct' && x.text === ')' && --depth === 0) break;
      if (depth === 1 && x.type === 'punct' && x.text === ',') args.push('');
      else args[args.length - 1] += x.text;
    }
    const parts = args.map((a) => {
      const inner = mysqlConcat(a.trim(), rules, line);
      return /^('(?:[^']|'')*'|[A-Za-z_][\w$]*|"(?:[^"]|"")+")$/.test(inner) ? inner : `(${inner})::text`;
    });
    out += `(${parts.join(' || ')})`;
    rules.push({ id: 'expr.mysql-concat', detail: `CONCAT(…) → ${out.slice(-60)}`, line });
    i = k;
  }
  return out;
}
