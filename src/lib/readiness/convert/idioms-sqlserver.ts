/**
 * SQL Server idioms of vendor install scripts and SSDT projects, each a named rule (rules.ts): NEXT VALUE FOR,
 * computed columns, alias types, extended-property descriptions, table types, memory-optimized and temporal tables,
 * sparse, filestream and typed-xml columns, XML schema collections, LIKE character classes, RAISERROR / THROW and
 * sqlcmd lines. Sources: Microsoft Learn, Transact-SQL reference pages for each statement (CREATE TYPE, CREATE TABLE
 * column_definition / table_option, sp_addextendedproperty, NEXT VALUE FOR, sqlcmd utility); PostgreSQL 17 manual
 * (CREATE DOMAIN, COMMENT, 5.4 Generated Columns, 9.7 Pattern Matching).
 */
import { postgres } from '../dialects/postgres.ts';
import type { Classification } from '../sql/classify.ts';
import { immutableConcat, inferExpressionType, parenthesized, textPlus } from './computed-columns.ts';
import { significant, tokenize, type Token } from '../sql/lexer.ts';
import { translateLikePattern } from './like-pattern.ts';
import type { RuleHit } from './rules.ts';
import type { RawStatement } from '../sql/split.ts';
import {
  isIdent,
  isText,
  isWord,
  matchParen,
  nameOf,
  pgIdent,
  pgString,
  readName,
  render,
  splitTopLevel,
  type Tok,
} from '../sql/tokens.ts';
import { prepare, type ConvertContext } from './convert-context.ts';
import { convertRaise } from './tsql-raise.ts';
import { castType, rewriteTsqlFunction, tsqlCallInside } from './tsql-functions.ts';
import { computedByTrigger, notImmutableCall, rewriteTryConversions } from './tsql-computed-trigger.ts';
import { convertType, type ConvertedType } from './column-types.ts';

/** An alias type (CREATE TYPE x FROM base): the domain's name as columns must spell it, and its base type. */
interface AliasType {
  sql: string;
  base: string;
  boolean: boolean;
  notNull: boolean;
}

/** Per-script state of this module, kept beside the shared context. */
interface SqlServerState {
  aliasTypes: Map<string, AliasType>;
  /** Column name → PostgreSQL type of the table being converted (for computed columns). */
  tableColumns: Map<string, string>;
  warnings: string[];
  blockers: string[];
}

const states = new WeakMap<ConvertContext, SqlServerState>();
function state(ctx: ConvertContext): SqlServerState {
  let s = states.get(ctx);
  if (!s) {
    s = { aliasTypes: new Map(), tableColumns: new Map(), warnings: [], blockers: [] };
    states.set(ctx, s);
  }
  return s;
}

/** Findings this module raised while converting the current statement; clears them. */
export function takeSqlServerNotes(ctx: ConvertContext): { warnings: string[]; blockers: string[] } {
  const s = state(ctx);
  const notes = { warnings: s.warnings, blockers: s.blockers };
  s.warnings = [];
  s.blockers = [];
  return notes;
}

/** Type names PostgreSQL resolves in pg_catalog before any user schema: a domain of that name must be qualified. */
const builtinTypeNames = new Set(
  (
    'name text char varchar int int2 int4 int8 integer smallint bigint numeric decimal real float4 float8 money ' +
    'bool boolean date time timestamp timestamptz interval uuid xml json jsonb bytea bit varbit oid inet cidr ' +
    'macaddr point line lseg box path polygon circle tsvector tsquery record regclass'
  ).split(' '),
);

const sig = (s: RawStatement): Token[] => s.tokens.filter(significant);
const plain = (s: RawStatement): Tok[] => sig(s).map((tok) => ({ tok, pre: '', text: tok.text }));

