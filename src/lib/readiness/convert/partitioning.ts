/**
 * Oracle and MySQL table partitioning → PostgreSQL declarative partitioning (PARTITION BY + one CREATE TABLE …
 * PARTITION OF per partition). Sources: Oracle Database VLDB and Partitioning Guide 23ai (range, list, hash,
 * interval, reference and system partitioning), MySQL 8.4 Reference Manual ch. 26 "Partitioning" (RANGE [COLUMNS],
 * LIST [COLUMNS], [LINEAR] HASH / KEY, PARTITIONS n), PostgreSQL 18 docs §5.12 "Table Partitioning".
 */
import type { RuleHit } from './rules.ts';
import { isIdent, isText, isWord, matchParen, pgIdent, render, splitTopLevel, type Tok } from '../sql/tokens.ts';
import { type ConvertContext } from './convert-context.ts';

export interface PartitionPlan {
  /** " PARTITION BY …" to append after the table's column list; empty when partitioning was dropped. */
  clause: string;
  /** CREATE TABLE … PARTITION OF statements. */
  after: string[];
  warnings: string[];
  blockers: string[];
}

interface PartitionSpec {
  name: string;
  /** RANGE upper bound, LIST values, or undefined (hash / no bound). */
  bound?: string;
  isDefault?: boolean;
}

/**
 * Oracle's TO_DATE / TO_TIMESTAMP / TO_CHAR / TO_NUMBER take an NLS settings string as a third argument
 * ('NLS_DATE_LANGUAGE = American'); PostgreSQL's take two, and English month names are its only ones anyway.
 */
export function withoutNlsArgument(sql: string): string {
  const literal = "'(?:[^']|'')*'";
  const call = new RegExp(
    `\\b(TO_(?:DATE|TIMESTAMP|CHAR|NUMBER))\\s*\\(\\s*(${literal})\\s*,\\s*(${literal})\\s*,\\s*'NLS_(?:[^']|'')*'\\s*\\)`,
    'gi',
  );
  return sql.replace(call, '$1($2, $3)');
}

/** Reads `PARTITION name VALUES LESS THAN (…) | MAXVALUE`, `VALUES [IN] (…)`; storage and subpartitions are skipped. */
function readPartition(el: Tok[]): PartitionSpec | undefined {
  if (!isWord(el[0], 'PARTITION') || !isIdent(el[1])) return undefined;
  const spec: PartitionSpec = { name: el[1]!.tok.value.toLowerCase() };
  let i = 2;
  if (!isWord(el[i], 'VALUES')) return spec;
  i++;
  if (isWord(el[i], 'LESS') && isWord(el[i + 1], 'THAN')) i += 2;
  else if (isWord(el[i], 'IN')) i++;
  if (isWord(el[i], 'MAXVALUE')) return { ...spec, bound: 'MAXVALUE' };
  if (!isText(el[i], '(')) return spec;
  const close = matchParen(el, i);
  const bound = withoutNlsArgument(render(el, i + 1, close).trim());
  return /^default$/i.test(bound) ? { ...spec, isDefault: true } : { ...spec, bound };
}

/** PostgreSQL partition key: plain columns as they are, expressions in their own parentheses. */
function partitionKey(toks: Tok[], open: number, close: number): string[] {
  return splitTopLevel(toks, open + 1, close).map(([a, b]) =>
    b - a === 1 && isIdent(toks[a]) ? render(toks, a, b).trim() : `(${render(toks, a, b).trim()})`,
  );
}

/** A partition's table name: its own name, prefixed with the parent's when another relation already has it. */
function partitionName(spec: string, parent: string, ctx: ConvertContext): string {
  let name = spec;
  if (ctx.relationNames.has(name)) name = `${parent}_${spec}`.slice(0, 63);
  ctx.relationNames.add(name);
  return pgIdent(name);
}

/**
 * Converts the partitioning clause that starts at tail[0] (`PARTITION BY …`) for the table `parent`
 * (qualified text as written, bare name, optional schema).
 */
