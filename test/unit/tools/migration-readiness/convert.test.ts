import { describe, expect, it } from 'vitest';
import { profileOf } from '../../../../src/lib/readiness/dialects/index';
import { convertStatements } from '../../../../src/lib/readiness/convert/convert';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import { splitScript } from '../../../../src/lib/readiness/sql/split';

/** Converts a script and returns the last statement's conversion (earlier statements give context). */
function convertLast(script: string, dialect: Dialect) {
  const split = splitScript(script, profileOf(dialect).split);
  const all = convertStatements(split.statements, dialect, split.variables);
  return all[all.length - 1]!;
}

const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('column types', () => {
  // [dialect, column definition, converted column, rule]
  it.each<[Dialect, string, string, string | undefined]>([
    ['oracle', 'a NUMBER', 'a numeric', 'type.number'],
    ['oracle', 'a NUMBER(4)', 'a smallint', 'type.number'],
    ['oracle', 'a NUMBER(9)', 'a integer', 'type.number'],
    ['oracle', 'a NUMBER(18)', 'a bigint', 'type.number'],
    ['oracle', 'a NUMBER(20)', 'a numeric(20)', 'type.number'],
    ['oracle', 'a NUMBER(12,2)', 'a numeric(12,2)', 'type.number'],
    ['oracle', 'a NUMBER(*,2)', 'a numeric(38,2)', 'type.number'],
    ['oracle', 'a VARCHAR2(30 BYTE)', 'a varchar(30)', 'type.varchar2'],
    ['oracle', 'a NVARCHAR2(30)', 'a varchar(30)', 'type.varchar2'],
    ['oracle', 'a CLOB', 'a text', 'type.lob'],
    ['oracle', 'a NCLOB', 'a text', 'type.lob'],
    ['oracle', 'a LONG', 'a text', 'type.lob'],
    ['oracle', 'a BLOB', 'a bytea', 'type.binary'],
    ['oracle', 'a RAW(16)', 'a bytea', 'type.binary'],
    ['oracle', 'a LONG RAW', 'a bytea', 'type.binary'],
    ['oracle', 'a DATE', 'a timestamp(0)', 'type.date'],
    ['oracle', 'a TIMESTAMP(3)', 'a timestamp(3)', undefined],
    ['oracle', 'a TIMESTAMP(9)', 'a timestamp(6)', 'type.time-precision'],
    ['oracle', 'a TIMESTAMP WITH TIME ZONE', 'a timestamptz', 'type.timestamp-tz'],
    ['oracle', 'a TIMESTAMP(6) WITH LOCAL TIME ZONE', 'a timestamptz(6)', 'type.timestamp-tz'],
    ['oracle', 'a BINARY_FLOAT', 'a real', 'type.float'],
    ['oracle', 'a BINARY_DOUBLE', 'a double precision', 'type.float'],
    ['oracle', 'a INTERVAL YEAR(2) TO MONTH', 'a interval', 'type.interval'],
    ['oracle', 'a XMLTYPE', 'a xml', 'type.xml'],
    ['sqlserver', 'a NVARCHAR(MAX)', 'a text', 'type.max'],
    ['sqlserver', 'a VARCHAR(MAX)', 'a text', 'type.max'],
    ['sqlserver', 'a VARBINARY(MAX)', 'a bytea', 'type.max'],
    ['sqlserver', 'a NVARCHAR(40)', 'a varchar(40)', 'type.nchar'],
    ['sqlserver', 'a NCHAR(5)', 'a char(5)', 'type.nchar'],
    ['sqlserver', 'a NTEXT', 'a text', 'type.lob'],
    ['sqlserver', 'a TEXT', 'a text', undefined],
    ['sqlserver', 'a IMAGE', 'a bytea', 'type.binary'],
    ['sqlserver', 'a DATETIME', 'a timestamp(3)', 'type.datetime'],
    ['sqlserver', 'a DATETIME2(7)', 'a timestamp(6)', 'type.datetime'],
    ['sqlserver', 'a SMALLDATETIME', 'a timestamp(0)', 'type.datetime'],
    ['sqlserver', 'a DATETIMEOFFSET', 'a timestamptz', 'type.timestamp-tz'],
    ['sqlserver', 'a BIT', 'a boolean', 'type.bit'],
    ['sqlserver', 'a MONEY', 'a numeric(19,4)', 'type.money'],
    ['sqlserver', 'a SMALLMONEY', 'a numeric(10,4)', 'type.money'],
    ['sqlserver', 'a UNIQUEIDENTIFIER', 'a uuid', 'type.uniqueidentifier'],
    ['sqlserver', 'a ROWVERSION', 'a bytea', 'type.rowversion'],
    ['sqlserver', 'a TIMESTAMP', 'a bytea', 'type.rowversion'],
    ['sqlserver', 'a TINYINT', 'a smallint', 'type.tinyint'],
    ['sqlserver', 'a SYSNAME', 'a varchar(128)', 'type.sysname'],
    ['sqlserver', 'a FLOAT', 'a double precision', 'type.float'],
    ['mysql', 'a TINYINT(1)', 'a boolean', 'type.bit'],
    ['mysql', 'a TINYINT UNSIGNED', 'a smallint', 'type.unsigned'],
    ['mysql', 'a SMALLINT UNSIGNED', 'a integer', 'type.unsigned'],
    ['mysql', 'a MEDIUMINT UNSIGNED', 'a integer', 'type.unsigned'],
    ['mysql', 'a INT(10) UNSIGNED', 'a bigint', 'type.unsigned'],
    ['mysql', 'a BIGINT UNSIGNED', 'a numeric(20)', 'type.unsigned'],
    ['mysql', 'a MEDIUMINT', 'a integer', 'type.tinyint'],
    ['mysql', 'a INT(11)', 'a integer', 'type.display-width'],
    ['mysql', 'a MEDIUMTEXT', 'a text', 'type.lob'],
    ['mysql', 'a LONGBLOB', 'a bytea', 'type.binary'],
    ['mysql', 'a DOUBLE', 'a double precision', 'type.float'],
    ['mysql', 'a YEAR', 'a smallint', 'type.year'],
    ['mysql', 'a DATETIME', 'a timestamp', 'type.datetime'],
    ['mysql', 'a JSON', 'a jsonb', 'type.json'],
    ['mysql', "a ENUM('s','m','xl')", "a varchar(2) CHECK (a IN ('s', 'm', 'xl'))", 'type.enum'],
    ['mysql', "a SET('x','y')", "a text[] CHECK (a <@ ARRAY['x', 'y']::text[])", 'type.set'],
    ['mysql', 'a VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin', 'a varchar(10)', 'type.charset'],
    ['mysql', 'a VARCHAR(10) BINARY', 'a varchar(10)', 'type.charset'],
  ])('%s %s → %s', (dialect, column, expected, rule) => {
    const result = convertLast(`CREATE TABLE t (${column})`, dialect);
    expect(result.table?.elements[0]?.sql).toBe(expected);
    if (rule) expect(result.rules.map((r) => r.id)).toContain(rule);
    else expect(result.rules).toEqual([]);
  });
});

