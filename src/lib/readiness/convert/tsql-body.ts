/**
 * T-SQL procedure and scalar-function bodies → PL/pgSQL (#11.1 "simple routine bodies"). Converted: @parameters
 * (p_ names, defaults, OUTPUT → INOUT), DECLARE @v type [= x] (v_ names, declared in DECLARE, assigned in place),
 * SET @v = x, SELECT @v = … [FROM …] (→ := or SELECT … INTO), IF / ELSE / WHILE with BEGIN … END, BREAK / CONTINUE,
 * RETURN, RAISERROR / THROW (tsql-raise.ts), PRINT, INSERT / UPDATE / DELETE, EXEC proc (→ CALL), @@ROWCOUNT
 * (→ GET DIAGNOSTICS), TRY / CATCH (→ BEGIN … EXCEPTION WHEN OTHERS), SET NOCOUNT / XACT_ABORT dropped. Anything
 * Result-set SELECTs of a procedure → OPEN resultN FOR … with an INOUT refcursor parameter. Anything
 * else (cursors, table variables, transactions, MERGE, UPDATE … FROM, OUTPUT, dynamic SQL, TOP) returns the
 * reason it needs a human, so no body is called converted with a construct left unread.
 * Names get a p_ / v_ prefix because PL/pgSQL resolves an unqualified name that is both a variable and a column as
 * an error (or, with #variable_conflict, silently as one of them); T-SQL's @ keeps them apart.
 * Sources: Microsoft Learn, Transact-SQL reference (CREATE PROCEDURE, CREATE FUNCTION, DECLARE @local_variable,
 * SELECT @local_variable, @@ROWCOUNT, TRY…CATCH, RETURN, PRINT); PostgreSQL 18 manual ch. 41 (PL/pgSQL: 41.5.5
 * "Obtaining the Result Status", 41.6.8 "Trapping Errors", 41.11.1 "Variable Substitution").
 */
import type { RuleHit } from './rules.ts';
import { isIdent, isText, isWord, matchParen, readName, render, splitTopLevel, type Tok } from '../sql/tokens.ts';
import type { ConvertContext } from './convert-context.ts';
import { convertType } from './column-types.ts';
import { rewriteExpressions } from './expr.ts';
import { rewriteSqlServerIdioms } from './idioms-sqlserver.ts';
import { textPlus } from './computed-columns.ts';
import { convertRaise } from './tsql-raise.ts';
import { convertStyleFormat } from './tsql-functions.ts';

/** A converted routine (the whole CREATE and its body alone), or why it needs a human. */
export type TsqlRoutine = { sql: string; body: string; warnings: string[] } | { blocker: string };

/** Raised inside the walk when a construct has no faithful conversion here. */
class Unsupported extends Error {}

const statementStart = new Set(
  (
    'SET SELECT INSERT UPDATE DELETE IF ELSE WHILE BEGIN END RETURN RAISERROR THROW DECLARE PRINT EXEC EXECUTE ' +
    'COMMIT ROLLBACK BREAK CONTINUE MERGE TRUNCATE WITH SAVE GOTO OPEN FETCH CLOSE DEALLOCATE WAITFOR'
  ).split(' '),
);
const sessionOptions = new Set([
  'NOCOUNT',
  'XACT_ABORT',
  'ANSI_NULLS',
  'QUOTED_IDENTIFIER',
  'ARITHABORT',
  'ANSI_WARNINGS',
]);

interface Walk {
  toks: Tok[];
  ctx: ConvertContext;
  rules: RuleHit[];
  kind: 'procedure' | 'function';
  /** T-SQL @name (lower case) → PL/pgSQL name. */
  names: Map<string, string>;
  /** PL/pgSQL name → type, for + between text operands. */
  types: Map<string, string>;
  declarations: string[];
  warnings: Set<string>;
  rowcount: boolean;
  /** refcursor parameters that hand a procedure's result sets back. */
  cursors: string[];
  /** The variable an assignment is writing (a lone 0 / 1 for a boolean becomes false / true). */
  assigning?: string;
}

