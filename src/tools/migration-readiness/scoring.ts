/**
 * Outcomes, severities, the readiness score and re-estimation with an edited unit model. Free of zod (report.ts
 * holds the schema), so the page recomputes on the main thread as weights are edited.
 */
import type { Report, ReportObject } from './report.ts';
import { estimate, type CostedObject, type UnitModel } from './unit-model.ts';

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
