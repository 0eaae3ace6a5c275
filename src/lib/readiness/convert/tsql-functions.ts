/**
 * T-SQL built-in functions with a PostgreSQL equivalent that is not a plain rename, rewritten where they appear
 * (defaults, checks, computed columns, views): REPLICATE, DATEADD, ISJSON, HASHBYTES, CONVERT with a date style
 * (→ to_char), and JSON_VALUE / JSON_QUERY,
 * which PostgreSQL 17+ has under the same names. Sources: Microsoft Learn, Transact-SQL reference (REPLICATE,
 * DATEADD, ISJSON, HASHBYTES, JSON_VALUE, JSON_QUERY); PostgreSQL 18 manual 9.4 (repeat), 9.9 (date/time
 * operators), 9.16 (IS JSON, SQL/JSON query functions), 9.5 (sha256, sha512, md5).
 */
import type { RuleHit, RuleId } from './rules.ts';
import { isText, isWord, matchParen, splitTopLevel, type Tok } from '../sql/tokens.ts';
import { convertType } from './column-types.ts';

/** DATEADD date parts (and their abbreviations) → a PostgreSQL interval of one unit. */
const dateParts: Record<string, string> = {
  YEAR: '1 year',
  YY: '1 year',
  YYYY: '1 year',
  QUARTER: '3 months',
  QQ: '3 months',
  Q: '3 months',
  MONTH: '1 month',
  MM: '1 month',
  M: '1 month',
  DAYOFYEAR: '1 day',
  DY: '1 day',
  Y: '1 day',
  DAY: '1 day',
  DD: '1 day',
  D: '1 day',
  WEEK: '1 week',
  WK: '1 week',
  WW: '1 week',
  WEEKDAY: '1 day',
  DW: '1 day',
  HOUR: '1 hour',
  HH: '1 hour',
  MINUTE: '1 minute',
  MI: '1 minute',
  N: '1 minute',
  SECOND: '1 second',
  SS: '1 second',
  S: '1 second',
  MILLISECOND: '1 millisecond',
  MS: '1 millisecond',
  MICROSECOND: '1 microsecond',
  MCS: '1 microsecond',
};