/** SQL Server statements this module classifies differently from classify.ts (or undefined). */
export function classifySqlServerIdiom(statement: RawStatement): Classification | undefined {
  const t = sig(statement);
  const first = t[0]?.value;
  if (first === 'RAISERROR' || first === 'THROW') return { kind: 'block', name: first.toLowerCase() };
  if ((first === 'EXEC' || first === 'EXECUTE') && extendedPropertyCall(t) >= 0) {
    const p = extendedProperty(statement);
    const level1 = p.level1name?.toLowerCase();
    const name = [p.level0name, level1, p.level2name].filter(Boolean).join('.').toLowerCase();
    return {
      kind: 'comment',
      name: `${(p.level2type ?? p.level1type ?? p.level0type ?? 'property').toLowerCase()} ${name}`,
      ...(level1 ? { table: level1 } : {}),
    };
  }
  if (first === 'CREATE' && t[1]?.value === 'XML' && t[2]?.value === 'SCHEMA') {
    const n = readName(plain(statement), 4);
    return { kind: 'type', name: n.name, ...(n.schema ? { schema: n.schema } : {}) };
  }
  return undefined;
}

/** Index of sp_addextendedproperty in an EXEC statement, or -1. */
function extendedPropertyCall(t: Token[]): number {
  return t.findIndex((x, k) => k <= 3 && x.type === 'word' && x.value === 'SP_ADDEXTENDEDPROPERTY');
}

const propertyParams = ['name', 'value', 'level0type', 'level0name', 'level1type', 'level1name', 'level2type'];

/** The arguments of sp_addextendedproperty, named or positional. */
function extendedProperty(statement: RawStatement): Partial<Record<string, string>> {
  const t = sig(statement);
  const toks = t.slice(extendedPropertyCall(t) + 1).map((tok) => ({ tok, pre: '', text: tok.text }));
  const out: Partial<Record<string, string>> = {};
  splitTopLevel(toks, 0, toks.length).forEach(([a, b], k) => {
    const named = toks[a]?.tok.type === 'var' && isText(toks[a + 1], '=');
    const key = named ? toks[a]!.tok.text.slice(1).toLowerCase() : [...propertyParams, 'level2name'][k];
    const valueTok = toks[named ? a + 2 : a];
    if (key && valueTok && b - a === (named ? 3 : 1))
      out[key] = valueTok.tok.type === 'string' ? valueTok.tok.value : valueTok.tok.text;
  });
  return out;
}

export interface IdiomResult {
  sql?: string;
  notApplicable?: string;
  blockers?: string[];
  warnings?: string[];
  references?: string[];
}

/** Converts a whole statement that is a SQL Server idiom; undefined for every other statement. */
export function convertSqlServerStatement(
  statement: RawStatement,
  classification: Classification,
  ctx: ConvertContext,
  rules: RuleHit[],
): IdiomResult | undefined {
  if (statement.problem) return undefined;
  const line = statement.startLine;
  if (statement.origin === 'client') return clientCommand(statement.text, ctx);
  const t = sig(statement);
  const first = t[0]?.value;
  if (first === 'RAISERROR' || first === 'THROW') {
    const raise = convertRaise(statement.text);
    return {
      notApplicable: `${first} raises a message while the script runs; it is not part of the schema${raise ? ` (in PL/pgSQL: ${raise.sql})` : ''}`,
    };
  }
  if (classification.kind === 'comment' && (first === 'EXEC' || first === 'EXECUTE'))
    return extendedPropertyComment(statement, rules);
  if (first === 'CREATE' && t[1]?.value === 'XML' && t[2]?.value === 'SCHEMA')
    return {
      sql: `${statement.text};`,
      blockers: [
        `XML schema collection ${classification.name}: PostgreSQL does not validate xml against an XSD; columns typed with it become plain xml (validate in the application or in a CHECK)`,
      ],
    };
  if (first === 'CREATE' && t[1]?.value === 'TYPE') {
    const toks = prepare(statement.tokens, ctx, rules);
    const name = readName(toks, 2);
    if (isWord(toks[name.end], 'FROM')) return aliasType(toks, name, ctx, rules, line);
    if (isWord(toks[name.end], 'AS') && isWord(toks[name.end + 1], 'TABLE'))
      return tableType(toks, name, ctx, rules, line);
  }
  if (first === 'ALTER' && t[1]?.value === 'TABLE' && t.some((x) => x.value === 'SYSTEM_VERSIONING'))
    return {
      notApplicable:
        'turns system versioning on or off; PostgreSQL has no system-versioned tables (see the temporal table finding)',
    };
  return undefined;
}

