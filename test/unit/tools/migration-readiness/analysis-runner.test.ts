import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisRunner, RunError, type RunProgress, type WorkerLike } from '../../../../src/lib/readiness/page';
import type {
  StartMessage,
  WorkerRequest,
  WorkerResponse,
} from '../../../../src/lib/readiness/engine/analysis-protocol';
import type { Report } from '../../../../src/lib/readiness/report/report';

/** Statements of the pretend script: the worker announces each, then reports it done. */
const statements = [
  { id: 3, kind: 'table', name: 'customers', line: 12 },
  { id: 4, kind: 'table', name: 'orders', line: 40 },
  { id: 5, kind: 'view', name: 'order_totals', line: 61 },
];

/** A stand-in report: the runner passes it through untouched. */
const fakeReport = (skipped: number[]) => ({ generatedAt: 'now', skipped }) as unknown as Report;

interface FakeWorker extends WorkerLike {
  received: WorkerRequest[];
  terminated: boolean;
}

/**
 * A worker that answers like readiness-worker.ts, on timers: it "downloads" PGlite, then announces and runs each
 * statement 10 ms apart. With `hangOn`, it announces that statement and then never speaks again (a statement
 * PGlite cannot interrupt), unless the start message lists it in `skip`. With `ignoreCancel`, it is stuck and
 * cannot read a cancel. With `batched`, it announces the statements as one batch, as analyse.ts does, except those
 * the start message lists in `unbatch`, which it announces one by one.
 */