/** The PL/pgSQL name of a T-SQL variable token. */
function variable(w: Walk, t: Tok): string {
  const name = w.names.get(t.text.toLowerCase());
  if (t.text.startsWith('@@')) {
    if (t.text.toUpperCase() !== '@@ROWCOUNT') throw new Unsupported(`${t.text} has no PL/pgSQL equivalent here`);
    w.rowcount = true;
    return 'v_rowcount';
  }
  if (!name) throw new Unsupported(`${t.text} is used but not declared`);
  return name;
}

/** Converts an expression or SQL fragment toks[a, b): variables renamed, T-SQL functions and + rewritten. */
function fragment(w: Walk, a: number, b: number, inCatch = false): string {
  const part = w.toks.slice(a, b).map((t) => {
    if (t.tok.type === 'var') return { ...t, text: variable(w, t) };
    if (isWord(t, 'ERROR_NUMBER', 'ERROR_SEVERITY', 'ERROR_STATE', 'ERROR_LINE', 'ERROR_PROCEDURE', 'SCOPE_IDENTITY'))
      throw new Unsupported(`${t.text}() has no PL/pgSQL equivalent here`);
    if (isWord(t, 'ERROR_MESSAGE') && !inCatch) throw new Unsupported('ERROR_MESSAGE() outside CATCH');
    return t;
  });
  for (let k = 0; k < part.length; k++)
    if (
      isWord(part[k], 'CONVERT', 'TRY_CONVERT', 'TRY_CAST', 'TRY_PARSE', 'PARSE', 'FORMAT') &&
      isText(part[k + 1], '(')
    ) {
      const args = splitTopLevel(part, k + 2, matchParen(part, k + 1)).map(([a, b]) => part.slice(a, b));
      const known =
        args.length === 2 ||
        (args.length === 3 && !!convertStyleFormat(convertType(args[0]!, 0, 'sqlserver').sql, render(args[2]!)));
      if (!known || !isWord(part[k], 'CONVERT'))
        throw new Unsupported(`${part[k]!.text} with a style or culture: PostgreSQL formats with to_char / to_date`);
    }
  booleanLiterals(w, part);
  for (let k = 0; k < part.length; k++)
    if (isWord(part[k], 'ERROR_MESSAGE') && isText(part[k + 1], '(') && isText(part[k + 2], ')'))
      part.splice(k, 3, { ...part[k]!, text: 'SQLERRM' });
  const rewritten = render(
    rewriteSqlServerIdioms(rewriteExpressions(part, w.ctx, w.rules), 'procedure', w.ctx, w.rules),
  );
  return rewritten.includes('+') ? textPlus(rewritten, w.types) : rewritten;
}

/** 0 / 1 compared with (or standing alone for) a bit variable, which is boolean here → false / true. */
function booleanLiterals(w: Walk, part: Tok[]): void {
  const isBool = (t: Tok | undefined) => !!t && w.types.get(t.text) === 'boolean';
  const bit = (t: Tok | undefined) => !!t && t.tok.type === 'number' && (t.text === '0' || t.text === '1');
  const toBool = (t: Tok) => (t.text = t.text === '1' ? 'true' : 'false');
  if (part.length === 1 && bit(part[0]) && w.assigning && isBool({ ...part[0]!, text: w.assigning })) toBool(part[0]!);
  part.forEach((t, k) => {
    if (!/^(=|<>|!=)$/.test(t.text)) return;
    if (isBool(part[k - 1]) && bit(part[k + 1])) toBool(part[k + 1]!);
    if (isBool(part[k + 1]) && bit(part[k - 1])) toBool(part[k - 1]!);
  });
}

