/**
 * Rules added to raise the table conversion rate on the readiness corpus (issue #11 parts 1–2): each a fixture pair
 * (source → expected PostgreSQL for the last statement) whose expected SQL runs in PGlite, plus the finding that
 * says what changed where the conversion is not exact.
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import type { ConvertedStatement } from '../../../../src/lib/readiness/convert/converted-statement';
import { convertScript, flat, runsInPostgres, sharedPglite } from './idiom-fixture';

const db = sharedPglite();

// [dialect, rule, source (last statement under test), expected PostgreSQL, finding expected (or undefined)]
const fixtures: [Dialect, string, string, string, RegExp | undefined][] = [
  [
    'sqlserver',
    'expr.concat-typed',
    "CREATE TABLE p (FirstName nvarchar(50) NOT NULL, LastName nvarchar(50) NOT NULL, FullName AS (ISNULL(FirstName + N' ', N'') + LastName))",
    `CREATE TABLE p (FirstName varchar(50) NOT NULL, LastName varchar(50) NOT NULL,
       FullName text GENERATED ALWAYS AS (COALESCE (FirstName || ' ', '') || LastName) STORED);`,
    undefined,
  ],
  [
    'sqlserver',
    'expr.tsql-functions',
    "CREATE TABLE c (CustomerID int NOT NULL, AccountNumber AS ISNULL(N'AW' + RIGHT(REPLICATE('0', 8) + CAST(CustomerID AS nvarchar(20)), 8), N'') PERSISTED)",
    `CREATE TABLE c (CustomerID int NOT NULL,
       AccountNumber text GENERATED ALWAYS AS (COALESCE('AW' || RIGHT(repeat ('0', 8) || CAST (CustomerID AS varchar(20)), 8), '')) STORED);`,
    undefined,
  ],
  [
    'sqlserver',
    'expr.tsql-functions',
    'CREATE TABLE e (BirthDate date NOT NULL, CONSTRAINT ck CHECK (BirthDate <= DATEADD(YEAR, -18, GETDATE())))',
    "CREATE TABLE e (BirthDate date NOT NULL, CONSTRAINT ck CHECK (BirthDate <= (LOCALTIMESTAMP + (-18) * INTERVAL '1 year')));",
    undefined,
  ],
  [
    'sqlserver',
    'expr.sqljson',
    "CREATE TABLE s (CustomFields nvarchar(max) NULL, Tags AS (JSON_QUERY(CustomFields, N'$.Tags')), Who AS (JSON_VALUE(CustomFields, N'$.Who')), CONSTRAINT ck CHECK (CustomFields IS NULL OR ISJSON(CustomFields) <> 0))",
    `CREATE TABLE s (CustomFields text NULL,
       Tags text GENERATED ALWAYS AS (json_query(CustomFields, '$.Tags')) STORED,
       Who text GENERATED ALWAYS AS (json_value(CustomFields, '$.Who')) STORED,
       CONSTRAINT ck CHECK (CustomFields IS NULL OR ((CustomFields) IS JSON OBJECT OR (CustomFields) IS JSON ARRAY)::int <> 0));`,
    /raises an error on text that is not valid JSON/,
  ],
  [
    'sqlserver',
    'expr.tsql-functions',
    'CREATE TABLE s (d datetime NOT NULL)\nGO\nCREATE VIEW m AS SELECT CONVERT(char(7), d, 120) AS month, CONVERT(varchar(10), d, 103) AS uk, CONVERT(int, CONVERT(char(8), d, 112)) AS datekey FROM s',
    `CREATE VIEW m AS SELECT CAST(to_char(d, 'YYYY-MM-DD HH24:MI:SS') AS char(7)) AS month,
       CAST(to_char(d, 'DD/MM/YYYY') AS varchar(10)) AS uk,
       CAST(CAST(to_char(d, 'YYYYMMDD') AS char(8)) AS int) AS datekey FROM s;`,
    undefined,
  ],
  [
    'sqlserver',
    'column.masked',
    "CREATE TABLE s (Name nvarchar(50) MASKED WITH (FUNCTION = 'default()') NULL)",
    'CREATE TABLE s (Name varchar(50) NULL);',
    /Dynamic data masking on name: .*kept unmasked/,
  ],
  [
    'sqlserver',
    'partition.scheme-dropped',
    'CREATE TABLE f (k int NOT NULL, d int NOT NULL, CONSTRAINT pk PRIMARY KEY NONCLUSTERED (k ASC, d ASC) ON [ps]([d])) ON [ps]([d])',
    'CREATE TABLE f (k int NOT NULL, d int NOT NULL, CONSTRAINT pk PRIMARY KEY (k, d));',
    /partition scheme ps\(d\): it is created unpartitioned/,
  ],
  [
    'sqlserver',
    'type.spatial-wkb',
    'CREATE TABLE c (id int NOT NULL, Border [sys].[geography] NULL)',
    'CREATE TABLE c (id int NOT NULL, Border bytea NULL);',
    /need PostGIS \(border: sys\.geography → bytea\)/,
  ],
  [
    'mysql',
    'type.spatial-wkb',
    'CREATE TABLE a (id INT NOT NULL, loc GEOMETRY NOT NULL, SPATIAL KEY idx_loc (loc))',
    'CREATE TABLE a (id INT NOT NULL, loc bytea NOT NULL);',
    /SPATIAL index idx_loc dropped: after moving loc to PostGIS, CREATE INDEX idx_loc ON a USING gist \(loc\)/,
  ],
  [
    'mysql',
    'index.spatial',
    'CREATE TABLE w (id INT NOT NULL, pos point NOT NULL, area polygon DEFAULT NULL, SPATIAL KEY sp_pos (pos))',
    `CREATE TABLE w (id INT NOT NULL, pos point NOT NULL, area polygon DEFAULT NULL);
     CREATE INDEX sp_pos ON w USING gist (pos);`,
    /built-in geometric types \(pos: point → point; area: polygon → polygon\): planar, without SRID/,
  ],
  [
    'mysql',
    'expr.mysql-concat',
    "CREATE TABLE e (first_name VARCHAR(14) NOT NULL, last_name VARCHAR(16) NOT NULL, full_name VARCHAR(31) GENERATED ALWAYS AS (CONCAT(first_name, ' ', last_name)) STORED)",
    `CREATE TABLE e (first_name varchar(14) NOT NULL, last_name varchar(16) NOT NULL,
       full_name varchar(31) GENERATED ALWAYS AS ((first_name || ' ' || last_name)) STORED);`,
    undefined,
  ],
  [
    'mysql',
    'identity.unsigned-bigint',
    'CREATE TABLE a (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY)',
    'CREATE TABLE a (id bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);',
    /ids above 9223372036854775807/,
  ],
  [
    'mysql',
    'type.set',
    "CREATE TABLE p (tags SET('new','sale') NOT NULL DEFAULT '', t2 SET('a','b') DEFAULT 'a,b')",
    `CREATE TABLE p (tags text[] NOT NULL DEFAULT ARRAY[]::text[] CHECK (tags <@ ARRAY['new', 'sale']::text[]),
       t2 text[] DEFAULT ARRAY['a', 'b']::text[] CHECK (t2 <@ ARRAY['a', 'b']::text[]));`,
    /FIND_IN_SET/,
  ],
  [
    'sqlserver',
    'column.computed-trigger',
    "CREATE TABLE c (FirstName nvarchar(50) NOT NULL, LastName nvarchar(50) NULL, RowHash AS CAST(HASHBYTES('SHA2_256', CONCAT([FirstName], N'|', [LastName])) AS binary(32)) PERSISTED)",
    `CREATE TABLE c (FirstName varchar(50) NOT NULL, LastName varchar(50) NULL, RowHash bytea);
     CREATE OR REPLACE FUNCTION c_rowhash_compute() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.RowHash := CAST(sha256(convert_to((coalesce(NEW.firstname, '') || coalesce('|', '') || coalesce(NEW.lastname, '')), 'UTF8')) AS bytea); RETURN NEW; END $fn$;
     CREATE TRIGGER c_rowhash_compute BEFORE INSERT OR UPDATE ON c FOR EACH ROW EXECUTE FUNCTION c_rowhash_compute();`,
    /rowhash: no longer a generated column \(convert_to\(\) is not immutable in PostgreSQL\)/,
  ],
  [
    'sqlserver',
    'column.computed-trigger',
    "CREATE TABLE i (Data nvarchar(max) NULL, DeliveredAt AS (TRY_CONVERT([datetime2](7), json_value([Data], N'$.When'), (126))))",
    `CREATE TABLE i (Data text NULL, DeliveredAt timestamp(6));
     CREATE OR REPLACE FUNCTION i_deliveredat_compute() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN BEGIN NEW.DeliveredAt := (CAST(json_value(NEW.data, '$.When') AS timestamp(6))); EXCEPTION WHEN data_exception THEN NEW.DeliveredAt := NULL; END; RETURN NEW; END $fn$;
     CREATE TRIGGER i_deliveredat_compute BEFORE INSERT OR UPDATE ON i FOR EACH ROW EXECUTE FUNCTION i_deliveredat_compute();`,
    /deliveredat: no longer a generated column \(TRY_CONVERT .*NULL when the conversion/,
  ],
  [
    'sqlserver',
    'column.computed-trigger',
    'CREATE TABLE b (Txt nvarchar(20) NULL, Amount AS TRY_CAST(Txt AS decimal(10,2)))',
    `CREATE TABLE b (Txt varchar(20) NULL, Amount decimal(10,2));
     CREATE OR REPLACE FUNCTION b_amount_compute() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN BEGIN NEW.Amount := CAST(NEW.Txt AS decimal(10,2)); EXCEPTION WHEN data_exception THEN NEW.Amount := NULL; END; RETURN NEW; END $fn$;
     CREATE TRIGGER b_amount_compute BEFORE INSERT OR UPDATE ON b FOR EACH ROW EXECUTE FUNCTION b_amount_compute();`,
    /amount: no longer a generated column/,
  ],
  [
    'mysql',
    'expr.mysql-json',
    "CREATE TABLE c (profile json DEFAULT NULL, phone varchar(16) GENERATED ALWAYS AS (json_unquote(json_extract(`profile`,_utf8mb4'$.phone'))) VIRTUAL, tag json GENERATED ALWAYS AS (json_extract(profile, '$.tags[0]')) STORED, CONSTRAINT chk CHECK (json_valid(`profile`)))",
    `CREATE TABLE c (profile jsonb DEFAULT NULL,
       phone varchar(16) GENERATED ALWAYS AS ((profile #>> '{phone}')) STORED,
       tag jsonb GENERATED ALWAYS AS ((profile #> '{tags,0}')) STORED,
       CONSTRAINT chk CHECK (((profile) IS JSON)));`,
    /a JSON null now gives SQL NULL where MySQL gave the text 'null'/,
  ],
  [
    'mysql',
    'expr.mysql-json',
    "CREATE TABLE c (profile json, phone varchar(16) GENERATED ALWAYS AS (profile->>'$.phone') STORED, a json AS (profile->'$.a[0]'))",
    `CREATE TABLE c (profile jsonb,
       phone varchar(16) GENERATED ALWAYS AS (profile#>>'{phone}') STORED,
       a jsonb GENERATED ALWAYS AS (profile#>'{a,0}') STORED);`,
    /JSON text extraction \(json_unquote\(json_extract\(…\)\), ->>\) → #>>/,
  ],
  [
    'mysql',
    'expr.substring-index',
    "CREATE TABLE c (email varchar(254) NOT NULL, KEY idx_domain ((substring_index(`email`,_utf8mb4'@',-(1)))))",
    `CREATE TABLE c (email varchar(254) NOT NULL);
     CREATE INDEX idx_domain ON c ((split_part(email, '@', -1)));`,
    undefined,
  ],
  [
    'mysql',
    'partition.year-key',
    'CREATE TABLE p (id INT NOT NULL, d DATE NOT NULL, PRIMARY KEY (id, d)) PARTITION BY RANGE (YEAR(d)) (PARTITION p2021 VALUES LESS THAN (2022), PARTITION pmax VALUES LESS THAN MAXVALUE)',
    `CREATE TABLE p (id INT NOT NULL, d DATE NOT NULL, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
     CREATE TABLE p2021 PARTITION OF p FOR VALUES FROM (MINVALUE) TO ('2022-01-01');
     CREATE TABLE pmax PARTITION OF p FOR VALUES FROM ('2022-01-01') TO (MAXVALUE);`,
    undefined,
  ],
  [
    'oracle',
    'default.on-null',
    'CREATE SEQUENCE orders_seq START WITH 1000;\nCREATE TABLE orders (order_id INTEGER DEFAULT ON NULL orders_seq.NEXTVAL, note VARCHAR2(10), CONSTRAINT orders_pk PRIMARY KEY (order_id));',
    `CREATE TABLE orders (order_id INTEGER NOT NULL DEFAULT nextval('orders_seq'), note varchar(10), CONSTRAINT orders_pk PRIMARY KEY (order_id));
     CREATE OR REPLACE FUNCTION orders_order_id_on_null() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN IF NEW.order_id IS NULL THEN NEW.order_id := nextval('orders_seq'); END IF; RETURN NEW; END $fn$;
     CREATE TRIGGER orders_order_id_on_null BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION orders_order_id_on_null();`,
    undefined,
  ],
  [
    'oracle',
    'partition.unique-key',
    "CREATE TABLE o (order_id NUMBER(12), order_date DATE NOT NULL, CONSTRAINT o_pk PRIMARY KEY (order_id)) PARTITION BY RANGE (order_date) INTERVAL (NUMTOYMINTERVAL(3, 'MONTH')) (PARTITION p2023 VALUES LESS THAN (DATE '2024-01-01'));",
    'CREATE TABLE o (order_id bigint, order_date timestamp(0) NOT NULL, CONSTRAINT o_pk PRIMARY KEY (order_id));',
    /o: created unpartitioned: its unique key \(order_id\) does not hold the partition key \(order_date\)/,
  ],
  [
    'oracle',
    'partition.reference',
    'CREATE TABLE o (order_id NUMBER(12) PRIMARY KEY);\nCREATE TABLE oi (order_id NUMBER(12) NOT NULL, line_no NUMBER(3) NOT NULL, CONSTRAINT oi_fk FOREIGN KEY (order_id) REFERENCES o (order_id)) PARTITION BY REFERENCE (oi_fk);',
    'CREATE TABLE oi (order_id bigint NOT NULL, line_no smallint NOT NULL, CONSTRAINT oi_fk FOREIGN KEY (order_id) REFERENCES o (order_id));',
    /oi: reference partitioning .* created unpartitioned/,
  ],
];

describe('conversion-rate rules: source → expected PostgreSQL, run in PostgreSQL, with their findings', () => {
  it.each(fixtures)('%s %s: %s', async (dialect, rule, source, expected, finding) => {
    const all = convertScript(source, dialect);
    const last = all[all.length - 1]!;
    expect(flat(last.sql)).toBe(flat(expected));
    expect(last.rules.map((r) => r.id)).toContain(rule);
    expect(last.blockers).toEqual([]);
    if (finding) expect(last.warnings.join('\n')).toMatch(finding);
    expect(await runsInPostgres(db(), all.slice(0, -1), expected)).toBe('');
  });

  it('SQL Server + between a number and text stays +: T-SQL adds there, so no || is invented', () => {
    const [t] = convertScript('CREATE TABLE n (a int NOT NULL, b int NOT NULL, s AS (a + b))', 'sqlserver');
    expect(flat(t!.sql)).toContain('GENERATED ALWAYS AS (a + b) STORED');
  });

  it('a TRY_CONVERT computed column is recomputed on insert and update, NULL where the conversion fails', async () => {
    const all = convertScript(
      "CREATE TABLE i (Data nvarchar(max) NULL, DeliveredAt AS (TRY_CONVERT([datetime2](7), json_value([Data], N'$.When'), (126))))",
      'sqlserver',
    );
    const rows = await queryAfter(all, [
      `INSERT INTO i (data) VALUES ('{"When":"2016-01-02T10:11:12"}'), ('{"When":"soon"}'), (NULL)`,
      `UPDATE i SET data = '{"When":"2020-05-05"}' WHERE data IS NULL`,
      "SELECT to_char(deliveredat, 'YYYY-MM-DD HH24:MI:SS') AS v FROM i ORDER BY data",
    ]);
    // Ordered by data text: {"When":"2016…"}, {"When":"2020…"}, {"When":"soon"}.
    expect(rows.map((r) => r.v)).toEqual(['2016-01-02 10:11:12', '2020-05-05 00:00:00', null]);
  });

  it('DEFAULT ON NULL: an explicit NULL takes the next sequence value, as in Oracle', async () => {
    const all = convertScript(
      'CREATE SEQUENCE s START WITH 1000;\nCREATE TABLE t (id INTEGER DEFAULT ON NULL s.NEXTVAL, v NUMBER(2));',
      'oracle',
    );
    const rows = await queryAfter(all, [
      'INSERT INTO t (v) VALUES (1)',
      'INSERT INTO t VALUES (NULL, 2)',
      'SELECT id FROM t ORDER BY v',
    ]);
    expect(rows.map((r) => r.id)).toEqual([1000, 1001]);
  });

  it('RANGE (YEAR(d)) → RANGE (d): each row lands in the partition its year chose in MySQL', async () => {
    const all = convertScript(
      'CREATE TABLE p (id INT NOT NULL, d DATE NOT NULL, PRIMARY KEY (id, d)) PARTITION BY RANGE (YEAR(d)) (PARTITION p2021 VALUES LESS THAN (2022), PARTITION pmax VALUES LESS THAN MAXVALUE)',
      'mysql',
    );
    const rows = await queryAfter(all, [
      "INSERT INTO p VALUES (1, '2021-12-31'), (2, '2022-01-01'), (3, '1999-06-01')",
      'SELECT id, tableoid::regclass::text AS part FROM p ORDER BY id',
    ]);
    expect(rows).toEqual([
      { id: 1, part: 'p2021' },
      { id: 2, part: 'pmax' },
      { id: 3, part: 'p2021' },
    ]);
  });

  it('CONVERT with a date style formats as T-SQL did (char(7) of style 120 is the month, 112 the date key)', async () => {
    const all = convertScript(
      'CREATE TABLE s (d datetime NOT NULL)\nGO\nCREATE VIEW m AS SELECT CONVERT(char(7), d, 120) AS month, CONVERT(varchar(10), d, 103) AS uk, CONVERT(int, CONVERT(char(8), d, 112)) AS datekey FROM s',
      'sqlserver',
    );
    const rows = await queryAfter(all, ["INSERT INTO s VALUES ('2024-03-05 14:15:16')", 'SELECT * FROM m']);
    expect(rows).toEqual([{ month: '2024-03', uk: '05/03/2024', datekey: 20240305 }]);
  });

  it('HASHBYTES → sha256 of the UTF-8 bytes, with the finding that stored hashes differ', () => {
    const [t] = convertScript(
      "CREATE TABLE h (a nvarchar(10) NULL, CONSTRAINT ck CHECK (HASHBYTES('SHA2_256', a) IS NOT NULL))",
      'sqlserver',
    );
    expect(flat(t!.sql)).toContain("sha256(convert_to(a, 'UTF8'))");
    expect(t!.warnings.join('\n')).toMatch(/SQL Server hashes nvarchar as UTF-16/);
  });
});

/** Runs the converted statements and then `queries` in a rolled-back transaction; returns the last query's rows. */
async function queryAfter(all: ConvertedStatement[], queries: string[]): Promise<Record<string, unknown>[]> {
  const pg = db();
  await pg.exec('BEGIN');
  try {
    for (const c of all) if (!c.notApplicable && c.sql) await pg.exec(c.sql);
    let rows: Record<string, unknown>[] = [];
    for (const q of queries) rows = (await pg.query<Record<string, unknown>>(q)).rows;
    return rows;
  } finally {
    await pg.exec('ROLLBACK');
  }
}
