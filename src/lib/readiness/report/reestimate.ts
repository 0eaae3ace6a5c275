/** A report re-estimated with an edited unit model, on the main thread, without running PostgreSQL again. */
import { readinessScore } from '../score/scoring.ts';
import type { CostedObject, UnitModel } from '../score/unit-model.ts';
import { buildEstimate } from './report-estimate.ts';
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
  const built = buildEstimate(
    costed,
    report.objects.map((o) => o.outcome),
    report.dialect.used,
    model,
  );
  const objects = report.objects.map((o, k) => ({ ...o, units: built.perObject[k]! }));
  return {
    ...report,
    model,
    objects,
    summary: { ...report.summary, score: readinessScore(objects) },
    estimate: built.estimate,
  };
}
