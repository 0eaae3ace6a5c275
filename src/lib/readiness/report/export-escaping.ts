/**
 * Escaping for every piece of text the `--ddl` export writes, so that no name, note or literal in the input can make
 * the file run something the report did not show. The lexical rules are PostgreSQL's (scan.l) and psql's
 * (psqlscan.l): a `--` comment ends at a newline or a carriage return; `/* … *\/` comments nest; '…' literals double
 * the quote ('' ), and E'…' literals also take backslash escapes; "…" identifiers double the quote; $tag$…$tag$ bodies
 * end at the first matching tag; outside those, psql reads a backslash as a meta-command (`\!` runs a shell command).
 */

/** Characters that end a `--` comment (PostgreSQL and psql), or that editors show as a line break. */
// eslint-disable-next-line no-control-regex
const lineBreaks = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

/** Other control characters: shown as \xNN so that a comment line holds only what can be read. */
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** One `--` line per line of `text` (never a raw line break or control character), each starting with `prefix`. */
export function sqlComment(text: string, prefix = '-- '): string {
  return text
    .split(lineBreaks)
    .map((line) => `${prefix}${line.replace(controls, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`)
    .join('\n');
}

/** A name as a quoted PostgreSQL identifier ("" doubled); NUL, which PostgreSQL cannot store, is dropped. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/\0/g, '').replace(/"/g, '""')}"`;
}

/**
 * A text as a PostgreSQL string literal that reads the same whatever standard_conforming_strings is: '' doubled,
 * and when it holds a backslash, an E'…' literal with the backslashes doubled too.
 */
export function quoteLiteral(value: string): string {
  const text = value.replace(/\0/g, '').replace(/'/g, "''");
  return text.includes('\\') ? `E'${text.replace(/\\/g, '\\\\')}'` : `'${text}'`;
}

/** A body between dollar quotes whose tag ($body$, $body1$, …) does not occur in it, so it cannot end early. */
export function dollarQuote(body: string, tag = 'body'): string {
  let candidate = tag;
  for (let k = 1; body.includes(`$${candidate}$`); k++) candidate = `${tag}${k}`;
  return `$${candidate}$${body}$${candidate}$`;
}

/** What a converted object may add after its own statement: the function of a trigger, its indexes, comments. */
const followingHeads = new Set(['CREATE', 'ALTER', 'COMMENT']);

/**
 * Why converted SQL cannot run or go into the export as it is, or undefined: it must leave no quote or comment open,
 * hold no psql command, and every statement after its first must create, alter or comment (a converted object never
 * deletes, reads or runs anything).
 */
export function convertedSqlProblem(sql: string): string | undefined {
  const scan = scanStatement(sql);
  if (scan.unterminated) return `an unterminated ${scan.unterminated} would swallow the statements after it`;
  if (scan.backslash) return 'a backslash outside quotes would be read by psql as a command';
  const stray = scan.heads.slice(1).find((head) => !followingHeads.has(head));
  if (stray !== undefined)
    return `the converted SQL holds a statement that is not part of the object (${stray || '…'})`;
  return undefined;
}

interface Scan {
  /** Statements with something besides comments and whitespace in them. */
  statements: number;
  /** The first word of each statement, upper case ('' when it starts with something else). */
  heads: string[];
  unterminated?: 'comment' | 'string' | 'quoted identifier' | 'dollar-quoted body';
  backslash: boolean;
}

const identStart = /[A-Za-z_\u0080-\uffff]/;
const identPart = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Scans SQL with PostgreSQL's lexical rules, counting the statements that `;` outside quotes and comments ends. */
export function scanStatement(sql: string): Scan {
  let statements = 0;
  const heads: string[] = [];
  let content = false;
  let backslash = false;
  let i = 0;
  const n = sql.length;
  const mark = (head: string) => {
    if (!content) heads.push(head);
    content = true;
  };
  const endStatement = () => {
    if (content) statements++;
    content = false;
  };
  while (i < n) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      while (i < n && sql[i] !== '\n' && sql[i] !== '\r') i++;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const pair = sql.slice(i, i + 2);
        depth += pair === '*/' ? -1 : pair === '/*' ? 1 : 0;
        i += pair === '*/' || pair === '/*' ? 2 : 1;
      }
      if (depth > 0) return { statements, heads, unterminated: 'comment', backslash };
    } else if (c === "'" || ((c === 'E' || c === 'e') && next === "'" && !identPart.test(sql[i - 1] ?? ' '))) {
      const escapes = c !== "'";
      i += escapes ? 2 : 1;
      let closed = false;
      while (i < n) {
        if (escapes && sql[i] === '\\') i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") {
          i++;
          closed = true;
          break;
        } else i++;
      }
      if (!closed) return { statements, heads, unterminated: 'string', backslash };
      mark('');
    } else if (c === '"') {
      const end = closingQuote(sql, i + 1);
      if (end < 0) return { statements, heads, unterminated: 'quoted identifier', backslash };
      i = end + 1;
      mark('');
    } else if (c === '$' && !identPart.test(sql[i - 1] ?? ' ')) {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64))?.[0];
      if (tag) {
        const end = sql.indexOf(tag, i + tag.length);
        if (end < 0) return { statements, heads, unterminated: 'dollar-quoted body', backslash };
        i = end + tag.length;
      } else i++;
      mark('');
    } else if (identStart.test(c)) {
      const start = i;
      while (i < n && identPart.test(sql[i]!)) i++;
      mark(sql.slice(start, i).toUpperCase());
    } else if (c === ';') {
      endStatement();
      i++;
    } else {
      if (c === '\\') backslash = true;
      if (!/\s/.test(c)) mark('');
      i++;
    }
  }
  endStatement();
  return { statements, heads, backslash };
}

/** Index of the `"` closing a quoted identifier whose text starts at `from` ("" is an escaped quote), or -1. */
function closingQuote(sql: string, from: number): number {
  for (let i = from; i < sql.length; i++) {
    if (sql[i] !== '"') continue;
    if (sql[i + 1] === '"') i++;
    else return i;
  }
  return -1;
}
