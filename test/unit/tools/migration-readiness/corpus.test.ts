import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { startPostgres } from '../../../../src/lib/readiness/engine/pglite-datadir-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseScript, type SqlEngine } from '../../../../src/lib/readiness/engine/analyse';
import { outcomes, type Report } from '../../../../src/lib/readiness/report/report';
import { corpusDir, corpusFiles } from '../../../harness/corpus';

const dir = corpusDir();
if (!dir) console.warn('Schema corpus not found ($BREAKEVEN_SCHEMAS, ../shared/corpus/schemas): corpus tests skipped.');

/** Base tables (not inheritance children) and their columns, from information_schema. */
async function tablesOf(engine: SqlEngine): Promise<Record<string, string[]>> {
  const { rows } = await engine.query<{ t: string; c: string }>(`
    SELECT c.table_name AS t, c.column_name AS c
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class k ON k.oid = i.inhrelid WHERE k.relname = c.table_name)
    ORDER BY 1, c.ordinal_position`);
  const tables: Record<string, string[]> = {};
  for (const r of rows) (tables[r.t] ??= []).push(r.c);
  for (const t of Object.keys(tables)) tables[t]!.sort();
  return tables;
}

/**
 * Where the hand-written PostgreSQL Sakila differs from its Oracle, SQL Server and MySQL sources by design: it
 * replaces film_text (kept in sync by triggers) with a tsvector column on film, adds customer.activebool next to
 * the legacy integer active, and drops payment.last_update.
 */
const portDifferences = {
  onlyInSources: ['film_text'],
  extraColumnsInPostgres: { film: ['fulltext'], customer: ['activebool'] } as Record<string, string[]>,
  columnsOnlyInSources: { payment: ['last_update'] } as Record<string, string[]>,
};

/** Everything the report says about each object, without timings. */
const verdicts = (report: Report) => ({ summary: report.summary, objects: report.objects });

describe.skipIf(!dir)('the schema corpus', () => {
  let pg: PGlite;
  const reports = new Map<string, Report>();
  const tables = new Map<string, Record<string, string[]>>();

  beforeAll(async () => {
    pg = await startPostgres();
    for (const [folder, file, path] of corpusFiles(dir!)) {
      const key = `${folder}/${file}`;
      const report = await analyseScript(readFileSync(path, 'utf8'), pg, {
        inspect: async (engine) => {
          tables.set(key, await tablesOf(engine));
        },
      });
      reports.set(key, report);
    }
  }, 300_000);

  afterAll(async () => {
    await pg?.close();
  });

  it('gives every object the same verdict whether statements run in batches or one by one', async () => {
    for (const [folder, file, path] of corpusFiles(dir!)) {
      const oneByOne = await analyseScript(readFileSync(path, 'utf8'), pg, { batchSize: 1 });
      expect(verdicts(reports.get(`${folder}/${file}`)!), `${folder}/${file}`).toEqual(verdicts(oneByOne));
    }
  }, 300_000);

  it('has the files this test expects', () => {
    expect([...reports.keys()]).toEqual(
      expect.arrayContaining([
        'oracle/sakila-oracle-schema.sql',
        'sqlserver/sakila-sqlserver-schema.sql',
        'mysql/sakila-mv-schema.sql',
        'postgres/sakila-postgres-schema.sql',
      ]),
    );
  });

  it('gives every object of every file exactly one outcome', () => {
    for (const [key, report] of reports) {
      for (const o of report.objects) expect(outcomes, `${key}: ${o.kind} ${o.name}`).toContain(o.outcome);
      expect(
        Object.values(report.summary.outcomes).reduce((a, b) => a + b, 0),
        key,
      ).toBe(report.objects.length);
    }
  });

  it('converts and creates at least 90 % of all CREATE TABLE statements', () => {
    let total = 0;
    let executed = 0;
    for (const report of reports.values()) {
      total += report.summary.createTables.total;
      executed += report.summary.createTables.executed;
    }
    expect(total).toBeGreaterThan(50);
    expect(executed / total).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['oracle/sakila-oracle-schema.sql', 'sqlserver/sakila-sqlserver-schema.sql', 'mysql/sakila-mv-schema.sql'])(
    '%s creates the tables and columns of the PostgreSQL Sakila',
    (key) => {
      const expected = tables.get('postgres/sakila-postgres-schema.sql')!;
      const actual = tables.get(key)!;
      expect(Object.keys(expected).length).toBeGreaterThan(10);
      // Same tables, apart from the port's documented difference.
      expect(Object.keys(actual).filter((t) => !(t in expected))).toEqual(portDifferences.onlyInSources);
      expect(Object.keys(expected).filter((t) => !(t in actual))).toEqual([]);
      // Same columns in every table, apart from the documented differences.
      for (const [table, columns] of Object.entries(expected)) {
        const want = [
          ...columns.filter((c) => !portDifferences.extraColumnsInPostgres[table]?.includes(c)),
          ...(portDifferences.columnsOnlyInSources[table] ?? []),
        ].sort();
        expect(actual[table], `${key}: ${table}`).toEqual(want);
      }
    },
  );

  it('reads the PostgreSQL Sakila itself as PostgreSQL that runs as is', () => {
    const report = reports.get('postgres/sakila-postgres-schema.sql')!;
    expect(report.dialect.used).toBe('postgres');
    expect(report.summary.outcomes.manual + report.summary.outcomes.incidental).toBe(0);
  });

  it('ran every statement with a recorded verdict: nothing was skipped silently', () => {
    for (const report of reports.values()) {
      for (const o of report.objects) {
        if (o.outcome !== 'not-applicable') expect(o.order, `${o.kind} ${o.name}`).toBeDefined();
      }
    }
  });
});
