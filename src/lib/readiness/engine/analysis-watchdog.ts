/**
 * The caller's side of the analysis worker (the page's Web Worker, the CLI's worker thread; the worker side is
 * analysis-worker-host.ts): one analysis at a time, progress callbacks, cancel, and the watchdog that keeps any
 * statement from hanging the run. The worker itself is reached through `WorkerLike`, so the same logic drives a Web
 * Worker (the page) and a `worker_threads` Worker (the CLI, through node-worker-transport.ts).
 *
 * PGlite runs inside the worker's own thread and cannot interrupt a statement (statement_timeout needs a timer
 * signal WASM does not have), so the caller watches instead. The worker announces each statement before running it;
 * when nothing follows within the time limit, the page terminates the worker, records that statement as "did not
 * finish within N s", starts a fresh worker and runs the analysis again with the statement skipped. The analysis is
 * deterministic, so statement ids are stable across attempts. Statements that usually run together in one call
 * (analyse.ts, `batchSize`) are announced as a batch: when a batch hangs, the next attempt runs its statements one
 * by one, so the one that hangs is named and skipped on the attempt after.
 */
import type { Dialect } from '../dialects/detect-dialect.ts';
import type { ProgressMessage, StartMessage, WorkerRequest, WorkerResponse } from './analysis-protocol.ts';
import type { Report } from '../report/report.ts';
import type { UnitModel } from '../score/unit-model.ts';

/** What the runner needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** A statement the watchdog stopped. */
export interface SkippedStatement {
  id: number;
  kind: string;
  name: string;
  line: number;
  /** Recorded in the report as the reason: "did not finish within 20 s". */
  message: string;
}

/** What the page shows while an analysis runs. */
export type RunProgress =
  | { phase: 'loading-engine'; step: 'download' | 'start'; done: number; total: number; restart: number }
  | {
      phase: 'analysing';
      done: number;
      total: number;
      current?: ProgressMessage['current'];
      restart: number;
    };

export interface RunRequest {
  script: string;
  dialect?: Dialect;
  model?: UnitModel;
}

export interface RunCallbacks {
  onProgress?: (progress: RunProgress) => void;
  /** A statement was stopped; the analysis restarts without it. */
  onSkip?: (skipped: SkippedStatement, all: readonly SkippedStatement[]) => void;
}

export type RunErrorKind = 'input' | 'cancelled' | 'engine' | 'internal';

/** Why an analysis ended without a report; `message` is written for the visitor. */
export class RunError extends Error {
  /** Set in the constructor body, not as a parameter property: Node runs this file with its types stripped. */
  readonly kind: RunErrorKind;
  constructor(kind: RunErrorKind, message: string) {
    super(message);
    this.name = 'RunError';
    this.kind = kind;
  }
}

export interface RunnerOptions {
  createWorker: () => WorkerLike;
  /** How long one statement may run, in ms. */
  statementLimitMs: number;
  /** How long loading, starting and converting may go without a message, in ms. */
  quietLimitMs?: number;
  /** How many statements may be stopped before the analysis gives up. */
  maxSkips?: number;
  /** How long to wait for the worker to acknowledge a cancel before terminating it, in ms. */
  cancelGraceMs?: number;
}

export interface AnalysisRunner {
  run(request: RunRequest, callbacks?: RunCallbacks): Promise<{ report: Report; skipped: SkippedStatement[] }>;
  cancel(): void;
  /** Terminates the worker (PGlite with it). */
  dispose(): void;
  /** Sets the time limit per statement for the next analysis. */
  setStatementLimit(ms: number): void;
}

/** Seconds as the skip message says them: "did not finish within 20 s". */
export const skipMessage = (limitMs: number) => `did not finish within ${Math.round(limitMs / 100) / 10} s`;

