/**
 * The report's effort estimate, built in one place: the analysis (engine/analyse.ts) and the re-estimate with an
 * edited unit model (reestimate.ts) both call it, so the two can never total the units differently.
 */
import type { Dialect } from '../dialects/dialect-id.ts';
import type { Outcome } from '../score/scoring.ts';
import { estimate, type CostedObject, type UnitModel } from '../score/unit-model.ts';
import type { Report } from './report.ts';

/** Units per object (in `costed` order) and the report's estimate; `outcomes[k]` is object k's outcome. */
export function buildEstimate(
  costed: CostedObject[],
  outcomes: readonly Outcome[],
  dialect: Dialect,
  model: UnitModel,
): { perObject: number[]; estimate: Report['estimate'] } {
  const est = estimate(costed, dialect, model);
  // Units of what a person must still do: the objects that did not load, and those that failed with them.
  const manual = est.perObject.filter((_, k) => outcomes[k] === 'manual' || outcomes[k] === 'incidental');
  const manualUnits = Math.round(manual.reduce((s, units) => s + units, 0) * 100) / 100;
  return {
    perObject: est.perObject,
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
