import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../../src/lib/readiness/dialects/detect-dialect';
import { convertScript, sharedPglite } from './idiom-fixture';

const db = sharedPglite();

/**
 * Loads a converted script in a transaction, runs `probe` and returns its first row's first value (or the error
 * message), then rolls back. Every statement must convert without blockers.
 */
async function loadAndProbe(script: string, dialect: Dialect, data: string, probe: string): Promise<unknown> {
  const all = convertScript(script, dialect).filter((c) => !c.notApplicable);
  for (const c of all) expect(c.blockers, c.sql).toEqual([]);
  await db().exec('BEGIN');
  try {
    for (const c of all) await db().exec(c.sql);
    await db().exec(data);
    const result = await db().query<Record<string, unknown>>(probe);
    return Object.values(result.rows[0] ?? {})[0];
  } catch (error) {
    return (error as Error).message;
  } finally {
    await db().exec('ROLLBACK');
  }
}

const oracleOrders = `
CREATE TABLE order_items (order_id NUMBER(9), unit_price NUMBER(10,2), quantity NUMBER(6));
CREATE TABLE orders (order_id NUMBER(9) PRIMARY KEY, order_status VARCHAR2(10));
`;
const orderRows = `INSERT INTO orders VALUES (1, 'OPEN'); INSERT INTO order_items VALUES (1, 2.50, 4), (1, 1.25, 2);`;

describe('Oracle routine bodies → PL/pgSQL, loaded and called in PostgreSQL', () => {
  it('function with SELECT INTO, IF and RETURN returns the total', async () => {
    // 2.50 × 4 + 1.25 × 2 = 10.00 + 2.50 = 12.50; an order without items gives 0 through the IF.
    const script = `${oracleOrders}
CREATE OR REPLACE FUNCTION order_total (p_order_id IN NUMBER) RETURN NUMBER IS
  v_total NUMBER := 0;
BEGIN
  SELECT SUM(unit_price * quantity) INTO v_total FROM order_items WHERE order_id = p_order_id;
  IF v_total IS NULL THEN
    v_total := 0;
  END IF;
  RETURN v_total;
END order_total;
/`;
    expect(Number(await loadAndProbe(script, 'oracle', orderRows, 'SELECT order_total(1)'))).toBe(12.5);
    expect(Number(await loadAndProbe(script, 'oracle', orderRows, 'SELECT order_total(2)'))).toBe(0);
  });

  it('procedure with RAISE_APPLICATION_ERROR raises, and with UPDATE changes the row', async () => {
    const script = `${oracleOrders}
CREATE OR REPLACE PROCEDURE set_status (p_order_id IN NUMBER, p_status IN VARCHAR2) AS
  v_count INTEGER;
BEGIN
  SELECT COUNT(*) INTO v_count FROM orders WHERE order_id = p_order_id;
  IF v_count = 0 THEN
    RAISE_APPLICATION_ERROR(-20002, 'No order ' || p_order_id);
  END IF;
  UPDATE orders SET order_status = p_status WHERE order_id = p_order_id;
END;
/`;
    expect(await loadAndProbe(script, 'oracle', orderRows, "CALL set_status(7, 'PAID')")).toBe('No order 7');
    expect(
      await loadAndProbe(
        script,
        'oracle',
        `${orderRows} CALL set_status(1, 'PAID');`,
        'SELECT order_status FROM orders WHERE order_id = 1',
      ),
    ).toBe('PAID');
  });

  it('WHILE loop with DELETE and a counter', async () => {
    // Three passes delete items of order 1 (first pass removes both); the counter ends at 3.
    const script = `${oracleOrders}
CREATE TABLE runs (n NUMBER(3));
CREATE OR REPLACE PROCEDURE purge (p_order_id IN NUMBER) IS
  v_done INTEGER := 0;
BEGIN
  WHILE v_done < 3 LOOP
    DELETE FROM order_items WHERE order_id = p_order_id;
    v_done := v_done + 1;
  END LOOP;
  INSERT INTO runs (n) VALUES (v_done);
END purge;
/`;
    expect(
      await loadAndProbe(
        script,
        'oracle',
        `${orderRows} CALL purge(1);`,
        'SELECT n * 100 + (SELECT count(*) FROM order_items) FROM runs',
      ),
    ).toBe(300);
  });
});

const mysqlLanguage = `CREATE TABLE language (language_id INT NOT NULL, name CHAR(20) NOT NULL, PRIMARY KEY (language_id));`;
const languageRows = `INSERT INTO language VALUES (1, 'English'), (2, 'Italian');`;