/** End (exclusive) of the simple statement that starts at i: a ; or the next statement keyword at depth 0. */
function statementEnd(w: Walk, i: number): number {
  const toks = w.toks;
  let depth = 0;
  let caseDepth = 0;
  let continuation = isWord(toks[i], 'UPDATE') ? 'SET' : isWord(toks[i], 'INSERT') ? 'SELECT VALUES' : '';
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (isText(t, '(')) depth++;
    else if (isText(t, ')')) depth--;
    if (depth > 0) continue;
    if (isText(t, ';')) return k;
    if (isWord(t, 'CASE')) caseDepth++;
    else if (isWord(t, 'END') && caseDepth > 0) caseDepth--;
    else if (caseDepth > 0) continue;
    else if (continuation.split(' ').includes(t.tok.value)) continuation = '';
    else if (isWord(t, 'SELECT') && isWord(toks[k - 1], 'UNION', 'ALL', 'INTERSECT', 'EXCEPT')) continue;
    else if (t.tok.type === 'word' && statementStart.has(t.tok.value)) return k;
  }
  return toks.length;
}

/** End (exclusive) of an IF / WHILE condition: the first statement keyword at depth 0. */
function conditionEnd(w: Walk, i: number): number {
  let depth = 0;
  for (let k = i; k < w.toks.length; k++) {
    const t = w.toks[k]!;
    if (isText(t, '(')) depth++;
    else if (isText(t, ')')) depth--;
    else if (depth === 0 && t.tok.type === 'word' && statementStart.has(t.tok.value) && !isWord(t, 'SELECT')) return k;
  }
  throw new Unsupported('IF / WHILE without a statement');
}

const skipSemicolon = (w: Walk, k: number) => (isText(w.toks[k], ';') ? k + 1 : k);

/** Statements until the END that closes a BEGIN (returns the index after END [TRY | CATCH]). */
function block(w: Walk, i: number, out: string[], inCatch: boolean): number {
  let k = i;
  while (k < w.toks.length && !isWord(w.toks[k], 'END')) k = statement(w, k, out, inCatch);
  if (k >= w.toks.length) throw new Unsupported('BEGIN without END');
  k++;
  if (isWord(w.toks[k], 'TRY', 'CATCH')) k++;
  return skipSemicolon(w, k);
}

