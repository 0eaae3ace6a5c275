/** Converters for declarative DDL: tables, indexes, ALTER TABLE, sequences, views, synonyms and object types. */
import type { RuleHit } from './rules.ts';
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
import { type ConvertContext } from './convert-context.ts';
import { convertHooksOf } from './dialect-rules.ts';
import { relationsIn } from '../sql/relations.ts';
import { profileOf } from '../dialects/index.ts';
import { convertGeneratedClause, convertUntypedVirtualColumn, defaultOnNull } from './idioms-oracle.ts';
import { convertPartitioning, unenforceablePartitioning } from './partitioning.ts';
import { convertType } from './column-types.ts';
import { setDefault, unsignedIdentityType } from './idioms-mysql.ts';
import { recordSpatialColumn, spatialIndex } from './spatial.ts';
import type { TableElement, TablePlan } from './table-plan.ts';

export interface DdlResult {
  sql: string;
  blockers: string[];
  references: string[];
  table?: TablePlan;
  notApplicable?: string;
  /** Defaults or behaviour that were dropped and need attention (become findings). */
  warnings: string[];
}

const tableConstraintStart = new Set([
  'CONSTRAINT',
  'PRIMARY',
  'FOREIGN',
  'UNIQUE',
  'CHECK',
  'KEY',
  'INDEX',
  'FULLTEXT',
  'SPATIAL',
  'EXCLUDE',
  'PERIOD',
]);
const columnStateWords = new Set([
  'ENABLE',
  'DISABLE',
  'VALIDATE',
  'NOVALIDATE',
  'ROWGUIDCOL',
  'SPARSE',
  'PERSISTED',
  'RELY',
  'NORELY',
  'CLUSTERED',
  'NONCLUSTERED',
  'FILESTREAM',
]);

/** Renders a table plan; `deferred` names the foreign-key elements moved to `moved`. */
export function renderTable(plan: TablePlan, keep: (e: TableElement) => boolean = () => true): string {
  const elements = plan.elements.filter(keep).map((e) => e.sql);
  return [`${plan.head} (\n  ${elements.join(',\n  ')}\n)${plan.tail};`, ...plan.after.map((s) => `${s};`)].join('\n');
}

/** CREATE TABLE. */
export function convertCreateTable(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): DdlResult {
  const warnings: string[] = [];
  const blockers: string[] = [];
  const references: string[] = [];
  let i = 1;
  let temporary = false;
  void warnings;
  const headWords: string[] = [];
  while (i < toks.length && !isWord(toks[i], 'TABLE')) {
    headWords.push(toks[i]!.tok.value);
    i++;
  }
  if (headWords.includes('GLOBAL') || headWords.includes('TEMPORARY') || headWords.includes('TEMP')) temporary = true;
  if (headWords.includes('GLOBAL'))
    rules.push({
      id: 'storage.temporary',
      detail: 'GLOBAL TEMPORARY TABLE → TEMPORARY TABLE',
      line: toks[0]!.tok.line,
    });
  i++; // TABLE
  let ifNotExists = '';
  if (isWord(toks[i], 'IF') && isWord(toks[i + 1], 'NOT') && isWord(toks[i + 2], 'EXISTS')) {
    ifNotExists = 'IF NOT EXISTS ';
    i += 3;
  }
  const name = readName(toks, i);
  const tableName = name.name;
  i = name.end;
  const head = `CREATE ${temporary ? 'TEMPORARY ' : ''}TABLE ${ifNotExists}${name.text}`;
  if (isWord(toks[i], 'OF')) return convertTypedTable(toks, i, head, tableName, rules);
  if (!isText(toks[i], '(')) {
    // CREATE TABLE … AS SELECT, or CREATE TABLE … LIKE: keep as written.
    return { sql: `${render(toks)};`, blockers, references, warnings };
  }
  const close = matchParen(toks, i);
  const parts = splitTopLevel(toks, i + 1, close);
  const elements: TableElement[] = [];
  const after: string[] = [];
  parts.forEach(([a, b], k) => {
    if (a >= b) {
      if (k === parts.length - 1)
        rules.push({
          id: 'constraint.trailing-comma',
          detail: 'trailing comma before ) dropped',
          line: toks[a - 1]?.tok.line ?? 0,
        });
      return;
    }
    const first = toks[a]!;
    if (first.tok.type === 'word' && tableConstraintStart.has(first.tok.value)) {
      const converted = convertTableConstraint(toks.slice(a, b), tableName, ctx, rules, after, blockers, name.text);
      if (converted) elements.push(converted);
    } else {
      const column = convertColumn(toks.slice(a, b), tableName, ctx, rules, after, warnings, blockers, name.text);
      elements.push({ sql: column.sql });
      if (column.references) references.push(column.references);
    }
  });
  for (const e of elements) if (e.references && e.references !== tableName) references.push(e.references);
  let tailToks = toks.slice(close + 1);
  const partitionAt = tailToks.findIndex((t, k) => isWord(t, 'PARTITION') && isWord(tailToks[k + 1], 'BY'));
  const partition =
    partitionAt >= 0 && !profileOf(ctx.dialect).native
      ? convertPartitioning(tailToks.slice(partitionAt), name, ctx, rules)
      : undefined;
  if (partition) {
    warnings.push(...[unenforceablePartitioning(partition, elements, tableName, rules) ?? []].flat());
    tailToks = tailToks.slice(0, partitionAt);
    after.push(...partition.after);
    warnings.push(...partition.warnings);
    blockers.push(...partition.blockers);
  }
  const tail = convertTableTail(tailToks, tableName, rules, after) + (partition?.clause ?? '');
  const table: TablePlan = { name: tableName, head, elements, tail, after };
  return { sql: renderTable(table), blockers, references, table, warnings };
}

