/**
 * Several schema files in one CLI run, with one PostgreSQL start: the inputs (files, or directories read for their
 * .sql files, recursively, in name order) are analysed one after another in one worker thread
 * (readiness-worker.ts), whose PGlite starts once from the prepared data directory (pglite-datadir-node.ts) and is
 * started again only when a file left something behind or a statement had to be stopped.
 *
 * Every statement runs under a time limit, as in the page: the watchdog (analysis-watchdog.ts) terminates the thread
 * when a statement runs past it, records the statement as not finished (a finding with its line), and analyses the
 * file again without it.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createAnalysisRunner,
  type Dialect,
  InputError,
  type Report,
  RunError,
  type RunProgress,
  type SkippedStatement,
  validateBytes,
  type WorkerLike,
} from '../lib/readiness/index.ts';
import { nodeWorkerTransport } from '../lib/readiness/node.ts';

/** The time limit per statement when --statement-timeout is not given, in ms: the page's default (20 s). */
export const defaultStatementLimitMs = 20_000;

/**
 * Inputs from this size on run with PostgreSQL's files on disk. In memory, a 1 MB schema adds about 330 MB of
 * relation files and WAL, 10 MB over 3 GB; on disk, statements run about half as fast (4,500 tables: 3.4 s in
 * memory, 7.7 s on disk; `npm run bench:readiness:big`), so small inputs stay in memory.
 */
export const onDiskFromBytes = 1024 * 1024;

/**
 * Starts an analysis thread (readiness-worker.ts, run by Node with its types stripped) whose PostgreSQL keeps its
 * files in a new directory under `dataDir`, or in memory without one.
 */
export function nodeReadinessWorkers(dataDir?: string): () => WorkerLike {
  let workers = 0;
  return () =>
    nodeWorkerTransport(
      new Worker(new URL('./readiness-worker.ts', import.meta.url), {
        workerData: { dataDir: dataDir && join(dataDir, `worker-${workers++}`) },
      }),
    );
}

/** True when an input is big enough to keep PostgreSQL's files on disk (unreadable files are reported later). */
async function needsDisk(files: readonly string[], from: number): Promise<boolean> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  return sizes.some((size) => size >= from);
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

/**
 * One file's result: its report and the statements stopped at the time limit, or why it was not analysed (`input`:
 * the file was rejected, exit code 2; `engine`: the analysis could not finish, exit code 3).
 */
export type FileResult =
  | { file: string; report: Report; skipped: SkippedStatement[] }
  | { file: string; error: string; kind: 'input' | 'engine' };

/** What a run measured, for the summary line. */
export interface RunTimings {
  /** PostgreSQL's first start, in ms (0 when no file passed validation). */
  startMs: number;
  /** Starts after a file left something behind or a statement was stopped. */
  restarts: number;
  /** Wall time of the whole run except the first start, in ms. */
  analyseMs: number;
}

/** How the files are analysed. */
export interface AnalyseFilesOptions {
  dialect?: Dialect;
  /** Time limit per statement in ms (default `defaultStatementLimitMs`). */
  statementLimitMs?: number;
  onProgress?: (progress: RunProgress, file: string) => void;
  /** A statement was stopped at the time limit; the file is analysed again without it. */
  onSkip?: (skipped: SkippedStatement, file: string) => void;
  /** The analysis thread (tests pass their own). */
  createWorker?: () => WorkerLike;
  /** Inputs from this size on keep PostgreSQL's files on disk (default `onDiskFromBytes`). */
  onDiskFromBytes?: number;
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

/** Counts PostgreSQL starts from the progress: "loading" until the first statement progress of that start. */
function startClock(timings: RunTimings) {
  let since: number | undefined;
  return (progress: RunProgress) => {
    if (progress.phase === 'loading-engine') {
      if (since === undefined) {
        since = performance.now();
        if (timings.startMs) timings.restarts++;
      }
    } else if (since !== undefined) {
      if (!timings.startMs) timings.startMs = Math.max(1, performance.now() - since);
      since = undefined;
    }
  };
}

/**
 * Analyses the files one after another in one worker thread, each in a fresh database (see the top of this file).
 * `onResult` sees each result as it comes, so a long run prints as it goes. Internal errors propagate as RunError.
 */
export async function analyseFiles(
  files: readonly string[],
  options: AnalyseFilesOptions,
  onResult?: (result: FileResult) => void,
): Promise<{ results: FileResult[]; timings: RunTimings }> {
  const timings: RunTimings = { startMs: 0, restarts: 0, analyseMs: 0 };
  // PostgreSQL's files for big inputs, removed at the end; the thread starts on the first file that passes validation.
  const dataDir = (await needsDisk(files, options.onDiskFromBytes ?? onDiskFromBytes))
    ? await mkdtemp(join(tmpdir(), 'readiness-pglite-'))
    : undefined;
  const runner = createAnalysisRunner({
    createWorker: options.createWorker ?? nodeReadinessWorkers(dataDir),
    statementLimitMs: options.statementLimitMs ?? defaultStatementLimitMs,
    // Splitting and converting a 10 MB script, or dropping what it created, sends no message for a while.
    quietLimitMs: 600_000,
  });
  const clock = startClock(timings);
  const started = performance.now();
  const results: FileResult[] = [];
  try {
    for (const file of files) {
      const script = await readScript(file);
      let result: FileResult;
      if (typeof script !== 'string') result = { file, error: script.error, kind: 'input' };
      else {
        try {
          const { report, skipped } = await runner.run(
            { script, ...(options.dialect ? { dialect: options.dialect } : {}) },
            {
              onProgress: (progress) => {
                clock(progress);
                options.onProgress?.(progress, file);
              },
              onSkip: (skipped) => options.onSkip?.(skipped, file),
            },
          );
          result = { file, report, skipped };
        } catch (e) {
          if (!(e instanceof RunError) || (e.kind !== 'input' && e.kind !== 'engine')) throw e;
          result = { file, error: e.message, kind: e.kind };
        }
      }
      results.push(result);
      onResult?.(result);
    }
  } finally {
    runner.dispose();
    if (dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
  timings.analyseMs = performance.now() - started - timings.startMs;
  return { results, timings };
}