/** One statement at i (a block when it is BEGIN … END); appends its PL/pgSQL lines to out; returns the next index. */
function statement(w: Walk, i: number, out: string[], inCatch: boolean): number {
  const toks = w.toks;
  const t = toks[i]!;
  const v = t.tok.type === 'word' ? t.tok.value : '';
  if (isText(t, ';')) return i + 1;
  if (v === 'BEGIN' && isWord(toks[i + 1], 'TRY')) {
    const tried: string[] = [];
    let k = block(w, i + 2, tried, inCatch);
    if (!isWord(toks[k], 'BEGIN') || !isWord(toks[k + 1], 'CATCH')) throw new Unsupported('TRY without CATCH');
    const caught: string[] = [];
    k = block(w, k + 2, caught, true);
    w.rules.push({ id: 'plsql.tsql-body', detail: 'TRY … CATCH → BEGIN … EXCEPTION WHEN OTHERS', line: t.tok.line });
    out.push('BEGIN', ...indent(tried), 'EXCEPTION WHEN OTHERS THEN', ...indent(caught.length ? caught : ['NULL;']));
    out.push('END;');
    return k;
  }
  if (v === 'BEGIN' && isWord(toks[i + 1], 'TRAN', 'TRANSACTION', 'DISTRIBUTED'))
    throw new Unsupported(
      'explicit transaction (BEGIN TRANSACTION … COMMIT / ROLLBACK): PostgreSQL procedures commit differently; restructure by hand',
    );
  if (v === 'BEGIN') return block(w, i + 1, out, inCatch);
  if (v === 'IF' || v === 'WHILE') {
    const condEnd = conditionEnd(w, i + 1);
    const cond = fragment(w, i + 1, condEnd, inCatch);
    const body: string[] = [];
    let k = statement(w, condEnd, body, inCatch);
    if (v === 'WHILE') {
      out.push(`WHILE ${cond} LOOP`, ...indent(body), 'END LOOP;');
      return k;
    }
    out.push(`IF ${cond} THEN`, ...indent(body));
    if (isWord(toks[k], 'ELSE')) {
      const other: string[] = [];
      k = statement(w, k + 1, other, inCatch);
      out.push('ELSE', ...indent(other));
    }
    out.push('END IF;');
    return k;
  }
  if (v === 'ELSE') throw new Unsupported('ELSE without IF');
  const end = statementEnd(w, i);
  const next = skipSemicolon(w, end);
  const line = t.tok.line;
  switch (v) {
    case 'SET': {
      if (sessionOptions.has(toks[i + 1]?.tok.value ?? '') && end === i + 3) {
        w.rules.push({ id: 'plsql.tsql-body', detail: `SET ${toks[i + 1]!.text} dropped`, line });
        return next;
      }
      if (toks[i + 1]?.tok.type !== 'var') throw new Unsupported(`SET ${toks[i + 1]?.text ?? ''}`);
      const target = variable(w, toks[i + 1]!);
      // SET @v = x, or a compound SET @v += x (lexed as + then =, or as one operator).
      const op = toks[i + 2]?.text ?? '';
      const split = /^[-+*/]$/.test(op) && isText(toks[i + 3], '=');
      const compound = split || /^[-+*/]=$/.test(op) ? ` ${op[0]} ` : '';
      if (!compound && op !== '=') throw new Unsupported(`SET ${toks[i + 1]!.text} ${op}`);
      w.assigning = target;
      const value = fragment(w, split ? i + 4 : i + 3, end, inCatch);
      w.assigning = undefined;
      out.push(`${target} := ${compound ? `${target}${compound}` : ''}${value};`);
      return next;
    }
    case 'DECLARE':
      declare(w, i + 1, end, out, inCatch);
      return next;
    case 'SELECT':
      out.push(...select(w, i, end, inCatch));
      return next;
    case 'INSERT':
    case 'UPDATE':
    case 'DELETE': {
      const words = toks.slice(i, end).map((x) => (x.tok.type === 'word' ? x.tok.value : ''));
      if (words.includes('OUTPUT') || words.includes('TOP') || words.includes('EXEC') || words.includes('EXECUTE'))
        throw new Unsupported(`${v} with OUTPUT, TOP or EXEC`);
      const froms = words.filter((x) => x === 'FROM').length - (v === 'DELETE' && words[1] === 'FROM' ? 1 : 0);
      if (v !== 'INSERT' && froms > 0)
        throw new Unsupported(`${v} … FROM (T-SQL join syntax): rewrite with USING / a subquery by hand`);
      out.push(`${fragment(w, i, end, inCatch)};`, ...(w.rowcount ? ['GET DIAGNOSTICS v_rowcount = ROW_COUNT;'] : []));
      return next;
    }
    case 'RETURN': {
      const value = end > i + 1 ? fragment(w, i + 1, end, inCatch) : '';
      if (w.kind === 'procedure' && value)
        w.warnings.add(
          `RETURN ${value}: a PostgreSQL procedure returns no status code; callers that read it must use an OUT parameter`,
        );
      out.push(w.kind === 'function' ? `RETURN ${value};` : 'RETURN;');
      return next;
    }
    case 'RAISERROR':
    case 'THROW': {
      const source = render(toks, i, end).replace(/@(\w+)/g, (m) => `@${variableName(w, m)}`);
      const raise = convertRaise(source);
      if (!raise) throw new Unsupported(`${v} with a message PostgreSQL cannot format`);
      if (raise.sql === 'RAISE' && !inCatch) throw new Unsupported('THROW; outside CATCH');
      out.push(`${raise.sql};`);
      return next;
    }
    case 'PRINT':
      out.push(`RAISE NOTICE '%', ${fragment(w, i + 1, end, inCatch)};`);
      return next;
    case 'BREAK':
      out.push('EXIT;');
      return next;
    case 'CONTINUE':
      out.push('CONTINUE;');
      return next;
    case 'EXEC':
    case 'EXECUTE':
      out.push(call(w, i + 1, end, inCatch));
      return next;
    default:
      throw new Unsupported(
        v === 'COMMIT' || v === 'ROLLBACK' || v === 'SAVE'
          ? 'explicit transaction control: restructure by hand'
          : `${t.text} statement`,
      );
  }
}

