/**
 * PostgreSQL started from a prepared data directory instead of initdb. Creating the cluster (initdb, inside WASM)
 * was most of PGlite's start: 2–9 s in Node and 5–9 s in the browser, and a second WASM instance that doubled the
 * memory. The data directory initdb produces is the same every time, so it is made once, at build time (Node) or on
 * the CLI's first run, dumped as a gzip tarball (`pg.dumpDataDir('gzip')`), and every later start loads it with
 * `PGlite.create({ loadDataDir })`. PGlite then skips initdb, so initdb.wasm is never needed: an empty WebAssembly
 * module stands in for it (without one, PGlite would fetch initdb.wasm anyway).
 *
 * Works in Node and in a Web Worker; the Node side (cache, build asset) is in pglite-datadir-node.ts.
 */
import type { PGlite, PGliteOptions } from '@electric-sql/pglite';

/**
 * What the prepared cluster gets beyond initdb's defaults. The analysis runs in the `postgres` database only and
 * never creates a database (CREATE DATABASE is not applicable), so the two template databases are dropped: a third
 * less to download and unpack. The checkpoint makes the dump a cleanly written cluster, so loading it replays no WAL.
 * Changing this list changes the cache key (pglite-datadir-node.ts).
 */
export const prepareStatements: readonly string[] = [
  'ALTER DATABASE template0 IS_TEMPLATE false',
  'DROP DATABASE template0',
  'ALTER DATABASE template1 IS_TEMPLATE false',
  'DROP DATABASE template1',
  'CHECKPOINT',
];

/** Applies `prepareStatements` to a freshly initialised PGlite and dumps its data directory as a gzip tarball. */
export async function dumpPreparedDataDir(pg: PGlite): Promise<Blob> {
  for (const sql of prepareStatements) await pg.exec(sql);
  return pg.dumpDataDir('gzip');
}

/** The smallest valid WebAssembly module (magic and version): stands in for initdb.wasm, which never runs. */
const emptyWasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** True when the bytes start like gzip (a host may have unzipped the tarball on the way: Content-Encoding). */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The PGlite.create options that load a prepared data directory (gzip or plain tar) and skip initdb. */
export async function preparedStartOptions(
  dataDir: Uint8Array<ArrayBuffer>,
): Promise<Required<Pick<PGliteOptions, 'loadDataDir' | 'initdbWasmModule'>>> {
  return {
    loadDataDir: new Blob([dataDir], { type: isGzip(dataDir) ? 'application/gzip' : 'application/x-tar' }),
    initdbWasmModule: await WebAssembly.compile(emptyWasm),
  };
}
