/**
 * Is the database still as it started? The analysis leaves a big script's committed objects behind for the host
 * (see AnalyseOptions.keepCommitted), which then starts PostgreSQL again from the prepared directory instead of
 * dropping them one by one (about 1.5 s of a 1 MB schema's 5 s). The hosts (the CLI's worker thread and the page's
 * Web Worker, through analysis-worker-host.ts) compare this fingerprint (count and highest OID of every catalog
 * where DDL leaves a row) after each analysis with the one taken at the start; `npm run bench:readiness` measures the
 * check (about 20 ms) against a new start (0.13–0.2 s in Node).
 */
import type { SqlEngine } from './analyse.ts';

/** Catalogs where the DDL of a script leaves rows: a created object raises the count or the highest OID. */
const fingerprintCatalogs = [
  'pg_namespace',
  'pg_class',
  'pg_type',
  'pg_proc',
  'pg_constraint',
  'pg_trigger',
  'pg_event_trigger',
  'pg_extension',
  'pg_authid',
  'pg_database',
  'pg_tablespace',
  'pg_language',
  'pg_cast',
  'pg_operator',
  'pg_collation',
  'pg_conversion',
  'pg_ts_config',
  'pg_foreign_server',
  'pg_publication',
  'pg_policy',
  'pg_rewrite',
  'pg_default_acl',
];

const fingerprintSql = `SELECT concat_ws(',', ${fingerprintCatalogs
  .map((c) => `(SELECT count(*) || ':' || coalesce(max(oid::int8), 0) FROM pg_catalog.${c})`)
  .join(
    ', ',
  )}, (SELECT count(*) FROM pg_catalog.pg_description), (SELECT count(*) FROM pg_catalog.pg_db_role_setting)) AS fingerprint`;

/** The catalogs' fingerprint; undefined when the database cannot answer (then it must be started again). */
export async function catalogFingerprint(pg: Pick<SqlEngine, 'query'>): Promise<string | undefined> {
  try {
    return (await pg.query<{ fingerprint: string }>(fingerprintSql)).rows[0]?.fingerprint;
  } catch {
    return undefined;
  }
}
