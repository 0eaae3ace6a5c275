/**
 * The convert hooks of each source database, looked up once per statement: the shared converters (convert.ts,
 * ddl.ts) call a hook when the database has one instead of comparing dialect names. The hooks' bodies live in
 * idioms-<db>.ts; the flags (types, functions, DDL forms) live in the dialect modules (dialects/<db>.ts).
 */
import type { Dialect } from '../dialects/dialect-id.ts';
import type { Classification } from '../sql/classify.ts';
import type { RawStatement } from '../sql/split.ts';
import type { Tok } from '../sql/tokens.ts';
import { mysqlConcat, mysqlNotApplicable, mysqlRuleWarnings, rewriteMysqlIdioms } from './idioms-mysql.ts';
import {
  convertIsJsonChecks,
  convertOracleCollection,
  convertOracleUser,
  oracleEmptyStrings,
  oracleIndexWarnings,
  oracleNotApplicable,
  type GeneratedRewrite,
} from './idioms-oracle.ts';
import {
  classifySqlServerIdiom,
  columnClause,
  columnType,
  computedColumn,
  convertSqlServerStatement,
  rewriteSqlServerIdioms,
} from './idioms-sqlserver.ts';
import type { RuleHit } from './rules.ts';
import type { TablePlan } from './table-plan.ts';

/** What one database adds to the shared conversion; every hook is optional. */
export interface ConvertHooks {
  /** Classifies the database's own statements before the shared classifier (RAISERROR, sp_addextendedproperty). */
  classifyIdiom?: (statement: RawStatement) => Classification | undefined;
  /** Converts whole statements of the database's own forms (sqlcmd commands, CREATE TYPE … FROM …). */
  convertStatement?: typeof convertSqlServerStatement;
  /** Rewrites after the shared expression rewrites (tables, views, indexes, constraints). */
  rewriteIdioms?: typeof rewriteSqlServerIdioms;
  /** Column types the shared type map does not know (typed xml, alias types). */
  columnType?: typeof columnType;
  /** Column clauses of the database's own (IDENTITY, ROWGUIDCOL, SPARSE …). */
  columnClause?: typeof columnClause;
  /** Rewrites a generated column's expression before it is checked (MySQL CONCAT → ||). */
  generatedExpression?: GeneratedRewrite;
  /** Computed columns `c AS (expr)`. */
  computedColumn?: typeof computedColumn;
  /** A schema statement of the database's own form (Oracle CREATE USER → CREATE SCHEMA). */
  schemaStatement?: (toks: Tok[], rules: RuleHit[]) => { sql: string; warnings: string[] } | undefined;
  /** A type statement of the database's own form (Oracle collections). */
  typeStatement?: typeof convertOracleCollection;
  /** Statements that mean nothing in PostgreSQL, with the reason. */
  notApplicable?: (classification: Classification, toks: Tok[]) => string | undefined;
  /** Warnings about a statement's silent changes of meaning (Oracle empty strings, bitmap indexes). */
  statementWarnings?: (toks: Tok[], rules: RuleHit[]) => string[];
  /** A pass over every converted table (Oracle IS JSON checks); true when the plan changed. */
  tableChecks?: (plan: TablePlan, rules: RuleHit[], warnings: string[], line: number) => boolean;
  /** Warnings drawn from the rules applied to a statement (MySQL UNSIGNED, ENUM …). */
  ruleWarnings?: (rules: RuleHit[]) => string[];
}

const hooks: Record<Dialect, ConvertHooks> = {
  oracle: {
    schemaStatement: convertOracleUser,
    typeStatement: convertOracleCollection,
    notApplicable: oracleNotApplicable,
    statementWarnings: (toks, rules) => [...oracleEmptyStrings(toks, rules), ...oracleIndexWarnings(toks)],
    tableChecks: convertIsJsonChecks,
  },
  sqlserver: {
    classifyIdiom: classifySqlServerIdiom,
    convertStatement: convertSqlServerStatement,
    rewriteIdioms: rewriteSqlServerIdioms,
    columnType,
    columnClause,
    computedColumn,
  },
  mysql: {
    notApplicable: mysqlNotApplicable,
    ruleWarnings: mysqlRuleWarnings,
    rewriteIdioms: (toks, _kind, ctx, rules) => rewriteMysqlIdioms(toks, ctx, rules),
    generatedExpression: mysqlConcat,
  },
  postgres: {},
};

/** The convert hooks of one source database. */
export function convertHooksOf(dialect: Dialect): ConvertHooks {
  return hooks[dialect];
}
