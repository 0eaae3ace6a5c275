/**
 * The CLI's analysis thread (a `worker_threads` Worker started by readiness-files.ts): PostgreSQL (PGlite) runs here,
 * so the main thread's watchdog (analysis-watchdog.ts) can terminate it when a statement runs past the time limit,
 * the way the page does with its Web Worker. PGlite cannot interrupt a statement itself: it is single-threaded WASM
 * without a timer signal, so statement_timeout never fires.
 *
 * For big inputs PostgreSQL keeps its files on disk, in a directory the main thread removes at the end (a thread the
 * watchdog terminates cannot clean up): in memory, a 10 MB schema's relation files took over 3 GB.
 *
 * Each file must see a fresh database: the catalogs' fingerprint (readiness-files.ts) is taken after the start and
 * compared after each file; when it differs, or the database no longer answers, PGlite is closed and the next file
 * starts it again from the prepared directory.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { createWorkerHost, type WorkerRequest, type WorkerResponse } from '../lib/readiness/index.ts';
import { startPostgres } from '../lib/readiness/node.ts';
import { catalogFingerprint } from './readiness-files.ts';

/** The fingerprint of the database as started, per PGlite instance. */
const fresh = new WeakMap<PGlite, string | undefined>();
/** Where each PGlite keeps its files: a new directory per start, under the one the main thread gave this thread. */
const dataDirs = new WeakMap<PGlite, string>();
let starts = 0;

if (parentPort) {
  const port = parentPort;
  const post = (message: WorkerResponse) => port.postMessage(message);
  const handle = createWorkerHost<PGlite>({
    post,
    // A big script's committed objects are not dropped one by one: the fingerprint differs, so PGlite is replaced.
    keepCommitted: true,
    async loadEngine(id) {
      post({ type: 'progress', id, phase: 'loading-engine', step: 'start', done: 0, total: 1 });
      const onDisk = (workerData as { dataDir?: string }).dataDir;
      const dataDir = onDisk && join(onDisk, String(starts++));
      const pg = await startPostgres(dataDir);
      if (dataDir) dataDirs.set(pg, dataDir);
      fresh.set(pg, await catalogFingerprint(pg));
      return pg;
    },
    async afterAnalysis(pg) {
      if ((await catalogFingerprint(pg)) === fresh.get(pg)) return true;
      await pg.close().catch(() => undefined);
      const dataDir = dataDirs.get(pg);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      return false;
    },
  });
  port.on('message', (message: WorkerRequest) => handle(message));
}