describe('defaults, identity and constraints', () => {
  // [dialect, script, converted SQL (whitespace collapsed), rules]
  it.each<[Dialect, string, string, string[]]>([
    [
      'oracle',
      'CREATE TABLE t (a DATE DEFAULT SYSDATE)',
      'CREATE TABLE t ( a timestamp(0) DEFAULT LOCALTIMESTAMP );',
      ['default.sysdate', 'type.date'],
    ],
    [
      'oracle',
      'CREATE TABLE t (a TIMESTAMP DEFAULT SYSTIMESTAMP)',
      'CREATE TABLE t ( a timestamp DEFAULT CURRENT_TIMESTAMP );',
      ['default.systimestamp'],
    ],
    [
      'oracle',
      'CREATE TABLE t (a RAW(16) DEFAULT SYS_GUID())',
      'CREATE TABLE t ( a bytea DEFAULT gen_random_uuid() );',
      ['default.newid', 'type.binary'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (a datetime DEFAULT GETDATE())',
      'CREATE TABLE t ( a timestamp(3) DEFAULT LOCALTIMESTAMP );',
      ['default.sysdate', 'type.datetime'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (a uniqueidentifier DEFAULT NEWID())',
      'CREATE TABLE t ( a uuid DEFAULT gen_random_uuid() );',
      ['default.newid', 'type.uniqueidentifier'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (a bit NOT NULL DEFAULT ((0)))',
      'CREATE TABLE t ( a boolean NOT NULL DEFAULT false );',
      ['type.bit', 'default.bit-literal'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (id int IDENTITY(1,1) NOT NULL)',
      'CREATE TABLE t ( id int GENERATED BY DEFAULT AS IDENTITY NOT NULL );',
      ['identity.column'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (id int IDENTITY(10,2))',
      'CREATE TABLE t ( id int GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 2) );',
      ['identity.column'],
    ],
    [
      'mysql',
      'CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id))',
      'CREATE TABLE t ( id INT NOT NULL GENERATED BY DEFAULT AS IDENTITY, PRIMARY KEY (id) );',
      ['identity.column'],
    ],
    [
      'mysql',
      'CREATE TABLE t (u TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)',
      'CREATE TABLE t ( u timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ); CREATE OR REPLACE FUNCTION t_u_on_update() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.u := CURRENT_TIMESTAMP; RETURN NEW; END $fn$; CREATE TRIGGER t_u_on_update BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION t_u_on_update();',
      ['default.on-update'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (a int, CONSTRAINT pk PRIMARY KEY CLUSTERED (a ASC) WITH (FILLFACTOR = 90) ON [PRIMARY])',
      'CREATE TABLE t ( a int, CONSTRAINT pk PRIMARY KEY (a) );',
      ['constraint.clustered', 'index.options', 'index.options', 'storage.dropped', 'ident.quoted'],
    ],
    ['sqlserver', 'CREATE TABLE t (a int,\n)', 'CREATE TABLE t ( a int );', ['constraint.trailing-comma']],
    [
      'oracle',
      'CREATE TABLE t (a NUMBER(5) CONSTRAINT ck CHECK (a > 0) ENABLE NOVALIDATE)',
      'CREATE TABLE t ( a integer CONSTRAINT ck CHECK (a > 0) );',
      ['type.number', 'constraint.state', 'constraint.state'],
    ],
    [
      'mysql',
      'CREATE TABLE t (a INT, b INT, KEY ix_a (a), UNIQUE KEY uk_b (b))',
      'CREATE TABLE t ( a INT, b INT, CONSTRAINT uk_b UNIQUE (b) ); CREATE INDEX ix_a ON t (a);',
      ['constraint.inline-index', 'constraint.unique-key'],
    ],
    [
      'mysql',
      'CREATE TABLE t (a TEXT, FULLTEXT KEY ft (a))',
      "CREATE TABLE t ( a text ); CREATE INDEX ft ON t USING gin (to_tsvector('simple', coalesce(a::text, '')));",
      ['constraint.fulltext'],
    ],
    [
      'mysql',
      "CREATE TABLE t (a INT COMMENT 'the a') COMMENT='a table'",
      "CREATE TABLE t ( a INT ); COMMENT ON COLUMN t.a IS 'the a'; COMMENT ON TABLE t IS 'a table';",
      ['constraint.column-comment', 'constraint.column-comment'],
    ],
    [
      'oracle',
      'CREATE TABLE t (offset NUMBER(3))',
      'CREATE TABLE t ( "offset" smallint );',
      ['ident.reserved', 'type.number'],
    ],
  ])('%s: %s', (dialect, script, expected, rules) => {
    const result = convertLast(script, dialect);
    expect(flat(result.sql)).toBe(expected);
    expect(result.rules.map((r) => r.id).sort()).toEqual([...rules].sort());
  });
});

describe('storage clauses are dropped with a note', () => {
  it.each<[Dialect, string, string]>([
    [
      'oracle',
      'CREATE TABLE t (a INT) TABLESPACE users PCTFREE 10 STORAGE (INITIAL 64K) LOGGING',
      'TABLESPACE users PCTFREE 10 STORAGE (INITIAL 64K) LOGGING dropped',
    ],
    ['oracle', 'CREATE TABLE t (a INT) ORGANIZATION INDEX', 'ORGANIZATION INDEX dropped'],
    [
      'sqlserver',
      'CREATE TABLE t (a int) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]',
      'ON "primary" TEXTIMAGE_ON "primary" dropped',
    ],
    [
      'mysql',
      'CREATE TABLE t (a int) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=5',
      'ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 AUTO_INCREMENT = 5 dropped',
    ],
  ])('%s: %s', (dialect, script, detail) => {
    const result = convertLast(script, dialect);
    expect(flat(result.sql)).toBe('CREATE TABLE t ( a int );'.replace('int', script.includes('INT)') ? 'INT' : 'int'));
    expect(result.rules.find((r) => r.id === 'storage.dropped')?.detail).toBe(detail);
  });

  it('partitioning becomes declarative partitioning (idioms-oracle.test.ts has the forms); GLOBAL TEMPORARY becomes TEMPORARY', () => {
    const partitioned = convertLast(
      'CREATE TABLE t (d DATE) PARTITION BY RANGE (d) (PARTITION p1 VALUES LESS THAN (SYSDATE))',
      'oracle',
    );
    expect(flat(partitioned.sql)).toBe(
      'CREATE TABLE t ( d timestamp(0) ) PARTITION BY RANGE (d); CREATE TABLE p1 PARTITION OF t FOR VALUES FROM (MINVALUE) TO (LOCALTIMESTAMP);',
    );
    expect(partitioned.rules.map((r) => r.id)).toContain('partition.declarative');
    expect(partitioned.warnings).toEqual([]);
    const temp = convertLast('CREATE GLOBAL TEMPORARY TABLE t (a INT) ON COMMIT PRESERVE ROWS', 'oracle');
    expect(flat(temp.sql)).toBe('CREATE TEMPORARY TABLE t ( a INT ) ON COMMIT PRESERVE ROWS;');
    expect(temp.rules.map((r) => r.id)).toEqual(['storage.temporary']);
  });
});

describe('ALTER TABLE, indexes, sequences, views and other objects', () => {
  it.each<[Dialect, string, string, string[]]>([
    [
      'oracle',
      'CREATE UNIQUE INDEX t_pk ON t (a);\nALTER TABLE t ADD (CONSTRAINT t_pk PRIMARY KEY (a), CONSTRAINT t_fk FOREIGN KEY (b) REFERENCES u);',
      'ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_pk, ADD CONSTRAINT t_fk FOREIGN KEY (b) REFERENCES u;',
      ['constraint.add-list', 'constraint.using-index'],
    ],
    [
      'oracle',
      'ALTER TABLE t MODIFY (a VARCHAR2(20) NOT NULL)',
      'ALTER TABLE t ALTER COLUMN a TYPE varchar(20), ALTER COLUMN a SET NOT NULL;',
      ['constraint.add-list', 'type.varchar2', 'constraint.add-list'],
    ],
    [
      'sqlserver',
      'CREATE TABLE t (flag bit)\nGO\nALTER TABLE t ADD CONSTRAINT DF_t DEFAULT (1) FOR flag',
      'ALTER TABLE t ALTER COLUMN flag SET DEFAULT true;',
      ['default.bit-literal', 'constraint.default-for'],
    ],
    [
      'sqlserver',
      'ALTER TABLE t WITH NOCHECK ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (a) NOT FOR REPLICATION',
      'ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (a) NOT VALID;',
      ['constraint.state', 'constraint.state'],
    ],
    [
      'sqlserver',
      'CREATE NONCLUSTERED INDEX IX ON dbo.t (a) INCLUDE (b) WITH (ONLINE = ON) ON [PRIMARY]',
      'CREATE INDEX ix ON t (a) INCLUDE (b);',
      ['constraint.clustered', 'ident.quoted', 'ident.schema', 'storage.dropped'],
    ],
    [
      'sqlserver',
      'CREATE TABLE Region (a int)\nGO\nCREATE INDEX Region ON dbo.Customers (a)',
      'CREATE INDEX customers_region ON Customers (a);',
      ['ident.schema', 'index.rename'],
    ],
    [
      'mysql',
      'CREATE INDEX ix ON t (title(20)) USING BTREE',
      'CREATE INDEX ix ON t (title);',
      ['index.options', 'index.options'],
    ],
    [
      'oracle',
      'CREATE INDEX ix ON t (a) TABLESPACE idx PCTFREE 5 COMPUTE STATISTICS',
      'CREATE INDEX ix ON t (a);',
      ['storage.dropped'],
    ],
    [
      'oracle',
      'CREATE SEQUENCE s START WITH 1 NOCACHE NOCYCLE NOMAXVALUE ORDER',
      'CREATE SEQUENCE s START WITH 1 NO CYCLE NO MAXVALUE;',
      ['sequence.options'],
    ],
    [
      'oracle',
      'CREATE SEQUENCE s MAXVALUE 9999999999999999999999999999',
      'CREATE SEQUENCE s NO MAXVALUE;',
      ['sequence.options'],
    ],
    [
      'oracle',
      "CREATE OR REPLACE FORCE VIEW v (a, b) AS SELECT NVL(x, 0), DECODE(y, 1, 'one', 'other') FROM t WITH READ ONLY",
      "CREATE OR REPLACE VIEW v (a, b) AS SELECT COALESCE(x, 0), CASE y WHEN 1 THEN 'one' ELSE 'other' END FROM t;",
      ['view.options', 'expr.nvl', 'expr.decode'],
    ],
    [
      'oracle',
      'CREATE VIEW v AS SELECT s.NEXTVAL AS n, SYSDATE AS d, NVL2(a, 1, 2) AS k FROM DUAL',
      "CREATE VIEW v AS SELECT nextval('s') AS n, LOCALTIMESTAMP AS d, CASE WHEN a IS NOT NULL THEN 1 ELSE 2 END AS k;",
      ['expr.nextval', 'default.sysdate', 'expr.nvl2', 'expr.from-dual'],
    ],
    [
      'sqlserver',
      "CREATE VIEW v AS SELECT a.first + ' ' + a.last AS name, ISNULL(a.x, 0) AS x, LEN(a.y) AS l, CONVERT(nvarchar(10), a.z) AS z, CHARINDEX('x', a.y) AS p FROM a",
      "CREATE VIEW v AS SELECT a.first || ' ' || a.last AS name, COALESCE(a.x, 0) AS x, length(a.y) AS l, CAST(a.z AS varchar(10)) AS z, strpos(a.y, 'x') AS p FROM a;",
      ['expr.concat-plus', 'expr.nvl', 'expr.function-name', 'expr.convert', 'expr.function-name'],
    ],
    [
      'mysql',
      "CREATE DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT IF(a > 0, 'pos', 'neg') AS s, IFNULL(b, 0) AS b, UCASE(c) AS c, GROUP_CONCAT(d SEPARATOR '|') AS d, DATE_ADD(e, INTERVAL 2 DAY) AS e, CURRENT_DATE() AS f, _utf8'x' AS g FROM t",
      "CREATE VIEW v AS SELECT CASE WHEN a > 0 THEN 'pos' ELSE 'neg' END AS s, COALESCE(b, 0) AS b, upper(c) AS c, string_agg((d)::text, '|') AS d, (e + INTERVAL '2 day') AS e, CURRENT_DATE AS f, 'x' AS g FROM t;",
      [
        'expr.charset-introducer',
        'ident.quoted',
        'view.options',
        'expr.if',
        'expr.nvl',
        'expr.function-name',
        'expr.group-concat',
        'expr.date-arith',
        'expr.current-date-call',
      ],
    ],
    [
      'mysql',
      'CREATE VIEW v AS SELECT * FROM `shop`.`items`',
      'CREATE VIEW v AS SELECT * FROM shop.items;',
      ['ident.quoted'],
    ],
    [
      'mysql',
      'USE shop;\nCREATE VIEW v AS SELECT * FROM `shop`.`items`',
      'CREATE VIEW v AS SELECT * FROM items;',
      ['ident.quoted', 'ident.schema'],
    ],
    [
      'mysql',
      "CREATE VIEW v AS SELECT \"it's\" AS a, 'c:\\\\dir' AS b",
      "CREATE VIEW v AS SELECT 'it''s' AS a, 'c:\\dir' AS b;",
      ['expr.string-literal'],
    ],
    [
      'oracle',
      "CREATE VIEW v AS SELECT q'[it's]' AS a FROM t",
      "CREATE VIEW v AS SELECT 'it''s' AS a FROM t;",
      ['expr.string-literal'],
    ],
    [
      'oracle',
      'CREATE PUBLIC SYNONYM emp FOR hr.employees',
      'CREATE OR REPLACE VIEW emp AS SELECT * FROM hr.employees;',
      ['synonym.view'],
    ],
    [
      'oracle',
      'CREATE TYPE addr AS OBJECT (street VARCHAR2(40), zip NUMBER(5))',
      'CREATE TYPE addr AS (street varchar(40), zip integer);',
      ['type.varchar2', 'type.number', 'type.object'],
    ],
    [
      'oracle',
      'CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN NULL; END;\n/\nALTER TRIGGER trg DISABLE',
      'ALTER TABLE t DISABLE TRIGGER trg;',
      ['trigger.alter'],
    ],
  ])('%s: %s', (dialect, script, expected, rules) => {
    const result = convertLast(script, dialect);
    expect(flat(result.sql)).toBe(expected);
    expect(result.rules.map((r) => r.id).sort()).toEqual([...rules].sort());
  });
});

describe('procedural code', () => {
  it('the Oracle sequence-plus-trigger key pattern becomes a column default', () => {
    const script = `CREATE OR REPLACE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  IF :NEW.id IS NULL THEN
    SELECT t_seq.NEXTVAL INTO :NEW.id FROM DUAL;
  END IF;
END;
/`;
    const result = convertLast(script, 'oracle');
    expect(result.sql).toBe(
      "ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_seq');\nALTER SEQUENCE t_seq OWNED BY t.id;",
    );
    expect(result.rules.map((r) => r.id)).toEqual(['identity.sequence-trigger']);
    expect(result.references).toEqual(['t', 't_seq']);
  });

  it('the rest of such a trigger stays a trigger function', () => {
    const script = `CREATE OR REPLACE TRIGGER t_bi BEFORE INSERT OR UPDATE ON t FOR EACH ROW
BEGIN
  :NEW.id := t_seq.NEXTVAL;
  IF UPDATING THEN
    :NEW.changed := NVL(:NEW.changed, SYSDATE);
  END IF;
END t_bi;
/`;
    const result = convertLast(script, 'oracle');
    expect(flat(result.sql)).toBe(
      flat(`ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_seq');
ALTER SEQUENCE t_seq OWNED BY t.id;
CREATE OR REPLACE FUNCTION t_bi_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF (TG_OP = 'UPDATE') THEN
    NEW.changed := COALESCE(NEW.changed, LOCALTIMESTAMP);
  END IF;
  RETURN NEW;
END;
$fn$;
CREATE TRIGGER t_bi BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION t_bi_fn();`),
    );
    expect(result.rules.map((r) => r.id).sort()).toEqual(
      [
        'identity.sequence-trigger',
        'plsql.new-old',
        'plsql.trigger-predicates',
        'expr.nvl',
        'default.sysdate',
        'plsql.trigger-function',
      ].sort(),
    );
  });

  it('an Oracle procedure becomes PL/pgSQL with its rules listed', () => {
    const script = `CREATE OR REPLACE PROCEDURE note (p_id IN NUMBER, p_msg IN OUT VARCHAR2) IS
  v_n NUMBER(5) := 0;
BEGIN
  log_it(p_id);
  IF p_id < 0 THEN
    RAISE_APPLICATION_ERROR(-20001, 'negative');
  END IF;
  DBMS_OUTPUT.PUT_LINE(p_msg);
EXCEPTION
  WHEN ZERO_DIVIDE THEN NULL;
END note;
/
CREATE PROCEDURE log_it (p NUMBER) IS BEGIN NULL; END;
/`;
    const split = splitScript(script, profileOf('oracle').split);
    const [note] = convertStatements(split.statements, 'oracle');
    expect(flat(note!.sql)).toBe(
      flat(`CREATE OR REPLACE PROCEDURE note(p_id numeric, INOUT p_msg varchar)
LANGUAGE plpgsql
AS $body$
DECLARE
  v_n integer := 0;
BEGIN
  CALL log_it(p_id);
  IF p_id < 0 THEN
    RAISE EXCEPTION USING MESSAGE = 'negative', HINT = 'Oracle error -20001';
  END IF;
  RAISE NOTICE '%', p_msg;
EXCEPTION
  WHEN division_by_zero THEN NULL;
END;
$body$;`),
    );
    expect(note!.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'plsql.parameters',
        'plsql.call',
        'plsql.raise',
        'plsql.dbms-output',
        'plsql.exception-names',
        'plsql.end-label',
        'plsql.routine',
      ]),
    );
    expect(note!.blockers).toEqual([]);
  });

  it('a MySQL function gets a DECLARE section; a result-set procedure is blocked', () => {
    const fn = convertLast(
      `DELIMITER //
CREATE FUNCTION f(p INT) RETURNS INT DETERMINISTIC
BEGIN
  DECLARE v INT DEFAULT 0;
  SET v = p + 1;
  IF v > 10 THEN SET v = 10; ELSEIF v < 0 THEN SET v = 0; END IF;
  RETURN v;
END //`,
      'mysql',
    );
    expect(flat(fn.sql)).toBe(
      'CREATE OR REPLACE FUNCTION f(p INT) RETURNS INT LANGUAGE plpgsql AS $body$ DECLARE v INT DEFAULT 0; BEGIN v := p + 1; IF v > 10 THEN v := 10; ELSIF v < 0 THEN v := 0; END IF; RETURN v; END; $body$;',
    );
    expect(fn.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['plsql.declare', 'plsql.assignment', 'plsql.elseif', 'plsql.routine']),
    );
    const proc = convertLast('DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT * FROM t; END //', 'mysql');
    expect(proc.blockers).toEqual([
      'line 2: SELECT without INTO returns a result set to the caller; rewrite as a function RETURNS TABLE / SETOF or a refcursor',
    ]);
  });

  it('MySQL labels, LEAVE and SIGNAL', () => {
    const result = convertLast(
      "DELIMITER //\nCREATE PROCEDURE p(IN n INT)\nmain: BEGIN\n  IF n < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative'; END IF;\n  IF n = 0 THEN LEAVE main; END IF;\nEND //",
      'mysql',
    );
    expect(flat(result.sql)).toBe(
      "CREATE OR REPLACE PROCEDURE p(n INT) LANGUAGE plpgsql AS $body$ <<main>> BEGIN IF n < 0 THEN RAISE EXCEPTION USING MESSAGE = 'negative', ERRCODE = '45000'; END IF; IF n = 0 THEN EXIT main; END IF; END; $body$;",
    );
    expect(result.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['plsql.label', 'plsql.raise']));
  });

  it('T-SQL procedures tsql-body.ts cannot rewrite and Oracle packages are reported, with the reason', () => {
    expect(
      convertLast('CREATE PROCEDURE p @a int AS BEGIN BEGIN TRANSACTION; DELETE FROM t; COMMIT; END', 'sqlserver')
        .blockers[0],
    ).toMatch(/^T-SQL procedure: rewrite in PL\/pgSQL \(explicit transaction/);
    expect(convertLast('CREATE OR REPLACE PACKAGE BODY pk AS END pk;', 'oracle').blockers[0]).toMatch(
      /^Oracle package/,
    );
  });

  it('table and function references inside bodies are collected for the check PostgreSQL does not do', () => {
    const result = convertLast(
      'CREATE FUNCTION f RETURN NUMBER IS v NUMBER; BEGIN SELECT COUNT(*) INTO v FROM orders o JOIN lines l ON l.o = o.id; INSERT INTO audit (x) VALUES (months_between(SYSDATE, SYSDATE)); RETURN v; END;',
      'oracle',
    );
    expect(result.bodyReferences.sort()).toEqual(['audit', 'lines', 'orders']);
    expect(result.calls.sort()).toEqual(['count', 'months_between']);
  });
});

describe('statements that are not part of the schema', () => {
  it.each<[Dialect, string, string]>([
    ['oracle', 'PROMPT hello', 'client program command'],
    ['oracle', 'INSERT INTO t VALUES (1)', 'data statement'],
    ['mysql', 'DROP TABLE IF EXISTS t', 'drops an object'],
    ['mysql', 'SET NAMES utf8', 'session or client setting'],
    ['oracle', 'COMMIT', 'transaction control'],
    ['sqlserver', 'CREATE DATABASE shop', 'creates a database'],
    ['sqlserver', 'ALTER TABLE t NOCHECK CONSTRAINT ALL', 'turns constraint checking off'],
    ['sqlserver', "EXEC sp_addextendedproperty @name = N'x'", 'extended property x'],
    ['sqlserver', 'EXEC dbo.usp_Seed', 'procedure call'],
    ['oracle', 'BEGIN NULL; END;', 'anonymous block'],
  ])('%s: %s', (dialect, script, reason) => {
    expect(convertLast(script, dialect).notApplicable).toMatch(new RegExp(`^${reason}`));
  });
});

describe('relations a view reads', () => {
  it.each([
    ['CREATE VIEW v AS SELECT * FROM a', ['a']],
    ['CREATE VIEW v AS SELECT * FROM a x, b AS y WHERE x.id = y.id', ['a', 'b']],
    ['CREATE VIEW v AS SELECT * FROM a JOIN b ON a.id = b.id LEFT JOIN c USING (id)', ['a', 'b', 'c']],
    ['CREATE VIEW v AS SELECT * FROM a WHERE a.id IN (SELECT id FROM b)', ['a', 'b']],
    ['CREATE VIEW v AS SELECT EXTRACT(YEAR FROM d) y FROM a UNION SELECT 1 FROM b', ['a', 'b']],
    ['CREATE VIEW v AS SELECT * FROM a GROUP BY id', ['a']],
  ])('%s → %j', (sql, expected) => {
    expect(convertLast(`${sql};`, 'postgres').references).toEqual(expected);
  });
});
