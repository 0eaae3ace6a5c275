/**
 * What the engine knows of one source database, as data: the way sqlglot keeps a dialect-blind core and gives each
 * database (dialects/oracle.py …) its flags and lookup tables. Every `dialect === '…'` decision of the layers above
 * reads one of these fields instead, so adding a database means writing one module, not editing the converters.
 */
import type { ClassifyRules } from '../sql/classify.ts';
import type { LexerRules } from '../sql/lexer.ts';
import type { SplitRules } from '../sql/split.ts';
import type { ConstructEntry } from './construct-catalogue.ts';
import type { Dialect } from './dialect-id.ts';
import type { DetectionSignal } from './detection-signals.ts';

/** How column types map to PostgreSQL where the same name means different things (column-types.ts reads these). */
export interface TypeRules {
  /** BINARY after a character type names a binary collation (MySQL), dropped like CHARACTER SET. */
  binaryCollation: boolean;
  /** FLOAT: 'mysql-precision' = real up to 24 bits or bare; 'double' always; 'precision' = real only with p ≤ 24. */
  float: 'mysql-precision' | 'double' | 'precision';
  /** REAL is an 8-byte float (MySQL); elsewhere it stays real. */
  realIsDouble: boolean;
  /** TINYINT(1) is the boolean idiom (MySQL). */
  tinyint1IsBoolean: boolean;
  /** BIT(n > 1) is a bit string (MySQL); elsewhere BIT is a boolean. */
  bitStrings: boolean;
  /** TEXT is not a type of this database (Oracle): kept as written so PostgreSQL judges it. */
  textKeptAsWritten: boolean;
  /** DATE holds a time of day too (Oracle). */
  dateHasTime: boolean;
  /** DATETIME has millisecond precision (SQL Server). */
  datetimeMilliseconds: boolean;
  /** TIMESTAMP is a row version, not a date (SQL Server). */
  timestampIsRowversion: boolean;
}

/** Where the PostgreSQL expression for a niladic call comes from, by rule id (a subset of convert/rules.ts ids). */
export type NiladicRule =
  'default.sysdate' | 'default.systimestamp' | 'default.newid' | 'expr.current-date-call' | 'expr.current-user-call';

/** The database's function map (expr.ts reads these). */
export interface FunctionRules {
  /** Renames that keep the argument list as it is. */
  renames: Readonly<Record<string, string>>;
  /** Calls with no arguments that become a PostgreSQL expression. */
  niladic: Readonly<Record<string, readonly [sql: string, rule: NiladicRule]>>;
  /** The niladic names also appear without parentheses (Oracle SYSDATE). */
  bareNiladic: boolean;
  /** Vendor calls whose arguments the converter rearranges (DECODE, CONVERT …; expr.ts holds how). */
  rewrites: ReadonlySet<string>;
  /** seq.NEXTVAL / seq.CURRVAL pseudo-columns (Oracle). */
  sequencePseudoColumns: boolean;
  /** FROM DUAL is a dummy one-row table (Oracle, MySQL). */
  dualTable: boolean;
  /** `+` concatenates strings (SQL Server). */
  plusConcatenates: boolean;
}

/** Table DDL forms the converter must recognise (ddl.ts reads these). */
export interface DdlRules {
  /** Virtual columns may omit their type: `c AS (expr)` / `c GENERATED ALWAYS AS (expr)` (Oracle). */
  untypedVirtualColumns: boolean;
  /** Computed columns may be written `c = expr` (SQL Server). */
  computedColumnEquals: boolean;
  /** `GENERATED … AS (expr)` / `AS (expr)` clauses after a column type (Oracle, MySQL). */
  generatedClauses: boolean;
  /** `UNIQUE [KEY|INDEX] name (cols)` inside CREATE TABLE (MySQL). */
  uniqueKeyInTable: boolean;
  /** Index columns may carry a prefix length `col(10)` (MySQL). */
  indexPrefixLength: boolean;
  /** The default schema whose qualifier is dropped (SQL Server dbo). */
  defaultSchema?: string;
  /** `db.table` qualifiers naming the current database (USE db) are dropped (SQL Server, MySQL). */
  databaseQualifiers: boolean;
  /** CREATE SCHEMA creates a schema (SQL Server, PostgreSQL); Oracle's is a batch of DDL owned by a user. */
  createSchema: boolean;
}

