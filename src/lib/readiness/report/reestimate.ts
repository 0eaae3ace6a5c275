/** A report re-estimated with an edited unit model, on the main thread, without running PostgreSQL again. */
import { readinessScore } from '../score/scoring.ts';
import { estimate, type CostedObject, type UnitModel } from '../score/unit-model.ts';
import type { Report } from './report.ts';

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
