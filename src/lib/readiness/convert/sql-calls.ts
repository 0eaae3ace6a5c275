/**
 * Rewrites calls of one function inside PostgreSQL text (an expression another rule already produced): finds
 * `name(` at any depth, splits its arguments at top-level commas and replaces the whole call by what `rewrite`
 * returns. Used by the CONCAT rewrites of generated columns (T-SQL and MySQL), which differ only in how they write
 * each argument.
 */
import { postgres } from '../dialects/postgres.ts';
import { significant, tokenize } from '../sql/lexer.ts';

/** `sql` with every call of `name` (upper case) replaced by `rewrite(its arguments as text, trimmed)`. */
export function rewriteCalls(sql: string, name: string, rewrite: (args: string[]) => string): string {
  const toks = tokenize(sql, postgres.lexer);
  let out = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const open = toks.findIndex((x, k) => k > i && significant(x));
    if (!(t.type === 'word' && t.value === name && toks[open]?.text === '(')) {
      out += t.text;
      continue;
    }
    const args: string[] = [''];
    let depth = 0;
    let k = open;
    for (; k < toks.length; k++) {
      const x = toks[k]!;
      if (x.type === 'punct' && x.text === '(' && depth++ === 0) continue;
      if (x.type === 'punct' && x.text === ')' && --depth === 0) break;
      if (depth === 1 && x.type === 'punct' && x.text === ',') args.push('');
      else args[args.length - 1] += x.text;
    }
    out += rewrite(args.map((a) => a.trim()));
    i = k;
  }
  return out;
}
