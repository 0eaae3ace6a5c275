/**
 * The report model (zod schema) and findings. Score and outcomes live in score/scoring.ts (re-exported here),
 * re-estimation in reestimate.ts, the DDL and CSV exports in report-files.ts (all free of zod, for the page).
 */
import { z } from 'zod';
import { kindLabels, objectKinds } from '../sql/classify.ts';
import { constructById } from '../dialects/constructs.ts';
import { dialects } from '../dialects/detect-dialect.ts';
import { ruleCatalogue } from '../convert/rules.ts';
import { outcomes, severities, type Outcome } from '../score/scoring.ts';
import { unitModelSchema } from '../score/unit-model-schema.ts';

export * from '../score/scoring.ts';

const ruleHitSchema = z.object({ id: z.string(), detail: z.string(), line: z.number().int().optional() });

export const reportObjectSchema = z.object({
  id: z.number().int().nonnegative(),
  kind: z.enum(objectKinds),
  name: z.string(),
  table: z.string().optional(),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  source: z.string(),
  converted: z.string(),
  outcome: z.enum(outcomes),
  /** Why: the not-applicable reason, the manual-rewrite reasons, or the failed dependency. */
  reason: z.string().optional(),
  /** PostgreSQL's own error, when it rejected the converted SQL. */
  error: z.object({ message: z.string(), code: z.string().optional(), detail: z.string().optional() }).optional(),
  /** For incidental objects: the id of the object whose failure caused this one's. */
  rootCause: z.number().int().optional(),
  rules: z.array(ruleHitSchema),
  constructs: z.array(z.object({ id: z.string(), count: z.number().int(), lines: z.array(z.number().int()) })),
  units: z.number().nonnegative(),
  /** What the unit model needs besides kind and constructs, so the estimate can be redone with edited weights. */
  cost: z.object({
    code: z.boolean(),
    codeChars: z.number().int().nonnegative(),
    vendorFunctions: z.array(z.string()),
    costClass: z.enum(['global-temporary-table', 'function-based-index']).optional(),
  }),
  /** Execution order in PostgreSQL (absent when not executed). */
  order: z.number().int().optional(),
  /** Foreign keys moved out of this CREATE TABLE because tables reference each other: run after all tables. */
  lateSql: z.string().optional(),
});
export type ReportObject = z.infer<typeof reportObjectSchema>;

export const findingSchema = z.object({
  id: z.string(),
  severity: z.enum(severities),
  construct: z.string(),
  count: z.number().int().nonnegative(),
  lines: z.array(z.number().int()),
  objects: z.array(z.number().int()),
  suggestion: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

const outcomeCounts = z.object(
  Object.fromEntries(outcomes.map((o) => [o, z.number().int().nonnegative()])) as Record<Outcome, z.ZodNumber>,
);

export const reportSchema = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  postgresVersion: z.string(),
  input: z.object({ bytes: z.number().int(), lines: z.number().int(), statements: z.number().int() }),
  dialect: z.object({
    used: z.enum(dialects),
    detected: z.enum(dialects),
    confidence: z.number().min(0).max(1),
    overridden: z.boolean(),
    evidence: z.array(
      z.object({ dialect: z.enum(dialects), signal: z.string(), count: z.number().int(), firstLine: z.number().int() }),
    ),
  }),
  summary: z.object({
    objects: z.number().int(),
    outcomes: outcomeCounts,
    byKind: z.array(
      z.object({ kind: z.enum(objectKinds), label: z.string(), total: z.number().int(), outcomes: outcomeCounts }),
    ),
    /** 0–100: share of applicable objects that convert automatically, weighted by their units. */
    score: z.number().min(0).max(100),
    createTables: z.object({ total: z.number().int(), executed: z.number().int() }),
  }),
  estimate: z.object({
    units: z.number(),
    hours: z.number(),
    personDays: z.number(),
    level: z.string(),
    letter: z.enum(['A', 'B', 'C']),
    technicalLevel: z.number().int().min(1).max(5),
    byKind: z.array(z.object({ kind: z.enum(objectKinds), count: z.number().int(), units: z.number() })),
    /** Units of the objects that need a human (manual + incidental). */
    manualUnits: z.number(),
  }),
  model: unitModelSchema,
  modelSource: z.object({ name: z.string(), url: z.string(), asOf: z.string() }),
  findings: z.array(findingSchema),
  objects: z.array(reportObjectSchema),
  timings: z.object({ convertMs: z.number(), executeMs: z.number(), totalMs: z.number() }),
});
export type Report = z.infer<typeof reportSchema>;

