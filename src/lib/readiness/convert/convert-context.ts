/**
 * The state one script's conversion shares across its statements, and `prepare`: a statement's tokens as Toks with
 * identifiers, literals and comments already in PostgreSQL form. Conversion, not lexing, so it lives above sql/.
 */
import type { Dialect } from '../dialects/dialect-id.ts';
import { profileOf } from '../dialects/index.ts';
import type { Token } from '../sql/lexer.ts';
import { isIdent, isText, nameOf, pgIdent, pgString, render, type Tok } from '../sql/tokens.ts';
import type { RuleHit } from './rules.ts';

/** Conversion state shared across a script's statements. */
export interface ConvertContext {
  dialect: Dialect;
  /** SQLCMD variables. */
  variables: Record<string, string>;
  /** Database named by the last USE (SQL Server, MySQL): qualifiers naming it are dropped. */
  currentDatabase?: string;
  /** Unique indexes created so far: name → table, for Oracle's "PRIMARY KEY over an existing index". */
  uniqueIndexes: Map<string, string>;
  /** Relation names taken in the schema (tables, views, sequences, indexes): index names must not collide. */
  relationNames: Set<string>;
  /** Boolean columns (from BIT / TINYINT(1)), by column name, so 0/1 comparisons can become false/true. */
  booleanColumns: Set<string>;
  /** Columns of other types: a name used for both is ambiguous, so its 0/1 comparisons are left alone. */
  otherColumns: Set<string>;
  /** Trigger name → table, for ALTER TRIGGER. */
  triggerTables: Map<string, string>;
  /** Procedures defined in the script (for CALL vs PERFORM). */
  procedures: Set<string>;
  /** Sequence names defined in the script. */
  sequences: Set<string>;
}

export function newContext(dialect: Dialect, variables: Record<string, string> = {}): ConvertContext {
  return {
    dialect,
    variables,
    uniqueIndexes: new Map(),
    relationNames: new Set(),
    booleanColumns: new Set(),
    otherColumns: new Set(),
    triggerTables: new Map(),
    procedures: new Set(),
    sequences: new Set(),
  };
}

/**
 * Turns a statement's tokens into Toks with identifiers, string literals and comments already in PostgreSQL form,
 * and SQLCMD variables substituted. Records the rules it applied in `rules`.
 */
export function prepare(tokens: Token[], ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const out: Tok[] = [];
  let pre = '';
  let quotedSeen = false;
  let stringSeen = false;
  for (const tok of tokens) {
    if (tok.type === 'ws') {
      pre += tok.text;
      continue;
    }
    if (tok.type === 'comment') {
      pre += tok.text.startsWith('#') ? `--${tok.text.slice(1)}` : tok.text;
      continue;
    }
    let text = tok.text;
    if (tok.type === 'qident') {
      text = pgIdent(tok.value);
      if (text !== tok.text && !quotedSeen) {
        quotedSeen = true;
        rules.push({ id: 'ident.quoted', detail: `${tok.text} → ${text}`, line: tok.line });
      }
    } else if (tok.type === 'string') {
      const standard =
        tok.quote === "'" && !tok.prefix && !(profileOf(ctx.dialect).lexer.backslashEscapes && tok.text.includes('\\'));
      if (!standard && tok.quote !== '$') {
        text = pgString(tok.value);
        if (tok.prefix && /^[BX]$/.test(tok.prefix)) text = `${tok.prefix}${text}`;
        if (!stringSeen) {
          stringSeen = true;
          const id = tok.prefix?.startsWith('_') ? 'expr.charset-introducer' : 'expr.string-literal';
          rules.push({ id, detail: `${tok.text.slice(0, 30)} → ${text.slice(0, 30)}`, line: tok.line });
        }
      }
    } else if (tok.type === 'var' && tok.text.startsWith('$(')) {
      const name = tok.text.slice(2, -1).toUpperCase();
      if (name in ctx.variables) {
        text = ctx.variables[name]!;
        rules.push({ id: 'ident.sqlcmd-variable', detail: `${tok.text} → ${text}`, line: tok.line });
      }
    }
    out.push({ tok, pre, text });
    pre = '';
  }
  if (pre.trim() && out.length > 0) out.push({ tok: { ...out[out.length - 1]!.tok, type: 'ws' }, pre, text: '' });
  return dropQualifiers(out, ctx, rules);
}

/** Drops `dbo.` and `<current database>.` qualifiers (and `[db].[dbo].` pairs). */
function dropQualifiers(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const { defaultSchema, databaseQualifiers } = profileOf(ctx.dialect).ddl;
  if (!databaseQualifiers) return toks;
  const droppable = (t: Tok | undefined) => {
    if (!isIdent(t)) return false;
    const n = nameOf(t);
    return n === defaultSchema || (!!ctx.currentDatabase && n === ctx.currentDatabase);
  };
  const out: Tok[] = [];
  let noted = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prevIsDot = isText(out[out.length - 1], '.');
    if (!prevIsDot && droppable(t) && isText(toks[i + 1], '.') && isIdent(toks[i + 2])) {
      // [db].[dbo].[t] → t; dbo.t → t
      let j = i + 2;
      if (droppable(toks[j]) && isText(toks[j + 1], '.') && isIdent(toks[j + 2])) j += 2;
      if (!noted) {
        noted = true;
        rules.push({ id: 'ident.schema', detail: `${render(toks, i, j)} qualifier dropped`, line: t.tok.line });
      }
      out.push({ ...toks[j]!, pre: t.pre });
      i = j;
      continue;
    }
    out.push(t);
  }
  return out;
}
