/** The one FROM/JOIN relation walker (sql/relations.ts): SQL in, the relations it reads or writes out. */
import { describe, expect, it } from 'vitest';
import { postgres } from '../../../../src/lib/readiness/dialects/postgres';
import { significant, tokenize } from '../../../../src/lib/readiness/sql/lexer';
import { relationsIn } from '../../../../src/lib/readiness/sql/relations';
import type { Tok } from '../../../../src/lib/readiness/sql/tokens';

const toks = (sql: string): Tok[] =>
  tokenize(sql, postgres.lexer)
    .filter(significant)
    .map((tok) => ({ tok, pre: '', text: tok.text }));

describe('relationsIn', () => {
  it.each([
    ['SELECT a FROM t', ['t']],
    // Names come out as nameOf prints them: unquoted, lower-cased.
    ['SELECT * FROM s.t x, u AS y, "Mixed" z', ['t', 'u', 'mixed']],
    ['SELECT * FROM a JOIN b ON a.id = b.id LEFT JOIN c USING (id)', ['a', 'b', 'c']],
    ['SELECT * FROM ONLY t', ['t']],
    ['SELECT * FROM t WHERE x IN (SELECT y FROM u)', ['t', 'u']],
    ['SELECT COALESCE((SELECT max(v) FROM u), 0) FROM t', ['u', 't']],
    ['WITH c AS (SELECT * FROM u) SELECT * FROM c', ['u', 'c']],
    ['SELECT 1 FROM dual', []],
    // FROM as a keyword argument of a function names no relation.
    ['SELECT EXTRACT(YEAR FROM d) FROM t', ['t']],
    ['SELECT SUBSTRING(s FROM 2 FOR 3) FROM t', ['t']],
    ["SELECT TRIM(LEADING 'x' FROM s) FROM t", ['t']],
    ["SELECT OVERLAY(s PLACING 'x' FROM 2) FROM t", ['t']],
    ['SELECT count(*) FROM t WHERE EXTRACT(MONTH FROM (SELECT max(d) FROM u)) = 1', ['t', 'u']],
    // … nor does the FROM of IS [NOT] DISTINCT FROM.
    ['SELECT * FROM t WHERE a IS DISTINCT FROM b', ['t']],
    ['SELECT * FROM t WHERE a IS NOT DISTINCT FROM b', ['t']],
    // Writes: INSERT / MERGE INTO, DELETE FROM, UPDATE when it starts a statement.
    ['INSERT INTO t (a) SELECT a FROM u', ['t', 'u']],
    ['MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN UPDATE SET a = u.a', ['t']],
    ['DELETE FROM t WHERE id = 1', ['t']],
    ['UPDATE t SET a = 1', ['t']],
    ['BEGIN IF x THEN UPDATE t SET a = 1; END IF; DELETE FROM u; END', ['t', 'u']],
    ['CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()', []],
    ['SELECT * FROM t FOR UPDATE OF t', ['t']],
  ])('%s → %j', (sql, expected) => {
    expect(relationsIn(toks(sql))).toEqual(expected);
  });
});
