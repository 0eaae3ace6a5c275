/**
 * The page side of the token worker: a promise per count, progress callbacks, and supersession (a new count
 * rejects the pending one with `SupersededError`, so typing fast never queues stale work).
 *
 *   const counter = startTokenWorker();
 *   const result = await counter.count(text, ['o200k_base', 'estimate'], (p) => showProgress(p));
 */
import type { CountMethod, ProgressMessage, ResultMessage, WorkerResponse } from './protocol.ts';

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  /** A worker whose script fails to load or throws reports `error`: pending counts fail instead of hanging. */
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer count');
    this.name = 'SupersededError';
  }
}

export interface TokenCounter {
  count(text: string, methods: CountMethod[], onProgress?: (progress: ProgressMessage) => void): Promise<ResultMessage>;
  dispose(): void;
}

interface Pending {
  resolve: (result: ResultMessage) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: ProgressMessage) => void;
}

/** Wraps a worker speaking the protocol of ./protocol.ts. */
export function createTokenCounter(worker: WorkerLike): TokenCounter {
  let nextId = 0;
  const pending = new Map<number, Pending>();
  worker.addEventListener('message', ({ data }) => {
    const entry = pending.get(data.id);
    if (!entry) return;
    if (data.type === 'progress') {
      entry.onProgress?.(data);
      return;
    }
    pending.delete(data.id);
    if (data.type === 'result') entry.resolve(data);
    else entry.reject(data.superseded ? new SupersededError() : new Error(data.message));
  });
  worker.addEventListener('error', (event) => {
    const error = new Error(`The token counter could not run${event.message ? `: ${event.message}` : ''}.`);
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  });
  return {
    count(text, methods, onProgress) {
      for (const [id, entry] of pending) {
        pending.delete(id);
        entry.reject(new SupersededError());
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
        worker.postMessage({ type: 'count', id, text, methods });
      });
    },
    dispose() {
      for (const entry of pending.values()) entry.reject(new SupersededError());
      pending.clear();
      worker.terminate();
    },
  };
}

/** Starts the token worker as a module worker (Vite bundles ./tokenizer-worker.ts, named so the size budgets know it, and its lazy encodings separately). */
export function startTokenWorker(): TokenCounter {
  const worker = new Worker(new URL('./tokenizer-worker.ts', import.meta.url), {
    type: 'module',
    name: 'token-counter',
  });
  return createTokenCounter(worker as unknown as WorkerLike);
}
