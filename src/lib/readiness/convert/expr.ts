/** Expression rewrites: vendor functions, DECODE, string concatenation, sequences, DUAL, boolean literals. */
import type { RuleHit, RuleId } from './rules.ts';
import { isIdent, isText, isWord, matchParen, nameOf, render, splitTopLevel, type Tok } from '../sql/tokens.ts';
import { type ConvertContext } from './convert-context.ts';
import { profileOf } from '../dialects/index.ts';

/** Words after which IF starts a statement rather than calling the IF() function. */
const statementBoundary = new Set(['BEGIN', 'THEN', 'ELSE', 'LOOP', 'DO', 'DECLARE', 'REPEAT']);

/** Rewrites every expression construct in toks; the result keeps each token's leading layout. */
export function rewriteExpressions(toks: Tok[], ctx: ConvertContext, rules: RuleHit[]): Tok[] {
  const noted = new Set<string>();
  const note = (id: RuleId, detail: string, line: number) => {
    const key = `${id}:${detail}`;
    if (noted.has(key)) return;
    noted.add(key);
    rules.push({ id, detail, line });
  };
  const fns = profileOf(ctx.dialect).functions;

  const rw = (input: Tok[], nested = false): Tok[] => {
    const out: Tok[] = [];
    for (let i = 0; i < input.length; i++) {
      const t = input[i]!;
      const word = t.tok.type === 'word' ? t.tok.value : '';
      const next = input[i + 1];
      const prev = out[out.length - 1];
      const line = t.tok.line;
      const afterDot = isText(prev, '.');
      const call = word && isText(next, '(') && !afterDot;

      // seq.NEXTVAL / seq.CURRVAL (Oracle)
      if (fns.sequencePseudoColumns && isIdent(t) && isText(next, '.') && isWord(input[i + 2], 'NEXTVAL', 'CURRVAL')) {
        const fn = input[i + 2]!.tok.value === 'NEXTVAL' ? 'nextval' : 'currval';
        // schema.seq.NEXTVAL: the schema qualifier already went out as "schema." and joins the sequence name.
        const owner = afterDot && isIdent(out[out.length - 2]) ? `${nameOf(out[out.length - 2])}.` : '';
        const pre = owner ? out[out.length - 2]!.pre : t.pre;
        if (owner) out.splice(out.length - 2, 2);
        const text = `${fn}('${owner}${nameOf(t)}')`;
        note('expr.nextval', `${render(input, owner ? i - 2 : i, i + 3)} → ${text}`, line);
        out.push({ ...t, pre, text });
        i += 2;
        continue;
      }
      // FROM DUAL
      if (isWord(t, 'FROM') && isWord(next, 'DUAL') && fns.dualTable) {
        note('expr.from-dual', 'FROM DUAL dropped', line);
        out.push({ ...t, text: '' });
        i += 1;
        continue;
      }
      // Niladic functions and bare SYSDATE
      const nil = fns.niladic[word];
      if (nil && !afterDot) {
        if (call && isText(input[i + 2], ')')) {
          note(nil[1], `${word}() → ${nil[0]}`, line);
          out.push({ ...t, text: nil[0] });
          i += 2;
          continue;
        }
        if (!call && fns.bareNiladic) {
          note(nil[1], `${word} → ${nil[0]}`, line);
          out.push({ ...t, text: nil[0] });
          continue;
        }
      }
      if (call) {
        const close = matchParen(input, i + 1);
        const args = splitTopLevel(input, i + 2, close).map(([a, b]) => rw(input.slice(a, b), true));
        const arg = (k: number) => (args[k] ? render(args[k]!).trim() : '');
        const rename = fns.renames[word];
        const rewritten = fns.rewrites.has(word);
        let text: string | undefined;
        let id: RuleId | undefined;
        if (rename) {
          text = `${rename}(${args.map((_, k) => arg(k)).join(', ')})`;
          id = rename === 'COALESCE' ? 'expr.nvl' : 'expr.function-name';
        } else if (word === 'DECODE' && rewritten && args.length >= 3) {
          const parts = [`CASE ${arg(0)}`];
          let k = 1;
          for (; k + 1 < args.length; k += 2) parts.push(`WHEN ${arg(k)} THEN ${arg(k + 1)}`);
          if (k < args.length) parts.push(`ELSE ${arg(k)}`);
          text = `${parts.join(' ')} END`;
          id = 'expr.decode';
        } else if (word === 'NVL2' && rewritten && args.length === 3) {
          text = `CASE WHEN ${arg(0)} IS NOT NULL THEN ${arg(1)} ELSE ${arg(2)} END`;
          id = 'expr.nvl2';
        } else if (word === 'IF' && rewritten && args.length === 3) {
          const prevWord = prev?.tok.type === 'word' ? prev.tok.value : '';
          const isStatement =
            (!prev && !nested) || isText(prev, ';') || statementBoundary.has(prevWord) || isWord(prev, 'END');
          if (!isStatement) {
            text = `CASE WHEN ${arg(0)} THEN ${arg(1)} ELSE ${arg(2)} END`;
            id = 'expr.if';
          }
        } else if (word === 'CONVERT' && rewritten && args.length === 2) {
          text = `CAST(${arg(1)} AS ${convertTypeText(arg(0))})`;
          id = 'expr.convert';
        } else if (word === 'CHARINDEX' && rewritten && args.length === 2) {
          text = `strpos(${arg(1)}, ${arg(0)})`;
          id = 'expr.function-name';
        } else if (word === 'INSTR' && rewritten && args.length === 2) {
          text = `strpos(${arg(0)}, ${arg(1)})`;
          id = 'expr.function-name';
        } else if (word === 'TO_DAYS' && rewritten && args.length === 1) {
          // MySQL day number (TO_DAYS('1995-05-01') = 728779): days since 0001-01-01 plus 366.
          text = `((${arg(0)})::date - DATE '0001-01-01' + 366)`;
          id = 'expr.date-arith';
        } else if (word === 'GROUP_CONCAT' && rewritten) {
          text = groupConcat(input.slice(i + 2, close), (x) => rw(x, true));
          id = 'expr.group-concat';
        } else if (
          (word === 'DATE_SUB' || word === 'DATE_ADD' || word === 'ADDDATE' || word === 'SUBDATE') &&
          args.length === 2
        ) {
          const interval = args[1]!;
          if (isWord(interval[0], 'INTERVAL') && interval.length >= 3) {
            const amount = render(interval, 1, interval.length - 1).trim();
            const unit = nameOf(interval[interval.length - 1]);
            const op = word === 'DATE_SUB' || word === 'SUBDATE' ? '-' : '+';
            const amountSql = /^\d+$/.test(amount)
              ? `INTERVAL '${amount} ${unit}'`
              : `(${amount}) * INTERVAL '1 ${unit}'`;
            text = `(${arg(0)} ${op} ${amountSql})`;
            id = 'expr.date-arith';
          }
        }
        if (text !== undefined && id) {
          note(id, `${word}(…) → ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`, line);
          out.push({ ...t, text });
          i = close;
          continue;
        }
        // Unchanged call: keep the name and rewrite inside the parentheses.
        out.push(t);
        out.push(input[i + 1]!);
        const inner = rw(input.slice(i + 2, close), true);
        out.push(...inner);
        if (input[close] && close > i + 1) out.push(input[close]!);
        i = close;
        continue;
      }
      // T-SQL string concatenation with +
      if (fns.plusConcatenates && isText(t, '+') && t.tok.type === 'op') {
        const after = input[i + 1];
        if (prev?.tok.type === 'string' || after?.tok.type === 'string' || isConcatChain(input, i)) {
          note('expr.concat-plus', '+ between strings → ||', line);
          out.push({ ...t, text: '||', pre: t.pre || ' ' });
          if (after && !after.pre) input[i + 1] = { ...after, pre: ' ' };
          continue;
        }
      }
      // 0 / 1 compared with a boolean column
      if (t.tok.type === 'number' && (t.text === '0' || t.text === '1') && prev && /^(=|<>|!=)$/.test(prev.text)) {
        const column = columnBefore(out, out.length - 2);
        if (column && ctx.booleanColumns.has(column) && !ctx.otherColumns.has(column)) {
          const text = t.text === '1' ? 'true' : 'false';
          note('default.bit-literal', `${column} ${prev.text} ${t.text} → ${text}`, line);
          out.push({ ...t, text });
          continue;
        }
      }
      out.push(t);
    }
    return out;
  };
  return rw(toks);
}