/** sqlcmd lines: GO n, :r, :setvar, :on error … */
function clientCommand(text: string, ctx: ConvertContext): IdiomResult | undefined {
  const go = /^GO\s+(\d+)/i.exec(text);
  if (go)
    return {
      notApplicable: `sqlcmd runs the batch before it ${go[1]} times; the schema is created once here (repeat data loads yourself)`,
    };
  const include = /^:r\s+(.+)$/i.exec(text);
  if (include) {
    const file = include[1]!.trim();
    const resolved = file.replace(/\$\((\w+)\)/g, (m, v: string) => ctx.variables[v.toUpperCase()] ?? m);
    return {
      notApplicable: `sqlcmd includes another file (${resolved}); its objects are not in this analysis: analyse that file too`,
    };
  }
  if (/^:setvar\b/i.test(text))
    return { notApplicable: 'sqlcmd variable definition; its value replaces $(name) in the statements that follow' };
  return undefined;
}

/** EXEC sp_addextendedproperty 'MS_Description' → COMMENT ON. */
function extendedPropertyComment(statement: RawStatement, rules: RuleHit[]): IdiomResult {
  const p = extendedProperty(statement);
  if (p.name?.toLowerCase() !== 'ms_description')
    return {
      notApplicable: `extended property ${p.name ?? '(unnamed)'}: PostgreSQL keeps only descriptions (MS_Description becomes COMMENT ON)`,
    };
  if (p.value === undefined || p.value.startsWith('@'))
    return { blockers: ['description set from a variable: write the COMMENT ON by hand'], sql: `${statement.text};` };
  const schema = p.level0name && p.level0name.toLowerCase() !== 'dbo' ? `${pgIdent(p.level0name)}.` : '';
  const l1 = p.level1type?.toUpperCase();
  const l2 = p.level2type?.toUpperCase();
  const object = p.level1name ? `${schema}${pgIdent(p.level1name)}` : '';
  let target: string | undefined;
  if (!l1 && p.level0type?.toUpperCase() === 'SCHEMA' && p.level0name)
    target = schema ? `SCHEMA ${pgIdent(p.level0name)}` : undefined;
  else if ((l1 === 'TABLE' || l1 === 'VIEW') && !l2) target = `${l1} ${object}`;
  else if ((l1 === 'TABLE' || l1 === 'VIEW') && l2 === 'COLUMN' && p.level2name)
    target = `COLUMN ${object}.${pgIdent(p.level2name)}`;
  else if ((l1 === 'PROCEDURE' || l1 === 'FUNCTION') && !l2) target = `${l1} ${object}`;
  else if (l1 === 'TABLE' && (l2 === 'CONSTRAINT' || l2 === 'TRIGGER') && p.level2name)
    target = `${l2} ${pgIdent(p.level2name)} ON ${object}`;
  else if (l1 === 'TABLE' && l2 === 'INDEX' && p.level2name) target = `INDEX ${schema}${pgIdent(p.level2name)}`;
  if (!target)
    return {
      notApplicable: `description of ${[p.level0type, p.level1type, p.level2type].filter(Boolean).join(' / ')}${schema ? '' : ' dbo'}: no PostgreSQL object to comment on`,
    };
  const sql = `COMMENT ON ${target} IS ${pgString(p.value)};`;
  rules.push({
    id: 'comment.extended-property',
    detail: `MS_Description → COMMENT ON ${target}`,
    line: statement.startLine,
  });
  return { sql, references: p.level1name ? [p.level1name.toLowerCase()] : [] };
}

/** CREATE TYPE x FROM base [NULL | NOT NULL] → CREATE DOMAIN; NOT NULL moves to the columns that use it. */
function aliasType(
  toks: Tok[],
  name: ReturnType<typeof readName>,
  ctx: ConvertContext,
  rules: RuleHit[],
  line: number,
): IdiomResult {
  const type = convertType(toks, name.end + 1, 'sqlserver');
  rules.push(...type.rules);
  const rest = toks.slice(type.end).map((t) => t.tok.value);
  const notNull = rest.includes('NOT') && rest.includes('NULL');
  const schema = name.schema && name.schema !== 'dbo' ? name.schema : undefined;
  const qualify = schema ?? (builtinTypeNames.has(name.name) ? 'public' : undefined);
  const sql = `${qualify ? `${pgIdent(qualify)}.` : ''}${pgIdent(name.name)}`;
  state(ctx).aliasTypes.set(name.name, { sql, base: type.sql, boolean: !!type.boolean, notNull });
  rules.push({
    id: 'type.alias',
    detail: `alias type ${name.name} FROM ${render(toks, name.end + 1, type.end)} → CREATE DOMAIN ${sql} AS ${type.sql}${notNull ? ' (NOT NULL moved to the columns that do not say NULL)' : ''}${qualify === 'public' && !schema ? ` (qualified: ${name.name} is also a PostgreSQL type)` : ''}`,
    line,
  });
  return { sql: `CREATE DOMAIN ${sql} AS ${type.sql};` };
}

