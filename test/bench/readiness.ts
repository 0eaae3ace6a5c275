/**
 * Migration readiness benchmark: PostgreSQL ready (PGlite from the prepared data directory, target under 0.5 s), what
 * keeping one database fresh between files costs (the catalog check of catalog-fingerprint.ts against a new start),
 * statements per second over the schema corpus, a generated schema of about 1 MB analysed once PostgreSQL is ready
 * (target under 3 s) as the hosts run it and as it ran before, PostgreSQL's own time for that schema's statements (the
 * floor), and the process's peak memory (maxRSS). Run: npm run bench:readiness
 * Prints a table per corpus file (objects, outcomes, score, hours, level, time) for the closing note.
 */
import { readFileSync } from 'node:fs';
import { catalogFingerprint } from '../../src/lib/readiness/engine/catalog-fingerprint.ts';
import { analyseScript } from '../../src/lib/readiness/engine/analyse.ts';
import { statementsPerTransaction } from '../../src/lib/readiness/engine/analysis-transactions.ts';
import { convertStatements } from '../../src/lib/readiness/convert/convert.ts';
import { profileOf } from '../../src/lib/readiness/dialects/index.ts';
import { splitScript } from '../../src/lib/readiness/sql/split.ts';
import { preparedDataDir, startPostgres } from '../../src/lib/readiness/engine/pglite-datadir-node.ts';
import { corpusDir, corpusFiles } from '../harness/corpus.ts';
import { megabytes } from './process-memory.ts';

