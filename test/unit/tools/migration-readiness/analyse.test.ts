import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { startPostgres } from '../../../../src/lib/readiness/engine/pglite-datadir-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyseScript,
  type AnalyseProgress,
  type AnnouncedStatement,
} from '../../../../src/lib/readiness/engine/analyse';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import { InputError, inputMessages } from '../../../../src/lib/readiness/engine/input';
import { outcomes, reportSchema, type Outcome, type Report } from '../../../../src/lib/readiness/report/report';
import { reestimate } from '../../../../src/lib/readiness/report/reestimate';
import { convertedDdl } from '../../../../src/lib/readiness/report/report-files';
import { ruleCatalogue } from '../../../../src/lib/readiness/convert/rules';
import { convertScript } from './idiom-fixture';

const idiomScripts: [Dialect, string][] = [
  ['oracle', 'test/fixtures/readiness-idioms/oracle-co-shaped.sql'],
  ['mysql', 'test/fixtures/readiness-idioms/mysql-rental-shaped.sql'],
];
import { scoreWeights } from '../../../../src/lib/readiness/score/scoring';
import { corpusScripts } from '../../../harness/readiness-corpus';

const fixture = (name: string) => readFileSync(`public/examples/readiness/${name}.sql`, 'utf8');

let pg: PGlite;
const reports = new Map<Dialect, Report>();

beforeAll(async () => {
  pg = await startPostgres();
  for (const dialect of ['oracle', 'sqlserver', 'mysql'] as const)
    reports.set(dialect, await analyseScript(fixture(dialect), pg));
}, 120_000);

afterAll(async () => {
  await pg?.close();
});

