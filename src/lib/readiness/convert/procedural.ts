/**
 * Procedural code: Oracle PL/SQL and MySQL stored programs → PL/pgSQL. Only constructs with a faithful
 * PostgreSQL equivalent are rewritten; everything else becomes a blocker, so nothing untranslatable passes silently.
 * T-SQL bodies are not rewritten (result-set procedures have no direct PostgreSQL form): they are reported.
 */
import { profileOf } from '../dialects/index.ts';
import { relationsIn, startsStatement } from '../sql/relations.ts';
import { postgres } from '../dialects/postgres.ts';
import { rewriteExpressions } from './expr.ts';
import { significant, tokenize } from '../sql/lexer.ts';
import type { RuleHit } from './rules.ts';
import {
  isIdent,
  isText,
  isWord,
  matchParen,
  nameOf,
  pgIdent,
  readName,
  render,
  splitTopLevel,
  type Tok,
} from '../sql/tokens.ts';
import { type ConvertContext } from './convert-context.ts';
import { convertType } from './column-types.ts';
import { convertTsqlRoutine } from './tsql-body.ts';

export interface RoutineResult {
  sql: string;
  blockers: string[];
  /** Tables and views the code reads or writes (checked against the converted schema after it runs). */
  references: string[];
  /** Functions and procedures the code calls (checked against pg_proc and the script). */
  calls: string[];
  /** Statements that must run before the trigger (the sequence default of the sequence-plus-trigger pattern). */
  warnings: string[];
  /** For the sequence-plus-trigger pattern: the column default that replaces the key part of the trigger. */
  sequenceDefault?: { table: string; column: string; sequence: string };
}

/** Words that start a PL statement and so are never procedure calls. */
const plKeywords = new Set(
  (
    'IF ELSIF ELSEIF ELSE END LOOP WHILE FOR FOREACH RETURN RAISE NULL EXIT CONTINUE OPEN CLOSE FETCH SELECT INSERT UPDATE ' +
    'DELETE MERGE COMMIT ROLLBACK SAVEPOINT EXECUTE BEGIN DECLARE CASE WHEN GOTO PIPE FORALL LOCK SET WITH PERFORM CALL ' +
    'GET LEAVE ITERATE REPEAT UNTIL SIGNAL RESIGNAL CREATE DROP ALTER TRUNCATE DO ASSERT MOVE EXCEPTION THEN'
  ).split(' '),
);

/** Words followed by "(" that are SQL syntax, not functions to look up in pg_proc. */
const syntaxCalls = new Set(
  (
    'IF IN VALUES EXISTS ANY ALL SOME CAST EXTRACT POSITION TRIM OVERLAY COALESCE NULLIF GREATEST LEAST ROW ARRAY AND OR NOT ' +
    'WHEN THEN ELSE ON USING AS INTO RETURNS RETURN TABLE VARCHAR NUMERIC DECIMAL CHAR CHARACTER TIMESTAMP INTERVAL KEY UNIQUE ' +
    'CHECK REFERENCES PRIMARY OVER FILTER WITHIN SELECT WHILE CALL PERFORM EXECUTE RAISE NOTICE EXCEPTION FROM WHERE BY ' +
    'INTEGER INT SMALLINT BIGINT BOOLEAN TEXT DATE TIME BYTEA REAL FLOAT DOUBLE VARYING LIKE BETWEEN IS NULL CASE UNION ' +
    'GROUPING SETS CUBE ROLLUP XMLELEMENT XMLFOREST XMLAGG JSON_OBJECT CURSOR RECORD FOR LOOP UPDATE INSERT DELETE SET ' +
    'JOIN LEFT RIGHT INNER OUTER FULL CROSS LATERAL ORDER LIMIT OFFSET HAVING TRUE FALSE DEFAULT NEW OLD DISTINCT END ' +
    'ELSIF DECLARE BEGIN COLLATE VARIADIC OUT INOUT CONSTRAINT'
  ).split(' '),
);

const oracleExceptionNames: Record<string, string> = {
  DUP_VAL_ON_INDEX: 'unique_violation',
  ZERO_DIVIDE: 'division_by_zero',
  INVALID_NUMBER: 'invalid_text_representation',
  VALUE_ERROR: 'data_exception',
  TIMEOUT_ON_RESOURCE: 'lock_not_available',
};

/** Index of the last END that closes the routine (END [name] ; at the end of the tokens). */
function finalEnd(toks: Tok[]): number {
  for (let i = toks.length - 1; i >= 0; i--) if (isWord(toks[i], 'END')) return i;
  return -1;
}

/** Index of the first BEGIN at depth 0 from `from` (not inside parentheses), skipping nested routine bodies. */
function firstBegin(toks: Tok[], from: number): number {
  let depth = 0;
  for (let i = from; i < toks.length; i++) {
    if (isText(toks[i], '(')) depth++;
    else if (isText(toks[i], ')')) depth--;
    else if (depth === 0 && isWord(toks[i], 'BEGIN')) return i;
  }
  return -1;
}

/** The converted PL/pgSQL text as tokens again, so names inside rewritten expressions are seen too. */
function retokenize(text: string): Tok[] {
  return tokenize(text, postgres.lexer)
    .filter(significant)
    .map((tok) => ({ tok, pre: '', text: tok.text }));
}

