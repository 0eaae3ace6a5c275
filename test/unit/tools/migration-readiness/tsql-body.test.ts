/**
 * T-SQL procedure and function bodies → PL/pgSQL (convert/tsql-body.ts): fixture pairs (source → expected
 * PostgreSQL, created in PGlite), then the converted routines are called to check they behave as the T-SQL did,
 * and the constructs left to a human say why.
 */
import { describe, expect, it } from 'vitest';
import { convertScript, flat, runsInPostgres, sharedPglite } from './idiom-fixture';

const db = sharedPglite();

const table = 'CREATE TABLE dbo.Stock (ProductID int NOT NULL PRIMARY KEY, Quantity int NOT NULL)\nGO\n';

// [what, source (after the Stock table), expected PostgreSQL, finding expected (or undefined)]
const fixtures: [string, string, string, RegExp | undefined][] = [
  [
    'scalar function: DECLARE, SET, REPLICATE and + on text, RETURN',
    `CREATE FUNCTION dbo.ufnLeadingZeros(@Value int)
RETURNS varchar(8)
WITH SCHEMABINDING
AS
BEGIN
    DECLARE @ReturnValue varchar(8);
    SET @ReturnValue = CONVERT(varchar(8), @Value);
    SET @ReturnValue = REPLICATE('0', 8 - DATALENGTH(@ReturnValue)) + @ReturnValue;
    RETURN (@ReturnValue);
END;`,
    `CREATE OR REPLACE FUNCTION ufnLeadingZeros(p_value int) RETURNS varchar(8)
LANGUAGE plpgsql
AS $body$
DECLARE
  v_returnvalue varchar(8);
BEGIN
  v_returnvalue := CAST(p_value AS varchar(8));
  v_returnvalue := repeat ('0', 8 - octet_length(v_returnvalue)) || v_returnvalue;
  RETURN (v_returnvalue);
END;
$body$;`,
    undefined,
  ],
  [
    'scalar function: SELECT @v = aggregate FROM, IF without BEGIN',
    `CREATE FUNCTION dbo.ufnGetStock(@ProductID [int])
RETURNS [int]
AS
BEGIN
    DECLARE @ret int;
    SELECT @ret = SUM(s.[Quantity]) FROM [dbo].[Stock] s WHERE s.[ProductID] = @ProductID;
    IF (@ret IS NULL)
        SET @ret = 0;
    RETURN @ret;
END;`,
    `CREATE OR REPLACE FUNCTION ufnGetStock(p_productid int) RETURNS int
LANGUAGE plpgsql
AS $body$
DECLARE
  v_ret int;
BEGIN
  SELECT SUM(s.quantity) INTO v_ret FROM stock s WHERE s.productid = p_productid;
  IF (v_ret IS NULL) THEN
    v_ret := 0;
  END IF;
  RETURN v_ret;
END;
$body$;`,
    /when no row matches, PostgreSQL sets the variables to NULL/,
  ],
  [
    'procedure: OUTPUT parameter, WHILE / BREAK, +=, RAISERROR, @@ROWCOUNT, THROW, TRY / CATCH, PRINT',
    `CREATE PROCEDURE dbo.uspTakeStock
    @ProductID int,
    @Qty int,
    @Left int = NULL OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @i int = 0;
    IF @Qty <= 0
    BEGIN
        RAISERROR('Quantity must be positive, got %d.', 16, 1, @Qty);
        RETURN;
    END
    WHILE @i < @Qty
    BEGIN
        SET @i += 1;
        IF @i > 100 BREAK;
    END
    UPDATE dbo.Stock SET Quantity = Quantity - @i WHERE ProductID = @ProductID;
    IF @@ROWCOUNT = 0
        THROW 50001, N'Unknown product.', 1;
    SELECT @Left = Quantity FROM dbo.Stock WHERE ProductID = @ProductID;
    BEGIN TRY
        INSERT INTO dbo.Stock (ProductID, Quantity) VALUES (@ProductID, 0);
    END TRY
    BEGIN CATCH
        PRINT 'duplicate: ' + ERROR_MESSAGE();
    END CATCH
END`,
    `CREATE OR REPLACE PROCEDURE uspTakeStock(p_productid int, p_qty int, INOUT p_left int DEFAULT NULL)
LANGUAGE plpgsql
AS $body$
DECLARE
  v_rowcount bigint;
  v_i int;
BEGIN
  v_i := 0;
  IF p_qty <= 0 THEN
    RAISE EXCEPTION 'Quantity must be positive, got %.', p_qty;
    RETURN;
  END IF;
  WHILE v_i < p_qty LOOP
    v_i := v_i + 1;
    IF v_i > 100 THEN
      EXIT;
    END IF;
  END LOOP;
  UPDATE Stock SET Quantity = Quantity - v_i WHERE ProductID = p_productid;
  GET DIAGNOSTICS v_rowcount = ROW_COUNT;
  IF v_rowcount = 0 THEN
    RAISE EXCEPTION 'Unknown product.' USING DETAIL = 'T-SQL error 50001';
  END IF;
  SELECT Quantity INTO p_left FROM Stock WHERE ProductID = p_productid;
  GET DIAGNOSTICS v_rowcount = ROW_COUNT;
  BEGIN
    INSERT INTO Stock (ProductID, Quantity) VALUES (p_productid, 0);
    GET DIAGNOSTICS v_rowcount = ROW_COUNT;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE '%', 'duplicate: ' || SQLERRM;
  END;
END;
$body$;`,
    /SELECT … INTO/,
  ],
  [
    'bit parameters and variables: 0 / 1 become false / true next to them',
    'CREATE FUNCTION dbo.ufnFlag(@On bit) RETURNS int AS BEGIN DECLARE @b bit = 1; IF @On = 1 AND @b <> 0 RETURN 1; RETURN 0; END',
    `CREATE OR REPLACE FUNCTION ufnFlag(p_on boolean) RETURNS int
LANGUAGE plpgsql
AS $body$
DECLARE
  v_b boolean;
BEGIN
  v_b := true;
  IF p_on = true AND v_b <> false THEN
    RETURN 1;
  END IF;
  RETURN 0;
END;
$body$;`,
    undefined,
  ],
  [
    'procedure result set: OPEN result1 FOR the SELECT, alias = expr → expr AS alias',
    'CREATE PROCEDURE dbo.uspList @Min int AS SELECT ProductID, Qty = Quantity FROM dbo.Stock WHERE Quantity >= @Min ORDER BY ProductID',
    `CREATE OR REPLACE PROCEDURE uspList(p_min int, INOUT result1 refcursor DEFAULT NULL)
LANGUAGE plpgsql
AS $body$
BEGIN
  OPEN result1 FOR SELECT ProductID, Quantity AS Qty FROM Stock WHERE Quantity >= p_min ORDER BY ProductID;
END;
$body$;`,
    /INOUT refcursor parameter .* FETCH ALL FROM the cursor/,
  ],
];

