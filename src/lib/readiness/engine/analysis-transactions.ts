/**
 * The analysis's transactions. Every statement runs under its own savepoint; the savepoints live in a transaction
 * that is committed every `statementsPerTransaction` statements, because one transaction holding the locks of a few
 * thousand CREATE TABLEs overflows PostgreSQL's lock table ("out of shared memory", max_locks_per_transaction).
 * Once something was committed, the end of the analysis drops what it created, in bounded transactions too, so the
 * database is empty again for the next analysis (the engine must be dedicated to the analysis, as in the worker).
 */
import { quoteIdent } from '../report/export-escaping.ts';

/** What the transactions need from PostgreSQL (a subset of analyse.ts's SqlEngine). */
interface Engine {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** Statements per transaction: a few locks each stay far below the lock table of a default PostgreSQL. */
export const statementsPerTransaction = 256;
/** Commits between checkpoints (about 2,000 statements: a few WAL segments). */
const checkpointEvery = 8;
/** Relations dropped per transaction at the end. */
const dropsPerTransaction = 100;

/** The analysis's transaction: begin, count statements, commit when the count is reached, and clean up. */
export interface AnalysisTransaction {
  begin(): Promise<void>;
  /** Counts `n` statements about to run; commits and begins again first when the transaction is full. */
  beforeStatements(n: number): Promise<void>;
  /** Rolls back what is not committed and drops what was. */
  discard(): Promise<void>;
}

/**
 * Opens the analysis's transactions; `setup` runs at the start of each (SET LOCAL …). With `keepCommitted`, `discard`
 * only rolls back: the caller drops the whole database instead.
 */
export function analysisTransaction(
  engine: Engine,
  setup: () => Promise<void>,
  limit = statementsPerTransaction,
  keepCommitted = false,
): AnalysisTransaction {
  let count = 0;
  let commits = 0;
  let committed = false;
  let schemasBefore: string[] = [];
  const begin = async () => {
    await engine.exec('BEGIN');
    await setup();
  };
  return {
    async begin() {
      schemasBefore = (await engine.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows.map((r) => r.n);
      await begin();
    },
    async beforeStatements(n) {
      if (count > 0 && count + n > limit) {
        await engine.exec('COMMIT');
        // Lets PostgreSQL recycle its WAL: without it, a big script piles up to max_wal_size (1 GB) of segments in
        // PGlite's file system (memory, in the browser).
        if (++commits % checkpointEvery === 0) await engine.exec('CHECKPOINT');
        committed = true;
        count = 0;
        await begin();
      }
      count += n;
    },
    async discard() {
      await engine.exec('ROLLBACK').catch(() => undefined); // already rolled back after an error
      if (committed && !keepCommitted) await dropCreated(engine, schemasBefore);
    },
  };
}

const dropCommands: Record<string, string> = {
  r: 'TABLE',
  p: 'TABLE',
  f: 'FOREIGN TABLE',
  v: 'VIEW',
  m: 'MATERIALIZED VIEW',
  S: 'SEQUENCE',
};

/** Drops the relations in public and in new schemas a batch at a time, then the schemas; public is re-created. */
async function dropCreated(engine: Engine, schemasBefore: string[]): Promise<void> {
  const schemas = [
    'public',
    ...(await engine.query<{ n: string }>('SELECT nspname AS n FROM pg_namespace')).rows
      .map((r) => r.n)
      .filter((n) => !schemasBefore.includes(n)),
  ];
  for (;;) {
    const { rows } = await engine.query<{ schema: string; name: string; kind: string }>(
      `SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') LIMIT ${dropsPerTransaction}`,
      [schemas],
    );
    if (rows.length === 0) break;
    const drops = rows.map(
      (r) => `DROP ${dropCommands[r.kind]} IF EXISTS ${quoteIdent(r.schema)}.${quoteIdent(r.name)} CASCADE;`,
    );
    await engine.exec(`BEGIN; ${drops.join(' ')} COMMIT;`).catch(async (e: unknown) => {
      await engine.exec('ROLLBACK');
      throw e;
    });
  }
  await engine.exec(
    `BEGIN; ${schemas.map((s) => `DROP SCHEMA IF EXISTS ${quoteIdent(s)} CASCADE;`).join(' ')}
     CREATE SCHEMA public AUTHORIZATION pg_database_owner; GRANT USAGE ON SCHEMA public TO PUBLIC; COMMIT;`,
  );
}
