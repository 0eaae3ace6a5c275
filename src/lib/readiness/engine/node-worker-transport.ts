/**
 * The analysis watchdog (analysis-watchdog.ts) drives a `worker_threads` Worker through the same `WorkerLike` it uses
 * for the page's Web Worker: this adapter maps `postMessage`, the message and error events and `terminate` of Node's
 * Worker onto it. Node only (the CLI); the page never imports it.
 */
import type { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './analysis-protocol.ts';
import type { WorkerLike } from './analysis-watchdog.ts';

/** A `worker_threads` Worker as the watchdog sees it; `worker` may be any Worker that speaks analysis-protocol.ts. */
export function nodeWorkerTransport(worker: Worker): WorkerLike {
  let terminated = false;
  return {
    postMessage: (message: WorkerRequest) => worker.postMessage(message),
    addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
      if (type === 'message')
        worker.on('message', (data: WorkerResponse) =>
          (listener as (event: { data: WorkerResponse }) => void)({ data }),
        );
      else {
        const report = listener as (event: { message?: string }) => void;
        worker.on('error', (error: Error) => report({ message: error.message }));
        // A worker that exits on its own (out of memory, a crash in WASM) must not leave the watchdog waiting.
        worker.on('exit', (code) => {
          if (!terminated) report({ message: `the worker thread stopped (exit code ${code})` });
        });
      }
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}
