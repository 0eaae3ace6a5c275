/**
 * The one walker for the relations a statement or routine body reads and writes: the names after FROM, JOIN,
 * INSERT / MERGE INTO and a statement-starting UPDATE. Views, PostgreSQL statements and converted routine bodies all
 * go through it, so a dependency is found the same way wherever it is written.
 *
 * FROM is also a keyword inside function arguments: EXTRACT(YEAR FROM d), SUBSTRING(s FROM 2 FOR 3),
 * TRIM(LEADING 'x' FROM s), OVERLAY(s PLACING 'x' FROM 2), and it follows IS [NOT] DISTINCT. A parenthesis opens a
 * query when SELECT or WITH follows it; inside any other parenthesis a FROM is an argument and names no relation.
 */
import { isIdent, isText, isWord, readName, skipAlias, type Tok } from './tokens.ts';

/** Whether toks[i] starts a statement of a routine body (after `;`, BEGIN, THEN, ELSE, LOOP, a <<label>> …). */
export function startsStatement(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return true;
  if (isText(prev, ';')) return true;
  if (isWord(prev, 'BEGIN', 'THEN', 'ELSE', 'LOOP', 'DO', 'REPEAT', 'DECLARE', 'EXCEPTION')) return true;
  if (isText(prev, '>>')) return true;
  return false;
}

/** Whether the keyword at i is followed by relation names. `inArguments`: i sits in a non-query parenthesis. */
function namesRelations(toks: Tok[], i: number, inArguments: boolean): boolean {
  const t = toks[i]!;
  if (isWord(t, 'FROM')) return !inArguments && !isWord(toks[i - 1], 'DISTINCT');
  if (isWord(t, 'JOIN')) return true;
  if (isWord(t, 'INTO')) return isWord(toks[i - 1], 'INSERT', 'MERGE');
  // MERGE's `THEN UPDATE SET …` starts a clause, not a statement naming a table.
  return isWord(t, 'UPDATE') && startsStatement(toks, i) && !isWord(toks[i + 1], 'SET');
}

/** The relations toks read or write, unqualified and lower-cased, each once, in order of first mention. */
export function relationsIn(toks: Tok[]): string[] {
  const found = new Set<string>();
  // For each open parenthesis: true when it opens a query (SELECT / WITH follows), false for arguments or a list.
  const queryParens: boolean[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (isText(t, '(')) queryParens.push(isWord(toks[i + 1], 'SELECT', 'WITH'));
    else if (isText(t, ')')) queryParens.pop();
    else if (namesRelations(toks, i, queryParens[queryParens.length - 1] === false)) {
      for (const name of namesAfter(toks, i + 1, isWord(t, 'FROM'))) found.add(name);
    }
  }
  return [...found];
}

/** The names listed from j: `[ONLY|LATERAL] name [alias]`, and more after commas when `list` (a FROM list). */
function namesAfter(toks: Tok[], j: number, list: boolean): string[] {
  const names: string[] = [];
  for (;;) {
    if (isWord(toks[j], 'ONLY', 'LATERAL')) j++;
    if (!isIdent(toks[j]) || isWord(toks[j], 'SELECT')) break;
    const n = readName(toks, j);
    if (n.name !== 'dual') names.push(n.name);
    j = skipAlias(toks, n.end);
    if (!(list && isText(toks[j], ','))) break;
    j++;
  }
  return names;
}
