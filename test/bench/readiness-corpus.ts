/**
 * Table and routine conversion rates of the migration readiness engine on the readiness corpus
 * (test/fixtures/readiness-corpus, written here in the shape of vendor samples) and on the shared schema corpus
 * ($BREAKEVEN_SCHEMAS, then ../shared/corpus/schemas; skipped when absent). Prints per file and in total: tables
 * converted automatically / tables (and / tables PostgreSQL has an equivalent for), routines likewise, outcome counts
 * per object kind, the score, and the top reasons tables fail per dialect. Writes test/artifacts/readiness-corpus.json
 * and compares the corpus with its snapshots (<name>.expected.json).
 *
 * Run: npm run readiness:corpus [-- --update [--accept-regressions]]
 *   --update               rewrite the snapshots from this run (refused when an object that converted no longer does)
 *   --accept-regressions   with --update: write them anyway (say why in the commit)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { outcomes, type Outcome } from '../../src/lib/readiness/score/scoring.ts';
import { corpusDir } from '../harness/corpus.ts';
import {
  addTallies,
  analyseFile,
  compareSnapshot,
  corpusScripts,
  describeChange,
  emptyTally,
  measureReport,
  readinessCorpusDir,
  readSnapshot,
  snapshotOf,
  snapshotText,
  type CorpusScript,
  type ObjectChange,
  type ObjectTally,
  type ScriptMeasure,
} from '../harness/readiness-corpus.ts';

const artifactPath = resolve('test/artifacts/readiness-corpus.json');

/** "a/b (p %)", or "–" when there is nothing to count. */
const rate = (n: number, d: number) => (d === 0 ? '–' : `${n}/${d} (${Math.round((100 * n) / d)} %)`);

interface Totals {
  files: number;
  tables: ObjectTally;
  routines: ObjectTally;
  objects: ObjectTally;
  meanScore: number;
  byKind: Record<string, Record<Outcome, number>>;
}

/** Sums the measures of several files. */
function totalsOf(measures: ScriptMeasure[]): Totals {
  const byKind: Record<string, Record<Outcome, number>> = {};
  for (const m of measures)
    for (const [kind, counts] of Object.entries(m.byKind)) {
      const row = (byKind[kind] ??= Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>);
      for (const o of outcomes) row[o] += counts[o];
    }
  return {
    files: measures.length,
    tables: measures.reduce((t, m) => addTallies(t, m.tables), emptyTally),
    routines: measures.reduce((t, m) => addTallies(t, m.routines), emptyTally),
    objects: measures.reduce((t, m) => addTallies(t, m.objects), emptyTally),
    meanScore: measures.length
      ? Math.round((10 * measures.reduce((s, m) => s + m.score, 0)) / measures.length) / 10
      : 0,
    byKind,
  };
}

interface FailureRow {
  reason: string;
  count: number;
  /** A few of the tables, as file:name. */
  tables: string[];
}

/** The top reasons tables fail, per dialect, most frequent first. */
function topFailures(measures: ScriptMeasure[], limit = 10): Record<string, FailureRow[]> {
  const out: Record<string, Map<string, FailureRow>> = {};
  for (const m of measures)
    for (const [reason, f] of Object.entries(m.tableFailures)) {
      const rows = (out[m.dialect] ??= new Map());
      const row = rows.get(reason) ?? { reason, count: 0, tables: [] };
      row.count += f.count;
      for (const t of f.tables) if (row.tables.length < 3) row.tables.push(`${m.file.replace(/\.sql$/, '')}:${t}`);
      rows.set(reason, row);
    }
  return Object.fromEntries(
    Object.entries(out).map(([d, rows]) => [
      d,
      [...rows.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)).slice(0, limit),
    ]),
  );
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const outcomeShort: Record<Outcome, string> = {
  'as-is': 'as is',
  converted: 'converted',
  manual: 'manual',
  incidental: 'incidental',
  'not-applicable': 'n/a',
};