/** The column named just before index `end` in out: x, t.x, or (t.x) / ((x)). */
function columnBefore(out: Tok[], end: number): string | undefined {
  let j = end;
  let closes = 0;
  while (isText(out[j], ')')) {
    closes++;
    j--;
  }
  if (!isIdent(out[j])) return undefined;
  const name = nameOf(out[j]);
  j--;
  if (isText(out[j], '.') && isIdent(out[j - 1])) j -= 2;
  for (let k = 0; k < closes; k++) if (!isText(out[j - k], '(')) return undefined;
  return name;
}

/** A + whose chain of operands (same depth) contains a string literal. */
function isConcatChain(toks: Tok[], plus: number): boolean {
  let depth = 0;
  for (let j = plus + 1; j < toks.length; j++) {
    const t = toks[j]!;
    if (isText(t, '(')) depth++;
    else if (isText(t, ')')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (isText(t, ',') || (t.tok.type === 'word' && /^(AS|FROM|WHERE|AND|OR|THEN|ELSE|END|WHEN)$/.test(t.tok.value)))
        break;
      if (t.tok.type === 'string') return true;
    }
  }
  depth = 0;
  for (let j = plus - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (isText(t, ')')) depth++;
    else if (isText(t, '(')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (isText(t, ',') || (t.tok.type === 'word' && /^(SELECT|AS|WHERE|AND|OR|THEN|ELSE|WHEN|BY)$/.test(t.tok.value)))
        break;
      if (t.tok.type === 'string') return true;
    }
  }
  return false;
}

