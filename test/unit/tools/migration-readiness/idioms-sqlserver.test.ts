import { readFileSync } from 'node:fs';
import { profileOf } from '../../../../src/lib/readiness/dialects/index';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseScript } from '../../../../src/lib/readiness/engine/analyse';
import { convertStatements } from '../../../../src/lib/readiness/convert/convert';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import { translateLikePattern } from '../../../../src/lib/readiness/convert/like-pattern';
import { type Report } from '../../../../src/lib/readiness/report/report';
import { convertedDdl } from '../../../../src/lib/readiness/report/report-files';
import { splitScript } from '../../../../src/lib/readiness/sql/split';
import { convertRaise, printfToRaiseFormat } from '../../../../src/lib/readiness/convert/tsql-raise';
import { cases } from './idioms-sqlserver.cases';

let pg: PGlite;
beforeAll(async () => {
  pg = await PGlite.create();
}, 60_000);
afterAll(async () => {
  await pg?.close();
});

const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function convert(source: string, dialect: Dialect) {
  const split = splitScript(source, profileOf(dialect).split);
  return convertStatements(split.statements, dialect, split.variables);
}

/** Runs SQL in a transaction that is always rolled back; resolves to the error message, if any. */
async function tryRun(sql: string): Promise<string | undefined> {
  await pg.exec('BEGIN');
  try {
    await pg.exec(sql);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await pg.exec('ROLLBACK');
  }
}

describe('fixture pairs: source → expected PostgreSQL, verified in PGlite', () => {
  it.each(cases)('%s (%s)', async (rule, dialect, source, expected) => {
    const converted = convert(source, dialect);
    const sql = converted
      .filter((c) => !c.notApplicable && c.sql.trim())
      .map((c) => c.sql)
      .join('\n');
    expect(flat(sql)).toBe(expected);
    expect(converted.flatMap((c) => c.rules.map((r) => r.id))).toContain(rule);
    expect(converted.flatMap((c) => c.blockers)).toEqual([]);
    expect(await tryRun(expected)).toBeUndefined();
  });
});

describe('outcomes with a reason', () => {
  it('a schema the script never creates gets one finding, whatever the number of objects in it', () => {
    const converted = convert(
      'CREATE TABLE s.a (x int);\nCREATE TABLE s.b (x int);\nCREATE TABLE t.c (x int);',
      'postgres',
    );
    expect(converted.flatMap((c) => c.warnings).map((w) => w.split(':')[0])).toEqual([
      'Schema s used but not created',
      'Schema t used but not created',
    ]);
  });

  it('dbo and a MySQL current database are never created as schemas', () => {
    expect(convert('CREATE SCHEMA [dbo] AUTHORIZATION [dbo]\nGO', 'sqlserver')[0]!.notApplicable).toMatch(/public/);
    const mysql = convert('USE shop;\nCREATE TABLE shop.item (id int);', 'mysql');
    expect(mysql[1]!.sql).not.toMatch(/CREATE SCHEMA/);
  });

  it('a computed column whose expression does not convert needs a human, with the reason', () => {
    const [table] = convert(
      "CREATE TABLE [dbo].[C] ([Fields] NVARCHAR(MAX), [At] AS (TRY_CONVERT(datetime2(7), JSON_VALUE([Fields], N'$.At'), 101)))\nGO",
      'sqlserver',
    );
    // Style 101 is mm/dd/yyyy: PostgreSQL would read the text by its DateStyle, not by the style.
    expect(table!.blockers.join()).toMatch(
      /computed column at: TRY_CONVERT style 101: PostgreSQL reads dates by its DateStyle/,
    );
  });

  it('a computed column PostgreSQL finds not immutable is reported by PostgreSQL itself', async () => {
    const [table] = convert(
      'CREATE TABLE [dbo].[D] ([At] DATETIME NOT NULL, [Label] AS (CONVERT(varchar(30), [At])))\nGO',
      'sqlserver',
    );
    expect(table!.blockers).toEqual([]);
    expect(await tryRun(table!.sql)).toMatch(/generation expression is not immutable/);
  });

  it('an XML schema collection needs a human; memory-optimized, temporal, sparse and filestream say what changed', () => {
    const fixture = convert(
      readFileSync('test/fixtures/readiness-rules/sqlserver/ssdt-shaped.sql', 'utf8'),
      'sqlserver',
    );
    const warnings = fixture.flatMap((c) => c.warnings).map((w) => w.split(':')[0]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'Table type orderlist',
        'Temporal table cities',
        'Memory-optimized table coldroomtemperatures',
        'Sparse column',
        'FILESTREAM column',
        'Sparse column set specialproperties',
      ]),
    );
    const collection = convert(
      'CREATE XML SCHEMA COLLECTION [dbo].[Steps] AS N\'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>\'\nGO',
      'sqlserver',
    )[0]!;
    expect(collection.classification).toMatchObject({ kind: 'type', name: 'steps' });
    expect(collection.blockers.join()).toMatch(/does not validate xml against an XSD/);
  });

  it('a LIKE class that cannot be translated exactly needs a human instead of a silent copy', () => {
    const [table] = convert("CREATE TABLE [dbo].[E] ([A] CHAR(3) CHECK ([A] LIKE '[0-9')) \nGO", 'sqlserver');
    expect(table!.blockers.join()).toMatch(/LIKE '\[0-9': a \[ without its closing \]/);
    expect(table!.sql).toMatch(/LIKE '\[0-9'/);
  });

  it('extended properties other than MS_Description are not applicable, with the reason', () => {
    const [p] = convert(
      "EXEC sys.sp_addextendedproperty @name=N'Caption', @value=N'x', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'T'\nGO",
      'sqlserver',
    );
    expect(p!.classification.kind).toBe('comment');
    expect(p!.notApplicable).toMatch(/extended property Caption/);
  });
});

