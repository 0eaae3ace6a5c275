/** Oracle (dialects/oracle.ts): its type and function maps, DDL forms and SQL*Plus splitting, fixture-driven. */
import { conversionCases, splitCases } from './profile-fixture';

conversionCases('oracle', [
  // NUMBER(p) → the smallest integer holding p digits: p < 5 smallint, < 10 integer, < 19 bigint (ora2pg).
  [
    'NUMBER(p) → integers',
    'CREATE TABLE t (a NUMBER(4), b NUMBER(9), c NUMBER(18))',
    'CREATE TABLE t (a smallint, b integer, c bigint);',
    'type.number',
  ],
  ['DATE holds a time of day', 'CREATE TABLE t (d DATE)', 'CREATE TABLE t (d timestamp(0));', 'type.date'],
  [
    'FLOAT(p) is always double precision',
    'CREATE TABLE t (f FLOAT(10))',
    'CREATE TABLE t (f double precision);',
    'type.float',
  ],
  [
    'VARCHAR2(n CHAR) → varchar(n)',
    'CREATE TABLE t (s VARCHAR2(20 CHAR))',
    'CREATE TABLE t (s varchar(20));',
    'type.varchar2',
  ],
  [
    'NVL → COALESCE',
    'CREATE TABLE t (a NUMBER(5)); CREATE VIEW v AS SELECT NVL(a, 0) AS a0 FROM t',
    'CREATE VIEW v AS SELECT COALESCE(a, 0) AS a0 FROM t;',
    'expr.nvl',
  ],
  [
    'bare SYSDATE → LOCALTIMESTAMP',
    'CREATE TABLE t (d DATE DEFAULT SYSDATE)',
    'CREATE TABLE t (d timestamp(0) DEFAULT LOCALTIMESTAMP);',
    'default.sysdate',
  ],
  [
    'DECODE → CASE',
    "CREATE TABLE t (a NUMBER(5)); CREATE VIEW v AS SELECT DECODE(a, 1, 'one', 'other') AS s FROM t",
    "CREATE VIEW v AS SELECT CASE a WHEN 1 THEN 'one' ELSE 'other' END AS s FROM t;",
    'expr.decode',
  ],
  [
    'seq.NEXTVAL → nextval()',
    'CREATE SEQUENCE q; CREATE TABLE t (id NUMBER(9) DEFAULT q.NEXTVAL)',
    "CREATE TABLE t (id integer DEFAULT nextval('q'));",
    'expr.nextval',
  ],
  [
    'object table OF type → typed table, storage clauses dropped',
    'CREATE TYPE tag_list AS TABLE OF VARCHAR2(30);\n/\nCREATE TYPE doc_typ AS OBJECT (id NUMBER(9), title VARCHAR2(100), tags tag_list);\n/\n' +
      'CREATE TABLE docs OF doc_typ (id PRIMARY KEY) OBJECT IDENTIFIER IS PRIMARY KEY NESTED TABLE tags STORE AS docs_tags;',
    'CREATE TABLE docs OF doc_typ (id PRIMARY KEY);',
    'type.object-table',
  ],
]);

splitCases('oracle', [
  [
    'SQL*Plus commands are the client’s, PL/SQL ends at "/"',
    'PROMPT creating\nSET DEFINE OFF\nCREATE TABLE a (x NUMBER);\nCREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\n/\n',
    [
      'client: PROMPT creating',
      'client: SET DEFINE OFF',
      'CREATE TABLE a (x NUMBER)',
      'CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;',
    ],
  ],
  [
    'SET TRANSACTION is SQL; a "-" continues a command',
    'REM one -\n  two\nSET TRANSACTION READ ONLY;\n',
    ['client: REM one - two', 'SET TRANSACTION READ ONLY'],
  ],
  [
    "q'[…]' quoting keeps its ; and quotes",
    "INSERT INTO t VALUES (q'[it's; here]');\nSELECT 1 FROM dual;",
    ["INSERT INTO t VALUES (q'[it's; here]')", 'SELECT 1 FROM dual'],
  ],
]);
