/**
 * Oracle idioms of vendor install scripts (#11.1) and the Oracle semantics that change silently (#11.4):
 * identity columns in every form, virtual columns, CREATE USER as a schema owner, system grants, dimensions,
 * VARRAY / nested-table types, bitmap indexes and empty strings that Oracle reads as NULL.
 * Sources: Oracle Database SQL Language Reference 23ai (CREATE TABLE identity_clause and virtual_column_definition,
 * CREATE USER, CREATE TYPE varray_type_def / nested_table_type_def, CREATE DIMENSION, "Nulls": Oracle treats a
 * character value with a length of zero as null); PostgreSQL 18 docs (CREATE TABLE … GENERATED, CREATE DOMAIN).
 */
import type { Classification } from '../sql/classify.ts';
import type { TablePlan } from './table-plan.ts';
import type { RuleHit } from './rules.ts';
import { isIdent, isText, isWord, matchParen, nameOf, pgIdent, readName, render, type Tok } from '../sql/tokens.ts';
import { type ConvertContext } from './convert-context.ts';
import { convertType } from './column-types.ts';

/** A source database's rewrite of a generated column's expression before it is checked (MySQL CONCAT). */
export type GeneratedRewrite = (expr: string, rules: RuleHit[], line: number) => string;

/** What an Oracle column clause became: SQL that replaces it, where it ended, and what else it needs. */
export interface ColumnClause {
  sql: string;
  end: number;
  /** Statements to run after the table (the ON NULL trigger). */
  after: string[];
  warnings: string[];
  /** A replacement for the column type (identity columns must be smallint, integer or bigint). */
  type?: string;
}

const integerTypes = /^(smallint|integer|bigint)$/;

/** Identity options Oracle accepts that PostgreSQL's sequence options spell differently or lack. */
function identityOptions(el: Tok[], open: number, close: number): { sql: string; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (let i = open + 1; i < close; i++) {
    const v = el[i]?.tok.value ?? '';
    const num = (k: number) => el[k]?.tok.type === 'number' || isText(el[k], '-');
    const literal = (k: number) => (isText(el[k], '-') ? `-${el[k + 1]!.text}` : el[k]!.text);
    if (v === 'START' && isWord(el[i + 1], 'WITH') && num(i + 2)) {
      kept.push(`START WITH ${literal(i + 2)}`);
      i += isText(el[i + 2], '-') ? 3 : 2;
    } else if (v === 'INCREMENT' && isWord(el[i + 1], 'BY') && num(i + 2)) {
      kept.push(`INCREMENT BY ${literal(i + 2)}`);
      i += isText(el[i + 2], '-') ? 3 : 2;
    } else if ((v === 'MAXVALUE' || v === 'MINVALUE' || v === 'CACHE') && num(i + 1)) {
      const value = literal(i + 1);
      if (value.replace('-', '').length > 18) dropped.push(`${v} ${value}`);
      else kept.push(`${v} ${value}`);
      i += isText(el[i + 1], '-') ? 2 : 1;
    } else if (v === 'NOMAXVALUE' || v === 'NOMINVALUE' || v === 'NOCYCLE') {
      kept.push(`NO ${v.slice(2)}`);
    } else if (v === 'CYCLE') kept.push('CYCLE');
    else if (v === 'START' && isWord(el[i + 1], 'WITH') && isWord(el[i + 2], 'LIMIT')) {
      dropped.push('START WITH LIMIT VALUE');
      i += 3;
    } else if (v && !['NOCACHE', 'ORDER', 'NOORDER', 'KEEP', 'NOKEEP', 'NOSCALE'].includes(v)) dropped.push(v);
  }
  return { sql: kept.length ? ` (${kept.join(' ')})` : '', dropped };
}

/** The integer type an identity column gets when Oracle declared it NUMBER / NUMBER(p) (mapped to numeric). */
function identityType(typeSql: string): string | undefined {
  if (integerTypes.test(typeSql.toLowerCase())) return undefined;
  const p = /^numeric\((\d+)\)$/.exec(typeSql);
  if (p && Number(p[1]) < 10) return 'integer';
  return 'bigint';
}