/** A column definition inside CREATE TABLE or ALTER TABLE … ADD. */
export function convertColumn(
  el: Tok[],
  table: string,
  ctx: ConvertContext,
  rules: RuleHit[],
  after: string[],
  warnings: string[],
  blockers: string[],
  qualifiedTable = table,
): { sql: string; references?: string } {
  const nameTok = el[0]!;
  let name = nameTok.text;
  const column = nameOf(nameTok);
  if (nameTok.tok.type === 'word') {
    const quoted = pgIdent(nameTok.tok.text);
    if (quoted.startsWith('"')) {
      rules.push({ id: 'ident.reserved', detail: `${nameTok.tok.text} → ${quoted}`, line: nameTok.tok.line });
      name = quoted;
    }
  }
  const forms = profileOf(ctx.dialect).ddl;
  const hooks = convertHooksOf(ctx.dialect);
  if (forms.untypedVirtualColumns && isWord(el[1], 'AS', 'GENERATED')) {
    const virtual = convertUntypedVirtualColumn(el, name, rules);
    if (virtual) {
      warnings.push(...virtual.warnings);
      return { sql: virtual.sql };
    }
  }
  if (isWord(el[1], 'AS') || (isText(el[1], '=') && forms.computedColumnEquals)) {
    const computed = hooks.computedColumn?.(el, name, ctx, rules, qualifiedTable);
    if (computed && 'sql' in computed) {
      after.push(...(computed.after ?? []));
      return { sql: computed.sql };
    }
    blockers.push(
      computed?.blocker ?? `computed column ${column}: declare its type and use GENERATED ALWAYS AS (…) STORED`,
    );
    return { sql: render(el) };
  }
  const type = hooks.columnType?.(el, 1, ctx) ?? convertType(el, 1, ctx.dialect);
  rules.push(...type.rules);
  recordSpatialColumn(ctx, column, rules);
  if (type.boolean) ctx.booleanColumns.add(column);
  else ctx.otherColumns.add(column);
  const pieces: string[] = [name, type.sql];
  let references: string | undefined;
  let i = type.end;
  const line = nameTok.tok.line;
  while (i < el.length) {
    const t = el[i]!;
    const v = t.tok.type === 'word' ? t.tok.value : '';
    const clause = hooks.columnClause?.(el, i, column, ctx, rules);
    if (clause) {
      if (clause.piece) pieces.push(clause.piece);
      i = clause.end;
      continue;
    }
    if ((v === 'GENERATED' || v === 'AS') && forms.generatedClauses) {
      const target = { table: qualifiedTable, column, typeSql: type.sql, rewrite: hooks.generatedExpression };
      const generated = convertGeneratedClause(el, i, target, rules);
      if (generated) {
        if (generated.type) pieces[1] = generated.type;
        pieces.push(generated.sql);
        after.push(...generated.after);
        warnings.push(...generated.warnings);
        i = generated.end;
        continue;
      }
    }
    if (v === 'IDENTITY') {
      let options = '';
      if (isText(el[i + 1], '(')) {
        const close = matchParen(el, i + 1);
        const args = splitTopLevel(el, i + 2, close).map(([a, b]) => render(el, a, b).trim());
        if (args.length === 2 && (args[0] !== '1' || args[1] !== '1'))
          options = ` (START WITH ${args[0]} INCREMENT BY ${args[1]})`;
        i = close + 1;
      } else i++;
      const sql = `GENERATED BY DEFAULT AS IDENTITY${options}`;
      rules.push({ id: 'identity.column', detail: `IDENTITY → ${sql}`, line });
      pieces.push(sql);
      continue;
    }
    if (v === 'AUTO_INCREMENT') {
      pieces[1] = unsignedIdentityType(pieces[1]!, column, rules, line);
      rules.push({ id: 'identity.column', detail: 'AUTO_INCREMENT → GENERATED BY DEFAULT AS IDENTITY', line });
      pieces.push('GENERATED BY DEFAULT AS IDENTITY');
      i++;
      continue;
    }
    if (v === 'ON' && isWord(el[i + 1], 'UPDATE')) {
      let j = i + 3;
      if (isText(el[j], '(')) j = matchParen(el, j) + 1;
      const fn = pgIdent(`${table}_${column}_on_update`.slice(0, 63));
      after.push(
        `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.${name} := CURRENT_TIMESTAMP; RETURN NEW; END $fn$`,
        `CREATE TRIGGER ${fn} BEFORE UPDATE ON ${pgIdent(table)} FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
      );
      rules.push({
        id: 'default.on-update',
        detail: `${column}: ${render(el, i, j)} → BEFORE UPDATE trigger ${fn}`,
        line,
      });
      i = j;
      continue;
    }
    if (v === 'COMMENT' && el[i + 1]?.tok.type === 'string') {
      after.push(`COMMENT ON COLUMN ${pgIdent(table)}.${name} IS ${el[i + 1]!.text}`);
      rules.push({ id: 'constraint.column-comment', detail: `COMMENT on ${column} → COMMENT ON COLUMN`, line });
      i += 2;
      continue;
    }
    if (v === 'NOT' && isWord(el[i + 1], 'FOR') && isWord(el[i + 2], 'REPLICATION')) {
      rules.push({ id: 'constraint.state', detail: 'NOT FOR REPLICATION dropped', line });
      i += 3;
      continue;
    }
    if (columnStateWords.has(v)) {
      rules.push({
        id: v.endsWith('CLUSTERED') ? 'constraint.clustered' : 'constraint.state',
        detail: `${v} dropped`,
        line,
      });
      i++;
      continue;
    }
    if (v === 'USING' && isWord(el[i + 1], 'INDEX')) {
      let j = i + 2;
      while (
        j < el.length &&
        !isWord(el[j], 'CONSTRAINT', 'NOT', 'NULL', 'DEFAULT', 'CHECK', 'REFERENCES', 'UNIQUE', 'PRIMARY')
      )
        j++;
      rules.push({ id: 'storage.dropped', detail: `${render(el, i, j)} dropped`, line });
      i = j;
      continue;
    }
    if (v === 'DEFAULT') {
      const onNull = isWord(el[i + 1], 'ON') && isWord(el[i + 2], 'NULL') ? 2 : 0; // Oracle DEFAULT ON NULL
      let j = i + 1 + onNull;
      let depth = 0;
      while (j < el.length) {
        const x = el[j]!;
        if (isText(x, '(')) depth++;
        else if (isText(x, ')')) depth--;
        else if (
          depth === 0 &&
          j > i + 1 + onNull &&
          isWord(
            x,
            'NOT',
            'NULL',
            'CONSTRAINT',
            'PRIMARY',
            'UNIQUE',
            'CHECK',
            'REFERENCES',
            'AUTO_INCREMENT',
            'ON',
            'COMMENT',
            'COLLATE',
            'ENABLE',
            'IDENTITY',
            'GENERATED',
          )
        )
          break;
        j++;
      }
      let expr = render(el, i + 1 + onNull, j).trim();
      if (onNull) pieces.push(...defaultOnNull(el, qualifiedTable, column, expr, after, rules));
      if (type.boolean) {
        const bare = expr.replace(/[()\s]/g, '');
        if (bare === '0' || bare === '1') {
          const bool = bare === '1' ? 'true' : 'false';
          rules.push({ id: 'default.bit-literal', detail: `DEFAULT ${expr} → DEFAULT ${bool}`, line });
          expr = bool;
        }
      }
      if (type.setValues) expr = setDefault(expr, rules, line) ?? expr;
      pieces.push(`DEFAULT ${expr}`);
      i = j;
      continue;
    }
    if (v === 'REFERENCES') {
      references = readName(el, i + 1).name;
    }
    // Everything else (NULL, NOT NULL, PRIMARY KEY, UNIQUE, CHECK, REFERENCES …, CONSTRAINT name) is kept.
    pieces.push(t.text);
    i++;
  }
  if (type.enumValues) pieces.push(`CHECK (${name} IN (${type.enumValues.map(pgString).join(', ')}))`);
  if (type.setValues) pieces.push(`CHECK (${name} <@ ARRAY[${type.setValues.map(pgString).join(', ')}]::text[])`);
  return { sql: joinPieces(pieces), ...(references ? { references } : {}) };
}

/** Joins pieces with single spaces, without a space before ( , ) or after (. */
function joinPieces(pieces: string[]): string {
  let out = '';
  for (const p of pieces) {
    if (!out) out = p;
    else if (p === ')' || p === ',' || p === '(' || out.endsWith('('))
      out += p === '(' && /\w$/.test(out) ? ` ${p}` : p;
    else out += ` ${p}`;
  }
  return out;
}

/** A table-level constraint or MySQL index clause; returns undefined when it became a separate statement. */
function convertTableConstraint(
  el: Tok[],
  table: string,
  ctx: ConvertContext,
  rules: RuleHit[],
  after: string[],
  blockers: string[],
  qualified = pgIdent(table),
): TableElement | undefined {
  const line = el[0]!.tok.line;
  let i = 0;
  let constraintName = '';
  if (isWord(el[0], 'CONSTRAINT')) {
    constraintName = el[1]!.text;
    i = 2;
  }
  const kind = el[i]?.tok.value ?? '';
  const columnsAt = (from: number) => {
    let j = from;
    while (j < el.length && !isText(el[j], '(')) j++;
    return j;
  };
  const cleanColumns = (open: number) => {
    const close = matchParen(el, open);
    const cols = splitTopLevel(el, open + 1, close).map(([a, b]) => {
      // MySQL prefix lengths: name(10) → name
      const end = isText(el[a + 1], '(') ? a + 1 : b;
      return render(el, a, end).trim();
    });
    return { cols, close };
  };
  if (kind === 'KEY' || kind === 'INDEX' || kind === 'FULLTEXT' || kind === 'SPATIAL') {
    let j = i + 1;
    if (isWord(el[j], 'KEY', 'INDEX')) j++;
    const open = columnsAt(j);
    const given = j < open ? nameOf(el[j]) : '';
    const { cols } = cleanColumns(open);
    const indexName = uniqueIndexName(
      given || `${table}_${cols.join('_').replace(/\W/g, '')}_idx`,
      table,
      ctx,
      rules,
      line,
    );
    if (kind === 'FULLTEXT') {
      const doc = cols.map((c) => `coalesce(${c}::text, '')`).join(" || ' ' || ");
      after.push(`CREATE INDEX ${indexName} ON ${qualified} USING gin (to_tsvector('simple', ${doc}))`);
      rules.push({ id: 'constraint.fulltext', detail: `FULLTEXT KEY ${given} → GIN index on to_tsvector(…)`, line });
    } else if (kind === 'SPATIAL') {
      spatialIndex(ctx, { name: indexName, table: qualified, columns: cols }, rules, after, line);
    } else {
      after.push(`CREATE INDEX ${indexName} ON ${qualified} (${cols.join(', ')})`);
      rules.push({
        id: 'constraint.inline-index',
        detail: `KEY ${given} (${cols.join(', ')}) → CREATE INDEX ${indexName}`,
        line,
      });
    }
    return undefined;
  }
  if (kind === 'UNIQUE' && profileOf(ctx.dialect).ddl.uniqueKeyInTable) {
    let j = i + 1;
    if (isWord(el[j], 'KEY', 'INDEX')) j++;
    const open = columnsAt(j);
    const given = j < open ? el[j]!.text : '';
    const { cols } = cleanColumns(open);
    const named = constraintName || given;
    rules.push({
      id: 'constraint.unique-key',
      detail: `UNIQUE KEY ${given} → ${named ? `CONSTRAINT ${named} ` : ''}UNIQUE`,
      line,
    });
    if (named)
      ctx.relationNames.add(nameOf({ tok: { ...el[0]!.tok, type: 'word', value: named.replace(/"/g, '') } } as Tok));
    return { sql: `${named ? `CONSTRAINT ${named} ` : ''}UNIQUE (${cols.join(', ')})` };
  }
  // PRIMARY KEY, FOREIGN KEY, UNIQUE, CHECK: drop CLUSTERED, USING BTREE, WITH (…), ON [PRIMARY], USING INDEX …, ENABLE …
  const out: string[] = [];
  let references: string | undefined;
  for (let j = 0; j < el.length; j++) {
    const t = el[j]!;
    const v = t.tok.type === 'word' ? t.tok.value : '';
    if (v === 'CLUSTERED' || v === 'NONCLUSTERED') {
      rules.push({ id: 'constraint.clustered', detail: `${v} dropped`, line });
      continue;
    }
    if (v === 'USING' && isWord(el[j + 1], 'BTREE', 'HASH')) {
      rules.push({ id: 'index.options', detail: `USING ${el[j + 1]!.tok.value} dropped`, line });
      j++;
      continue;
    }
    if (v === 'USING' && isWord(el[j + 1], 'INDEX')) {
      rules.push({ id: 'storage.dropped', detail: `${render(el, j, el.length)} dropped`, line });
      break;
    }
    if (v === 'WITH' && isText(el[j + 1], '(')) {
      const close = matchParen(el, j + 1);
      rules.push({ id: 'index.options', detail: `${render(el, j, close + 1)} dropped`, line });
      j = close;
      continue;
    }
    if (v === 'ON' && !isWord(el[j + 1], 'DELETE', 'UPDATE')) {
      const end = isText(el[j + 2], '(') ? matchParen(el, j + 2) + 1 : j + 2; // ON partition_scheme(column)
      rules.push({ id: 'storage.dropped', detail: `${render(el, j, end)} dropped`, line });
      j = end - 1;
      continue;
    }
    if (v === 'NOT' && isWord(el[j + 1], 'FOR') && isWord(el[j + 2], 'REPLICATION')) {
      rules.push({ id: 'constraint.state', detail: 'NOT FOR REPLICATION dropped', line });
      j += 2;
      continue;
    }
    if (columnStateWords.has(v)) {
      rules.push({ id: 'constraint.state', detail: `${v} dropped`, line });
      continue;
    }
    if (v === 'REFERENCES') references = readName(el, j + 1).name;
    if ((v === 'ASC' || v === 'DESC') && (isText(el[j + 1], ',') || isText(el[j + 1], ')'))) {
      rules.push({
        id: 'index.options',
        detail: `${v} in key columns dropped (PostgreSQL constraints take no sort order)`,
        line,
      });
      continue;
    }
    out.push((out.length ? t.pre || '' : '') + t.text);
  }
  return { sql: out.join('').replace(/\s+/g, ' ').trim(), ...(references ? { references } : {}) };
}

/** An index name that does not collide with a relation already in the schema. */
function uniqueIndexName(name: string, table: string, ctx: ConvertContext, rules: RuleHit[], line: number): string {
  let candidate = name.toLowerCase();
  if (ctx.relationNames.has(candidate)) {
    const renamed = `${table}_${candidate}`.slice(0, 63);
    rules.push({ id: 'index.rename', detail: `${candidate} is already taken in the schema → ${renamed}`, line });
    candidate = renamed;
  }
  ctx.relationNames.add(candidate);
  return pgIdent(candidate);
}

/**
 * CREATE TABLE t OF type [(column constraints)] [storage]: an object table (Oracle) or a typed table (PostgreSQL).
 * PostgreSQL has typed tables of a composite type, so the head and the constraint list are kept and the storage
 * clauses (NESTED TABLE … STORE AS, OBJECT IDENTIFIER IS …) dropped. Rows of subtypes stored through
 * `TREAT (… AS subtype)` have no place in a typed table, which holds its one type: a warning says so. The table
 * then loads once its type exists; a type that needs rewriting first makes the table wait for it.
 */
function convertTypedTable(toks: Tok[], at: number, head: string, table: string, rules: RuleHit[]): DdlResult {
  const line = toks[0]!.tok.line;
  const type = readName(toks, at + 1);
  let i = type.end;
  let columns = '';
  if (isText(toks[i], '(')) {
    const close = matchParen(toks, i);
    columns = ` ${render(toks, i, close + 1)}`;
    i = close + 1;
  }
  const tail = toks.slice(i);
  const warnings: string[] = [];
  const treat = tail.findIndex((t, k) => isWord(t, 'TREAT') && isText(tail[k + 1], '('));
  if (treat >= 0) {
    const subtype = tail.slice(treat, matchParen(tail, treat + 1) + 1).find((t, k, all) => isWord(all[k - 1], 'AS'));
    warnings.push(
      `line ${line}: ${table} stores rows of subtype ${subtype?.text ?? '(a subtype)'} through TREAT: a PostgreSQL typed table holds rows of ${type.text} only; keep the subtype's attributes in their own table or as nullable columns`,
    );
  }
  // An XMLType table has no typed-table form: PostgreSQL's xml is a base type, not a composite.
  const blockers =
    type.name === 'xmltype'
      ? [
          `line ${line}: XMLType table ${table}: PostgreSQL has no table OF xml; create it with one xml column (OBJECT_VALUE becomes that column; the XML schema is not enforced)`,
        ]
      : [];
  const after: string[] = [];
  const kept = convertTableTail(tail, table, rules, after);
  rules.push({ id: 'type.object-table', detail: `object table OF ${type.text} → typed table`, line });
  return {
    sql: [`${head} OF ${type.text}${columns}${kept};`, ...after.map((sql) => `${sql};`)].join('\n'),
    blockers,
    references: [type.name],
    warnings,
  };
}

/** Table options after the closing parenthesis. */
function convertTableTail(tail: Tok[], table: string, rules: RuleHit[], after: string[]): string {
  if (tail.length === 0) return '';
  const line = tail[0]!.tok.line;
  let kept = '';
  const dropped: string[] = [];
  for (let i = 0; i < tail.length; i++) {
    const t = tail[i]!;
    if (isWord(t, 'ON') && isWord(tail[i + 1], 'COMMIT')) {
      kept += ` ${render(tail, i, i + 4)}`;
      i += 3;
      continue;
    }
    if (isWord(t, 'COMMENT') && (isText(tail[i + 1], '=') || tail[i + 1]?.tok.type === 'string')) {
      const str = isText(tail[i + 1], '=') ? tail[i + 2] : tail[i + 1];
      if (str?.tok.type === 'string') {
        after.push(`COMMENT ON TABLE ${pgIdent(table)} IS ${str.text}`);
        rules.push({ id: 'constraint.column-comment', detail: 'table COMMENT → COMMENT ON TABLE', line });
        i += isText(tail[i + 1], '=') ? 2 : 1;
        continue;
      }
    }
    if (isText(t, '(')) {
      const close = matchParen(tail, i);
      dropped.push(render(tail, i, close + 1));
      i = close;
      continue;
    }
    if (isText(t, ';')) continue;
    dropped.push(t.text);
  }
  if (dropped.length)
    rules.push({
      id: 'storage.dropped',
      detail: `${dropped.join(' ').replace(/\s+/g, ' ').slice(0, 80)} dropped`,
      line,
    });
  return kept;
}

/** CREATE INDEX. */
export function convertCreateIndex(toks: Tok[], ctx: ConvertContext, rules: RuleHit[], table: string): DdlResult {
  const blockers: string[] = [];
  const line = toks[0]!.tok.line;
  let i = 1;
  let unique = false;
  while (i < toks.length && !isWord(toks[i], 'INDEX')) {
    const v = toks[i]!.tok.value;
    if (v === 'UNIQUE') unique = true;
    else if (v === 'CLUSTERED' || v === 'NONCLUSTERED')
      rules.push({ id: 'constraint.clustered', detail: `${v} dropped`, line });
    else if (v === 'BITMAP')
      rules.push({ id: 'index.options', detail: 'BITMAP dropped: a b-tree index is created', line });
    else if (v === 'FULLTEXT' || v === 'SPATIAL')
      blockers.push(`${v} index: rewrite as a GIN (full text) or GiST (PostGIS) index`);
    i++;
  }
  i++; // INDEX
  let prefix = '';
  if (isWord(toks[i], 'CONCURRENTLY')) {
    prefix += 'CONCURRENTLY ';
    i++;
  }
  if (isWord(toks[i], 'IF') && isWord(toks[i + 1], 'NOT')) {
    prefix += 'IF NOT EXISTS ';
    i += 3;
  }
  const name = readName(toks, i);
  i = name.end;
  const indexName = uniqueIndexName(name.name, table, ctx, rules, line);
  if (unique) ctx.uniqueIndexes.set(name.name, table);
  // ON table [USING method] (columns) [INCLUDE (…)] [WHERE …] — the rest is storage.
  while (i < toks.length && !isWord(toks[i], 'ON')) i++;
  const tableName = readName(toks, i + 1);
  i = tableName.end;
  let method = '';
  if (isWord(toks[i], 'USING')) {
    method = ` USING ${toks[i + 1]!.text.toLowerCase()}`;
    i += 2;
  }
  if (!isText(toks[i], '(')) return { sql: `${render(toks)};`, blockers, references: [table], warnings: [] };
  const close = matchParen(toks, i);
  const cols = splitTopLevel(toks, i + 1, close).map(([a, b]) => {
    const expr = render(toks, a, b).trim();
    // MySQL prefix length: col(10) → col
    if (
      profileOf(ctx.dialect).ddl.indexPrefixLength &&
      isIdent(toks[a]) &&
      isText(toks[a + 1], '(') &&
      toks[a + 2]?.tok.type === 'number'
    ) {
      rules.push({ id: 'index.options', detail: `prefix length on ${toks[a]!.text} dropped`, line });
      return render(toks, a, a + 1) + render(toks, matchParen(toks, a + 1) + 1, b);
    }
    return expr;
  });
  let tail = '';
  const dropped: string[] = [];
  for (let j = close + 1; j < toks.length; j++) {
    const t = toks[j]!;
    if (isWord(t, 'INCLUDE') && isText(toks[j + 1], '(')) {
      const c = matchParen(toks, j + 1);
      tail += ` ${render(toks, j, c + 1)}`;
      j = c;
    } else if (isWord(t, 'WHERE')) {
      tail += ` ${render(toks, j, toks.length)}`;
      break;
    } else if (isWord(t, 'USING') && isWord(toks[j + 1], 'BTREE', 'HASH')) {
      if (!method && toks[j + 1]!.tok.value === 'HASH') method = ' USING hash';
      rules.push({ id: 'index.options', detail: `USING ${toks[j + 1]!.tok.value} moved`, line });
      j++;
    } else if (isText(t, '(')) {
      const c = matchParen(toks, j);
      dropped.push(render(toks, j, c + 1));
      j = c;
    } else dropped.push(t.text);
  }
  if (dropped.length)
    rules.push({
      id: 'storage.dropped',
      detail: `${dropped.join(' ').replace(/\s+/g, ' ').slice(0, 80)} dropped`,
      line,
    });
  const sql = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${prefix}${indexName} ON ${tableName.text}${method} (${cols.join(', ')})${tail};`;
  return { sql, blockers, references: [tableName.name], warnings: [] };
}

/** ALTER TABLE. */
export function convertAlterTable(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): DdlResult {
  const blockers: string[] = [];
  const warnings: string[] = [];
  const references: string[] = [];
  const line = toks[0]!.tok.line;
  let i = 2;
  let only = '';
  if (isWord(toks[i], 'ONLY')) {
    only = 'ONLY ';
    i++;
  }
  if (isWord(toks[i], 'IF') && isWord(toks[i + 1], 'EXISTS')) {
    only += 'IF EXISTS ';
    i += 2;
  }
  const name = readName(toks, i);
  const table = name.name;
  references.push(table);
  i = name.end;
  const head = `ALTER TABLE ${only}${name.text}`;
  const rest = toks.slice(i);
  const first = rest[0]?.tok.value ?? '';

  // Constraint checking toggles used around data loads
  if ((first === 'NOCHECK' || first === 'CHECK') && isWord(rest[1], 'CONSTRAINT')) {
    return {
      sql: `${render(toks)};`,
      blockers,
      references,
      warnings,
      notApplicable:
        'turns constraint checking off or on around a data load; PostgreSQL loads with constraints in place (or DISABLE TRIGGER ALL)',
    };
  }
  if (
    (first === 'ENGINE' || first === 'CHARSET' || first === 'DEFAULT' || first === 'AUTO_INCREMENT') &&
    isText(rest[1], '=')
  ) {
    return {
      sql: `${render(toks)};`,
      blockers,
      references,
      warnings,
      notApplicable: 'storage engine or table option: PostgreSQL has one storage engine',
    };
  }
  let withState = '';
  let body = rest;
  if (isWord(body[0], 'WITH') && isWord(body[1], 'CHECK', 'NOCHECK')) {
    withState = body[1]!.tok.value;
    rules.push({
      id: 'constraint.state',
      detail: `WITH ${withState} dropped${withState === 'NOCHECK' ? ' (constraint added NOT VALID)' : ''}`,
      line,
    });
    body = body.slice(2);
  }
  const actions: string[] = [];
  const after: string[] = [];
  const verbs = new Set([
    'ADD',
    'MODIFY',
    'ALTER',
    'DROP',
    'RENAME',
    'ENABLE',
    'DISABLE',
    'CHANGE',
    'SET',
    'OWNER',
    'VALIDATE',
    'ATTACH',
    'DETACH',
    'INHERIT',
    'NO',
    'CLUSTER',
    'REPLICA',
    'FORCE',
    'OF',
    'NOT',
    'RESET',
    'MOVE',
    'SHRINK',
    'TRUNCATE',
    'SPLIT',
    'MERGE',
    'EXCHANGE',
    'COALESCE',
  ]);
  let verb = '';
  for (const [a, b] of splitTopLevel(body, 0, body.length)) {
    if (a >= b) continue;
    let item = body.slice(a, b);
    if (isWord(item[0]) && verbs.has(item[0]!.tok.value)) {
      verb = item[0]!.tok.value;
      item = item.slice(1);
    } else if (!verb) {
      verb = 'ADD';
    }
    const itemLine = item[0]?.tok.line ?? line;
    // Oracle: ADD ( a, b ) / MODIFY ( a, b )
    if ((verb === 'ADD' || verb === 'MODIFY') && isText(item[0], '(') && matchParen(item, 0) === item.length - 1) {
      rules.push({
        id: 'constraint.add-list',
        detail: `${verb} ( … ) list → one ${verb === 'ADD' ? 'ADD' : 'ALTER COLUMN'} per item`,
        line: itemLine,
      });
      for (const [c, d] of splitTopLevel(item, 1, item.length - 1)) {
        actions.push(
          ...convertAlterItem(
            verb,
            item.slice(c, d),
            table,
            ctx,
            rules,
            after,
            warnings,
            blockers,
            references,
            withState,
          ),
        );
      }
      continue;
    }
    actions.push(...convertAlterItem(verb, item, table, ctx, rules, after, warnings, blockers, references, withState));
  }
  const statements: string[] = [];
  const setDefaults = actions.filter((a) => a.startsWith('ALTER COLUMN'));
  if (actions.length) statements.push(`${head}\n  ${actions.join(',\n  ')};`);
  if (setDefaults.length === 0 && actions.length === 0) statements.push(`${render(toks)};`);
  statements.push(...after.map((s) => `${s};`));
  return { sql: statements.join('\n'), blockers, references: [...new Set(references)], warnings };
}

function convertAlterItem(
  verb: string,
  item: Tok[],
  table: string,
  ctx: ConvertContext,
  rules: RuleHit[],
  after: string[],
  warnings: string[],
  blockers: string[],
  references: string[],
  withState: string,
): string[] {
  const line = item[0]?.tok.line ?? 0;
  if (verb === 'ADD') {
    if (isWord(item[0], 'COLUMN')) item = item.slice(1);
    let i = 0;
    let constraintName = '';
    if (isWord(item[0], 'CONSTRAINT')) {
      constraintName = nameOf(item[1]);
      i = 2;
    }
    // T-SQL: ADD CONSTRAINT name DEFAULT expr FOR column
    if (isWord(item[i], 'DEFAULT')) {
      const forAt = item.findIndex((t, k) => k > i && isWord(t, 'FOR'));
      if (forAt > 0) {
        const column = nameOf(item[forAt + 1]);
        let expr = render(item, i + 1, forAt).trim();
        const bare = expr.replace(/[()\s]/g, '');
        if (ctx.booleanColumns.has(column) && (bare === '0' || bare === '1')) {
          expr = bare === '1' ? 'true' : 'false';
          rules.push({ id: 'default.bit-literal', detail: `DEFAULT ${bare} → ${expr}`, line });
        }
        rules.push({
          id: 'constraint.default-for',
          detail: `CONSTRAINT ${constraintName} DEFAULT … FOR ${column} → ALTER COLUMN ${column} SET DEFAULT`,
          line,
        });
        return [`ALTER COLUMN ${item[forAt + 1]!.text} SET DEFAULT ${expr}`];
      }
    }
    if (isWord(item[i], 'PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK', 'EXCLUDE')) {
      const kind = item[i]!.tok.value;
      const el = convertTableConstraint(item, table, ctx, rules, after, blockers);
      if (!el) return [];
      if (el.references) references.push(el.references);
      let sql = el.sql;
      // Oracle: the unique index of the same name already exists → PRIMARY KEY USING INDEX
      if (
        (kind === 'PRIMARY' || kind === 'UNIQUE') &&
        constraintName &&
        ctx.uniqueIndexes.get(constraintName) === table
      ) {
        sql = `CONSTRAINT ${pgIdent(constraintName)} ${kind === 'PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${pgIdent(constraintName)}`;
        rules.push({
          id: 'constraint.using-index',
          detail: `${constraintName} uses the unique index created before it`,
          line,
        });
      }
      if (withState === 'NOCHECK' && (kind === 'FOREIGN' || kind === 'CHECK')) sql += ' NOT VALID';
      return [`ADD ${sql}`];
    }
    // A column
    const column = convertColumn(item, table, ctx, rules, after, warnings, blockers);
    if (column.references) references.push(column.references);
    return [`ADD COLUMN ${column.sql}`];
  }
  if (
    verb === 'MODIFY' ||
    (verb === 'ALTER' &&
      isWord(item[0], 'COLUMN') &&
      !profileOf(ctx.dialect).native &&
      !isWord(item[2], 'SET', 'DROP', 'TYPE'))
  ) {
    if (isWord(item[0], 'COLUMN')) item = item.slice(1);
    const name = item[0]!.text;
    const out: string[] = [];
    if (item.length > 1 && !isWord(item[1], 'NULL', 'NOT', 'DEFAULT', 'CONSTRAINT')) {
      const type = convertType(item, 1, ctx.dialect);
      rules.push(...type.rules);
      out.push(`ALTER COLUMN ${name} TYPE ${type.sql}`);
      item = [item[0]!, ...item.slice(type.end)];
    }
    for (let k = 1; k < item.length; k++) {
      if (isWord(item[k], 'NOT') && isWord(item[k + 1], 'NULL')) {
        out.push(`ALTER COLUMN ${name} SET NOT NULL`);
        k++;
      } else if (isWord(item[k], 'NULL')) out.push(`ALTER COLUMN ${name} DROP NOT NULL`);
      else if (isWord(item[k], 'DEFAULT')) {
        out.push(`ALTER COLUMN ${name} SET DEFAULT ${render(item, k + 1, item.length).trim()}`);
        break;
      }
    }
    if (verb === 'MODIFY')
      rules.push({ id: 'constraint.add-list', detail: `MODIFY ${nameOf(item[0])} → ALTER COLUMN`, line });
    return out;
  }
  return [`${verb} ${render(item)}`.trim()];
}

