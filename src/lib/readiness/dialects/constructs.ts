/**
 * Vendor constructs found in code objects, with ora2pg's weights (lib/Ora2Pg/PLSQL.pm, estimate_cost, v25) and a
 * suggested PostgreSQL rewrite. Matching runs on tokens, so comments and string literals never count (ora2pg's own
 * false positives on URLs in strings and on SYSDATETIME as a sys* reference cannot happen here).
 */
import type { Dialect } from './dialect-id.ts';
import { significant, type Token } from '../sql/lexer.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export interface ConstructDef {
  id: string;
  dialect: Dialect;
  label: string;
  /** ora2pg units per occurrence (editable in the unit model). */
  weight: number;
  severity: Severity;
  suggestion: string;
  /** True when the engine's conversion handles it (it still counts in the estimate, as in ora2pg). */
  autoConverted?: boolean;
  match: (t: Token[], i: number) => boolean;
}

const w = (t: Token | undefined, ...values: string[]) => !!t && t.type === 'word' && values.includes(t.value);
const seq =
  (...values: string[]) =>
  (t: Token[], i: number) =>
    values.every(
      (v, k) =>
        t[i + k]?.value === v && (t[i + k]!.type === 'word' || t[i + k]!.type === 'punct' || t[i + k]!.type === 'op'),
    );
const call =
  (...names: string[]) =>
  (t: Token[], i: number) =>
    w(t[i], ...names) && t[i + 1]?.text === '(' && t[i - 1]?.text !== '.';
const prefix = (p: string) => (t: Token[], i: number) =>
  t[i]!.type === 'word' && t[i]!.value.startsWith(p) && t[i]!.value.length > p.length;

