/**
 * The vendor constructs the estimate weighs, as data: id, source database, label, severity and ora2pg's weight
 * (lib/Ora2Pg/PLSQL.pm, estimate_cost, v25). The page reads this table alone; how each construct is found in tokens
 * and what to write instead live beside the engine in constructs.ts, keyed by the same ids.
 */
import type { Dialect } from './dialect-id.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** One construct as the page shows and the unit model weighs it. */
export interface ConstructEntry {
  id: string;
  dialect: Dialect;
  label: string;
  /** ora2pg units per occurrence (editable in the unit model). */
  weight: number;
  severity: Severity;
}

/** Every construct the engine looks for, in display order per database. */
export const constructCatalogue = [
  // Oracle
  {
    id: 'ora.when-others',
    dialect: 'oracle',
    label: 'WHEN OTHERS handler',
    weight: 10,
    severity: 'high',
  },
  {
    id: 'ora.bulk-collect',
    dialect: 'oracle',
    label: 'BULK COLLECT',
    weight: 5,
    severity: 'critical',
  },
  {
    id: 'ora.table-of',
    dialect: 'oracle',
    label: 'IS TABLE OF collection type',
    weight: 4,
    severity: 'high',
  },
  {
    id: 'ora.connect-by',
    dialect: 'oracle',
    label: 'CONNECT BY hierarchical query',
    weight: 3,
    severity: 'high',
  },
  {
    id: 'ora.dbms',
    dialect: 'oracle',
    label: 'DBMS_* package call',
    weight: 3,
    severity: 'high',
  },
  {
    id: 'ora.utl',
    dialect: 'oracle',
    label: 'UTL_* package call',
    weight: 3,
    severity: 'high',
  },
  {
    id: 'ora.pragma',
    dialect: 'oracle',
    label: 'PRAGMA',
    weight: 3,
    severity: 'high',
  },
  {
    id: 'ora.merge',
    dialect: 'oracle',
    label: 'MERGE',
    weight: 3,
    severity: 'medium',
  },
  {
    id: 'ora.xmltype',
    dialect: 'oracle',
    label: 'XMLTYPE',
    weight: 3,
    severity: 'medium',
  },
  {
    id: 'ora.sdo',
    dialect: 'oracle',
    label: 'SDO_* spatial',
    weight: 3,
    severity: 'critical',
  },
  {
    id: 'ora.outer-join',
    dialect: 'oracle',
    label: '(+) outer join',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'ora.goto',
    dialect: 'oracle',
    label: 'GOTO',
    weight: 2,
    severity: 'high',
  },
  {
    id: 'ora.rowid',
    dialect: 'oracle',
    label: 'ROWID',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'ora.from-table',
    dialect: 'oracle',
    label: 'FROM TABLE(…)',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'ora.named-exception',
    dialect: 'oracle',
    label: 'named exception',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'ora.rownum',
    dialect: 'oracle',
    label: 'ROWNUM',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'ora.forall',
    dialect: 'oracle',
    label: 'FORALL',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'ora.ref-cursor',
    dialect: 'oracle',
    label: 'REF CURSOR',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'ora.sys-refcursor',
    dialect: 'oracle',
    label: 'SYS_REFCURSOR',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'ora.pipe-row',
    dialect: 'oracle',
    label: 'PIPE ROW',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'ora.savepoint',
    dialect: 'oracle',
    label: 'SAVEPOINT in code',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'ora.dblink',
    dialect: 'oracle',
    label: '@dblink',
    weight: 1,
    severity: 'high',
  },
  {
    id: 'ora.rowcount',
    dialect: 'oracle',
    label: 'SQL%ROWCOUNT / %FOUND',
    weight: 1,
    severity: 'low',
  },
  {
    id: 'ora.execute-immediate',
    dialect: 'oracle',
    label: 'EXECUTE IMMEDIATE',
    weight: 1,
    severity: 'low',
  },
  {
    id: 'ora.cursor',
    dialect: 'oracle',
    label: 'explicit cursor',
    weight: 1,
    severity: 'low',
  },
  {
    id: 'ora.package',
    dialect: 'oracle',
    label: 'package',
    weight: 0,
    severity: 'critical',
  },
  {
    id: 'ora.trunc',
    dialect: 'oracle',
    label: 'TRUNC()',
    weight: 0.1,
    severity: 'low',
  },
  {
    id: 'ora.to-char',
    dialect: 'oracle',
    label: 'TO_CHAR()',
    weight: 0.1,
    severity: 'low',
  },
  {
    id: 'ora.add-months',
    dialect: 'oracle',
    label: 'ADD_MONTHS()',
    weight: 0.1,
    severity: 'low',
  },
  {
    id: 'ora.regexp-like',
    dialect: 'oracle',
    label: 'REGEXP_LIKE()',
    weight: 0.2,
    severity: 'low',
  },
  {
    id: 'ora.decode',
    dialect: 'oracle',
    label: 'DECODE()',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'ora.nvl',
    dialect: 'oracle',
    label: 'NVL / NVL2',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'ora.sysdate',
    dialect: 'oracle',
    label: 'SYSDATE',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'ora.nextval',
    dialect: 'oracle',
    label: 'seq.NEXTVAL',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'ora.empty-string',
    dialect: 'oracle',
    label: "'' used as NULL",
    weight: 0,
    severity: 'medium',
  },
  // SQL Server
  {
    id: 'mss.pivot',
    dialect: 'sqlserver',
    label: 'PIVOT / UNPIVOT',
    weight: 12,
    severity: 'critical',
  },
  {
    id: 'mss.three-part',
    dialect: 'sqlserver',
    label: 'three-part name db.schema.object',
    weight: 6,
    severity: 'critical',
  },
  {
    id: 'mss.system-tables',
    dialect: 'sqlserver',
    label: 'sys* / msdb / tempdb reference',
    weight: 6,
    severity: 'high',
  },
  {
    id: 'mss.for-xml',
    dialect: 'sqlserver',
    label: 'FOR XML / FOR JSON',
    weight: 6,
    severity: 'high',
  },
  {
    id: 'mss.try-catch',
    dialect: 'sqlserver',
    label: 'TRY / CATCH',
    weight: 3,
    severity: 'high',
  },
  {
    id: 'mss.exec-sp',
    dialect: 'sqlserver',
    label: 'EXEC sp_*',
    weight: 3,
    severity: 'high',
  },
  {
    id: 'mss.object-id',
    dialect: 'sqlserver',
    label: 'OBJECT_ID()',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'mss.global-temp',
    dialect: 'sqlserver',
    label: '##global temporary table',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'mss.at-at',
    dialect: 'sqlserver',
    label: '@@variables',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'mss.top',
    dialect: 'sqlserver',
    label: 'TOP n',
    weight: 0.2,
    severity: 'low',
  },
  {
    id: 'mss.set-rowcount',
    dialect: 'sqlserver',
    label: 'SET ROWCOUNT',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'mss.collate',
    dialect: 'sqlserver',
    label: 'COLLATE',
    weight: 0.2,
    severity: 'low',
  },
  {
    id: 'mss.cursor',
    dialect: 'sqlserver',
    label: 'CURSOR',
    weight: 0.2,
    severity: 'low',
  },
  {
    id: 'mss.result-set',
    dialect: 'sqlserver',
    label: 'procedure returning a result set',
    weight: 0,
    severity: 'high',
  },
  {
    id: 'mss.date-functions',
    dialect: 'sqlserver',
    label: 'DATEADD / DATEDIFF / DATENAME / DATEPART',
    weight: 0,
    severity: 'medium',
  },
  {
    id: 'mss.convert',
    dialect: 'sqlserver',
    label: 'CONVERT()',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'mss.isnull',
    dialect: 'sqlserver',
    label: 'ISNULL()',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'mss.variables',
    dialect: 'sqlserver',
    label: '@parameters and variables',
    weight: 0,
    severity: 'info',
  },
  // MySQL
  {
    id: 'my.count-distinct',
    dialect: 'mysql',
    label: 'COUNT(DISTINCT a, b)',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'my.match-against',
    dialect: 'mysql',
    label: 'MATCH … AGAINST',
    weight: 2,
    severity: 'high',
  },
  {
    id: 'my.get-lock',
    dialect: 'mysql',
    label: 'GET_LOCK()',
    weight: 2,
    severity: 'medium',
  },
  {
    id: 'my.user-variable',
    dialect: 'mysql',
    label: '@user variables',
    weight: 0.1,
    severity: 'low',
  },
  {
    id: 'my.handler',
    dialect: 'mysql',
    label: 'DECLARE … HANDLER',
    weight: 2,
    severity: 'high',
  },
  {
    id: 'my.found-rows',
    dialect: 'mysql',
    label: 'FOUND_ROWS()',
    weight: 1,
    severity: 'medium',
  },
  {
    id: 'my.date-functions',
    dialect: 'mysql',
    label: 'MySQL date functions (TO_DAYS, STR_TO_DATE, LAST_DAY, YEAR() …)',
    weight: 0,
    severity: 'medium',
  },
  {
    id: 'my.group-concat',
    dialect: 'mysql',
    label: 'GROUP_CONCAT()',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'my.if',
    dialect: 'mysql',
    label: 'IF() / IFNULL()',
    weight: 0,
    severity: 'info',
  },
  {
    id: 'my.result-set',
    dialect: 'mysql',
    label: 'procedure returning a result set',
    weight: 0,
    severity: 'high',
  },
] as const satisfies readonly ConstructEntry[];

/** A construct id the catalogue knows (the matchers in constructs.ts must cover each one). */
export type ConstructId = (typeof constructCatalogue)[number]['id'];

/** Catalogue entries by id, for labels in the object table. */
export const constructEntryById: ReadonlyMap<string, ConstructEntry> = new Map(
  constructCatalogue.map((c) => [c.id, c]),
);

/** One database's part of the catalogue, for its dialect profile. */
export function constructsOf(dialect: Dialect): readonly ConstructEntry[] {
  return constructCatalogue.filter((c: ConstructEntry) => c.dialect === dialect);
}