export function convertPartitioning(
  tail: Tok[],
  parent: { text: string; name: string; schema?: string },
  ctx: ConvertContext,
  rules: RuleHit[],
): PartitionPlan {
  const line = tail[0]!.tok.line;
  const plan: PartitionPlan = { clause: '', after: [], warnings: [], blockers: [] };
  let i = 2;
  if (isWord(tail[i], 'LINEAR')) i++;
  const method = tail[i]?.tok.value ?? '';
  i++;
  if (isWord(tail[i], 'COLUMNS')) i++;
  if (method === 'REFERENCE' || method === 'SYSTEM' || !isText(tail[i], '(')) {
    plan.blockers.push(
      method === 'REFERENCE'
        ? `${parent.name}: reference partitioning (partitioned like its parent through a foreign key): PostgreSQL has no equivalent; copy the parent's partition key into this table and partition it by that column`
        : `${parent.name}: ${method.toLowerCase()} partitioning has no PostgreSQL equivalent; choose a partition key`,
    );
    return plan;
  }
  const keyClose = matchParen(tail, i);
  const key = partitionKey(tail, i, keyClose);
  i = keyClose + 1;
  const pgMethod = method === 'KEY' ? 'HASH' : method;
  if (!['RANGE', 'LIST', 'HASH'].includes(pgMethod)) {
    plan.blockers.push(`${parent.name}: partitioning by ${method} is not understood; recreate it by hand`);
    return plan;
  }
  let interval = false;
  let subpartitions = false;
  let hashCount = 0;
  const specs: PartitionSpec[] = [];
  const dropped: string[] = [];
  while (i < tail.length) {
    const t = tail[i]!;
    if (isWord(t, 'INTERVAL') && isText(tail[i + 1], '(')) {
      interval = true;
      i = matchParen(tail, i + 1) + 1;
    } else if (isWord(t, 'SUBPARTITION', 'SUBPARTITIONS')) {
      subpartitions = true;
      i = isText(tail[i + 1], '(') ? matchParen(tail, i + 1) + 1 : i + 1;
    } else if (isWord(t, 'PARTITIONS') && tail[i + 1]?.tok.type === 'number') {
      hashCount = Number.parseInt(tail[i + 1]!.text, 10);
      i += 2;
    } else if (isText(t, '(') && isWord(tail[i + 1], 'PARTITION')) {
      const close = matchParen(tail, i);
      for (const [a, b] of splitTopLevel(tail, i + 1, close)) {
        const el = tail.slice(a, b);
        if (el.some((x) => isWord(x, 'SUBPARTITION'))) subpartitions = true;
        const spec = readPartition(el);
        if (spec) specs.push(spec);
      }
      i = close + 1;
    } else if (isText(t, '(')) {
      const close = matchParen(tail, i);
      dropped.push(render(tail, i, close + 1));
      i = close + 1;
    } else if (isText(t, ';')) i++;
    else {
      dropped.push(t.text);
      i++;
    }
  }
  const schema = parent.schema ? `${pgIdent(parent.schema)}.` : '';
  const of = (spec: string, bound: string) =>
    `CREATE TABLE ${schema}${partitionName(spec, parent.name, ctx)} PARTITION OF ${parent.text} ${bound}`;
  if (pgMethod === 'HASH') {
    const names = specs.length ? specs.map((s) => s.name) : [];
    const count = names.length || Math.max(1, hashCount);
    for (let k = 0; k < count; k++)
      plan.after.push(of(names[k] ?? `${parent.name}_p${k}`, `FOR VALUES WITH (MODULUS ${count}, REMAINDER ${k})`));
  } else if (pgMethod === 'LIST') {
    for (const s of specs)
      plan.after.push(of(s.name, s.isDefault ? 'DEFAULT' : `FOR VALUES IN (${s.bound ?? 'NULL'})`));
  } else {
    let lower = key.map(() => 'MINVALUE').join(', ');
    for (const s of specs) {
      if (!s.bound) continue;
      const upper = s.bound === 'MAXVALUE' ? key.map(() => 'MAXVALUE').join(', ') : s.bound;
      plan.after.push(of(s.name, `FOR VALUES FROM (${lower}) TO (${upper})`));
      lower = upper;
    }
  }
  if ((interval || specs.length === 0) && pgMethod !== 'HASH') {
    plan.after.push(of(`${parent.name}_default`, 'DEFAULT'));
    plan.warnings.push(
      interval
        ? `${parent.name}: interval partitioning: PostgreSQL does not create partitions on demand; the listed partitions and a DEFAULT partition are created, create future ones ahead (pg_partman or a scheduled job)`
        : `${parent.name}: no partitions listed: a DEFAULT partition is created; add the real ones`,
    );
  }
  if (subpartitions)
    plan.warnings.push(
      `${parent.name}: subpartitions dropped: partition each partition again (CREATE TABLE … PARTITION OF … PARTITION BY …) if they are still needed`,
    );
  plan.clause = ` PARTITION BY ${pgMethod} (${key.join(', ')})`;
  rules.push({
    id: 'partition.declarative',
    detail: `PARTITION BY ${method}${interval ? ' … INTERVAL' : ''} → PARTITION BY ${pgMethod} with ${plan.after.length} partition(s)${dropped.length ? `; ${dropped.join(' ').slice(0, 60)} dropped` : ''}`,
    line,
  });
  return plan;
}
