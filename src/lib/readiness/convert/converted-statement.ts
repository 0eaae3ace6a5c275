/** One statement after conversion: what the engine runs in PostgreSQL and what the report says about it. */
import type { ConstructHit } from '../dialects/constructs.ts';
import type { Classification } from '../sql/classify.ts';
import type { RawStatement } from '../sql/split.ts';
import type { RuleHit } from './rules.ts';
import type { TablePlan } from './table-plan.ts';

export interface ConvertedStatement {
  statement: RawStatement;
  classification: Classification;
  /** Converted SQL, ready to run (may hold several statements); empty when not applicable. */
  sql: string;
  rules: RuleHit[];
  /** Reasons a human must rewrite the object even if PostgreSQL accepts the converted SQL. */
  blockers: string[];
  /** Behaviour that changed and needs a look (dropped ON UPDATE, partitioning …). */
  warnings: string[];
  /** Why the statement is not part of the target schema, when it is not. */
  notApplicable?: string;
  /** Objects this one needs (tables, views, sequences, types), lower case. */
  references: string[];
  /** Functions called from procedural code, checked against pg_proc. */
  calls: string[];
  /** Relations used inside procedural code (not checked by PostgreSQL at CREATE time). */
  bodyReferences: string[];
  constructs: ConstructHit[];
  vendorFunctions: string[];
  /** Characters of code without comments, for the unit model. */
  codeChars: number;
  table?: TablePlan;
}
