/**
 * The worker's side of the analysis protocol (analysis-protocol.ts), shared by the page's Web Worker
 * (src/tools/migration-readiness/readiness-worker.ts) and the CLI's worker thread (src/cli/readiness-worker.ts):
 * analyses run one after another on the worker's single PostgreSQL, each announces its statements (the caller's
 * watchdog, analysis-watchdog.ts, names the one that hangs) and ends with exactly one `result` or `error`.
 * What differs between the two is passed in: how to post a message, how PostgreSQL is loaded, and what to check
 * after each analysis (the CLI makes sure the next file sees a fresh database).
 */
import { analyseScript, type SqlEngine } from './analyse.ts';
import type { ErrorMessage, StartMessage, WorkerRequest, WorkerResponse } from './analysis-protocol.ts';
import { InputError } from './input.ts';

/** What the host needs from its surroundings. */
export interface WorkerHostOptions<Engine extends SqlEngine> {
  post: (message: WorkerResponse) => void;
  /** Loads PostgreSQL (once; the host keeps it), reporting loading progress for the start message `id`. */
  loadEngine: (id: number) => Promise<Engine>;
  /** Called after each analysis; returning false drops the engine, so the next analysis loads a fresh one. */
  afterAnalysis?: (engine: Engine) => Promise<boolean>;
  /** Leave what a big script committed for `afterAnalysis` to find (see AnalyseOptions.keepCommitted). */
  keepCommitted?: boolean;
}

/** Handles the caller's messages: returns the function to call with each one. */
export function createWorkerHost<Engine extends SqlEngine>(
  options: WorkerHostOptions<Engine>,
): (message: WorkerRequest) => void {
  const { post } = options;
  let engine: Promise<Engine> | undefined;
  let running: { id: number; controller: AbortController } | undefined;
  /** Analyses run one after another on the single database: a new start waits until the cancelled one rolled back. */
  let queue: Promise<void> = Promise.resolve();

  const fail = (id: number, kind: ErrorMessage['kind'], message: string) => post({ type: 'error', id, kind, message });
  const cancelled = (id: number) => fail(id, 'cancelled', 'The analysis was cancelled.');

  const load = (id: number): Promise<Engine> => {
    const loading = (engine ??= options.loadEngine(id));
    loading.catch(() => {
      if (engine === loading) engine = undefined;
    });
    return loading;
  };

  const run = async (message: StartMessage, controller: AbortController): Promise<void> => {
    if (controller.signal.aborted) return cancelled(message.id);
    let pg: Engine;
    try {
      pg = await load(message.id);
    } catch (e) {
      return fail(message.id, 'engine', `PostgreSQL (PGlite) could not start: ${(e as Error).message}`);
    }
    try {
      const report = await analyseScript(message.script, pg, {
        ...(message.dialect ? { dialect: message.dialect } : {}),
        ...(options.keepCommitted ? { keepCommitted: true } : {}),
        ...(message.model ? { model: message.model } : {}),
        ...(message.statementTimeoutMs ? { statementTimeoutMs: message.statementTimeoutMs } : {}),
        ...(message.skip?.length ? { skip: new Map(message.skip.map((s) => [s.id, s.message])) } : {}),
        ...(message.unbatch?.length ? { unbatch: new Set(message.unbatch) } : {}),
        onStatement: (statement) => post({ type: 'statement', id: message.id, statement }),
        signal: controller.signal,
        onProgress: (p) => post({ type: 'progress', id: message.id, ...p }),
      });
      if (options.afterAnalysis && !(await options.afterAnalysis(pg))) engine = undefined;
      if (!controller.signal.aborted) post({ type: 'result', id: message.id, report });
      else cancelled(message.id);
    } catch (e) {
      const err = e as Error;
      if (err.name === 'AbortError') cancelled(message.id);
      else if (e instanceof InputError) fail(message.id, 'input', err.message);
      else fail(message.id, 'internal', `The analysis failed: ${err.message}`);
    } finally {
      if (running?.controller === controller) running = undefined;
    }
  };

  return (message) => {
    if (message.type === 'start') {
      running?.controller.abort();
      const controller = new AbortController();
      running = { id: message.id, controller };
      queue = queue.then(() => run(message, controller));
    } else if (message.type === 'cancel' && running?.id === message.id) running.controller.abort();
  };
}
