/**
 * Migration readiness from the command line:
 *   npm run readiness -- <file.sql|directory>... [--dialect X] [--format text|json|markdown] [--json] [--min-score N]
 *     [--ddl out.sql] [--csv out.csv] [--statement-timeout ms] [--progress]
 * Several files (or directories, read for their .sql files) are analysed in one run with one PostgreSQL start
 * (readiness-files.ts); --ddl and --csv then name directories, one file per input.
 * The analysis runs in a worker thread; a statement still running after --statement-timeout ms (default 20,000, as
 * on the page) is stopped, reported with its line, and the file is analysed again without it.
 * Exit codes: 0 analysed (and every score met --min-score; a statement stopped at the time limit counts as an object
 * to convert by hand, not as a failure), 1 a score is below --min-score, 2 bad usage or input (with several files:
 * any file rejected; the others are still analysed), 3 internal error or an analysis that could not finish.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  convertedDdl,
  dialects,
  type Dialect,
  dialectLine,
  filesMarkdown,
  outcomeLabels,
  outcomes,
  type Report,
  reportCsv,
  reportMarkdown,
  type RunProgress,
  type SkippedStatement,
} from '../lib/readiness/index.ts';
import {
  analyseFiles,
  defaultStatementLimitMs,
  expandInputs,
  InputPathError,
  type FileResult,
  type RunTimings,
} from './readiness-files.ts';

const formats = ['text', 'json', 'markdown'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: npm run readiness -- <file.sql|directory>... [--dialect oracle|sqlserver|mysql|postgres] [--format text|json|markdown] [--json] [--min-score N] [--ddl out.sql] [--csv out.csv] [--statement-timeout ms] [--progress]

Analyses schema scripts against PostgreSQL (PGlite) and prints a summary per file, the full report with --json
(= --format json), or Markdown tables for CI logs with --format markdown. Several files or directories (their .sql
files) run with one PostgreSQL start; --ddl and --csv then name directories, one file per input.
Exit codes: 0 analysed, 1 a score below --min-score, 2 bad usage or input, 3 internal error.`;

/** The human-readable summary. */
export function summary(report: Report, file: string): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  lines.push(`${file}: ${dialectLine(report)}, verified on ${report.postgresVersion}`);
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

/** The line after several files: what was analysed, the totals, and what PostgreSQL cost. */
export function totalSummary(results: readonly FileResult[], timings: RunTimings): string {
  const reports = results.flatMap((r) => ('report' in r ? [r] : []));
  const sum = (pick: (report: Report) => number) => reports.reduce((total, r) => total + pick(r.report), 0);
  const lowest = reports.reduce<(typeof reports)[number] | undefined>(
    (low, r) => (!low || r.report.summary.score < low.report.summary.score ? r : low),
    undefined,
  );
  const rejected = results.length - reports.length;
  return [
    `Total: ${reports.length} of ${results.length} files analysed${rejected ? ` (${rejected} rejected)` : ''}, ` +
      `${sum((r) => r.summary.objects)} statements, CREATE TABLE ${sum((r) => r.summary.createTables.executed)} of ` +
      `${sum((r) => r.summary.createTables.total)} converted, ${Math.round(sum((r) => r.estimate.hours) * 100) / 100} h estimated` +
      (lowest ? `; lowest score ${lowest.report.summary.score} (${lowest.file})` : '') +
      '.',
    timings.startMs
      ? `PostgreSQL started once in ${Math.round(timings.startMs)} ms${timings.restarts ? ` and again ${timings.restarts} times (a file left objects behind or a statement was stopped)` : ''}; ` +
        `the files took ${Math.round(timings.analyseMs)} ms.`
      : 'PostgreSQL was not started: no file could be analysed.',
  ].join('\n');
}

/** The folder all the files are in (their paths made absolute). */
function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => dirname(resolve(file)).split(sep));
  const shared = parts[0]!.filter(
    (part, k) => parts.every((p) => p[k] === part) && k < Math.min(...parts.map((p) => p.length)),
  );
  return shared.join(sep) || sep;
}

/**
 * An output file per input when several files run (--ddl dir, --csv dir): the input's path under the folder all
 * inputs share, flattened (`sub/x.sql` → `sub__x.sql`).
 */
function outputPath(target: string, file: string, base: string | undefined, extension: string): string {
  if (base === undefined) return target;
  const flat = relative(base, resolve(file)).split(sep).join('__');
  return join(target, `${flat.replace(/\.sql$/i, '')}${extension}`);
}

