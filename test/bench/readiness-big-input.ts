/**
 * Big and bad input for migration readiness (issue #11.5), generated here, never checked in:
 *   npm run bench:readiness:big [-- 4500-tables|10mb|nested]
 * Prints time, peak memory (RSS) and the outcome of each case. Not part of the unit run (minutes, ~1 GB).
 */
import { PGlite } from '@electric-sql/pglite';
import { analyseScript } from '../../src/lib/readiness/engine/analyse.ts';

const cases: Record<string, () => string> = {
  '4500-tables': () =>
    Array.from({ length: 4500 }, (_, k) => `CREATE TABLE t${k} (id int PRIMARY KEY, name varchar(50), d date);`).join(
      '\n',
    ),
  '10mb': () => {
    const parts: string[] = [];
    let size = 0;
    for (let k = 0; size < 10 * 1024 * 1024 - 2000; k++) {
      const s = `CREATE TABLE big_${k} (\n  id integer NOT NULL PRIMARY KEY,\n  name varchar(100) NOT NULL,\n  note text,\n  amount numeric(12,2) DEFAULT 0\n);\nCREATE INDEX big_${k}_name ON big_${k} (name);\n`;
      parts.push(s);
      size += s.length;
    }
    return parts.join('');
  },
  nested: () => `CREATE VIEW v AS SELECT ${'('.repeat(100_000)}1${')'.repeat(100_000)} AS x;`,
};

const chosen = process.argv.slice(2).filter((a) => a in cases);
const pg = await PGlite.create();
for (const name of chosen.length ? chosen : Object.keys(cases)) {
  const script = cases[name]!();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  let last = 0;
  const report = await analyseScript(script, pg, {
    dialect: 'postgres',
    onProgress: (p) => {
      if (performance.now() - last > 5000) {
        last = performance.now();
        console.log(`  ${name}: ${p.done} of ${p.total}`);
      }
    },
  });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${name}: ${(script.length / 1e6).toFixed(1)} MB, ${report.summary.objects} statements, score ${report.summary.score}, ` +
      `${report.summary.createTables.executed}/${report.summary.createTables.total} tables, ` +
      `${Math.round(performance.now() - started)} ms (convert ${report.timings.convertMs} ms), peak RSS ${Math.round(peak / 1e6)} MB`,
  );
}
await pg.close();