/** CREATE SEQUENCE (Oracle options → PostgreSQL). */
export function convertSequence(toks: Tok[], rules: RuleHit[]): DdlResult {
  const out: string[] = [];
  const line = toks[0]!.tok.line;
  const changed: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const v = t.tok.type === 'word' ? t.tok.value : '';
    const map: Record<string, string> = { NOMAXVALUE: 'NO MAXVALUE', NOMINVALUE: 'NO MINVALUE', NOCYCLE: 'NO CYCLE' };
    if (map[v]) {
      out.push(t.pre + map[v]);
      changed.push(v);
    } else if (
      v === 'NOCACHE' ||
      v === 'NOORDER' ||
      v === 'ORDER' ||
      v === 'KEEP' ||
      v === 'NOKEEP' ||
      v === 'NOSCALE' ||
      v === 'GLOBAL' ||
      v === 'SESSION'
    ) {
      changed.push(v);
    } else if (
      (v === 'MAXVALUE' || v === 'MINVALUE') &&
      toks[i + 1]?.tok.type === 'number' &&
      toks[i + 1]!.text.replace('-', '').length > 18
    ) {
      changed.push(`${v} ${toks[i + 1]!.text}`);
      out.push(`${t.pre}NO ${v}`);
      i++;
    } else out.push((out.length ? t.pre : '') + t.text);
  }
  if (changed.length)
    rules.push({ id: 'sequence.options', detail: `${changed.join(', ')} → PostgreSQL sequence options`, line });
  return { sql: `${out.join('')};`, blockers: [], references: [], warnings: [] };
}

