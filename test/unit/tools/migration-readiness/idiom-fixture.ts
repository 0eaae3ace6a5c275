/**
 * Shared by the idiom tests: a fixture pair is a source script (its last statement is the one under test, earlier
 * ones give context) and the PostgreSQL expected for that last statement. The expected text must equal the
 * conversion (whitespace collapsed) and, together with the converted context, must run in PGlite.
 */
import { profileOf } from '../../../../src/lib/readiness/dialects/index';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll } from 'vitest';
import { convertStatements, type ConvertedStatement } from '../../../../src/lib/readiness/convert/convert';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import { splitScript } from '../../../../src/lib/readiness/sql/split';

export const flat = (sql: string) => sql.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();

/** Converts a script; returns every statement's conversion. */
export function convertScript(script: string, dialect: Dialect): ConvertedStatement[] {
  const split = splitScript(script, profileOf(dialect).split);
  return convertStatements(split.statements, dialect, split.variables);
}

/** Runs the converted context and then `expected` in one transaction that is rolled back; returns the error, if any. */
export async function runsInPostgres(
  pg: PGlite,
  context: ConvertedStatement[],
  expected: string,
  setup = '',
): Promise<string> {
  await pg.exec('BEGIN');
  try {
    if (setup) await pg.exec(setup);
    for (const c of context) if (!c.notApplicable && c.sql) await pg.exec(c.sql);
    await pg.exec(expected);
    return '';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await pg.exec('ROLLBACK');
  }
}

/** One PGlite for a test file (it takes seconds to start): created before the file's tests, closed after. */
export function sharedPglite(): () => PGlite {
  let pg: PGlite | undefined;
  beforeAll(async () => {
    pg = await PGlite.create();
  }, 60_000);
  afterAll(async () => {
    await pg?.close();
  });
  return () => pg!;
}
