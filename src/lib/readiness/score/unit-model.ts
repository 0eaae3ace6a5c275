/**
 * The effort model, comparable with ora2pg's migration assessment: 1 unit = 5 minutes, a person-day = 84 units.
 * Object costs and construct weights are ora2pg's defaults (lib/Ora2Pg.pm %UNCOVERED_SCORE and
 * lib/Ora2Pg/PLSQL.pm estimate_cost, v25); every number is an editable default, and the estimate is a pure function
 * of (objects, model). Free of zod, so the page recomputes with edited weights on the main thread.
 */
import type { ObjectKind } from '../sql/classify.ts';
import { constructCatalogue } from '../dialects/construct-catalogue.ts';
import type { Dialect } from '../dialects/detect-dialect.ts';

export const unitModelSource = {
  name: 'ora2pg v25 defaults: lib/Ora2Pg.pm (%UNCOVERED_SCORE, migration levels) and lib/Ora2Pg/PLSQL.pm (estimate_cost)',
  url: 'https://github.com/darold/ora2pg',
  asOf: '2026-11-21',
} as const;

/** The unit model: every number the estimate uses, editable (units.ts holds its zod schema). */
export interface UnitModel {
  minutesPerUnit: number;
  unitsPerPersonDay: number;
  /** Units per object of each kind (migration and review). */
  objectUnits: Record<string, number>;
  /** Units added to each code object for testing (ora2pg: 2; views: 0). */
  testUnits: number;
  /** Characters of code per unit, per source dialect (ora2pg: 1,000; 400 for SQL Server). */
  charsPerUnit: Record<string, number>;
  /** Units per distinct vendor-only function (ora2pg: 1; 2 for MySQL and SQL Server). */
  vendorFunctionUnits: Record<string, number>;
  /** Units per occurrence of each construct. */
  constructWeights: Record<string, number>;
  /** A construct counts as "scored" for the technical level when its weight is at least this. */
  scoredConstructMinWeight: number;
  /** Level C instead of B above this many person-days. */
  levelCPersonDays: number;
}

/** ora2pg's defaults. */
export const defaultUnitModel: UnitModel = {
  minutesPerUnit: 5,
  unitsPerPersonDay: 84,
  objectUnits: {
    table: 0.1,
    index: 0.1,
    constraint: 0.1,
    sequence: 0.1,
    synonym: 0.1,
    view: 1,
    'materialized-view': 3,
    trigger: 1,
    procedure: 1,
    function: 1,
    package: 0,
    'package-body': 3,
    type: 1,
    'type-body': 10,
    'global-temporary-table': 10,
    'function-based-index': 0.2,
    alter: 0.1,
    comment: 0,
    grant: 0,
    block: 1,
    other: 0.1,
  },
  testUnits: 2,
  charsPerUnit: { oracle: 1000, mysql: 1000, sqlserver: 400, postgres: 1000 },
  vendorFunctionUnits: { oracle: 1, mysql: 2, sqlserver: 2, postgres: 0 },
  constructWeights: Object.fromEntries(constructCatalogue.map((c) => [c.id, c.weight])),
  scoredConstructMinWeight: 0.1,
  levelCPersonDays: 5,
};

/** What the estimate needs to know about one object. */
export interface CostedObject {
  kind: ObjectKind;
  /** Special cost classes: a GLOBAL TEMPORARY table, a function-based index. */
  costClass?: 'global-temporary-table' | 'function-based-index';
  code: boolean;
  codeChars: number;
  constructs: { id: string; count: number }[];
  vendorFunctions: string[];
  /** False for not-applicable objects: they cost nothing. */
  applicable: boolean;
}

export interface ObjectCost {
  units: number;
  base: number;
  testing: number;
  size: number;
  constructs: number;
  vendorFunctions: number;
}

/**
 * Units for one object: base cost of its kind, plus for code objects ora2pg's estimate_cost: testing units (not for
 * views), 1 unit per N characters (at least 1), Σ weight × occurrences, and units per distinct vendor function.
 */