/** Functions called in converted body tokens (not table names after INTO / FROM, not SQL syntax). */
function collectCalls(toks: Tok[], locals: Set<string>): string[] {
  const calls = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.tok.type !== 'word' || !isText(toks[i + 1], '(') || isText(toks[i - 1], '.')) continue;
    if (
      isWord(
        toks[i - 1],
        'INTO',
        'FROM',
        'JOIN',
        'TABLE',
        'UPDATE',
        'ON',
        'REFERENCES',
        'INDEX',
        'TYPE',
        'FUNCTION',
        'PROCEDURE',
        'TRIGGER',
        'EXISTS',
      )
    )
      continue;
    if (syntaxCalls.has(t.tok.value)) continue;
    const name = nameOf(t);
    if (locals.has(name)) continue;
    calls.add(name);
  }
  return [...calls];
}

/** Relations created inside the body (temporary tables) are not expected in the schema. */
function createdInBody(toks: Tok[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (isWord(toks[i], 'CREATE')) {
      let j = i + 1;
      while (isWord(toks[j], 'TEMPORARY', 'TEMP', 'GLOBAL', 'LOCAL', 'UNLOGGED')) j++;
      if (isWord(toks[j], 'TABLE')) names.add(readName(toks, j + 1).name);
    }
  }
  return names;
}

/** Converts a list of parameter declarations (Oracle: name [IN|OUT|IN OUT] type; MySQL: [IN|OUT|INOUT] name type). */
function convertParams(
  toks: Tok[],
  open: number,
  ctx: ConvertContext,
  rules: RuleHit[],
): { sql: string; end: number; names: string[] } {
  if (!isText(toks[open], '(')) return { sql: '()', end: open, names: [] };
  const close = matchParen(toks, open);
  const forms = profileOf(ctx.dialect).routines;
  const names: string[] = [];
  const params = splitTopLevel(toks, open + 1, close).map(([a, b]) => {
    let i = a;
    let mode = '';
    if (forms.modeBeforeName && isWord(toks[i], 'IN', 'OUT', 'INOUT')) {
      mode = toks[i]!.tok.value;
      i++;
    }
    const name = toks[i]!;
    names.push(nameOf(name));
    i++;
    if (forms.modeAfterName) {
      if (isWord(toks[i], 'IN') && isWord(toks[i + 1], 'OUT')) {
        mode = 'INOUT';
        i += 2;
      } else if (isWord(toks[i], 'IN', 'OUT')) {
        mode = toks[i]!.tok.value;
        i++;
      }
      if (isWord(toks[i], 'NOCOPY')) i++;
    }
    let defaultAt = b;
    for (let k = i; k < b; k++) if (isWord(toks[k], 'DEFAULT') || isText(toks[k], ':=')) defaultAt = k;
    const typeText = render(toks, i, defaultAt).trim();
    let type: string;
    if (typeText.includes('%')) type = typeText;
    else {
      const converted = convertType(toks, i, ctx.dialect);
      rules.push(...converted.rules);
      type = converted.sql;
    }
    const def = defaultAt < b ? ` DEFAULT ${render(toks, defaultAt + 1, b).trim()}` : '';
    return `${mode && mode !== 'IN' ? `${mode} ` : ''}${name.text} ${type}${def}`;
  });
  rules.push({ id: 'plsql.parameters', detail: `${params.length} parameter(s) converted`, line: toks[open]!.tok.line });
  return { sql: `(${params.join(', ')})`, end: close + 1, names };
}