function fakeWorkerFactory(options: { hangOn?: number; ignoreCancel?: boolean; batched?: boolean } = {}) {
  const created: FakeWorker[] = [];
  const factory = (): WorkerLike => {
    const listeners: ((event: { data: WorkerResponse }) => void)[] = [];
    const timers: ReturnType<typeof setTimeout>[] = [];
    const worker: FakeWorker = {
      received: [],
      terminated: false,
      postMessage(message: WorkerRequest) {
        worker.received.push(message);
        if (message.type === 'start') play(message);
        if (message.type === 'cancel' && !options.ignoreCancel) {
          for (const timer of timers) clearTimeout(timer);
          emit({ type: 'error', id: message.id, kind: 'cancelled', message: 'The analysis was cancelled.' });
        }
      },
      addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
        if (type === 'message') listeners.push(listener as (event: { data: WorkerResponse }) => void);
      },
      terminate() {
        worker.terminated = true;
        for (const timer of timers) clearTimeout(timer);
      },
    };
    const emit = (data: WorkerResponse) => {
      if (!worker.terminated) for (const listener of listeners) listener({ data });
    };
    const at = (ms: number, action: () => void) => timers.push(setTimeout(action, ms));
    const play = (start: StartMessage) => {
      const skip = new Set(start.skip?.map((entry) => entry.id));
      const id = start.id;
      at(10, () => emit({ type: 'progress', id, phase: 'loading-engine', step: 'download', done: 5, total: 10 }));
      at(20, () => emit({ type: 'progress', id, phase: 'loading-engine', step: 'start', done: 10, total: 10 }));
      at(30, () => emit({ type: 'progress', id, phase: 'analysing', done: 0, total: statements.length }));
      let time = 30;
      const unbatch = new Set(start.unbatch);
      if (options.batched && statements.every((statement) => !unbatch.has(statement.id))) {
        const ids = statements.filter((statement) => !skip.has(statement.id)).map((statement) => statement.id);
        at(time + 10, () => emit({ type: 'statement', id, statement: { ...statements[0]!, batch: ids } }));
        if (ids.includes(options.hangOn ?? -1)) return;
        at(time + 20, () => emit({ type: 'progress', id, phase: 'analysing', done: 3, total: statements.length }));
        at(time + 30, () => emit({ type: 'result', id, report: fakeReport([...skip]) }));
        return;
      }
      statements.forEach((statement, index) => {
        if (skip.has(statement.id)) return;
        time += 10;
        at(time, () => emit({ type: 'statement', id, statement }));
        if (statement.id === options.hangOn) {
          time = Number.POSITIVE_INFINITY;
          return;
        }
        time += 10;
        at(time, () => emit({ type: 'progress', id, phase: 'analysing', done: index + 1, total: statements.length }));
      });
      if (Number.isFinite(time)) at(time + 10, () => emit({ type: 'result', id, report: fakeReport([...skip]) }));
    };
    created.push(worker);
    return worker;
  };
  return { factory, created };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('analysis runner', () => {
  it('passes progress through and resolves with the report; the worker stays for the next analysis', async () => {
    const { factory, created } = fakeWorkerFactory();
    const runner = createAnalysisRunner({ createWorker: factory, statementLimitMs: 1_000 });
    const seen: RunProgress[] = [];
    const done = runner.run({ script: 'CREATE TABLE t (x int);' }, { onProgress: (p) => seen.push(p) });
    await vi.runAllTimersAsync();
    const { report, skipped } = await done;
    expect(report).toEqual(fakeReport([]));
    expect(skipped).toEqual([]);
    expect(seen.map((p) => `${p.phase}:${p.phase === 'loading-engine' ? p.step : p.done}`)).toEqual([
      'loading-engine:download',
      'loading-engine:start',
      'analysing:0',
      'analysing:1',
      'analysing:2',
      'analysing:3',
    ]);
    expect(created).toHaveLength(1);
    expect(created[0]!.terminated).toBe(false);
    const again = runner.run({ script: 'CREATE TABLE u (x int);', dialect: 'postgres' });
    await vi.runAllTimersAsync();
    await again;
    expect(created).toHaveLength(1);
    expect(created[0]!.received.filter((m) => m.type === 'start').map((m) => (m as StartMessage).dialect)).toEqual([
      undefined,
      'postgres',
    ]);
  });

  it('stops a statement that runs past the limit, restarts without it, and records it as not finished', async () => {
    const { factory, created } = fakeWorkerFactory({ hangOn: 4 });
    const runner = createAnalysisRunner({ createWorker: factory, statementLimitMs: 2_000 });
    const onSkip = vi.fn();
    const done = runner.run({ script: 'x' }, { onSkip });
    // The hung statement is announced at 60 ms; nothing follows. Just before the limit nothing has happened …
    await vi.advanceTimersByTimeAsync(60 + 1_999);
    expect(created).toHaveLength(1);
    expect(onSkip).not.toHaveBeenCalled();
    // … at the limit the worker is terminated and a fresh one starts, told to skip statement 4.
    await vi.advanceTimersByTimeAsync(1);
    expect(created[0]!.terminated).toBe(true);
    expect(created).toHaveLength(2);
    const restart = created[1]!.received[0] as StartMessage;
    expect(restart.skip).toEqual([{ id: 4, message: 'did not finish within 2 s' }]);
    expect(onSkip).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    const { report, skipped } = await done;
    expect(report).toEqual(fakeReport([4]));
    expect(skipped).toEqual([{ id: 4, kind: 'table', name: 'orders', line: 40, message: 'did not finish within 2 s' }]);
  });

  it('runs a batch that hangs one statement at a time, then skips the statement that hangs', async () => {
    const { factory, created } = fakeWorkerFactory({ hangOn: 4, batched: true });
    const runner = createAnalysisRunner({ createWorker: factory, statementLimitMs: 2_000 });
    const onSkip = vi.fn();
    const done = runner.run({ script: 'x' }, { onSkip });
    // The batch is announced at 40 ms and never finishes: the next attempt runs its statements one by one …
    await vi.advanceTimersByTimeAsync(40 + 2_000);
    expect(created).toHaveLength(2);
    expect(onSkip).not.toHaveBeenCalled();
    const second = created[1]!.received[0] as StartMessage;
    expect(second.unbatch).toEqual([3, 4, 5]);
    expect(second.skip).toBeUndefined();
    // … where statement 4 hangs on its own, so the third attempt skips it.
    await vi.advanceTimersByTimeAsync(60 + 2_000);
    expect(created).toHaveLength(3);
    const third = created[2]!.received[0] as StartMessage;
    expect(third.skip).toEqual([{ id: 4, message: 'did not finish within 2 s' }]);
    await vi.runAllTimersAsync();
    const { skipped } = await done;
    expect(skipped.map((s) => s.id)).toEqual([4]);
    expect(skipped[0]).not.toHaveProperty('batch');
  });

  it('gives up, with a message, when more statements hang than allowed', async () => {
    const { factory } = fakeWorkerFactory({ hangOn: 4 });
    const runner = createAnalysisRunner({ createWorker: factory, statementLimitMs: 500, maxSkips: 0 });
    const done = runner.run({ script: 'x' });
    const failed = expect(done).rejects.toMatchObject({
      kind: 'engine',
      message: /did not finish within the time limit/,
    });
    await vi.runAllTimersAsync();
    await failed;
  });

  it('stops when the worker says nothing for the quiet limit outside a statement', async () => {
    const silent = (): WorkerLike => ({
      postMessage() {},
      addEventListener() {},
      terminate: vi.fn(),
    });
    const runner = createAnalysisRunner({ createWorker: silent, statementLimitMs: 500, quietLimitMs: 60_000 });
    const done = runner.run({ script: 'x' });
    const failed = expect(done).rejects.toMatchObject({ kind: 'engine', message: /no sign of progress for 60 s/ });
    await vi.advanceTimersByTimeAsync(60_000);
    await failed;
  });

  it('cancels through the worker when it answers', async () => {
    const { factory, created } = fakeWorkerFactory();
    const runner = createAnalysisRunner({ createWorker: factory, statementLimitMs: 1_000 });
    const done = runner.run({ script: 'x' });
    await vi.advanceTimersByTimeAsync(35);
    runner.cancel();
    await expect(done).rejects.toBeInstanceOf(RunError);
    await expect(done).rejects.toMatchObject({ kind: 'cancelled' });
    // The worker read the cancel: it is kept, with PGlite, for the next analysis.
    expect(created[0]!.terminated).toBe(false);
  });

  it('terminates a worker stuck in a statement when it cannot read the cancel', async () => {
    const { factory, created } = fakeWorkerFactory({ hangOn: 3, ignoreCancel: true });
    const runner = createAnalysisRunner({
      createWorker: factory,
      statementLimitMs: 60_000,
      cancelGraceMs: 2_000,
    });
    const done = runner.run({ script: 'x' });
    const failed = expect(done).rejects.toMatchObject({ kind: 'cancelled' });
    await vi.advanceTimersByTimeAsync(100);
    runner.cancel();
    await vi.advanceTimersByTimeAsync(2_000);
    await failed;
    expect(created[0]!.terminated).toBe(true);
    expect(created).toHaveLength(1);
  });

  it('answers a new analysis and ignores the replaced one', async () => {
    const { factory } = fakeWorkerFactory();
    const runner = createAnalysisRunner({ createWorker: factory, statementLimitMs: 1_000 });
    const first = runner.run({ script: 'first' });
    const replaced = expect(first).rejects.toMatchObject({ kind: 'cancelled' });
    const second = runner.run({ script: 'second' });
    await vi.runAllTimersAsync();
    await replaced;
    await expect(second).resolves.toMatchObject({ skipped: [] });
  });
});