/** Prints one result as it arrives, in the text format; JSON and Markdown wait for all of them. */
function printResult(result: FileResult, format: Format, several: boolean): void {
  if ('error' in result) {
    console.error(`${result.file}: ${result.error}`);
    return;
  }
  if (format === 'text') console.log(`${summary(result.report, result.file)}${several ? '\n' : ''}`);
  else if (format === 'markdown' && !several) console.log(reportMarkdown(result.report, result.file));
  else if (format === 'json' && !several) console.log(JSON.stringify(result.report, null, 2));
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dialect: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        'min-score': { type: 'string' },
        ddl: { type: 'string' },
        csv: { type: 'string' },
        'statement-timeout': { type: 'string' },
        progress: { type: 'boolean', default: false },
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
  if (!positionals.length) {
    console.error(usage);
    return 2;
  }
  const dialect = values.dialect?.toLowerCase();
  if (dialect !== undefined && !(dialects as readonly string[]).includes(dialect)) {
    console.error(`Unknown dialect "${values.dialect}": use one of ${dialects.join(', ')}.`);
    return 2;
  }
  const format = (values.format ?? (values.json ? 'json' : 'text')).toLowerCase() as Format;
  if (!formats.includes(format) || (values.json && format !== 'json')) {
    console.error(`--format must be one of ${formats.join(', ')} (--json is --format json).`);
    return 2;
  }
  const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
  if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0 && minScore <= 100)) {
    console.error('--min-score must be a number from 0 to 100.');
    return 2;
  }
  const limit =
    values['statement-timeout'] === undefined ? defaultStatementLimitMs : Number(values['statement-timeout']);
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 3_600_000)) {
    console.error('--statement-timeout must be a whole number of milliseconds from 1 to 3600000.');
    return 2;
  }
  let files: string[];
  try {
    files = await expandInputs(positionals);
  } catch (e) {
    if (!(e instanceof InputPathError)) throw e;
    console.error(e.message);
    return 2;
  }
  const several = files.length > 1 || positionals.length > 1;
  for (const dir of several ? [values.ddl, values.csv] : []) if (dir) await mkdir(dir, { recursive: true });
  const progress = values.progress || process.stderr.isTTY ? progressLine(process.stderr) : undefined;
  const { results, timings } = await analyseFiles(
    files,
    {
      ...(dialect ? { dialect: dialect as Dialect } : {}),
      statementLimitMs: limit,
      ...(progress ? { onProgress: progress.update } : {}),
      onSkip: (skipped, file) => {
        progress?.clear();
        console.error(skipLine(skipped, file));
      },
    },
    (result) => {
      progress?.clear();
      printResult(result, format, several);
    },
  );
  const base = several ? commonFolder(files) : undefined;
  for (const result of results) {
    if (!('report' in result)) continue;
    if (values.ddl) await writeFile(outputPath(values.ddl, result.file, base, '.sql'), convertedDdl(result.report));
    if (values.csv) await writeFile(outputPath(values.csv, result.file, base, '.csv'), reportCsv(result.report));
  }
  if (several && format === 'json')
    console.log(
      JSON.stringify(
        results.map((r) => ('report' in r ? { file: r.file, report: r.report } : { file: r.file, error: r.error })),
        null,
        2,
      ),
    );
  if (several && format === 'markdown') console.log(filesMarkdown(results));
  if (several && format === 'text') console.log(totalSummary(results, timings));
  const below = results.flatMap((r) =>
    'report' in r && minScore !== undefined && r.report.summary.score < minScore ? [r] : [],
  );
  if (format !== 'json')
    for (const r of below)
      console.error(`${r.file}: score ${r.report.summary.score} is below --min-score ${minScore}.`);
  if (results.some((r) => 'error' in r && r.kind === 'engine')) return 3;
  if (results.some((r) => 'error' in r)) return 2;
  return below.length ? 1 : 0;
}

/** What a stopped statement prints on stderr: where it is, and that the rest was analysed without it. */
export function skipLine(skipped: SkippedStatement, file: string): string {
  return `${file}: line ${skipped.line}: ${skipped.kind} ${skipped.name} timed out (${skipped.message}); it is reported as manual and the analysis goes on without it.`;
}

/** The progress line's text: statements done of the total, the line being run, and the time since the start. */
export function progressText(progress: RunProgress, file: string, elapsedMs: number): string {
  const elapsed = `${Math.round(elapsedMs / 1000)} s`;
  const restart = progress.restart ? `, restart ${progress.restart}` : '';
  if (progress.phase === 'loading-engine') return `${file}: starting PostgreSQL${restart} (${elapsed})`;
  const at = progress.current ? `, line ${progress.current.line}` : '';
  return `${file}: ${progress.done} of ${progress.total} statements${at}${restart} (${elapsed})`;
}

/**
 * A progress line on stderr (statements done of the total, elapsed time): on a terminal rewritten in place at most
 * every 500 ms, and `clear` wipes it before other output; elsewhere (--progress into a log) one line every 5 s.
 */
export function progressLine(stream: { write(text: string): unknown; isTTY?: boolean }, now = () => performance.now()) {
  const inPlace = Boolean(stream.isTTY);
  const every = inPlace ? 500 : 5000;
  const started = now();
  let last = -Infinity;
  let shown = false;
  return {
    update(progress: RunProgress, file: string) {
      const finished = progress.phase === 'analysing' && progress.done === progress.total;
      if (!finished && now() - last < every) return;
      last = now();
      const text = progressText(progress, file, last - started);
      stream.write(inPlace ? `\r\x1b[K${text}` : `${text}\n`);
      shown = inPlace;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
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
