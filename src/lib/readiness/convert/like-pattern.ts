/**
 * T-SQL LIKE patterns in PostgreSQL. T-SQL's LIKE knows character classes ([0-9], [A-Z], [^0-9], [[] for a literal
 * bracket); PostgreSQL's LIKE does not (a bracket is an ordinary character there), so a copied pattern is valid but
 * silently matches something else (a CHECK then rejects every row). PostgreSQL's LIKE also takes "\" as its default
 * escape character, which T-SQL does not. Sources: Microsoft Learn, "LIKE (Transact-SQL)" (wildcards %, _, [ ], [^ ]
 * and the ESCAPE clause); PostgreSQL 17 manual, 9.7.1 LIKE and 9.7.3 POSIX Regular Expressions (ARE syntax, "\" stays
 * special inside brackets).
 *
 * The translation is exact for the pattern language; it compares case-sensitively, as PostgreSQL compares text (a
 * case-insensitive SQL Server collation also ignores case inside classes: the rule's note says so).
 */

export type LikeTranslation =
  /** No class in the pattern: LIKE keeps its meaning (with ESCAPE '' when the pattern holds a backslash). */
  | { kind: 'like'; escapeNone: boolean }
  /** An anchored POSIX regular expression for the ~ operator. */
  | { kind: 'regex'; regex: string }
  /** Not translatable exactly; the reason says why. */
  | { kind: 'inexact'; reason: string };

/** Characters that mean something in a regular expression outside brackets. */
const regexSpecial = new Set(['\\', '.', '^', '$', '|', '?', '*', '+', '(', ')', '{', '}', '[', ']']);

const literal = (c: string) => (regexSpecial.has(c) ? `\\${c}` : c);
/** A character inside a bracket expression: "\" is special in PostgreSQL's AREs, "[" could open [:class:]. */
const classChar = (c: string) => (c === '\\' || c === '[' || c === '^' ? `\\${c}` : c);

/** Reads a T-SQL character class starting at `open` ("["); returns the regex class and the index after "]". */
function readClass(p: string, open: number, escape: string | undefined): { regex: string; end: number } | string {
  let j = open + 1;
  let negate = false;
  if (p[j] === '^') {
    negate = true;
    j++;
  }
  const items: string[] = [];
  let dash = false;
  for (; j < p.length && p[j] !== ']'; j++) {
    const c = p[j]!;
    if (escape !== undefined && c === escape) return `the ESCAPE character ${escape} inside a [ ] class`;
    if (c === '-' && items[items.length - 1]?.length === 1 && p[j + 1] !== undefined && p[j + 1] !== ']') {
      const from = items.pop()!;
      const to = p[j + 1]!;
      if (to < from) return `the range ${from}-${to} is empty`;
      items.push(`${classChar(from)}-${classChar(to)}`);
      j++;
      continue;
    }
    if (c === '-') dash = true;
    else items.push(c);
  }
  if (j >= p.length) return 'a [ without its closing ]';
  if (items.length === 0 && !dash) return 'an empty [ ] class';
  // A bare "-" goes last, where it cannot form a range; single characters are escaped for the class.
  const body = items.map((x) => (x.length === 1 ? classChar(x) : x)).join('') + (dash ? '-' : '');
  return { regex: `[${negate ? '^' : ''}${body}]`, end: j + 1 };
}

/**
 * Translates a T-SQL LIKE pattern (the literal's value, and the ESCAPE character if any) for PostgreSQL. Leading and
 * trailing % become an unanchored start or end; a pattern without classes stays a LIKE.
 */
export function translateLikePattern(pattern: string, escape?: string): LikeTranslation {
  if (escape !== undefined && escape.length !== 1) return { kind: 'inexact', reason: `ESCAPE '${escape}'` };
  const hasClass = [...pattern].some((c, k) => c === '[' && (escape === undefined || pattern[k - 1] !== escape));
  if (!hasClass) return { kind: 'like', escapeNone: escape === undefined && pattern.includes('\\') };
  const parts: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (escape !== undefined && c === escape) {
      const next = pattern[i + 1];
      if (next === undefined) return { kind: 'inexact', reason: 'the pattern ends with its ESCAPE character' };
      parts.push(literal(next));
      i++;
    } else if (c === '%') {
      if (parts[parts.length - 1] !== '.*') parts.push('.*');
    } else if (c === '_') parts.push('.');
    else if (c === '[') {
      const cls = readClass(pattern, i, escape);
      if (typeof cls === 'string') return { kind: 'inexact', reason: cls };
      parts.push(cls.regex);
      i = cls.end - 1;
    } else parts.push(literal(c));
  }
  const open = parts[0] === '.*';
  const close = parts.length > 1 && parts[parts.length - 1] === '.*';
  const body = parts.slice(open ? 1 : 0, close ? -1 : undefined).join('');
  return { kind: 'regex', regex: `${open ? '' : '^'}${body}${close || (open && parts.length === 1) ? '' : '$'}` };
}
