import { describe, expect, it } from 'vitest';
import { countOutcomes, type Report } from '../../../../src/lib/readiness/report/report';
import { reportCsv } from '../../../../src/lib/readiness/report/report-files';
import {
  defaultUnitModel,
  estimate,
  migrationLevel,
  objectCost,
  unitModelSchema,
  type CostedObject,
} from '../../../../src/lib/readiness/score/unit-model-schema';

const object = (o: Partial<CostedObject> & Pick<CostedObject, 'kind'>): CostedObject => ({
  code: false,
  codeChars: 0,
  constructs: [],
  vendorFunctions: [],
  applicable: true,
  ...o,
});

describe('the unit model (ora2pg defaults)', () => {
  it('is valid, and keeps ora2pg’s constants', () => {
    expect(unitModelSchema.parse(defaultUnitModel)).toEqual(defaultUnitModel);
    expect(defaultUnitModel.minutesPerUnit).toBe(5);
    expect(defaultUnitModel.unitsPerPersonDay).toBe(84);
    expect(defaultUnitModel.constructWeights['ora.when-others']).toBe(10);
    expect(defaultUnitModel.constructWeights['mss.pivot']).toBe(12);
  });

  it.each<[string, CostedObject, 'oracle' | 'sqlserver' | 'mysql', number]>([
    // table: 0.1 units, no code cost
    ['a table', object({ kind: 'table' }), 'oracle', 0.1],
    // index 0.1; a function-based index 0.2
    ['a function-based index', object({ kind: 'index', costClass: 'function-based-index' }), 'oracle', 0.2],
    // GLOBAL TEMPORARY table: 10
    ['a global temporary table', object({ kind: 'table', costClass: 'global-temporary-table' }), 'oracle', 10],
    // view: 1 base + 0 testing + max(1, floor(2500/1000)=2) = 3
    ['a 2,500-character view', object({ kind: 'view', code: true, codeChars: 2500 }), 'oracle', 3],
    // procedure: 1 base + 2 testing + max(1, floor(300/1000)=0) = 1 size → 4
    ['a 300-character procedure', object({ kind: 'procedure', code: true, codeChars: 300 }), 'oracle', 4],
    // trigger with WHEN OTHERS ×1 (10) and (+) ×2 (2 each = 4): 1 + 2 + 1 + 14 = 18
    [
      'a trigger with WHEN OTHERS and two (+) joins',
      object({
        kind: 'trigger',
        code: true,
        codeChars: 800,
        constructs: [
          { id: 'ora.when-others', count: 1 },
          { id: 'ora.outer-join', count: 2 },
        ],
      }),
      'oracle',
      18,
    ],
    // SQL Server: 1 unit per 400 characters: 1 + 2 + floor(1000/400)=2 + PIVOT 12 + 2 vendor functions × 2 = 21
    [
      'a T-SQL procedure with PIVOT and two vendor functions',
      object({
        kind: 'procedure',
        code: true,
        codeChars: 1000,
        constructs: [{ id: 'mss.pivot', count: 1 }],
        vendorFunctions: ['DATEADD', 'ISNULL'],
      }),
      'sqlserver',
      21,
    ],
    // package body: 3 + 2 + floor(5200/1000)=5 + BULK COLLECT 5×2=10 + 1 vendor function × 1 = 21
    [
      'an Oracle package body',
      object({
        kind: 'package-body',
        code: true,
        codeChars: 5200,
        constructs: [{ id: 'ora.bulk-collect', count: 2 }],
        vendorFunctions: ['NVL'],
      }),
      'oracle',
      21,
    ],
    ['a not-applicable object', object({ kind: 'table', applicable: false }), 'oracle', 0],
  ])('%s costs %d units', (_, o, dialect, units) => {
    expect(objectCost(o, dialect).units).toBeCloseTo(units, 10);
  });

  it('turns units into hours and person-days', () => {
    // 100 tables × 0.1 = 10 units; 2 procedures × 4 = 8 units → 18 units = 90 min = 1.5 h; 18 / 84 = 0.21 person-days
    const objects = [
      ...Array.from({ length: 100 }, () => object({ kind: 'table' })),
      ...Array.from({ length: 2 }, () => object({ kind: 'procedure', code: true, codeChars: 10 })),
    ];
    const e = estimate(objects, 'oracle');
    expect(e.units).toBe(18);
    expect(e.hours).toBe(1.5);
    expect(e.personDays).toBe(0.21);
    expect(e.byKind).toEqual([
      { kind: 'table', count: 100, units: 10 },
      { kind: 'procedure', count: 2, units: 8 },
    ]);
  });

  it('is a pure function of the objects and the model: edited weights change the estimate', () => {
    const objects = [
      object({ kind: 'trigger', code: true, codeChars: 10, constructs: [{ id: 'ora.when-others', count: 1 }] }),
    ];
    // default: 1 + 2 + 1 + 10 = 14 units
    expect(estimate(objects, 'oracle').units).toBe(14);
    // WHEN OTHERS weighted 0 and testing 1: 1 + 1 + 1 + 0 = 3 units
    const edited = {
      ...defaultUnitModel,
      testUnits: 1,
      constructWeights: { ...defaultUnitModel.constructWeights, 'ora.when-others': 0 },
    };
    expect(estimate(objects, 'oracle', edited).units).toBe(3);
    expect(estimate(objects, 'oracle').units).toBe(14);
  });
});

