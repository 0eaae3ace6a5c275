import { describe, expect, it } from 'vitest';
import type { ObjectKind } from '../../../../src/lib/readiness/sql/classify';
import { objectKinds } from '../../../../src/lib/readiness/sql/classify';
import { readinessScore, scoreWeights, type Outcome } from '../../../../src/lib/readiness/score/scoring';

type Scored = { kind: ObjectKind; outcome: Outcome };
const many = (n: number, kind: ObjectKind, outcome: Outcome): Scored[] =>
  Array.from({ length: n }, () => ({ kind, outcome }));

describe.each<[string, Scored[], number]>([
  // 96 tables convert, 4 procedures do not: 96 × 1 / (96 + 4) = 96 (the unit-weighted score gave 14)
  ['96 % of objects convert', [...many(96, 'table', 'converted'), ...many(4, 'procedure', 'manual')], 96],
  // tables 10 × 1 + indexes 10 × ½ = 15 of 15 + 1 failed view: 15 / 16 = 93.75 → 93.8
  [
    'indexes weigh half',
    [...many(10, 'table', 'as-is'), ...many(10, 'index', 'converted'), ...many(1, 'view', 'manual')],
    93.8,
  ],
  // not-applicable objects are left out: 2 / (2 + 0) = 100, however many INSERTs and settings
  [
    'not-applicable objects do not count',
    [...many(2, 'table', 'as-is'), ...many(50, 'data', 'not-applicable'), ...many(3, 'other', 'not-applicable')],
    100,
  ],
  // incidental objects count as not converted: 3 / (3 + 1 manual + 1 incidental) = 60
  [
    'incidental objects count as not converted',
    [...many(3, 'table', 'as-is'), ...many(1, 'table', 'manual'), ...many(1, 'view', 'incidental')],
    60,
  ],
  // comments and grants 0.1: 1 table / (1 + 10 × 0.1 failed grants) = 1 / 2 = 50
  ['comments and grants weigh 0.1', [...many(1, 'table', 'as-is'), ...many(10, 'grant', 'manual')], 50],
  // 2 of 3 tables: 66.666… → 66.7 (one decimal)
  ['one decimal', [...many(2, 'table', 'as-is'), ...many(1, 'table', 'manual')], 66.7],
  ['100 when nothing applies', many(3, 'session', 'not-applicable'), 100],
])('%s', (_, objects, expected) => {
  it(`scores ${expected}`, () => expect(readinessScore(objects)).toBe(expected));
});

describe('score weights', () => {
  it('give every object kind a weight from 0 to 1', () => {
    for (const kind of objectKinds) {
      expect(scoreWeights[kind]).toBeGreaterThanOrEqual(0);
      expect(scoreWeights[kind]).toBeLessThanOrEqual(1);
    }
  });
});