const convertAll = (source: string) => convertScript(`${table}${source}\nGO\n`, 'sqlserver');

describe('T-SQL routine bodies: source → expected PL/pgSQL, created in PostgreSQL', () => {
  it.each(fixtures)('%s', async (_what, source, expected, finding) => {
    const all = convertAll(source);
    const last = all[all.length - 1]!;
    expect(last.blockers).toEqual([]);
    expect(flat(last.sql)).toBe(flat(expected));
    expect(last.rules.map((r) => r.id)).toContain('plsql.tsql-body');
    if (finding) expect(last.warnings.join('\n')).toMatch(finding);
    expect(await runsInPostgres(db(), all.slice(0, -1), expected)).toBe('');
  });
});

/** Runs the converted script, then `queries`; returns each query's rows or error message. */
async function run(source: string, queries: string[]): Promise<unknown[]> {
  const pg = db();
  const results: unknown[] = [];
  await pg.exec('BEGIN');
  try {
    for (const c of convertAll(source)) if (!c.notApplicable && c.sql) await pg.exec(c.sql);
    for (const q of queries) {
      await pg.exec('SAVEPOINT q');
      try {
        results.push((await pg.query(q)).rows);
      } catch (error) {
        results.push((error as Error).message);
        await pg.exec('ROLLBACK TO SAVEPOINT q');
      }
    }
    return results;
  } finally {
    await pg.exec('ROLLBACK');
  }
}

