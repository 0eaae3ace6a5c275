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

/**
 * MySQL `RANGE (YEAR(col))` with year bounds → `RANGE (col)` with each bound rewritten to January 1st of that year
 * (YEAR(col) < 2022 exactly when col < '2022-01-01'): a plain column, so primary keys that hold it stay valid in
 * PostgreSQL, which refuses expression keys in a unique constraint. Returns the column; edits the specs' bounds.
 */
function yearPartitionKey(key: string[], specs: PartitionSpec[]): string | undefined {
  const m = key.length === 1 ? /^\(\s*year\s*\(\s*([A-Za-z_][\w$]*|"(?:[^"]|"")+")\s*\)\s*\)$/i.exec(key[0]!) : null;
  if (!m || !specs.every((s) => !s.bound || s.bound === 'MAXVALUE' || /^\d{4}$/.test(s.bound))) return undefined;
  for (const s of specs) if (s.bound && s.bound !== 'MAXVALUE') s.bound = `'${s.bound}-01-01'`;
  return m[1];
}

/**
 * Drops partitioning when a primary key or unique constraint lacks a partition key column: PostgreSQL enforces
 * uniqueness on a partitioned table only per (key, partition key), while the source (an Oracle global index) enforces
 * it on the key alone; keeping the key's meaning (and the foreign keys that reference it) matters more than the
 * partitions. Returns the finding, or undefined when every unique key holds the partition key.
 */
export function unenforceablePartitioning(
  plan: PartitionPlan,
  elements: { sql: string }[],
  table: string,
  rules: RuleHit[],
): string | undefined {
  const m = /^ PARTITION BY \w+ \((.*)\)$/.exec(plan.clause);
  if (!m) return undefined;
  const keyColumns = m[1]!.split(',').map((c) => c.trim().toLowerCase());
  const uniques = elements.flatMap((e) => {
    const constraint = /\b(?:PRIMARY\s+KEY|UNIQUE)\s*\(([^)]*)\)/i.exec(e.sql);
    if (constraint)
      return [
        constraint[1]!.split(',').map((c) =>
          c
            .trim()
            .replace(/\s+(ASC|DESC)$/i, '')
            .toLowerCase(),
        ),
      ];
    const inline = /^("(?:[^"]|"")+"|[\w$]+)\s.*\b(PRIMARY\s+KEY|UNIQUE)\b/i.exec(e.sql);
    return inline ? [[inline[1]!.toLowerCase()]] : [];
  });
  const lacking = uniques.find((cols) => keyColumns.some((k) => !cols.includes(k)));
  if (!lacking) return undefined;
  plan.clause = '';
  plan.after = [];
  plan.warnings = [];
  const declared = rules.findLastIndex((r) => r.id === 'partition.declarative');
  const line = rules[declared]?.line ?? 0;
  if (declared >= 0) rules.splice(declared, 1);
  rules.push({
    id: 'partition.unique-key',
    detail: `key (${lacking.join(', ')}) lacks the partition key: unpartitioned`,
    line,
  });
  return `${table}: created unpartitioned: its unique key (${lacking.join(', ')}) does not hold the partition key (${keyColumns.join(', ')}), and PostgreSQL enforces uniqueness on a partitioned table only together with the partition key; to partition it, add the partition key to the key and to the foreign keys that reference it`;
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
  if (method === 'REFERENCE') {
    rules.push({ id: 'partition.reference', detail: `${render(tail).slice(0, 60)} dropped: unpartitioned`, line });
    plan.warnings.push(
      `${parent.name}: reference partitioning (partitioned like its parent through a foreign key) has no PostgreSQL equivalent: the table is created unpartitioned; to partition it, copy the parent's partition key column into it and PARTITION BY that column`,
    );
    return plan;
  }
  if (method === 'SYSTEM' || !isText(tail[i], '(')) {
    plan.blockers.push(
      `${parent.name}: ${method.toLowerCase()} partitioning has no PostgreSQL equivalent; choose a partition key`,
    );
    return plan;
  }
  const keyClose = matchParen(tail, i);
  let key = partitionKey(tail, i, keyClose);
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
  const yearKey = pgMethod === 'RANGE' ? yearPartitionKey(key, specs) : undefined;
  if (yearKey) {
    rules.push({ id: 'partition.year-key', detail: `RANGE (${key[0]}) → RANGE (${yearKey}) with date bounds`, line });
    key = [yearKey];
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
