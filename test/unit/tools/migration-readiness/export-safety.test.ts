import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseScript } from '../../../../src/lib/readiness/engine/analyse';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import {
  dollarQuote,
  quoteIdent,
  quoteLiteral,
  scanStatement,
  convertedSqlProblem,
  sqlComment,
} from '../../../../src/lib/readiness/report/export-escaping';
import { type Report } from '../../../../src/lib/readiness/report/report';
import { convertedDdl } from '../../../../src/lib/readiness/report/report-files';

describe('sqlComment: one -- line per line of text, nothing else', () => {
  it.each([
    ['plain', 'a note', '-- a note'],
    ['a newline', 'a\nDROP TABLE victim;', '-- a\n-- DROP TABLE victim;'],
    // PostgreSQL and psql end a -- comment at a carriage return too
    ['a carriage return', 'a\rDROP TABLE victim;', '-- a\n-- DROP TABLE victim;'],
    ['CR LF', 'a\r\nb', '-- a\n-- b'],
    ['Unicode line separators', 'a\u2028b\u0085c', '-- a\n-- b\n-- c'],
    ['*/ and /* are inert in a line comment', 'x */ DROP TABLE victim; /*', '-- x */ DROP TABLE victim; /*'],
    ['control characters shown, not written', 'a\u0000b\u001bc', '-- a\\x00b\\x1bc'],
  ])('%s', (_, text, expected) => {
    expect(sqlComment(text)).toBe(expected);
    // every line of the result is a comment
    for (const line of sqlComment(text).split('\n')) expect(line.startsWith('--')).toBe(true);
  });

  it('keeps an indent prefix on every line', () => {
    expect(sqlComment('a\nb', '--   ')).toBe('--   a\n--   b');
  });
});

describe.each([
  // [input, identifier, literal]
  ['plain', 'plain', '"plain"', "'plain'"],
  ['a double quote', 'a"b', '"a""b"', "'a\"b'"],
  ['a single quote', "it's", '"it\'s"', "'it''s'"],
  // a backslash makes an E'' literal with it doubled: the same text whatever standard_conforming_strings is
  ['a backslash', 'a\\', '"a\\"', "E'a\\\\'"],
  [
    'a backslash before a quote',
    "x\\'; DROP TABLE victim; --",
    '"x\\\'; DROP TABLE victim; --"',
    "E'x\\\\''; DROP TABLE victim; --'",
  ],
  ['NUL, which PostgreSQL cannot store', 'a\u0000b', '"ab"', "'ab'"],
])('quoting %s', (_, input, ident, literal) => {
  it('quoteIdent', () => expect(quoteIdent(input)).toBe(ident));
  it('quoteLiteral', () => expect(quoteLiteral(input)).toBe(literal));
});

describe('dollarQuote picks a tag the body does not hold', () => {
  it.each([
    ['BEGIN NULL; END;', '$body$BEGIN NULL; END;$body$'],
    ['x $body$; DROP TABLE victim; $body$', '$body1$x $body$; DROP TABLE victim; $body$$body1$'],
    ['$body$ $body1$', '$body2$$body$ $body1$$body2$'],
  ])('%s', (body, expected) => expect(dollarQuote(body)).toBe(expected));
});

