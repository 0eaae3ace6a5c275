/**
 * The readiness corpus (test/fixtures/readiness-corpus/<dialect>/<name>.sql, written here in the shape of vendor
 * sample scripts) and its per-object snapshots (<name>.expected.json): what each object's outcome was when the
 * snapshot was taken, how a new report compares (regressions fail the ratchet test, improvements are accepted by
 * `npm run readiness:corpus -- --update`), and the measures the issue asks for (tables and routines converted
 * automatically, outcome counts per kind, objects with no PostgreSQL equivalent counted apart).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseScript, type SqlEngine } from '../../src/lib/readiness/engine/analyse.ts';
import type { ObjectKind } from '../../src/lib/readiness/sql/classify.ts';
import type { Report, ReportObject } from '../../src/lib/readiness/report/report.ts';
import type { Outcome } from '../../src/lib/readiness/score/scoring.ts';

/** Where the corpus lives, from the repository root. */
export const readinessCorpusDir = resolve('test/fixtures/readiness-corpus');

/** One corpus script: its dialect folder, file name, path, and the path of its snapshot. */
export interface CorpusScript {
  dialect: string;
  file: string;
  path: string;
  snapshotPath: string;
}

/** Every .sql file of a corpus folder laid out as <dialect>/<name>.sql, sorted, so runs are deterministic. */
export function corpusScripts(dir: string = readinessCorpusDir): CorpusScript[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((dialect) =>
      readdirSync(join(dir, dialect))
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .map((file) => ({
          dialect,
          file,
          path: join(dir, dialect, file),
          snapshotPath: join(dir, dialect, file.replace(/\.sql$/, '.expected.json')),
        })),
    );
}

/** Outcomes that mean "PostgreSQL runs it without a human": the ones the ratchet protects. */
export const automaticOutcomes: readonly Outcome[] = ['as-is', 'converted'];
export const isAutomatic = (outcome: Outcome) => automaticOutcomes.includes(outcome);

/** Routines, for the "share of the corpus routines that convert" the issue asks for. */
export const routineKinds: readonly ObjectKind[] = ['procedure', 'function', 'trigger'];

/** One object as the snapshot records it. */
export interface SnapshotObject {
  kind: ObjectKind;
  name: string;
  line: number;
  outcome: Outcome;
  /** Why it is not automatic (shortened), so a snapshot diff shows what changed. */
  reason?: string;
}

export interface Snapshot {
  file: string;
  dialect: string;
  objects: SnapshotObject[];
}

const reasonLength = 160;

/** The snapshot of a report: every object's kind, name, first line and outcome, in script order. */
export function snapshotOf(report: Report, file: string): Snapshot {
  return {
    file,
    dialect: report.dialect.used,
    objects: report.objects.map((o) => {
      const why = isAutomatic(o.outcome) ? undefined : (o.reason ?? o.error?.message);
      return {
        kind: o.kind,
        name: o.name,
        line: o.startLine,
        outcome: o.outcome,
        ...(why ? { reason: oneLine(why).slice(0, reasonLength) } : {}),
      };
    }),
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The snapshot as text: one object per line, so a diff shows exactly the objects whose outcome moved. Stable key
 * order and a trailing newline, so regenerating an unchanged corpus rewrites identical bytes.
 */
export function snapshotText(snapshot: Snapshot): string {
  const lines = snapshot.objects.map((o) => `    ${JSON.stringify(o)}`);
  return `{\n  "file": ${JSON.stringify(snapshot.file)},\n  "dialect": ${JSON.stringify(snapshot.dialect)},\n  "objects": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Reads a snapshot file, or undefined when there is none yet. */
export function readSnapshot(path: string): Snapshot | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Snapshot) : undefined;
}

/** An object's identity across engine versions: kind and bare lower-case name (schema and quotes dropped). */
function identity(o: { kind: string; name: string }): string {
  const bare = o.name
    .toLowerCase()
    .replace(/["`[\]]/g, '')
    .split('.')
    .pop()!
    .trim();
  return `${o.kind} ${bare}`;
}

/** Keys each object by identity plus its occurrence number (the second `data call` is `data call#2`). */
function keyed<T extends { kind: string; name: string }>(objects: T[]): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const o of objects) {
    const id = identity(o);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    out.set(n === 1 ? id : `${id}#${n}`, o);
  }
  return out;
}

/** How one object moved between the snapshot and a new report. */
export interface ObjectChange {
  kind: string;
  name: string;
  line: number;
  before: Outcome;
  /** Undefined when the object is no longer found (neither by kind and name nor by line). */
  after?: Outcome;
  reason?: string;
}