/** The procedural language's forms (procedural.ts reads these). */
export interface RoutineRules {
  /** Routines are rewritten to PL/pgSQL; false = reported with a blocker, not rewritten (T-SQL). */
  rewritten: boolean;
  /** Parameter mode before the name: `IN|OUT|INOUT name type` (MySQL). */
  modeBeforeName: boolean;
  /** Parameter mode after the name: `name IN OUT [NOCOPY] type` (Oracle). */
  modeAfterName: boolean;
  /** `name IS|AS` then a declaration section before BEGIN (PL/SQL). */
  declarationSection: boolean;
  /** DECLARE statements at the top of the BEGIN block (MySQL). */
  declarationsInBlock: boolean;
  /** INSERTING / UPDATING / DELETING trigger predicates (Oracle). */
  triggerPredicates: boolean;
  /** EXECUTE IMMEDIATE dynamic SQL (Oracle). */
  executeImmediate: boolean;
  /** `label: BEGIN|LOOP|WHILE|REPEAT`, LEAVE / ITERATE (MySQL). */
  colonLabels: boolean;
  /** `SET x = expr` assigns a variable (MySQL). */
  setAssigns: boolean;
  /** SIGNAL SQLSTATE raises an error (MySQL). */
  signal: boolean;
  /** `@name` is a session-wide user variable and `@@name` a server variable (MySQL), not a local. */
  sessionVariables: boolean;
  /** A bare `name(args);` calls a procedure (Oracle, MySQL). */
  bareCalls: boolean;
  /** CALL name(args) calls a procedure (MySQL). */
  callStatement: boolean;
  /** A SELECT without INTO in a function returns a result set (MySQL). */
  selectReturnsRows: boolean;
  /** WHILE … DO … END WHILE and REPEAT loops (MySQL). */
  doLoops: boolean;
  /** A trigger body may be one statement without BEGIN (MySQL). */
  singleStatementTriggers: boolean;
  /** A BEFORE INSERT … FOR EACH ROW trigger filling the key from a sequence becomes a column default (Oracle). */
  sequenceTriggers: boolean;
  /** `END name;` closes a routine (PL/SQL). */
  endLabels: boolean;
}

/** One source database: its lexer, client, types, functions, forms, constructs and detection signals. */
export interface DialectProfile {
  id: Dialect;
  /** Display name. */
  name: string;
  /** The script is PostgreSQL already: statements are verified as written, never converted. */
  native: boolean;
  /** The effort model's unit weights were calibrated on this database's estates (ora2pg prices Oracle). */
  estimateCalibrated: boolean;
  lexer: LexerRules;
  split: SplitRules;
  classify: ClassifyRules;
  types: TypeRules;
  functions: FunctionRules;
  ddl: DdlRules;
  routines: RoutineRules;
  /** Vendor constructs weighed in code objects (construct-catalogue.ts, this database's part). */
  constructs: readonly ConstructEntry[];
  /** Vendor-only functions counted once each in the estimate. */
  vendorFunctions: readonly string[];
  /** Signals that tell a script was written for this database. */
  signals: readonly DetectionSignal[];
}

/** No database's type quirks: each dialect module spreads it and switches on its own (sqlglot's base Dialect). */
export const plainTypes: TypeRules = {
  binaryCollation: false,
  float: 'precision',
  realIsDouble: false,
  tinyint1IsBoolean: false,
  bitStrings: false,
  textKeptAsWritten: false,
  dateHasTime: false,
  datetimeMilliseconds: false,
  timestampIsRowversion: false,
};

/** No vendor DDL form: each dialect module spreads it and switches on its own. */
export const plainDdl: DdlRules = {
  untypedVirtualColumns: false,
  computedColumnEquals: false,
  generatedClauses: false,
  uniqueKeyInTable: false,
  indexPrefixLength: false,
  databaseQualifiers: false,
  createSchema: false,
};

/** No vendor routine form (routines rewritten as PL/pgSQL-like): each dialect module switches on its own. */
export const plainRoutines: RoutineRules = {
  rewritten: true,
  modeBeforeName: false,
  modeAfterName: false,
  declarationSection: false,
  declarationsInBlock: false,
  triggerPredicates: false,
  executeImmediate: false,
  colonLabels: false,
  setAssigns: false,
  signal: false,
  sessionVariables: false,
  bareCalls: false,
  callStatement: false,
  selectReturnsRows: false,
  doLoops: false,
  singleStatementTriggers: false,
  sequenceTriggers: false,
  endLabels: false,
};