export const constructCatalogue: ConstructDef[] = [
  // Oracle
  {
    id: 'ora.when-others',
    dialect: 'oracle',
    label: 'WHEN OTHERS handler',
    weight: 10,
    severity: 'high',
    suggestion:
      'Keep WHEN OTHERS only where the error is re-raised or logged; PL/pgSQL supports it but rolls back to the block start.',
    match: seq('WHEN', 'OTHERS'),
  },
  {
    id: 'ora.bulk-collect',
    dialect: 'oracle',
    label: 'BULK COLLECT',
    weight: 5,
    severity: 'critical',
    suggestion: 'SELECT array_agg(…) INTO v, or loop over the query with FOR r IN SELECT …',
    match: seq('BULK', 'COLLECT'),
  },
  {
    id: 'ora.table-of',
    dialect: 'oracle',
    label: 'IS TABLE OF collection type',
    weight: 4,
    severity: 'high',
    suggestion: 'Use a PostgreSQL array (type[]) or a temporary table.',
    match: (t, i) => w(t[i], 'IS', 'AS') && w(t[i + 1], 'TABLE') && w(t[i + 2], 'OF'),
  },
  {
    id: 'ora.connect-by',
    dialect: 'oracle',
    label: 'CONNECT BY hierarchical query',
    weight: 3,
    severity: 'high',
    suggestion: 'WITH RECURSIVE common table expression.',
    match: seq('CONNECT', 'BY'),
  },
  {
    id: 'ora.dbms',
    dialect: 'oracle',
    label: 'DBMS_* package call',
    weight: 3,
    severity: 'high',
    suggestion: 'Replace with PostgreSQL built-ins (RAISE NOTICE, pg_sleep, pg_cron, lo_* …) or orafce.',
    match: prefix('DBMS_'),
  },
  {
    id: 'ora.utl',
    dialect: 'oracle',
    label: 'UTL_* package call',
    weight: 3,
    severity: 'high',
    suggestion: 'Move file, HTTP and mail work out of the database, or use an extension.',
    match: prefix('UTL_'),
  },
  {
    id: 'ora.pragma',
    dialect: 'oracle',
    label: 'PRAGMA',
    weight: 3,
    severity: 'high',
    suggestion: 'AUTONOMOUS_TRANSACTION → dblink or a background worker; EXCEPTION_INIT → SQLSTATE codes.',
    match: seq('PRAGMA'),
  },
  {
    id: 'ora.merge',
    dialect: 'oracle',
    label: 'MERGE',
    weight: 3,
    severity: 'medium',
    suggestion: 'PostgreSQL 15+ MERGE, or INSERT … ON CONFLICT DO UPDATE.',
    match: (t, i) => w(t[i], 'MERGE') && w(t[i + 1], 'INTO'),
  },
  {
    id: 'ora.xmltype',
    dialect: 'oracle',
    label: 'XMLTYPE',
    weight: 3,
    severity: 'medium',
    suggestion: 'xml type and xpath().',
    match: (t, i) => w(t[i], 'XMLTYPE'),
  },
  {
    id: 'ora.sdo',
    dialect: 'oracle',
    label: 'SDO_* spatial',
    weight: 3,
    severity: 'critical',
    suggestion: 'PostGIS geometry types and ST_* functions.',
    match: prefix('SDO_'),
  },
  {
    id: 'ora.outer-join',
    dialect: 'oracle',
    label: '(+) outer join',
    weight: 2,
    severity: 'medium',
    suggestion: 'LEFT / RIGHT OUTER JOIN … ON.',
    match: (t, i) => t[i]!.text === '(' && t[i + 1]?.text === '+' && t[i + 2]?.text === ')',
  },
  {
    id: 'ora.goto',
    dialect: 'oracle',
    label: 'GOTO',
    weight: 2,
    severity: 'high',
    suggestion: 'Restructure with loops, EXIT and CONTINUE.',
    match: seq('GOTO'),
  },
  {
    id: 'ora.rowid',
    dialect: 'oracle',
    label: 'ROWID',
    weight: 2,
    severity: 'medium',
    suggestion: 'Use the primary key (ctid is not stable).',
    match: (t, i) => w(t[i], 'ROWID', 'UROWID'),
  },
  {
    id: 'ora.from-table',
    dialect: 'oracle',
    label: 'FROM TABLE(…)',
    weight: 2,
    severity: 'medium',
    suggestion: 'unnest(array) or a set-returning function.',
    match: (t, i) => w(t[i], 'TABLE') && t[i + 1]?.text === '(' && w(t[i - 1], 'FROM'),
  },
  {
    id: 'ora.named-exception',
    dialect: 'oracle',
    label: 'named exception',
    weight: 2,
    severity: 'medium',
    suggestion: "RAISE EXCEPTION USING ERRCODE = 'P0001' and WHEN SQLSTATE 'P0001'.",
    match: (t, i) => t[i]!.type === 'word' && w(t[i + 1], 'EXCEPTION') && t[i + 2]?.text === ';',
  },
  {
    id: 'ora.rownum',
    dialect: 'oracle',
    label: 'ROWNUM',
    weight: 1,
    severity: 'medium',
    suggestion: 'LIMIT / FETCH FIRST, or row_number() OVER ().',
    match: (t, i) => w(t[i], 'ROWNUM'),
  },
  {
    id: 'ora.forall',
    dialect: 'oracle',
    label: 'FORALL',
    weight: 1,
    severity: 'medium',
    suggestion: 'A single INSERT … SELECT unnest(…) or a FOREACH loop.',
    match: seq('FORALL'),
  },
  {
    id: 'ora.ref-cursor',
    dialect: 'oracle',
    label: 'REF CURSOR',
    weight: 1,
    severity: 'medium',
    suggestion: 'refcursor.',
    match: seq('REF', 'CURSOR'),
  },
  {
    id: 'ora.sys-refcursor',
    dialect: 'oracle',
    label: 'SYS_REFCURSOR',
    weight: 1,
    severity: 'medium',
    suggestion: 'refcursor.',
    match: (t, i) => w(t[i], 'SYS_REFCURSOR'),
  },
  {
    id: 'ora.pipe-row',
    dialect: 'oracle',
    label: 'PIPE ROW',
    weight: 1,
    severity: 'medium',
    suggestion: 'RETURN NEXT in a RETURNS SETOF function.',
    match: seq('PIPE', 'ROW'),
  },
  {
    id: 'ora.savepoint',
    dialect: 'oracle',
    label: 'SAVEPOINT in code',
    weight: 1,
    severity: 'medium',
    suggestion: 'A nested BEGIN … EXCEPTION block.',
    match: seq('SAVEPOINT'),
  },
  {
    id: 'ora.dblink',
    dialect: 'oracle',
    label: '@dblink',
    weight: 1,
    severity: 'high',
    suggestion: 'postgres_fdw or oracle_fdw foreign tables.',
    match: (t, i) => t[i]!.text === '@' && t[i - 1]?.type === 'word' && t[i + 1]?.type === 'word',
  },
  {
    id: 'ora.rowcount',
    dialect: 'oracle',
    label: 'SQL%ROWCOUNT / %FOUND',
    weight: 1,
    severity: 'low',
    suggestion: 'GET DIAGNOSTICS n = ROW_COUNT; or FOUND.',
    match: (t, i) => t[i]!.text === '%' && w(t[i + 1], 'ROWCOUNT', 'FOUND', 'NOTFOUND', 'ISOPEN') && w(t[i - 1], 'SQL'),
  },
  {
    id: 'ora.execute-immediate',
    dialect: 'oracle',
    label: 'EXECUTE IMMEDIATE',
    weight: 1,
    severity: 'low',
    suggestion: 'EXECUTE … USING.',
    autoConverted: true,
    match: seq('EXECUTE', 'IMMEDIATE'),
  },
  {
    id: 'ora.cursor',
    dialect: 'oracle',
    label: 'explicit cursor',
    weight: 1,
    severity: 'low',
    suggestion: 'Cursor declarations convert; prefer FOR r IN SELECT loops.',
    autoConverted: true,
    match: (t, i) => w(t[i], 'CURSOR') && t[i + 1]?.type === 'word' && w(t[i + 2], 'IS', '('),
  },
  {
    id: 'ora.package',
    dialect: 'oracle',
    label: 'package',
    weight: 0,
    severity: 'critical',
    suggestion: 'A schema per package holding its functions; package state in a temporary table or custom GUC.',
    match: (t, i) => w(t[i], 'PACKAGE') && i <= 4,
  },
  {
    id: 'ora.trunc',
    dialect: 'oracle',
    label: 'TRUNC()',
    weight: 0.1,
    severity: 'low',
    suggestion: "date_trunc('day', x) for dates, trunc(x) for numbers.",
    match: call('TRUNC'),
  },
  {
    id: 'ora.to-char',
    dialect: 'oracle',
    label: 'TO_CHAR()',
    weight: 0.1,
    severity: 'low',
    suggestion: 'to_char() exists; check the format masks (DY, D, HH).',
    match: call('TO_CHAR'),
  },
  {
    id: 'ora.add-months',
    dialect: 'oracle',
    label: 'ADD_MONTHS()',
    weight: 0.1,
    severity: 'low',
    suggestion: "x + n * interval '1 month'.",
    match: call('ADD_MONTHS'),
  },
  {
    id: 'ora.regexp-like',
    dialect: 'oracle',
    label: 'REGEXP_LIKE()',
    weight: 0.2,
    severity: 'low',
    suggestion: 'x ~ pattern.',
    match: call('REGEXP_LIKE'),
  },
  {
    id: 'ora.decode',
    dialect: 'oracle',
    label: 'DECODE()',
    weight: 0,
    severity: 'info',
    suggestion: 'CASE expression (converted; DECODE treats NULL = NULL as a match).',
    autoConverted: true,
    match: call('DECODE'),
  },
  {
    id: 'ora.nvl',
    dialect: 'oracle',
    label: 'NVL / NVL2',
    weight: 0,
    severity: 'info',
    suggestion: 'COALESCE / CASE (converted).',
    autoConverted: true,
    match: call('NVL', 'NVL2'),
  },
  {
    id: 'ora.sysdate',
    dialect: 'oracle',
    label: 'SYSDATE',
    weight: 0,
    severity: 'info',
    suggestion: 'LOCALTIMESTAMP (converted).',
    autoConverted: true,
    match: (t, i) => w(t[i], 'SYSDATE'),
  },
  {
    id: 'ora.nextval',
    dialect: 'oracle',
    label: 'seq.NEXTVAL',
    weight: 0,
    severity: 'info',
    suggestion: "nextval('seq') (converted).",
    autoConverted: true,
    match: (t, i) => t[i]!.text === '.' && w(t[i + 1], 'NEXTVAL', 'CURRVAL'),
  },
  {
    id: 'ora.empty-string',
    dialect: 'oracle',
    label: "'' used as NULL",
    weight: 0,
    severity: 'medium',
    suggestion: "Oracle treats '' as NULL; PostgreSQL does not. Check comparisons and NOT NULL columns.",
    match: (t, i) => t[i]!.type === 'string' && t[i]!.value === '' && t[i]!.quote === "'",
  },
  // SQL Server
  {
    id: 'mss.pivot',
    dialect: 'sqlserver',
    label: 'PIVOT / UNPIVOT',
    weight: 12,
    severity: 'critical',
    suggestion: 'crosstab() from tablefunc, or SUM(CASE …) / FILTER.',
    match: (t, i) => w(t[i], 'PIVOT', 'UNPIVOT') && t[i + 1]?.text === '(',
  },
  {
    id: 'mss.three-part',
    dialect: 'sqlserver',
    label: 'three-part name db.schema.object',
    weight: 6,
    severity: 'critical',
    suggestion: 'postgres_fdw for another database, or a schema in this one.',
    match: (t, i) =>
      (t[i]!.type === 'word' || t[i]!.type === 'qident') &&
      t[i + 1]?.text === '.' &&
      (t[i + 2]?.type === 'word' || t[i + 2]?.type === 'qident' || t[i + 2]?.text === '.') &&
      t[i + 3]?.text === '.' &&
      t[i - 1]?.text !== '.' &&
      t[i + 4]?.type !== 'punct',
  },
  {
    id: 'mss.system-tables',
    dialect: 'sqlserver',
    label: 'sys* / msdb / tempdb reference',
    weight: 6,
    severity: 'high',
    suggestion: 'information_schema or pg_catalog views.',
    match: (t, i) =>
      (w(t[i], 'SYSOBJECTS', 'SYSCOLUMNS', 'SYSINDEXES', 'SYSUSERS', 'MSDB', 'TEMPDB', 'MASTER') ||
        (w(t[i], 'SYS') && t[i + 1]?.text === '.')) &&
      t[i + 1]?.text !== '(',
  },
  {
    id: 'mss.for-xml',
    dialect: 'sqlserver',
    label: 'FOR XML / FOR JSON',
    weight: 6,
    severity: 'high',
    suggestion: 'xmlagg / json_agg.',
    match: (t, i) => w(t[i], 'FOR') && w(t[i + 1], 'XML', 'JSON'),
  },
  {
    id: 'mss.try-catch',
    dialect: 'sqlserver',
    label: 'TRY / CATCH',
    weight: 3,
    severity: 'high',
    suggestion: 'BEGIN … EXCEPTION WHEN … END.',
    match: (t, i) => w(t[i], 'BEGIN') && w(t[i + 1], 'TRY', 'CATCH'),
  },
  {
    id: 'mss.exec-sp',
    dialect: 'sqlserver',
    label: 'EXEC sp_*',
    weight: 3,
    severity: 'high',
    suggestion: 'The matching PostgreSQL command or catalog query.',
    match: (t, i) => w(t[i], 'EXEC', 'EXECUTE') && /^SP_/.test(t[i + 1]?.value ?? ''),
  },
  {
    id: 'mss.object-id',
    dialect: 'sqlserver',
    label: 'OBJECT_ID()',
    weight: 2,
    severity: 'medium',
    suggestion: "to_regclass('name') or IF EXISTS / IF NOT EXISTS clauses.",
    match: call('OBJECT_ID'),
  },
  {
    id: 'mss.global-temp',
    dialect: 'sqlserver',
    label: '##global temporary table',
    weight: 2,
    severity: 'medium',
    suggestion: 'An unlogged table.',
    match: (t, i) => t[i]!.type === 'word' && t[i]!.text.startsWith('##'),
  },
  {
    id: 'mss.at-at',
    dialect: 'sqlserver',
    label: '@@variables',
    weight: 1,
    severity: 'medium',
    suggestion: '@@ROWCOUNT → GET DIAGNOSTICS; @@IDENTITY → RETURNING or lastval(); @@ERROR → exception blocks.',
    match: (t, i) => t[i]!.type === 'var' && t[i]!.text.startsWith('@@'),
  },
  {
    id: 'mss.top',
    dialect: 'sqlserver',
    label: 'TOP n',
    weight: 0.2,
    severity: 'low',
    suggestion: 'LIMIT n / FETCH FIRST n ROWS ONLY.',
    match: (t, i) => w(t[i], 'TOP') && w(t[i - 1], 'SELECT', 'DISTINCT'),
  },
  {
    id: 'mss.set-rowcount',
    dialect: 'sqlserver',
    label: 'SET ROWCOUNT',
    weight: 1,
    severity: 'medium',
    suggestion: 'LIMIT on the statement.',
    match: seq('SET', 'ROWCOUNT'),
  },
  {
    id: 'mss.collate',
    dialect: 'sqlserver',
    label: 'COLLATE',
    weight: 0.2,
    severity: 'low',
    suggestion: 'A PostgreSQL collation (ICU, e.g. "und-x-icu") or citext.',
    match: (t, i) => w(t[i], 'COLLATE'),
  },
  {
    id: 'mss.cursor',
    dialect: 'sqlserver',
    label: 'CURSOR',
    weight: 0.2,
    severity: 'low',
    suggestion: 'FOR r IN SELECT … LOOP.',
    match: (t, i) => w(t[i], 'CURSOR'),
  },
  {
    id: 'mss.result-set',
    dialect: 'sqlserver',
    label: 'procedure returning a result set',
    weight: 0,
    severity: 'high',
    suggestion: 'CREATE FUNCTION … RETURNS TABLE (…) AS $$ SELECT … $$ LANGUAGE sql.',
    match: (t, i) => w(t[i], 'AS') && w(t[i + 1], 'SELECT') && t.slice(0, i).some((x) => w(x, 'PROCEDURE', 'PROC')),
  },
  {
    id: 'mss.date-functions',
    dialect: 'sqlserver',
    label: 'DATEADD / DATEDIFF / DATENAME / DATEPART',
    weight: 0,
    severity: 'medium',
    suggestion: "x + interval, date_part(), to_char(x, 'Month').",
    match: call('DATEADD', 'DATEDIFF', 'DATENAME', 'DATEPART'),
  },
  {
    id: 'mss.convert',
    dialect: 'sqlserver',
    label: 'CONVERT()',
    weight: 0,
    severity: 'info',
    suggestion: 'CAST(x AS type) (converted; style codes need to_char).',
    autoConverted: true,
    match: call('CONVERT'),
  },
  {
    id: 'mss.isnull',
    dialect: 'sqlserver',
    label: 'ISNULL()',
    weight: 0,
    severity: 'info',
    suggestion: 'COALESCE (converted).',
    autoConverted: true,
    match: call('ISNULL'),
  },
  {
    id: 'mss.variables',
    dialect: 'sqlserver',
    label: '@parameters and variables',
    weight: 0,
    severity: 'info',
    suggestion: 'Named PL/pgSQL parameters and DECLARE variables.',
    match: (t, i) =>
      t[i]!.type === 'var' &&
      t[i]!.text.startsWith('@') &&
      !t[i]!.text.startsWith('@@') &&
      t.slice(0, i).every((x) => x.text !== t[i]!.text),
  },
  // MySQL
  {
    id: 'my.count-distinct',
    dialect: 'mysql',
    label: 'COUNT(DISTINCT a, b)',
    weight: 2,
    severity: 'medium',
    suggestion: 'COUNT(DISTINCT (a, b)).',
    match: (t, i) => w(t[i], 'COUNT') && t[i + 1]?.text === '(' && w(t[i + 2], 'DISTINCT'),
  },
  {
    id: 'my.match-against',
    dialect: 'mysql',
    label: 'MATCH … AGAINST',
    weight: 2,
    severity: 'high',
    suggestion: 'to_tsvector(…) @@ plainto_tsquery(…) with a GIN index.',
    match: (t, i) => w(t[i], 'AGAINST') && t[i + 1]?.text === '(',
  },
  {
    id: 'my.get-lock',
    dialect: 'mysql',
    label: 'GET_LOCK()',
    weight: 2,
    severity: 'medium',
    suggestion: 'pg_advisory_lock(hashtext(name)).',
    match: call('GET_LOCK', 'RELEASE_LOCK'),
  },
  {
    id: 'my.user-variable',
    dialect: 'mysql',
    label: '@user variables',
    weight: 0.1,
    severity: 'low',
    suggestion: 'PL/pgSQL variables or set_config / current_setting.',
    match: (t, i) => t[i]!.type === 'var' && !t[i]!.text.startsWith('@@'),
  },
  {
    id: 'my.handler',
    dialect: 'mysql',
    label: 'DECLARE … HANDLER',
    weight: 2,
    severity: 'high',
    suggestion: 'BEGIN … EXCEPTION WHEN … END, or IF NOT FOUND after SELECT INTO.',
    match: (t, i) => w(t[i], 'HANDLER') && w(t[i + 1], 'FOR'),
  },
  {
    id: 'my.found-rows',
    dialect: 'mysql',
    label: 'FOUND_ROWS()',
    weight: 1,
    severity: 'medium',
    suggestion: 'GET DIAGNOSTICS n = ROW_COUNT, or count(*) OVER ().',
    match: call('FOUND_ROWS', 'ROW_COUNT'),
  },
  {
    id: 'my.date-functions',
    dialect: 'mysql',
    label: 'MySQL date functions (TO_DAYS, STR_TO_DATE, LAST_DAY, YEAR() …)',
    weight: 0,
    severity: 'medium',
    suggestion:
      "date arithmetic on date/interval, to_date(), date_trunc('month', x) + interval '1 month - 1 day', extract(year from x).",
    match: call(
      'TO_DAYS',
      'STR_TO_DATE',
      'LAST_DAY',
      'YEAR',
      'MONTH',
      'DAYOFWEEK',
      'DATE_FORMAT',
      'DATEDIFF',
      'TIMESTAMPDIFF',
      'FROM_UNIXTIME',
      'UNIX_TIMESTAMP',
    ),
  },
  {
    id: 'my.group-concat',
    dialect: 'mysql',
    label: 'GROUP_CONCAT()',
    weight: 0,
    severity: 'info',
    suggestion: 'string_agg() (converted).',
    autoConverted: true,
    match: call('GROUP_CONCAT'),
  },
  {
    id: 'my.if',
    dialect: 'mysql',
    label: 'IF() / IFNULL()',
    weight: 0,
    severity: 'info',
    suggestion: 'CASE / COALESCE (converted).',
    autoConverted: true,
    match: (t, i) =>
      call('IFNULL')(t, i) ||
      (call('IF')(t, i) && !w(t[i - 1], 'END') && t[i - 1]?.text !== ';' && !w(t[i - 1], 'BEGIN', 'THEN', 'ELSE')),
  },
  {
    id: 'my.result-set',
    dialect: 'mysql',
    label: 'procedure returning a result set',
    weight: 0,
    severity: 'high',
    suggestion: 'CREATE FUNCTION … RETURNS TABLE / SETOF, or a refcursor OUT parameter.',
    match: () => false,
  },
];

