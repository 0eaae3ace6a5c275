/** The report model (zod schema), the readiness score, findings, and the three exports: DDL, JSON and CSV. */
import { z } from 'zod';
import { kindLabels, objectKinds } from './classify.ts';
import { constructById } from './constructs.ts';
import { dialects } from './dialect.ts';
import { ruleCatalogue } from './rules.ts';
import { estimate, unitModelSchema, type CostedObject, type UnitModel } from './units.ts';

export const outcomes = ['as-is', 'converted', 'manual', 'incidental', 'not-applicable'] as const;
export type Outcome = (typeof outcomes)[number];

export const outcomeLabels: Record<Outcome, string> = {
  'as-is': 'Converted as is',
  converted: 'Converted with changes',
  manual: 'Needs manual rewrite',
  incidental: 'Incidental (a dependency failed)',
  'not-applicable': 'Not applicable',
};

export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;

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

/** Counts per outcome, all keys present. */
export function countOutcomes(objects: Pick<ReportObject, 'outcome'>[]): Record<Outcome, number> {
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const o of objects) counts[o.outcome]++;
  return counts;
}

/**
 * Readiness score: 100 × (units of objects converted as is or with changes) / (units of all applicable objects).
 * Objects that cost no units (comments, grants) count with a floor of 0.01 so they are not invisible. 100 when
 * nothing applicable was found.
 */
export function readinessScore(objects: Pick<ReportObject, 'outcome' | 'units'>[]): number {
  let auto = 0;
  let total = 0;
  for (const o of objects) {
    if (o.outcome === 'not-applicable') continue;
    const w = Math.max(o.units, 0.01);
    total += w;
    if (o.outcome === 'as-is' || o.outcome === 'converted') auto += w;
  }
  return total === 0 ? 100 : Math.round((1000 * auto) / total) / 10;
}

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
        `PostgreSQL rejected a ${kindLabels[o.kind].toLowerCase()}: ${o.error.message}`,
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
        r.id === 'default.on-update' || r.id === 'storage.partitioning' || r.id === 'type.rowversion'
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

/** The converted schema as one runnable .sql file; every change is commented, failed objects are commented out. */
export function convertedDdl(report: Report): string {
  const header = [
    `-- Converted from ${report.dialect.used} to PostgreSQL by Breakeven migration readiness, ${report.generatedAt}`,
    `-- Verified on ${report.postgresVersion}. Score ${report.summary.score}/100, estimate ${report.estimate.hours} h (${report.estimate.level}).`,
    '-- Objects are in dependency order. Objects that need a manual rewrite are commented out with the reason.',
    '',
  ];
  const ordered = report.objects
    .filter((o) => o.outcome !== 'not-applicable' && o.converted.trim())
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9));
  const blocks = ordered.map((o) => {
    const lines = [
      `-- ${kindLabels[o.kind]} ${o.name} (source lines ${o.startLine}–${o.endLine}): ${outcomeLabels[o.outcome]}`,
    ];
    for (const r of o.rules) lines.push(`--   [${r.id}] ${r.detail}`);
    if (o.reason && o.outcome !== 'as-is' && o.outcome !== 'converted')
      lines.push(`--   WHY: ${o.reason.replace(/\n/g, ' ')}`);
    if (o.error) lines.push(`--   POSTGRESQL: ${o.error.message.replace(/\n/g, ' ')}`);
    const ok = o.outcome === 'as-is' || o.outcome === 'converted';
    lines.push(
      ok
        ? o.converted
        : o.converted
            .split('\n')
            .map((l) => `-- ${l}`)
            .join('\n'),
    );
    return lines.join('\n');
  });
  const late = ordered.filter((o) => o.lateSql && (o.outcome === 'as-is' || o.outcome === 'converted'));
  if (late.length) {
    blocks.push(
      [
        '-- Foreign keys between tables that reference each other [constraint.fk-deferred]',
        ...late.map((o) => o.lateSql!),
      ].join('\n'),
    );
  }
  return `${header.join('\n')}\n${blocks.join('\n\n')}\n`;
}

/** One CSV row per object (RFC 4180 quoting). */
export function reportCsv(report: Report): string {
  const columns = [
    'id',
    'kind',
    'name',
    'table',
    'start_line',
    'end_line',
    'outcome',
    'units',
    'rules',
    'reason',
    'postgres_error',
  ];
  const quote = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = report.objects.map((o) =>
    [
      o.id,
      o.kind,
      o.name,
      o.table,
      o.startLine,
      o.endLine,
      o.outcome,
      o.units,
      o.rules.map((r) => r.id).join(' '),
      o.reason,
      o.error?.message,
    ]
      .map(quote)
      .join(','),
  );
  return `${columns.join(',')}\n${rows.join('\n')}\n`;
}

/**
 * The estimate and score again with an edited unit model, without running PostgreSQL again: the report keeps what
 * the model needs per object. Returns a new report; the outcomes do not change, only units, score and estimate.
 */
export function reestimate(report: Report, model: UnitModel): Report {
  const costed: CostedObject[] = report.objects.map((o) => ({
    kind: o.kind,
    ...(o.cost.costClass ? { costClass: o.cost.costClass } : {}),
    code: o.cost.code,
    codeChars: o.cost.codeChars,
    constructs: o.constructs,
    vendorFunctions: o.cost.vendorFunctions,
    applicable: o.outcome !== 'not-applicable',
  }));
  const est = estimate(costed, report.dialect.used, model);
  const objects = report.objects.map((o, k) => ({ ...o, units: est.perObject[k]! }));
  const manualUnits =
    Math.round(
      objects.filter((o) => o.outcome === 'manual' || o.outcome === 'incidental').reduce((s, o) => s + o.units, 0) *
        100,
    ) / 100;
  return {
    ...report,
    model,
    objects,
    summary: { ...report.summary, score: readinessScore(objects) },
    estimate: {
      units: est.units,
      hours: est.hours,
      personDays: est.personDays,
      level: est.level,
      letter: est.letter,
      technicalLevel: est.technicalLevel,
      byKind: est.byKind,
      manualUnits,
    },
  };
}
