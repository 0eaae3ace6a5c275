/**
 * T-SQL RAISERROR and THROW → PL/pgSQL RAISE. Sources: Microsoft Learn, "RAISERROR (Transact-SQL)" (severity 0–10
 * is informational and does not stop the batch; 11–19 raise an error; the message takes printf-style %d %i %u %s %ls
 * %x %o placeholders with optional flags, width and precision, %% for a percent sign) and "THROW (Transact-SQL)"
 * (THROW number, message, state; a bare THROW re-raises inside CATCH). PostgreSQL 17 manual, 41.9.1 "Reporting
 * Errors and Messages" (RAISE level 'format' with % placeholders and %% for a percent sign).
 */
import { sqlserver } from '../dialects/sqlserver.ts';
import { significant, tokenize, type Token } from '../sql/lexer.ts';
import { pgIdent, pgString } from '../sql/tokens.ts';

export interface RaiseConversion {
  /** The PL/pgSQL statement, without the trailing semicolon. */
  sql: string;
  /** Parts of the source that PostgreSQL has no place for (state, WITH LOG …). */
  dropped: string[];
}

/** A T-SQL expression argument as PL/pgSQL: @variables lose their @, N'…' literals become '…'. */
function argument(toks: Token[]): string | undefined {
  if (toks.length !== 1) return undefined;
  const t = toks[0]!;
  if (t.type === 'var' && !t.text.startsWith('@@')) return pgIdent(t.text.slice(1));
  if (t.type === 'string') return pgString(t.value);
  if (t.type === 'number') return t.text;
  return undefined;
}

/** Splits the tokens between parentheses (or after THROW) at top-level commas. */
function splitArgs(toks: Token[]): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (const t of toks) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    if (depth === 0 && t.text === ',') args.push([]);
    else args[args.length - 1]!.push(t);
  }
  return args;
}

/** printf-style placeholders (%d, %-5s, %ls, %I64d …) become PostgreSQL's %; %% stays %%. */
export function printfToRaiseFormat(message: string): string {
  return message.replace(/%%|%[-+ 0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:h|l|I64)?[dioxXsu]/g, (m) =>
    m === '%%' ? '%%' : '%',
  );
}

/**
 * Converts one RAISERROR or THROW statement (its source text) to a PL/pgSQL RAISE; undefined when the message is
 * not a literal or variable (a message number from sys.messages, an expression).
 */
export function convertRaise(source: string): RaiseConversion | undefined {
  const toks = tokenize(source, sqlserver.lexer)
    .filter(significant)
    .filter((t) => t.text !== ';');
  const first = toks[0]?.value;
  if (first === 'THROW') {
    if (toks.length === 1) return { sql: 'RAISE', dropped: [] };
    const [number, message, state] = splitArgs(toks.slice(1));
    const msg = argument(message ?? []);
    const num = argument(number ?? []);
    if (!msg || !num || splitArgs(toks.slice(1)).length !== 3) return undefined;
    const literal = message!.length === 1 && message![0]!.type === 'string';
    const format = literal ? pgString(message![0]!.value.replace(/%/g, '%%')) : `'%', ${msg}`;
    return {
      sql: `RAISE EXCEPTION ${format} USING DETAIL = ${number![0]!.type === 'number' ? pgString(`T-SQL error ${num}`) : `'T-SQL error ' || ${num}`}`,
      dropped: [`state ${(state ?? []).map((t) => t.text).join('')}`],
    };
  }
  if (first !== 'RAISERROR' || toks[1]?.text !== '(') return undefined;
  let depth = 0;
  let close = -1;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.text === '(') depth++;
    else if (toks[k]!.text === ')' && --depth === 0) {
      close = k;
      break;
    }
  }
  if (close < 0) return undefined;
  const args = splitArgs(toks.slice(2, close));
  if (args.length < 3) return undefined;
  const severity = Number(args[1]!.length === 1 ? args[1]![0]!.text : NaN);
  const level = Number.isFinite(severity) && severity <= 10 ? 'NOTICE' : 'EXCEPTION';
  const values = args.slice(3).map(argument);
  if (values.some((v) => v === undefined)) return undefined;
  const message = args[0]!;
  let format: string;
  if (message.length === 1 && message[0]!.type === 'string') format = pgString(printfToRaiseFormat(message[0]!.value));
  else if (message.length === 1 && message[0]!.type === 'var' && values.length === 0)
    format = `'%', ${argument(message)!}`;
  else return undefined;
  const dropped = [`state ${args[2]!.map((t) => t.text).join('')}`];
  if (toks[close + 1]?.value === 'WITH')
    dropped.push(
      `WITH ${toks
        .slice(close + 2)
        .map((t) => t.text)
        .join(' ')}`,
    );
  const list = [format, ...(values as string[])].join(', ');
  return { sql: `RAISE ${level} ${list}`, dropped };
}