/** The name a RAISERROR argument @x maps to, without the @ (tsql-raise.ts strips it). */
function variableName(w: Walk, text: string): string {
  return variable(w, { tok: { type: 'var', text, value: text, line: 0, pos: 0 }, pre: '', text });
}

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

/** DECLARE @v [AS] type [= x], …: declared in the DECLARE section, assigned where T-SQL declared it. */
function declare(w: Walk, a: number, b: number, out: string[], inCatch: boolean): void {
  for (const [s, e] of splitTopLevel(w.toks, a, b)) {
    const t = w.toks[s];
    if (t?.tok.type !== 'var') throw new Unsupported('DECLARE of a cursor');
    let k = isWord(w.toks[s + 1], 'AS') ? s + 2 : s + 1;
    if (isWord(w.toks[k], 'TABLE', 'CURSOR')) throw new Unsupported(`DECLARE ${t.text} ${w.toks[k]!.text}`);
    const type = convertType(w.toks, k, 'sqlserver');
    w.rules.push(...type.rules);
    const name = `v_${t.text.slice(1).toLowerCase()}`;
    w.names.set(t.text.toLowerCase(), name);
    w.types.set(name, type.sql);
    w.declarations.push(`${name} ${type.sql};`);
    k = type.end;
    w.assigning = name;
    if (isText(w.toks[k], '=')) out.push(`${name} := ${fragment(w, k + 1, e, inCatch)};`);
    else if (k < e) throw new Unsupported(`DECLARE ${t.text}: ${render(w.toks, k, e)}`);
    w.assigning = undefined;
  }
}

/** SELECT @a = x, @b = y [FROM …] → assignments or SELECT … INTO; a SELECT that returns rows needs a human. */
function select(w: Walk, i: number, end: number, inCatch: boolean): string[] {
  const toks = w.toks;
  if (toks[i + 1]?.tok.type !== 'var' || !isText(toks[i + 2], '=')) return resultSet(w, i, end, inCatch);
  let from = end;
  let depth = 0;
  for (let k = i + 1; k < end; k++) {
    if (isText(toks[k], '(')) depth++;
    else if (isText(toks[k], ')')) depth--;
    else if (depth === 0 && isWord(toks[k], 'FROM')) {
      from = k;
      break;
    }
  }
  const targets: string[] = [];
  const values: string[] = [];
  for (const [s, e] of splitTopLevel(toks, i + 1, from)) {
    if (toks[s]?.tok.type !== 'var' || !isText(toks[s + 1], '='))
      throw new Unsupported('SELECT mixing assignments and columns');
    targets.push(variable(w, toks[s]!));
    values.push(fragment(w, s + 2, e, inCatch));
  }
  if (from === end) return targets.map((t, k) => `${t} := ${values[k]};`);
  w.warnings.add(
    'SELECT @v = … FROM → SELECT … INTO: when no row matches, PostgreSQL sets the variables to NULL where T-SQL left them unchanged; with several rows it keeps the first, T-SQL the last',
  );
  return [
    `SELECT ${values.join(', ')} INTO ${targets.join(', ')} ${fragment(w, from, end, inCatch)};`,
    ...(w.rowcount ? ['GET DIAGNOSTICS v_rowcount = ROW_COUNT;'] : []),
  ];
}

/** Index of the FROM that ends the select list starting at i (or end). */
function selectListEnd(toks: Tok[], i: number, end: number): number {
  let depth = 0;
  for (let k = i; k < end; k++) {
    if (isText(toks[k], '(')) depth++;
    else if (isText(toks[k], ')')) depth--;
    else if (depth === 0 && isWord(toks[k], 'FROM', 'INTO')) return k;
  }
  return end;
}