/** CREATE TYPE x AS TABLE (…) → a composite type of its columns. */
function tableType(
  toks: Tok[],
  name: ReturnType<typeof readName>,
  ctx: ConvertContext,
  rules: RuleHit[],
  line: number,
): IdiomResult {
  const open = name.end + 2;
  if (!isText(toks[open], '(')) return { blockers: ['table type without a column list'], sql: `${render(toks)};` };
  const close = matchParen(toks, open);
  const attributes: string[] = [];
  const dropped: string[] = [];
  for (const [a, b] of splitTopLevel(toks, open + 1, close)) {
    if (a >= b) continue;
    if (isWord(toks[a], 'PRIMARY', 'UNIQUE', 'INDEX', 'CHECK', 'CONSTRAINT')) {
      dropped.push(render(toks, a, b).replace(/\s+/g, ' ').slice(0, 40));
      continue;
    }
    const type = columnType(toks, a + 1, ctx) ?? convertType(toks, a + 1, 'sqlserver');
    rules.push(...type.rules);
    attributes.push(`${toks[a]!.text} ${type.sql}`);
  }
  const memory = toks.slice(close).some((t) => isWord(t, 'MEMORY_OPTIMIZED'));
  rules.push({
    id: 'type.table-type',
    detail: `table type ${name.name} → composite type${dropped.length ? `; dropped ${dropped.join(', ')}` : ''}${memory ? '; MEMORY_OPTIMIZED dropped' : ''}`,
    line,
  });
  return {
    sql: `CREATE TYPE ${name.text} AS (\n  ${attributes.join(',\n  ')}\n);`,
    warnings: [
      `Table type ${name.name}: PostgreSQL has no table-valued parameters; it becomes a composite type, pass rows as ${name.name}[] and unnest() them (keys, defaults and checks of the type are not enforced)`,
    ],
  };
}

/** A column's type when it is an alias type or xml(schema collection); undefined for every other type. */
export function columnType(el: Tok[], i: number, ctx: ConvertContext, record = true): ConvertedType | undefined {
  const line = el[i]?.tok.line ?? 0;
  if (isIdent(el[i]) && nameOf(el[i]) === 'xml' && isText(el[i + 1], '(')) {
    const close = matchParen(el, i + 1);
    if (record)
      state(ctx).warnings.push(
        `Typed xml column: the XML schema collection ${render(el, i + 2, close)} is not enforced in PostgreSQL (plain xml)`,
      );
    return {
      sql: 'xml',
      end: close + 1,
      rules: [{ id: 'type.xml-collection', detail: `${render(el, i, close + 1)} → xml`, line }],
    };
  }
  const name = readName(el, i);
  const alias = isIdent(el[i]) ? state(ctx).aliasTypes.get(name.name) : undefined;
  if (!alias) return undefined;
  const rest = el.slice(name.end).map((t) => t.tok.value);
  const saysNull = rest.some((v, k) => v === 'NULL' && rest[k - 1] !== 'NOT') || rest.includes('NOT');
  const notNull = alias.notNull && !saysNull;
  return {
    sql: `${alias.sql}${notNull ? ' NOT NULL' : ''}`,
    end: name.end,
    rules: notNull
      ? [{ id: 'type.alias', detail: `${name.name} is NOT NULL by its alias type → column NOT NULL`, line }]
      : [],
    ...(alias.boolean ? { boolean: true } : {}),
  };
}