/** [kind, name, outcome] for every object of the fixture except client commands, in script order. */
const expected: Record<'oracle' | 'sqlserver' | 'mysql', [string, string, Outcome][]> = {
  oracle: [
    ['table', 'customers', 'converted'],
    ['index', 'customers_pk', 'converted'],
    ['constraint', 'customers', 'converted'],
    ['sequence', 'customers_seq', 'converted'],
    ['trigger', 'customers_bi', 'converted'],
    // inline REFERENCES customers works because the primary key ALTER ran first, in script order
    ['table', 'orders', 'converted'],
    ['sequence', 'orders_seq', 'as-is'],
    ['trigger', 'orders_bi', 'converted'],
    ['alter', 'orders_bi', 'converted'],
    ['index', 'orders_customer_ix', 'converted'],
    ['index', 'orders_status_ix', 'as-is'],
    ['table', 'order_staging', 'converted'],
    ['table', 'order_archive', 'converted'],
    // SDO_GEOMETRY does not exist in PostgreSQL without PostGIS: the root error
    ['table', 'stores', 'converted'],
    ['index', 'stores_location_ix', 'as-is'],
    ['view', 'customer_summary', 'converted'],
    ['view', 'next_numbers', 'converted'],
    // (+) outer join: PostgreSQL's syntax error
    ['view', 'customer_orders', 'manual'],
    ['view', 'store_list', 'as-is'],
    // CONNECT BY
    ['view', 'order_tree', 'manual'],
    ['view', 'order_tree_top', 'incidental'],
    ['procedure', 'close_order', 'converted'],
    ['function', 'customer_total', 'converted'],
    ['function', 'order_label', 'converted'],
    // reads a table that does not exist: PostgreSQL accepts the body, the engine's own check does not
    ['function', 'ghost_total', 'manual'],
    // local collection type and BULK COLLECT
    ['procedure', 'bulk_close', 'manual'],
    ['procedure', 'log_change', 'converted'],
    ['trigger', 'orders_audit', 'converted'],
    ['package', 'shop_api', 'manual'],
    ['package-body', 'shop_api', 'manual'],
    ['type', 'address_t', 'converted'],
    ['synonym', 'clients', 'converted'],
    ['comment', 'table customers', 'as-is'],
    // the grantee does not exist here
    ['grant', 'grant', 'not-applicable'],
    ['data', 'insert', 'not-applicable'],
    ['transaction', 'commit', 'not-applicable'],
  ],
  sqlserver: [
    ['session', 'set nocount', 'not-applicable'],
    ['session', 'set quoted_identifier', 'not-applicable'],
    ['session', 'use tickets', 'not-applicable'],
    ['table', 'agents', 'converted'],
    ['table', 'tickets', 'converted'],
    ['constraint', 'tickets', 'converted'],
    ['constraint', 'tickets', 'converted'],
    ['constraint', 'tickets', 'converted'],
    ['alter', 'tickets', 'not-applicable'],
    ['index', 'ix_title', 'converted'],
    ['index', 'ix_title', 'converted'],
    ['index', 'tickets', 'converted'],
    ['index', 'ux_agents_login', 'converted'],
    ['index', 'ix_tickets_agent', 'as-is'],
    ['table', 'tk_audit', 'converted'],
    // geography needs PostGIS
    ['table', 'locations', 'converted'],
    ['index', 'ix_locations_area', 'converted'],
    ['view', 'opentickets', 'converted'],
    ['view', 'ticketsbypriority', 'manual'],
    ['view', 'busyagents', 'incidental'],
    // TRY / CATCH, @@ROWCOUNT and RAISERROR → PL/pgSQL; the CATCH's SELECT → a refcursor (tsql-body.ts)
    ['procedure', 'closeticket', 'converted'],
    ['trigger', 'trg_tickets_audit', 'manual'],
    ['data', 'insert', 'not-applicable'],
    // a description of the dbo schema: dbo becomes public, nothing to comment on
    ['comment', 'schema dbo', 'not-applicable'],
    ['grant', 'grant', 'not-applicable'],
    ['schema', 'support', 'converted'],
    ['type', 'flag', 'converted'],
    ['sequence', 'casenumber', 'as-is'],
    ['type', 'caselist', 'converted'],
    // PostgreSQL does not validate xml against an XSD
    ['type', 'formschema', 'manual'],
    ['table', 'cases', 'converted'],
    ['table', 'sessions', 'converted'],
    // schema archive is never created: created before the table
    ['table', 'oldtickets', 'converted'],
    ['comment', 'table support.cases', 'converted'],
  ],
  mysql: [
    ['session', 'set foreign_key_checks', 'not-applicable'],
    ['schema', 'library', 'not-applicable'],
    ['session', 'use library', 'not-applicable'],
    // loans references books, created later: it waits for it
    ['table', 'loans', 'converted'],
    ['table', 'books', 'converted'],
    // members and branches reference each other: one foreign key is added after both tables
    ['table', 'members', 'converted'],
    ['table', 'branches', 'converted'],
    // GEOMETRY column → bytea (WKB) with a PostGIS finding: the table and its index convert
    ['table', 'shelves', 'converted'],
    ['index', 'idx_shelves_spot', 'as-is'],
    ['index', 'idx_title_prefix', 'converted'],
    ['index', 'idx_loans_member', 'as-is'],
    ['view', 'book_list', 'converted'],
    ['view', 'loans_per_member', 'converted'],
    // m.name is neither grouped nor aggregated: PostgreSQL's error; the view reading it follows
    ['view', 'member_last_loan', 'manual'],
    ['view', 'idle_members', 'incidental'],
    ['view', 'top_shelves', 'as-is'],
    ['trigger', 'books_bu', 'converted'],
    ['function', 'loan_count', 'converted'],
    ['procedure', 'prune_loans', 'converted'],
    // returns a result set
    ['procedure', 'member_report', 'manual'],
    // TO_DAYS() differences become date arithmetic (expr.date-arith)
    ['function', 'days_out', 'converted'],
    ['data', 'insert', 'not-applicable'],
    ['session', 'set foreign_key_checks', 'not-applicable'],
  ],
};