export function objectCost(o: CostedObject, dialect: Dialect, model: UnitModel = defaultUnitModel): ObjectCost {
  if (!o.applicable) return { units: 0, base: 0, testing: 0, size: 0, constructs: 0, vendorFunctions: 0 };
  const base = model.objectUnits[o.costClass ?? o.kind] ?? model.objectUnits[o.kind] ?? 0;
  if (!o.code) return { units: base, base, testing: 0, size: 0, constructs: 0, vendorFunctions: 0 };
  const testing = o.kind === 'view' || o.kind === 'materialized-view' ? 0 : model.testUnits;
  const size = Math.max(1, Math.floor(o.codeChars / (model.charsPerUnit[dialect] ?? 1000)));
  const constructs = o.constructs.reduce((sum, c) => sum + (model.constructWeights[c.id] ?? 0) * c.count, 0);
  const vendorFunctions = o.vendorFunctions.length * (model.vendorFunctionUnits[dialect] ?? 1);
  const units = base + testing + size + constructs + vendorFunctions;
  return { units, base, testing, size, constructs, vendorFunctions };
}

export interface Estimate {
  units: number;
  hours: number;
  personDays: number;
  /** ora2pg-style level, e.g. "B-5". */
  level: string;
  letter: 'A' | 'B' | 'C';
  technicalLevel: 1 | 2 | 3 | 4 | 5;
  byKind: { kind: ObjectKind; count: number; units: number }[];
  perObject: number[];
}

const proceduralKinds: ReadonlySet<ObjectKind> = new Set([
  'procedure',
  'function',
  'package',
  'package-body',
  'type-body',
  'block',
]);

/**
 * Technical level as ora2pg defines it: 1 tables only, 2 triggers, 3 procedural code, 4 a trigger or view uses a
 * scored construct, 5 procedural code uses a scored construct. Letter: A (≤ 3), B (> 3), C (B and more than
 * `levelCPersonDays` person-days).
 */
export function migrationLevel(
  objects: CostedObject[],
  personDays: number,
  model: UnitModel = defaultUnitModel,
): Pick<Estimate, 'letter' | 'technicalLevel' | 'level'> {
  let technical: 1 | 2 | 3 | 4 | 5 = 1;
  const scored = (o: CostedObject) =>
    o.constructs.some(
      (c) =>
        (model.constructWeights[c.id] ?? 0) >= model.scoredConstructMinWeight &&
        (model.constructWeights[c.id] ?? 0) > 0,
    );
  const bump = (n: 1 | 2 | 3 | 4 | 5) => {
    if (n > technical) technical = n;
  };
  for (const o of objects) {
    if (!o.applicable) continue;
    if (o.kind === 'trigger') bump(2);
    if (proceduralKinds.has(o.kind)) bump(3);
    if ((o.kind === 'trigger' || o.kind === 'view' || o.kind === 'materialized-view') && scored(o)) bump(4);
    if (proceduralKinds.has(o.kind) && scored(o)) bump(5);
  }
  const letter = technical <= 3 ? 'A' : personDays > model.levelCPersonDays ? 'C' : 'B';
  return { letter, technicalLevel: technical, level: `${letter}-${technical}` };
}

/** The effort estimate: a pure function of the objects and the model. */
export function estimate(objects: CostedObject[], dialect: Dialect, model: UnitModel = defaultUnitModel): Estimate {
  const perObject = objects.map((o) => objectCost(o, dialect, model).units);
  const units = round2(perObject.reduce((a, b) => a + b, 0));
  const hours = round2((units * model.minutesPerUnit) / 60);
  const personDays = round2(units / model.unitsPerPersonDay);
  const byKindMap = new Map<ObjectKind, { kind: ObjectKind; count: number; units: number }>();
  objects.forEach((o, k) => {
    if (!o.applicable) return;
    const entry = byKindMap.get(o.kind) ?? { kind: o.kind, count: 0, units: 0 };
    entry.count++;
    entry.units = round2(entry.units + perObject[k]!);
    byKindMap.set(o.kind, entry);
  });
  return {
    units,
    hours,
    personDays,
    ...migrationLevel(objects, personDays, model),
    byKind: [...byKindMap.values()],
    perObject,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