/**
 * Column clauses with no PostgreSQL equivalent: GENERATED ALWAYS AS ROW START | END (temporal period columns get a
 * default instead), HIDDEN, SPARSE, FILESTREAM. Returns the piece to print (if any) and the index after the clause.
 */
export function columnClause(
  el: Tok[],
  i: number,
  column: string,
  ctx: ConvertContext,
  rules: RuleHit[],
): { piece?: string; end: number } | undefined {
  const t = el[i];
  const line = t?.tok.line ?? 0;
  const s = state(ctx);
  if (isWord(t, 'GENERATED') && isWord(el[i + 3], 'ROW') && isWord(el[i + 4], 'START', 'END')) {
    const start = isWord(el[i + 4], 'START');
    const piece = start ? "DEFAULT (now() AT TIME ZONE 'utc')" : "DEFAULT '9999-12-31 23:59:59.999999'";
    rules.push({ id: 'table.temporal', detail: `${column}: ${render(el, i, i + 5)} → ${piece}`, line });
    return { piece, end: i + 5 };
  }
  if (isWord(t, 'HIDDEN')) {
    rules.push({ id: 'table.temporal', detail: `${column}: HIDDEN dropped (SELECT * shows the column)`, line });
    return { end: i + 1 };
  }
  if (isWord(t, 'SPARSE')) {
    rules.push({ id: 'column.sparse', detail: `${column}: SPARSE dropped`, line });
    s.warnings.push(
      `Sparse column: PostgreSQL stores NULLs in a bitmap, so SPARSE is dropped with nothing lost (column ${column})`,
    );
    return { end: i + 1 };
  }
  if (isWord(t, 'MASKED') && isWord(el[i + 1], 'WITH') && isText(el[i + 2], '(')) {
    const close = matchParen(el, i + 2);
    rules.push({ id: 'column.masked', detail: `${column}: ${render(el, i, close + 1)} dropped`, line });
    s.warnings.push(
      `Dynamic data masking on ${column}: PostgreSQL has no column masks, so the column is kept unmasked; grant access through a view that masks it (or the PostgreSQL Anonymizer extension)`,
    );
    return { end: close + 1 };
  }
  if (isWord(t, 'FILESTREAM')) {
    rules.push({ id: 'column.filestream', detail: `${column}: FILESTREAM dropped (bytea in the table)`, line });
    s.warnings.push(
      `FILESTREAM column: the data moves into the table as bytea (up to 1 GB per value); keep large files outside the database if needed (column ${column})`,
    );
    return { end: i + 1 };
  }
  return undefined;
}

/**
 * `name AS (expr) [PERSISTED] …` → `name type GENERATED ALWAYS AS (expr) STORED …`, or (TRY_CONVERT, a call that is
 * not immutable) an ordinary column with the trigger that computes it in `after`, or a blocker.
 */
