import { describe, expect, it } from 'vitest';
import { profileOf } from '../../../../src/lib/readiness/dialects/index';
import { detectDialect, type Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import {
  InputError,
  inputMessages,
  maxScriptBytes,
  validateBytes,
  validateScript,
} from '../../../../src/lib/readiness/engine/input';
import { significant, tokenize } from '../../../../src/lib/readiness/sql/lexer';
import { splitScript } from '../../../../src/lib/readiness/sql/split';
import { classify } from '../../../../src/lib/readiness/sql/classify';

/** Statements as [origin, first line, last line, text with whitespace collapsed]. */
const statements = (script: string, dialect: Dialect) =>
  splitScript(script, profileOf(dialect).split).statements.map((s) => [
    s.origin,
    s.startLine,
    s.endLine,
    s.text.replace(/\s+/g, ' '),
  ]);

describe('tokenizer', () => {
  it.each<[string, Dialect, string, string]>([
    ["Oracle q'[…]' quoting keeps quotes and semicolons inside", 'oracle', "q'[It's; \"here\"]'", `It's; "here"`],
    ["Oracle q'{…}' with braces", 'oracle', "q'{a}b}'", 'a}b'],
    ["N'…' national strings", 'sqlserver', "N'Ada''s'", "Ada's"],
    ['doubled quotes', 'postgres', "'it''s'", "it's"],
    ['MySQL backslash escapes', 'mysql', "'it\\'s \\\\ ok'", "it's \\ ok"],
    ['MySQL double-quoted strings', 'mysql', '"a ""b"""', 'a "b"'],
    ['PostgreSQL dollar quoting', 'postgres', '$f$ BEGIN; END $f$', ' BEGIN; END '],
  ])('%s', (_, dialect, sql, value) => {
    const [token] = tokenize(sql, profileOf(dialect).lexer);
    expect(token?.type).toBe('string');
    expect(token?.value).toBe(value);
  });

  it.each<[Dialect, string, string]>([
    ['sqlserver', '[Order Details]', 'Order Details'],
    ['mysql', '`order`', 'order'],
    ['oracle', '"Mixed Case"', 'Mixed Case'],
    ['sqlserver', '[a]]b]', 'a]b'],
  ])('%s quoted identifier %s', (dialect, sql, value) => {
    const [token] = tokenize(sql, profileOf(dialect).lexer);
    expect(token).toMatchObject({ type: 'qident', value });
  });

  it('never reads keywords inside comments or strings', () => {
    const words = tokenize("-- CREATE TABLE a\n/* DROP x */ SELECT 'CREATE' # not mysql", profileOf('oracle').lexer)
      .filter(significant)
      .filter((t) => t.type === 'word')
      .map((t) => t.value);
    expect(words).toEqual(['SELECT', 'NOT', 'MYSQL']);
    expect(tokenize('# CREATE TABLE a', profileOf('mysql').lexer).filter(significant)).toEqual([]);
  });

  it('counts lines across multi-line tokens', () => {
    const tokens = tokenize("SELECT 'a\nb'\n, c", profileOf('postgres').lexer).filter(significant);
    expect(tokens.map((t) => t.line)).toEqual([1, 1, 3, 3]);
  });
});

describe('splitting scripts like each client does', () => {
  it('SQL*Plus: commands end at the end of the line, / ends PL/SQL blocks, blocks stay whole', () => {
    const script = [
      'REM a remark; with a semicolon',
      "PROMPT Creating it's table",
      'SET ECHO OFF',
      '@@other_script.sql',
      'CREATE TABLE t (a NUMBER);',
      '/',
      'CREATE OR REPLACE PROCEDURE p IS',
      'BEGIN',
      '  NULL;',
      '  UPDATE t SET a = 1;',
      'END;',
      '/',
      'SET TRANSACTION READ ONLY;',
    ].join('\n');
    expect(statements(script, 'oracle')).toEqual([
      ['client', 1, 1, 'REM a remark; with a semicolon'],
      ['client', 2, 2, "PROMPT Creating it's table"],
      ['client', 3, 3, 'SET ECHO OFF'],
      ['client', 4, 4, '@@other_script.sql'],
      ['sql', 5, 5, 'CREATE TABLE t (a NUMBER)'],
      ['sql', 7, 11, 'CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; UPDATE t SET a = 1; END;'],
      ['sql', 13, 13, 'SET TRANSACTION READ ONLY'],
    ]);
  });

  it('SQL*Plus: a PL/SQL block without "/" ends before the next CREATE', () => {
    const script = 'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  NULL;\nEND;\nCREATE TABLE u (a INT);';
    expect(statements(script, 'oracle').map((s) => s[3])).toEqual([
      'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN NULL; END;',
      'CREATE TABLE u (a INT)',
    ]);
  });

  it('sqlcmd: GO ends batches, statements split without semicolons, :setvar values replace $(var)', () => {
    const script = [
      ':setvar Schema "sales"',
      'CREATE TABLE $(Schema)_orders (id int)',
      'CREATE INDEX ix ON $(Schema)_orders (id)',
      'GO',
      'CREATE PROCEDURE p @a int AS',
      'SELECT @a',
      'UPDATE t SET x = 1',
      'go 2',
      "IF EXISTS (SELECT * FROM sysobjects WHERE name = 'x') DROP TABLE x",
      'GO',
    ].join('\n');
    const split = splitScript(script, profileOf('sqlserver').split);
    expect(split.variables).toEqual({ SCHEMA: 'sales' });
    expect(split.statements.map((s) => [s.origin, s.startLine, s.text.replace(/\s+/g, ' ')])).toEqual([
      ['client', 1, ':setvar Schema "sales"'],
      ['sql', 2, 'CREATE TABLE sales_orders (id int)'],
      ['sql', 3, 'CREATE INDEX ix ON sales_orders (id)'],
      ['sql', 5, 'CREATE PROCEDURE p @a int AS SELECT @a UPDATE t SET x = 1'],
      // GO n runs the batch n times: kept, so the report can say so
      ['client', 8, 'go 2'],
      ['sql', 9, "IF EXISTS (SELECT * FROM sysobjects WHERE name = 'x') DROP TABLE x"],
    ]);
    expect(split.statements[1]?.substitutions).toEqual(['$(Schema) → sales']);
  });

  it('mysql: DELIMITER changes the terminator, also when glued to END', () => {
    const script = [
      'DELIMITER $$',
      'CREATE TRIGGER t1 BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END$$',
      'CREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END $$',
      'DELIMITER ;',
      "INSERT INTO a VALUES ('x;y');",
    ].join('\n');
    expect(statements(script, 'mysql')).toEqual([
      ['client', 1, 1, 'DELIMITER $$'],
      ['sql', 2, 2, 'CREATE TRIGGER t1 BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END'],
      ['sql', 3, 3, 'CREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END'],
      ['client', 4, 4, 'DELIMITER ;'],
      ['sql', 5, 5, "INSERT INTO a VALUES ('x;y')"],
    ]);
  });

  it('psql: meta-commands are client commands; dollar-quoted bodies keep their semicolons', () => {
    const script =
      '\\connect shop\nCREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql;\nSELECT 1;';
    expect(statements(script, 'postgres').map((s) => s[0])).toEqual(['client', 'sql', 'sql']);
  });

  it('reports an unterminated string with its line and goes on', () => {
    const split = splitScript("CREATE TABLE a (x int);\nINSERT INTO a VALUES ('oops);\n", profileOf('postgres').split);
    expect(split.statements).toHaveLength(2);
    expect(split.statements[1]?.problem).toBe('Unterminated string starting at line 2');
  });
});

describe('object classification', () => {
  it.each<[Dialect, string, string, string, string?]>([
    ['oracle', 'CREATE TABLE hr.emp (a NUMBER)', 'table', 'emp'],
    ['oracle', 'CREATE GLOBAL TEMPORARY TABLE tmp (a NUMBER)', 'table', 'tmp'],
    ['oracle', 'CREATE OR REPLACE FORCE VIEW v AS SELECT 1 FROM dual', 'view', 'v'],
    ['oracle', 'CREATE MATERIALIZED VIEW mv AS SELECT 1 FROM dual', 'materialized-view', 'mv'],
    ['oracle', 'CREATE UNIQUE INDEX i ON t (a)', 'index', 'i', 't'],
    ['sqlserver', 'CREATE NONCLUSTERED INDEX [i] ON [dbo].[t] (a)', 'index', 'i', 't'],
    ['oracle', 'CREATE SEQUENCE s', 'sequence', 's'],
    ['oracle', 'CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN NULL; END;', 'trigger', 'trg', 't'],
    ['oracle', 'CREATE OR REPLACE EDITIONABLE PROCEDURE p IS BEGIN NULL; END;', 'procedure', 'p'],
    ['oracle', 'CREATE FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;', 'function', 'f'],
    ['oracle', 'CREATE OR REPLACE PACKAGE pkg AS END;', 'package', 'pkg'],
    ['oracle', 'CREATE OR REPLACE PACKAGE BODY pkg AS END;', 'package-body', 'pkg'],
    ['oracle', 'CREATE TYPE t_obj AS OBJECT (a NUMBER)', 'type', 't_obj'],
    ['oracle', 'CREATE TYPE BODY t_obj AS END;', 'type-body', 't_obj'],
    ['oracle', 'CREATE PUBLIC SYNONYM s FOR hr.emp', 'synonym', 's'],
    ['oracle', 'GRANT SELECT ON emp TO scott', 'grant', 'grant'],
    ['oracle', 'ALTER TABLE emp ADD CONSTRAINT pk PRIMARY KEY (a)', 'constraint', 'emp', 'emp'],
    ['oracle', 'ALTER TABLE emp MODIFY (a NUMBER(5))', 'alter', 'emp', 'emp'],
    ['oracle', "COMMENT ON TABLE emp IS 'x'", 'comment', 'table emp', 'emp'],
    ['oracle', 'INSERT INTO emp VALUES (1)', 'data', 'insert'],
    ['postgres', 'COPY emp FROM stdin', 'data', 'copy'],
    ['mysql', 'DROP TABLE IF EXISTS emp', 'drop', 'emp'],
    ['mysql', 'CREATE DATABASE shop', 'schema', 'shop'],
    ['mysql', 'SET NAMES utf8', 'session', 'set names'],
    ['mysql', 'CREATE DEFINER=`root`@`localhost` SQL SECURITY INVOKER VIEW v AS SELECT 1', 'view', 'v'],
    ['oracle', 'COMMIT', 'transaction', 'commit'],
    ['oracle', 'SELECT 1 FROM dual', 'query', 'select'],
    ['oracle', 'BEGIN dbms_output.put_line(1); END;', 'block', 'begin'],
  ])('%s: %s → %s %s', (dialect, sql, kind, name, table) => {
    const [statement] = splitScript(sql, profileOf(dialect).split).statements;
    const c = classify(statement!, profileOf(dialect).classify);
    expect(c.kind).toBe(kind);
    expect(c.name).toBe(name);
    if (table) expect(c.table).toBe(table);
  });
});

describe('dialect detection', () => {
  it.each<[string, Dialect]>([
    ['CREATE TABLE a (b VARCHAR2(10), c NUMBER(5));\n/\n', 'oracle'],
    ['CREATE TABLE [a] ([b] NVARCHAR(10) IDENTITY(1,1))\nGO\n', 'sqlserver'],
    ['CREATE TABLE `a` (b INT UNSIGNED AUTO_INCREMENT) ENGINE=InnoDB;', 'mysql'],
    ["CREATE TABLE a (b SERIAL, c JSONB, d TEXT DEFAULT 'x'::text);", 'postgres'],
  ])('%s → %s', (script, dialect) => {
    const detection = detectDialect(script);
    expect(detection.dialect).toBe(dialect);
    expect(detection.confidence).toBeGreaterThan(0.5);
    expect(detection.evidence.length).toBeGreaterThan(0);
    expect(detection.evidence.every((e) => e.firstLine >= 1)).toBe(true);
  });

  it('has no confidence when there is no signal', () => {
    expect(detectDialect('CREATE TABLE a (b INT);').confidence).toBe(0);
  });
});

describe('input validation', () => {
  it.each<[string, unknown, string]>([
    ['empty input', '', inputMessages.empty],
    ['only whitespace', ' \n\t ', inputMessages.empty],
    ['not a string', undefined, inputMessages.empty],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000\u0008\u0000binary', inputMessages.binary],
    ['text that is not SQL', 'Dear team, the meeting moved to Tuesday.', inputMessages.notSql],
    ['more than 10 MB', `CREATE TABLE a (b int);\n${'-'.repeat(maxScriptBytes)}`, inputMessages.tooLarge],
  ])('%s is rejected with a clear message', (_, script, message) => {
    expect(() => validateScript(script)).toThrow(InputError);
    expect(() => validateScript(script)).toThrow(message);
  });

  it('accepts a script and a dialect override', () => {
    expect(validateScript('create table a (b int)', 'mysql')).toEqual({
      script: 'create table a (b int)',
      dialect: 'mysql',
    });
  });

  it('reads UTF-16 files (SQL Server Management Studio saves them) and rejects bytes with NULs', () => {
    const text = 'CREATE TABLE a (b int)';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(validateBytes(utf16)).toBe(text);
    expect(() => validateBytes(new Uint8Array([67, 82, 0, 1, 2]))).toThrow(inputMessages.binary);
    expect(() => validateBytes(new Uint8Array(0))).toThrow(inputMessages.empty);
  });
});
