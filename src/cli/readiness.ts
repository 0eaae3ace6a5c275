/**
 * Migration readiness from the command line: npm run readiness -- <file.sql> [--dialect X] [--json] [--min-score N]
 *   [--ddl out.sql] [--csv out.csv]
 * Exit codes: 0 analysed (and the score met --min-score), 1 the score is below --min-score, 2 bad usage or input,
 * 3 internal error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { analyseScript, type AnalyseProgress } from '../tools/migration-readiness/analyse.ts';
import { dialectNames, dialects, type Dialect } from '../tools/migration-readiness/dialect.ts';
import { InputError, validateBytes } from '../tools/migration-readiness/input.ts';
import { convertedDdl, outcomeLabels, outcomes, reportCsv, type Report } from '../tools/migration-readiness/report.ts';

const usage = `Usage: npm run readiness -- <file.sql> [--dialect oracle|sqlserver|mysql|postgres] [--json] [--min-score N] [--ddl out.sql] [--csv out.csv]

Analyses a schema script against PostgreSQL (PGlite) and prints a summary, or the full report with --json.
Exit codes: 0 analysed, 1 score below --min-score, 2 bad usage or input, 3 internal error.`;

/** The human-readable summary. */
export function summary(report: Report, file: string): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  lines.push(
    `${file}: ${dialectNames[report.dialect.used]}${report.dialect.overridden ? ' (set by --dialect)' : ` (detected, confidence ${Math.round(report.dialect.confidence * 100)} %)`}, verified on ${report.postgresVersion}`,
  );
  lines.push('');
  lines.push(`Readiness score   ${report.summary.score} / 100`);
  lines.push(
    `Estimated effort  ${report.estimate.hours} h = ${report.estimate.personDays} person-days (${report.estimate.units} units of 5 min)`,
  );
  lines.push(`Migration level   ${report.estimate.level}`);
  lines.push(
    `CREATE TABLE      ${report.summary.createTables.executed} of ${report.summary.createTables.total} converted and created`,
  );
  lines.push('');
  const header = ['Object', 'Total', ...outcomes.map((o) => outcomeLabels[o].split(' (')[0]!)];
  const widths = [26, 6, 16, 23, 21, 11, 15];
  lines.push(header.map((h, k) => pad(h, widths[k]!)).join(''));
  for (const row of report.summary.byKind) {
    lines.push(
      [row.label, row.total, ...outcomes.map((o) => row.outcomes[o] || '·')].map((v, k) => pad(v, widths[k]!)).join(''),
    );
  }
  const totals = report.summary.outcomes;
  lines.push(
    ['All', report.summary.objects, ...outcomes.map((o) => totals[o])].map((v, k) => pad(v, widths[k]!)).join(''),
  );
  const top = report.findings.filter((f) => f.severity !== 'info').slice(0, 10);
  if (top.length) {
    lines.push('');
    lines.push('Top findings');
    for (const f of top) {
      const where = f.lines.slice(0, 6).join(', ') + (f.lines.length > 6 ? ', …' : '');
      lines.push(`  ${pad(f.severity.toUpperCase(), 9)}${f.construct} ×${f.count} (line ${where})`);
      lines.push(`           → ${f.suggestion}`);
    }
  }
  lines.push('');
  lines.push(`Analysed in ${report.timings.totalMs} ms (${report.summary.objects} statements).`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dialect: { type: 'string' },
        json: { type: 'boolean', default: false },
        'min-score': { type: 'string' },
        ddl: { type: 'string' },
        csv: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const dialect = values.dialect?.toLowerCase();
  if (dialect !== undefined && !(dialects as readonly string[]).includes(dialect)) {
    console.error(`Unknown dialect "${values.dialect}": use one of ${dialects.join(', ')}.`);
    return 2;
  }
  const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
  if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0 && minScore <= 100)) {
    console.error('--min-score must be a number from 0 to 100.');
    return 2;
  }
  let script: string;
  try {
    script = validateBytes(new Uint8Array(await readFile(file)));
  } catch (e) {
    console.error(
      e instanceof InputError ? `${file}: ${e.message}` : `${file}: cannot read the file (${(e as Error).message}).`,
    );
    return 2;
  }
  const pg = await PGlite.create();
  try {
    const report = await analyseScript(script, pg, {
      ...(dialect ? { dialect: dialect as Dialect } : {}),
      onProgress: progressLine(),
    });
    if (values.ddl) await writeFile(values.ddl, convertedDdl(report));
    if (values.csv) await writeFile(values.csv, reportCsv(report));
    console.log(values.json ? JSON.stringify(report, null, 2) : summary(report, file));
    if (minScore !== undefined && report.summary.score < minScore) {
      if (!values.json) console.error(`Score ${report.summary.score} is below --min-score ${minScore}.`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`${file}: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    await pg.close();
  }
}

/** A progress line on stderr while a big script is analysed (only on a terminal, at most every 500 ms). */
function progressLine(): (p: AnalyseProgress) => void {
  let last = 0;
  return (p) => {
    if (!process.stderr.isTTY || performance.now() - last < 500) return;
    last = performance.now();
    process.stderr.write(
      `\rAnalysing: ${p.done} of ${p.total} statements${p.current ? ` (line ${p.current.line})` : ''}   `,
    );
    if (p.done === p.total) process.stderr.write('\n');
  };
}

/** One line for an unexpected failure (exit 3): the message, never a stack trace (set READINESS_DEBUG=1 for it). */
export function internalErrorLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return `Internal error: ${message.split('\n')[0]} (please report it; set READINESS_DEBUG=1 for details).`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(process.env.READINESS_DEBUG ? e : internalErrorLine(e));
      process.exit(3);
    },
  );
}
