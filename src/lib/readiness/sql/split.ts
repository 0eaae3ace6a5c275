/**
 * Splits a script into statements the way each dialect's own client does: SQL*Plus (`;`, `/` after PL/SQL blocks,
 * line commands such as PROMPT and REM), sqlcmd (GO batches, :setvar and $(var)), the mysql client (DELIMITER) and
 * psql. Every statement keeps its tokens and its first and last line.
 */
import { newlines, readToken, significant, tokenize, type LexerRules, type Token } from './lexer.ts';

/** A client command read at a line start: how far it runs and what it changes. */
export interface ClientCommand {
  /** The command continues on the next line while a line ends with "-" (SQL*Plus). */
  continues?: boolean;
  /** A variable defined for later $(name) substitution (sqlcmd :setvar). */
  setvar?: { name: string; value: string };
  /** The new statement terminator (mysql DELIMITER). */
  delimiter?: string;
}

/** How one database's client splits a script: declared here, implemented by each dialect module. */
export interface SplitRules {
  lexer: LexerRules;
  /** A line that ends the batch (sqlcmd GO); `repeated` when the client runs the batch more than once (GO 5). */
  batchSeparator?: (trimmedLine: string) => { repeated: boolean } | undefined;
  /** A line holding only "/" ends the statement, and "." ends a block being typed (SQL*Plus). */
  slashLines: boolean;
  /** Statements that hold `;` inside and end at "/" or at the next top-level statement (PL/SQL blocks). */
  blockStart?: RegExp;
  /** Statements that run to the end of the batch (T-SQL CREATE PROCEDURE / VIEW …). */
  wholeBatch?: RegExp;
  /** First words of statements that keep their `;` inside (T-SQL IF / WHILE / BEGIN). */
  compoundStart?: RegExp;
  /** Statements need no terminator: one of these keywords at the top level starts the next statement (T-SQL). */
  statementStarts?: ReadonlySet<string>;
  /** A client command on a line of its own (SQL*Plus PROMPT, sqlcmd :setvar, mysql DELIMITER, psql \connect). */
  lineCommand?: (lineText: string) => ClientCommand | undefined;
  /** Client commands may be indented: whitespace stops at a line start so the line is seen whole (sqlcmd). */
  indentedCommands: boolean;
}

export interface RawStatement {
  /** Position in the script, from 0. */
  index: number;
  /** 'client' for commands the client program runs itself (PROMPT, GO, DELIMITER, :setvar, \connect …). */
  origin: 'sql' | 'client';
  /** Source text from the first to the last significant token (terminator excluded). */
  text: string;
  tokens: Token[];
  startLine: number;
  endLine: number;
  /** Set when the lexer met an unterminated string, identifier or comment. */
  problem?: string;
  /** SQLCMD $(var) substitutions made in this statement. */
  substitutions?: string[];
}

export interface SplitScript {
  statements: RawStatement[];
  /** SQLCMD variables defined with :setvar. */
  variables: Record<string, string>;
}

/** After these a statement keyword continues the current statement (ON DELETE, AFTER INSERT, INSERT … SELECT). */
const noSplitAfter = new Set(['ON', 'FOR', 'AFTER', 'INSTEAD', 'OF', 'BEFORE', 'NOT', 'OR', 'AND', 'THEN', 'ELSE']);

