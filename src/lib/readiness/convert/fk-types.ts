/**
 * Foreign keys whose two sides map to different numeric types (#11.4). Oracle compares NUMBER and NUMBER(p) by
 * value, so `customer_id NUMBER REFERENCES customers (customer_id NUMBER(6))` is an ordinary key there; after type
 * mapping the sides become numeric and integer, and PostgreSQL refuses the key ("foreign key constraint … cannot
 * be implemented") or compares through a cast. The referencing column takes the referenced column's type, with a
 * rule and a finding. Source: PostgreSQL 18 docs, CREATE TABLE "REFERENCES" (the referencing and referenced
 * columns must have compatible types with an equality operator the key's index supports).
 */
import type { ConvertedStatement } from './converted-statement.ts';
import { renderTable } from './ddl.ts';
import { type TablePlan } from './table-plan.ts';

const constraintStart = /^(CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK|EXCLUDE)\b/i;
const typeEnd = /\s+(?:NOT|NULL|DEFAULT|GENERATED|PRIMARY|UNIQUE|CHECK|REFERENCES|CONSTRAINT|COLLATE)\b/i;
const numericFamily =
  /^(smallint|integer|int|int2|int4|int8|bigint|numeric|decimal|number)(\(\s*\d+\s*(,\s*\d+\s*)?\))?$/;

/** A column element's name and type as the converter printed them. */
function columnOf(sql: string): { name: string; type: string; typeAt: number } | undefined {
  if (constraintStart.test(sql)) return undefined;
  const m = /^("(?:[^"]|"")+"|\S+)\s+/.exec(sql);
  if (!m) return undefined;
  const rest = sql.slice(m[0].length);
  const end = typeEnd.exec(rest);
  const type = (end ? rest.slice(0, end.index) : rest).trim();
  return { name: bare(m[1]!), type, typeAt: m[0].length };
}

const bare = (name: string) => name.split('.').pop()!.replace(/"/g, '').toLowerCase();

/** Types compared the way PostgreSQL sees them: int = integer, decimal = numeric, numeric(p,0) = numeric(p). */
function canonical(type: string): string {
  return type
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^int4?$/, 'integer')
    .replace(/^int8$/, 'bigint')
    .replace(/^int2$/, 'smallint')
    .replace(/^decimal/, 'numeric')
    .replace(/^numeric\((\d+),0\)$/, 'numeric($1)');
}

interface ForeignKey {
  columns: string[];
  parent: string;
  parentColumns: string[];
}

function keysIn(sql: string, ownColumn?: string): ForeignKey[] {
  const keys: ForeignKey[] = [];
  const list = (s: string) => s.split(',').map(bare);
  for (const m of sql.matchAll(/FOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+([\w."$]+)\s*\(([^)]*)\)/gi))
    keys.push({ columns: list(m[1]!), parent: bare(m[2]!), parentColumns: list(m[3]!) });
  if (ownColumn && keys.length === 0) {
    const m = /\bREFERENCES\s+([\w."$]+)\s*\(([^)]*)\)/i.exec(sql);
    if (m) keys.push({ columns: [ownColumn], parent: bare(m[1]!), parentColumns: list(m[2]!) });
  }
  return keys;
}

/** Gives every referencing column the type of the column it references, when both are numeric and differ. */
export function unifyForeignKeyTypes(converted: ConvertedStatement[]): void {
  const tables = new Map<string, { c: ConvertedStatement; plan: TablePlan }>();
  for (const c of converted) if (c.table) tables.set(c.table.name, { c, plan: c.table });
  const typeOf = (table: string, column: string) => {
    for (const e of tables.get(table)?.plan.elements ?? []) {
      const col = columnOf(e.sql);
      if (col?.name === column) return col.type;
    }
    return undefined;
  };
  const keys: { child: string; key: ForeignKey }[] = [];
  for (const { plan } of tables.values())
    for (const e of plan.elements) {
      const own = columnOf(e.sql)?.name;
      for (const key of keysIn(e.sql, own)) keys.push({ child: plan.name, key });
    }
  for (const c of converted)
    if (c.classification.kind === 'constraint' && c.classification.table)
      for (const key of keysIn(c.sql)) keys.push({ child: c.classification.table, key });
  // Twice, so a key that references a column retyped in the first pass follows it.
  for (let pass = 0; pass < 2; pass++)
    for (const { child, key } of keys)
      key.columns.forEach((column, k) => {
        const target = typeOf(key.parent, key.parentColumns[k] ?? '');
        const own = typeOf(child, column);
        if (!target || !own || canonical(target) === canonical(own)) return;
        if (!numericFamily.test(canonical(target)) || !numericFamily.test(canonical(own))) return;
        // The integer types compare with each other inside one operator family; numeric against them does not.
        const base = (t: string) => canonical(t).replace(/\(.*$/, '');
        if (base(target) === base(own) || (base(target) !== 'numeric' && base(own) !== 'numeric')) return;
        retype(tables.get(child)!, column, own, target, `${key.parent}.${key.parentColumns[k]}`);
      });
}

function retype(
  entry: { c: ConvertedStatement; plan: TablePlan },
  column: string,
  from: string,
  to: string,
  ref: string,
) {
  const { c, plan } = entry;
  plan.elements = plan.elements.map((e) => {
    const col = columnOf(e.sql);
    if (col?.name !== column) return e;
    return { ...e, sql: `${e.sql.slice(0, col.typeAt)}${to}${e.sql.slice(col.typeAt + col.type.length)}` };
  });
  c.sql = renderTable(plan);
  c.rules.push({
    id: 'type.fk-match',
    detail: `${plan.name}.${column} ${from} → ${to} to match ${ref}`,
    line: c.statement.startLine,
  });
  c.warnings.push(
    `foreign key type: ${plan.name}.${column} was ${from}, ${ref} is ${to}: the referencing column takes the referenced type (Oracle compared NUMBER and NUMBER(p) by value); values with decimals would now be rejected`,
  );
}
