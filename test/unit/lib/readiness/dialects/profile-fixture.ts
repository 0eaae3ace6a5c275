/**
 * Shared by the per-database tests (one file per source database): conversion cases as (source SQL → expected
 * PostgreSQL) verified in PGlite, and splitting cases as (script → the statements the database's client would run).
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../../../src/lib/readiness/dialects/dialect-id';
import { profileOf } from '../../../../../src/lib/readiness/dialects/index';
import { splitScript } from '../../../../../src/lib/readiness/sql/split';
import { convertScript, flat, runsInPostgres, sharedPglite } from '../../../tools/migration-readiness/idiom-fixture';

/** [what it shows, source script (its last statement is under test), expected PostgreSQL, rule id expected or ''] */
export type ConversionCase = [what: string, source: string, expected: string, rule: string];
/** [what it shows, script, the statements as origin + text (whitespace collapsed)] */
export type SplitCase = [what: string, script: string, statements: string[]];

/** The conversion table: each last statement converts to `expected`, with its rule, and `expected` runs. */
export function conversionCases(dialect: Dialect, cases: ConversionCase[]): void {
  const db = sharedPglite();
  describe(`${profileOf(dialect).name} → PostgreSQL, verified in PGlite`, () => {
    it.each(cases)('%s', async (_what, source, expected, rule) => {
      const all = convertScript(source, dialect);
      const last = all[all.length - 1]!;
      expect(flat(last.sql)).toBe(flat(expected));
      if (rule) expect(last.rules.map((r) => r.id)).toContain(rule);
      expect(last.blockers).toEqual([]);
      expect(await runsInPostgres(db(), all.slice(0, -1), expected)).toBe('');
    });
  });
}

/** The splitting table: the statements the client program would send, and its own commands marked `client:`. */
export function splitCases(dialect: Dialect, cases: SplitCase[]): void {
  describe(`${profileOf(dialect).name} client splitting`, () => {
    it.each(cases)('%s', (_what, script, statements) => {
      const split = splitScript(script, profileOf(dialect).split).statements;
      expect(split.map((s) => `${s.origin === 'client' ? 'client: ' : ''}${s.text.replace(/\s+/g, ' ')}`)).toEqual(
        statements,
      );
    });
  });
}