/** Splits `script` into statements with one client's `rules`. Never throws; problems are attached to statements. */
export function splitScript(script: string, rules: SplitRules): SplitScript {
  const src = script.replace(/\r\n?/g, '\n');
  const statements: RawStatement[] = [];
  const variables: Record<string, string> = {};
  let pos = 0;
  let line = 1;
  let current: Token[] = [];
  let problem: string | undefined;
  let delimiter = ';';
  let pendingSubstitutions: string[] = [];

  const firstSignificant = () => current.find(significant);
  const head = (n: number) =>
    current
      .filter(significant)
      .slice(0, n)
      .map((t) => t.text)
      .join(' ');

  const flush = () => {
    // SQLCMD $(var): substitute the :setvar value and read the statement again.
    // sqlcmd also substitutes inside [bracketed] names, e.g. USE [$(DatabaseName)].
    const inBrackets = (t: Token) =>
      t.type === 'qident' &&
      /\$\((\w+)\)/.test(t.text) &&
      t.text.replace(/\$\((\w+)\)/g, (m, v: string) => variables[v.toUpperCase()] ?? m) !== t.text;
    if (
      rules.lexer.sqlcmdVariables &&
      current.some(
        (t) =>
          (t.type === 'var' && t.text.startsWith('$(') && t.text.slice(2, -1).toUpperCase() in variables) ||
          inBrackets(t),
      )
    ) {
      const substitutions: string[] = [];
      const text = current
        .map((t) => {
          if (inBrackets(t)) {
            const value = t.text.replace(/\$\((\w+)\)/g, (m, v: string) => variables[v.toUpperCase()] ?? m);
            substitutions.push(`${t.text} → ${value}`);
            return value;
          }
          if (t.type !== 'var' || !t.text.startsWith('$(')) return t.text;
          const value = variables[t.text.slice(2, -1).toUpperCase()];
          if (value === undefined) return t.text;
          substitutions.push(`${t.text} → ${value}`);
          return value;
        })
        .join('');
      current = tokenize(text, rules.lexer, current[0]!.line);
      pendingSubstitutions = substitutions;
    }
    const sig = current.filter(significant);
    problem ??= nestingProblem(sig);
    if (sig.length > 0) {
      const first = sig[0]!;
      const last = sig[sig.length - 1]!;
      const start = current.indexOf(first);
      const end = current.indexOf(last);
      const tokens = current.slice(start, end + 1);
      statements.push({
        index: statements.length,
        origin: 'sql',
        text: tokens.map((t) => t.text).join(''),
        tokens,
        startLine: first.line,
        endLine: last.line + newlines(last.text),
        ...(problem ? { problem } : {}),
        ...(pendingSubstitutions.length ? { substitutions: pendingSubstitutions } : {}),
      });
    } else if (problem) {
      // An unterminated comment swallows the rest of the script: keep it as a statement that cannot be parsed.
      const tokens = current.filter((t) => t.type !== 'ws');
      statements.push({
        index: statements.length,
        origin: 'sql',
        text: tokens.map((t) => t.text).join(''),
        tokens,
        startLine: tokens[0]?.line ?? line,
        endLine: line,
        problem: `${problem}: it runs to the end of the script, so nothing after it is read`,
      });
    }
    current = [];
    problem = undefined;
    pendingSubstitutions = [];
  };

  const client = (text: string, startLine: number) => {
    const trimmed = text.trim();
    statements.push({
      index: statements.length,
      origin: 'client',
      text: trimmed,
      tokens: [],
      startLine,
      endLine: startLine + newlines(text.replace(/\s+$/, '')),
    });
  };

  const lineEnd = (from: number) => {
    const e = src.indexOf('\n', from);
    return e === -1 ? src.length : e;
  };

  while (pos < src.length) {
    const atLineStart = pos === 0 || src[pos - 1] === '\n';
    if (atLineStart) {
      const end = lineEnd(pos);
      const lineText = src.slice(pos, end);
      const trimmed = lineText.trim();
      const empty = !firstSignificant();
      const isPlsql = !empty && !!rules.blockStart?.test(head(6));

      const batchEnd = rules.batchSeparator?.(trimmed);
      if (batchEnd) {
        flush();
        // GO n runs the batch n times: kept as a client command so the report says so.
        if (batchEnd.repeated) client(trimmed, line);
        pos = end;
        continue;
      }
      if (rules.slashLines && trimmed === '/') {
        flush();
        pos = end;
        continue;
      }
      if (rules.slashLines && isPlsql && trimmed === '.') {
        flush();
        pos = end;
        continue;
      }
      // A PL/SQL block that was never closed with "/": a new top-level statement after "END [name];" ends it.
      if (isPlsql && /^(CREATE|ALTER|DROP|GRANT|INSERT|COMMENT|PROMPT|REM)\b/i.test(trimmed)) {
        const sig = current.filter(significant);
        const last = sig[sig.length - 1];
        const beforeLast = sig[sig.length - 2];
        const beforeThat = sig[sig.length - 3];
        const endsBlock =
          last?.text === ';' &&
          (beforeLast?.value === 'END' || beforeThat?.value === 'END' || /\bTYPE\b/i.test(head(6)));
        if (endsBlock) flush();
      }
      const command = firstSignificant() ? undefined : rules.lineCommand?.(lineText);
      if (command) {
        let stop = end;
        // SQL*Plus commands end at the end of the line; a trailing "-" continues them.
        if (command.continues) while (/-\s*$/.test(src.slice(pos, stop)) && stop < src.length) stop = lineEnd(stop + 1);
        if (command.setvar) variables[command.setvar.name.toUpperCase()] = command.setvar.value;
        if (command.delimiter) delimiter = command.delimiter;
        client(src.slice(pos, stop), line);
        line += newlines(src.slice(pos, stop));
        pos = stop;
        continue;
      }
    }

    // A custom delimiter (mysql DELIMITER ;; / // / $$), recognised outside strings and comments.
    if (delimiter !== ';' && src.startsWith(delimiter, pos)) {
      flush();
      pos += delimiter.length;
      continue;
    }

    const read = readToken(src, pos, line, rules.lexer);
    let token = read.token;
    // sqlcmd reads GO and :commands after leading blanks: whitespace stops at a line start so the line is seen whole.
    if (rules.indentedCommands && token.type === 'ws' && /\n[ \t]+$/.test(token.text)) {
      const text = token.text.slice(0, token.text.lastIndexOf('\n') + 1);
      token = { ...token, text, value: text };
    }
    const unterminated = read.unterminated;
    // A custom delimiter glued to a word (END$$, END//): the word stops where the delimiter starts.
    if (delimiter !== ';' && token.type === 'word' && token.text.includes(delimiter)) {
      const text = token.text.slice(0, token.text.indexOf(delimiter));
      token = { ...token, text, value: text.toUpperCase() };
    }
    if (unterminated && !problem) {
      const what = token.type === 'comment' ? 'comment' : token.type === 'qident' ? 'quoted identifier' : 'string';
      problem = `Unterminated ${what} starting at line ${token.line}`;
    }

    if (token.text === ';' && token.type === 'punct') {
      const sig = current.filter(significant);
      const isPlsql = sig.length > 0 && !!rules.blockStart?.test(head(6));
      const wholeBatch = sig.length > 0 && !!rules.wholeBatch?.test(head(4));
      const compound = !!rules.compoundStart?.test(sig[0]?.value ?? '');
      const customDelimiter = delimiter !== ';';
      if (isPlsql || wholeBatch || compound || customDelimiter) {
        current.push(token);
      } else {
        flush();
      }
      pos += token.text.length;
      line += newlines(token.text);
      continue;
    }

    // T-SQL needs no terminator: a statement keyword at the top level starts a new statement.
    if (rules.statementStarts && token.type === 'word' && rules.statementStarts.has(token.value)) {
      const sig = current.filter(significant);
      if (sig.length > 0 && shouldSplitImplicitly(sig, token.value, rules.statementStarts, rules.wholeBatch)) flush();
    }

    current.push(token);
    pos += token.text.length;
    line += newlines(token.text);
  }
  flush();
  return { statements, variables };
}