/** CREATE VIEW. */
export function convertView(toks: Tok[], _ctx: ConvertContext, rules: RuleHit[]): DdlResult {
  const line = toks[0]!.tok.line;
  let i = 1;
  const dropped: string[] = [];
  let replace = false;
  let materialized = false;
  while (i < toks.length && !isWord(toks[i], 'VIEW')) {
    const v = toks[i]!.tok.value;
    if (v === 'OR') {
      replace = true;
      i += 2;
      continue;
    }
    if (v === 'MATERIALIZED') materialized = true;
    else if ((v === 'DEFINER' || v === 'ALGORITHM') && isText(toks[i + 1], '=')) {
      let j = i + 3;
      if (isText(toks[j], '@')) j += 2;
      if (isText(toks[j], '(') && isText(toks[j + 1], ')')) j += 2;
      dropped.push(render(toks, i, j));
      i = j;
      continue;
    } else if (v === 'SQL' && isWord(toks[i + 1], 'SECURITY')) {
      dropped.push(render(toks, i, i + 3));
      i += 3;
      continue;
    } else if (v !== 'CREATE' && v !== 'ALTER') dropped.push(v);
    i++;
  }
  if (isWord(toks[0], 'ALTER')) replace = true;
  i++; // VIEW
  const name = readName(toks, i);
  i = name.end;
  let columns = '';
  if (isText(toks[i], '(')) {
    const close = matchParen(toks, i);
    columns = ` ${render(toks, i, close + 1)}`;
    i = close + 1;
  }
  while (i < toks.length && !isWord(toks[i], 'AS')) {
    dropped.push(toks[i]!.text);
    i++;
  }
  const asAt = i;
  let end = toks.length;
  // Trailing WITH READ ONLY (Oracle) / WITH CHECK OPTION [CONSTRAINT x] (kept when plain)
  for (let j = asAt; j < toks.length; j++) {
    if (isWord(toks[j], 'WITH') && isWord(toks[j + 1], 'READ') && isWord(toks[j + 2], 'ONLY')) {
      dropped.push('WITH READ ONLY');
      end = j;
      break;
    }
    if (
      isWord(toks[j], 'WITH') &&
      isWord(toks[j + 1], 'CHECK') &&
      isWord(toks[j + 2], 'OPTION') &&
      isWord(toks[j + 3], 'CONSTRAINT')
    ) {
      dropped.push(`CONSTRAINT ${toks[j + 4]?.text ?? ''}`);
      end = j + 3;
      break;
    }
  }
  if (dropped.length) rules.push({ id: 'view.options', detail: `${dropped.join(' ')} dropped`, line });
  const query = render(toks, asAt + 1, end).trim();
  const head = materialized ? 'CREATE MATERIALIZED VIEW' : `CREATE ${replace ? 'OR REPLACE ' : ''}VIEW`;
  const sql = `${head} ${name.text}${columns} AS\n${query}${end < toks.length && !dropped.includes('WITH READ ONLY') ? ` ${render(toks, end, toks.length)}` : ''};`;
  return { sql, blockers: [], references: relationsIn(toks.slice(asAt + 1)), warnings: [] };
}

