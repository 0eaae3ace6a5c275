/**
 * MySQL idioms of vendor install scripts (#11.1) that need a finding or a reason beyond the type and column
 * rules in types.ts / ddl.ts: scheduled events, UNSIGNED widening, FULLTEXT and SET conversions.
 * Sources: MySQL 8.4 Reference Manual (CREATE EVENT, "Numeric Data Type Syntax" UNSIGNED, FULLTEXT indexes,
 * "The SET Type"); PostgreSQL 18 docs ch. 12 "Full Text Search"; pg_cron (github.com/citusdata/pg_cron).
 */
import type { Classification } from '../sql/classify.ts';
import type { RuleHit } from './rules.ts';
import { isWord, type Tok } from '../sql/tokens.ts';

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
