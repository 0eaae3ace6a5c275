/**
 * The two scripts written in the shape of vendor samples (test/fixtures/readiness-idioms/): every table and routine
 * keeps its outcome (a table that converted must not stop converting), and the --ddl export of what the tool calls
 * converted loads whole in a fresh PostgreSQL (no false green).
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseScript } from '../../../../src/lib/readiness/engine/analyse';
import type { Report } from '../../../../src/lib/readiness/report/report';
import { convertedDdl } from '../../../../src/lib/readiness/report/report-files';

const scripts = {
  oracle: 'test/fixtures/readiness-idioms/oracle-co-shaped.sql',
  mysql: 'test/fixtures/readiness-idioms/mysql-rental-shaped.sql',
} as const;

let pg: PGlite;
const reports = new Map<keyof typeof scripts, Report>();
beforeAll(async () => {
  pg = await PGlite.create();
  for (const [dialect, path] of Object.entries(scripts) as [keyof typeof scripts, string][])
    reports.set(dialect, await analyseScript(readFileSync(path, 'utf8'), pg));
}, 180_000);
afterAll(async () => {
  await pg.close();
});

const outcomesOf = (dialect: keyof typeof scripts, kinds: string[]) =>
  reports
    .get(dialect)!
    .objects.filter((o) => kinds.includes(o.kind))
    .map((o) => `${o.kind} ${o.name}: ${o.outcome}`);

describe('objects of the vendor-shaped scripts keep their outcome', () => {
  it('Oracle order entry: 11 of 11 tables convert (reference partitioning → unpartitioned, with a finding)', () => {
    expect(outcomesOf('oracle', ['table', 'schema', 'type', 'materialized-view'])).toEqual([
      'schema shop: converted',
      'table stores: converted',
      'table customers: converted',
      'table products: converted',
      'table orders: converted',
      'table order_items: converted',
      'table sales_history: converted',
      'table regional_sales: converted',
      'table sessions: converted',
      'table events_log: converted',
      'table order_notes: converted',
      'table shipments: converted',
      'type address_t: converted',
      'type phone_list_t: converted',
      'type address_tab_t: converted',
      'materialized-view product_orders_mv: converted',
    ]);
  });

  it('Oracle order entry: every routine converts (6 of 6)', () => {
    expect(outcomesOf('oracle', ['procedure', 'function', 'trigger']).every((o) => o.endsWith(': converted'))).toBe(
      true,
    );
    expect(outcomesOf('oracle', ['procedure', 'function', 'trigger'])).toHaveLength(6);
  });

  it('MySQL rental: the GEOMETRY table converts with a WKB column (PostGIS finding), so its dependants convert', () => {
    expect(outcomesOf('mysql', ['table'])).toEqual([
      'table country: converted',
      'table city: converted',
      'table address: converted',
      'table language: converted',
      'table film: converted',
      'table film_text: converted',
      'table customer: converted',
      'table payment: converted',
    ]);
    expect(outcomesOf('mysql', ['procedure', 'function'])).toEqual([
      'function customer_balance: converted',
      'procedure rename_language: converted',
      'procedure touch_films: converted',
      'function film_count: converted',
    ]);
  });
});

describe('the --ddl export of the vendor-shaped scripts loads whole in PostgreSQL', () => {
  it.each(Object.keys(scripts) as (keyof typeof scripts)[])(
    '%s',
    async (dialect) => {
      const fresh = await PGlite.create();
      try {
        await expect(fresh.exec(convertedDdl(reports.get(dialect)!))).resolves.toBeDefined();
      } finally {
        await fresh.close();
      }
    },
    60_000,
  );
});
