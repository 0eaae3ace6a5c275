/** Converts every statement of a split script to PostgreSQL, statement by statement, naming each rule applied. */
import { classify, type Classification, type ObjectKind } from '../sql/classify.ts';
import { findConstructs, findVendorFunctions } from '../dialects/constructs.ts';
import {
  convertAlterTable,
  convertCreateIndex,
  convertCreateTable,
  convertObjectType,
  convertSequence,
  convertSynonym,
  convertView,
  renderTable,
  type DdlResult,
} from './ddl.ts';
import type { Dialect } from '../dialects/detect-dialect.ts';
import { profileOf } from '../dialects/index.ts';
import { rewriteExpressions } from './expr.ts';
import { takeSqlServerNotes } from './idioms-sqlserver.ts';
import { convertHooksOf } from './dialect-rules.ts';
import { unifyForeignKeyTypes } from './fk-types.ts';
import { significant } from '../sql/lexer.ts';
import { relationsIn } from '../sql/relations.ts';
import { convertRoutine, convertTrigger } from './procedural.ts';
import type { RuleHit } from './rules.ts';
import { addImplicitSchemas, convertCreateSchema } from './schemas.ts';
import { spatialWarnings } from './spatial.ts';
import type { RawStatement } from '../sql/split.ts';
import { withoutUnboundedWork } from './unbounded-work.ts';
import { isWord, nameOf, pgIdent, readName, render } from '../sql/tokens.ts';
import { newContext, prepare, type ConvertContext } from './convert-context.ts';
import type { ConvertedStatement } from './converted-statement.ts';

export type { ConvertedStatement } from './converted-statement.ts';

const notApplicableReasons: Partial<Record<ObjectKind, string>> = {
  'client-command': 'client program command (SQL*Plus, sqlcmd, mysql or psql), not SQL',
  data: 'data statement: counted, not executed (load data after the schema with COPY or pgloader)',
  drop: 'drops an object before re-creating it; not part of the target schema',
  session: 'session or client setting; PostgreSQL has its own settings',
  transaction: 'transaction control in an install script',
  query: 'query in an install script; not part of the schema',
  schema: 'creates a database, user or schema container; create the PostgreSQL database and roles separately',
  block: 'anonymous block that runs once at install time; rewrite as DO $$ … $$ if it is still needed',
};

/** Code objects, for the unit model and construct findings. */
export const codeKinds: ReadonlySet<ObjectKind> = new Set([
  'view',
  'materialized-view',
  'trigger',
  'procedure',
  'function',
  'package',
  'package-body',
  'type-body',
  'block',
]);

/** First pass: names the schema will hold, so index renames and procedure calls can be decided up front. */
function collectNames(statements: RawStatement[], classes: Classification[], ctx: ConvertContext): void {
  statements.forEach((_, k) => {
    const c = classes[k]!;
    if (c.kind === 'table' || c.kind === 'view' || c.kind === 'materialized-view' || c.kind === 'sequence')
      ctx.relationNames.add(c.name);
    if (c.kind === 'procedure') ctx.procedures.add(c.name);
    if (c.kind === 'sequence') ctx.sequences.add(c.name);
    if (c.kind === 'trigger' && c.table) ctx.triggerTables.set(c.name, c.table);
  });
}

/** Converts all statements of a script. */
export function convertStatements(
  statements: RawStatement[],
  dialect: Dialect,
  variables: Record<string, string> = {},
): ConvertedStatement[] {
  const ctx = newContext(dialect, variables);
  const profile = profileOf(dialect);
  const hooks = convertHooksOf(dialect);
  const classes = statements.map((s) => hooks.classifyIdiom?.(s) ?? classify(s, profile.classify));
  collectNames(statements, classes, ctx);
  const converted = statements.map((statement, k) => {
    const c = withoutUnboundedWork(convertOne(statement, classes[k]!, ctx));
    const notes = takeSqlServerNotes(ctx);
    if (c.notApplicable) return c;
    return { ...c, blockers: [...c.blockers, ...notes.blockers], warnings: [...c.warnings, ...notes.warnings] };
  });
  const { tableChecks, ruleWarnings } = hooks;
  if (tableChecks)
    for (const c of converted)
      if (c.table && tableChecks(c.table, c.rules, c.warnings, c.statement.startLine)) c.sql = renderTable(c.table);
  if (!profile.native) unifyForeignKeyTypes(converted);
  if (ruleWarnings) for (const c of converted) c.warnings.push(...ruleWarnings(c.rules));
  for (const c of converted) c.warnings.push(...spatialWarnings(c.rules));
  addImplicitSchemas(converted);
  return converted;
}