/** Converts declarations of an Oracle declaration section or MySQL DECLARE statements into PL/pgSQL lines. */
function convertDeclarations(decls: Tok[][], ctx: ConvertContext, rules: RuleHit[], blockers: string[]): string[] {
  const lines: string[] = [];
  for (const d of decls) {
    if (d.length === 0) continue;
    const line = d[0]!.tok.line;
    if (isWord(d[0], 'PRAGMA')) {
      blockers.push(`line ${line}: PRAGMA ${d[1]?.text ?? ''} has no PL/pgSQL equivalent`);
      continue;
    }
    if (isWord(d[0], 'TYPE', 'SUBTYPE')) {
      blockers.push(`line ${line}: local type ${d[1]?.text ?? ''}: use a composite type, an array or a domain`);
      continue;
    }
    if (isWord(d[0], 'CURSOR')) {
      // CURSOR c [(params)] IS select → c CURSOR [(params)] FOR select
      const isAt = d.findIndex((t) => isWord(t, 'IS', 'FOR'));
      lines.push(
        `${d[1]!.text} CURSOR ${render(d, 2, isAt).trim()} FOR ${render(rewriteExpressions(d.slice(isAt + 1), ctx, rules)).trim()};`.replace(
          'CURSOR  FOR',
          'CURSOR FOR',
        ),
      );
      continue;
    }
    if (isWord(d[0], 'PROCEDURE', 'FUNCTION')) {
      blockers.push(
        `line ${line}: nested ${d[0]!.tok.value.toLowerCase()} ${d[1]?.text ?? ''}: move it to a separate routine`,
      );
      continue;
    }
    if (isWord(d[1], 'EXCEPTION')) {
      blockers.push(`line ${line}: named exception ${d[0]!.text}: raise and catch a SQLSTATE instead`);
      continue;
    }
    if (isWord(d[1], 'CURSOR') && isWord(d[2], 'FOR')) {
      lines.push(`${d[0]!.text} CURSOR FOR ${render(rewriteExpressions(d.slice(3), ctx, rules)).trim()};`);
      continue;
    }
    if (isWord(d[1], 'CONDITION') || isWord(d[1], 'HANDLER') || isWord(d[2], 'HANDLER')) {
      blockers.push(
        `line ${line}: DECLARE … ${isWord(d[1], 'CONDITION') ? 'CONDITION' : 'HANDLER'}: use an EXCEPTION block`,
      );
      continue;
    }
    // name [, name2 …] (MySQL) [CONSTANT] type [NOT NULL] [:= | DEFAULT expr]
    let i = 0;
    const names: string[] = [];
    while (isIdent(d[i])) {
      names.push(d[i]!.text);
      if (isText(d[i + 1], ',')) i += 2;
      else {
        i++;
        break;
      }
    }
    let constant = '';
    if (isWord(d[i], 'CONSTANT')) {
      constant = 'CONSTANT ';
      i++;
    }
    let type: string;
    let end: number;
    if (isText(d[i + 1], '%') || (isText(d[i + 1], '.') && isText(d[i + 3], '%'))) {
      end = d.findIndex((t, k) => k > i && isWord(t, 'TYPE', 'ROWTYPE') && isText(d[k - 1], '%')) + 1;
      type = render(d, i, end).trim();
    } else {
      const converted = convertType(d, i, ctx.dialect);
      rules.push(...converted.rules);
      type = converted.sql;
      end = converted.end;
    }
    const rest = rewriteExpressions(d.slice(end), ctx, rules);
    const restText = render(rest).trim();
    for (const n of names) lines.push(`${n} ${constant}${type}${restText ? ` ${restText}` : ''};`);
  }
  return lines;
}