/**
 * `GENERATED ALWAYS | BY DEFAULT [ON NULL] AS IDENTITY [(options)]` and `GENERATED ALWAYS AS (expr) [VIRTUAL]` at
 * el[i]; undefined when el[i] is something else.
 */
export function convertGeneratedClause(
  el: Tok[],
  i: number,
  target: { table: string; column: string; typeSql: string; rewrite?: GeneratedRewrite },
  rules: RuleHit[],
): ColumnClause | undefined {
  const line = el[i]?.tok.line ?? 0;
  // MySQL and Oracle short form: type AS (expr) [VIRTUAL | STORED]
  if (isWord(el[i], 'AS') && isText(el[i + 1], '(')) return generatedExpression(el, i, target, rules, line);
  if (!isWord(el[i], 'GENERATED')) return undefined;
  let j = i + 1;
  let mode = '';
  if (isWord(el[j], 'ALWAYS')) {
    mode = 'ALWAYS';
    j++;
  } else if (isWord(el[j], 'BY') && isWord(el[j + 1], 'DEFAULT')) {
    mode = 'BY DEFAULT';
    j += 2;
  }
  const onNull = isWord(el[j], 'ON') && isWord(el[j + 1], 'NULL');
  if (onNull) j += 2;
  if (!isWord(el[j], 'AS')) return undefined;
  if (isWord(el[j + 1], 'IDENTITY')) {
    j += 2;
    let options = { sql: '', dropped: [] as string[] };
    if (isText(el[j], '(')) {
      const close = matchParen(el, j);
      options = identityOptions(el, j, close);
      j = close + 1;
    }
    const type = identityType(target.typeSql);
    // ON NULL: an explicit NULL also takes the next value; PostgreSQL needs a BEFORE INSERT trigger for that.
    const pgMode = onNull ? 'BY DEFAULT' : mode || 'BY DEFAULT';
    const sql = `GENERATED ${pgMode} AS IDENTITY${options.sql}`;
    const after: string[] = [];
    const warnings: string[] = [];
    if (onNull) after.push(...onNullTrigger(target.table, target.column));
    if (options.dropped.length)
      warnings.push(`identity options dropped: ${options.dropped.join(', ')} (no PostgreSQL equivalent)`);
    rules.push({
      id: 'identity.column',
      detail: `${render(el, i, j).replace(/\s+/g, ' ')} → ${sql}${type ? ` (type ${target.typeSql} → ${type})` : ''}${onNull ? ' + BEFORE INSERT trigger for ON NULL' : ''}`,
      line,
    });
    return { sql, end: j, after, warnings, ...(type ? { type } : {}) };
  }
  if (isText(el[j + 1], '(')) return generatedExpression(el, j, target, rules, line);
  return undefined;
}

/** `AS (expr) [VIRTUAL | STORED]` at el[asAt]. */
function generatedExpression(
  el: Tok[],
  asAt: number,
  target: { column: string; rewrite?: GeneratedRewrite },
  rules: RuleHit[],
  line: number,
): ColumnClause {
  const column = target.column;
  const close = matchParen(el, asAt + 1);
  const written = render(el, asAt + 2, close).trim();
  const expr = target.rewrite ? target.rewrite(written, rules, line) : written;
  let end = close + 1;
  const virtual = !isWord(el[end], 'STORED');
  if (isWord(el[end], 'VIRTUAL', 'STORED')) end++;
  return storedGenerated(expr, end, column, virtual, rules, line);
}

function storedGenerated(
  expr: string,
  end: number,
  column: string,
  virtual: boolean,
  rules: RuleHit[],
  line: number,
): ColumnClause {
  const sql = `GENERATED ALWAYS AS (${expr}) STORED`;
  rules.push({ id: 'column.virtual', detail: `${column}: virtual column → ${sql}`, line });
  const warnings = virtual
    ? [
        `virtual column ${column}: stored generated column: the source database computes it on read; PostgreSQL 12-17 stores it (PostgreSQL 18 can keep it VIRTUAL)`,
      ]
    : [];
  return { sql, end, after: [], warnings };
}