/**
 * A procedure's result-set SELECT → OPEN resultN FOR SELECT …, with an INOUT refcursor parameter per result set
 * (PostgreSQL procedures return no rows; a refcursor is how they hand rows back). T-SQL's `alias = expr` select items
 * become `expr AS alias` (in PostgreSQL `alias = expr` would be a comparison).
 */
function resultSet(w: Walk, i: number, end: number, inCatch: boolean): string[] {
  const toks = w.toks;
  if (w.kind !== 'procedure') throw new Unsupported('SELECT that is not an assignment');
  let start = i + 1;
  if (isWord(toks[start], 'DISTINCT', 'ALL')) start++;
  if (isWord(toks[start], 'TOP')) throw new Unsupported('SELECT TOP: rewrite with LIMIT / FETCH FIRST');
  const from = selectListEnd(toks, start, end);
  if (isWord(toks[from], 'INTO')) throw new Unsupported('SELECT … INTO a new table');
  const items = splitTopLevel(toks, start, from).map(([s, e]) =>
    isIdent(toks[s]) && toks[s]!.tok.type !== 'var' && isText(toks[s + 1], '=')
      ? `${fragment(w, s + 2, e, inCatch)} AS ${fragment(w, s, s + 1, inCatch)}`
      : fragment(w, s, e, inCatch),
  );
  const cursor = `result${w.cursors.length + 1}`;
  w.cursors.push(cursor);
  w.warnings.add(
    'result set: returned through an INOUT refcursor parameter (result1, …): CALL the procedure, then FETCH ALL FROM the cursor it returns, in the same transaction; callers that read rows from EXEC must change',
  );
  const head = render(toks, i, start);
  const rest = from < end ? ` ${fragment(w, from, end, inCatch)}` : '';
  return [`OPEN ${cursor} FOR ${head} ${items.join(', ')}${rest};`];
}

/** EXEC proc [args] → CALL proc(args); @param = value arguments become p_param => value. */
function call(w: Walk, a: number, b: number, inCatch: boolean): string {
  if (!isIdent(w.toks[a]) || isText(w.toks[a], '(')) throw new Unsupported('EXEC of dynamic SQL');
  const name = readName(w.toks, a);
  if (w.toks[a]?.tok.type === 'var') throw new Unsupported('EXEC @return = proc');
  const args = name.end < b ? splitTopLevel(w.toks, name.end, b) : [];
  const list = args.map(([s, e]) => {
    if (isWord(w.toks[e - 1], 'OUTPUT', 'OUT')) throw new Unsupported('EXEC with an OUTPUT argument');
    if (w.toks[s]?.tok.type === 'var' && isText(w.toks[s + 1], '='))
      return `p_${w.toks[s]!.text.slice(1).toLowerCase()} => ${fragment(w, s + 2, e, inCatch)}`;
    return fragment(w, s, e, inCatch);
  });
  return `CALL ${name.text}(${list.join(', ')});`;
}

/** Reads the parameter list toks[a, b): @p [AS] type [= default] [OUTPUT | READONLY]. */
function parameters(w: Walk, a: number, b: number): string[] {
  if (a >= b) return [];
  let defaulted = false;
  return splitTopLevel(w.toks, a, b).map(([s, e]) => {
    const t = w.toks[s];
    if (t?.tok.type !== 'var') throw new Unsupported('parameter list not understood');
    const k = isWord(w.toks[s + 1], 'AS') ? s + 2 : s + 1;
    const type = convertType(w.toks, k, 'sqlserver');
    w.rules.push(...type.rules);
    const name = `p_${t.text.slice(1).toLowerCase()}`;
    w.names.set(t.text.toLowerCase(), name);
    w.types.set(name, type.sql);
    let j = type.end;
    let def = '';
    if (isText(w.toks[j], '=')) {
      let stop = j + 1;
      while (stop < e && !isWord(w.toks[stop], 'OUTPUT', 'OUT', 'READONLY')) stop++;
      def = ` DEFAULT ${fragment(w, j + 1, stop)}`;
      j = stop;
      defaulted = true;
    } else if (defaulted) throw new Unsupported('a parameter without a default follows one with a default');
    if (isWord(w.toks[j], 'READONLY')) throw new Unsupported('table-valued parameter');
    const mode = isWord(w.toks[j], 'OUTPUT', 'OUT') ? 'INOUT ' : '';
    return `${mode}${name} ${type.sql}${def}`;
  });
}