describe('migration level (ora2pg)', () => {
  const trigger = object({ kind: 'trigger', code: true });
  const scoredView = object({ kind: 'view', code: true, constructs: [{ id: 'ora.outer-join', count: 1 }] });
  const procedure = object({ kind: 'procedure', code: true });
  const scoredProcedure = object({ kind: 'procedure', code: true, constructs: [{ id: 'ora.connect-by', count: 1 }] });
  it.each<[string, CostedObject[], number, string]>([
    ['tables only', [object({ kind: 'table' })], 0.1, 'A-1'],
    ['triggers', [object({ kind: 'table' }), trigger], 0.1, 'A-2'],
    ['procedural code', [trigger, procedure], 0.1, 'A-3'],
    ['a view using a scored construct', [procedure, scoredView], 2, 'B-4'],
    ['procedural code using a scored construct', [scoredProcedure], 2, 'B-5'],
    ['B and more than 5 person-days', [scoredProcedure], 5.5, 'C-5'],
    [
      'not-applicable objects do not count',
      [object({ kind: 'procedure', applicable: false, constructs: [{ id: 'ora.connect-by', count: 1 }] })],
      0,
      'A-1',
    ],
  ])('%s → %s', (_, objects, personDays, level) => {
    expect(migrationLevel(objects, personDays).level).toBe(level);
  });
});

describe('readiness score', () => {
  // The score's worked examples are in scoring.test.ts.
  it('counts every outcome', () => {
    expect(countOutcomes([{ outcome: 'manual' }, { outcome: 'manual' }, { outcome: 'as-is' }])).toEqual({
      'as-is': 1,
      converted: 0,
      manual: 2,
      incidental: 0,
      'not-applicable': 0,
    });
  });
});

describe('CSV export', () => {
  it('quotes fields with commas, quotes and newlines', () => {
    const report = {
      objects: [
        {
          id: 0,
          kind: 'view',
          name: 'v',
          startLine: 1,
          endLine: 2,
          outcome: 'manual',
          units: 1,
          rules: [{ id: 'expr.nvl', detail: '' }],
          reason: 'a, "b"\nc',
          error: { message: 'syntax error' },
        },
      ],
    } as unknown as Report;
    expect(reportCsv(report)).toBe(
      'id,kind,name,table,start_line,end_line,outcome,units,rules,reason,postgres_error\n0,view,v,,1,2,manual,1,expr.nvl,"a, ""b""\nc",syntax error\n',
    );
  });
});