function convertOne(statement: RawStatement, classification: Classification, ctx: ConvertContext): ConvertedStatement {
  const rules: RuleHit[] = [];
  const base: ConvertedStatement = {
    statement,
    classification,
    sql: '',
    rules,
    blockers: [],
    warnings: [],
    references: [],
    calls: [],
    bodyReferences: [],
    constructs: [],
    vendorFunctions: [],
    codeChars: 0,
  };
  const kind = classification.kind;
  const dialect = ctx.dialect;
  const hooks = convertHooksOf(dialect);
  const idiom =
    convertCreateSchema(statement, dialect, rules) ?? hooks.convertStatement?.(statement, classification, ctx, rules);
  if (idiom && statement.origin === 'client')
    return { ...base, notApplicable: idiom.notApplicable ?? notApplicableReasons['client-command'] };
  if (statement.origin === 'client') return { ...base, notApplicable: notApplicableReasons['client-command'] };
  base.constructs = findConstructs(statement.tokens, dialect);
  base.vendorFunctions = findVendorFunctions(statement.tokens, dialect);
  base.codeChars = statement.tokens
    .filter((t) => t.type !== 'comment')
    .map((t) => (t.type === 'ws' ? ' ' : t.text))
    .join('')
    .replace(/\s+/g, ' ').length;

  if (statement.problem) {
    return { ...base, sql: statement.text, blockers: [`cannot be parsed: ${statement.problem}`] };
  }
  if (idiom)
    return {
      ...base,
      sql: idiom.sql ?? '',
      blockers: idiom.blockers ?? [],
      warnings: idiom.warnings ?? [],
      references: idiom.references ?? [],
      ...(idiom.notApplicable ? { notApplicable: idiom.notApplicable } : {}),
    };

  // USE db: remember it so db.table qualifiers can be dropped.
  const sig = statement.tokens.filter(significant);
  if (sig[0]?.value === 'USE' && sig[1])
    ctx.currentDatabase = (sig[1].type === 'qident' ? sig[1].value : sig[1].text).toLowerCase();
  if (kind === 'schema' && hooks.schemaStatement) {
    const user = hooks.schemaStatement(prepare(statement.tokens, ctx, rules), rules);
    if (user) return { ...base, ...user };
  }
  const na =
    classification.name === 'call'
      ? 'procedure call that runs code at install time; not part of the schema'
      : notApplicableReasons[kind];
  if (na) return { ...base, notApplicable: na };

  for (const substitution of statement.substitutions ?? [])
    rules.push({ id: 'ident.sqlcmd-variable', detail: substitution, line: statement.startLine });
  const toks = prepare(statement.tokens, ctx, rules);
  if (toks.length === 0) return { ...base, notApplicable: 'empty statement' };
  const dialectNa = hooks.notApplicable?.(classification, toks);
  if (dialectNa) return { ...base, notApplicable: dialectNa };
  if (hooks.statementWarnings) base.warnings.push(...hooks.statementWarnings(toks, rules));
  // PostgreSQL input is verified as written.
  if (profileOf(dialect).native) return { ...base, sql: `${render(toks)};`, references: relationsIn(toks) };
  const merge = (r: DdlResult): ConvertedStatement => ({
    ...base,
    sql: r.sql,
    blockers: r.blockers,
    warnings: [...base.warnings, ...r.warnings],
    references: r.references.filter((x) => x !== classification.name || kind !== 'table'),
    ...(r.notApplicable ? { notApplicable: r.notApplicable } : {}),
    ...(r.table ? { table: r.table } : {}),
  });
  const expr = () => {
    const rewritten = rewriteExpressions(toks, ctx, rules);
    return hooks.rewriteIdioms ? hooks.rewriteIdioms(rewritten, kind, ctx, rules) : rewritten;
  };

  switch (kind) {
    case 'table': {
      const result = merge(convertCreateTable(expr(), ctx, rules));
      if (/\bAS\s+SELECT\b/i.test(result.sql) && !/WITH\s+NO\s+DATA/i.test(result.sql)) {
        // CREATE TABLE … AS SELECT would run the query: create the structure only.
        result.sql = result.sql.replace(/;\s*$/, ' WITH NO DATA;');
      }
      return result;
    }
    case 'index':
      return merge(convertCreateIndex(expr(), ctx, rules, classification.table ?? ''));
    case 'constraint':
      return merge(convertAlterTable(expr(), ctx, rules));
    case 'sequence':
      return merge(convertSequence(toks, rules));
    case 'view':
    case 'materialized-view': {
      const result = merge(convertView(expr(), ctx, rules));
      if (kind === 'materialized-view') result.sql = result.sql.replace(/;\s*$/, '\nWITH NO DATA;');
      return result;
    }
    case 'synonym':
      return merge(convertSynonym(toks, rules));
    case 'type':
      if (isWord(toks[1], 'DOMAIN')) return { ...base, sql: `${render(expr())};` };
      if (hooks.typeStatement) {
        const collection = hooks.typeStatement(toks, ctx, rules);
        if (collection) return { ...base, sql: collection.sql, warnings: [...base.warnings, ...collection.warnings] };
      }
      return merge(convertObjectType(toks, ctx, rules));
    case 'trigger':
    case 'procedure':
    case 'function': {
      const r =
        kind === 'trigger'
          ? convertTrigger(toks, ctx, rules, classification.name, classification.table ?? '')
          : convertRoutine(toks, ctx, rules, kind);
      return {
        ...base,
        sql: r.sql,
        blockers: r.blockers,
        warnings: [...base.warnings, ...r.warnings],
        references:
          kind === 'trigger'
            ? [
                ...new Set(
                  [classification.table ?? '', ...(r.sequenceDefault ? [r.sequenceDefault.sequence] : [])].filter(
                    Boolean,
                  ),
                ),
              ]
            : paramTypeTables(r.sql),
        bodyReferences: r.references.filter((x) => x !== classification.table),
        calls: r.calls,
      };
    }
    case 'package':
    case 'package-body':
    case 'type-body':
      return {
        ...base,
        sql: `${render(toks)};`,
        blockers: [
          kind === 'type-body'
            ? 'object type body: move its methods to functions that take the type as a parameter'
            : 'Oracle package: PostgreSQL has no packages; create a schema holding its functions and keep package state in a table or custom setting',
        ],
      };
    case 'comment': {
      return { ...base, sql: `${render(expr())};`, references: classification.table ? [classification.table] : [] };
    }
    case 'grant':
      return { ...base, sql: `${render(toks)};` };
    case 'alter': {
      if (isWord(toks[1], 'TRIGGER')) {
        const name = nameOf(toks[2]);
        const action = toks[3]?.tok.value ?? '';
        const table = ctx.triggerTables.get(name);
        if ((action === 'ENABLE' || action === 'DISABLE') && table) {
          rules.push({
            id: 'trigger.alter',
            detail: `ALTER TRIGGER ${name} ${action} → ALTER TABLE ${table} ${action} TRIGGER ${name}`,
            line: statement.startLine,
          });
          return {
            ...base,
            sql: `ALTER TABLE ${pgIdent(table)} ${action} TRIGGER ${pgIdent(name)};`,
            references: [table, name],
          };
        }
        if (action === 'COMPILE')
          return { ...base, notApplicable: 'recompiles a trigger; PostgreSQL has nothing to compile' };
      }
      if (isWord(toks[1], 'TABLE')) return merge(convertAlterTable(expr(), ctx, rules));
      return { ...base, sql: `${render(expr())};`, references: [classification.name] };
    }
    default: {
      const rewritten = expr();
      return { ...base, sql: `${render(rewritten)};`, references: relationsIn(rewritten) };
    }
  }
}

/** Tables named in %TYPE / %ROWTYPE parameter types: PostgreSQL resolves them when the routine is created. */
function paramTypeTables(sql: string): string[] {
  const header = sql.split('$body$')[0] ?? '';
  const names = new Set<string>();
  for (const m of header.matchAll(/([A-Za-z_][\w$]*)\.[A-Za-z_][\w$]*%(?:type|rowtype)/gi))
    names.add(m[1]!.toLowerCase());
  return [...names];
}

export { readName };
