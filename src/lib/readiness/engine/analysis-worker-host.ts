/**
 * The worker's side of the analysis protocol (analysis-protocol.ts), shared by the page's Web Worker
 * (src/tools/migration-readiness/readiness-worker.ts) and the CLI's worker thread (src/cli/readiness-worker.ts):
 * analyses run one after another on the worker's single PostgreSQL, each announces its statements (the caller's
 * watchdog, analysis-watchdog.ts, names the one that hangs) and ends with exactly one `result` or `error`.
 * What differs between the two is passed in: how to post a message, and how PostgreSQL is loaded and let go.
 *
 * Every analysis must see a fresh database. A big script commits as it goes (analysis-transactions.ts); dropping what
 * it created took about 1.5 s of a 1 MB schema's 5 s, so the analysis leaves it (keepCommitted) and, after the result
 * is posted, the host compares the catalogs' fingerprint with the one taken at the start: when it differs (or the
 * database no longer answers), the engine is let go and the next analysis starts a new one from the prepared data
 * directory (0.13–0.2 s in Node). The report no longer waits for the clean-up.
 */
import { analyseScript, type SqlEngine } from './analyse.ts';
import { catalogFingerprint } from './catalog-fingerprint.ts';
import type { ErrorMessage, StartMessage, WorkerRequest, WorkerResponse } from './analysis-protocol.ts';
import { InputError } from './input.ts';

/** What the host needs from its surroundings. */
export interface WorkerHostOptions<Engine extends SqlEngine> {
  post: (message: WorkerResponse) => void;
  /** Loads PostgreSQL (the host keeps it while it stays fresh), reporting loading progress for the start message `id`. */
  loadEngine: (id: number) => Promise<Engine>;
  /** Lets go of an engine that is no longer fresh (closes it, removes its files). */
  disposeEngine: (engine: Engine) => Promise<void>;
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

  /** The fingerprint of each engine as started. */
  const fresh = new WeakMap<Engine, string | undefined>();

  const load = (id: number): Promise<Engine> => {
    const loading = (engine ??= options.loadEngine(id).then(async (pg) => {
      fresh.set(pg, await catalogFingerprint(pg));
      return pg;
    }));
    loading.catch(() => {
      if (engine === loading) engine = undefined;
    });
    return loading;
  };

  /** After an analysis, whatever its end: an engine no longer as it started is let go; the next start loads anew. */
  const checkFresh = async (pg: Engine): Promise<void> => {
    if ((await catalogFingerprint(pg)) === fresh.get(pg)) return;
    engine = undefined; // analyses run one at a time (queue), so the engine held is this one
    await options.disposeEngine(pg).catch(() => undefined);
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
        keepCommitted: true,
        ...(message.model ? { model: message.model } : {}),
        ...(message.statementTimeoutMs ? { statementTimeoutMs: message.statementTimeoutMs } : {}),
        ...(message.skip?.length ? { skip: new Map(message.skip.map((s) => [s.id, s.message])) } : {}),
        ...(message.unbatch?.length ? { unbatch: new Set(message.unbatch) } : {}),
        onStatement: (statement) => post({ type: 'statement', id: message.id, statement }),
        signal: controller.signal,
        onProgress: (p) => post({ type: 'progress', id: message.id, ...p }),
      });
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
    await checkFresh(pg);
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