/** Parentheses deeper than this are refused: no schema needs them, and the converters and PostgreSQL recurse. */
export const maxNesting = 500;

/** A clear message with the line when a statement nests parentheses deeper than `maxNesting`. */
function nestingProblem(sig: Token[]): string | undefined {
  let depth = 0;
  for (const t of sig) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    if (depth > maxNesting)
      return `Parentheses nested more than ${maxNesting} deep at line ${t.line}: simplify the expression`;
  }
  return undefined;
}

/** Whether a statement keyword (T-SQL needs no terminator) starts a new statement after the tokens already collected. */
function shouldSplitImplicitly(
  sig: Token[],
  keyword: string,
  statementStarts: ReadonlySet<string>,
  wholeBatch: RegExp | undefined,
): boolean {
  const first = sig[0]!.value;
  const headText = sig
    .slice(0, 4)
    .map((t) => t.value)
    .join(' ');
  if (wholeBatch?.test(headText)) return false;
  if (first === 'IF' || first === 'WHILE' || first === 'BEGIN' || first === 'DECLARE') {
    // IF <condition> <statement>: the IF takes one statement (or a BEGIN … END block) after its condition.
    if (first === 'IF' || first === 'WHILE') return ifStatementComplete(sig, statementStarts);
    if (first === 'BEGIN') return false;
  }
  let depth = 0;
  for (const t of sig) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
  }
  if (depth > 0) return false;
  const prev = sig[sig.length - 1]!;
  if (noSplitAfter.has(prev.value) || prev.text === ',' || prev.text === '(' || prev.text === '=') return false;
  if (first === 'GRANT' || first === 'REVOKE' || first === 'DENY') {
    if (/^(SELECT|INSERT|UPDATE|DELETE|EXECUTE|EXEC|ALTER|CREATE|DROP)$/.test(keyword)) {
      return sig.some((t) => t.value === 'TO' || t.value === 'FROM');
    }
  }
  if (keyword === 'SELECT') {
    // INSERT … SELECT, UNION SELECT, CREATE VIEW … AS SELECT stay together; a SELECT after a finished DDL does not.
    return /^(CREATE|ALTER|DROP|USE|GRANT|SET|PRINT|EXEC|EXECUTE)$/.test(first) && !sig.some((t) => t.value === 'AS');
  }
  if (first === 'ALTER' && /^(DROP|ALTER|SET)$/.test(keyword)) return false;
  if (first === 'UPDATE' && keyword === 'SET') return false;
  if (first === 'CREATE' && sig[1]?.value === 'TRIGGER') return false;
  return true;
}

/** True once an IF/WHILE has its condition and a complete statement after it. */
function ifStatementComplete(sig: Token[], statementStarts: ReadonlySet<string>): boolean {
  // Find the end of the condition: the first top-level statement keyword after IF.
  let depth = 0;
  for (let i = 1; i < sig.length; i++) {
    const t = sig[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && t.type === 'word' && statementStarts.has(t.value) && t.value !== 'SELECT') {
      // The body statement started; it is complete once it has more than its keyword.
      return i < sig.length - 1;
    }
  }
  return false;
}