describe('MySQL routine bodies → PL/pgSQL, loaded and called in PostgreSQL', () => {
  it('procedure with DECLARE, SELECT INTO, IF and SIGNAL raises the message', async () => {
    const script = `${mysqlLanguage}
DELIMITER ;;
CREATE DEFINER=\`root\`@\`localhost\` PROCEDURE rename_language(IN p_id INT, IN p_name VARCHAR(20))
BEGIN
  DECLARE v_count INT DEFAULT 0;
  SELECT COUNT(*) INTO v_count FROM language WHERE language_id = p_id;
  IF v_count = 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'No such language';
  END IF;
  UPDATE language SET name = p_name WHERE language_id = p_id;
END;;
DELIMITER ;`;
    expect(await loadAndProbe(script, 'mysql', languageRows, "CALL rename_language(9, 'x')")).toBe('No such language');
    expect(
      await loadAndProbe(
        script,
        'mysql',
        `${languageRows} CALL rename_language(2, 'Latin');`,
        'SELECT trim(name) FROM language WHERE language_id = 2',
      ),
    ).toBe('Latin');
  });

  it('function with ELSEIF and RETURN, and WHILE with SET', async () => {
    const script = `${mysqlLanguage}
DELIMITER $$
CREATE FUNCTION capped_count(p_limit INT) RETURNS INT
    READS SQL DATA
BEGIN
  DECLARE v_n INT;
  DECLARE v_i INT DEFAULT 0;
  SELECT COUNT(*) INTO v_n FROM language;
  WHILE v_i < 5 DO
    SET v_i = v_i + 1;
  END WHILE;
  IF v_n > 100 THEN
    RETURN 100;
  ELSEIF v_n > p_limit THEN
    RETURN v_i;
  END IF;
  RETURN v_n;
END $$
DELIMITER ;`;
    // v_n = 2 > p_limit 1 → returns v_i = 5 (five passes of the WHILE); with p_limit 9 → returns v_n = 2.
    expect(await loadAndProbe(script, 'mysql', languageRows, 'SELECT capped_count(1)')).toBe(5);
    expect(await loadAndProbe(script, 'mysql', languageRows, 'SELECT capped_count(9)')).toBe(2);
  });

  it('TO_DAYS differences compute day counts', async () => {
    // TO_DAYS('1995-05-01') = 728779 (MySQL manual); 2024-03-01 − 2024-02-01 = 29 days (leap year).
    const script = `CREATE TABLE r (a DATETIME, b DATETIME);
DELIMITER $$
CREATE FUNCTION days_late() RETURNS INT
BEGIN
  DECLARE v INT;
  SELECT TO_DAYS(b) - TO_DAYS(a) INTO v FROM r;
  RETURN v;
END $$
CREATE FUNCTION day_number() RETURNS INT
BEGIN
  RETURN TO_DAYS('1995-05-01');
END $$
DELIMITER ;`;
    const rows = "INSERT INTO r VALUES ('2024-02-01 10:00', '2024-03-01 09:00');";
    expect(await loadAndProbe(script, 'mysql', rows, 'SELECT days_late()')).toBe(29);
    expect(await loadAndProbe(script, 'mysql', rows, 'SELECT day_number()')).toBe(728779);
  });

  it('a trigger that records CURRENT_USER() writes the role name', async () => {
    const script = `CREATE TABLE t (s INT);
CREATE TABLE audit (who VARCHAR(100), s INT);
DELIMITER $$
CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW
BEGIN
  INSERT INTO audit (who, s) VALUES (CURRENT_USER(), NEW.s);
END $$
DELIMITER ;`;
    expect(await loadAndProbe(script, 'mysql', 'INSERT INTO t VALUES (7)', "SELECT who || ':' || s FROM audit")).toBe(
      'postgres:7',
    );
  });

  it('session (@v) and server (@@v) variables are blockers that say what to use, not a syntax error', () => {
    // PostgreSQL would even accept `SELECT @total`: prefix @ is its absolute-value operator.
    const [fn] = convertScript(
      `DELIMITER $$
CREATE FUNCTION f(total INT) RETURNS INT
BEGIN
  SET @last_total = total;
  RETURN @total + @@auto_increment_increment;
END $$
DELIMITER ;`,
      'mysql',
    ).filter((c) => !c.notApplicable);
    expect(fn!.blockers).toEqual([
      'line 4: user variable @last_total lives for the whole session: use a PL/pgSQL variable, or set_config() / current_setting() if other code reads it',
      'line 5: user variable @total lives for the whole session: use a PL/pgSQL variable, or set_config() / current_setting() if other code reads it',
      'line 5: server variable @@auto_increment_increment: read it with current_setting() or SHOW',
    ]);
  });
});