const severityRank = Object.fromEntries(severities.map((s, k) => [s, k])) as Record<
  (typeof severities)[number],
  number
>;

/** Findings grouped by construct, blocker, PostgreSQL error and rule, most severe first. */
export function buildFindings(
  objects: ReportObject[],
  blockersById: Map<number, string[]>,
  warningsById: Map<number, string[]>,
): Finding[] {
  const map = new Map<string, Finding>();
  const add = (
    id: string,
    severity: Finding['severity'],
    construct: string,
    suggestion: string,
    object: ReportObject,
    lines: number[],
    count = 1,
  ) => {
    const f = map.get(id) ?? { id, severity, construct, count: 0, lines: [], objects: [], suggestion };
    f.count += count;
    for (const l of lines) if (!f.lines.includes(l)) f.lines.push(l);
    if (!f.objects.includes(object.id)) f.objects.push(object.id);
    map.set(id, f);
  };
  for (const o of objects) {
    if (o.outcome === 'not-applicable') continue;
    for (const c of o.constructs) {
      const def = constructById.get(c.id);
      if (!def) continue;
      add(`construct:${c.id}`, def.severity, def.label, def.suggestion, o, c.lines, c.count);
    }
    for (const b of blockersById.get(o.id) ?? []) {
      const key = b
        .replace(/^line \d+: /, '')
        .replace(/\s+\S+:.*$/, '')
        .slice(0, 60);
      add(
        `manual:${key}`,
        'high',
        b.replace(/^line \d+: /, ''),
        'Rewrite by hand; see the object for the exact place.',
        o,
        [o.startLine],
      );
    }
    for (const w of warningsById.get(o.id) ?? []) {
      add(`warning:${w.split(':')[0]!.replace(/^\S+ /, '')}`, 'medium', w, w.split(': ').slice(1).join(': ') || w, o, [
        o.startLine,
      ]);
    }
    if (o.outcome === 'manual' && o.error) {
      const severity = o.kind === 'table' ? 'critical' : 'high';
      add(
        `pg-error:${o.error.code ?? 'unknown'}:${o.kind}`,
        severity,
        o.error.code === '57014'
          ? `A ${kindLabels[o.kind].toLowerCase()} ${o.error.message} in PostgreSQL`
          : `PostgreSQL rejected a ${kindLabels[o.kind].toLowerCase()}: ${o.error.message}`,
        'Fix the converted SQL by hand (the error names the place).',
        o,
        [o.startLine],
      );
    }
    if (o.outcome === 'incidental')
      add(
        'incidental',
        'info',
        'Failed only because an object it depends on failed',
        'Fix the root object; these then convert without changes.',
        o,
        [o.startLine],
      );
    for (const r of o.rules) {
      const title = ruleCatalogue[r.id as keyof typeof ruleCatalogue] ?? r.id;
      const severity =
        r.id === 'default.on-update' || r.id === 'partition.declarative' || r.id === 'type.rowversion'
          ? 'medium'
          : 'info';
      add(
        `rule:${r.id}`,
        severity,
        title,
        `Converted automatically (${r.id}); review the change.`,
        o,
        r.line ? [r.line] : [o.startLine],
      );
    }
  }
  return [...map.values()]
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || b.count - a.count)
    .map((f) => ({ ...f, lines: f.lines.sort((x, y) => x - y) }));
}