export interface SnapshotComparison {
  /** Objects the snapshot records as automatic that are not automatic now (or are gone): the ratchet fails. */
  regressions: ObjectChange[];
  /** Objects that were not automatic and are now. */
  improvements: ObjectChange[];
  /** Other outcome moves (e.g. manual → incidental), reported only. */
  otherChanges: ObjectChange[];
  /** Objects in the report the snapshot does not know (e.g. a statement now split in two). */
  added: number;
}

/**
 * Compares a new report with the snapshot. Objects are matched by kind and bare name (with occurrence number), then
 * by first line, so a rule that renames an object (adds its schema) or reclassifies it does not look like a loss.
 */
export function compareSnapshot(snapshot: Snapshot, report: Report): SnapshotComparison {
  const now = snapshotOf(report, snapshot.file).objects;
  const nowByKey = keyed(now);
  const nowByLine = new Map<number, SnapshotObject>();
  for (const o of now) if (!nowByLine.has(o.line)) nowByLine.set(o.line, o);
  const matched = new Set<SnapshotObject>();
  const result: SnapshotComparison = { regressions: [], improvements: [], otherChanges: [], added: 0 };
  for (const [key, before] of keyed(snapshot.objects)) {
    const after = nowByKey.get(key) ?? nowByLine.get(before.line);
    if (after) matched.add(after);
    const change: ObjectChange = {
      kind: before.kind,
      name: before.name,
      line: before.line,
      before: before.outcome,
      ...(after ? { after: after.outcome } : {}),
      ...(after?.reason ? { reason: after.reason } : {}),
    };
    if (after?.outcome === before.outcome) continue;
    if (isAutomatic(before.outcome) && !(after && isAutomatic(after.outcome))) result.regressions.push(change);
    else if (!isAutomatic(before.outcome) && after && isAutomatic(after.outcome)) result.improvements.push(change);
    else if (after) result.otherChanges.push(change);
  }
  result.added = now.filter((o) => !matched.has(o)).length;
  return result;
}

/** One line per change, for the console. */
export function describeChange(file: string, c: ObjectChange): string {
  const after = c.after ?? 'gone';
  return `${file}:${c.line} ${c.kind} ${c.name}: ${c.before} → ${after}${c.reason ? ` (${c.reason})` : ''}`;
}

/**
 * Constructs PostgreSQL has no equivalent for at all, by the statement that creates them: counted apart so that
 * "tables converted where PostgreSQL has an equivalent" is measurable. Objects the engine already calls
 * not applicable (databases, users, settings) are counted apart too.
 */
export const noPostgresEquivalent: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /^\s*CREATE\s+XML\s+SCHEMA\s+COLLECTION\b/i, label: 'SQL Server XML schema collection' },
  { pattern: /^\s*CREATE\s+PARTITION\s+(FUNCTION|SCHEME)\b/i, label: 'SQL Server partition function or scheme' },
  { pattern: /^\s*CREATE\s+(OR\s+REPLACE\s+)?(PUBLIC\s+)?SYNONYM\b/i, label: 'synonym' },
  { pattern: /^\s*CREATE\s+STATISTICS\b/i, label: 'SQL Server manual statistics' },
  { pattern: /^\s*CREATE\s+(OR\s+REPLACE\s+)?DIMENSION\b/i, label: 'Oracle dimension' },
  { pattern: /^\s*CREATE\s+MATERIALIZED\s+VIEW\s+LOG\b/i, label: 'Oracle materialized view log' },
];

/** Why the object has no PostgreSQL equivalent, or undefined when it has one. */
export function noEquivalentReason(o: Pick<ReportObject, 'source' | 'outcome' | 'reason'>): string | undefined {
  const source = o.source.replace(/^(\s*(--[^\n]*\n|\/\*[\s\S]*?\*\/))*/, '');
  const hit = noPostgresEquivalent.find((p) => p.pattern.test(source));
  if (hit) return hit.label;
  return undefined;
}

/** Counts of objects, split the way the issue's targets are stated. */
export interface ObjectTally {
  total: number;
  /** As is or converted: PostgreSQL runs it without a human. */
  automatic: number;
  /** The engine's own "not applicable" (databases, users, settings, client commands). */
  notApplicable: number;
  /** Applicable, but PostgreSQL has nothing equivalent (see `noPostgresEquivalent`). */
  noEquivalent: number;
  /** total − notApplicable − noEquivalent: the denominator of the target. */
  withEquivalent: number;
}

