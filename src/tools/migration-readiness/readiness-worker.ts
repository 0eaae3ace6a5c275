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
 * anything on its own. Hashed names let the browser cache them for good: a second visit downloads nothing. The
 * worker keeps the files and the compiled module: when a big script leaves objects behind, the next analysis starts
 * a new PGlite from them (see analysis-worker-host.ts) instead of dropping the objects one by one.
 * The host should serve .wasm as application/wasm (compileStreaming is not needed: bytes are compiled as a whole).
 * astro.config.mjs sets vite.worker.format = 'es' (this worker uses dynamic import) and excludes PGlite from dev
 * pre-bundling (pre-bundling breaks its `new URL('./x', import.meta.url)` lookups).
 *
 * PGlite runs in this thread and cannot interrupt a statement, so the page keeps a watchdog: a `statement` message
 * goes out before each statement, and when no message follows within the time limit the page terminates this
 * worker, starts a new one and runs the analysis again with that statement in `skip` (see analysis-watchdog.ts; the message handling is the library's analysis-worker-host.ts, shared with the CLI's
 * worker thread).
 */
import pgliteDataUrl from '@electric-sql/pglite/pglite.data?url';
import pgliteWasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import type { PGlite } from '@electric-sql/pglite';
import {
  createWorkerHost,
  preparedStartOptions,
  type WorkerRequest,
  type WorkerResponse,
} from '../../lib/readiness/index.ts';
import dataDirUrl from '../../lib/readiness/engine/generated/pglite-datadir.tar.gz?url';

declare const self: DedicatedWorkerGlobalScope;

/** Approximate sizes, used for the progress bar when the server sends no Content-Length. */
const expectedBytes = { wasm: 9_100_000, data: 6_300_000, dataDir: 2_600_000 };

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

/** PGlite's files, downloaded and compiled once per worker: a new start after a big script needs no download. */
interface EngineFiles {
  PGlite: typeof PGlite;
  module: WebAssembly.Module;
  data: ArrayBuffer;
  dataDir: Uint8Array<ArrayBuffer>;
}

/** Downloads PGlite's files and compiles its wasm, reporting download, then start, to the start message `id`. */
async function downloadEngine(id: number): Promise<EngineFiles> {
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
  // Compiling is part of the start, as the status line says.
  post({ type: 'progress', id, phase: 'loading-engine', step: 'start', done: 1, total: 1 });
  return { PGlite, module: await WebAssembly.compile(wasm), data, dataDir: new Uint8Array(dataDir) };
}

let engineFiles: Promise<EngineFiles> | undefined;

/** Starts PGlite from the prepared data directory (the host keeps it while it stays fresh). */
async function loadEngine(id: number): Promise<PGlite> {
  // A new start from files already here has nothing to download: say it is starting (downloadEngine says so itself).
  if (engineFiles) post({ type: 'progress', id, phase: 'loading-engine', step: 'start', done: 1, total: 1 });
  const loading = (engineFiles ??= downloadEngine(id));
  loading.catch(() => {
    if (engineFiles === loading) engineFiles = undefined;
  });
  const { PGlite, module, data, dataDir } = await loading;
  const prepared = await preparedStartOptions(dataDir, PGlite.defaultStartParams);
  return PGlite.create({ pgliteWasmModule: module, fsBundle: new Blob([data]), ...prepared });
}

const handle = createWorkerHost({ post, loadEngine, disposeEngine: (pg) => pg.close() });

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => handle(event.data));
