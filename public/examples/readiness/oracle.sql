REM Example written for the Breakeven migration readiness tool: a small shop schema in Oracle dialect.
SET ECHO OFF
SET DEFINE OFF
SPOOL shop_install.log
WHENEVER SQLERROR EXIT SQL.SQLCODE
PROMPT Creating the shop's tables ... (an apostrophe here must not open a string)
@@shop_settings.sql

-- A comment that mentions CREATE TABLE nowhere; and /* a block */ after it
/* Block comment: DROP TABLE orders; */

CREATE TABLE customers (
  customer_id    NUMBER(10)        NOT NULL,
  full_name      VARCHAR2(100 CHAR) NOT NULL,
  local_name     NVARCHAR2(100),
  credit_limit   NUMBER(12,2)      DEFAULT 0,
  rating         NUMBER,
  score          NUMBER(3),
  big_counter    NUMBER(18),
  huge_counter   NUMBER(25),
  ratio          BINARY_DOUBLE,
  notes          CLOB,
  photo          BLOB,
  token          RAW(16),
  legacy_text    LONG,
  created_on     DATE              DEFAULT SYSDATE NOT NULL,
  changed_at     TIMESTAMP(6) WITH LOCAL TIME ZONE DEFAULT SYSTIMESTAMP,
  seen_at        TIMESTAMP WITH TIME ZONE,
  profile        XMLTYPE,
  trial_period   INTERVAL DAY(3) TO SECOND(0),
  CONSTRAINT customers_credit_ck CHECK (credit_limit >= 0) ENABLE
)
TABLESPACE users
PCTFREE 10 INITRANS 2
STORAGE (INITIAL 64K NEXT 1M)
LOGGING;

CREATE UNIQUE INDEX customers_pk ON customers (customer_id) TABLESPACE users_idx;

ALTER TABLE customers ADD (
  CONSTRAINT customers_pk PRIMARY KEY (customer_id) USING INDEX customers_pk ENABLE
);

CREATE SEQUENCE customers_seq START WITH 1 INCREMENT BY 1 NOCACHE NOCYCLE NOMAXVALUE;

CREATE OR REPLACE TRIGGER customers_bi
BEFORE INSERT ON customers FOR EACH ROW
BEGIN
  IF :NEW.customer_id IS NULL THEN
    SELECT customers_seq.NEXTVAL INTO :NEW.customer_id FROM DUAL;
  END IF;
END;
/

CREATE TABLE orders (
  order_id     NUMBER(12) PRIMARY KEY,
  customer_id  NUMBER(10) NOT NULL REFERENCES customers (customer_id),
  status       VARCHAR2(10) DEFAULT 'NEW',
  note         VARCHAR2(200) DEFAULT q'[It's "quoted" here]',
  ordered_on   DATE DEFAULT SYSDATE
)
ORGANIZATION INDEX;

CREATE SEQUENCE orders_seq;
/

CREATE OR REPLACE TRIGGER orders_bi
BEFORE INSERT OR UPDATE ON orders
FOR EACH ROW
BEGIN
  IF INSERTING THEN
    :NEW.order_id := orders_seq.NEXTVAL;
  END IF;
  :NEW.status := NVL(:NEW.status, 'NEW');
END orders_bi;
/

ALTER TRIGGER orders_bi DISABLE;

CREATE INDEX orders_customer_ix ON orders (customer_id) PCTFREE 5 NOLOGGING COMPUTE STATISTICS;

CREATE INDEX orders_status_ix ON orders (status);

CREATE GLOBAL TEMPORARY TABLE order_staging (
  order_id NUMBER(12),
  payload  VARCHAR2(4000)
) ON COMMIT PRESERVE ROWS;

CREATE TABLE order_archive (
  order_id   NUMBER(12),
  ordered_on DATE,
  archived   TIMESTAMP(9),
  offset     NUMBER(5)
)
PARTITION BY RANGE (ordered_on) (
  PARTITION p2024 VALUES LESS THAN (DATE '2025-01-01')
);

CREATE TABLE stores (
  store_id  NUMBER(6) PRIMARY KEY,
  location  SDO_GEOMETRY
);

CREATE INDEX stores_location_ix ON stores (location);

