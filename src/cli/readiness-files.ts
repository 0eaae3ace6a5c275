/**
 * Several schema files in one CLI run, with one PostgreSQL start: the inputs (files, or directories read for their
 * .sql files, recursively, in name order) are analysed one after another in the same PGlite, started from the
 * prepared data directory (pglite-datadir-node.ts).
 *
 * Each file must see a fresh database. The analysis runs in a transaction it rolls back, so normally nothing stays;
 * to be sure, a fingerprint of the catalogs (count and highest OID of every catalog where DDL leaves a row) is taken
 * after the start and compared after each file. When it differs, or the database no longer answers, PGlite is
 * closed and started again from the prepared directory (`npm run bench:readiness` measures both: the check takes a
 * few milliseconds, a new start about a second).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { analyseScript, type AnalyseOptions, InputError, validateBytes, type Report } from '../lib/readiness/index.ts';
import { startPostgres } from '../lib/readiness/node.ts';

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
export async function catalogFingerprint(pg: PGlite): Promise<string | undefined> {
  try {
    return (await pg.query<{ fingerprint: string }>(fingerprintSql)).rows[0]?.fingerprint;
  } catch {
    return undefined;
  }
}

/** A path the user named that cannot be read, or a directory without .sql files. */
export class InputPathError extends Error {}

/** Every .sql file under a directory, recursively, sorted by path. */
async function sqlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.sql$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The files to analyse: each path as given, or a directory's .sql files. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      throw new InputPathError(`${path}: cannot read the file (${(e as Error).message}).`);
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await sqlFilesUnder(path);
    if (!found.length) throw new InputPathError(`${path}: the directory holds no .sql file.`);
    files.push(...found);
  }
  return [...new Set(files)];
}

/** One file's result: its report, or why it was not analysed (`input`: the file was rejected, exit code 2). */
export type FileResult = { file: string; report: Report } | { file: string; error: string; kind: 'input' };

/** What a run measured, for the summary line. */
export interface RunTimings {
  /** PostgreSQL's first start, in ms (0 when no file passed validation). */
  startMs: number;
  /** Starts after a file left something behind. */
  restarts: number;
  /** Wall time of the whole run except the first start, in ms. */
  analyseMs: number;
}

/** Reads and validates a file: the script, or an input error for the per-file summary. */
async function readScript(file: string): Promise<string | { error: string }> {
  try {
    return validateBytes(new Uint8Array(await readFile(file)));
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    return { error: `cannot read the file (${(e as Error).message}).` };
  }
}

/**
 * Analyses the files one after another with one PostgreSQL, each in a fresh database (see the top of this file).
 * `onResult` sees each result as it comes, so a long run prints as it goes. Errors other than bad input propagate.
 */
export async function analyseFiles(
  files: readonly string[],
  options: Pick<AnalyseOptions, 'dialect' | 'onProgress'>,
  onResult?: (result: FileResult) => void,
): Promise<{ results: FileResult[]; timings: RunTimings }> {
  const timings: RunTimings = { startMs: 0, restarts: 0, analyseMs: 0 };
  // Started on the first file that passes validation: a run of rejected files never waits for PostgreSQL.
  let engine: { pg: PGlite; fresh: string | undefined } | undefined;
  const ready = async () => {
    if (engine) return engine.pg;
    const started = performance.now();
    const pg = await startPostgres();
    if (!timings.startMs) timings.startMs = performance.now() - started;
    else timings.restarts++;
    engine = { pg, fresh: await catalogFingerprint(pg) };
    return pg;
  };
  const started = performance.now();
  const results: FileResult[] = [];
  try {
    for (const file of files) {
      const script = await readScript(file);
      let result: FileResult;
      if (typeof script !== 'string') result = { file, error: script.error, kind: 'input' };
      else {
        try {
          result = { file, report: await analyseScript(script, await ready(), options) };
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          result = { file, error: e.message, kind: 'input' };
        }
        if (engine && (await catalogFingerprint(engine.pg)) !== engine.fresh) {
          await engine.pg.close().catch(() => undefined);
          engine = undefined;
        }
      }
      results.push(result);
      onResult?.(result);
    }
  } finally {
    await engine?.pg.close().catch(() => undefined);
  }
  timings.analyseMs = performance.now() - started - timings.startMs;
  return { results, timings };
}