export function computedColumn(
  el: Tok[],
  name: string,
  ctx: ConvertContext,
  rules: RuleHit[],
  table?: string,
): { sql: string; after?: string[] } | { blocker: string } | undefined {
  if (!isWord(el[1], 'AS')) return undefined;
  const column = nameOf(el[0]);
  const stop = (t: Tok | undefined) =>
    isWord(t, 'PERSISTED', 'NOT', 'NULL', 'CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK');
  let end = 2;
  let depth = 0;
  while (end < el.length && !(depth === 0 && stop(el[end]))) {
    if (isText(el[end], '(')) depth++;
    else if (isText(el[end], ')')) depth--;
    end++;
  }
  const written = render(el, 2, end).trim();
  const tried = rewriteTryConversions(written);
  if ('blocker' in tried) return { blocker: `computed column ${column}: ${tried.blocker}` };
  const concat = immutableConcat(tried.sql, state(ctx).tableColumns);
  const expr = textPlus(concat, state(ctx).tableColumns);
  if (expr !== concat)
    rules.push({ id: 'expr.concat-typed', detail: `${column}: + between text operands → ||`, line: el[0]!.tok.line });
  const type = inferExpressionType(expr, state(ctx).tableColumns);
  if (!type)
    return {
      blocker: `computed column ${column}: the type of ${expr.length > 60 ? `${expr.slice(0, 57)}…` : expr} cannot be inferred or the expression does not convert; declare it as type GENERATED ALWAYS AS (…) STORED`,
    };
  const persisted = isWord(el[end], 'PERSISTED');
  const rest = render(el, persisted ? end + 1 : end, el.length).trim();
  const volatile = notImmutableCall(expr);
  if ((tried.found || volatile) && table) {
    const computed = computedByTrigger(table, name, type, expr, new Set(state(ctx).tableColumns.keys()), tried.found);
    rules.push({
      id: 'column.computed-trigger',
      detail: `${column} AS ${written.slice(0, 50)} → ${type} + BEFORE INSERT OR UPDATE trigger`,
      line: el[0]!.tok.line,
    });
    state(ctx).warnings.push(
      `computed column ${column}: no longer a generated column (${tried.found ? 'TRY_CONVERT / TRY_CAST has no PostgreSQL expression' : `${volatile}() is not immutable in PostgreSQL`}): an ordinary column that a BEFORE INSERT OR UPDATE trigger computes${tried.found ? ', NULL when the conversion (or any part of the expression) raises a data error' : ''}; direct writes to it are overwritten, and rows loaded with triggers disabled must be recomputed`,
    );
    return { sql: `${computed.column}${rest ? ` ${rest}` : ''}`, after: computed.after };
  }
  const body = parenthesized(expr) ? expr : `(${expr})`;
  rules.push({
    id: 'column.computed',
    detail: `${column} AS ${written.slice(0, 50)}${persisted ? ' PERSISTED' : ''} → ${type} GENERATED ALWAYS AS … STORED${persisted ? '' : ' (computed on write, not on read)'}${concat === written ? '' : '; CONCAT → || (immutable)'}`,
    line: el[0]!.tok.line,
  });
  return { sql: `${name} ${type} GENERATED ALWAYS AS ${body} STORED${rest ? ` ${rest}` : ''}` };
}

/**
 * Token rewrites for every SQL Server statement that reaches PostgreSQL: NEXT VALUE FOR, DATEFROMPARTS, LIKE with
 * character classes, and for CREATE TABLE the temporal period, HASH indexes and the column types that computed
 * columns read.
 */
export function rewriteSqlServerIdioms(toks: Tok[], kind: string, ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const out = rewriteTokens(toks, ctx, rules);
  return kind === 'table' ? prepareTable(out, ctx, rules) : out;
}

function rewriteTokens(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const s = state(ctx);
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const line = t.tok.line;
    if (isWord(t, 'NEXT') && isWord(toks[i + 1], 'VALUE') && isWord(toks[i + 2], 'FOR') && isIdent(toks[i + 3])) {
      const n = readName(toks, i + 3);
      const seq = `${n.schema ? `${pgIdent(n.schema)}.` : ''}${pgIdent(n.name)}`;
      const text = `nextval(${pgString(seq)})`;
      rules.push({ id: 'expr.next-value-for', detail: `NEXT VALUE FOR ${n.text} → ${text}`, line });
      out.push({ ...t, text });
      i = n.end - 1;
      if (isWord(toks[i + 1], 'OVER')) {
        s.blockers.push(`NEXT VALUE FOR … OVER (ORDER BY …): number the rows with row_number() instead`);
      }
      continue;
    }
    if (t.text !== t.tok.text && tsqlCallInside.test(t.text)) {
      // A call the expression rewriter already rendered (COALESCE(…) from ISNULL): rewrite inside its text.
      const inner = rewriteTokens(prepare(tokenize(t.text, postgres.lexer), ctx, []), ctx, rules);
      out.push({ ...t, text: render(inner).trim() });
      continue;
    }
    const call = rewriteTsqlFunction(toks, i, rules, (arg) => render(rewriteTokens(arg, ctx, rules)));
    if (call) {
      if (call.warning && !s.warnings.includes(call.warning)) s.warnings.push(call.warning);
      out.push({ ...t, text: call.text });
      i = call.close;
      continue;
    }
    const cast = castType(toks, i);
    if (cast) {
      rules.push(...cast.rules);
      out.push(t, { ...toks[i + 1]!, text: cast.sql });
      i += cast.length - 1;
      continue;
    }
    if (isWord(t, 'DATEFROMPARTS') && isText(toks[i + 1], '(')) {
      rules.push({ id: 'expr.function-name', detail: 'DATEFROMPARTS(y, m, d) → make_date(y, m, d)', line });
      out.push({ ...t, text: 'make_date' });
      continue;
    }
    if (isWord(t, 'LIKE')) {
      const consumed = rewriteLike(toks, i, out, ctx, rules);
      if (consumed > 0) {
        i += consumed - 1;
        continue;
      }
    }
    if (t.tok.type === 'qident' && /\$\(\w+\)/.test(t.tok.value)) {
      const value = t.tok.value.replace(/\$\((\w+)\)/g, (m, v: string) => ctx.variables[v.toUpperCase()] ?? m);
      if (value.includes('$(')) s.blockers.push(`uses a sqlcmd variable it never sets: ${t.tok.text}`);
      else {
        rules.push({ id: 'ident.sqlcmd-variable', detail: `${t.tok.text} → ${pgIdent(value)}`, line });
        out.push({ ...t, text: pgIdent(value) });
        continue;
      }
    }
    if (
      t.tok.type === 'var' &&
      t.tok.text.startsWith('$(') &&
      !(t.tok.text.slice(2, -1).toUpperCase() in ctx.variables)
    )
      s.blockers.push(`uses the sqlcmd variable ${t.tok.text}, which the script never sets with :setvar`);
    out.push(t);
  }
  return out;
}