/** GROUP_CONCAT([DISTINCT] expr [ORDER BY …] [SEPARATOR s]) → string_agg([DISTINCT] expr::text, s [ORDER BY …]). */
function groupConcat(inner: Tok[], rw: (t: Tok[]) => Tok[]): string {
  let distinct = '';
  let from = 0;
  if (isWord(inner[0], 'DISTINCT')) {
    distinct = 'DISTINCT ';
    from = 1;
  }
  let sepAt = inner.length;
  let orderAt = inner.length;
  let depth = 0;
  for (let j = from; j < inner.length; j++) {
    if (isText(inner[j], '(')) depth++;
    else if (isText(inner[j], ')')) depth--;
    else if (depth === 0 && isWord(inner[j], 'SEPARATOR')) sepAt = j;
    else if (depth === 0 && isWord(inner[j], 'ORDER') && isWord(inner[j + 1], 'BY')) orderAt = j;
  }
  const exprEnd = Math.min(sepAt, orderAt);
  const expr = render(rw(inner.slice(from, exprEnd))).trim();
  const separator = sepAt < inner.length ? render(inner, sepAt + 1, inner.length).trim() : "','";
  const order = orderAt < sepAt ? ` ${render(rw(inner.slice(orderAt, sepAt))).trim()}` : '';
  // With DISTINCT, PostgreSQL needs the ORDER BY expression among the arguments: the value itself.
  const orderSql = distinct && order ? ` ORDER BY (${expr})::text` : order;
  return `string_agg(${distinct}(${expr})::text, ${separator}${orderSql})`;
}

/** Type names inside CONVERT/CAST written as text. */
function convertTypeText(type: string): string {
  const m = /^\s*(n?varchar|n?char)\s*\(\s*max\s*\)\s*$/i.exec(type);
  if (m) return 'text';
  return type
    .replace(/^\s*money\s*$/i, 'numeric(19,4)')
    .replace(/^\s*nvarchar/i, 'varchar')
    .replace(/^\s*nchar/i, 'char')
    .replace(/^\s*datetime2?\b/i, 'timestamp')
    .replace(/^\s*bit\s*$/i, 'boolean')
    .replace(/^\s*tinyint\s*$/i, 'smallint');
}