/** Converts CREATE PROCEDURE / FUNCTION (T-SQL, already through the identifier pass) to a PL/pgSQL routine. */
export function convertTsqlRoutine(
  toks: Tok[],
  ctx: ConvertContext,
  rules: RuleHit[],
  kind: 'procedure' | 'function',
): TsqlRoutine {
  const w: Walk = {
    toks,
    ctx,
    rules,
    kind,
    names: new Map(),
    types: new Map(),
    declarations: [],
    warnings: new Set(),
    rowcount: toks.some((t) => t.text.toUpperCase() === '@@ROWCOUNT'),
    cursors: [],
  };
  try {
    let i = toks.findIndex((t) => isWord(t, 'PROCEDURE', 'PROC', 'FUNCTION')) + 1;
    const name = readName(toks, i);
    i = name.end;
    const open = isText(toks[i], '(') ? i : -1;
    let stop = open >= 0 ? matchParen(toks, open) : i;
    if (open < 0) while (stop < toks.length && !isWord(toks[stop], 'AS', 'WITH', 'RETURNS')) stop++;
    const params = parameters(w, open >= 0 ? open + 1 : i, stop);
    i = open >= 0 ? stop + 1 : stop;
    let returns = '';
    if (isWord(toks[i], 'RETURNS')) {
      if (toks[i + 1]?.tok.type === 'var' || isWord(toks[i + 1], 'TABLE'))
        throw new Unsupported('table-valued function: rewrite as RETURNS TABLE (…) by hand');
      const type = convertType(toks, i + 1, 'sqlserver');
      rules.push(...type.rules);
      returns = ` RETURNS ${type.sql}`;
      i = type.end;
    }
    let security = '';
    if (isWord(toks[i], 'WITH'))
      for (i++; i < toks.length && !(isWord(toks[i], 'AS') && !isWord(toks[i - 1], 'EXECUTE')); i++)
        if (isWord(toks[i], 'OWNER') && isWord(toks[i - 2], 'EXECUTE')) security = ' SECURITY DEFINER';
        else if (isWord(toks[i], 'NATIVE_COMPILATION', 'ENCRYPTION')) throw new Unsupported(`WITH ${toks[i]!.text}`);
    if (!isWord(toks[i], 'AS')) throw new Unsupported('no AS before the body');
    i++;
    if (w.rowcount) w.declarations.push('v_rowcount bigint;');
    const out: string[] = [];
    while (i < toks.length) i = statement(w, i, out, false);
    if (kind === 'function' && !returns) throw new Unsupported('function without RETURNS');
    params.push(...w.cursors.map((c) => `INOUT ${c} refcursor DEFAULT NULL`));
    const body = out.join('\n');
    const header = `CREATE OR REPLACE ${kind.toUpperCase()} ${name.text}(${params.join(', ')})${returns}`;
    const declare = w.declarations.length ? `DECLARE\n  ${w.declarations.join('\n  ')}\n` : '';
    rules.push({
      id: 'plsql.tsql-body',
      detail: `${kind} ${name.name}: T-SQL body → PL/pgSQL`,
      line: toks[0]!.tok.line,
    });
    return {
      sql: `${header}\nLANGUAGE plpgsql${security}\nAS $body$\n${declare}BEGIN\n${indent(out).join('\n')}\nEND;\n$body$;`,
      body,
      warnings: [...w.warnings],
    };
  } catch (error) {
    if (error instanceof Unsupported) return { blocker: error.message };
    throw error;
  }
}
