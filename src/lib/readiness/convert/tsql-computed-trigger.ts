/**
 * T-SQL computed columns that PostgreSQL cannot declare as GENERATED ALWAYS AS (…) STORED, because the expression is
 * not immutable there (HASHBYTES → sha256(convert_to(…)): convert_to is only STABLE) or because it uses TRY_CONVERT /
 * TRY_CAST (NULL instead of an error, which no PostgreSQL expression does). Such a column becomes an ordinary column
 * that a BEFORE INSERT OR UPDATE trigger keeps up to date; TRY_ semantics come from an exception block that catches
 * data exceptions (SQLSTATE class 22) and stores NULL. Sources: Microsoft Learn, Transact-SQL reference (TRY_CONVERT,
 * TRY_CAST, CAST and CONVERT date styles, computed columns); PostgreSQL 18 manual 5.4 "Generated Columns" (the
 * expression must be immutable), 41.6.8 "Trapping Errors", appendix A "Error Codes" (class 22 data_exception).
 */
import { postgres } from '../dialects/postgres.ts';
import { significant, tokenize } from '../sql/lexer.ts';
import {
  isIdent,
  isText,
  isWord,
  matchParen,
  nameOf,
  pgIdent,
  render,
  splitTopLevel,
  type Tok,
} from '../sql/tokens.ts';
import { convertType } from './column-types.ts';

/** PostgreSQL functions a computed column may reach that are not IMMUTABLE (pg_proc.provolatile <> 'i'). */
const notImmutable =
  /\b(?:(convert_to|convert_from|now|clock_timestamp|statement_timestamp|transaction_timestamp|random|to_char|to_date|to_timestamp|to_number|age|timeofday|txid_current|gen_random_uuid)\s*\(|(current_timestamp|current_date|current_time|localtimestamp|localtime|current_user|session_user)\b)/i;

/** CONVERT date styles whose text PostgreSQL reads the same way whatever DateStyle says (ISO 8601 and ODBC forms). */
const isoStyles = new Set(['20', '21', '23', '112', '120', '121', '126', '127']);

/** Tokens of PostgreSQL text with their layout kept in `pre` (so render() gives the text back). */
function layoutToks(sql: string): Tok[] {
  const out: Tok[] = [];
  let pre = '';
  for (const tok of tokenize(sql, postgres.lexer)) {
    if (!significant(tok)) pre += tok.text;
    else {
      out.push({ tok, pre, text: tok.text });
      pre = '';
    }
  }
  return out;
}

/** Why the expression cannot be a generated column in PostgreSQL (the first non-immutable call), if it cannot. */
export function notImmutableCall(expr: string): string | undefined {
  const m = notImmutable.exec(expr);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
}

/** The result of rewriting TRY_CONVERT / TRY_CAST: the expression with plain casts, or why it cannot be rewritten. */
export type TryRewrite = { sql: string; found: boolean } | { blocker: string };

/**
 * TRY_CONVERT(type, x [, style]) → CAST(x AS type) and TRY_CAST(x AS type) → CAST(x AS type); `found` says whether
 * there was one (the trigger then traps conversion errors). A date style that is not ISO is refused: PostgreSQL
 * would read such text by its DateStyle setting, not by the style.
 */
export function rewriteTryConversions(expr: string): TryRewrite {
  const toks = layoutToks(expr);
  let found = false;
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i], 'TRY_CONVERT', 'TRY_CAST') || !isText(toks[i + 1], '(')) continue;
    const close = matchParen(toks, i + 1);
    const args = splitTopLevel(toks, i + 2, close);
    let value: string;
    let typeAt: number;
    if (isWord(toks[i], 'TRY_CAST')) {
      const as = toks.findIndex((t, k) => k > i + 1 && k < close && isWord(t, 'AS'));
      if (as < 0) return { blocker: 'TRY_CAST without AS type' };
      value = render(toks, i + 2, as).trim();
      typeAt = as + 1;
    } else {
      if (args.length < 2) return { blocker: 'TRY_CONVERT needs a type and a value' };
      value = render(toks, args[1]![0], args[1]![1]).trim();
      typeAt = args[0]![0];
      const style = args[2] ? render(toks, args[2][0], args[2][1]).replace(/[()\s]/g, '') : '';
      if (style && !isoStyles.has(style))
        return { blocker: `TRY_CONVERT style ${style}: PostgreSQL reads dates by its DateStyle; use to_timestamp()` };
    }
    const type = convertType(toks, typeAt, 'sqlserver').sql;
    const rewritten = `CAST(${rewriteInner(value)} AS ${type})`;
    toks.splice(i, close - i + 1, { ...toks[i]!, text: rewritten });
    found = true;
  }
  return { sql: render(toks), found };
}

/** Nested TRY_ calls inside an argument (their errors are trapped by the same block). */
function rewriteInner(sql: string): string {
  const inner = rewriteTryConversions(sql);
  return 'sql' in inner ? inner.sql : sql;
}

/** `expr` with each column of the table written NEW.column, for a row trigger. */
function onNewRow(expr: string, columns: ReadonlySet<string>): string {
  const toks = layoutToks(expr);
  toks.forEach((t, k) => {
    const call = isText(toks[k + 1], '(');
    const qualified = isText(toks[k - 1], '.') || isText(toks[k + 1], '.');
    const typeName = isWord(toks[k - 1], 'AS');
    if (isIdent(t) && !call && !qualified && !typeName && columns.has(nameOf(t))) t.text = `NEW.${t.text}`;
  });
  return render(toks);
}

/** What a computed column becomes when PostgreSQL cannot generate it: the column and the statements after the table. */
export interface TriggerComputed {
  column: string;
  after: string[];
}

/**
 * The ordinary column `name type` and the trigger function + trigger that compute `expr` on every insert and update
 * of `table` (qualified as PostgreSQL spells it). `trap` wraps the assignment in an exception block that stores NULL
 * on a data exception (TRY_CONVERT semantics).
 */
export function computedByTrigger(
  table: string,
  name: string,
  type: string,
  expr: string,
  columns: ReadonlySet<string>,
  trap: boolean,
): TriggerComputed {
  const schema = table.includes('.') ? `${table.slice(0, table.lastIndexOf('.'))}.` : '';
  const bare = table.slice(table.lastIndexOf('.') + 1).replace(/"/g, '');
  const triggerName = pgIdent(`${bare}_${name.replace(/"/g, '')}_compute`.slice(0, 63));
  const assign = `NEW.${name} := ${onNewRow(expr, columns)};`;
  const body = trap ? `BEGIN ${assign} EXCEPTION WHEN data_exception THEN NEW.${name} := NULL; END;` : assign;
  return {
    column: `${name} ${type}`,
    after: [
      `CREATE OR REPLACE FUNCTION ${schema}${triggerName}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN ${body} RETURN NEW; END $fn$`,
      `CREATE TRIGGER ${triggerName} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${schema}${triggerName}()`,
    ],
  };
}