/** CREATE SYNONYM → a view over its target. */
export function convertSynonym(toks: Tok[], rules: RuleHit[]): DdlResult {
  const forAt = toks.findIndex((t) => isWord(t, 'FOR'));
  const nameAt = toks.findIndex((t) => isWord(t, 'SYNONYM')) + 1;
  const name = readName(toks, nameAt);
  const target = readName(toks, forAt + 1);
  const blockers: string[] = [];
  if (toks.some((t) => t.text === '@')) blockers.push('synonym over a database link: use postgres_fdw');
  rules.push({
    id: 'synonym.view',
    detail: `SYNONYM ${name.name} → VIEW over ${target.text}`,
    line: toks[0]!.tok.line,
  });
  return {
    sql: `CREATE OR REPLACE VIEW ${name.text} AS SELECT * FROM ${target.text};`,
    blockers,
    references: [target.name],
    warnings: [],
  };
}

/** CREATE TYPE … AS OBJECT (…) → composite type; collections and bodies need a human. */
export function convertObjectType(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): DdlResult {
  const asAt = toks.findIndex((t) => isWord(t, 'AS', 'IS'));
  const nameAt = toks.findIndex((t) => isWord(t, 'TYPE')) + 1;
  const name = readName(toks, nameAt);
  if (asAt > 0 && isWord(toks[asAt + 1], 'OBJECT') && isText(toks[asAt + 2], '(')) {
    const close = matchParen(toks, asAt + 2);
    const blockers: string[] = [];
    const attrs = splitTopLevel(toks, asAt + 3, close).map(([a]) => {
      if (isWord(toks[a], 'MEMBER', 'STATIC', 'CONSTRUCTOR', 'MAP', 'ORDER', 'FINAL', 'OVERRIDING', 'NOT')) {
        blockers.push('object type methods: move them to functions taking the type as a parameter');
        return '';
      }
      const type = convertType(toks, a + 1, ctx.dialect);
      rules.push(...type.rules);
      return `${toks[a]!.text} ${type.sql}`;
    });
    rules.push({ id: 'type.object', detail: `${name.name} AS OBJECT → composite type`, line: toks[0]!.tok.line });
    return {
      sql: `CREATE TYPE ${name.text} AS (${attrs.filter(Boolean).join(', ')});`,
      blockers,
      references: [],
      warnings: [],
    };
  }
  return {
    sql: `${render(toks)};`,
    blockers: ['collection or subtype: rewrite as an array or a domain'],
    references: [],
    warnings: [],
  };
}
