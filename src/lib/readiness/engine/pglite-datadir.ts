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
import { trimWal } from './wal-trim.ts';

/**
 * What the prepared cluster gets beyond initdb's defaults. The analysis runs in the `postgres` database only and
 * never creates a database (CREATE DATABASE is not applicable), so the two template databases are dropped: a third
 * less to download and unpack. The WAL switch starts a fresh segment for the checkpoint, which makes the dump a cleanly
 * written cluster (loading it replays no WAL) whose log wal-trim.ts can cut to a few pages.
 * Changing this list changes the cache key (pglite-datadir-node.ts).
 */
export const prepareStatements: readonly string[] = [
  'ALTER DATABASE template0 IS_TEMPLATE false',
  'DROP DATABASE template0',
  'ALTER DATABASE template1 IS_TEMPLATE false',
  'DROP DATABASE template1',
  'SELECT pg_switch_wal()',
  'CHECKPOINT',
];

/** Applies `prepareStatements` to a freshly initialised PGlite and dumps its data directory as a tar, WAL trimmed. */
export async function dumpPreparedDataDir(pg: PGlite): Promise<Uint8Array<ArrayBuffer>> {
  for (const sql of prepareStatements) await pg.exec(sql);
  return trimWal(new Uint8Array(await (await pg.dumpDataDir('none')).arrayBuffer()));
}

/** The smallest valid WebAssembly module (magic and version): stands in for initdb.wasm, which never runs. */
const emptyWasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** True when the bytes start like gzip (a host may have unzipped the tarball on the way: Content-Encoding). */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Server settings on top of PGlite's own start parameters. initdb writes `shared_buffers = 128MB`, and PostgreSQL
 * zeroes its whole buffer pool at start: inside WASM that memset was 415 ms of a 1.2 s start in Node (CPU profile,
 * `npm run bench:readiness`) and 128 MB more memory. The analysis holds DDL and catalogs only, so 16 MB (2,048
 * pages) is plenty: a warm start fell from 0.64 to 0.24–0.33 s, and neither the 1 MB schema bench nor the 1.5 MB
 * on-disk case (`npm run bench:readiness:big -- 1.5mb`) ran measurably slower.
 */
export const serverSettings: readonly string[] = ['-c', 'shared_buffers=16MB'];

/**
 * The PGlite.create options that load a prepared data directory (gzip or plain tar), skip initdb and apply
 * `serverSettings`. `pgliteDefaults` is `PGlite.defaultStartParams`, passed in so this module stays free of PGlite's
 * code (the worker loads it lazily).
 */
export async function preparedStartOptions(
  dataDir: Uint8Array<ArrayBuffer>,
  pgliteDefaults: readonly string[],
): Promise<Required<Pick<PGliteOptions, 'loadDataDir' | 'initdbWasmModule' | 'startParams'>>> {
  return {
    loadDataDir: new Blob([dataDir], { type: isGzip(dataDir) ? 'application/gzip' : 'application/x-tar' }),
    initdbWasmModule: await WebAssembly.compile(emptyWasm),
    startParams: [...pgliteDefaults, ...serverSettings],
  };
}