describe.each(['oracle', 'sqlserver', 'mysql'] as const)('the %s fixture', (dialect) => {
  const report = () => reports.get(dialect)!;

  it('detects the dialect', () => {
    expect(report().dialect.used).toBe(dialect);
    expect(report().dialect.overridden).toBe(false);
  });

  it('gives every object the expected outcome', () => {
    const actual = report()
      .objects.filter((o) => o.kind !== 'client-command')
      .map((o) => [o.kind, o.name, o.outcome]);
    expect(actual).toEqual(expected[dialect]);
  });

  it('gives each object exactly one outcome, and uses all five', () => {
    const r = report();
    for (const o of r.objects) expect(outcomes).toContain(o.outcome);
    expect(Object.values(r.summary.outcomes).reduce((a, b) => a + b, 0)).toBe(r.objects.length);
    expect(Object.entries(r.summary.outcomes).filter(([, n]) => n === 0)).toEqual([]);
  });

  it('explains every object that did not convert, with PostgreSQL’s own error where it had one', () => {
    for (const o of report().objects) {
      if (o.outcome === 'manual' || o.outcome === 'incidental' || o.outcome === 'not-applicable')
        expect(o.reason, `${o.kind} ${o.name}`).toBeTruthy();
      if (o.outcome === 'incidental') expect(o.rootCause, `${o.kind} ${o.name}`).toBeDefined();
      if (o.outcome === 'as-is') expect(o.rules).toEqual([]);
      if (o.outcome === 'converted') expect(o.rules.length).toBeGreaterThan(0);
    }
  });

  it('produces a report that matches its schema', () => {
    expect(() => reportSchema.parse(report())).not.toThrow();
  });

  it('exports converted DDL that runs in PostgreSQL as is (objects that need a human are commented out)', async () => {
    const ddl = convertedDdl(report());
    for (const o of report().objects.filter((x) => x.outcome === 'converted')) {
      for (const r of o.rules) expect(ddl).toContain(`--   [${r.id}] ${r.detail}`);
    }
    await pg.exec('BEGIN');
    try {
      await expect(pg.exec(ddl)).resolves.toBeDefined();
    } finally {
      await pg.exec('ROLLBACK');
    }
  });
});