/** Vendor-only functions: ora2pg adds 1 unit per distinct one (2 for MySQL and SQL Server). */
export const vendorFunctions: Record<Dialect, string[]> = {
  oracle: [
    'NVL',
    'NVL2',
    'DECODE',
    'TO_NUMBER',
    'INSTR',
    'LAST_DAY',
    'MONTHS_BETWEEN',
    'ADD_MONTHS',
    'SYS_GUID',
    'SYS_CONTEXT',
    'USERENV',
    'LISTAGG',
    'TRUNC',
    'TO_CHAR',
    'TO_DATE',
    'REGEXP_LIKE',
    'REGEXP_SUBSTR',
    'BITAND',
    'NUMTODSINTERVAL',
    'NUMTOYMINTERVAL',
  ],
  sqlserver: [
    'DATEADD',
    'DATEDIFF',
    'DATENAME',
    'DATEPART',
    'ISNULL',
    'CONVERT',
    'GETDATE',
    'CHARINDEX',
    'LEN',
    'NEWID',
    'OBJECT_ID',
    'STUFF',
    'PATINDEX',
    'SCOPE_IDENTITY',
    'IIF',
    'FORMAT',
    'EOMONTH',
    'DATEFROMPARTS',
  ],
  mysql: [
    'IFNULL',
    'IF',
    'GROUP_CONCAT',
    'DATE_FORMAT',
    'STR_TO_DATE',
    'TO_DAYS',
    'LAST_DAY',
    'DATE_ADD',
    'DATE_SUB',
    'FOUND_ROWS',
    'UCASE',
    'LCASE',
    'CURDATE',
    'UNIX_TIMESTAMP',
    'FROM_UNIXTIME',
    'TIMESTAMPDIFF',
    'DATEDIFF',
    'YEAR',
    'MONTH',
    'LOCATE',
    'INSTR',
    'FIELD',
    'ELT',
  ],
  postgres: [],
};

