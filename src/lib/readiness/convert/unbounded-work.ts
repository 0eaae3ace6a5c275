/**
 * User SQL that could run unbounded work is never executed for real during the analysis: PGlite cannot interrupt a
 * statement, so a `CREATE TABLE … AS` over a huge generate_series or an event trigger with an endless loop would hang
 * the run. Converted objects are created, never run: CREATE TABLE … AS and materialized views get WITH NO DATA (the
 * structure only), and statements whose whole point is to run something (event triggers, REFRESH, VACUUM …) or to
 * reach outside the database (subscriptions, foreign servers) are not applicable. DO, CALL, SELECT and data
 * statements are already not applicable (convert.ts, notApplicableReasons).
 */
import type { ObjectKind } from '../sql/classify.ts';
import type { ConvertedStatement } from './converted-statement.ts';
import { significant } from '../sql/lexer.ts';

/** What a CREATE may make besides what classify.ts names; the rest of `other` statements run work. */
const creates = new Set(['CREATE', 'ALTER', 'COMMENT']);

/** Why a statement is not run: it would run code or reach outside the database; undefined when it is safe. */
export function unboundedWorkReason(kind: ObjectKind, words: string[]): string | undefined {
  const [first = '', second = '', third = ''] = words;
  if (first === 'CREATE' && words.slice(1, 5).includes('EVENT') && words.slice(1, 6).includes('TRIGGER'))
    return 'event trigger: runs its function on every later DDL command; not created in the analysis, create it after the schema';
  if (first === 'REFRESH')
    return 'refreshes a materialized view (runs its query over the data); not part of the schema';
  if (
    first === 'CREATE' &&
    (['SUBSCRIPTION', 'PUBLICATION', 'SERVER'].includes(second) ||
      (second === 'USER' && third === 'MAPPING') ||
      (second === 'FOREIGN' && third === 'DATA'))
  )
    return 'connects to or publishes for other servers; set it up separately, after the schema';
  if (kind === 'other' && !creates.has(first))
    return `${first || 'this statement'} runs work in the database; not part of the schema`;
  return undefined;
}

/** CREATE TABLE … AS / materialized view SQL that creates the structure only (WITH NO DATA), never running the query. */
export function structureOnly(sql: string): string {
  if (!/\bAS\s*\(?\s*(SELECT|WITH|VALUES|TABLE)\b/i.test(sql)) return sql;
  if (/\bWITH\s+NO\s+DATA\s*;?\s*$/i.test(sql)) return sql;
  if (/\bWITH\s+DATA\s*;?\s*$/i.test(sql)) return sql.replace(/\bWITH\s+DATA(\s*;?\s*)$/i, 'WITH NO DATA$1');
  return /;\s*$/.test(sql) ? sql.replace(/;\s*$/, '\nWITH NO DATA;') : `${sql}\nWITH NO DATA`;
}

/** The converted statement with unbounded work taken out: not applicable, or structure only. */
export function withoutUnboundedWork(c: ConvertedStatement): ConvertedStatement {
  if (c.notApplicable || !c.sql || c.statement.problem) return c; // unreadable statements are reported, never run
  const words = c.statement.tokens
    .filter(significant)
    .slice(0, 6)
    .map((t) => (t.type === 'word' ? t.value : t.text.toUpperCase()));
  const reason = unboundedWorkReason(c.classification.kind, words);
  if (reason) return { ...c, notApplicable: reason };
  const kind = c.classification.kind;
  if (kind === 'table' || kind === 'materialized-view') return { ...c, sql: structureOnly(c.sql) };
  return c;
}