describe('findings, score and estimate', () => {
  it('lists constructs with their count, lines and suggestion', () => {
    const oracle = reports.get('oracle')!;
    const outerJoin = oracle.findings.find((f) => f.id === 'construct:ora.outer-join');
    const source = fixture('oracle').split('\n');
    const line = source.findIndex((l) => l.includes('o.customer_id(+)')) + 1;
    expect(outerJoin).toMatchObject({ severity: 'medium', count: 1, lines: [line] });
    expect(outerJoin?.suggestion).toMatch(/LEFT \/ RIGHT OUTER JOIN/);
    expect(oracle.findings.find((f) => f.id === 'construct:ora.bulk-collect')?.severity).toBe('critical');
    const sqlserver = reports.get('sqlserver')!;
    expect(sqlserver.findings.find((f) => f.id === 'construct:mss.pivot')).toMatchObject({
      severity: 'critical',
      count: 1,
    });
    expect(sqlserver.findings.find((f) => f.id === 'construct:mss.try-catch')).toMatchObject({
      severity: 'high',
      count: 2,
    });
  });

  it('orders findings from critical to info', () => {
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    for (const r of reports.values()) {
      const ranks = r.findings.map((f) => order.indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('scores and estimates consistently with the objects', () => {
    for (const r of reports.values()) {
      const applicable = r.objects.filter((o) => o.outcome !== 'not-applicable');
      const auto = applicable.filter((o) => o.outcome === 'as-is' || o.outcome === 'converted');
      const w = (o: { kind: keyof typeof scoreWeights }) => scoreWeights[o.kind];
      const score =
        Math.round((1000 * auto.reduce((s, o) => s + w(o), 0)) / applicable.reduce((s, o) => s + w(o), 0)) / 10;
      expect(r.summary.score).toBe(score);
      expect(r.estimate.hours).toBeCloseTo((r.estimate.units * 5) / 60, 1);
      expect(r.estimate.level).toBe(`${r.estimate.letter}-${r.estimate.technicalLevel}`);
    }
    // Procedural code with scored constructs (WHEN OTHERS, BULK COLLECT …): level 5
    expect(reports.get('oracle')!.estimate.technicalLevel).toBe(5);
  });

  it('redoes the estimate with edited weights from the report alone', () => {
    const oracle = reports.get('oracle')!;
    const same = reestimate(oracle, oracle.model);
    expect(same.estimate).toEqual(oracle.estimate);
    expect(same.summary.score).toBe(oracle.summary.score);
    // WHEN OTHERS (10 units each in ora2pg) weighted 0: the estimate drops by 10 × its occurrences.
    const whenOthers = oracle.objects.flatMap((o) => o.constructs).filter((c) => c.id === 'ora.when-others');
    const occurrences = whenOthers.reduce((s, c) => s + c.count, 0);
    expect(occurrences).toBeGreaterThan(0);
    const edited = reestimate(oracle, {
      ...oracle.model,
      constructWeights: { ...oracle.model.constructWeights, 'ora.when-others': 0 },
    });
    expect(edited.estimate.units).toBeCloseTo(oracle.estimate.units - 10 * occurrences, 5);
    expect(edited.objects.map((o) => o.outcome)).toEqual(oracle.objects.map((o) => o.outcome));
  });

  it('applies every rule of the catalogue in at least one fixture', () => {
    const applied = new Set([...reports.values()].flatMap((r) => r.objects.flatMap((o) => o.rules.map((x) => x.id))));
    // Dialect idioms the examples do not hold are applied by the vendor-shaped scripts (idiom-scripts.test.ts).
    for (const [dialect, path] of idiomScripts)
      for (const c of convertScript(readFileSync(path, 'utf8'), dialect)) for (const r of c.rules) applied.add(r.id);
    // …and the readiness corpus (test/fixtures/readiness-corpus) applies the ones added for its conversion rate.
    for (const script of corpusScripts())
      for (const c of convertScript(readFileSync(script.path, 'utf8'), script.dialect as Dialect))
        for (const r of c.rules) applied.add(r.id);
    expect(Object.keys(ruleCatalogue).filter((id) => !applied.has(id))).toEqual([]);
  });
});

describe('running an analysis', () => {
  it('reports progress per statement up to the total', async () => {
    const seen: AnalyseProgress[] = [];
    const report = await analyseScript(fixture('mysql'), pg, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((p, k) => k === 0 || p.done >= seen[k - 1]!.done)).toBe(true);
    expect(seen.at(-1)).toMatchObject({
      phase: 'analysing',
      done: report.objects.length,
      total: report.objects.length,
    });
  });

  it('stops when cancelled and leaves the database usable', async () => {
    const controller = new AbortController();
    const run = analyseScript(fixture('oracle'), pg, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done > 15) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(
      (await pg.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'customers'")).rows[0]?.n,
    ).toBe(0);
    await expect(analyseScript('CREATE TABLE ok (a int);', pg)).resolves.toMatchObject({ summary: { score: 100 } });
  });

  it('honours a dialect override', async () => {
    const report = await analyseScript('CREATE TABLE t (a VARCHAR2(10));', pg, { dialect: 'postgres' });
    expect(report.dialect).toMatchObject({ used: 'postgres', detected: 'oracle', overridden: true });
    expect(report.objects[0]).toMatchObject({
      outcome: 'manual',
      error: { code: '42704', message: 'type "varchar2" does not exist' },
    });
  });

  it('reports a statement that cannot be parsed with its line and goes on', async () => {
    const report = await analyseScript("CREATE TABLE a (x int);\nCREATE TABLE b (y varchar(10) DEFAULT 'oops);\n", pg, {
      dialect: 'postgres',
    });
    expect(report.objects.map((o) => o.outcome)).toEqual(['as-is', 'manual']);
    expect(report.objects[1]?.reason).toBe('cannot be parsed: Unterminated string starting at line 2');
  });

  const announcing = 'CREATE TABLE a (x int);\nSET search_path = public;\nCREATE VIEW v AS SELECT x FROM a;\n';

  it('announces each statement before running it, by report id, when statements run one by one', async () => {
    const announced: AnnouncedStatement[] = [];
    const report = await analyseScript(announcing, pg, {
      dialect: 'postgres',
      batchSize: 1,
      onStatement: (statement) => announced.push(statement),
    });
    // Statement 1 is a session setting: not applicable, never run, never announced.
    expect(announced).toEqual([
      { id: 0, kind: 'table', name: 'a', line: 1 },
      { id: 2, kind: 'view', name: 'v', line: 3 },
    ]);
    expect(announced.map((s) => report.objects[s.id]!.name)).toEqual(['a', 'v']);
  });

  it('announces a batch once, naming its first statement and listing all of them', async () => {
    const announced: AnnouncedStatement[] = [];
    await analyseScript(announcing, pg, { dialect: 'postgres', onStatement: (s) => announced.push(s) });
    expect(announced).toEqual([{ id: 0, kind: 'table', name: 'a', line: 1, batch: [0, 2] }]);
  });

  it('runs the statements a watchdog asks to unbatch one by one, and the rest together', async () => {
    const announced: AnnouncedStatement[] = [];
    const report = await analyseScript(
      'CREATE TABLE a (x int);\nCREATE TABLE b (y int);\nCREATE TABLE c (z int);\nCREATE TABLE d (w int);\n',
      pg,
      { dialect: 'postgres', unbatch: new Set([1]), onStatement: (s) => announced.push(s) },
    );
    expect(announced.map((s) => s.batch ?? s.id)).toEqual([0, 1, [2, 3]]);
    expect(report.objects.map((o) => o.outcome)).toEqual(['as-is', 'as-is', 'as-is', 'as-is']);
  });

  it('skips the statements the watchdog stopped: they need a manual check, their dependents are incidental', async () => {
    const plain = reports.get('oracle')!;
    const orders = plain.objects.find((o) => o.kind === 'table' && o.name === 'orders')!;
    const announced: number[] = [];
    const report = await analyseScript(fixture('oracle'), pg, {
      skip: new Map([[orders.id, 'did not finish within 20 s']]),
      onStatement: (statement) => announced.push(statement.id),
    });
    expect(announced).not.toContain(orders.id);
    const skipped = report.objects[orders.id]!;
    expect(skipped).toMatchObject({
      name: 'orders',
      outcome: 'manual',
      error: { code: '57014', message: 'did not finish within 20 s' },
      reason: 'did not finish within 20 s in PostgreSQL (the time limit per statement): check it by hand',
    });
    // Every object that converted before and depends on orders is now incidental, with orders as its root cause.
    const dependents = report.objects.filter((o) => o.outcome === 'incidental' && o.rootCause === orders.id);
    expect(dependents.map((o) => o.name)).toEqual(
      expect.arrayContaining(['orders_bi', 'orders_status_ix', 'orders_audit']),
    );
    // The rest keeps its outcome.
    const customers = report.objects.find((o) => o.kind === 'table' && o.name === 'customers')!;
    expect(customers.outcome).toBe(plain.objects[customers.id]!.outcome);
    expect(report.findings.find((f) => f.id === 'pg-error:57014:table')?.construct).toBe(
      'A table did not finish within 20 s in PostgreSQL',
    );
  });

  it('rejects bad input with the input message', async () => {
    await expect(analyseScript('   ', pg)).rejects.toThrow(InputError);
    await expect(analyseScript('hello there, this is prose', pg)).rejects.toThrow(inputMessages.notSql);
  });

  it('checks table references inside procedural code against the schema it built', async () => {
    const script = `CREATE TABLE t (a int);
DELIMITER //
CREATE FUNCTION f() RETURNS INT BEGIN DECLARE n INT; SELECT COUNT(*) INTO n FROM t JOIN missing_table m ON m.a = t.a; RETURN n; END //
DELIMITER ;`;
    const report = await analyseScript(script, pg);
    const f = report.objects.find((o) => o.kind === 'function')!;
    expect(f.outcome).toBe('manual');
    expect(f.reason).toBe('reads or writes missing_table, which does not exist in the converted schema');
    expect(f.error).toBeUndefined();
  });
});

describe('batched execution', () => {
  it.each(['oracle', 'sqlserver', 'mysql'] as const)(
    'gives every %s fixture object the same verdict as running statements one by one',
    async (dialect) => {
      const oneByOne = await analyseScript(fixture(dialect), pg, { batchSize: 1 });
      const batched = reports.get(dialect)!;
      expect({ summary: batched.summary, objects: batched.objects }).toEqual({
        summary: oneByOne.summary,
        objects: oneByOne.objects,
      });
    },
    60_000,
  );
});