describe("convertedSqlProblem: PostgreSQL lexical rules, only the object's own statements", () => {
  it.each([
    ['one statement', 'CREATE TABLE t (a int);', undefined],
    ['one statement, no semicolon', 'CREATE TABLE t (a int)', undefined],
    ['a ; inside a literal', "CREATE VIEW v AS SELECT ';' AS x;", undefined],
    ['a ; inside a quoted name', 'CREATE TABLE "a;b" (a int);', undefined],
    ['a ; inside a comment', 'CREATE TABLE t (a int) -- ; x\n;', undefined],
    ['a ; inside a nested comment', 'CREATE TABLE t /* /* ; */ ; */ (a int);', undefined],
    [
      'a ; inside a dollar-quoted body',
      'CREATE FUNCTION f() RETURNS int AS $f$ SELECT 1; $f$ LANGUAGE sql;',
      undefined,
    ],
    ["E'' escapes", "SELECT E'\\';' AS x;", undefined],
    [
      'a function and its trigger',
      'CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();',
      undefined,
    ],
    ['a table and its comment', "CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'x';", undefined],
    [
      'a statement that is not part of the object',
      'CREATE TABLE t (a int); DROP TABLE victim;',
      'not part of the object (DROP)',
    ],
    [
      'a DO block after the object',
      'CREATE TABLE t (a int); DO $$ BEGIN LOOP END LOOP; END $$;',
      'not part of the object (DO)',
    ],
    ['a standard literal ends at the quote', "SELECT 'x\\'; DROP TABLE victim; --';", 'not part of the object (DROP)'],
    ['an unterminated string', "SELECT 'x", 'unterminated string'],
    [
      'a comment ended by a carriage return',
      'CREATE TABLE t (a int); -- x\rDROP TABLE victim;',
      'not part of the object',
    ],
    ['an unterminated comment', 'CREATE TABLE t (a int) /* x', 'unterminated comment'],
    ['a nested comment left open', 'CREATE TABLE t (a int /* /* */);', 'unterminated comment'],
    ['an unterminated dollar quote', 'CREATE FUNCTION f() AS $$ x', 'unterminated dollar-quoted body'],
    ['a psql meta-command', 'CREATE TABLE t (a int);\n\\! rm -rf /', 'psql as a command'],
    ['an identifier holding $', 'CREATE TABLE a$b$ (a int);', undefined],
  ])('%s', (_, sql, problem) => {
    const found = convertedSqlProblem(sql);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  it('counts statements', () => {
    expect(scanStatement('a; b; ; -- c;\n').statements).toBe(2);
  });
});

/**
 * Hostile names and notes through analyse → export → replay: the exported file, run whole in a fresh PostgreSQL
 * that already holds a table `victim`, must leave exactly the objects the report calls converted, plus `victim`.
 */
const hostile: [string, Dialect, string][] = [
  ['a quoted name holding a newline and DROP TABLE', 'postgres', 'CREATE TABLE "a\nDROP TABLE victim; --" (id int);'],
  ['a MySQL name holding a newline', 'mysql', 'CREATE TABLE `b\nDROP TABLE victim; --` (id int) ENGINE=InnoDB;'],
  ['a SQL Server name holding a newline', 'sqlserver', 'CREATE TABLE [c\r\nDROP TABLE victim; --] (id int);\nGO'],
  ['a name holding */ and /*', 'oracle', 'CREATE TABLE "d*/ DROP TABLE victim; /*" (id int);'],
  ['a name holding quotes and ;', 'sqlserver', 'CREATE TABLE [e"\'; DROP TABLE victim; --] (id int);\nGO'],
  ['a name holding a carriage return', 'postgres', 'CREATE TABLE "f\rDROP TABLE victim;" (id int);'],
  ['a name holding a psql command', 'postgres', 'CREATE TABLE "g\n\\! echo pwned" (id int);'],
  [
    'a GROUP_CONCAT separator with newlines (rule note)',
    'mysql',
    "CREATE TABLE t (id int, n varchar(10)) ENGINE=InnoDB;\nCREATE VIEW v AS SELECT GROUP_CONCAT(n ORDER BY n SEPARATOR '\nDROP TABLE victim;\n') AS x FROM t;",
  ],
  [
    'a MySQL literal with backslash escapes',
    'mysql',
    "CREATE TABLE h (a varchar(40) DEFAULT 'x\\'; DROP TABLE victim; --', b int COMMENT 'y\\'; DROP TABLE victim; --') ENGINE=InnoDB;",
  ],
  ['an Oracle q-quote', 'oracle', "CREATE TABLE i (a varchar2(40) DEFAULT q'[x'; DROP TABLE victim; --]');"],
  [
    'a failed object whose text holds a carriage return (commented out)',
    'oracle',
    'CREATE TABLE j (a int, b int CHECK (b > 0) XX\rDROP TABLE victim);',
  ],
  [
    'a failed view whose error names a hostile object',
    'postgres',
    'CREATE VIEW k AS SELECT * FROM "missing\nDROP TABLE victim; --";',
  ],
  [
    'an Oracle nested comment PostgreSQL would leave open',
    'oracle',
    'CREATE TABLE l (a int /* /* */);\nCREATE TABLE m (b int);',
  ],
];

let analysis: PGlite;
let replay: PGlite;

beforeAll(async () => {
  [analysis, replay] = await Promise.all([PGlite.create(), PGlite.create()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([analysis?.close(), replay?.close()]);
});

/** Runs the export whole in an empty database holding only `victim`; returns the tables and views left. */
async function replayExport(ddl: string): Promise<string[]> {
  // Scripts create schemas of their own (CREATE SCHEMA, or the implicit-schema rule): start from none of them.
  const { rows: schemas } = await replay.query<{ n: string }>(
    "SELECT nspname AS n FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'",
  );
  for (const { n } of schemas) await replay.exec(`DROP SCHEMA "${n.replace(/"/g, '""')}" CASCADE`);
  await replay.exec('DISCARD TEMP; CREATE SCHEMA public; CREATE TABLE victim (id int);');
  await replay.exec(ddl);
  const { rows } = await replay.query<{ n: string }>(
    "SELECT c.relname AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE (s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg\\_%' OR c.relnamespace = pg_my_temp_schema()) AND c.relkind IN ('r', 'p', 'v', 'm')",
  );
  return rows.map((r) => r.n).sort();
}

/** A report name as PostgreSQL stores it: "a""b" → a"b. */
const unquote = (name: string) => (/^".*"$/s.test(name) ? name.slice(1, -1).replace(/""/g, '"') : name);

/** The tables and views (in the default schema) the report says the export creates. */
function reportedRelations(report: Report): string[] {
  return report.objects
    .filter(
      (o) =>
        ['table', 'view', 'materialized-view'].includes(o.kind) &&
        (o.outcome === 'as-is' || o.outcome === 'converted') &&
        !/^"?[^"]*"?\./.test(o.name),
    )
    .map((o) => unquote(o.name));
}

describe('hostile input through analyse → export → replay in PostgreSQL', () => {
  it.each(hostile)(
    '%s',
    async (_, dialect, script) => {
      const report = await analyseScript(script, analysis, { dialect });
      const ddl = convertedDdl(report);
      const relations = await replayExport(ddl);
      expect(relations).toContain('victim');
      expect(relations).toEqual([...reportedRelations(report), 'victim'].sort());
      // no backslash outside quotes: psql would read it as a command
      expect(scanStatement(ddl).backslash).toBe(false);
    },
    60_000,
  );
});

/** The exported file runs whole (as `psql -v ON_ERROR_STOP=1 -f` would): the examples and the shared corpus. */
const examples = readdirSync('public/examples/readiness')
  .filter((f) => f.endsWith('.sql'))
  .map((f) => join('public/examples/readiness', f));
const corpusDir = '/work/shared/corpus/schemas';
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir).flatMap((d) =>
      readdirSync(join(corpusDir, d))
        .filter((f) => f.endsWith('.sql'))
        .map((f) => join(corpusDir, d, f)),
    )
  : [];

describe('the export loads as one file', () => {
  it.each([...examples, ...corpus])(
    '%s',
    async (path) => {
      const report = await analyseScript(readFileSync(path, 'utf8'), analysis);
      const relations = await replayExport(convertedDdl(report));
      for (const name of reportedRelations(report)) expect(relations).toContain(name);
    },
    120_000,
  );
});