/** [NOT] LIKE 'pattern' [ESCAPE 'c'] at toks[i] (LIKE); pushes the rewrite and returns the tokens consumed, or 0. */
function rewriteLike(toks: Tok[], i: number, out: Tok[], ctx: ConvertContext, rules: RuleHit[]): number {
  const s = state(ctx);
  const pattern = toks[i + 1];
  const line = toks[i]!.tok.line;
  if (pattern?.tok.type !== 'string') {
    // A pattern built at run time: flag it when one of its literal parts holds a class.
    for (let k = i + 1; k < toks.length && !isWord(toks[k], 'AND', 'OR', 'THEN', 'WHEN', 'ELSE'); k++)
      if (toks[k]!.tok.type === 'string' && toks[k]!.tok.value.includes('['))
        s.warnings.push(
          `LIKE with a [ ] class in a pattern built at run time (line ${line}): PostgreSQL's LIKE has no classes; use ~ with a regular expression`,
        );
    return 0;
  }
  const hasEscape = isWord(toks[i + 2], 'ESCAPE') && toks[i + 3]?.tok.type === 'string';
  const escape = hasEscape ? toks[i + 3]!.tok.value : undefined;
  const result = translateLikePattern(pattern.tok.value, escape);
  const negated = isWord(out[out.length - 1], 'NOT');
  const source = `${negated ? 'NOT ' : ''}LIKE ${pattern.text}${hasEscape ? ` ESCAPE ${toks[i + 3]!.text}` : ''}`;
  if (result.kind === 'like') {
    if (!result.escapeNone) return 0;
    out.push(toks[i]!, pattern, { ...pattern, pre: ' ', text: "ESCAPE ''" });
    rules.push({ id: 'expr.like-escape', detail: `${source} → … ESCAPE '' (backslash is literal)`, line });
    return 2;
  }
  if (result.kind === 'inexact') {
    s.blockers.push(`${source}: ${result.reason}; rewrite the pattern as a regular expression (~)`);
    return 0;
  }
  const not = negated ? out.pop()! : undefined;
  const op = negated ? '!~' : '~';
  out.push({ ...toks[i]!, pre: not?.pre ?? toks[i]!.pre, text: op }, { ...pattern, text: pgString(result.regex) });
  rules.push({
    id: 'expr.like-brackets',
    detail: `${source} → ${op} ${pgString(result.regex)}`,
    line,
  });
  return hasEscape ? 4 : 2;
}

