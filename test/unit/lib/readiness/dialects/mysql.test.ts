/** MySQL (dialects/mysql.ts): its type and function maps, DDL forms and mysql-client splitting, fixture-driven. */
import { conversionCases, splitCases } from './profile-fixture';

conversionCases('mysql', [
  ['TINYINT(1) is the boolean idiom', 'CREATE TABLE t (b TINYINT(1))', 'CREATE TABLE t (b boolean);', 'type.bit'],
  ['BIT(n > 1) is a bit string', 'CREATE TABLE t (flags BIT(8))', 'CREATE TABLE t (flags bit(8));', ''],
  [
    'FLOAT without precision is real; DOUBLE and REAL are double',
    'CREATE TABLE t (f FLOAT, d DOUBLE, r REAL)',
    'CREATE TABLE t (f real, d double precision, r double precision);',
    'type.float',
  ],
  ['UNSIGNED widens the integer', 'CREATE TABLE t (n INT UNSIGNED)', 'CREATE TABLE t (n bigint);', 'type.unsigned'],
  [
    '`names` unquoted, CHARACTER SET dropped',
    'CREATE TABLE `t` (`s` VARCHAR(10) CHARACTER SET utf8mb4)',
    'CREATE TABLE t (s varchar(10));',
    'type.charset',
  ],
  [
    'IFNULL → COALESCE, IF() → CASE',
    "CREATE TABLE t (a INT); CREATE VIEW v AS SELECT IFNULL(a, 0) AS a0, IF(a > 1, 'y', 'n') AS big FROM t",
    "CREATE VIEW v AS SELECT COALESCE(a, 0) AS a0, CASE WHEN a > 1 THEN 'y' ELSE 'n' END AS big FROM t;",
    'expr.if',
  ],
  [
    'FROM DUAL dropped',
    'CREATE VIEW v AS SELECT 1 AS one FROM DUAL',
    'CREATE VIEW v AS SELECT 1 AS one;',
    'expr.from-dual',
  ],
  [
    'index prefix length dropped',
    'CREATE TABLE t (s VARCHAR(100)); CREATE INDEX i ON t (s(10))',
    'CREATE INDEX i ON t (s);',
    'index.options',
  ],
  [
    'CURRENT_USER() / USER() → CURRENT_USER / SESSION_USER (no host part in PostgreSQL)',
    'CREATE TABLE t (who VARCHAR(100) DEFAULT (CURRENT_USER()), login VARCHAR(100) DEFAULT (USER()))',
    'CREATE TABLE t (who varchar(100) DEFAULT (CURRENT_USER), login varchar(100) DEFAULT (SESSION_USER));',
    'expr.current-user-call',
  ],
]);

splitCases('mysql', [
  [
    'DELIMITER changes the terminator for a routine',
    'DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nSELECT 2;',
    ['client: DELIMITER $$', 'CREATE PROCEDURE p() BEGIN SELECT 1; END', 'client: DELIMITER ;', 'SELECT 2'],
  ],
  [
    '# starts a comment; "…" is a string; \\\' escapes a quote',
    "# a comment; not a statement\nSELECT \"a;b\", 'it\\'s';",
    ["SELECT \"a;b\", 'it\\'s'"],
  ],
  [
    'SOURCE is the client’s',
    'SOURCE other.sql\nCREATE TABLE t (x INT);',
    ['client: SOURCE other.sql', 'CREATE TABLE t (x INT)'],
  ],
]);