describe('sqlcmd lines and RAISERROR / THROW', () => {
  const script = [
    ':setvar Schema "Ops"',
    '  :setvar Unused "x"',
    'CREATE TABLE [$(Schema)].[Job] ([JobID] INT NOT NULL)',
    '    GO',
    'INSERT INTO [$(Schema)].[Job] VALUES (1)',
    'GO 5',
    ':r .\\PostDeploy\\$(Schema).sql',
    "RAISERROR (N'Step %d of %s done', 0, 1, 2, N'load') WITH NOWAIT;",
    'GO',
    "THROW 50001, N'Stop', 1;",
    'GO',
    'CREATE TABLE [$(Missing)].[T] ([A] INT)',
    'GO',
  ].join('\n');
  const converted = convert(script, 'sqlserver');
  const byLine = (line: number) => converted.find((c) => c.statement.startLine === line)!;

  it('reads indented GO and :setvar as sqlcmd, never as SQL', () => {
    expect(converted.map((c) => c.statement.text.split('\n')[0])).not.toContain('GO');
    expect(byLine(2).notApplicable).toMatch(/sqlcmd variable definition/);
    expect(flat(byLine(3).sql)).toBe('CREATE SCHEMA IF NOT EXISTS ops; CREATE TABLE ops.job ( jobid INT NOT NULL );');
  });

  it('says what GO 5, :r and RAISERROR / THROW at the top level do', () => {
    expect(byLine(6).notApplicable).toMatch(/runs the batch before it 5 times/);
    expect(byLine(7).notApplicable).toMatch(/includes another file \(\.\\PostDeploy\\Ops\.sql\)/);
    expect(byLine(8).notApplicable).toMatch(/RAISERROR raises a message .*RAISE NOTICE 'Step % of % done', 2, 'load'/);
    expect(byLine(10).notApplicable).toMatch(/THROW raises a message/);
  });

  it('names a sqlcmd variable the script never sets', () => {
    expect(byLine(12).blockers.join()).toMatch(/never sets: \[\$\(Missing\)\]/);
  });

  // [T-SQL, PL/pgSQL, what PostgreSQL then reports]
  it.each<[string, string, string]>([
    // severity 16 > 10: an error; %d and %s become %, the arguments follow in order
    [
      "RAISERROR (N'Order %d has no lines (%s)', 16, 1, @OrderID, N'check')",
      "RAISE EXCEPTION 'Order % has no lines (%)', orderid, 'check'",
      'Order 42 has no lines (check)',
    ],
    // %% is a literal percent sign in both
    ["RAISERROR ('100%% done', 16, 1)", "RAISE EXCEPTION '100%% done'", '100% done'],
    // THROW takes no placeholders: a % in its message is escaped
    [
      "THROW 51000, N'Quota at 90% for the customer', 1;",
      "RAISE EXCEPTION 'Quota at 90%% for the customer' USING DETAIL = 'T-SQL error 51000'",
      'Quota at 90% for the customer',
    ],
    ['THROW @Number, @Message, 1', "RAISE EXCEPTION '%', message USING DETAIL = 'T-SQL error ' || number", 'custom'],
  ])('%s → %s', async (source, expected, message) => {
    const converted = convertRaise(source)!;
    expect(converted.sql).toBe(expected);
    const block = `DO $$ DECLARE orderid int := 42; message text := 'custom'; number int := 50002; BEGIN ${converted.sql}; END $$`;
    expect(await tryRun(block)).toBe(message);
  });

  it('gives up on messages it cannot place (sys.messages numbers, expressions)', () => {
    expect(convertRaise('RAISERROR (50005, 16, 1)')).toBeUndefined();
    expect(convertRaise("RAISERROR (@Msg + N'!', 16, 1)")).toBeUndefined();
    expect(printfToRaiseFormat('%5.2d|%-10s|%ls|%I64d|%%')).toBe('%|%|%|%|%%');
  });
});

