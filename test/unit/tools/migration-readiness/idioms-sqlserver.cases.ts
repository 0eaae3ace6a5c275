/**
 * Fixture pairs for the SQL Server idioms (and schemas in every dialect): [rule, dialect, source script, expected
 * PostgreSQL of the statements that reach PostgreSQL, whitespace-flattened]. The test converts each source, compares,
 * and runs the expected SQL in PGlite.
 */
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';

export const cases: [string, Dialect, string, string][] = [
  [
    'schema.create',
    'sqlserver',
    `CREATE SCHEMA [Production] AUTHORIZATION [dbo]
GO
CREATE TABLE [Production].[Location] ([LocationID] [smallint] NOT NULL)
GO`,
    'CREATE SCHEMA production; CREATE TABLE production.location ( locationid smallint NOT NULL );',
  ],
  [
    'schema.implicit',
    'sqlserver',
    `CREATE TABLE [Sales].[Store] ([StoreID] int NOT NULL)
GO
CREATE VIEW [Sales].[vStore] AS SELECT [StoreID] FROM [Sales].[Store]
GO`,
    'CREATE SCHEMA IF NOT EXISTS sales; CREATE TABLE sales.store ( storeid int NOT NULL ); CREATE SCHEMA IF NOT EXISTS sales; CREATE VIEW sales.vstore AS SELECT storeid FROM sales.store;',
  ],
  [
    'schema.implicit',
    'postgres',
    `CREATE TABLE billing.invoice (id bigint PRIMARY KEY, total numeric(12,2));`,
    'CREATE SCHEMA IF NOT EXISTS billing; CREATE TABLE billing.invoice (id bigint PRIMARY KEY, total numeric(12,2));',
  ],
  [
    'schema.implicit',
    'oracle',
    `CREATE TABLE hr.regions (region_id NUMBER(4) NOT NULL, region_name VARCHAR2(25));`,
    'CREATE SCHEMA IF NOT EXISTS hr; CREATE TABLE hr.regions ( region_id smallint NOT NULL, region_name varchar(25) );',
  ],
  [
    'expr.next-value-for',
    'sqlserver',
    `CREATE SCHEMA [Sequences] AUTHORIZATION [dbo]
GO
CREATE SEQUENCE [Sequences].[CityID] AS INT START WITH 1 INCREMENT BY 1
GO
CREATE TABLE [dbo].[Cities] (
    [CityID] INT CONSTRAINT [DF_Cities_CityID] DEFAULT (NEXT VALUE FOR [Sequences].[CityID]) NOT NULL,
    [CityName] NVARCHAR (50) NOT NULL)
GO`,
    "CREATE SCHEMA sequences; CREATE SEQUENCE sequences.cityid AS INT START WITH 1 INCREMENT BY 1; CREATE TABLE cities ( cityid INT CONSTRAINT df_cities_cityid DEFAULT (nextval('sequences.cityid')) NOT NULL, cityname varchar(50) NOT NULL );",
  ],
  [
    'column.computed',
    'sqlserver',
    `CREATE TABLE [dbo].[OrderLine] (
    [UnitPrice] [money] NOT NULL,
    [Discount] [money] NOT NULL,
    [LineTotal] AS ISNULL([UnitPrice] * (1.0 - [Discount]) * [Qty], 0.0) PERSISTED,
    [Qty] [smallint] NOT NULL,
    [Ref] AS 'OL' + CONVERT(nvarchar(10), [Qty]))
GO`,
    "CREATE TABLE orderline ( unitprice numeric(19,4) NOT NULL, discount numeric(19,4) NOT NULL, linetotal numeric GENERATED ALWAYS AS (COALESCE(unitprice * (1.0 - discount) * qty, 0.0)) STORED, qty smallint NOT NULL, ref text GENERATED ALWAYS AS ('OL' || CAST(qty AS varchar(10))) STORED );",
  ],
  [
    'column.computed',
    'sqlserver',
    `CREATE TABLE [dbo].[Item] (
    [Name] NVARCHAR (100) NOT NULL,
    [Brand] NVARCHAR (50) NULL,
    [Search] AS (CONCAT([Name], N' ', [Brand])),
    [Sold] INT NOT NULL,
    [Returned] SMALLINT NOT NULL,
    [Net] AS ([Sold] - [Returned]))
GO`,
    "CREATE TABLE item ( name varchar(100) NOT NULL, brand varchar(50) NULL, search text GENERATED ALWAYS AS ((coalesce(name, '') || coalesce(' ', '') || coalesce(brand, ''))) STORED, sold INT NOT NULL, returned SMALLINT NOT NULL, net integer GENERATED ALWAYS AS (sold - returned) STORED );",
  ],
  [
    'type.alias',
    'sqlserver',
    `CREATE TYPE [dbo].[Flag] FROM [bit] NOT NULL
GO
CREATE TYPE [dbo].[Name] FROM [nvarchar](50) NULL
GO
CREATE TABLE [dbo].[Shift] (
    [Name] [dbo].[Name] NOT NULL,
    [Night] [dbo].[Flag] CONSTRAINT [DF_Shift_Night] DEFAULT (0),
    [Spare] [dbo].[Flag] NULL)
GO`,
    'CREATE DOMAIN flag AS boolean; CREATE DOMAIN public.name AS varchar(50); CREATE TABLE shift ( name public.name NOT NULL, night flag NOT NULL CONSTRAINT df_shift_night DEFAULT false, spare flag NULL );',
  ],
  [
    'comment.extended-property',
    'sqlserver',
    `CREATE SCHEMA [Person] AUTHORIZATION [dbo]
GO
CREATE TABLE [Person].[Address] ([AddressID] int NOT NULL)
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Street addresses.', @level0type=N'SCHEMA', @level0name=N'Person', @level1type=N'TABLE', @level1name=N'Address';
GO
EXEC sp_addextendedproperty N'MS_Description', N'Primary key, it''s unique.', N'SCHEMA', N'Person', N'TABLE', N'Address', N'COLUMN', N'AddressID';
GO`,
    "CREATE SCHEMA person; CREATE TABLE person.address ( addressid int NOT NULL ); COMMENT ON TABLE person.address IS 'Street addresses.'; COMMENT ON COLUMN person.address.addressid IS 'Primary key, it''s unique.';",
  ],
  [
    'type.table-type',
    'sqlserver',
    `CREATE TYPE [dbo].[OrderList] AS TABLE (
    [OrderReference] INT NOT NULL,
    [Comments] NVARCHAR (MAX) NULL,
    PRIMARY KEY NONCLUSTERED ([OrderReference] ASC))
    WITH (MEMORY_OPTIMIZED = ON);
GO`,
    'CREATE TYPE orderlist AS ( orderreference INT, comments text );',
  ],
  [
    'storage.memory-optimized',
    'sqlserver',
    `CREATE TABLE [dbo].[Reading] (
    [ReadingID] BIGINT IDENTITY (1, 1) NOT NULL,
    [Sensor] INT NOT NULL,
    CONSTRAINT [PK_Reading] PRIMARY KEY NONCLUSTERED HASH ([ReadingID]) WITH (BUCKET_COUNT = 1024),
    INDEX [IX_Reading_Sensor] NONCLUSTERED ([Sensor]))
WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA);
GO`,
    'CREATE TABLE reading ( readingid BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL, sensor INT NOT NULL, CONSTRAINT pk_reading PRIMARY KEY (readingid) ); CREATE INDEX ix_reading_sensor ON reading (sensor);',
  ],
  [
    'table.temporal',
    'sqlserver',
    `CREATE TABLE [dbo].[Price] (
    [PriceID] INT NOT NULL PRIMARY KEY CLUSTERED,
    [Amount] DECIMAL (18, 2) NOT NULL,
    [ValidFrom] DATETIME2 (7) GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,
    [ValidTo] DATETIME2 (7) GENERATED ALWAYS AS ROW END HIDDEN NOT NULL,
    PERIOD FOR SYSTEM_TIME ([ValidFrom], [ValidTo]))
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = [dbo].[PriceHistory]));
GO`,
    "CREATE TABLE price ( priceid INT NOT NULL PRIMARY KEY, amount DECIMAL (18, 2) NOT NULL, validfrom timestamp(6) DEFAULT (now() AT TIME ZONE 'utc') NOT NULL, validto timestamp(6) DEFAULT '9999-12-31 23:59:59.999999' NOT NULL );",
  ],
  [
    'column.sparse',
    'sqlserver',
    `CREATE TABLE [dbo].[Contact] (
    [ContactID] INT NOT NULL,
    [Fax] NVARCHAR (20) SPARSE NULL,
    [Extras] XML COLUMN_SET FOR ALL_SPARSE_COLUMNS)
GO`,
    'CREATE TABLE contact ( contactid INT NOT NULL, fax varchar(20) NULL );',
  ],
  [
    'column.filestream',
    'sqlserver',
    `CREATE TABLE [dbo].[Photo] (
    [PhotoGuid] UNIQUEIDENTIFIER ROWGUIDCOL NOT NULL UNIQUE DEFAULT NEWSEQUENTIALID(),
    [Data] VARBINARY (MAX) FILESTREAM NULL)
FILESTREAM_ON [Photos];
GO`,
    'CREATE TABLE photo ( photoguid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(), data bytea NULL );',
  ],
  [
    'type.xml-collection',
    'sqlserver',
    `CREATE TABLE [dbo].[Manual] (
    [ManualID] INT NOT NULL,
    [Steps] [xml](CONTENT [dbo].[StepsSchema]) NULL)
GO`,
    'CREATE TABLE manual ( manualid INT NOT NULL, steps xml NULL );',
  ],
  [
    'expr.like-brackets',
    'sqlserver',
    `CREATE TABLE [dbo].[Card] (
    [Number] VARCHAR (25) NOT NULL CHECK ([Number] NOT LIKE '%[^0-9]%'),
    [Code] CHAR (7) NOT NULL,
    CONSTRAINT [CK_Card_Code] CHECK ([Code] LIKE '[A-Z][A-Z]-[0-9][0-9][0-9][0-9]'))
GO
CREATE VIEW [dbo].[vCard] AS SELECT [Code] FROM [dbo].[Card] WHERE [Code] LIKE 'A[^B]%' OR [Code] LIKE '%[%]' ESCAPE '!'
GO`,
    "CREATE TABLE card ( number varchar(25) NOT NULL CHECK (number !~ '[^0-9]'), code char(7) NOT NULL, CONSTRAINT ck_card_code CHECK (code ~ '^[A-Z][A-Z]-[0-9][0-9][0-9][0-9]$') ); CREATE VIEW vcard AS SELECT code FROM card WHERE code ~ '^A[^B]' OR code ~ '[%]$';",
  ],
  [
    'expr.like-escape',
    'sqlserver',
    `CREATE TABLE [dbo].[FilePath] ([Path] NVARCHAR (260) NOT NULL CHECK ([Path] LIKE 'C:\\%'))
GO`,
    "CREATE TABLE filepath ( path varchar(260) NOT NULL CHECK (path LIKE 'C:\\%' ESCAPE '') );",
  ],
];