describe('the converted routines behave as the T-SQL did', () => {
  it('ufnLeadingZeros pads to 8 digits; ufnGetStock sums, 0 when there is no row', async () => {
    const source = `${fixtures[0]![1]}\nGO\n${fixtures[1]![1]}`;
    const rows = await run(source, [
      'INSERT INTO stock VALUES (1, 7), (2, 5)',
      'SELECT ufnleadingzeros(42) AS z, ufngetstock(1) AS one, ufngetstock(9) AS none',
    ]);
    expect(rows[1]).toEqual([{ z: '00000042', one: 7, none: 0 }]);
  });

  it('uspTakeStock: takes stock and returns what is left; raises the T-SQL errors', async () => {
    const rows = await run(fixtures[2]![1], [
      'INSERT INTO stock VALUES (1, 50)',
      'CALL usptakestock(1, 5, NULL)',
      'CALL usptakestock(9, 5, NULL)',
      'CALL usptakestock(1, 0, NULL)',
      'SELECT quantity FROM stock WHERE productid = 1',
    ]);
    // 50 − 5 = 45; the duplicate INSERT inside TRY is caught (a notice), so the call succeeds.
    expect(rows[1]).toEqual([{ p_left: 45 }]);
    expect(rows[2]).toBe('Unknown product.');
    expect(rows[3]).toBe('Quantity must be positive, got 0.');
    expect(rows[4]).toEqual([{ quantity: 45 }]);
  });
});

describe('a result-set procedure hands its rows back through a refcursor', () => {
  it('CALL, then FETCH ALL FROM the cursor in the same transaction', async () => {
    const rows = await run(fixtures[4]![1], [
      'INSERT INTO stock VALUES (1, 7), (2, 50), (3, 12)',
      "CALL uspList(10, 'stock_cursor')",
      'FETCH ALL FROM stock_cursor',
    ]);
    expect(rows[1]).toEqual([{ result1: 'stock_cursor' }]);
    expect(rows[2]).toEqual([
      { productid: 2, qty: 50 },
      { productid: 3, qty: 12 },
    ]);
  });
});

describe('T-SQL bodies that need a human say why', () => {
  it.each<[string, string, RegExp]>([
    [
      'explicit transaction',
      'CREATE PROCEDURE dbo.uspT AS BEGIN BEGIN TRANSACTION; DELETE FROM dbo.Stock; COMMIT TRANSACTION; END',
      /explicit transaction/,
    ],
    [
      'UPDATE … FROM',
      'CREATE PROCEDURE dbo.uspU AS UPDATE s SET Quantity = 0 FROM dbo.Stock s JOIN dbo.Stock t ON t.ProductID = s.ProductID',
      /UPDATE … FROM/,
    ],
    ['cursor', 'CREATE PROCEDURE dbo.uspC AS BEGIN DECLARE c CURSOR FOR SELECT 1; END', /cursor/],
    [
      'CONVERT with a style whose fractional seconds differ (121)',
      'CREATE FUNCTION dbo.f(@d datetime) RETURNS int AS BEGIN RETURN CONVERT(int, CONVERT(char(23), @d, 121)); END',
      /CONVERT with a style/,
    ],
    ['dynamic SQL', "CREATE PROCEDURE dbo.uspD AS EXEC (N'SELECT 1')", /dynamic SQL/],
    [
      'table-valued function',
      'CREATE FUNCTION dbo.tvf() RETURNS TABLE AS RETURN (SELECT 1 AS a)',
      /table-valued function/,
    ],
  ])('%s', (_what, source, reason) => {
    const all = convertAll(source);
    expect(all[all.length - 1]!.blockers.join('\n')).toMatch(reason);
  });
});