function kindLines(byKind: Record<string, Record<Outcome, number>>): string[] {
  return Object.entries(byKind).map(
    ([kind, counts]) =>
      `    ${pad(kind, 18)}` +
      outcomes
        .filter((o) => counts[o])
        .map((o) => `${outcomeShort[o]} ${counts[o]}`)
        .join(' · '),
  );
}

function row(label: string, m: { tables: ObjectTally; routines: ObjectTally }, score: string, ms: string): string {
  return (
    pad(label, 46) +
    pad(rate(m.tables.automatic, m.tables.total), 16) +
    pad(rate(m.tables.automatic, m.tables.withEquivalent), 16) +
    pad(rate(m.routines.automatic, m.routines.total), 16) +
    pad(score, 7) +
    ms
  );
}

/** Prints one corpus: a row per file with its kinds, totals per dialect and overall, failure reasons. */
function printCorpus(title: string, measures: ScriptMeasure[]): { totals: Totals; byDialect: Record<string, Totals> } {
  console.log(`\n${title}\n`);
  console.log(
    pad('File', 46) + pad('Tables auto', 16) + pad('…with equiv.', 16) + pad('Routines auto', 16) + 'Score  ms',
  );
  for (const m of measures) {
    console.log(row(`${m.dialect}/${m.file}`, m, String(m.score), String(m.analysedMs)));
    for (const line of kindLines(m.byKind)) console.log(line);
  }
  const dialects = [...new Set(measures.map((m) => m.dialect))];
  const byDialect = Object.fromEntries(dialects.map((d) => [d, totalsOf(measures.filter((m) => m.dialect === d))]));
  const totals = totalsOf(measures);
  console.log('');
  for (const [d, t] of Object.entries(byDialect)) console.log(row(`${d} (${t.files} files)`, t, `${t.meanScore}`, ''));
  console.log(row(`All (${totals.files} files; score = mean)`, totals, `${totals.meanScore}`, ''));
  console.log(`\n  Outcomes per object kind, all files:`);
  for (const line of kindLines(totals.byKind)) console.log(line);
  const noEq = measures.flatMap((m) =>
    m.noEquivalent.map((o) => `${m.dialect}/${m.file}:${o.line} ${o.kind} ${o.name} (${o.label})`),
  );
  console.log(`\n  Objects with no PostgreSQL equivalent, counted apart (${noEq.length}):`);
  for (const line of noEq) console.log(`    ${line}`);
  const failures = Object.entries(topFailures(measures));
  console.log(`\n  Top reasons tables do not convert, per dialect:${failures.length ? '' : ' none'}`);
  for (const [d, reasons] of failures) {
    console.log(`    ${d}:`);
    for (const r of reasons) console.log(`      ${pad(`×${r.count}`, 5)} ${r.reason}  [${r.tables.join(', ')}]`);
  }
  return { totals, byDialect };
}

interface SnapshotRun {
  script: CorpusScript;
  changes: { regressions: ObjectChange[]; improvements: ObjectChange[]; otherChanges: ObjectChange[] } | undefined;
  text: string;
}

/** Compares each corpus report with its snapshot; with --update writes the new snapshots unless that loses ground. */
function handleSnapshots(runs: SnapshotRun[], update: boolean, acceptRegressions: boolean): number {
  console.log('\nSnapshots (test/fixtures/readiness-corpus/<dialect>/<name>.expected.json)');
  let regressions = 0;
  for (const { script, changes } of runs) {
    const name = `${script.dialect}/${script.file}`;
    if (!changes) {
      console.log(`  ${name}: no snapshot yet`);
      continue;
    }
    for (const c of changes.regressions) console.log(`  REGRESSION  ${describeChange(name, c)}`);
    for (const c of changes.improvements) console.log(`  improved    ${describeChange(name, c)}`);
    for (const c of changes.otherChanges) console.log(`  changed     ${describeChange(name, c)}`);
    regressions += changes.regressions.length;
  }
  if (!update) {
    console.log(regressions ? `  ${regressions} regression(s).` : '  No regressions.');
    return regressions ? 1 : 0;
  }
  if (regressions && !acceptRegressions) {
    console.error(
      `  ${regressions} object(s) that converted no longer do: snapshots NOT written. Fix them, or rerun with --update --accept-regressions.`,
    );
    return 1;
  }
  for (const { script, text } of runs) {
    mkdirSync(dirname(script.snapshotPath), { recursive: true });
    writeFileSync(script.snapshotPath, text);
  }
  console.log(`  Wrote ${runs.length} snapshot(s).`);
  return 0;
}