/** The BEFORE INSERT trigger that gives ON NULL identity columns their value when NULL is inserted explicitly. */
function onNullTrigger(table: string, column: string): string[] {
  const schema = table.includes('.') ? `${table.split('.')[0]}.` : '';
  const bare = table.split('.').pop()!;
  const fn = `${schema}${pgIdent(`${bare}_${column}_on_null`.slice(0, 63))}`;
  const col = pgIdent(column);
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN IF NEW.${col} IS NULL THEN NEW.${col} := nextval(pg_get_serial_sequence('${table.replace(/'/g, "''")}', '${column.replace(/'/g, "''")}')); END IF; RETURN NEW; END $fn$`,
    `CREATE TRIGGER ${pgIdent(`${bare}_${column}_on_null`.slice(0, 63))} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
  ];
}

/**
 * Oracle `DEFAULT ON NULL expr` (el is the column): the default also replaces an explicit NULL on insert, and the
 * column is NOT NULL. PostgreSQL's DEFAULT applies only when the column is omitted, so a BEFORE INSERT trigger (added
 * to `after`) sets the value when NULL is inserted. Returns the pieces to add to the column (NOT NULL when absent).
 */
export function defaultOnNull(
  el: Tok[],
  table: string,
  column: string,
  expr: string,
  after: string[],
  rules: RuleHit[],
): string[] {
  const schema = table.includes('.') ? `${table.slice(0, table.lastIndexOf('.'))}.` : '';
  const bare = table.slice(table.lastIndexOf('.') + 1).replace(/"/g, '');
  const name = pgIdent(`${bare}_${column}_on_null`.slice(0, 63));
  const col = pgIdent(column);
  after.push(
    `CREATE OR REPLACE FUNCTION ${schema}${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN IF NEW.${col} IS NULL THEN NEW.${col} := ${expr}; END IF; RETURN NEW; END $fn$`,
    `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${schema}${name}()`,
  );
  rules.push({
    id: 'default.on-null',
    detail: `${column}: DEFAULT ON NULL ${expr.slice(0, 40)} → DEFAULT + BEFORE INSERT trigger ${name}`,
    line: el[0]?.tok.line ?? 0,
  });
  const notNull = el.some((t, k) => (isWord(t, 'NOT') && isWord(el[k + 1], 'NULL')) || isWord(t, 'PRIMARY'));
  return notNull ? [] : ['NOT NULL'];
}

/** The PostgreSQL type a virtual column's expression yields, when the expression says it plainly. */
export function inferExpressionType(expr: string): string | undefined {
  const e = expr.toLowerCase();
  if (/\|\||\b(upper|lower|substr|substring|trim|ltrim|rtrim|initcap|concat|lpad|rpad|replace)\s*\(/.test(e))
    return 'text';
  if (/\b(to_char)\s*\(/.test(e)) return 'text';
  if (/\b(to_date|to_timestamp|localtimestamp|trunc\s*\(\s*\w+\s*\))/.test(e)) return undefined;
  if (/[-+*/]|\b(round|trunc|abs|ceil|floor|mod|power|sqrt|coalesce|length)\s*\(/.test(e)) return 'numeric';
  return undefined;
}

/** `name AS (expr) [VIRTUAL]` without a type: a stored generated column with the type its expression yields. */
export function convertUntypedVirtualColumn(
  el: Tok[],
  name: string,
  rules: RuleHit[],
): { sql: string; warnings: string[] } | undefined {
  let j = 1;
  if (isWord(el[j], 'GENERATED') && isWord(el[j + 1], 'ALWAYS')) j += 2;
  if (!isWord(el[j], 'AS') || !isText(el[j + 1], '(')) return undefined;
  const close = matchParen(el, j + 1);
  const expr = render(el, j + 2, close).trim();
  const type = inferExpressionType(expr);
  if (!type) return undefined;
  const clause = storedGenerated(expr, close + 1, nameOf(el[0]), true, rules, el[0]!.tok.line);
  let end = clause.end;
  if (isWord(el[end], 'VIRTUAL')) end++;
  const rest = render(el, end).trim();
  return {
    sql: `${name} ${type} ${clause.sql}${rest ? ` ${rest}` : ''}`,
    warnings: [...clause.warnings, `virtual column ${nameOf(el[0])}: type ${type} inferred from its expression`],
  };
}

/** CREATE USER x IDENTIFIED … : in Oracle a user owns a schema of the same name → CREATE SCHEMA x. */
export function convertOracleUser(toks: Tok[], rules: RuleHit[]): { sql: string; warnings: string[] } | undefined {
  if (!isWord(toks[0], 'CREATE') || !isWord(toks[1], 'USER') || !isIdent(toks[2])) return undefined;
  const name = pgIdent(nameOf(toks[2]));
  rules.push({
    id: 'schema.oracle-user',
    detail: `CREATE USER ${nameOf(toks[2])} … → CREATE SCHEMA ${name} (password and tablespace options not carried over)`,
    line: toks[0]!.tok.line,
  });
  return {
    sql: `CREATE SCHEMA ${name};`,
    warnings: [
      `user ${nameOf(toks[2])}: schema created: create a login role for the application separately (CREATE ROLE … LOGIN) and give it the schema`,
    ],
  };
}

const oracleObjectPrivileges = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'REFERENCES',
  'EXECUTE',
  'ALL',
  'ALTER',
  'INDEX',
  'READ',
]);

/** Why an Oracle statement is not part of the PostgreSQL schema, when the general rules do not already say so. */
export function oracleNotApplicable(classification: Classification, toks: Tok[]): string | undefined {
  if (isWord(toks[0], 'CREATE') && isWord(toks[1], 'DIMENSION'))
    return 'Oracle dimension: metadata for query rewrite over materialized views; PostgreSQL has no equivalent and no data depends on it';
  if (
    classification.kind === 'grant' &&
    !toks.some((t) => isWord(t, 'ON')) &&
    toks.length > 1 &&
    !oracleObjectPrivileges.has(toks[1]!.tok.value)
  )
    return 'Oracle system privileges (CREATE SESSION, CREATE TABLE …): grant PostgreSQL role privileges separately';
  return undefined;
}

/** CREATE TYPE x AS VARRAY(n) OF t / AS TABLE OF t → a domain over an array. */
export function convertOracleCollection(
  toks: Tok[],
  ctx: ConvertContext,
  rules: RuleHit[],
): { sql: string; warnings: string[] } | undefined {
  const asAt = toks.findIndex((t) => isWord(t, 'AS', 'IS'));
  if (asAt < 0) return undefined;
  const name = readName(toks, toks.findIndex((t) => isWord(t, 'TYPE')) + 1);
  let i = asAt + 1;
  let limit: string | undefined;
  if (isWord(toks[i], 'VARRAY', 'VARYING')) {
    if (isWord(toks[i], 'VARYING')) i++;
    if (!isText(toks[i + 1], '(')) return undefined;
    const close = matchParen(toks, i + 1);
    limit = render(toks, i + 2, close).trim();
    i = close + 1;
  } else if (isWord(toks[i], 'TABLE')) i++;
  else return undefined;
  if (!isWord(toks[i], 'OF')) return undefined;
  // A user type (owner.type_name) stays as named; a built-in type is mapped.
  const element =
    isIdent(toks[i + 1]) && isText(toks[i + 2], '.')
      ? (() => {
          const n = readName(toks, i + 1);
          return { sql: n.text.toLowerCase(), end: n.end, rules: [] as RuleHit[] };
        })()
      : convertType(toks, i + 1, ctx.dialect);
  const rest = toks.slice(element.end).filter((t) => !isText(t, ';'));
  if (rest.length && !isWord(rest[0], 'NOT')) return undefined;
  rules.push(...element.rules);
  const check = limit && /^\d+$/.test(limit) ? ` CHECK (cardinality(VALUE) <= ${limit})` : '';
  const kindWord = limit ? 'VARRAY' : 'nested table';
  rules.push({
    id: 'type.collection',
    detail: `${name.name} ${kindWord} OF ${element.sql} → domain over ${element.sql}[]`,
    line: toks[0]!.tok.line,
  });
  return {
    sql: `CREATE DOMAIN ${name.text} AS ${element.sql}[]${check};`,
    warnings: [
      `${kindWord} ${name.name}: array domain: TABLE(…) queries become unnest(…); NESTED TABLE … STORE AS clauses are dropped`,
    ],
  };
}

/**
 * Oracle reads '' as NULL. DEFAULT '' is therefore DEFAULT NULL (converted); a comparison with '' is never true in
 * Oracle but is in PostgreSQL (a warning the reader must look at).
 */
export function oracleEmptyStrings(toks: Tok[], rules: RuleHit[]): string[] {
  const warnings: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.tok.type !== 'string' || t.tok.value !== '' || t.tok.quote !== "'") continue;
    const prev = toks[i - 1];
    if (isWord(prev, 'DEFAULT')) {
      toks[i] = { ...t, text: 'NULL' };
      rules.push({
        id: 'expr.empty-string',
        detail: "DEFAULT '' → DEFAULT NULL (Oracle stores '' as NULL)",
        line: t.tok.line,
      });
      continue;
    }
    const op = ['=', '<>', '!=', '^=', '<', '>'];
    const compared = op.some((o) => isText(prev, o) || isText(toks[i + 1], o));
    warnings.push(
      compared
        ? `line ${t.tok.line}: comparison with '': in Oracle '' is NULL, so it is never true there; in PostgreSQL it matches empty strings (use IS NULL / IS NOT NULL, or keep it if empty strings are now meant)`
        : `line ${t.tok.line}: '' literal: Oracle stores it as NULL, PostgreSQL as an empty string (use NULL if NULL is meant)`,
    );
  }
  return warnings;
}