/** An Oracle schema of about `bytes` bytes: tables with keys, sequences, key triggers, indexes, views, procedures. */
export function generatedOracleSchema(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const parent = i > 0 ? `\n  , CONSTRAINT t${i}_parent_fk FOREIGN KEY (parent_id) REFERENCES t${i - 1} (id)` : '';
    const block = `CREATE TABLE t${i} (
  id NUMBER(10) NOT NULL
  , parent_id NUMBER(10)
  , code VARCHAR2(30 CHAR) NOT NULL
  , label NVARCHAR2(200)
  , amount NUMBER(12,2) DEFAULT 0
  , created_on DATE DEFAULT SYSDATE NOT NULL
  , notes CLOB
  , CONSTRAINT t${i}_pk PRIMARY KEY (id)${parent}
) TABLESPACE users PCTFREE 10;

CREATE INDEX t${i}_code_ix ON t${i} (code);

CREATE SEQUENCE t${i}_seq NOCACHE;

CREATE OR REPLACE TRIGGER t${i}_bi BEFORE INSERT ON t${i} FOR EACH ROW
BEGIN
  IF :NEW.id IS NULL THEN
    SELECT t${i}_seq.NEXTVAL INTO :NEW.id FROM DUAL;
  END IF;
END;
/

CREATE OR REPLACE VIEW t${i}_v AS SELECT id, NVL(label, code) AS name, DECODE(amount, 0, 'none', 'some') AS kind FROM t${i};

CREATE OR REPLACE PROCEDURE t${i}_touch (p_id IN NUMBER) IS
BEGIN
  UPDATE t${i} SET created_on = SYSDATE WHERE id = p_id;
END;
/

`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

/** The converted statements of a script as the analysis would run them (the floor of its PostgreSQL time). */
function bareStatements(script: string): string[] {
  const split = splitScript(script, profileOf('oracle').split);
  return convertStatements(split.statements, 'oracle', split.variables)
    .filter((c) => !c.notApplicable && c.sql.trim())
    .map((c) => c.sql);
}

const ms = (n: number) => `${Math.round(n)} ms`;

/** Wall and CPU time of `work`: on a shared 2-core machine the CPU time moves less with everyone else's load. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const value = await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { value, wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const memory = () =>
  `RSS ${megabytes(process.memoryUsage().rss)}, peak ${megabytes(process.resourceUsage().maxRSS * 1024)}`;

async function main() {
  await preparedDataDir(); // made once and cached; a fresh checkout pays initdb here, not in the timing below
  const ready = await timed(startPostgres);
  const pg = ready.value;
  console.log(
    `PostgreSQL ready (Node ${process.version}, prepared data directory): ${ms(ready.wallMs)} wall, ${ms(ready.cpuMs)} CPU; ` +
      `target under 0.5 s: ${Math.min(ready.wallMs, ready.cpuMs) < 500 ? 'met' : 'NOT met'}; ${memory()}`,
  );
  const check = await timed(() => catalogFingerprint(pg));
  const second = await timed(startPostgres);
  await second.value.close();
  console.log(
    `Fresh database between files: catalog check ${ms(check.wallMs)} against a new start ${ms(second.wallMs)} wall, ${ms(second.cpuMs)} CPU`,
  );
  let started: number;

  const dir = corpusDir();
  if (!dir) console.log('Schema corpus not found ($BREAKEVEN_SCHEMAS, ../shared/corpus/schemas): corpus rows skipped.');
  const rows: string[][] = [];
  let statements = 0;
  let totalMs = 0;
  for (const [folder, file, path] of dir ? corpusFiles(dir) : []) {
    started = performance.now();
    const report = await analyseScript(readFileSync(path, 'utf8'), pg);
    const took = performance.now() - started;
    statements += report.objects.length;
    totalMs += took;
    const o = report.summary.outcomes;
    rows.push([
      `${folder}/${file}`,
      String(report.objects.length),
      `${o['as-is']} / ${o.converted} / ${o.manual} / ${o.incidental} / ${o['not-applicable']}`,
      `${report.summary.createTables.executed}/${report.summary.createTables.total}`,
      String(report.summary.score),
      String(report.estimate.hours),
      report.estimate.level,
      ms(took),
    ]);
  }
  if (rows.length) {
    const header = [
      'file',
      'objects',
      'as is / changed / manual / incidental / n.a.',
      'tables',
      'score',
      'hours',
      'level',
      'time',
    ];
    console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(
      `\nCorpus: ${statements} statements in ${ms(totalMs)} = ${Math.round((statements / totalMs) * 1000)} statements/s`,
    );
  }

  // Wall time on a shared 2-core machine moves with everyone else's load; the process's own CPU time does not
  // (much), so both are printed: on an idle machine they agree.
  // The hosts (analysis-worker-host.ts) run a big script with keepCommitted and, after posting the report, start a
  // new PostgreSQL; dropping the objects in place (as before issue 17) is measured for comparison.
  const schema = generatedOracleSchema(1_000_000);
  for (const [label, batchSize, keepCommitted] of [
    ['batched (default), new start after', undefined, true],
    ['one statement per call, new start after', 1, true],
    ['batched, objects dropped in place', undefined, false],
  ] as const) {
    const engine = await startPostgres();
    started = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = await analyseScript(schema, engine, { keepCommitted, ...(batchSize ? { batchSize } : {}) });
    const took = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    await engine.close();
    const newStart = keepCommitted ? await timed(startPostgres) : undefined;
    await newStart?.value.close();
    console.log(
      `\nGenerated Oracle schema, ${label}: ${(schema.length / 1e6).toFixed(2)} MB, ${report.objects.length} statements, score ${report.summary.score}: ` +
        `report in ${ms(took)} wall, ${ms(cpuMs)} CPU (convert ${ms(report.timings.convertMs)}, PostgreSQL ${ms(report.timings.executeMs)}) = ` +
        `${Math.round((report.objects.length / took) * 1000)} statements/s; target under 3 s: ${Math.min(took, cpuMs) < 3_000 ? 'met' : 'NOT met'}` +
        (newStart ? `; then the host's new start ${ms(newStart.wallMs)}` : ''),
    );
  }
  // The floor: the converted statements alone, as many to a transaction as the analysis commits, without savepoints
  // or bookkeeping.
  const floor = await startPostgres();
  const sql = bareStatements(schema);
  const per = statementsPerTransaction;
  const bare = await timed(async () => {
    for (let k = 0; k < sql.length; k += per) await floor.exec(`BEGIN;${sql.slice(k, k + per).join('\n;\n')}\n;COMMIT`);
  });
  await floor.close();
  console.log(
    `\nPostgreSQL alone (${sql.length} converted statements, ${per} a transaction, no savepoints): ${ms(bare.wallMs)} wall, ${ms(bare.cpuMs)} CPU`,
  );
  await pg.close();
  console.log(`\nPeak memory of the whole run: ${megabytes(process.resourceUsage().maxRSS * 1024)} (maxRSS)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
