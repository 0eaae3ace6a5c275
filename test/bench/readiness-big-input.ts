/**
 * Big and bad input for migration readiness (issue #11.5), generated here, never checked in:
 *   npm run bench:readiness:big [-- 4500-tables|1.5mb|10mb|nested]
 * Runs each case the way the CLI does (readiness-files.ts: a worker thread under the watchdog, PostgreSQL's files on
 * disk) and prints time, peak memory (RSS of the whole process, worker thread included, sampled every 100 ms) and the
 * outcome. Not part of the unit run (minutes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseFiles } from '../../src/cli/readiness-files.ts';

const cases: Record<string, () => string> = {
  '4500-tables': () =>
    Array.from({ length: 4500 }, (_, k) => `CREATE TABLE t${k} (id int PRIMARY KEY, name varchar(50), d date);`).join(
      '\n',
    ),
  '1.5mb': () => tablesOfSize(1.5 * 1024 * 1024),
  '10mb': () => tablesOfSize(10 * 1024 * 1024),
  nested: () => `CREATE VIEW v AS SELECT ${'('.repeat(100_000)}1${')'.repeat(100_000)} AS x;`,
};

/** Plain tables with a key and an index, about `bytes` long (1 MB and more runs with PostgreSQL's files on disk). */
function tablesOfSize(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes - 2000; k++) {
    const s = `CREATE TABLE big_${k} (\n  id integer NOT NULL PRIMARY KEY,\n  name varchar(100) NOT NULL,\n  note text,\n  amount numeric(12,2) DEFAULT 0\n);\nCREATE INDEX big_${k}_name ON big_${k} (name);\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

const chosen = process.argv.slice(2).filter((a) => a in cases);
const dir = mkdtempSync(join(tmpdir(), 'readiness-big-'));
try {
  for (const name of chosen.length ? chosen : Object.keys(cases)) {
    const file = join(dir, `${name}.sql`);
    const script = cases[name]!();
    writeFileSync(file, script);
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = performance.now();
    let last = 0;
    const { results } = await analyseFiles([file], {
      dialect: 'postgres',
      onProgress: (p) => {
        if (p.phase === 'analysing' && performance.now() - last > 10_000) {
          last = performance.now();
          console.log(`  ${name}: ${p.done} of ${p.total}, peak RSS so far ${Math.round(peak / 1e6)} MB`);
        }
      },
    });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const result = results[0]!;
    const elapsed = Math.round(performance.now() - started);
    if (!('report' in result))
      console.log(`${name}: ${result.error} (${elapsed} ms, peak RSS ${Math.round(peak / 1e6)} MB)`);
    else {
      const { report } = result;
      console.log(
        `${name}: ${(script.length / 1e6).toFixed(1)} MB, ${report.summary.objects} statements, score ${report.summary.score}, ` +
          `${report.summary.createTables.executed}/${report.summary.createTables.total} tables, ` +
          `${elapsed} ms (convert ${report.timings.convertMs} ms, execute ${report.timings.executeMs} ms), peak RSS ${Math.round(peak / 1e6)} MB`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