export interface ConstructHit {
  id: string;
  count: number;
  lines: number[];
}

/** Finds constructs in a statement's tokens. */
export function findConstructs(tokens: Token[], dialect: Dialect): ConstructHit[] {
  const t = tokens.filter(significant);
  const hits = new Map<string, ConstructHit>();
  const defs = constructCatalogue.filter((c) => c.dialect === dialect);
  for (let i = 0; i < t.length; i++) {
    for (const c of defs) {
      if (!c.match(t, i)) continue;
      const hit = hits.get(c.id) ?? { id: c.id, count: 0, lines: [] };
      hit.count++;
      if (!hit.lines.includes(t[i]!.line)) hit.lines.push(t[i]!.line);
      hits.set(c.id, hit);
    }
  }
  return [...hits.values()];
}

/** Distinct vendor-only functions called in the tokens. */
export function findVendorFunctions(tokens: Token[], dialect: Dialect): string[] {
  const names = new Set(vendorFunctions[dialect]);
  const found = new Set<string>();
  const t = tokens.filter(significant);
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.type === 'word' && names.has(t[i]!.value) && t[i + 1]?.text === '(') found.add(t[i]!.value);
  }
  return [...found];
}

export const constructById = new Map(constructCatalogue.map((c) => [c.id, c]));