function tally(objects: ReportObject[]): ObjectTally {
  const t = { total: objects.length, automatic: 0, notApplicable: 0, noEquivalent: 0, withEquivalent: 0 };
  for (const o of objects) {
    if (isAutomatic(o.outcome)) t.automatic++;
    if (o.outcome === 'not-applicable') t.notApplicable++;
    else if (noEquivalentReason(o)) t.noEquivalent++;
  }
  t.withEquivalent = t.total - t.notApplicable - t.noEquivalent;
  return t;
}

/** Adds tallies (for dialect and corpus totals). */
export function addTallies(a: ObjectTally, b: ObjectTally): ObjectTally {
  return {
    total: a.total + b.total,
    automatic: a.automatic + b.automatic,
    notApplicable: a.notApplicable + b.notApplicable,
    noEquivalent: a.noEquivalent + b.noEquivalent,
    withEquivalent: a.withEquivalent + b.withEquivalent,
  };
}

export const emptyTally: ObjectTally = { total: 0, automatic: 0, notApplicable: 0, noEquivalent: 0, withEquivalent: 0 };

/** The measures of one analysed script. */
export interface ScriptMeasure {
  file: string;
  dialect: string;
  score: number;
  tables: ObjectTally;
  routines: ObjectTally;
  objects: ObjectTally;
  /** Outcome counts per object kind, as in the report. */
  byKind: Record<string, Record<Outcome, number>>;
  /** Objects with no PostgreSQL equivalent: kind, name, why. */
  noEquivalent: { kind: string; name: string; line: number; label: string }[];
  /** Why tables did not convert: normalised reason → count and the first few tables. */
  tableFailures: Record<string, { count: number; tables: string[] }>;
  analysedMs: number;
}

/** The measures of one report. */
export function measureReport(report: Report, file: string, analysedMs: number): ScriptMeasure {
  const tables = report.objects.filter((o) => o.kind === 'table');
  return {
    file,
    dialect: report.dialect.used,
    score: report.summary.score,
    tables: tally(tables),
    routines: tally(report.objects.filter((o) => routineKinds.includes(o.kind))),
    objects: tally(report.objects),
    byKind: Object.fromEntries(report.summary.byKind.map((k) => [k.kind, k.outcomes])),
    noEquivalent: report.objects.flatMap((o) => {
      const label = o.outcome === 'not-applicable' ? undefined : noEquivalentReason(o);
      return label ? [{ kind: o.kind, name: o.name, line: o.startLine, label }] : [];
    }),
    tableFailures: failureReasons(report, tables),
    analysedMs: Math.round(analysedMs),
  };
}

/**
 * A failure reason with the object-specific parts taken out (names, numbers, quoted text), so the same cause on
 * different tables counts once. Incidental failures are attributed to their root cause's reason.
 */
export function failureReason(o: ReportObject, byId: Map<number, ReportObject>): string {
  if (o.outcome === 'incidental') {
    const root = o.rootCause === undefined ? undefined : byId.get(o.rootCause);
    return `incidental (root: ${root ? failureReason(root, byId) : 'unknown'})`;
  }
  const text = o.reason ?? (o.error ? `PostgreSQL: ${o.error.message}` : 'no reason given');
  return oneLine(text)
    .replace(/(?<!at or near )"[^"]*"/g, '"…"')
    .replace(/^PostgreSQL rejected the converted SQL: /, 'PostgreSQL: ')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\(line \d+\)/g, '')
    .replace(/\b(column|index)\s+[\w$#.]+(?=:)/gi, '$1 …')
    .replace(/\bdepends on( table)?\s+[\w$#.]+/gi, 'depends on$1 …')
    .replace(/\d+/g, 'N')
    .split('; ')
    .filter((part, k, parts) => parts.indexOf(part) === k)
    .join('; ')
    .slice(0, 140);
}

function failureReasons(report: Report, tables: ReportObject[]): ScriptMeasure['tableFailures'] {
  const byId = new Map(report.objects.map((o) => [o.id, o]));
  const out: ScriptMeasure['tableFailures'] = {};
  for (const t of tables) {
    if (isAutomatic(t.outcome) || t.outcome === 'not-applicable') continue;
    const entry = (out[failureReason(t, byId)] ??= { count: 0, tables: [] });
    entry.count++;
    if (entry.tables.length < 3) entry.tables.push(t.name);
  }
  return out;
}

/** Analyses one script file with the engine, timed. The analysis rolls back, so one database serves every file. */
export async function analyseFile(path: string, engine: SqlEngine): Promise<{ report: Report; ms: number }> {
  const started = performance.now();
  try {
    const report = await analyseScript(readFileSync(path, 'utf8'), engine);
    return { report, ms: performance.now() - started };
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
}