/** CREATE TABLE: drops PERIOD FOR SYSTEM_TIME and HASH, records the column types, notes table options. */
function prepareTable(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const s = state(ctx);
  const open = toks.findIndex((t) => isText(t, '('));
  if (open < 0) return toks;
  const close = matchParen(toks, open);
  const name = readName(toks, open - 1 >= 2 && isText(toks[open - 2], '.') ? open - 3 : open - 1).name;
  const line = toks[0]!.tok.line;
  const drop = new Set<number>();
  /** Drops element k (toks[a, b)) with the comma that separates it from its neighbour. */
  const dropElement = (k: number, a: number, b: number) => {
    for (let j = k === 0 ? a : a - 1; j < (k === 0 ? b + 1 : b); j++) drop.add(j);
  };
  s.tableColumns = new Map();
  const parts = splitTopLevel(toks, open + 1, close);
  parts.forEach(([a, b], k) => {
    const el = toks.slice(a, b);
    if (isWord(el[0], 'PERIOD') && isWord(el[1], 'FOR')) {
      rules.push({ id: 'table.temporal', detail: `${render(el).replace(/\s+/g, ' ')} dropped`, line: el[0]!.tok.line });
      dropElement(k, a, b);
      return;
    }
    if (isIdent(el[0]) && nameOf(el[1]) === 'xml' && isWord(el[2], 'COLUMN_SET')) {
      rules.push({ id: 'column.sparse', detail: `column set ${nameOf(el[0])} dropped`, line: el[0]!.tok.line });
      s.warnings.push(
        `Sparse column set ${nameOf(el[0])}: PostgreSQL has no column sets; the xml view of the sparse columns is dropped (query the columns directly)`,
      );
      dropElement(k, a, b);
      return;
    }
    if (!isIdent(el[0]) || isWord(el[0], 'CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN', 'INDEX')) return;
    if (isWord(el[1], 'AS')) return;
    const alias = s.aliasTypes.get(readName(el, 1).name);
    const type = alias?.base ?? (columnType(el, 1, ctx, false) ?? convertType(el, 1, 'sqlserver')).sql;
    s.tableColumns.set(nameOf(el[0]), type);
  });
  const out = toks.filter((_, k) => !drop.has(k));
  const tail = toks.slice(close + 1);
  if (tail.some((t) => isWord(t, 'SYSTEM_VERSIONING'))) {
    const history = tail.findIndex((t) => isWord(t, 'HISTORY_TABLE'));
    const historyName = history >= 0 ? readName(tail, history + 2).name : undefined;
    rules.push({ id: 'table.temporal', detail: 'SYSTEM_VERSIONING dropped: the current table is created', line });
    s.warnings.push(
      `Temporal table ${name}: PostgreSQL has no system versioning; the current table converts, but nothing fills ${historyName ? `the history table ${historyName}` : 'a history table'} or updates the period columns (add a trigger, or the temporal_tables extension)`,
    );
  }
  if (tail.some((t) => isWord(t, 'MEMORY_OPTIMIZED'))) {
    rules.push({ id: 'storage.memory-optimized', detail: 'MEMORY_OPTIMIZED = ON dropped: an ordinary table', line });
    s.warnings.push(
      `Memory-optimized table ${name}: becomes an ordinary table (PostgreSQL caches hot tables in shared buffers); SCHEMA_ONLY durability would be an UNLOGGED table`,
    );
  }
  const scheme = tail.findIndex((t, k) => isWord(t, 'ON') && isIdent(tail[k + 1]) && isText(tail[k + 2], '('));
  if (scheme >= 0) {
    const close = matchParen(tail, scheme + 2);
    rules.push({ id: 'partition.scheme-dropped', detail: `${render(tail, scheme, close + 1)} dropped`, line });
    s.warnings.push(
      `Table ${name} was partitioned by the partition scheme ${nameOf(tail[scheme + 1])}${render(tail, scheme + 2, close + 1)}: it is created unpartitioned; declare PARTITION BY RANGE on that column with partitions matching the partition function's boundaries if it is large`,
    );
  }
  if (tail.some((t) => isWord(t, 'FILESTREAM_ON')))
    rules.push({ id: 'column.filestream', detail: 'FILESTREAM_ON filegroup dropped', line });
  // NONCLUSTERED HASH (…) WITH (BUCKET_COUNT = n): a b-tree key in PostgreSQL.
  return out.filter((t, k) => {
    if (!isWord(t, 'HASH') || !isWord(out[k - 1], 'NONCLUSTERED', 'CLUSTERED')) return true;
    rules.push({ id: 'storage.memory-optimized', detail: 'HASH index with BUCKET_COUNT → b-tree', line: t.tok.line });
    return false;
  });
}