/** Splits tokens at top-level ";" into statements (each without its ";"). */
function statements(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  let depth = 0;
  for (const t of toks) {
    if (isText(t, '(')) depth++;
    else if (isText(t, ')')) depth--;
    if (depth === 0 && isText(t, ';')) {
      out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * MySQL `@name` user variables outlive the call (they belong to the session) and `@@name` reads a server setting;
 * PL/pgSQL has neither, so each distinct one is a blocker saying what to use instead.
 */
function sessionVariableUses(toks: Tok[]): string[] {
  const seen = new Map<string, number>();
  for (const t of toks)
    if (t.tok.type === 'var' && t.text.startsWith('@') && !seen.has(t.text)) seen.set(t.text, t.tok.line);
  return [...seen].map(([name, line]) =>
    name.startsWith('@@')
      ? `line ${line}: server variable ${name}: read it with current_setting() or SHOW`
      : `line ${line}: user variable ${name} lives for the whole session: use a PL/pgSQL variable, or set_config() / current_setting() if other code reads it`,
  );
}

/**
 * Rewrites the statements of a body (between its outer BEGIN and END). Returns the body text and the DECLARE lines
 * that MySQL keeps inside the block.
 */
function convertBody(
  body: Tok[],
  ctx: ConvertContext,
  rules: RuleHit[],
  blockers: string[],
  kind: 'trigger' | 'procedure' | 'function',
): { text: string; declarations: string[]; toks: Tok[]; locals: Set<string> } {
  const forms = profileOf(ctx.dialect).routines;
  const declarations: string[] = [];
  const locals = new Set<string>();
  let toks = body;

  if (forms.sessionVariables) blockers.push(...sessionVariableUses(toks));

  // MySQL: DECLARE statements at the top of the block move to the DECLARE section.
  if (forms.declarationsInBlock) {
    const stmts = statements(toks);
    const decls: Tok[][] = [];
    let k = 0;
    while (k < stmts.length && isWord(stmts[k]![0], 'DECLARE')) {
      decls.push(stmts[k]!.slice(1));
      k++;
    }
    if (decls.length) {
      rules.push({
        id: 'plsql.declare',
        detail: `${decls.length} DECLARE statement(s) moved to the DECLARE section`,
        line: decls[0]![0]?.tok.line ?? 0,
      });
      for (const dd of decls) if (isIdent(dd[0])) locals.add(nameOf(dd[0]));
      declarations.push(...convertDeclarations(decls, ctx, rules, blockers));
      let count = 0;
      let cut = 0;
      let depth = 0;
      for (; cut < toks.length && count < decls.length; cut++) {
        if (isText(toks[cut], '(')) depth++;
        else if (isText(toks[cut], ')')) depth--;
        else if (depth === 0 && isText(toks[cut], ';')) count++;
      }
      toks = toks.slice(cut);
    }
  }

  // :NEW / :OLD first, so they are also replaced inside expressions the next pass rewrites as a whole (NVL(:NEW.x …)).
  toks = toks.map((t) => {
    if (t.tok.type !== 'var' || !/^:(new|old)$/i.test(t.tok.text)) return t;
    if (!rules.some((r) => r.id === 'plsql.new-old'))
      rules.push({ id: 'plsql.new-old', detail: ':NEW / :OLD → NEW / OLD', line: t.tok.line });
    const word = t.tok.text.slice(1).toUpperCase();
    return { ...t, tok: { ...t.tok, type: 'word', text: word, value: word }, text: word };
  });
  toks = rewriteExpressions(toks, ctx, rules);
  const out: Tok[] = [];
  const note = (id: RuleHit['id'], detail: string, line: number) => {
    if (!rules.some((r) => r.id === id && r.detail === detail)) rules.push({ id, detail, line });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const line = t.tok.line;
    const start = startsStatement(toks, i);
    // :NEW / :OLD
    if (t.tok.type === 'var' && /^:(new|old)$/i.test(t.tok.text)) {
      note('plsql.new-old', ':NEW / :OLD → NEW / OLD', line);
      out.push({ ...t, text: t.tok.text.slice(1).toUpperCase() });
      continue;
    }
    if (t.tok.type === 'var' && t.tok.text.startsWith(':')) {
      blockers.push(`line ${line}: bind variable ${t.tok.text}`);
    }
    if (isWord(t, 'INSERTING', 'UPDATING', 'DELETING') && forms.triggerPredicates) {
      note('plsql.trigger-predicates', `${t.tok.value} → TG_OP test`, line);
      out.push({
        ...t,
        text: `(TG_OP = '${t.tok.value.replace('ING', '').replace('UPDAT', 'UPDATE').replace('INSERT', 'INSERT').replace('DELET', 'DELETE')}')`,
      });
      continue;
    }
    if (isWord(t) && oracleExceptionNames[t.tok.value] && isWord(toks[i - 1], 'WHEN', 'OR')) {
      note('plsql.exception-names', `${t.tok.value} → ${oracleExceptionNames[t.tok.value]}`, line);
      out.push({ ...t, text: oracleExceptionNames[t.tok.value]! });
      continue;
    }
    if (isWord(t, 'ELSEIF')) {
      note('plsql.elseif', 'ELSEIF → ELSIF', line);
      out.push({ ...t, text: 'ELSIF' });
      continue;
    }
    if (forms.executeImmediate && isWord(t, 'EXECUTE') && isWord(toks[i + 1], 'IMMEDIATE')) {
      out.push(t);
      i++;
      continue;
    }
    // MySQL labels: lbl: BEGIN / LOOP / WHILE → <<lbl>>
    if (
      start &&
      forms.colonLabels &&
      isIdent(t) &&
      isText(toks[i + 1], ':') &&
      isWord(toks[i + 2], 'BEGIN', 'LOOP', 'WHILE', 'REPEAT')
    ) {
      note('plsql.label', `${t.text}: → <<${t.text}>>`, line);
      out.push({ ...t, text: `<<${t.text}>>` });
      locals.add(nameOf(t));
      i++;
      continue;
    }
    if (start && forms.colonLabels && isWord(t, 'LEAVE', 'ITERATE')) {
      note('plsql.label', `${t.tok.value} → ${t.tok.value === 'LEAVE' ? 'EXIT' : 'CONTINUE'}`, line);
      out.push({ ...t, text: t.tok.value === 'LEAVE' ? 'EXIT' : 'CONTINUE' });
      continue;
    }
    // MySQL: SET x = expr → x := expr
    if (start && forms.setAssigns && isWord(t, 'SET')) {
      let j = i + 1;
      while (j < toks.length && !isText(toks[j], '=') && !isText(toks[j], ';')) j++;
      if (isText(toks[j], '=')) {
        note('plsql.assignment', 'SET x = … → x := …', line);
        out.push({ ...toks[i + 1]!, pre: t.pre });
        for (let k = i + 2; k < j; k++) out.push(toks[k]!);
        out.push({ ...toks[j]!, text: ':=' });
        i = j;
        continue;
      }
    }
    if (start && forms.signal && isWord(t, 'SIGNAL')) {
      const msgAt = toks.findIndex((x, k) => k > i && isWord(x, 'MESSAGE_TEXT'));
      const msg = msgAt > 0 ? toks[msgAt + 2]?.text : "'error'";
      const stateTok = toks[i + 2]?.tok.type === 'string' ? toks[i + 2] : toks[i + 3];
      let j = i;
      while (j < toks.length && !isText(toks[j], ';')) j++;
      note('plsql.raise', 'SIGNAL → RAISE EXCEPTION', line);
      out.push({
        ...t,
        text: `RAISE EXCEPTION USING MESSAGE = ${msg}${stateTok?.tok.type === 'string' ? `, ERRCODE = ${stateTok.text}` : ''}`,
      });
      i = j - 1;
      continue;
    }
    // RAISE_APPLICATION_ERROR(code, message)
    if (isWord(t, 'RAISE_APPLICATION_ERROR') && isText(toks[i + 1], '(')) {
      const close = matchParen(toks, i + 1);
      const args = splitTopLevel(toks, i + 2, close).map(([a, b]) => render(toks, a, b).trim());
      note('plsql.raise', 'RAISE_APPLICATION_ERROR → RAISE EXCEPTION', line);
      out.push({
        ...t,
        text: `RAISE EXCEPTION USING MESSAGE = ${args[1] ?? "''"}, HINT = 'Oracle error ${args[0]?.replace(/'/g, '') ?? ''}'`,
      });
      i = close;
      continue;
    }
    // DBMS_OUTPUT.PUT_LINE(x)
    if (
      isWord(t, 'DBMS_OUTPUT') &&
      isText(toks[i + 1], '.') &&
      isWord(toks[i + 2], 'PUT_LINE') &&
      isText(toks[i + 3], '(')
    ) {
      const close = matchParen(toks, i + 3);
      note('plsql.dbms-output', 'DBMS_OUTPUT.PUT_LINE → RAISE NOTICE', line);
      out.push({ ...t, text: `RAISE NOTICE '%', ${render(toks, i + 4, close).trim()}` });
      i = close;
      continue;
    }
    // FOR r IN (SELECT …) LOOP → FOR r IN SELECT … LOOP, with r declared as record
    if (
      start &&
      isWord(t, 'FOR') &&
      isIdent(toks[i + 1]) &&
      isWord(toks[i + 2], 'IN') &&
      isText(toks[i + 3], '(') &&
      isWord(toks[i + 4], 'SELECT')
    ) {
      const close = matchParen(toks, i + 3);
      declarations.push(`${toks[i + 1]!.text} record;`);
      locals.add(nameOf(toks[i + 1]));
      out.push(t, toks[i + 1]!, toks[i + 2]!);
      out.push(...toks.slice(i + 4, close));
      i = close;
      continue;
    }
    // Procedure call statement: name(args); or name;
    if (start && forms.bareCalls && isIdent(t) && !plKeywords.has(t.tok.value) && !locals.has(nameOf(t))) {
      let j = i + 1;
      while (isText(toks[j], '.') && isIdent(toks[j + 1])) j += 2;
      const afterName = toks[j];
      const isCall =
        isText(afterName, ';') ||
        afterName === undefined ||
        (isText(afterName, '(') &&
          !isText(toks[matchParen(toks, j) + 1], ':=') &&
          !isText(toks[matchParen(toks, j) + 1], '='));
      if (isCall && !isText(afterName, ':=') && !(forms.callStatement && isWord(t, 'CALL'))) {
        const name = render(toks, i, j).trim();
        const isFunction = !ctx.procedures.has(nameOf(toks[j - 1]));
        const verb =
          isFunction && ctx.procedures.size > 0 && !ctx.procedures.has(nameOf(toks[j - 1])) ? 'PERFORM' : 'CALL';
        note('plsql.call', `${name} → ${verb} ${name}(…)`, line);
        out.push({ ...t, text: `${verb} ${name}` });
        for (let k = i + 1; k < j; k++) out.push({ ...toks[k]!, text: '' });
        if (!isText(afterName, '(')) out.push({ ...t, pre: '', text: '()' });
        i = j - 1;
        continue;
      }
    }
    if (
      kind === 'function' &&
      forms.selectReturnsRows &&
      start &&
      isWord(t, 'SELECT') &&
      !toks
        .slice(
          i,
          toks.findIndex((x, k) => k > i && isText(x, ';')),
        )
        .some((x) => isWord(x, 'INTO'))
    ) {
      blockers.push(`line ${line}: SELECT without INTO returns a result set; a PostgreSQL function must RETURN QUERY`);
    }
    if (kind === 'procedure' && start && isWord(t, 'SELECT')) {
      const end = toks.findIndex((x, k) => k > i && isText(x, ';'));
      const stmt = toks.slice(i, end === -1 ? toks.length : end);
      if (!stmt.some((x) => isWord(x, 'INTO')))
        blockers.push(
          `line ${line}: SELECT without INTO returns a result set to the caller; rewrite as a function RETURNS TABLE / SETOF or a refcursor`,
        );
    }
    out.push(t);
  }
  // MySQL WHILE … DO … END WHILE → WHILE … LOOP … END LOOP
  for (let i = 0; i < out.length; i++) {
    if (forms.doLoops && isWord(out[i], 'DO')) out[i] = { ...out[i]!, text: 'LOOP' };
    if (forms.doLoops && isWord(out[i], 'END') && isWord(out[i + 1], 'WHILE'))
      out[i + 1] = { ...out[i + 1]!, text: 'LOOP' };
    if (forms.doLoops && isWord(out[i], 'REPEAT'))
      blockers.push(`line ${out[i]!.tok.line}: REPEAT … UNTIL: rewrite as LOOP … EXIT WHEN … END LOOP`);
  }
  return { text: render(out, 0, out.length, true), declarations, toks: out, locals };
}

/** The sequence-plus-trigger key pattern inside an Oracle BEFORE INSERT row trigger body. */
function extractSequenceKey(body: Tok[]): { body: Tok[]; column: string; sequence: string } | undefined {
  // SELECT seq.NEXTVAL INTO :NEW.col FROM DUAL ;   or   :NEW.col := seq.NEXTVAL ;
  for (let i = 0; i < body.length; i++) {
    let seq = '';
    let col = '';
    let end = -1;
    if (
      isWord(body[i], 'SELECT') &&
      isIdent(body[i + 1]) &&
      isText(body[i + 2], '.') &&
      isWord(body[i + 3], 'NEXTVAL') &&
      isWord(body[i + 4], 'INTO')
    ) {
      if (
        body[i + 5]?.tok.type === 'var' &&
        /^:new$/i.test(body[i + 5]!.tok.text) &&
        isText(body[i + 6], '.') &&
        isIdent(body[i + 7])
      ) {
        seq = nameOf(body[i + 1]);
        col = nameOf(body[i + 7]);
        end = i + 8;
        if (isWord(body[end], 'FROM') && isWord(body[end + 1], 'DUAL')) end += 2;
      }
    } else if (
      body[i]?.tok.type === 'var' &&
      /^:new$/i.test(body[i]!.tok.text) &&
      isText(body[i + 1], '.') &&
      isIdent(body[i + 2]) &&
      isText(body[i + 3], ':=') &&
      isIdent(body[i + 4]) &&
      isText(body[i + 5], '.') &&
      isWord(body[i + 6], 'NEXTVAL')
    ) {
      col = nameOf(body[i + 2]);
      seq = nameOf(body[i + 4]);
      end = i + 7;
    }
    if (!seq || !isText(body[end], ';')) continue;
    let from = i;
    let to = end + 1;
    // Wrapped in IF [(] :NEW.col IS NULL [)] THEN … END IF;
    const k = i - 1;
    if (isWord(body[k], 'THEN')) {
      let j = k - 1;
      if (isText(body[j], ')')) j--;
      if (isWord(body[j], 'NULL') && isWord(body[j - 1], 'IS') && nameOf(body[j - 2]) === col) {
        let s = j - 3;
        if (isText(body[s], '.')) s--;
        if (isText(body[s - 1], '(')) s--;
        if (
          isWord(body[s - 1], 'IF') &&
          isWord(body[to], 'END') &&
          isWord(body[to + 1], 'IF') &&
          isText(body[to + 2], ';')
        ) {
          from = s - 1;
          to = to + 3;
        }
      }
    }
    const rest = [...body.slice(0, from), ...body.slice(to)];
    if (rest[0] && body[from]) rest[0] = { ...rest[0], pre: from === 0 ? body[from]!.pre : rest[0].pre };
    return { body: rest, column: col, sequence: seq };
  }
  return undefined;
}

/** Oracle or MySQL CREATE TRIGGER → trigger function + CREATE TRIGGER. */
export function convertTrigger(
  toks: Tok[],
  ctx: ConvertContext,
  rules: RuleHit[],
  name: string,
  table: string,
): RoutineResult {
  const blockers: string[] = [];
  const warnings: string[] = [];
  const forms = profileOf(ctx.dialect).routines;
  const line = toks[0]!.tok.line;
  if (!forms.rewritten) return tsqlRoutine(toks, 'trigger');
  if (toks.some((t) => isWord(t, 'COMPOUND'))) {
    return {
      sql: `${render(toks)};`,
      blockers: ['compound trigger: split it into separate statement and row triggers'],
      references: [table],
      calls: [],
      warnings,
    };
  }
  // Header: from TRIGGER name to the body
  let i = toks.findIndex((t) => isWord(t, 'TRIGGER')) + 1;
  i = readName(toks, i).end;
  const timing: string[] = [];
  while (i < toks.length && !isWord(toks[i], 'ON')) {
    timing.push(toks[i]!.text);
    i++;
  }
  const onTable = readName(toks, i + 1);
  i = onTable.end;
  let forEachRow = false;
  let when = '';
  const newAlias: string[] = [];
  while (i < toks.length && !isWord(toks[i], 'BEGIN', 'DECLARE')) {
    if (isWord(toks[i], 'FOR') && isWord(toks[i + 1], 'EACH') && isWord(toks[i + 2], 'ROW')) {
      forEachRow = true;
      i += 3;
      continue;
    }
    if (isWord(toks[i], 'REFERENCING')) {
      i++;
      while (isWord(toks[i], 'NEW', 'OLD', 'PARENT')) {
        const which = toks[i]!.tok.value;
        const alias = isWord(toks[i + 1], 'AS') ? toks[i + 2] : toks[i + 1];
        if (alias && nameOf(alias) !== which.toLowerCase()) newAlias.push(`${nameOf(alias)}=${which}`);
        i += isWord(toks[i + 1], 'AS') ? 3 : 2;
      }
      continue;
    }
    if (isWord(toks[i], 'WHEN') && isText(toks[i + 1], '(')) {
      const close = matchParen(toks, i + 1);
      when = render(rewriteExpressions(toks.slice(i + 1, close + 1), ctx, rules)).replace(/\b(new|old)\./gi, (m) =>
        m.toUpperCase(),
      );
      i = close + 1;
      continue;
    }
    if (isWord(toks[i], 'FOLLOWS', 'PRECEDES')) {
      i += 2;
      continue;
    }
    if (forms.singleStatementTriggers) break; // single-statement body
    i++;
  }
  // Body: Oracle [DECLARE …] BEGIN … END; MySQL BEGIN … END or one statement.
  let declarations: Tok[][] = [];
  let body: Tok[];
  if (isWord(toks[i], 'DECLARE')) {
    const begin = firstBegin(toks, i + 1);
    declarations = statements(toks.slice(i + 1, begin));
    i = begin;
  }
  if (isWord(toks[i], 'BEGIN')) {
    const end = finalEnd(toks);
    body = toks.slice(i + 1, end);
  } else {
    body = toks.slice(i);
    if (body.length && !isText(body[body.length - 1], ';'))
      body = [
        ...body,
        { ...body[0]!, pre: '', text: ';', tok: { ...body[0]!.tok, type: 'punct', text: ';', value: ';' } },
      ];
  }
  // Aliases from REFERENCING: :n → :NEW
  if (newAlias.length) {
    body = body.map((t) => {
      for (const a of newAlias) {
        const [alias, which] = a.split('=');
        if (t.tok.type === 'var' && t.tok.text.slice(1).toLowerCase() === alias)
          return { ...t, tok: { ...t.tok, text: `:${which}` } };
      }
      return t;
    });
  }
  let sequenceDefault: RoutineResult['sequenceDefault'];
  const isBeforeInsert = timing.some((w) => /^before$/i.test(w)) && timing.some((w) => /^insert$/i.test(w));
  if (forms.sequenceTriggers && isBeforeInsert && forEachRow) {
    const key = extractSequenceKey(body);
    if (key) {
      sequenceDefault = { table: onTable.name, column: key.column, sequence: key.sequence };
      body = key.body;
      rules.push({
        id: 'identity.sequence-trigger',
        detail: `${key.sequence}.NEXTVAL in trigger → ${onTable.name}.${key.column} DEFAULT nextval('${key.sequence}')`,
        line,
      });
    }
  }
  const keyDefault = sequenceDefault
    ? `ALTER TABLE ${onTable.text} ALTER COLUMN ${pgIdent(sequenceDefault.column)} SET DEFAULT nextval('${sequenceDefault.sequence}');\nALTER SEQUENCE ${pgIdent(sequenceDefault.sequence)} OWNED BY ${onTable.text}.${pgIdent(sequenceDefault.column)};`
    : '';
  const remaining = body.filter((t) => !isText(t, ';') && !isWord(t, 'NULL'));
  if (sequenceDefault && remaining.length === 0) {
    return {
      sql: keyDefault,
      blockers,
      references: [onTable.name, sequenceDefault.sequence],
      calls: [],
      warnings,
      sequenceDefault,
    };
  }
  const converted = convertBody(body, ctx, rules, blockers, 'trigger');
  const decl = [...convertDeclarations(declarations, ctx, rules, blockers), ...converted.declarations];
  const isBefore = timing.some((w) => /^before$/i.test(w));
  const events = timing.join(' ').replace(/\s+/g, ' ');
  const hasDelete = /\bdelete\b/i.test(events);
  const onlyDelete = hasDelete && !/\b(insert|update)\b/i.test(events);
  let ret = 'RETURN NULL;';
  if (isBefore && forEachRow)
    ret = onlyDelete
      ? 'RETURN OLD;'
      : hasDelete
        ? "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n  RETURN NEW;"
        : 'RETURN NEW;';
  if (/instead/i.test(events))
    ret = hasDelete ? "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n  RETURN NEW;" : 'RETURN NEW;';
  const fn = pgIdent(`${name}_fn`);
  const bodyText = converted.text.trim();
  const sql = [
    keyDefault,
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$`,
    decl.length ? `DECLARE\n  ${decl.join('\n  ')}` : '',
    `BEGIN\n  ${bodyText}\n  ${ret}\nEND;\n$fn$;`,
    `CREATE TRIGGER ${pgIdent(name)} ${events} ON ${onTable.text} FOR EACH ${forEachRow ? 'ROW' : 'STATEMENT'}${when ? ` WHEN ${when}` : ''} EXECUTE FUNCTION ${fn}();`,
  ]
    .filter(Boolean)
    .join('\n');
  rules.push({ id: 'plsql.trigger-function', detail: `trigger body → function ${fn}() + CREATE TRIGGER`, line });
  const final = retokenize(converted.text);
  const created = createdInBody(final);
  return {
    sql,
    blockers,
    references: [...new Set([onTable.name, ...relationsIn(final).filter((r) => !created.has(r))])],
    calls: collectCalls(final, converted.locals),
    warnings,
    ...(sequenceDefault ? { sequenceDefault } : {}),
  };
}

/** Oracle or MySQL CREATE PROCEDURE / FUNCTION → PL/pgSQL routine. */
export function convertRoutine(
  toks: Tok[],
  ctx: ConvertContext,
  rules: RuleHit[],
  kind: 'procedure' | 'function',
): RoutineResult {
  const forms = profileOf(ctx.dialect).routines;
  if (!forms.rewritten) return tsqlRoutine(toks, kind, ctx, rules);
  const blockers: string[] = [];
  const line = toks[0]!.tok.line;
  let i = toks.findIndex((t) => isWord(t, 'PROCEDURE', 'FUNCTION', 'PROC')) + 1;
  const name = readName(toks, i);
  i = name.end;
  const params = convertParams(toks, i, ctx, rules);
  i = params.end;
  let returns = '';
  let security = '';
  let volatility = '';
  // Header up to IS/AS (Oracle) or BEGIN / label (MySQL)
  while (i < toks.length) {
    const t = toks[i]!;
    if (isWord(t, 'RETURN', 'RETURNS')) {
      const type = convertType(toks, i + 1, ctx.dialect);
      rules.push(...type.rules);
      returns = ` RETURNS ${type.sql}`;
      i = type.end;
      continue;
    }
    if (forms.declarationSection && isWord(t, 'IS', 'AS')) {
      i++;
      break;
    }
    if (
      forms.declarationsInBlock &&
      (isWord(t, 'BEGIN') || (isIdent(t) && isText(toks[i + 1], ':') && isWord(toks[i + 2], 'BEGIN')))
    )
      break;
    if (isWord(t, 'AUTHID')) {
      security = isWord(toks[i + 1], 'DEFINER') ? ' SECURITY DEFINER' : '';
      i += 2;
      continue;
    }
    if (isWord(t, 'SQL') && isWord(toks[i + 1], 'SECURITY')) {
      security = isWord(toks[i + 2], 'DEFINER') ? ' SECURITY DEFINER' : '';
      i += 3;
      continue;
    }
    if (isWord(t, 'PIPELINED'))
      blockers.push(`line ${t.tok.line}: PIPELINED function: rewrite as RETURNS SETOF … with RETURN NEXT`);
    if (isWord(t, 'DETERMINISTIC') && !isWord(toks[i - 1], 'NOT')) volatility = '';
    if (isWord(t, 'LANGUAGE') && !isWord(toks[i + 1], 'SQL'))
      blockers.push(`line ${t.tok.line}: external ${render(toks, i, i + 2)} routine`);
    if (isWord(t, 'COMMENT') && toks[i + 1]?.tok.type === 'string') i++;
    i++;
  }
  // Oracle declaration section up to BEGIN
  let declarations: Tok[][] = [];
  if (forms.declarationSection) {
    const begin = firstBegin(toks, i);
    if (begin === -1) {
      return {
        sql: `${render(toks)};`,
        blockers: ['no BEGIN … END body found (external or call-spec routine)'],
        references: [],
        calls: [],
        warnings: [],
      };
    }
    declarations = statements(toks.slice(i, begin));
    i = begin;
  }
  let label = '';
  if (forms.colonLabels && isIdent(toks[i]) && isText(toks[i + 1], ':')) {
    label = `<<${toks[i]!.text}>>\n`;
    rules.push({
      id: 'plsql.label',
      detail: `${toks[i]!.text}: BEGIN → <<${toks[i]!.text}>> BEGIN`,
      line: toks[i]!.tok.line,
    });
    i += 2;
  }
  const end = finalEnd(toks);
  const bodyToks = isWord(toks[i], 'BEGIN') ? toks.slice(i + 1, end) : toks.slice(i);
  if (end > 0 && isIdent(toks[end + 1]) && forms.endLabels)
    rules.push({ id: 'plsql.end-label', detail: `END ${toks[end + 1]!.text}; → END;`, line: toks[end]!.tok.line });
  const converted = convertBody(bodyToks, ctx, rules, blockers, kind);
  const decl = [...convertDeclarations(declarations, ctx, rules, blockers), ...converted.declarations];
  for (const dd of declarations) if (isIdent(dd[0])) converted.locals.add(nameOf(dd[0]));
  for (const p of params.names) converted.locals.add(p);
  if (kind === 'function' && !returns) returns = ' RETURNS void';
  const header = `CREATE OR REPLACE ${kind.toUpperCase()} ${name.text}${params.sql}${kind === 'function' ? returns : ''}`;
  const sql = [
    `${header}\nLANGUAGE plpgsql${security}${volatility}\nAS $body$`,
    label.trim(),
    decl.length ? `DECLARE\n  ${decl.join('\n  ')}` : '',
    `BEGIN\n  ${converted.text.trim()}\nEND;\n$body$;`,
  ]
    .filter(Boolean)
    .join('\n');
  rules.push({ id: 'plsql.routine', detail: `${kind} ${name.name} → LANGUAGE plpgsql`, line });
  const final = retokenize(converted.text);
  const created = createdInBody(final);
  return {
    sql,
    blockers,
    references: relationsIn(final).filter((r) => !created.has(r) && !converted.locals.has(r)),
    calls: collectCalls(final, converted.locals).filter((c) => c !== name.name),
    warnings: [],
  };
}

/**
 * T-SQL procedures and scalar functions: the body is rewritten by tsql-body.ts when every statement in it has a
 * faithful PL/pgSQL form; otherwise (and for triggers) it is reported with the reason, and PostgreSQL still parses
 * the source so its own error is shown.
 */
function tsqlRoutine(toks: Tok[], kind: string, ctx?: ConvertContext, rules: RuleHit[] = []): RoutineResult {
  const converted =
    ctx && (kind === 'procedure' || kind === 'function') ? convertTsqlRoutine(toks, ctx, rules, kind) : undefined;
  if (converted && 'sql' in converted) {
    const final = retokenize(converted.body);
    const locals = new Set(final.filter((t) => /^[pv]_/.test(t.text)).map((t) => nameOf(t)));
    return {
      sql: converted.sql,
      blockers: [],
      references: relationsIn(final).filter((r) => !createdInBody(final).has(r)),
      calls: collectCalls(final, locals),
      warnings: converted.warnings,
    };
  }
  const blockers = [
    kind === 'procedure'
      ? `T-SQL procedure: rewrite in PL/pgSQL${converted ? ` (${converted.blocker})` : ' (result sets become RETURNS TABLE functions, @parameters become named parameters)'}`
      : `T-SQL ${kind}: rewrite in PL/pgSQL${converted ? ` (${converted.blocker})` : ''}`,
  ];
  return { sql: `${render(toks)};`, blockers, references: relationsIn(toks), calls: [], warnings: [] };
}