CREATE OR REPLACE VIEW customer_summary (customer_id, label, credit, last_seen) AS
SELECT c.customer_id,
       DECODE(c.rating, 1, 'gold', 2, 'silver', 'bronze') || ' / ' || NVL(c.local_name, c.full_name),
       NVL2(c.credit_limit, c.credit_limit, 0),
       SYSDATE
FROM customers c
WITH READ ONLY;

CREATE OR REPLACE VIEW next_numbers AS
SELECT orders_seq.NEXTVAL AS next_order, SYSDATE AS taken_at FROM DUAL;

CREATE OR REPLACE VIEW customer_orders AS
SELECT c.full_name, o.order_id
FROM customers c, orders o
WHERE c.customer_id = o.customer_id(+);

CREATE OR REPLACE VIEW store_list AS
SELECT store_id FROM stores;

CREATE OR REPLACE VIEW order_tree AS
SELECT order_id, LEVEL AS depth
FROM orders
START WITH status = 'NEW'
CONNECT BY PRIOR order_id = customer_id;

CREATE OR REPLACE VIEW order_tree_top AS
SELECT order_id FROM order_tree WHERE depth = 1;

CREATE OR REPLACE PROCEDURE close_order (
  p_order_id IN  orders.order_id%TYPE,
  p_reason   IN  VARCHAR2,
  p_rows     OUT NUMBER
) IS
  v_status VARCHAR2(10);
BEGIN
  SELECT status INTO v_status FROM orders WHERE order_id = p_order_id;
  IF v_status = 'CLOSED' THEN
    RAISE_APPLICATION_ERROR(-20001, 'Order ' || p_order_id || ' is already closed');
  END IF;
  UPDATE orders SET status = 'CLOSED' WHERE order_id = p_order_id;
  p_rows := 1;
  DBMS_OUTPUT.PUT_LINE('closed ' || p_order_id);
EXCEPTION
  WHEN DUP_VAL_ON_INDEX THEN
    p_rows := 0;
END close_order;
/

CREATE OR REPLACE FUNCTION customer_total (p_customer_id NUMBER) RETURN NUMBER IS
  CURSOR c_orders IS SELECT order_id FROM orders WHERE customer_id = p_customer_id;
  v_count NUMBER := 0;
BEGIN
  FOR r IN c_orders LOOP
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
EXCEPTION
  WHEN OTHERS THEN
    RETURN -1;
END;
/

CREATE OR REPLACE FUNCTION order_label (p_order_id IN NUMBER, p_prefix IN VARCHAR2 DEFAULT 'ORD') RETURN VARCHAR2 IS
BEGIN
  RETURN p_prefix || '-' || TO_CHAR(p_order_id);
END order_label;
/

CREATE OR REPLACE FUNCTION ghost_total RETURN NUMBER IS
  v NUMBER;
BEGIN
  SELECT COUNT(*) INTO v FROM invoices;
  RETURN v;
END;
/

CREATE OR REPLACE PROCEDURE bulk_close IS
  TYPE id_list IS TABLE OF NUMBER;
  v_ids id_list;
BEGIN
  SELECT order_id BULK COLLECT INTO v_ids FROM orders;
  FORALL i IN 1 .. v_ids.COUNT
    UPDATE orders SET status = 'CLOSED' WHERE order_id = v_ids(i);
END;
/

CREATE OR REPLACE PROCEDURE log_change (p_table IN VARCHAR2) IS
BEGIN
  NULL;
END;
/

CREATE OR REPLACE TRIGGER orders_audit
AFTER DELETE ON orders
BEGIN
  log_change('orders');
END;
/

CREATE OR REPLACE PACKAGE shop_api AS
  FUNCTION version RETURN VARCHAR2;
END shop_api;
/

CREATE OR REPLACE PACKAGE BODY shop_api AS
  FUNCTION version RETURN VARCHAR2 IS
  BEGIN
    RETURN '1.0';
  END;
END shop_api;
/

CREATE OR REPLACE TYPE address_t AS OBJECT (
  street VARCHAR2(80),
  zip    NUMBER(5)
);
/

CREATE SYNONYM clients FOR customers;

COMMENT ON TABLE customers IS 'People who order; the '';'' inside must not split';

GRANT SELECT ON customers TO reporting_user;

INSERT INTO customers (customer_id, full_name) VALUES (1, 'First; customer');

COMMIT;

EXIT
