/**
 * The CLI's analysis thread (a `worker_threads` Worker started by readiness-files.ts): PostgreSQL (PGlite) runs here,
 * so the main thread's watchdog (analysis-watchdog.ts) can terminate it when a statement runs past the time limit,
 * the way the page does with its Web Worker. PGlite cannot interrupt a statement itself: it is single-threaded WASM
 * without a timer signal, so statement_timeout never fires.
 *
 * For big inputs PostgreSQL keeps its files on disk, in a directory the main thread removes at the end (a thread the
 * watchdog terminates cannot clean up): in memory, a 10 MB schema's relation files took over 3 GB.
 *
 * Each file must see a fresh database: the host (analysis-worker-host.ts) compares the catalogs' fingerprint after
 * each file with the one taken at the start; when it differs, or the database no longer answers, this thread closes
 * PGlite and removes its files, and the next file starts it again from the prepared directory.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { createWorkerHost, type WorkerRequest, type WorkerResponse } from '../lib/readiness/index.ts';
import { startPostgres } from '../lib/readiness/node.ts';

/** Where each PGlite keeps its files: a new directory per start, under the one the main thread gave this thread. */
const dataDirs = new WeakMap<PGlite, string>();
let starts = 0;

if (parentPort) {
  const port = parentPort;
  const post = (message: WorkerResponse) => port.postMessage(message);
  const handle = createWorkerHost<PGlite>({
    post,
    async loadEngine(id) {
      post({ type: 'progress', id, phase: 'loading-engine', step: 'start', done: 0, total: 1 });
      const onDisk = (workerData as { dataDir?: string }).dataDir;
      const dataDir = onDisk && join(onDisk, String(starts++));
      const pg = await startPostgres(dataDir);
      if (dataDir) dataDirs.set(pg, dataDir);
      return pg;
    },
    async disposeEngine(pg) {
      await pg.close().catch(() => undefined);
      const dataDir = dataDirs.get(pg);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  });
  port.on('message', (message: WorkerRequest) => handle(message));
}
