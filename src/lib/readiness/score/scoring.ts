/**
 * Outcomes, severities and the readiness score. Free of zod (report/report.ts holds the schema), so the page
 * recomputes on the main thread as weights are edited (report/reestimate.ts re-runs the estimate).
 *
 * The readiness score (`readinessScore`): 100 × Σ w(converted objects) / Σ w(applicable objects), with w the
 * object's kind weight (`scoreWeights`: tables, views, sequences, types, routines, triggers 1; indexes, constraints,
 * ALTERs ½; comments and grants 0.1). Not-applicable objects do not count; incidental ones count as not converted.
 * It is a share of objects, so a script whose objects nearly all convert scores near 100; the effort to fix the rest
 * is the estimate (unit-model.ts, ora2pg's units), shown next to it. Until issue #11 the score was weighted by those
 * units, so 4 failed procedures (~15 units each) outweighed 96 converted tables (0.1 unit each) and such a script
 * scored 14.
 */
import type { ObjectKind } from '../sql/classify.ts';

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
export function countOutcomes(objects: { outcome: Outcome }[]): Record<Outcome, number> {
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const o of objects) counts[o.outcome]++;
  return counts;
}

/**
 * How much one object counts in the readiness score, by kind. The score answers "how much of my schema loads in
 * PostgreSQL after automatic conversion", so it counts objects, not effort (effort is the estimate's job, in units):
 * an object the reader names counts 1, a part attached to one (index, constraint, ALTER) ½, a note on one (comment,
 * grant) 0.1. Kinds that are always not applicable (data, settings, client commands …) count 0.
 */
export const scoreWeights: Record<ObjectKind, number> = {
  table: 1,
  view: 1,
  'materialized-view': 1,
  sequence: 1,
  type: 1,
  'type-body': 1,
  synonym: 1,
  trigger: 1,
  procedure: 1,
  function: 1,
  package: 1,
  'package-body': 1,
  block: 1,
  index: 0.5,
  constraint: 0.5,
  alter: 0.5,
  other: 0.5,
  comment: 0.1,
  grant: 0.1,
  data: 0,
  schema: 0,
  drop: 0,
  session: 0,
  'client-command': 0,
  transaction: 0,
  query: 0,
};

/**
 * Readiness score = 100 × Σ weight(objects converted as is or with changes) / Σ weight(applicable objects), one
 * decimal, where weight is `scoreWeights[kind]`. Not-applicable objects are left out of both sums; incidental objects
 * (failed only because an object they depend on failed) count as not converted, as they do not load until that
 * object is fixed. 100 when nothing applicable was found. Example: 96 tables that convert and 4 procedures that do
 * not score 100 × 96 / 100 = 96.
 */
export function readinessScore(objects: { outcome: Outcome; kind: ObjectKind }[]): number {
  let auto = 0;
  let total = 0;
  for (const o of objects) {
    if (o.outcome === 'not-applicable') continue;
    const w = scoreWeights[o.kind];
    total += w;
    if (o.outcome === 'as-is' || o.outcome === 'converted') auto += w;
  }
  return total === 0 ? 100 : Math.round((1000 * auto) / total) / 10;
}