/** Findings for statements whose conversion changes behaviour: bitmap indexes. */
export function oracleIndexWarnings(toks: Tok[]): string[] {
  if (!isWord(toks[0], 'CREATE') || !toks.slice(1, 4).some((t) => isWord(t, 'BITMAP'))) return [];
  return [
    'bitmap index: created as a b-tree: PostgreSQL combines b-tree indexes into bitmaps at query time; for a low-cardinality column consider a partial or BRIN index, or none',
  ];
}

const isJsonCheck = /^(?:CONSTRAINT\s+\S+\s+)?CHECK\s*\(\s*("?[\w$#]+"?)\s+IS\s+JSON\b[^()]*\)$/i;
const inlineJsonCheck = /\s+(?:CONSTRAINT\s+\S+\s+)?CHECK\s*\(\s*("?[\w$#]+"?)\s+IS\s+JSON\b[^()]*\)/i;

/**
 * Oracle 12c-19c keep JSON in VARCHAR2 / CLOB / BLOB columns guarded by `CHECK (col IS JSON)`: the column becomes
 * jsonb and the check goes (jsonb only holds valid JSON; IS JSON does not exist before PostgreSQL 16).
 */
export function convertIsJsonChecks(plan: TablePlan, rules: RuleHit[], warnings: string[], line: number): boolean {
  const jsonColumns = new Set<string>();
  let elements = plan.elements.filter((e) => {
    const m = isJsonCheck.exec(e.sql.trim());
    if (m) jsonColumns.add(m[1]!.replace(/"/g, '').toLowerCase());
    return !m;
  });
  elements = elements.map((e) => {
    const m = inlineJsonCheck.exec(e.sql);
    if (!m) return e;
    jsonColumns.add(m[1]!.replace(/"/g, '').toLowerCase());
    return { ...e, sql: e.sql.replace(inlineJsonCheck, '') };
  });
  if (jsonColumns.size === 0) return false;
  plan.elements = elements.map((e) => {
    const m = /^("(?:[^"]|"")+"|\S+)\s+(bytea|text|varchar(?:\(\d+\))?)\b/i.exec(e.sql);
    if (!m || !jsonColumns.has(m[1]!.replace(/"/g, '').toLowerCase())) return e;
    rules.push({ id: 'type.json', detail: `${m[1]} ${m[2]} CHECK (… IS JSON) → jsonb`, line });
    warnings.push(
      `JSON in ${m[2]} column ${m[1]}: jsonb: load it as text (convert_from(…, 'UTF8')::jsonb for BLOB data); key order and duplicate keys are not kept`,
    );
    return { ...e, sql: `${m[1]} jsonb${e.sql.slice(m[0].length)}` };
  });
  return true;
}
