/**
 * How the engine finds each vendor construct of construct-catalogue.ts in a statement's tokens, and the suggested
 * PostgreSQL rewrite. Matching runs on tokens, so comments and string literals never count (ora2pg's own
 * false positives on URLs in strings and on SYSDATETIME as a sys* reference cannot happen here).
 */
import type { Dialect } from './dialect-id.ts';
import { significant, type Token } from '../sql/lexer.ts';
import { constructCatalogue, type ConstructEntry, type ConstructId } from './construct-catalogue.ts';
import { vendorFunctions } from './vendor-functions.ts';

/** How one construct is found, and what to write in PostgreSQL instead. */
interface ConstructRule {
  suggestion: string;
  /** True when the engine's conversion handles it (it still counts in the estimate, as in ora2pg). */
  autoConverted?: boolean;
  match: (t: Token[], i: number) => boolean;
}

/** A catalogue entry with its matcher and suggestion: what the converter and the report use. */
export interface ConstructDef extends ConstructEntry, ConstructRule {}

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

const rules: Record<ConstructId, ConstructRule> = {
  // Oracle
  'ora.when-others': {
    suggestion:
      'Keep WHEN OTHERS only where the error is re-raised or logged; PL/pgSQL supports it but rolls back to the block start.',
    match: seq('WHEN', 'OTHERS'),
  },
  'ora.bulk-collect': {
    suggestion: 'SELECT array_agg(…) INTO v, or loop over the query with FOR r IN SELECT …',
    match: seq('BULK', 'COLLECT'),
  },
  'ora.table-of': {
    suggestion: 'Use a PostgreSQL array (type[]) or a temporary table.',
    match: (t, i) => w(t[i], 'IS', 'AS') && w(t[i + 1], 'TABLE') && w(t[i + 2], 'OF'),
  },
  'ora.connect-by': {
    suggestion: 'WITH RECURSIVE common table expression.',
    match: seq('CONNECT', 'BY'),
  },
  'ora.dbms': {
    suggestion: 'Replace with PostgreSQL built-ins (RAISE NOTICE, pg_sleep, pg_cron, lo_* …) or orafce.',
    match: prefix('DBMS_'),
  },
  'ora.utl': {
    suggestion: 'Move file, HTTP and mail work out of the database, or use an extension.',
    match: prefix('UTL_'),
  },
  'ora.pragma': {
    suggestion: 'AUTONOMOUS_TRANSACTION → dblink or a background worker; EXCEPTION_INIT → SQLSTATE codes.',
    match: seq('PRAGMA'),
  },
  'ora.merge': {
    suggestion: 'PostgreSQL 15+ MERGE, or INSERT … ON CONFLICT DO UPDATE.',
    match: (t, i) => w(t[i], 'MERGE') && w(t[i + 1], 'INTO'),
  },
  'ora.xmltype': {
    suggestion: 'xml type and xpath().',
    match: (t, i) => w(t[i], 'XMLTYPE'),
  },
  'ora.sdo': {
    suggestion: 'PostGIS geometry types and ST_* functions.',
    match: prefix('SDO_'),
  },
  'ora.outer-join': {
    suggestion: 'LEFT / RIGHT OUTER JOIN … ON.',
    match: (t, i) => t[i]!.text === '(' && t[i + 1]?.text === '+' && t[i + 2]?.text === ')',
  },
  'ora.goto': {
    suggestion: 'Restructure with loops, EXIT and CONTINUE.',
    match: seq('GOTO'),
  },
  'ora.rowid': {
    suggestion: 'Use the primary key (ctid is not stable).',
    match: (t, i) => w(t[i], 'ROWID', 'UROWID'),
  },
  'ora.from-table': {
    suggestion: 'unnest(array) or a set-returning function.',
    match: (t, i) => w(t[i], 'TABLE') && t[i + 1]?.text === '(' && w(t[i - 1], 'FROM'),
  },
  'ora.named-exception': {
    suggestion: "RAISE EXCEPTION USING ERRCODE = 'P0001' and WHEN SQLSTATE 'P0001'.",
    match: (t, i) => t[i]!.type === 'word' && w(t[i + 1], 'EXCEPTION') && t[i + 2]?.text === ';',
  },
  'ora.rownum': {
    suggestion: 'LIMIT / FETCH FIRST, or row_number() OVER ().',
    match: (t, i) => w(t[i], 'ROWNUM'),
  },
  'ora.forall': {
    suggestion: 'A single INSERT … SELECT unnest(…) or a FOREACH loop.',
    match: seq('FORALL'),
  },
  'ora.ref-cursor': {
    suggestion: 'refcursor.',
    match: seq('REF', 'CURSOR'),
  },
  'ora.sys-refcursor': {
    suggestion: 'refcursor.',
    match: (t, i) => w(t[i], 'SYS_REFCURSOR'),
  },
  'ora.pipe-row': {
    suggestion: 'RETURN NEXT in a RETURNS SETOF function.',
    match: seq('PIPE', 'ROW'),
  },
  'ora.savepoint': {
    suggestion: 'A nested BEGIN … EXCEPTION block.',
    match: seq('SAVEPOINT'),
  },
  'ora.dblink': {
    suggestion: 'postgres_fdw or oracle_fdw foreign tables.',
    match: (t, i) => t[i]!.text === '@' && t[i - 1]?.type === 'word' && t[i + 1]?.type === 'word',
  },
  'ora.rowcount': {
    suggestion: 'GET DIAGNOSTICS n = ROW_COUNT; or FOUND.',
    match: (t, i) => t[i]!.text === '%' && w(t[i + 1], 'ROWCOUNT', 'FOUND', 'NOTFOUND', 'ISOPEN') && w(t[i - 1], 'SQL'),
  },
  'ora.execute-immediate': {
    suggestion: 'EXECUTE … USING.',
    autoConverted: true,
    match: seq('EXECUTE', 'IMMEDIATE'),
  },
  'ora.cursor': {
    suggestion: 'Cursor declarations convert; prefer FOR r IN SELECT loops.',
    autoConverted: true,
    match: (t, i) => w(t[i], 'CURSOR') && t[i + 1]?.type === 'word' && w(t[i + 2], 'IS', '('),
  },
  'ora.package': {
    suggestion: 'A schema per package holding its functions; package state in a temporary table or custom GUC.',
    match: (t, i) => w(t[i], 'PACKAGE') && i <= 4,
  },
  'ora.trunc': {
    suggestion: "date_trunc('day', x) for dates, trunc(x) for numbers.",
    match: call('TRUNC'),
  },
  'ora.to-char': {
    suggestion: 'to_char() exists; check the format masks (DY, D, HH).',
    match: call('TO_CHAR'),
  },
  'ora.add-months': {
    suggestion: "x + n * interval '1 month'.",
    match: call('ADD_MONTHS'),
  },
  'ora.regexp-like': {
    suggestion: 'x ~ pattern.',
    match: call('REGEXP_LIKE'),
  },
  'ora.decode': {
    suggestion: 'CASE expression (converted; DECODE treats NULL = NULL as a match).',
    autoConverted: true,
    match: call('DECODE'),
  },
  'ora.nvl': {
    suggestion: 'COALESCE / CASE (converted).',
    autoConverted: true,
    match: call('NVL', 'NVL2'),
  },
  'ora.sysdate': {
    suggestion: 'LOCALTIMESTAMP (converted).',
    autoConverted: true,
    match: (t, i) => w(t[i], 'SYSDATE'),
  },
  'ora.nextval': {
    suggestion: "nextval('seq') (converted).",
    autoConverted: true,
    match: (t, i) => t[i]!.text === '.' && w(t[i + 1], 'NEXTVAL', 'CURRVAL'),
  },
  'ora.empty-string': {
    suggestion: "Oracle treats '' as NULL; PostgreSQL does not. Check comparisons and NOT NULL columns.",
    match: (t, i) => t[i]!.type === 'string' && t[i]!.value === '' && t[i]!.quote === "'",
  },
  // SQL Server
  'mss.pivot': {
    suggestion: 'crosstab() from tablefunc, or SUM(CASE …) / FILTER.',
    match: (t, i) => w(t[i], 'PIVOT', 'UNPIVOT') && t[i + 1]?.text === '(',
  },
  'mss.three-part': {
    suggestion: 'postgres_fdw for another database, or a schema in this one.',
    match: (t, i) =>
      (t[i]!.type === 'word' || t[i]!.type === 'qident') &&
      t[i + 1]?.text === '.' &&
      (t[i + 2]?.type === 'word' || t[i + 2]?.type === 'qident' || t[i + 2]?.text === '.') &&
      t[i + 3]?.text === '.' &&
      t[i - 1]?.text !== '.' &&
      t[i + 4]?.type !== 'punct',
  },
  'mss.system-tables': {
    suggestion: 'information_schema or pg_catalog views.',
    match: (t, i) =>
      (w(t[i], 'SYSOBJECTS', 'SYSCOLUMNS', 'SYSINDEXES', 'SYSUSERS', 'MSDB', 'TEMPDB', 'MASTER') ||
        (w(t[i], 'SYS') && t[i + 1]?.text === '.')) &&
      t[i + 1]?.text !== '(',
  },
  'mss.for-xml': {
    suggestion: 'xmlagg / json_agg.',
    match: (t, i) => w(t[i], 'FOR') && w(t[i + 1], 'XML', 'JSON'),
  },
  'mss.try-catch': {
    suggestion: 'BEGIN … EXCEPTION WHEN … END.',
    match: (t, i) => w(t[i], 'BEGIN') && w(t[i + 1], 'TRY', 'CATCH'),
  },
  'mss.exec-sp': {
    suggestion: 'The matching PostgreSQL command or catalog query.',
    match: (t, i) => w(t[i], 'EXEC', 'EXECUTE') && /^SP_/.test(t[i + 1]?.value ?? ''),
  },
  'mss.object-id': {
    suggestion: "to_regclass('name') or IF EXISTS / IF NOT EXISTS clauses.",
    match: call('OBJECT_ID'),
  },
  'mss.global-temp': {
    suggestion: 'An unlogged table.',
    match: (t, i) => t[i]!.type === 'word' && t[i]!.text.startsWith('##'),
  },
  'mss.at-at': {
    suggestion: '@@ROWCOUNT → GET DIAGNOSTICS; @@IDENTITY → RETURNING or lastval(); @@ERROR → exception blocks.',
    match: (t, i) => t[i]!.type === 'var' && t[i]!.text.startsWith('@@'),
  },
  'mss.top': {
    suggestion: 'LIMIT n / FETCH FIRST n ROWS ONLY.',
    match: (t, i) => w(t[i], 'TOP') && w(t[i - 1], 'SELECT', 'DISTINCT'),
  },
  'mss.set-rowcount': {
    suggestion: 'LIMIT on the statement.',
    match: seq('SET', 'ROWCOUNT'),
  },
  'mss.collate': {
    suggestion: 'A PostgreSQL collation (ICU, e.g. "und-x-icu") or citext.',
    match: (t, i) => w(t[i], 'COLLATE'),
  },
  'mss.cursor': {
    suggestion: 'FOR r IN SELECT … LOOP.',
    match: (t, i) => w(t[i], 'CURSOR'),
  },
  'mss.result-set': {
    suggestion: 'CREATE FUNCTION … RETURNS TABLE (…) AS $$ SELECT … $$ LANGUAGE sql.',
    match: (t, i) => w(t[i], 'AS') && w(t[i + 1], 'SELECT') && t.slice(0, i).some((x) => w(x, 'PROCEDURE', 'PROC')),
  },
  'mss.date-functions': {
    suggestion: "x + interval, date_part(), to_char(x, 'Month').",
    match: call('DATEADD', 'DATEDIFF', 'DATENAME', 'DATEPART'),
  },
  'mss.convert': {
    suggestion: 'CAST(x AS type) (converted; style codes need to_char).',
    autoConverted: true,
    match: call('CONVERT'),
  },
  'mss.isnull': {
    suggestion: 'COALESCE (converted).',
    autoConverted: true,
    match: call('ISNULL'),
  },
  'mss.variables': {
    suggestion: 'Named PL/pgSQL parameters and DECLARE variables.',
    match: (t, i) =>
      t[i]!.type === 'var' &&
      t[i]!.text.startsWith('@') &&
      !t[i]!.text.startsWith('@@') &&
      t.slice(0, i).every((x) => x.text !== t[i]!.text),
  },
  // MySQL
  'my.count-distinct': {
    suggestion: 'COUNT(DISTINCT (a, b)).',
    match: (t, i) => w(t[i], 'COUNT') && t[i + 1]?.text === '(' && w(t[i + 2], 'DISTINCT'),
  },
  'my.match-against': {
    suggestion: 'to_tsvector(…) @@ plainto_tsquery(…) with a GIN index.',
    match: (t, i) => w(t[i], 'AGAINST') && t[i + 1]?.text === '(',
  },
  'my.get-lock': {
    suggestion: 'pg_advisory_lock(hashtext(name)).',
    match: call('GET_LOCK', 'RELEASE_LOCK'),
  },
  'my.user-variable': {
    suggestion: 'PL/pgSQL variables or set_config / current_setting.',
    match: (t, i) => t[i]!.type === 'var' && !t[i]!.text.startsWith('@@'),
  },
  'my.handler': {
    suggestion: 'BEGIN … EXCEPTION WHEN … END, or IF NOT FOUND after SELECT INTO.',
    match: (t, i) => w(t[i], 'HANDLER') && w(t[i + 1], 'FOR'),
  },
  'my.found-rows': {
    suggestion: 'GET DIAGNOSTICS n = ROW_COUNT, or count(*) OVER ().',
    match: call('FOUND_ROWS', 'ROW_COUNT'),
  },
  'my.date-functions': {
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
  'my.group-concat': {
    suggestion: 'string_agg() (converted).',
    autoConverted: true,
    match: call('GROUP_CONCAT'),
  },
  'my.if': {
    suggestion: 'CASE / COALESCE (converted).',
    autoConverted: true,
    match: (t, i) =>
      call('IFNULL')(t, i) ||
      (call('IF')(t, i) && !w(t[i - 1], 'END') && t[i - 1]?.text !== ';' && !w(t[i - 1], 'BEGIN', 'THEN', 'ELSE')),
  },
  'my.result-set': {
    suggestion: 'CREATE FUNCTION … RETURNS TABLE / SETOF, or a refcursor OUT parameter.',
    match: () => false,
  },
};

/** The catalogue with matchers and suggestions, for the converter and the report. */
export const constructDefs: readonly ConstructDef[] = constructCatalogue.map((entry) => ({
  ...entry,
  ...rules[entry.id],
}));

export interface ConstructHit {
  id: string;
  count: number;
  lines: number[];
}

/** Finds constructs in a statement's tokens. */
export function findConstructs(tokens: Token[], dialect: Dialect): ConstructHit[] {
  const t = tokens.filter(significant);
  const hits = new Map<string, ConstructHit>();
  const defs = constructDefs.filter((c) => c.dialect === dialect);
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

/** Constructs with matchers and suggestions by id, for the report's findings. */
export const constructById: ReadonlyMap<string, ConstructDef> = new Map(constructDefs.map((c) => [c.id, c]));