/** Analyses one file; a file the engine rejects is recorded (and fails the run) instead of stopping the others. */
async function analyseOrReport(script: CorpusScript, pg: PGlite, failed: string[]) {
  try {
    return await analyseFile(script.path, pg);
  } catch (e) {
    failed.push((e as Error).message);
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      update: { type: 'boolean', default: false },
      'accept-regressions': { type: 'boolean', default: false },
    },
  });
  const pg = await PGlite.create();
  try {
    const { rows } = await pg.query<{ v: string }>('SELECT version() AS v');
    const postgres = rows[0]!.v.split(' on ')[0]!;

    const ours: ScriptMeasure[] = [];
    const runs: SnapshotRun[] = [];
    const failed: string[] = [];
    for (const script of corpusScripts()) {
      const analysed = await analyseOrReport(script, pg, failed);
      if (!analysed) continue;
      ours.push(measureReport(analysed.report, script.file, analysed.ms));
      const snapshot = readSnapshot(script.snapshotPath);
      runs.push({
        script,
        changes: snapshot ? compareSnapshot(snapshot, analysed.report) : undefined,
        text: snapshotText(snapshotOf(analysed.report, script.file)),
      });
    }
    const oursSummary = printCorpus(`Readiness corpus (${readinessCorpusDir}), on ${postgres} (PGlite)`, ours);

    const sharedDir = corpusDir();
    const shared: ScriptMeasure[] = [];
    if (sharedDir) {
      for (const script of corpusScripts(sharedDir).filter((s) => s.dialect !== 'postgres')) {
        const analysed = await analyseOrReport(script, pg, failed);
        if (analysed) shared.push(measureReport(analysed.report, script.file, analysed.ms));
      }
    }
    const sharedSummary = sharedDir
      ? printCorpus(`Shared schema corpus (${sharedDir}), sources other than PostgreSQL`, shared)
      : undefined;
    if (!sharedDir)
      console.log('\nShared schema corpus not found ($BREAKEVEN_SCHEMAS, ../shared/corpus/schemas): skipped.');

    for (const f of failed) console.error(`\nANALYSIS FAILED ${f}`);
    const code = failed.length ? 1 : handleSnapshots(runs, values.update, values['accept-regressions']);

    mkdirSync(dirname(artifactPath), { recursive: true });
    const corpus = (name: string, dir: string, files: ScriptMeasure[], s: ReturnType<typeof printCorpus>) => ({
      name,
      dir,
      files,
      totals: s.totals,
      byDialect: s.byDialect,
      topTableFailures: topFailures(files),
    });
    writeFileSync(
      artifactPath,
      JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          postgres,
          corpora: [
            corpus('readiness-corpus', readinessCorpusDir, ours, oursSummary),
            ...(sharedDir && sharedSummary ? [corpus('shared-schemas', sharedDir, shared, sharedSummary)] : []),
          ],
          snapshots: runs.map((r) => ({
            file: `${r.script.dialect}/${r.script.file}`,
            ...(r.changes ?? { missing: true }),
          })),
        },
        null,
        2,
      ),
    );
    console.log(`\nWrote ${artifactPath}`);
    return code;
  } finally {
    await pg.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
