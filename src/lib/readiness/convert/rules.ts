/**
 * Every conversion rule the engine applies, with a stable id. The report lists the ids applied to each statement
 * and the converted DDL carries one comment per rule, so a reader can trace every change.
 */
export const ruleCatalogue = {
  // Types
  'type.number': 'NUMBER(p,s) → smallint / integer / bigint / numeric(p,s) by precision',
  'type.varchar2': 'VARCHAR2 / NVARCHAR2 → varchar',
  'type.lob': 'CLOB / NCLOB / LONG / TEXT / NTEXT / MEDIUMTEXT / LONGTEXT → text',
  'type.binary': 'BLOB / RAW / LONG RAW / IMAGE / VARBINARY / BINARY → bytea',
  'type.date': 'Oracle DATE (date and time to the second) → timestamp(0)',
  'type.timestamp-tz': 'TIMESTAMP WITH (LOCAL) TIME ZONE / DATETIMEOFFSET → timestamptz',
  'type.float': 'BINARY_FLOAT / BINARY_DOUBLE / FLOAT / DOUBLE → real / double precision',
  'type.datetime': 'DATETIME / DATETIME2 / SMALLDATETIME → timestamp',
  'type.bit': 'BIT / TINYINT(1) / BOOL → boolean (0/1 literals become false/true)',
  'type.money': 'MONEY / SMALLMONEY → numeric(19,4) / numeric(10,4)',
  'type.uniqueidentifier': 'UNIQUEIDENTIFIER → uuid',
  'type.rowversion': 'ROWVERSION / TIMESTAMP (SQL Server) → bytea; PostgreSQL does not maintain it',
  'type.nchar': 'NCHAR / NVARCHAR / NATIONAL CHAR → char / varchar (PostgreSQL text is Unicode)',
  'type.max': 'VARCHAR(MAX) / NVARCHAR(MAX) → text, VARBINARY(MAX) → bytea',
  'type.tinyint': 'TINYINT / MEDIUMINT → smallint / integer',
  'type.unsigned': 'UNSIGNED integers → the next wider signed type',
  'type.display-width': 'INT(11) display width dropped',
  'type.enum': 'ENUM(…) → varchar with a CHECK constraint listing the values',
  'type.set': 'SET(…) → text[] with a CHECK that every element is allowed',
  'type.year': 'YEAR → smallint',
  'type.xml': 'XMLTYPE → xml',
  'type.json': 'JSON → jsonb',
  'type.fk-match': 'foreign key column whose type differs from the referenced column (NUMBER vs NUMBER(p)) → same type',
  'type.collection': 'Oracle VARRAY / nested table type → domain over an array (VARRAY limit kept as a CHECK)',
  'column.virtual': 'virtual / computed column → GENERATED ALWAYS AS (…) STORED',
  'schema.oracle-user': 'Oracle CREATE USER (the owner of a schema) → CREATE SCHEMA',
  'expr.empty-string': "Oracle DEFAULT '' (stored as NULL) → DEFAULT NULL",
  'partition.declarative': 'RANGE / LIST / HASH (and interval) partitioning → PARTITION BY with each partition created',
  'type.interval': 'INTERVAL YEAR TO MONTH / DAY TO SECOND → interval',
  'type.sysname': 'SYSNAME → varchar(128)',
  'type.alias': 'T-SQL alias type CREATE TYPE x FROM base [NOT NULL] → CREATE DOMAIN (NOT NULL moves to its columns)',
  'type.table-type': 'T-SQL table type CREATE TYPE x AS TABLE (…) → composite type (pass rows as an array of it)',
  'type.object-table': 'Oracle object table CREATE TABLE t OF type → PostgreSQL typed table (storage clauses dropped)',
  'type.xml-collection': 'xml(schema collection) → xml (the XSD is not enforced)',
  'type.charset': 'CHARACTER SET / COLLATE / BINARY column attributes dropped',
  'type.time-precision': 'fractional-second precision above 6 capped at 6',
  // Defaults and expressions
  'default.sysdate': 'SYSDATE / GETDATE() / SYSDATETIME() → LOCALTIMESTAMP',
  'default.systimestamp': 'SYSTIMESTAMP / SYSDATETIMEOFFSET() → CURRENT_TIMESTAMP',
  'default.newid': 'NEWID() / SYS_GUID() / UUID() → gen_random_uuid()',
  'default.on-update': 'ON UPDATE CURRENT_TIMESTAMP → a BEFORE UPDATE trigger that sets the column',
  'default.bit-literal': '0 / 1 default or comparison on a boolean column → false / true',
  'expr.nvl': 'NVL / ISNULL / IFNULL → COALESCE',
  'expr.nvl2': 'NVL2(a, b, c) → CASE WHEN a IS NOT NULL THEN b ELSE c END',
  'expr.decode': 'DECODE(…) → CASE … END',
  'expr.if': 'IF(cond, a, b) → CASE WHEN cond THEN a ELSE b END',
  'expr.concat-plus': 'T-SQL + between strings → ||',
  'expr.convert': 'CONVERT(type, expr) → CAST(expr AS type)',
  'expr.group-concat': 'GROUP_CONCAT(… SEPARATOR s) → string_agg(…, s)',
  'expr.charset-introducer': "_utf8'…' introducer dropped",
  'expr.from-dual': 'FROM DUAL dropped',
  'expr.nextval': "seq.NEXTVAL / seq.CURRVAL → nextval('seq') / currval('seq')",
  'expr.function-name': 'vendor function renamed to its PostgreSQL equivalent (LEN → length, UCASE → upper …)',
  'expr.date-arith':
    'DATE_ADD / DATE_SUB(x, INTERVAL n unit) → x ± interval; TO_DAYS(x) → day number from date arithmetic',
  'expr.string-literal': "N'…', q'[…]', \"…\" (MySQL) and backslash escapes → standard '…' literals",
  'expr.current-date-call': 'CURRENT_DATE() / NOW() call forms normalised',
  'expr.current-user-call':
    "MySQL CURRENT_USER() / USER() → CURRENT_USER / SESSION_USER (the role name: MySQL's 'user@host' has no host here)",
  'expr.next-value-for': "NEXT VALUE FOR s.seq → nextval('s.seq')",
  'expr.like-brackets':
    'T-SQL LIKE with [ ] character classes → ~ / !~ with the same pattern as a regular expression (case-sensitive, as PostgreSQL compares text)',
  'expr.like-escape': "LIKE pattern holding a backslash → ESCAPE '' (PostgreSQL's LIKE escapes with \\ by default)",
  'expr.tsql-functions':
    'T-SQL REPLICATE → repeat, DATEADD(unit, n, d) → d + n * interval, ISJSON(x) → (x IS JSON OBJECT OR x IS JSON ARRAY)::int, CONVERT(text type, d, date style) → CAST(to_char(d, format) AS type), HASHBYTES(SHA2_256 | SHA2_512 | MD5, x) → sha256 / sha512 / md5 of the UTF-8 bytes',
  'expr.sqljson': 'JSON_VALUE / JSON_QUERY kept: PostgreSQL 17+ has the same SQL/JSON functions',
  'expr.concat-typed': 'computed column: + with a text operand → || (T-SQL string +, NULL-propagating like ||)',
  'expr.mysql-concat':
    'MySQL CONCAT(a, b, …) in a generated column → (a || b || …) (NULL if any argument is NULL, as in MySQL)',
  'column.computed-trigger':
    'T-SQL computed column PostgreSQL cannot generate (TRY_CONVERT / TRY_CAST, a non-immutable call) → ordinary column kept up to date by a BEFORE INSERT OR UPDATE trigger',
  'expr.mysql-json':
    "MySQL json_extract(j, '$.a.b') / json_unquote(…) / ->> in a generated column → j #> '{a,b}' / j #>> '{a,b}' (immutable)",
  'expr.substring-index': 'MySQL SUBSTRING_INDEX(s, d, 1 | -1) → split_part(s, d, 1 | -1)',
  'column.masked': 'MASKED WITH (FUNCTION = …) dropped: the column is kept, unmasked',
  'partition.year-key': "MySQL RANGE (YEAR(col)) → RANGE (col) with bounds '<year>-01-01'",
  'partition.reference': 'Oracle reference partitioning → unpartitioned table (a finding says how to partition it)',
  'partition.unique-key':
    'partitioned table whose unique key lacks the partition key → unpartitioned (a finding says why)',
  'default.on-null': 'Oracle DEFAULT ON NULL expr → DEFAULT expr + NOT NULL + BEFORE INSERT trigger for explicit NULLs',
  'partition.scheme-dropped': 'SQL Server ON partition_scheme(column) dropped: the table is created unpartitioned',
  'type.spatial-core': 'MySQL POINT / POLYGON / LINESTRING → PostgreSQL point / polygon / path (planar, no SRID)',
  'type.spatial-wkb':
    'GEOMETRY / GEOGRAPHY / SDO_GEOMETRY / MULTI* → bytea holding WKB until PostGIS is installed (a finding says how)',
  'index.spatial':
    'SPATIAL index → GiST index on a core geometric column; dropped (with the PostGIS statement) otherwise',
  // Identifiers
  'ident.quoted': '[x], `x` and "X" → lower-case PostgreSQL identifiers, quoted only when needed',
  'ident.reserved': 'identifier that is a PostgreSQL reserved word → quoted',
  'ident.schema': 'dbo. / current-database qualifier dropped (objects land in public)',
  'ident.sqlcmd-variable': 'SQLCMD $(var) replaced by its :setvar value',
  'schema.create':
    'CREATE SCHEMA x [AUTHORIZATION owner] → CREATE SCHEMA x (objects keep their schema; create the owner role separately)',
  'schema.implicit': 'object in a schema the script never creates → CREATE SCHEMA IF NOT EXISTS before it',
  // Keys and constraints
  'identity.column': 'IDENTITY(s,i) / AUTO_INCREMENT → GENERATED BY DEFAULT AS IDENTITY',
  'identity.unsigned-bigint': 'MySQL BIGINT UNSIGNED AUTO_INCREMENT → bigint identity (values up to 2^63 − 1)',
  'identity.sequence-trigger': 'sequence + BEFORE INSERT trigger key pattern → column DEFAULT nextval(…)',
  'constraint.clustered': 'CLUSTERED / NONCLUSTERED dropped',
  'constraint.add-list': 'Oracle ALTER TABLE … ADD ( … ) / MODIFY ( … ) lists → one ADD / ALTER COLUMN per item',
  'constraint.using-index': 'PRIMARY KEY / UNIQUE over an existing unique index of the same name → USING INDEX',
  'constraint.default-for': 'T-SQL ADD CONSTRAINT … DEFAULT x FOR col → ALTER COLUMN col SET DEFAULT x',
  'constraint.fk-deferred': 'foreign key moved to ALTER TABLE after all tables (circular references)',
  'constraint.inline-index': 'MySQL KEY / INDEX inside CREATE TABLE → CREATE INDEX',
  'constraint.unique-key': 'MySQL UNIQUE KEY name (…) → CONSTRAINT name UNIQUE (…)',
  'constraint.fulltext': 'FULLTEXT KEY → GIN index on to_tsvector(…)',
  'constraint.trailing-comma': 'trailing comma before ) dropped',
  'constraint.state': 'ENABLE / DISABLE / VALIDATE / NOVALIDATE / NOT FOR REPLICATION / WITH NOCHECK dropped',
  'constraint.column-comment': 'MySQL column / table COMMENT → COMMENT ON',
  'index.rename': 'index name already used in the schema → prefixed with its table name',
  'index.options': 'index options (USING BTREE position, WITH (…), ONLINE, REVERSE …) dropped',
  // Storage
  'storage.dropped':
    'storage and engine clauses dropped (TABLESPACE, PCTFREE, STORAGE, ENGINE=, CHARSET, ON [PRIMARY] …)',
  'storage.memory-optimized': 'MEMORY_OPTIMIZED table / HASH index → ordinary table / b-tree index',
  'table.temporal':
    'temporal table: PERIOD FOR SYSTEM_TIME and SYSTEM_VERSIONING dropped, period columns get defaults; the current table is created',
  'column.computed':
    'computed column AS (expr) [PERSISTED] → type GENERATED ALWAYS AS (expr) STORED, type inferred from the expression',
  'column.sparse': 'SPARSE (and the sparse column set) dropped',
  'column.filestream': 'FILESTREAM column → bytea in the table, FILESTREAM_ON dropped',
  'storage.temporary': 'GLOBAL TEMPORARY TABLE → TEMPORARY TABLE (created per session in PostgreSQL)',
  // Statements
  'sequence.options': 'NOCACHE / NOCYCLE / NOORDER / NOMAXVALUE → PostgreSQL sequence options',
  'view.options': 'WITH READ ONLY / FORCE / DEFINER / SQL SECURITY / ALGORITHM view options dropped',
  'synonym.view': 'synonym → view over its target',
  'comment.extended-property': 'sp_addextendedproperty MS_Description → COMMENT ON',
  'trigger.alter': 'ALTER TRIGGER x ENABLE / DISABLE → ALTER TABLE t ENABLE / DISABLE TRIGGER x',
  'type.object': 'CREATE TYPE … AS OBJECT → composite type',
  // Procedural code
  'plsql.tsql-body':
    'T-SQL procedure / scalar function body → PL/pgSQL (@p → p_, DECLARE @v → v_, SET / SELECT @v =, IF / WHILE, TRY / CATCH, RAISERROR / THROW, @@ROWCOUNT)',
  'plsql.trigger-function': 'trigger body → PL/pgSQL trigger function + CREATE TRIGGER … EXECUTE FUNCTION',
  'plsql.new-old': ':NEW / :OLD → NEW / OLD',
  'plsql.routine': 'procedure / function → CREATE OR REPLACE … LANGUAGE plpgsql AS $$ … $$',
  'plsql.parameters': 'parameter modes and types converted (IN OUT → INOUT, types mapped)',
  'plsql.declare': 'declarations moved into a DECLARE section',
  'plsql.call': 'procedure call statement → CALL name(…)',
  'plsql.raise': 'RAISE_APPLICATION_ERROR / SIGNAL → RAISE EXCEPTION',
  'plsql.dbms-output': 'DBMS_OUTPUT.PUT_LINE → RAISE NOTICE',
  'plsql.assignment': 'SET x = … → x := …',
  'plsql.elseif': 'ELSEIF → ELSIF',
  'plsql.end-label': 'END name; → END;',
  'plsql.trigger-predicates': 'INSERTING / UPDATING / DELETING → TG_OP tests',
  'plsql.exception-names': 'Oracle exception names → PostgreSQL condition names',
  'plsql.label': 'label: BEGIN / LEAVE label → <<label>> BEGIN / EXIT label',
} as const;

export type RuleId = keyof typeof ruleCatalogue;

/** One application of a rule to a statement. */
export interface RuleHit {
  id: RuleId;
  /** What changed here, e.g. "VARCHAR2(25) → varchar(25)". */
  detail: string;
  line?: number;
}