/** Text that holds a call of one of these functions (inside a call another rule already rendered). */
export const tsqlCallInside = /\b(REPLICATE|DATEADD|ISJSON|HASHBYTES|JSON_VALUE|JSON_QUERY|CONVERT)\s*\(/i;

/**
 * CONVERT(text type, date, style) date styles as to_char formats (Microsoft Learn, "CAST and CONVERT", Date and
 * time styles; only the ones whose output has no fractional seconds, which T-SQL prints differently by type).
 */
export const dateStyles: Record<string, string> = {
  '23': 'YYYY-MM-DD',
  '101': 'MM/DD/YYYY',
  '102': 'YYYY.MM.DD',
  '103': 'DD/MM/YYYY',
  '104': 'DD.MM.YYYY',
  '105': 'DD-MM-YYYY',
  '108': 'HH24:MI:SS',
  '110': 'MM-DD-YYYY',
  '111': 'YYYY/MM/DD',
  '112': 'YYYYMMDD',
  '120': 'YYYY-MM-DD HH24:MI:SS',
};

/** The to_char format for CONVERT(type, x, style) when type is a text type and style a date style it knows. */
export function convertStyleFormat(type: string, style: string): string | undefined {
  return /^(varchar|char|text)\b/.test(type) ? dateStyles[style.replace(/[()\s]/g, '')] : undefined;
}

/** HASHBYTES algorithms PostgreSQL computes without an extension. */
const hashFunctions: Record<string, string> = { SHA2_256: 'sha256', SHA2_512: 'sha512' };

/** The rewrite of the call at toks[i] (a function name followed by `(`): its text and the index of its `)`. */
export interface FunctionRewrite {
  text: string;
  close: number;
  /** A change of meaning the reader must know about (becomes a finding). */
  warning?: string;
}

/**
 * Rewrites the T-SQL call at toks[i], or returns undefined when it is not one of these functions. `inner` rewrites an
 * argument (so calls nest).
 */
export function rewriteTsqlFunction(
  toks: Tok[],
  i: number,
  rules: RuleHit[],
  inner: (arg: Tok[]) => string,
): FunctionRewrite | undefined {
  const t = toks[i]!;
  if (t.tok.type !== 'word' || !isText(toks[i + 1], '(') || isText(toks[i - 1], '.')) return undefined;
  const close = matchParen(toks, i + 1);
  const args = splitTopLevel(toks, i + 2, close).map(([a, b]) => toks.slice(a, b));
  const arg = (k: number) => inner(args[k] ?? []).trim();
  const line = t.tok.line;
  const note = (detail: string, id: RuleId = 'expr.tsql-functions') => rules.push({ id, detail, line });
  switch (t.tok.value) {
    case 'REPLICATE':
      if (args.length !== 2) return undefined;
      note('REPLICATE(s, n) → repeat(s, n)');
      return { text: `repeat(${arg(0)}, ${arg(1)})`, close };
    case 'DATEADD': {
      const unit = args.length === 3 && args[0]!.length === 1 ? dateParts[args[0]![0]!.tok.value] : undefined;
      if (!unit) return undefined;
      note(`DATEADD(${args[0]![0]!.text}, n, d) → d + n * INTERVAL '${unit}'`);
      return { text: `(${arg(2)} + (${arg(1)}) * INTERVAL '${unit}')`, close };
    }
    case 'ISJSON': {
      if (args.length !== 1) return undefined;
      note('ISJSON(x) → (x IS JSON OBJECT OR x IS JSON ARRAY)::int (1, 0, or NULL for NULL, as in SQL Server)');
      const x = arg(0);
      return { text: `((${x}) IS JSON OBJECT OR (${x}) IS JSON ARRAY)::int`, close };
    }
    case 'HASHBYTES': {
      const algorithm = args[0]?.[0]?.tok.type === 'string' ? args[0][0].tok.value.toUpperCase() : '';
      const fn = hashFunctions[algorithm];
      if (!fn || args.length !== 2) return undefined;
      note(`HASHBYTES('${algorithm}', x) → ${fn}(convert_to(x, 'UTF8'))`);
      return {
        text: `${fn}(convert_to(${arg(1)}, 'UTF8'))`,
        close,
        warning: `HASHBYTES('${algorithm}', …) → ${fn}() of the UTF-8 bytes: SQL Server hashes nvarchar as UTF-16, so hashes stored in the source differ from the ones PostgreSQL computes; recompute them after loading`,
      };
    }
    case 'CONVERT': {
      // Two-argument CONVERT is a CAST (expr.ts); with a date style the text is formatted.
      if (args.length !== 3) return undefined;
      const type = convertType(args[0]!, 0, 'sqlserver').sql;
      const style = args[2]!.map((x) => x.text).join('');
      const format = convertStyleFormat(type, style);
      if (!format) return undefined;
      note(`CONVERT(${type}, d, ${style.replace(/[()]/g, '')}) → CAST(to_char(d, '${format}') AS ${type})`);
      return { text: `CAST(to_char(${arg(1)}, '${format}') AS ${type})`, close };
    }
    case 'JSON_VALUE':
    case 'JSON_QUERY':
      if (args.length !== 2) return undefined;
      note(`${t.tok.value} kept (PostgreSQL 17+ SQL/JSON)`, 'expr.sqljson');
      return {
        text: `${t.tok.value.toLowerCase()}(${arg(0)}, ${arg(1)})`,
        close,
        warning: `${t.tok.value}: PostgreSQL 17+ evaluates it with the same path, but raises an error on text that is not valid JSON where SQL Server (lax mode) returns NULL; needs PostgreSQL 17 or later`,
      };
    default:
      return undefined;
  }
}

/**
 * The type at the end of `CAST(x AS type)` (toks[i] is AS): its PostgreSQL spelling (nvarchar(20) → varchar(20),
 * binary(32) → bytea …) and how many tokens it spans from AS, or undefined when the type is already PostgreSQL's.
 */
export function castType(toks: Tok[], i: number): { sql: string; length: number; rules: RuleHit[] } | undefined {
  if (!isWord(toks[i], 'AS') || toks[i + 1]?.tok.type !== 'word') return undefined;
  const type = convertType(toks, i + 1, 'sqlserver');
  if (!isText(toks[type.end], ')') || type.rules.length === 0) return undefined;
  return { sql: type.sql, length: type.end - i, rules: type.rules };
}
