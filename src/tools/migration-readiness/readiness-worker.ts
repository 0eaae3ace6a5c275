/// <reference lib="webworker" />
/// <reference types="vite/client" />
/**
 * Web Worker entry for the migration readiness analysis. The page creates it with
 *   new Worker(new URL('./readiness-worker.ts', import.meta.url), { type: 'module' })
 * (the file name puts the chunk among the heavy engines of test/harness/budgets.ts)
 * and talks to it with the messages in protocol.ts.
 *
 * PGlite loads lazily, on the first `start`. Its files are imported with Vite's `?url` suffix, so the build
 * copies them into dist/_astro/ with hashed names and the site serves them itself: no request leaves the site.
 *   pglite.wasm (~9 MB, PostgreSQL), pglite.data (~6 MB, share/ files), and the data directory prepared at build
 *   time (~2.5 MB, src/lib/readiness/engine/generated/pglite-datadir.tar.gz, see pglite-datadir.ts): the cluster is loaded, never created
 *   here, so initdb.wasm is not downloaded at all.
 * The worker downloads them with fetch (reporting bytes as progress), compiles the wasm and hands everything to
 * PGlite.create({ pgliteWasmModule, fsBundle, loadDataDir, initdbWasmModule: empty }), so PGlite never fetches
 * anything on its own. Hashed names let the browser cache them for good: a second visit downloads nothing.
 * The host should serve .wasm as application/wasm (compileStreaming is not needed: bytes are compiled as a whole).
 * astro.config.mjs sets vite.worker.format = 'es' (this worker uses dynamic import) and excludes PGlite from dev
 * pre-bundling (pre-bundling breaks its `new URL('./x', import.meta.url)` lookups).
 *
 * PGlite runs in this thread and cannot interrupt a statement, so the page keeps a watchdog: a `statement` message
 * goes out before each statement, and when no message follows within the time limit the page terminates this
 * worker, starts a new one and runs the analysis again with that statement in `skip` (see analysis-runner.ts).
 */
import pgliteDataUrl from '@electric-sql/pglite/pglite.data?url';
import pgliteWasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import type { PGlite } from '@electric-sql/pglite';
import { analyseScript, InputError, preparedStartOptions } from '../../lib/readiness/index.ts';
import dataDirUrl from '../../lib/readiness/engine/generated/pglite-datadir.tar.gz?url';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Approximate sizes, used for the progress bar when the server sends no Content-Length. */
const expectedBytes = { wasm: 9_100_000, data: 6_300_000, dataDir: 2_600_000 };

let engine: Promise<PGlite> | undefined;
let running: { id: number; controller: AbortController } | undefined;
/** Analyses run one after another on the single database: a new start waits until the cancelled one rolled back. */
let queue: Promise<void> = Promise.resolve();

const post = (message: WorkerResponse) => self.postMessage(message);

/** Downloads one file, calling onBytes with each chunk's size. */
async function download(url: string, onBytes: (n: number, total?: number) => void): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length')) || undefined;
  onBytes(0, length);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    onBytes(value.length);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes.buffer;
}

/** Loads and starts PGlite once, reporting download and start progress to the start message `id`. */
function loadEngine(id: number): Promise<PGlite> {
  engine ??= (async () => {
    const totals = { ...expectedBytes };
    let done = 0;
    const total = () => totals.wasm + totals.data + totals.dataDir;
    const progress = (key: keyof typeof totals) => (n: number, length?: number) => {
      if (length) totals[key] = length;
      done += n;
      post({
        type: 'progress',
        id,
        phase: 'loading-engine',
        step: 'download',
        done: Math.min(done, total()),
        total: total(),
      });
    };
    const [wasm, data, dataDir, { PGlite }] = await Promise.all([
      download(pgliteWasmUrl, progress('wasm')),
      download(pgliteDataUrl, progress('data')),
      download(dataDirUrl, progress('dataDir')),
      import('../../lib/readiness/engine/pglite-engine.ts'),
    ]);
    post({ type: 'progress', id, phase: 'loading-engine', step: 'start', done: total(), total: total() });
    const [pgliteWasmModule, prepared] = await Promise.all([
      WebAssembly.compile(wasm),
      preparedStartOptions(new Uint8Array(dataDir)),
    ]);
    return PGlite.create({ pgliteWasmModule, fsBundle: new Blob([data]), ...prepared });
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

function start(message: Extract<WorkerRequest, { type: 'start' }>): void {
  running?.controller.abort();
  const controller = new AbortController();
  running = { id: message.id, controller };
  queue = queue.then(() => run(message, controller));
}

async function run(message: Extract<WorkerRequest, { type: 'start' }>, controller: AbortController): Promise<void> {
  if (controller.signal.aborted) {
    post({ type: 'error', id: message.id, kind: 'cancelled', message: 'The analysis was cancelled.' });
    return;
  }
  let pg: PGlite;
  try {
    pg = await loadEngine(message.id);
  } catch (e) {
    post({
      type: 'error',
      id: message.id,
      kind: 'engine',
      message: `PostgreSQL (PGlite) could not start: ${(e as Error).message}`,
    });
    return;
  }
  try {
    const report = await analyseScript(message.script, pg, {
      ...(message.dialect ? { dialect: message.dialect } : {}),
      ...(message.model ? { model: message.model } : {}),
      ...(message.statementTimeoutMs ? { statementTimeoutMs: message.statementTimeoutMs } : {}),
      ...(message.skip?.length ? { skip: new Map(message.skip.map((s) => [s.id, s.message])) } : {}),
      ...(message.unbatch?.length ? { unbatch: new Set(message.unbatch) } : {}),
      onStatement: (statement) => post({ type: 'statement', id: message.id, statement }),
      signal: controller.signal,
      onProgress: (p) => post({ type: 'progress', id: message.id, ...p }),
    });
    if (!controller.signal.aborted) post({ type: 'result', id: message.id, report });
    else post({ type: 'error', id: message.id, kind: 'cancelled', message: 'The analysis was cancelled.' });
  } catch (e) {
    const err = e as Error;
    if (err.name === 'AbortError')
      post({ type: 'error', id: message.id, kind: 'cancelled', message: 'The analysis was cancelled.' });
    else if (e instanceof InputError) post({ type: 'error', id: message.id, kind: 'input', message: err.message });
    else post({ type: 'error', id: message.id, kind: 'internal', message: `The analysis failed: ${err.message}` });
  } finally {
    if (running?.controller === controller) running = undefined;
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'start') start(message);
  else if (message.type === 'cancel' && running?.id === message.id) running.controller.abort();
});
