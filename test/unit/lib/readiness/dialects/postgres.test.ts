/** PostgreSQL (dialects/postgres.ts): the target itself, verified as written; psql splitting, fixture-driven. */
import { conversionCases, splitCases } from './profile-fixture';

conversionCases('postgres', [
  [
    'a table is kept as written',
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, d date, f float4)',
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, d date, f float4);',
    '',
  ],
  // The other databases' type maps do not apply: DATE stays a date, REAL stays real, FLOAT(10) stays as written.
  [
    'types are kept as written',
    'CREATE TABLE t (d date, r real, f float(10), b bit(8))',
    'CREATE TABLE t (d date, r real, f float(10), b bit(8));',
    '',
  ],
  [
    'a dollar-quoted function is kept',
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$',
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;',
    '',
  ],
]);

splitCases('postgres', [
  [
    'psql meta-commands are the client’s; $$ bodies keep their ;',
    "\\connect shop\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nSELECT E'a\\';b';",
    ['client: \\connect shop', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql', "SELECT E'a\\';b'"],
  ],
  ['block comments nest', 'SELECT 1 /* outer /* inner; */ still; */;\nSELECT 2;', ['SELECT 1', 'SELECT 2']],
]);