describe('translateLikePattern', () => {
  // [pattern, escape, translation, [text, what T-SQL LIKE answers (by hand, from the wildcard rules)][]]
  it.each<[string, string | undefined, string, [string, boolean][]]>([
    // leading [0-9]: first char a digit, % then anything (unanchored end)
    [
      '[0-9]%',
      undefined,
      '^[0-9]',
      [
        ['7x', true],
        ['x7', false],
        ['', false],
      ],
    ],
    // %[^0-9]%: contains a non-digit somewhere
    [
      '%[^0-9]%',
      undefined,
      '[^0-9]',
      [
        ['123', false],
        ['12a3', true],
        ['', false],
      ],
    ],
    // exact length 7 with a literal '-' outside the class
    [
      '[A-Z][A-Z]-[0-9][0-9][0-9][0-9]',
      undefined,
      '^[A-Z][A-Z]-[0-9][0-9][0-9][0-9]$',
      [
        ['AB-1234', true],
        ['AB-12345', false],
        ['ab-1234', false],
      ],
    ],
    // _ is one character, regex metacharacters outside classes are literal
    [
      'a_.c[xy]',
      undefined,
      '^a.\\.c[xy]$',
      [
        ['ab.cx', true],
        ['abzcx', false],
        ['ab.cz', false],
      ],
    ],
    // [[] is a literal bracket, [%] a literal percent, [-a] holds a literal dash (moved last)
    [
      '[[]%[%][-a]',
      undefined,
      '^[\\[].*[%][a-]$',
      [
        ['[x%-', true],
        ['[%a', true],
        ['x%a', false],
      ],
    ],
    // ESCAPE: !% is a literal %, ![ a literal bracket (no class)… and then a real class
    [
      '!%[0-9]![',
      '!',
      '^%[0-9]\\[$',
      [
        ['%5[', true],
        ['55[', false],
      ],
    ],
    // a backslash is literal in T-SQL
    [
      '[a-c]\\%',
      undefined,
      '^[a-c]\\\\',
      [
        ['b\\zz', true],
        ['bz', false],
      ],
    ],
  ])('%s (ESCAPE %s) → %s', async (pattern, escape, regex, samples) => {
    expect(translateLikePattern(pattern, escape)).toEqual({ kind: 'regex', regex });
    for (const [text, matches] of samples) {
      const result = await pg.query<{ m: boolean }>('SELECT $1::text ~ $2 AS m', [text, regex]);
      expect([text, result.rows[0]!.m]).toEqual([text, matches]);
    }
  });

  it('keeps class-free patterns as LIKE, with ESCAPE when a backslash would escape in PostgreSQL', () => {
    expect(translateLikePattern('%Trailers%')).toEqual({ kind: 'like', escapeNone: false });
    expect(translateLikePattern('C:\\%')).toEqual({ kind: 'like', escapeNone: true });
    expect(translateLikePattern('C:\\%', '!')).toEqual({ kind: 'like', escapeNone: false });
  });

  it.each([
    ['[0-9', 'a [ without its closing ]'],
    ['[]', 'an empty [ ] class'],
    ['[z-a]', 'the range z-a is empty'],
    ['[a!]', 'the ESCAPE character ! inside a [ ] class'],
  ])('%s cannot be translated exactly: %s', (pattern, reason) => {
    expect(translateLikePattern(pattern, pattern.includes('!') ? '!' : undefined)).toEqual({ kind: 'inexact', reason });
  });
});

describe('realistic scripts: what converts now, and the export loads whole', () => {
  const fixtures: [string, number, number][] = [
    // [fixture, tables, converted tables]: Sales.Customers keeps a JSON_QUERY computed column (manual)
    ['adventureworks-shaped', 14, 14],
    ['ssdt-shaped', 8, 8],
  ];
  const reports = new Map<string, Report>();
  beforeAll(async () => {
    for (const [name] of fixtures)
      reports.set(
        name,
        await analyseScript(readFileSync(`test/fixtures/readiness-rules/sqlserver/${name}.sql`, 'utf8'), pg),
      );
  }, 120_000);

  it.each(fixtures)('%s: %i tables, %i converted', (name, total, executed) => {
    expect(reports.get(name)!.summary.createTables).toEqual({ total, executed });
  });

  it.each(fixtures)('%s: the --ddl export runs whole in PostgreSQL', async (name) => {
    expect(await tryRun(convertedDdl(reports.get(name)!))).toBeUndefined();
  });

  it('no object depends on a schema the script creates', () => {
    for (const report of reports.values())
      expect(
        report.objects.filter((o) => /depends on (production|sales|person|sequences)\b/.test(o.reason ?? '')),
      ).toEqual([]);
  });
});
