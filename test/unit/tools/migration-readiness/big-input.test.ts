import { existsSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseScript } from '../../../../src/lib/readiness/engine/analyse';
import type { Report } from '../../../../src/lib/readiness/report/report';
import { maxNesting } from '../../../../src/lib/readiness/sql/split';
import { structureOnly, unboundedWorkReason } from '../../../../src/lib/readiness/convert/unbounded-work';

// The slow cases (4,500 CREATE TABLEs, a 10 MB schema) are in test/bench/readiness-big-input.ts.

let pg: PGlite;
beforeAll(async () => {
  pg = await PGlite.create();
}, 120_000);
afterAll(async () => {
  await pg?.close();
});

const outcomesOf = (r: Report) => r.objects.map((o) => [o.kind, o.name, o.outcome]);
const relationsLeft = async () =>
  (
    await pg.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')",
    )
  ).rows[0]!.n;

describe('bounded transactions', () => {
  // 12 tables, each referencing the next one (created later): statements wait across transaction boundaries
  const chain = Array.from(
    { length: 12 },
    (_, k) => `CREATE TABLE c${k} (id int PRIMARY KEY${k < 11 ? `, next int REFERENCES c${k + 1} (id)` : ''});`,
  ).join('\n');

  it('gives the same outcomes committing every 3 statements as in one transaction, and leaves nothing behind', async () => {
    const before = await relationsLeft();
    const one = await analyseScript(chain, pg, { dialect: 'postgres' });
    const batched = await analyseScript(chain, pg, { dialect: 'postgres', statementsPerTransaction: 3 });
    expect(outcomesOf(batched)).toEqual(outcomesOf(one));
    expect(batched.summary.createTables.executed).toBe(12);
    expect(await relationsLeft()).toBe(before);
    // the next analysis starts from an empty schema
    const again = await analyseScript('CREATE TABLE c0 (id int);', pg, { dialect: 'postgres' });
    expect(again.objects[0]!.outcome).toBe('as-is');
  }, 60_000);
});

describe('malformed input gets a clear finding with its line', () => {
  it('an unterminated /* is an object that cannot be parsed, not a silent end of the script', async () => {
    const r = await analyseScript('CREATE TABLE a (id int);\n/* oops\nCREATE TABLE b (id int);\n', pg);
    const broken = r.objects.find((o) => o.outcome === 'manual');
    expect(broken?.startLine).toBe(2);
    expect(broken?.reason).toMatch(/Unterminated comment starting at line 2.*nothing after it is read/);
    expect(r.summary.score).toBeLessThan(100);
  }, 30_000);

  it(`refuses parentheses nested deeper than ${maxNesting}, with the line, instead of overflowing the stack`, async () => {
    const depth = 100_000;
    const script = `CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT ${'('.repeat(depth)}1${')'.repeat(depth)} AS x;\n`;
    const r = await analyseScript(script, pg);
    const view = r.objects.find((o) => o.kind === 'view')!;
    expect(view.outcome).toBe('manual');
    expect(view.reason).toMatch(new RegExp(`nested more than ${maxNesting} deep at line 2`));
  }, 60_000);
});

describe('user SQL that could run unbounded work is never executed', () => {
  it.each([
    ['an event trigger', ['CREATE', 'EVENT', 'TRIGGER', 'spin'], 'table', /event trigger/],
    ['REFRESH MATERIALIZED VIEW', ['REFRESH', 'MATERIALIZED', 'VIEW'], 'other', /refreshes/],
    ['VACUUM', ['VACUUM'], 'other', /runs work/],
    ['a subscription', ['CREATE', 'SUBSCRIPTION', 's'], 'other', /other servers/],
    ['a foreign server', ['CREATE', 'SERVER', 's'], 'other', /other servers/],
  ] as const)('%s is not applicable', (_, words, kind, reason) => {
    expect(unboundedWorkReason(kind, [...words])).toMatch(reason);
  });

  it.each([
    ['CREATE TABLE t AS SELECT 1;', 'CREATE TABLE t AS SELECT 1\nWITH NO DATA;'],
    ['CREATE TABLE t AS (SELECT 1) WITH DATA;', 'CREATE TABLE t AS (SELECT 1) WITH NO DATA;'],
    [
      'CREATE MATERIALIZED VIEW m AS WITH x AS (SELECT 1) SELECT * FROM x',
      'CREATE MATERIALIZED VIEW m AS WITH x AS (SELECT 1) SELECT * FROM x\nWITH NO DATA',
    ],
    ['CREATE TABLE t (a int);', 'CREATE TABLE t (a int);'],
  ])('structureOnly(%j)', (sql, expected) => expect(structureOnly(sql)).toBe(expected));

  it('analyses a CTAS over a huge generate_series and an endless event trigger at once', async () => {
    const script = `CREATE TABLE big AS SELECT g FROM generate_series(1, 1000000000000) g;
CREATE FUNCTION loop_forever() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN LOOP END LOOP; END $$;
CREATE EVENT TRIGGER spin ON ddl_command_end EXECUTE FUNCTION loop_forever();
REFRESH MATERIALIZED VIEW big;
DO $$ BEGIN LOOP END LOOP; END $$;
CALL loop_forever();
SELECT count(*) FROM generate_series(1, 1000000000000);
CREATE TABLE after_trigger (id int);`;
    const r = await analyseScript(script, pg, { dialect: 'postgres' });
    const byName = (n: string) => r.objects.find((o) => o.name === n)!;
    expect(byName('big').outcome).toBe('as-is');
    expect(byName('big').converted).toMatch(/WITH NO DATA/);
    expect(byName('after_trigger').outcome).toBe('as-is');
    expect(r.objects.filter((o) => o.outcome === 'not-applicable')).toHaveLength(5);
  }, 30_000);

  it('nothing touches the host: COPY … FROM PROGRAM, pg_read_file, CREATE EXTENSION stay not applicable', async () => {
    const marker = `/tmp/readiness-host-${process.pid}`;
    rmSync(marker, { force: true });
    const script = `CREATE TABLE t (a text);
COPY t FROM PROGRAM 'touch ${marker}';
COPY t TO PROGRAM 'touch ${marker}';
SELECT pg_read_file('/etc/passwd');
CREATE TABLE leak AS SELECT pg_read_file('/etc/passwd') AS a;
CREATE EXTENSION IF NOT EXISTS plpython3u;`;
    const r = await analyseScript(script, pg, { dialect: 'postgres' });
    expect(r.objects.map((o) => o.outcome)).toEqual([
      'as-is',
      'not-applicable',
      'not-applicable',
      'not-applicable',
      'as-is',
      'not-applicable',
    ]);
    expect(r.objects[4]!.converted).toMatch(/WITH NO DATA/);
    expect(existsSync(marker)).toBe(false);
  }, 30_000);
});
