/** SQL Server (dialects/sqlserver.ts): its type and function maps, DDL forms and sqlcmd splitting, fixture-driven. */
import { conversionCases, splitCases } from './profile-fixture';

conversionCases('sqlserver', [
  [
    'DATETIME has millisecond precision',
    'CREATE TABLE t (d DATETIME)',
    'CREATE TABLE t (d timestamp(3));',
    'type.datetime',
  ],
  ['TIMESTAMP is a row version', 'CREATE TABLE t (v TIMESTAMP)', 'CREATE TABLE t (v bytea);', 'type.rowversion'],
  [
    'FLOAT(p ≤ 24) is real',
    'CREATE TABLE t (f FLOAT(24), g FLOAT)',
    'CREATE TABLE t (f real, g double precision);',
    'type.float',
  ],
  ['BIT is a boolean', 'CREATE TABLE t (b BIT)', 'CREATE TABLE t (b boolean);', 'type.bit'],
  [
    'dbo. is dropped, [names] unquoted',
    'CREATE TABLE [dbo].[Orders] ([Id] INT NOT NULL)',
    'CREATE TABLE orders (id INT NOT NULL);',
    'ident.quoted',
  ],
  [
    'GETDATE() → LOCALTIMESTAMP',
    'CREATE TABLE t (d DATETIME2 DEFAULT GETDATE())',
    'CREATE TABLE t (d timestamp(6) DEFAULT LOCALTIMESTAMP);',
    'default.sysdate',
  ],
  [
    'ISNULL → COALESCE, + between strings → ||',
    "CREATE TABLE t (a VARCHAR(10)); CREATE VIEW v AS SELECT ISNULL(a, 'x') + 'y' AS s FROM t",
    "CREATE VIEW v AS SELECT COALESCE(a, 'x') || 'y' AS s FROM t;",
    'expr.concat-plus',
  ],
  [
    'CHARINDEX → strpos with the arguments swapped',
    "CREATE TABLE t (a VARCHAR(10)); CREATE VIEW v AS SELECT CHARINDEX('x', a) AS n FROM t",
    "CREATE VIEW v AS SELECT strpos(a, 'x') AS n FROM t;",
    'expr.function-name',
  ],
]);

splitCases('sqlserver', [
  [
    'GO ends a batch, even indented; :setvar fills $(var)',
    ':setvar db Shop\nUSE [$(db)]\nGO\nCREATE TABLE t (id int)\n  GO\n',
    ['client: :setvar db Shop', 'USE [Shop]', 'CREATE TABLE t (id int)'],
  ],
  [
    'GO 5 repeats the batch: kept as a client command',
    'INSERT INTO t DEFAULT VALUES\nGO 5\n',
    ['INSERT INTO t DEFAULT VALUES', 'client: GO 5'],
  ],
  [
    'statements need no terminator',
    'CREATE TABLE a (x int) CREATE TABLE b (y int)\nPRINT 1',
    ['CREATE TABLE a (x int)', 'CREATE TABLE b (y int)', 'PRINT 1'],
  ],
  [
    'a procedure runs to the end of its batch',
    'CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND\nGO',
    ['CREATE PROCEDURE p AS BEGIN SELECT 1; SELECT 2; END'],
  ],
]);