export function createAnalysisRunner(options: RunnerOptions): AnalysisRunner {
  const quietLimitMs = options.quietLimitMs ?? 180_000;
  const maxSkips = options.maxSkips ?? 25;
  const cancelGraceMs = options.cancelGraceMs ?? 2_000;
  let statementLimitMs = options.statementLimitMs;
  let worker: WorkerLike | undefined;
  let nextId = 1;
  /** The analysis in progress: its id, what to call, and the watchdog's state. */
  let active:
    | {
        id: number;
        request: RunRequest;
        callbacks: RunCallbacks;
        skipped: SkippedStatement[];
        /** Statements to run one by one: batches that hung. */
        unbatch: Set<number>;
        /** Attempts restarted by the watchdog so far. */
        restarts: number;
        running?: SkippedStatement & { batch?: number[] };
        timer?: ReturnType<typeof setTimeout>;
        cancelTimer?: ReturnType<typeof setTimeout>;
        resolve: (value: { report: Report; skipped: SkippedStatement[] }) => void;
        reject: (error: RunError) => void;
      }
    | undefined;

  const clearTimers = () => {
    if (active?.timer) clearTimeout(active.timer);
    if (active?.cancelTimer) clearTimeout(active.cancelTimer);
  };

  const finish = (outcome: { report: Report } | RunError) => {
    const run = active;
    if (!run) return;
    clearTimers();
    active = undefined;
    if (outcome instanceof RunError) run.reject(outcome);
    else run.resolve({ report: outcome.report, skipped: run.skipped });
  };

  const dropWorker = () => {
    worker?.terminate();
    worker = undefined;
  };

  /** (Re)arms the watchdog: the statement limit while a statement runs, the quiet limit otherwise. */
  const arm = () => {
    const run = active;
    if (!run) return;
    if (run.timer) clearTimeout(run.timer);
    run.timer = setTimeout(
      () => (run.running ? stopStatement(run.running) : stall()),
      run.running ? statementLimitMs : quietLimitMs,
    );
  };

  const stall = () => {
    dropWorker();
    finish(
      new RunError(
        'engine',
        `PostgreSQL (PGlite) gave no sign of progress for ${Math.round(quietLimitMs / 1000)} s, so the analysis was stopped. Reload the page and try again; a very large script may need to be split.`,
      ),
    );
  };

  const stopStatement = (statement: SkippedStatement & { batch?: number[] }) => {
    const run = active;
    if (!run) return;
    dropWorker();
    run.running = undefined;
    run.restarts++;
    if (statement.batch && statement.batch.length > 1) {
      // Which statement of the batch hangs is not known yet: run them one by one next time.
      for (const id of statement.batch) run.unbatch.add(id);
      start(run);
      return;
    }
    const { batch: _batch, ...single } = statement;
    const skipped = { ...single, message: skipMessage(statementLimitMs) };
    run.skipped.push(skipped);
    if (run.skipped.length > maxSkips) {
      finish(
        new RunError(
          'engine',
          `${run.skipped.length} statements did not finish within the time limit, so the analysis was stopped. Raise the time limit per statement, or split the script.`,
        ),
      );
      return;
    }
    run.callbacks.onSkip?.(skipped, run.skipped);
    start(run);
  };

  const onMessage = (data: WorkerResponse) => {
    const run = active;
    if (!run || data.id !== run.id) return;
    switch (data.type) {
      case 'statement':
        run.running = { ...data.statement, message: '' };
        arm();
        return;
      case 'progress':
        run.running = undefined;
        arm();
        if (data.phase === 'loading-engine')
          run.callbacks.onProgress?.({
            phase: 'loading-engine',
            step: data.step ?? 'download',
            done: data.done,
            total: data.total,
            restart: run.restarts,
          });
        else
          run.callbacks.onProgress?.({
            phase: 'analysing',
            done: data.done,
            total: data.total,
            ...(data.current ? { current: data.current } : {}),
            restart: run.restarts,
          });
        return;
      case 'result':
        finish({ report: data.report });
        return;
      case 'error':
        finish(new RunError(data.kind, data.message));
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const created = options.createWorker();
    created.addEventListener('message', (event) => {
      if (worker === created) onMessage(event.data);
    });
    created.addEventListener('error', (event) => {
      if (worker !== created) return;
      dropWorker();
      finish(new RunError('internal', `The analysis worker failed: ${event.message ?? 'it could not be loaded'}.`));
    });
    worker = created;
    return created;
  };

  const start = (run: NonNullable<typeof active>) => {
    const message: StartMessage = {
      type: 'start',
      id: run.id,
      script: run.request.script,
      ...(run.request.dialect ? { dialect: run.request.dialect } : {}),
      ...(run.request.model ? { model: run.request.model } : {}),
      ...(run.skipped.length ? { skip: run.skipped.map(({ id, message }) => ({ id, message })) } : {}),
      ...(run.unbatch.size ? { unbatch: [...run.unbatch] } : {}),
    };
    ensureWorker().postMessage(message);
    arm();
  };

  return {
    run(request, callbacks = {}) {
      if (active) finish(new RunError('cancelled', 'A new analysis replaced this one.'));
      return new Promise((resolve, reject) => {
        const run = {
          id: nextId++,
          request,
          callbacks,
          skipped: [],
          unbatch: new Set<number>(),
          restarts: 0,
          resolve,
          reject,
        };
        active = run;
        start(run);
      });
    },
    cancel() {
      const run = active;
      if (!run || run.cancelTimer) return;
      worker?.postMessage({ type: 'cancel', id: run.id });
      // A worker stuck in a statement cannot read the cancel: terminate it if it does not answer soon.
      run.cancelTimer = setTimeout(() => {
        if (active !== run) return;
        dropWorker();
        finish(new RunError('cancelled', 'The analysis was cancelled.'));
      }, cancelGraceMs);
    },
    dispose() {
      finish(new RunError('cancelled', 'The analysis was cancelled.'));
      dropWorker();
    },
    setStatementLimit(ms) {
      statementLimitMs = ms;
    },
  };
}
